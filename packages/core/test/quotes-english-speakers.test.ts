// English speaker phrases as real wire copy writes them: bodies named across "of", groups headed
// by a noun, two appositions, settings between the verb and a bare clause, verbs that also take
// plain objects. Each sentence is written for this test in the shape the patterns take in news.
import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';
import { quotesOf as quotesOfText } from './helpers.js';

/** The quotes of paragraphs under a title line. */
function quotesUnderTitle(...paragraphs: string[]): Quote[] {
  return quotesOfText(['Harbour town weighs its options', ...paragraphs].join('\n\n'));
}

function only(quotes: Quote[]): Quote {
  expect(quotes).toHaveLength(1);
  return quotes[0] as Quote;
}

describe('English speaker phrases', () => {
  it('reads a cue word\'s bare form after a comma as a modifier when a verb of saying follows its noun ("state health officials said")', () => {
    const quotes = quotesOfText(
      [
        'Measles outbreak grows',
        'LUBBOCK, Texas (AP) — A measles outbreak in West Texas has grown to 48 cases, most of them in children who had not been vaccinated, state health officials said Tuesday.',
        'The outbreak is likely to spread further, say analysts.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['A measles outbreak in West Texas has grown to 48 cases, most of them in children who had not been vaccinated', 'state health officials'],
      ['The outbreak is likely to spread further', 'analysts'],
    ]);
  });

  it('closes an attribution at a time clause of its own after the verb, a participle after it ("projected after polls closed on Sunday, dealing …")', () => {
    const quotes = quotesOfText(
      [
        'Japan coalition loses majority',
        'The ruling coalition has lost its majority in the upper house, public broadcaster NHK projected after polls closed on Sunday, dealing a heavy blow to the prime minister.',
        'Officials said after the meeting that talks would resume.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['The ruling coalition has lost its majority in the upper house', 'NHK'],
      ['talks would resume', 'Officials'],
    ]);
  });

  it('gives a question to whoever asked it, with whom it asked after the verb', () => {
    const quotes = quotesOfText(
      [
        'Justices weigh disaster aid case',
        '“Where in the statute does Congress say anything about immigration?” Justice Amelia Hartigan-Cole asked Solicitor General Bradford Lyle Kemper minutes into the argument.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Where in the statute does Congress say anything about immigration?', 'Amelia Hartigan-Cole'],
    ]);
  });

  it('reads the subject of a describing verb through its apposition or a fronted phrase', () => {
    const quotes = quotesOfText(
      [
        'Coalition talks stall in Berlin',
        'The Greens have watched the talks from the sidelines. Its co-leader, Heike Brandauer-Roth, dismissed them as "a coalition of losers."',
        'At one point, Rep. Dale Kimbrough, R-Tenn., accused Democrats of "running interference for a cover-up," and walked out.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['a coalition of losers.', 'Heike Brandauer-Roth'],
      ['running interference for a cover-up,', 'Dale Kimbrough'],
    ]);
  });

  it('takes a few words in marks in the title as a quote only when a quote below says them', () => {
    const said = quotesOfText(
      [
        "Dwyer hails 'best win of my career' after Open upset",
        'Marcus Dwyer beat the top seed in straight sets on Sunday.',
        '"This is the best win of my career, no question," Dwyer said afterwards.',
      ].join('\n\n'),
    );
    expect(said.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['best win of my career', 'Marcus Dwyer'],
      ['This is the best win of my career, no question,', 'Marcus Dwyer'],
    ]);
    const named = quotesOfText(
      ["'Barbie' tops the box office again", 'The film took $53 million in its third weekend.', '"We are thrilled," a studio spokeswoman said.'].join('\n\n'),
    );
    expect(named.map((q) => q.text)).toEqual(['We are thrilled,']);
  });

  it('gives a headline quotation naming nobody to whoever says the same words, or nearly, below', () => {
    const quotes = quotesOfText(
      [
        "'It sounded like a freight train': Survivors describe wildfire's fury",
        'PARADISE, Calif. (AP) — Residents who fled the fire described a wall of flame.',
        '"By the time we got to the truck, the whole ridge was orange," Luis Carrillo, 39, said Thursday. "It sounded like a freight train coming down the hill."',
        '"We lost everything," said Darlene Foust, a neighbour.',
      ].join('\n\n'),
    );
    expect(quotes[0]?.text).toBe('It sounded like a freight train');
    expect(quotes[0]?.speaker?.name).toBe('Luis Carrillo');
    expect(quotes[0]?.speaker?.inferred).toBe(true);
  });

  it('gives "and said" after a sentence opened by a body\'s noun to that body, not past a clause said before it', () => {
    const quotes = quotesUnderTitle(
      'The agency confirmed a 12th case on Friday, and said more cases were likely in the coming weeks.',
      'The agency said Monday that its researchers examined the design and concluded that it could shrink the spacecraft.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The agency', 'more cases were likely in the coming weeks'],
      ['The agency', 'its researchers examined the design and concluded that it could shrink the spacecraft'],
    ]);
  });

  it('lets a body named by its noun report with a weak cue ("The team reported that …"), but not a phrase whose head is no body', () => {
    const quotes = quotesUnderTitle(
      'The team reported that they detected water vapor above the surface.',
      'The lender announced that it would close 40 branches.',
      'The business issues reported that year were minor.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The team', 'they detected water vapor above the surface'],
      ['The lender', 'it would close 40 branches'],
    ]);
  });

  it('keeps a body named across "of" whole, with no article as its role', () => {
    const q = only(quotesUnderTitle('The Ministry of Fisheries said on Monday it would reopen the northern grounds in spring.'));
    expect(q.speaker?.name).toBe('Ministry of Fisheries');
    expect(q.speaker?.role).toBeUndefined();
    expect(q.text).toBe('it would reopen the northern grounds in spring');
    const p = only(quotesUnderTitle('According to the Coast Guard, the ferry had lost power an hour before it ran aground.'));
    expect(p.speaker?.name).toBe('Coast Guard');
    expect(p.speaker?.role).toBeUndefined();
  });

  it('reads a phrase headed by a group noun as the group, capitals and all', () => {
    const q = only(quotesUnderTitle('Baltic shipping analysts say the new levy will push freight rates up by a fifth.'));
    expect(q.speaker?.name).toBe('Baltic shipping analysts');
    const p = only(quotesUnderTitle('Norvik Marine officials said the yard would hire 300 welders next year.'));
    expect(p.speaker?.name).toBe('Norvik Marine officials');
  });

  it('joins two names with "and" into one speaker', () => {
    const q = only(quotesUnderTitle('Estonia and Finland said in a joint statement that the cable had been cut deliberately.'));
    expect(q.speaker?.name).toBe('Estonia and Finland');
  });

  it('finds the name before two appositions', () => {
    const q = only(quotesUnderTitle('Ilse Marten, a senior economist at Nordbank, the region’s largest lender, told Reuters the levy would cost jobs.'));
    expect(q.speaker?.name).toBe('Ilse Marten');
    expect(q.speaker?.role).toBe('a senior economist at Nordbank');
    expect(q.text).toBe('the levy would cost jobs');
  });

  it('reads a bare clause after an addressee or a time setting', () => {
    expect(only(quotesUnderTitle('Mayor Ruth Calder told the Herald the sea wall vote would go ahead.')).text).toBe('the sea wall vote would go ahead');
    expect(only(quotesUnderTitle('The port authority said on Thursday it would delay the tender.')).text).toBe('it would delay the tender');
  });

  it('does not read a month after "in" as the source, and keeps the time setting out of the content', () => {
    const q = only(quotesUnderTitle('According to figures published by Statistics Norway in March, salmon exports rose 12 percent.'));
    expect(q.speaker?.name).toBe('Statistics Norway');
    expect(q.text).toBe('salmon exports rose 12 percent');
  });

  it('takes a title-headed description whole rather than the capitals that modify it', () => {
    const q = only(quotesUnderTitle('One Oslo-based shipping lawyer said the levy breached the treaty.'));
    expect(q.speaker?.name).toBe('One Oslo-based shipping lawyer');
  });

  it('finds no speech where the verb takes a plain object or sits inside a name', () => {
    expect(quotesUnderTitle('By 2019 the town had admitted more than 4,000 seasonal workers, straining its clinics.')).toHaveLength(0);
    expect(quotesUnderTitle('In May, the harbour board announced the new schedule for the winter months.')).toHaveLength(0);
    expect(quotesUnderTitle('Oslo, Norway, United States: the three ports signed the pact.')).toHaveLength(0);
    expect(quotesUnderTitle('Exports of cod fell, promises of new quotas notwithstanding.')).toHaveLength(0);
    expect(quotesUnderTitle('The catalogue lists films and TV shows from Nordic studios, “Borgen” among them.')).toHaveLength(0);
  });

  it('still reads those verbs before a clause', () => {
    expect(only(quotesUnderTitle('The harbour board warned the new schedule would strand island commuters.')).text).toBe(
      'the new schedule would strand island commuters',
    );
  });
  it('reads a person of a body whose name closes on a group noun ("Amir Qureshi of Thames Valley Police"), whom "he said" then goes on with', () => {
    const quotes = quotesOfText(
      [
        'Driver jailed',
        'Jason Fairweather, prosecuting, said Blake had been on his phone for 11 minutes.',
        'Speaking outside court, Sgt Amir Qureshi of Thames Valley Police said the case should serve as a warning. "Your phone can wait," he said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Jason Fairweather', undefined],
      ['Amir Qureshi', 'Sgt'],
      ['Amir Qureshi', 'Sgt'],
    ]);
  });
});

describe('English appositions and title complements', () => {
  it('reads an adverb between commas as no role', () => {
    const q = only(quotesUnderTitle('Mayor Ruth Calder, however, said the tender would go ahead.'));
    expect(q.speaker?.name).toBe('Ruth Calder');
    expect(q.speaker?.role).not.toBe('however');
  });

  it('keeps the complement of a title whole when no person follows it', () => {
    const q = only(quotesUnderTitle('The European Commissioner for Maritime Affairs said the levy breached the treaty.'));
    expect(q.speaker?.name).toBe('The European Commissioner for Maritime Affairs');
  });
});

describe('English speakers around a quotation', () => {
  it('keeps the named subject and its apposition when the attribution follows the quote and names an addressee', () => {
    const q = only(quotesUnderTitle('"The grid is ready," Ilse Marten, director of operations at Nordnet, tells The Harbour Times.'));
    expect(q.speaker?.name).toBe('Ilse Marten');
    expect(q.speaker?.role).toBe('director of operations at Nordnet');
  });

  it('reads a surname that is also a setting word as a name after the verb', () => {
    const quotes = quotesUnderTitle('"We will see," says Chris Early, senior vice president at Ubisoft.', '"Streaming is binary," says Early.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Chris Early', 'Chris Early']);
  });

  it('leaves a manner adverb out of the subject', () => {
    expect(only(quotesUnderTitle('“Can I give it to James?” Brooke tearfully asked.')).speaker?.name).toBe('Brooke');
  });

  it('gives "the statement said" to whoever issued it, and "it" to the body its sentence names', () => {
    const quotes = quotesUnderTitle(
      'Two crew members died when a supply boat sank, the coast guard said in a statement on Wednesday.',
      '"The cause of the sinking is under investigation," the statement said.',
      'The Harbour Alliance, however, claimed the boat had been sabotaged, which it said was the third attack this year.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the coast guard', 'the coast guard', 'Harbour Alliance']);
  });
});

describe('English speakers with places and outlets around them', () => {
  it('takes the name a place qualifies, not the place', () => {
    const q = only(quotesUnderTitle('"I could not climb the stairs," wrote 43-year-old Ewan Reid of Portsoy, in a case report.'));
    expect(q.speaker?.name).toBe('Ewan Reid');
  });

  it('never takes the outlet after "told" for the speaker, even past a long apposition', () => {
    const q = only(
      quotesUnderTitle(
        'Maren Holt, an expert in fisheries law at the Institute of Marine Policy at the University of Bergen who did not advise either side, told Newsweek: "The levy could be struck down within a year."',
      ),
    );
    expect(q.speaker?.name).toBe('Maren Holt');
  });
});

describe('English cues that are also nouns or reasons', () => {
  it('does not take a name inside the quotation for the pronoun that speaks it', () => {
    const quotes = quotesUnderTitle(
      '"The hearing was a charade," said press secretary Dana Whitfield.',
      '"Nothing new came out of it, and Senator Alan Brooks knows it," she added.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });

  it('reads "citing" as a source only when what it cites can speak', () => {
    expect(quotesUnderTitle('The ministry delayed the vote, citing security concerns.')).toHaveLength(0);
    expect(only(quotesUnderTitle('The plant will close next year, citing officials familiar with the plan.')).speaker?.name).toBe(
      'officials familiar with the plan',
    );
  });

  it('reads "states" or "shows" after a common noun as a noun', () => {
    expect(quotesUnderTitle('This week, Nadia Haddad launched a tour of coastal states, visiting four ports.')).toHaveLength(0);
    expect(only(quotesUnderTitle('The new data shows that exports fell for a third month.')).text).toBe('exports fell for a third month');
  });
});

describe('English subjects with clauses of their own', () => {
  it('reads a weak cue after a quotation whatever noun speaks', () => {
    expect(only(quotesUnderTitle('"We implore you to allow the clinic," the physicians stated in a letter.')).speaker?.name).toBe('the physicians');
  });

  it('takes the head before a relative clause for the subject', () => {
    const q = only(quotesUnderTitle('A spokesperson who did not wish to be named because of agency policy said the port never stores fuel.'));
    expect(q.speaker?.name).toBe('A spokesperson');
    expect(q.text).toBe('the port never stores fuel');
  });
});

describe('English attributions after a clause', () => {
  it('reads a clause between commas as content, not as an apposition', () => {
    const q = only(
      quotesUnderTitle('At the time of the fire, there were more than 30 empty posts at the depot, said Serene Gale, local head of the firefighters union.'),
    );
    expect(q.speaker?.name).toBe('Serene Gale');
    expect(q.text.startsWith('At the time of the fire, there were')).toBe(true);
  });

  it('keeps an apposition that is a relative clause', () => {
    expect(only(quotesUnderTitle('Kevin Marlow, who was the acting harbour master, said they would dredge the channel.')).speaker?.name).toBe('Kevin Marlow');
  });

  it('takes the person a body qualifies, through "of the"', () => {
    expect(only(quotesUnderTitle('Dr. Joneigh Kalder of the Michigan Department of Health and Human Services says the risk continues.')).speaker?.name).toBe(
      'Joneigh Kalder',
    );
  });
});

describe('English name runs with possessives, places and objects', () => {
  it('takes the body a possessive owns and the person a place describes', () => {
    expect(
      only(quotesUnderTitle("The California Governor's Office of Emergency Services said in a letter that the response was unacceptable.")).speaker?.name,
    ).toBe('Office of Emergency Services');
    expect(only(quotesUnderTitle('New Jersey native Connor Cliff said the team had earned the win.')).speaker?.name).toBe('Connor Cliff');
  });

  it('never takes an object pronoun after the verb for the speaker', () => {
    const quotes = quotesUnderTitle('Rep. Frank Lowe, the ranking member of the committee, asked them about the effect of multiple launches.');
    expect(quotes.every((q) => q.speaker?.name !== 'them about the effect of multiple launches')).toBe(true);
  });
});

describe('a pronoun after a paragraph of narration', () => {
  it('goes on with the person that paragraph introduces, not with an earlier speaker', () => {
    const quotes = quotesUnderTitle(
      '"We need a deal," Mayor Ruth Calder said on Monday.',
      'Governor Alan Brooks visited the harbour on Tuesday and met the fishermen.',
      '"Here we are on a historic day," he told the crowd.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ruth Calder', 'Alan Brooks']);
  });

  it('still carries the last speaker when the paragraph between quotes someone', () => {
    const quotes = quotesUnderTitle(
      'Governor Alan Brooks visited the harbour on Tuesday.',
      '"We need a deal," Mayor Ruth Calder said as he arrived.',
      '"Nobody leaves until it is done," she added.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ruth Calder', 'Ruth Calder']);
  });

  it('goes on with the last speaker when that paragraph opens on the same pronoun, not with a person named after it', () => {
    const quotes = quotesUnderTitle(
      'Andrew claims that he felt bound to visit the financier in person.',
      'During the visit, he was photographed having long chats with Jeffrey Epstein in Central Park.',
      'He instead told the BBC interviewer: "I took the judgement call that I had to go and see him."',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Andrew', 'Andrew']);
  });
});

describe('testimony and appositions after the verb', () => {
  it('reads "testified" as a reporting verb', () => {
    expect(only(quotesUnderTitle('“The captain ordered the nets cut,” Marlow testified.')).speaker?.name).toBe('Marlow');
  });

  it('takes the name from the apposition after an unnamed subject of an inverted attribution', () => {
    const q = only(quotesUnderTitle('The quota was never enforced, said another inspector, former coast guard officer Ilse Marten.'));
    expect(q.speaker?.name).toBe('Ilse Marten');
  });
});

describe('English titles and groups seen in agency copy', () => {
  it('reads "Administrator" as a title and "members" as a group', () => {
    const q = only(quotesUnderTitle('"American companies of all sizes are joining the program," NASA Administrator Jim Bridenstine said in a statement.'));
    expect(q.speaker).toMatchObject({ name: 'Jim Bridenstine', role: 'NASA Administrator' });
    expect(only(quotesUnderTitle('Some members of Congress have suggested that the agency relies too much on commercial rockets.')).speaker?.name).toBe(
      'Some members of Congress',
    );
  });
});

describe('English bodies named in full', () => {
  it('keeps a body named across "for" and a lower-case body noun that heads the phrase', () => {
    expect(only(quotesUnderTitle('The Baltic Center for Disease Control and Prevention said it had traced everyone exposed.')).speaker?.name).toContain(
      'Center for Disease Control and Prevention',
    );
    expect(only(quotesUnderTitle('No case has been linked to the port, the Inner Mongolia health commission said.')).speaker?.name).toBe(
      'the Inner Mongolia health commission',
    );
  });
});

describe('English headlines and inverted attributions', () => {
  it('takes a headline colon for speech only after a name, a title or a group', () => {
    expect(quotesUnderTitle('Sonos Move for $400', 'See it now: Amazon', 'The speaker lasts ten hours on a charge.')).toHaveLength(0);
    const klopp = parseArticle('Klopp: We were robbed\n\nThe match ended in a draw at Anfield on Sunday.').quotes;
    expect(klopp.map((q) => q.speaker?.name)).toEqual(['Klopp']);
  });

  it('reads a name and a verb in the past tense after a weak cue as its clause ("stated Montalvo left …"), not a name alone', () => {
    const quotes = quotesUnderTitle(
      'Whitmore stated Montalvo left the organization in Los Angeles on September 24.',
      'The minister noted Smith’s concerns about the budget.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Whitmore', 'Montalvo left the organization in Los Angeles on September 24']]);
  });

  it('reads "assure" as a verb of telling ("assured reporters that", "he assures himself")', () => {
    const quotes = quotesUnderTitle(
      'The minister assured reporters that the border would open on Friday.',
      'Andrew Price spoke at length. “Oh, actually? Yes,” he assures himself.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The minister', 'the border would open on Friday'],
      ['Andrew Price', 'Oh, actually? Yes,'],
    ]);
  });

  it('reads the clause after an aside set between commas after the verb ("said, however, that …")', () => {
    const quotes = quotesUnderTitle(
      'The minister said, however, that the talks would continue.',
      'The company said, in a statement on Monday, that it would appeal.',
      'The mayor said, smiling, "We will be fine."',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The minister', 'the talks would continue'],
      ['The company', 'it would appeal'],
      ['The mayor', 'We will be fine.'],
    ]);
  });

  it('reads more participles of reporting verbs, after "with" and its subject too ("with Audi suggesting that …")', () => {
    const quotes = quotesUnderTitle(
      'There will be fast charging support, with Audi suggesting that the car should top up to 80 percent in thirty minutes.',
      'The company cut its forecast on Monday, announcing that 2,000 jobs would go.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Audi', 'the car should top up to 80 percent in thirty minutes'],
      // (The entity stage knows Audi as a company, so "The company" is Audi.)
      ['Audi', '2,000 jobs would go'],
    ]);
  });

  it('reads the writer\'s "I found that", "I would have said" in narration as no quote, but keeps what the writer says in marks', () => {
    const quotes = quotesUnderTitle(
      'Over time, I found that regular long combos can be even more deadly.',
      'Prior to September, I would have said Wi-Fi 6 was too new to consider this year.',
      'That is why I always tell my clients: “an open face is a happy face!”',
      'The coach said the team was ready.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['an open face is a happy face!', 'the team was ready']);
  });

  it('reads a participle after a word of degree or an article as an adjective ("the most telling contradiction was his claim that")', () => {
    expect(
      quotesUnderTitle(
        'But perhaps the most telling contradiction was his claim that he visited the banker in 2010 to end their friendship.',
        'It was a very telling moment that the crowd stayed silent.',
      ),
    ).toHaveLength(0);
  });

  it('reads a subheading\'s label ("The Plan Stage:") and a label word ("Warning:", "Note:") before a colon as no speaker', () => {
    expect(
      quotesUnderTitle(
        'The Plan Stage: Think and dream productively',
        'It is the early days of your business.',
        'Pinpoint your ideal customer. Warning: many people try to skip this step entirely and regret it later.',
        'Note: the prices above were checked on Monday morning.',
      ),
    ).toHaveLength(0);
  });

  it('keeps a cue word after an article inside the phrase after the verb; a report speaks for its issuer', () => {
    expect(only(quotesUnderTitle('"The market is pricing in a recovery," said a report from Kotak Securities.')).speaker?.name).toBe('Kotak Securities');
  });

  it('ends a sentence at an initial\'s stop before a word that opens one ("wrote on X. The White House said")', () => {
    const quotes = quotesUnderTitle('"This is a historic day," Biden wrote on X. The White House said the bill would be signed Friday.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Biden', undefined],
      ['White House', undefined],
    ]);
  });

  it('reads the subject before an aside between dashes right before the verb, and a noun phrase in it as the role', () => {
    const quotes = quotesUnderTitle(
      'The minister — who has faced criticism over the scandal — insisted she had done nothing wrong. Jane Smith — a former aide to the governor — said the plan was doomed.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['The minister', undefined, 'she had done nothing wrong'],
      ['Jane Smith', 'a former aide to the governor', 'the plan was doomed'],
    ]);
  });

  it('reads "projects that" and "projected in May that" (a forecast) as reported speech, "projected onto" as none', () => {
    const quotes = quotesUnderTitle(
      'Separately, the Congressional Budget Office projects that the tariffs will reduce growth by 0.3 percent. The Tax Foundation projected in May that the tariffs would reduce GDP by 0.25 percent. The image was projected onto a screen.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Congressional Budget Office', 'the tariffs will reduce growth by 0.3 percent'],
      ['Tax Foundation', 'the tariffs would reduce GDP by 0.25 percent'],
    ]);
  });

  it('reads "X, a company that …, says they offer" with X speaking and "they offer" as the words said', () => {
    const quotes = quotesUnderTitle(
      'Larkspur, a San Diego company that until now has mostly sold Bluetooth speakers, says they offer “90 percent of the premium experience for half the price.”',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Larkspur', 'they offer “90 percent of the premium experience for half the price.”']]);
  });

  it('skips an adverb in -ly after the verb, and reads "The family" as a noun phrase, not a manner adverb', () => {
    const quotes = quotesUnderTitle(
      'Leela Okafor has said publicly that she would prefer to keep the company independent.',
      'Leela Okafor said privately on Monday that she would stay.',
      'The family said the house was sold.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Leela Okafor', 'she would prefer to keep the company independent'],
      ['Leela Okafor', 'she would stay'],
      ['The family', 'the house was sold'],
    ]);
  });

  it('reads "said at least 12 people died" as a clause, and "said at a news conference that" as a setting', () => {
    const quotes = quotesUnderTitle(
      'Witnesses said at least 12 people died.',
      'Officials said at a news conference that the toll was 12.',
      'Officials said at most 40 homes were damaged.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['at least 12 people died', 'the toll was 12', 'at most 40 homes were damaged']);
  });

  it('does not give "the union" to the White House heard before, but gives "the agency" to NASA', () => {
    const quotes = quotesUnderTitle(
      'The White House said Monday that talks would resume.',
      '“We are disappointed,” the union said in a statement.',
      'NASA said its rocket was ready. The agency said the launch would go ahead.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['White House', 'the union', 'NASA', 'NASA']);
  });
});

describe('English bodies that speak by a participle or an acronym', () => {
  it('gives a participle the company named where its sentence opens', () => {
    const q = only(quotesUnderTitle('Halvorsen Foods lowered its sales forecast on Wednesday, saying shoppers were buying fewer home goods.'));
    expect(q.speaker?.name).toBe('Halvorsen Foods');
  });

  it('spells a headline acronym out by the body the story names below it, "and Prevention" left off', () => {
    const quotes = parseArticle(
      [
        'Flu season started a month early this year, CDC says',
        'ATLANTA (AP) — Flu cases rose early this autumn, the Centers for Disease Control and Prevention said Friday.',
      ].join('\n\n'),
    ).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention']);
  });
});

describe('English subjects after an opening adverbial', () => {
  it('reads "his attorney, Gerald Fontenot," after the adverbial as the name in apposition', () => {
    const quotes = quotesUnderTitle(
      'In a letter to the committee last week, his attorney, Gerald Fontenot, called the allegations "a fiction assembled by a former employee" and said the judge would not testify.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Gerald Fontenot', 'a fiction assembled by a former employee'],
      ['Gerald Fontenot', 'the judge would not testify'],
    ]);
  });
});

describe('English bodies described again right after they spoke, and lawsuits that allege', () => {
  it('reads "The distributor said" as the company just quoted, and a lawsuit as a source', () => {
    const quotes = quotesUnderTitle(
      'In a statement, Harlow Foods Inc. said it would close 12 stores. The distributor said a wider review would follow in December.',
      'The lawsuit says Harlow collected more than $6 million in fees.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Harlow Foods Inc.', 'it would close 12 stores'],
      ['Harlow Foods Inc.', 'a wider review would follow in December'],
      ['The lawsuit', 'Harlow collected more than $6 million in fees'],
    ]);
  });
});

describe('English addressees of a determiner and a noun', () => {
  it('starts the clause at its own subject after "told the jury", "told his staff"', () => {
    const quotes = quotesUnderTitle(
      'The lawyer told the jury he would appeal.',
      'Smith told his staff the plan was dead.',
      'Smith told the Senate panel it had been misled.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['he would appeal', 'the plan was dead', 'it had been misled']);
  });
});

describe('English sentences after a quoted fragment that ends on a stop', () => {
  it('starts a new sentence where the verb after a name and an aside takes a clause without "that"', () => {
    const quotes = quotesUnderTitle(
      'Reyes-Lindgren said the board was "not in that conversation today." Okafor, pressed on the same point, said the company\'s priority was the trial.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Reyes-Lindgren', 'Okafor']);
    expect(quotesUnderTitle('"We won." Tom Smith, the coach, said on Sunday.').map((q) => q.speaker?.name)).toEqual(['Tom Smith']);
  });

  it('starts a new sentence at a name with an apposition whose verb has its own clause', () => {
    const quotes = quotesUnderTitle(
      'Zipply said in a statement that the bill "ignores what drivers tell us." Carrio, the delivery app, posted on X that it was reviewing the bill.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Zipply', 'the bill "ignores what drivers tell us."'],
      ['Carrio', 'it was reviewing the bill'],
    ]);
  });
});

describe('English titles joined before a name', () => {
  it('reads "co-founder and CEO" as the role of the name after it', () => {
    const q = only(quotesUnderTitle('"We think creators should be paid for it," co-founder and CEO Ana Lúcia Ferraz told me.'));
    expect(q.speaker).toMatchObject({ name: 'Ana Lúcia Ferraz', role: 'co-founder and CEO' });
  });
});

describe('English headlines that speak by a title', () => {
  it('gives "Judge rules …" to the judge the story introduces', () => {
    const quotes = parseArticle(
      'Judge rules Ondrix illegally monopolized ad market\n\nA federal court found on Monday against Ondrix. U.S. District Judge Harriet Lungu wrote that the company had harmed publishers.',
    ).quotes;
    expect(quotes[0]?.speaker?.name).toBe('Harriet Lungu');
  });

  it('gives the lead\'s "A security researcher says" to the researcher the story names below', () => {
    const quotes = parseArticle(
      'Radio could open smart locks\n\nA security researcher says she was able to unlock the locks with a cheap radio.\n\nThe researcher, Odile Marchetti, said she had emailed the company in October.',
    ).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Odile Marchetti', 'Odile Marchetti']);
  });
});

describe('English inverted attributions after a short adverbial', () => {
  it('reads no clause in "Later, Ford said." but keeps a clause the attribution interrupts', () => {
    expect(quotesUnderTitle('Later, Ford said.', 'After that, Ford wrote, and wrote, and wrote.')).toHaveLength(0);
    const quotes = quotesUnderTitle('This system, says Richard Locksley, an immunologist, helps direct the response.');
    expect(quotes.map((q) => q.text)).toEqual(['This system', 'helps direct the response']);
  });
});

describe('English relative clauses after an apposition', () => {
  it('gives "who said" to the name before an apposition that ends on "the University of Leeds"', () => {
    const q = only(quotesUnderTitle('The study was led by Ingrid Saltonstall, an ecologist at the University of Leeds, who said the shift was large.'));
    expect(q.speaker?.name).toBe('Ingrid Saltonstall');
  });
});

describe('English settings of time before the clause', () => {
  it('reads "said since 2022 that" and "said over the weekend that"', () => {
    const quotes = quotesUnderTitle('Smith has said since 2022 that locks should reject old commands.', 'Jones said over the weekend that the plan was dead.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Smith', 'locks should reject old commands'],
      ['Jones', 'the plan was dead'],
    ]);
  });
});

describe('English: a description with a named body in apposition', () => {
  it('reads "An industry group, the Clean Fuels Alliance, said" as the alliance speaking', () => {
    const quotes = quotesOfText(
      'Fuel rule draws fire\n\nThe agency proposed the rule on Monday. An industry group, the Clean Fuels Alliance, said the rule would raise costs for farmers.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Clean Fuels Alliance', 'the rule would raise costs for farmers']]);
  });
});

describe('English: a body described by its kind right after it spoke', () => {
  it('reads "The Cebu-based airline said" and "The retailer said" as the body the sentence before quoted', () => {
    const quotes = quotesOfText(
      [
        'Grounding',
        'The regulator grounded the planes, ATSO said. Sundara Air said it had cancelled 63 flights through Sunday. The Cebu-based airline said it was rebooking passengers on other carriers.',
        'Fenwright, the larger of the two retailers, said it was disappointed by the decision. The retailer said it was considering an appeal.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['ATSO', 'Sundara Air', 'Sundara Air', 'Fenwright', 'Fenwright']);
  });

  it('leaves a new institution described with words of its own, and a rival, alone', () => {
    const quotes = quotesOfText(
      [
        'Curfew',
        'The Bexley County Hospitality Alliance said it was considering legal action. The state health department said it supported the decision.',
        'Harbor City FC said it would appeal. The rival club said the ruling was fair.',
      ].join('\n\n'),
    );
    const names = quotes.map((q) => q.speaker?.name);
    expect(names[1]).not.toBe('Bexley County Hospitality Alliance');
    expect(names[3]).not.toBe('Harbor City FC');
  });
});

describe('English: words before a relative clause describe its antecedent, not a name inside it', () => {
  it('reads "The Democrat said" as the New Mexico Democrat, not the Republican named in her relative clause', () => {
    const quotes = quotesOfText(
      [
        'Loungers',
        'Republican Sen. Dale Kittredge said in a letter that the agency had known about the risks for at least 18 months.',
        'Sen. Maria Delgado-Hart, a New Mexico Democrat who sits with Kittredge on the Senate Commerce Committee, said she would support his call for a hearing. The Democrat said the agency needed more staff.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dale Kittredge', 'Maria Delgado-Hart', 'Maria Delgado-Hart']);
  });
});

describe('English: a description opening the next sentence of the paragraph that just quoted someone', () => {
  it('reads "The retired schoolteacher said" as the woman quoted right before', () => {
    const quotes = quotesOfText(
      'Rezoning\n\n"This river floods. Everybody who has lived here knows it floods," said Carol Whitfield, 71, who has lived on nearby Kestrel Lane since 1988. The retired schoolteacher said her basement had flooded three times.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Carol Whitfield', 'Carol Whitfield']);
  });
});

describe('English headlines titling their speaker', () => {
  it('finds "CEO" as the chief executive named below, and "transit chief" as the chief so titled, not another chief', () => {
    const ceo = quotesOfText(
      "Quorra CEO says German market 'never paid for itself'\n\nIn an email to staff, Chief Executive Mirela Tasca wrote that the German business had never paid for itself.",
    );
    expect(ceo[0]?.speaker?.name).toBe('Mirela Tasca');
    const chief = quotesOfText(
      "'We tried to please everyone,' transit chief says of bus network redesign\n\nFire chief Mark Olsen said the depot was safe. Transit chief Denise Ocampo said the plan had been rushed.",
    );
    expect(chief[0]?.speaker?.name).toBe('Denise Ocampo');
  });
});

describe('English: a quotation inside a sentence that opens on a person, with no verb of saying', () => {
  it('credits the person the sentence opens on, but not a name that modifies someone else or one with another person between', () => {
    const own = quotesOfText(
      'Verdict\n\nThe jury returned after two days. Lena Wang sat in the gallery on Tuesday, "shaking with anger and unable to believe what I was hearing."',
    );
    expect(own.map((q) => q.speaker?.name)).toEqual(['Lena Wang']);
    const other = quotesOfText(
      'Campaign\n\nThe letter was sent on Monday. A Medeiros adviser, who asked not to be named, dismissed the claim as "wishful thinking from people who have already lost."',
    );
    expect(other.map((q) => q.speaker?.name ?? null)).not.toContain('Medeiros');
  });
});

describe('English: a body, its initials, and a relative clause holding a list', () => {
  it('reads "The Allied Healthcare Union (AHU), which represents nurses, porters and cleaners, said" as the union speaking', () => {
    const quotes = quotesOfText('Strike\n\nThe Allied Healthcare Union (AHU), which represents nurses, porters and cleaners, said its members would strike.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Allied Healthcare Union']);
  });
});

describe('English: a paragraph of narration about a person before a paragraph that is a quotation', () => {
  it('credits the quotation, over several paragraphs, to the person the narration opens on', () => {
    const quotes = quotesOfText(
      [
        'Water rates',
        'The committee heard from the utility for three hours.',
        'Whitcomb closed the hearing with a warning.',
        '"I have sat on this committee for 11 years, and I have never seen a rate case this brazen.',
        '"If the rates board signs off on this, I will introduce a bill to freeze rates."',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Whitcomb']);
    expect(quotes[0]?.parts).toHaveLength(2);
  });
});

describe('English: a pronoun after a paragraph that already quoted someone', () => {
  it('goes on with the speaker, not with a name inside what she said', () => {
    const quotes = quotesOfText(
      'Tornado\n\nBack on Elm Street, Darlene Foust was sorting photographs. Her neighbor, Tasha Greer, lost her home entirely and is staying with relatives in Norman, Darlene Foust said. She added that half the families on the block had not reached their insurers.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Darlene Foust', 'Darlene Foust']);
  });
});

describe('English: "Asked what …," opening the narration before a quotation', () => {
  it('reads past the question to the person who answers in the next paragraph', () => {
    const quotes = quotesOfText(
      'Glaciers\n\nAnnika Sorvald has worked on the ice for two decades.\n\nAsked what she tells people who doubt the science, Sorvald paused for a long moment.\n\n“I take them to the ice, if I can. I’ve done it with politicians and with oil executives.”',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Annika Sorvald']);
  });
});

describe('English: words said over a radio, a phone or by mail', () => {
  it('reads "radioed", "texted" and "emailed" as verbs of saying after the quotation', () => {
    const quotes = quotesOfText(
      [
        'Launch scrubbed',
        'Mission commander Col. Derek Mansfield-Obi and pilot Dr. Lena Harkavy had been strapped into their seats for two hours.',
        '“We’re disappointed, but we’re not surprised,” Mansfield-Obi radioed to launch control after the decision.',
        '“Same seats, same crew,” Harkavy texted her family.',
        '“We will not comment on a scrub,” the agency emailed reporters.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Derek Mansfield-Obi', 'Lena Harkavy', 'the agency']);
  });
});

describe('English: a title in marks closing an apposition before "said"', () => {
  it('reads the name after the verb as the subject of the clause said, not as an inverted speaker', () => {
    const quotes = quotesOfText(
      [
        'The Salt Ledger',
        'Wren, a 33-year-old Irish actor best known for the television series “Low Tide Men,” said Declan was “only the villain if you’ve never had a mortgage.”',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.text)).toEqual(['only the villain if you’ve never had a mortgage.']);
    expect(quotes.some((q) => q.speaker?.name === 'Declan')).toBe(false);
  });
});

describe('English: a country opening a wire story, then "saying"', () => {
  it('speaks as its government; a country in the possessive does not', () => {
    const country = quotesOfText(
      'Indonesia cuts cattle quota\n\nJAKARTA, Aug 14 (AFP) – Indonesia on Friday cut its import quota for Australian live cattle by more than two-thirds, saying the move was needed to protect local farmers.',
    );
    const possessor = quotesOfText(
      "Pipeline delayed\n\nOTTAWA (Reuters) - Canada's energy regulator on Thursday delayed a decision on the pipeline, saying it needed more information.",
    );
    expect(country.map((q) => q.speaker?.name ?? null)).toEqual(['Indonesia']);
    expect(possessor.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('English: a headline opening on an acronym, then "saying"', () => {
  it('gives the participle the body the acronym spells in the story below', () => {
    const quotes = quotesOfText(
      'FTC sues cash-advance app Tallyo, saying it charged users millions in hidden fees\n\nThe Federal Trade Commission on Tuesday sued the maker of Tallyo, a cash-advance app.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Federal Trade Commission']);
  });
});

describe('English: "telling" whom, then a clause with no "that"', () => {
  it('reads the clause after the addressee and a subject pronoun as what was told', () => {
    const quotes = quotesOfText(
      [
        'Briefing ends',
        '“No judges, no deal,” press secretary Kendra Oyelowo-Hart told reporters at the daily briefing.',
        'The press secretary ended the briefing after 38 minutes, telling reporters she had a lot of phone calls to make.',
        'The mayor left early, telling colleagues he would be back on Monday.',
        'The mayor ended the day telling the story of the town.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Kendra Oyelowo-Hart', 'No judges, no deal,'],
      ['Kendra Oyelowo-Hart', 'she had a lot of phone calls to make'],
      ['The mayor', 'he would be back on Monday'],
    ]);
  });
});

describe('English: a party member described after a paragraph that quoted her', () => {
  it('is whom it quoted, though the paragraph names the party in the plural ("Iowa Democrats")', () => {
    const quotes = quotesOfText(
      [
        'Senator courts Iowa',
        'DES MOINES, Iowa (CNN) — Sen. Camila Delgado-Marsh made her pitch to Iowa Democrats on Saturday, telling a packed union hall that the party could not win back the White House "by playing not to lose."',
        '"I\'m not running to be the safe choice," the Colorado Democrat said to cheers from about 600 supporters.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Camila Delgado-Marsh', 'Camila Delgado-Marsh']);
  });
});

describe('English: a headline opening on people of a trade, then "saying"', () => {
  it('gives the participle the group the headline opens on', () => {
    const quotes = quotesOfText(
      'Novelists sue AI startup Parallax, saying it trained its chatbot on pirated books\n\nA group of eight novelists sued the startup in federal court on Monday.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Novelists']);
  });

  it('reads a label of capitalised title words, a name and a colon as the speaker of the quotation after it', () => {
    const quotes = quotesOfText(
      'Fire update\n\nFire officials gave their evening update. Key quotes from the briefing:\n\nCal Fire Battalion Chief Rosa Elizondo-Marsh: "We have zero containment on the north flank. The winds are not doing us any favors tonight."',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([['direct', 'Rosa Elizondo-Marsh']]);
  });

  it('reads an epithet of a trade as a speaker just heard, never one the story gave another role', () => {
    const described = quotesOfText(
      'Tornado kills four\n\nPawnee County Emergency Management Director Lyle Hensley said three of the victims lived at the nursing home.\n\n"The staff did everything right. They moved residents into the hallways," the emergency manager said.',
    );
    expect(described.map((q) => q.speaker?.name)).toEqual(['Lyle Hensley', 'Lyle Hensley']);
    const others = quotesOfText(
      [
        'Verdict in Rowe case',
        'Defendant Mark Rowe told the court he had acted in self-defense. "I was scared for my life," Rowe said.',
        '"The jury has spoken, and this court will respect its verdict," the judge said.',
        'The mayor, Karen Bell, said the plan was sound. "We did our homework," Bell said.',
        '"This is a disaster for small businesses," the shop owner said.',
      ].join('\n\n'),
    );
    expect(others.map((q) => q.speaker?.name)).toEqual(['Mark Rowe', 'Mark Rowe', 'the judge', 'Karen Bell', 'Karen Bell', 'the shop owner']);
  });

  it('reads a surname misspelt within two letters as the one person named before so, and no farther one', () => {
    const quotes = quotesOfText(
      'Iodine\n\nLydia Buchtmann for Food Standards Australia New Zealand says they are looking at mandatory guidelines.\n\n"We need to make sure there is enough iodine," Ms Bauchtman said.\n\n"It is a balance," Ms Bauchman said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lydia Buchtmann', 'Lydia Buchtmann', 'Bauchman']);
  });

  it('goes on with the speaker quoted earlier in the paragraph, not a description inside what he said', () => {
    const quotes = quotesOfText(
      [
        'Trade talks stall',
        'The president says his approach has created leverage.',
        'Eswar Prasad, a trade professor at Cornell, said the president’s temperament had complicated the task. “By hyping up expectations, the talks become uncertain,” he said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['The president', 'Eswar Prasad', 'Eswar Prasad']);
  });
});

describe('English quotations after a sentence opening on a question asked', () => {
  it('gives a quotation after "Asked whether …, Ray Hostetler shrugged." to Hostetler, not to the last speaker', () => {
    const quotes = quotesOfText(
      'Title\n\nState Rep. Carla Winters said she was drafting a bill "for farmers who want out."\n\nAsked whether that could win Kessler over, Ray Hostetler shrugged. "Maybe. You would have to ask Dwight."',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Carla Winters', 'Ray Hostetler']);
  });
});

describe('English families and the one told', () => {
  it('reads "the Kilbride family" and "Amelia’s family" as groups, and "told the inquest her daughter …" past the one told', () => {
    const quotes = quotesOfText(
      [
        'Title',
        'Roddy Kilbride, the frontman of the Ragged Saints, has died.',
        '"Roddy lived loud and loved louder," the Kilbride family said in the statement.',
        'Amelia’s mother, Joanne Hart, told the inquest her daughter had been begging for help.',
        'Amelia’s family said in a statement that the trust had failed her.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['the Kilbride family', 'Roddy lived loud and loved louder,'],
      ['Joanne Hart', 'her daughter had been begging for help'],
      ['Amelia’s family', 'the trust had failed her'],
    ]);
  });
});

describe('English descriptions whose capitals name no one', () => {
  it('reads capitals between the article and a title, and a run joined to a governed one, as the title’s, the apposition as the name', () => {
    const quotes = quotesOfText(
      'Title\n\nThe Ogun State Commissioner for Information and Strategy, Kayode Oyebanji, said in a statement that the arrests showed progress.\n\nThe Lagos State Commissioner for Health, Folake Adeyemi, said the clinics would reopen.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Kayode Oyebanji', 'The Ogun State Commissioner for Information and Strategy'],
      ['Folake Adeyemi', 'The Lagos State Commissioner for Health'],
    ]);
  });
});

describe('English cue words that are plural nouns of places', () => {
  it('reads "states" after names joined by "and" as their noun, not a verb of saying', () => {
    const quotes = quotesOfText(
      'Title\n\nAdekanmbi said the suspects were arrested in raids in Ogun, Oyo and Kwara states after detectives traced the payments.\n\nGovernor Dapo Abiodun states that the roads are open.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Adekanmbi', 'the suspects were arrested in raids in Ogun, Oyo and Kwara states after detectives traced the payments'],
      ['Dapo Abiodun', 'the roads are open'],
    ]);
  });
});

describe('English exchanges of questions and answers', () => {
  it('gives the paragraphs of one quotation after a question to the one asked and the asker in turn, however short', () => {
    const quotes = quotesOfText(
      [
        'Title',
        'Nathaniel Osei, the under secretary, told the committee that the bureau was "badly under-resourced".',
        '"How many license applications did you deny last year?" asked Chair Doug Hollister.',
        '"I\'d have to get back to you with the exact figure, Mr. Chairman."',
        '"Roughly."',
        '"I don\'t want to give you a number that\'s wrong."',
        '"You\'re losing the chip war with a spreadsheet," Hollister said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Nathaniel Osei', 'the bureau was "badly under-resourced"'],
      ['Doug Hollister', 'How many license applications did you deny last year?'],
      ['Nathaniel Osei', "I'd have to get back to you with the exact figure, Mr. Chairman."],
      ['Doug Hollister', 'Roughly.'],
      ['Nathaniel Osei', "I don't want to give you a number that's wrong."],
      ['Doug Hollister', "You're losing the chip war with a spreadsheet,"],
    ]);
  });

  it('reads a title alone in marks under a quote as no turn', () => {
    const quotes = quotesOfText(['Title', '"We shot it in six weeks on a shoestring budget," said the director, Mara Quinlan.', '"Wild Rose"'].join('\n\n'));
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Mara Quinlan', 'We shot it in six weeks on a shoestring budget,']]);
  });
});

describe('English "repeated" as a verb of saying', () => {
  it('reads a quotation closed by "X repeated" as X’s, and the sentence after it as X going on', () => {
    const quotes = quotesOfText(
      'Title\n\n"I don’t believe any of them did, in terms," Meade said.\n\n"In terms," Oduya repeated. "That is an extraordinary answer, Sir Alistair."',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Meade', 'I don’t believe any of them did, in terms,'],
      ['Oduya', 'In terms,'],
      ['Oduya', 'That is an extraordinary answer, Sir Alistair.'],
    ]);
  });
});

describe('English relative clauses with a sum inside the subject', () => {
  it('reads past "$180,000" in "A woman who paid … nearly $180,000 to … testified that" to the head noun', () => {
    const quotes = quotesOfText(
      "Title\n\nA Westminster woman who paid a contractor nearly $180,000 to rebuild her family's fire-damaged home testified Wednesday that she never saw a single permit.",
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['A Westminster woman']);
  });
});

describe('English subordinate clauses with a subject of their own', () => {
  it('gives "… after X cut its forecast and said …" to X, not to the sentence’s subject', () => {
    const quotes = quotesOfText(
      'Title\n\nStocks fell sharply on Thursday after Kestrel Semiconductor cut its revenue forecast and said customers were pausing orders.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Kestrel Semiconductor', 'customers were pausing orders']]);
  });

  it('leaves "and added" to a sentence whose main verb already reports ("Lee said sales fell after buyers waited and added …")', () => {
    const quotes = quotesOfText('Title\n\nLee said sales fell after buyers waited and added that prices were high.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lee', 'Lee']);
  });
});

describe('English quotes sheets: a line naming someone over prompts and quotations', () => {
  const sheet = [
    'Riverton beat Eastfield in a clean-sheet night',
    'Riverton beat Eastfield 3-0 on Friday. Goalkeeper Ana Ruiz kept a clean sheet and Tomas Varga scored twice.',
    'What they said after the game.',
    'GOALKEEPER ANA RUIZ',
    'On the clean sheet:\n"The back four made it easy for me tonight. I had one real save to make."',
    'On what Varga told her at halftime:\n"He said keep talking, so I kept talking."',
    'STRIKER TOMAS VARGA',
    '"Two goals is nice, but the win is what counts. We needed three points."',
    'Varga later said he felt "completely fine" after a knock.',
  ];

  it('gives each quotation under a label line to the one it names, past prompts, even one naming someone else', () => {
    const quotes = quotesOfText(sheet.join('\n\n'));
    expect(quotes.map((q) => [q.speaker?.name ?? null, q.text.slice(0, 20)])).toEqual([
      ['Ana Ruiz', 'The back four made i'],
      ['Ana Ruiz', 'He said keep talking'],
      ['Tomas Varga', 'Two goals is nice, b'],
      ['Tomas Varga', 'he felt "completely '],
    ]);
  });

  it('reads no label in a line of narration above a quotation', () => {
    const quotes = quotesOfText(
      [
        'Title',
        'Ana Ruiz and Tomas Varga both started.',
        'The crowd sang for Varga.',
        '"Two goals is nice, but the win is what counts. We needed three points."',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('English addressees named before a bare clause', () => {
  it('reads "told WKYZ his family was …" with the possessive opening the clause, not "family" as whom it was told', () => {
    const quotes = quotesOfText('Title\n\nJason Pruett told KTVB his family was "just grateful to be breathing."');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Jason Pruett', 'his family was "just grateful to be breathing."']]);
  });

  it('gives a description named by others in an aside ("identified by neighbors as") to that name', () => {
    const quotes = quotesOfText(
      'Title\n\nThe homeowner, identified by neighbors as Dale Corbin, declined an interview but told KTVB his family was safe. He said the dog woke them up.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dale Corbin', 'Dale Corbin']);
  });
});

describe('English documents read on someone’s behalf', () => {
  it('gives "the statement said" to whom the statement was read for, past a possessor', () => {
    const quotes = quotesOfText(
      [
        'Inquest into cyclist death',
        'Coroner Dr Aoife Lynch told the jury that the evidence was clear.',
        'Outside the court, the family’s solicitor, Cathal Moran, read a statement on behalf of Mr Hayes’s mother, Brid Hayes.',
        '“Ronan was doing everything right,” the statement said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Aoife Lynch', 'Brid Hayes']);
  });
});

describe('English pronouns after a paragraph opening on someone new', () => {
  it('reads "She said" after "The customer, a mother of two, asked not to be named." as the customer', () => {
    const quotes = quotesOfText(
      [
        'Pie maker recalls 40,000 pies',
        'Managing director Helen Marsden told The Yorkshire Post she was "mortified".',
        'Her father, Geoffrey Marsden, said he had come in at 5am to help with the paperwork.',
        'The customer, a mother of two from Sandal, asked not to be named. She said she noticed the metal as she was cutting the pie.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Helen Marsden', 'Geoffrey Marsden', 'The customer']);
  });

  it('still reads "she said" after "The senator was not satisfied." as the senator heard before', () => {
    const quotes = quotesOfText(
      [
        'Hearing',
        'Sen. Ruth Cole asked whether the company had read the study.',
        'Its vice-president, Mark Ward, said the research had been "one input among many".',
        'The senator was not satisfied. "That is the answer a company gives when it has decided the numbers are someone else\'s problem," she said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name).at(-1)).toBe('Ruth Cole');
  });
});

describe('English plural descriptions opened by capitalised modifiers, with a setting after the noun', () => {
  it('reads "Tourism operators in Cairns" and "Two Republican lawmakers close to leadership" whole', () => {
    const quotes = quotesOfText(
      [
        'Reef tourism',
        'Tourism operators in Cairns say the reef remains spectacular in many places.',
        'Two Republican lawmakers close to leadership, who requested anonymity to describe internal discussions, said he was weighing whether to bring the bill up.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tourism operators in Cairns', 'Two Republican lawmakers close to leadership']);
  });
});

describe('English page furniture with a colon', () => {
  it('reads "Published: 23:41, 29 January 2020 | Updated: …" as a timestamp, not someone speaking', () => {
    const quotes = quotesOfText(
      [
        'Soap star snubs co-star at awards',
        'By Danielle Parkes For Mailonline\nPublished: 23:41, 29 January 2020 | Updated: 00:15, 30 January 2020',
        'The actress said she was shocked by the row.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['The actress', 'she was shocked by the row']]);
  });
});

describe('English clauses without "that" whose subject is a quantifier', () => {
  it('reads "has revealed many are …" and "found most were …" as what was reported', () => {
    const quotes = quotesOfText(
      [
        'Iodine study',
        'A new study of school children has revealed many are not getting enough iodine.',
        'The survey found most were unaware of the change.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['A new study of school children', 'many are not getting enough iodine'],
      ['The survey', 'most were unaware of the change'],
    ]);
  });
});

describe('English descriptions that say the same modifier another way', () => {
  it('reads "the former pharmacist" as the "retired pharmacist" named before', () => {
    const quotes = quotesOfText(
      [
        'App breach',
        'Bettina Grau, a retired pharmacist in Sacramento, said she learned of the breach from the email.',
        '"I spent 30 years telling people to guard their prescription history," the former pharmacist said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Bettina Grau', 'Bettina Grau']);
  });
});

describe('English company kinds: biotechs and drugmakers', () => {
  it('reads "the biotech" as the company the sentence named', () => {
    const quotes = quotesOfText(
      ['Brisa sinks', 'Shares of Brisa Therapeutics fell 41% on Monday after the biotech said its experimental lupus drug had failed.'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Brisa Therapeutics', 'its experimental lupus drug had failed']]);
  });
});

describe('English words between a subject and its verb: "has long", "itself"', () => {
  it('reads "The company has long maintained" and "Penrose itself said" without them', () => {
    const quotes = quotesOfText(
      [
        'Solvent claims',
        'Larrimore Chemical Co. denied the claims. The company has long maintained its own testing shows the solvent is safe.',
        'The mayor herself said the plan was dead.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Larrimore Chemical Co.', 'The mayor']);
  });
});

describe('English sources whose name holds "&"', () => {
  it('reads "according to a tally by the Center for Democracy & Technology" to the end of the name', () => {
    const quotes = quotesOfText(
      ['Age checks', 'Similar laws in Arkansas and Ohio have been blocked, according to a tally by the Center for Democracy & Technology.'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['a tally by the Center for Democracy & Technology', 'Similar laws in Arkansas and Ohio have been blocked'],
    ]);
  });
});

describe('English cues that say something was not said', () => {
  it('leaves "stops short of claiming that …" alone', () => {
    const quotes = quotesOfText(
      [
        'Asteroid samples',
        'The study stops short of claiming that life ever existed on the asteroid.',
        'Okoye said the samples held all five bases found in DNA and RNA.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Okoye', 'the samples held all five bases found in DNA and RNA']]);
  });
});

describe('English cue words used as nouns before a colon', () => {
  it('reads "ended the call on a defiant note: “…”" as the words of whom the sentence is about, not of "a defiant"', () => {
    const quotes = quotesOfText(
      [
        'Solar maker',
        'Zhou Liwen, the company’s chief executive, said demand would recover next year.',
        'Zhou, who founded the company in 2009, ended the call on a defiant note: “We have been through three cycles. This is the fourth.”',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Zhou Liwen', 'Zhou Liwen']);
  });
});

describe('English subjects with a relative clause, then an aside between commas', () => {
  it('reads "One product designer who was laid off, and who asked not to be named, said" as the designer', () => {
    const quotes = quotesOfText(
      [
        'Layoffs',
        'One product designer who was laid off, and who asked not to be named, said she learned about the cuts when her laptop was locked.',
        'A nurse who works nights, who asked not to be named, said the hospital had not warned staff.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['One product designer', 'A nurse']);
  });
});

describe('English headlines whose "says" has its subject elided', () => {
  it('reads "…, says plants \'no longer competitive\'" as no speaker named "plants", and "…, say analysts" still as analysts', () => {
    const quotes = quotesOfText(
      ["Halvern Motors to cut 2,400 German jobs, says plants 'no longer competitive'", 'Prices will keep rising this year, say analysts.'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['analysts', 'Prices will keep rising this year']]);
  });
});

describe('English speakers read from the lead, appositions and the headline', () => {
  it('reads "the department" as the body the lead opens on, named once, when no body was named by that word', () => {
    const quotes = quotesOfText(
      [
        'Flu cases climb in Marion County',
        'SALEM, Ore. — Marion County Public Health on Tuesday confirmed 40 new flu cases, the most in a week this winter.',
        '"We expect the numbers to keep rising," said Dr. Alan Pierce, the county\'s health officer.',
        'Most of the patients are over 65, according to the department.',
        'Residents who feel ill should stay home, the department said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Alan Pierce', 'Marion County Public Health', 'Marion County Public Health']);
  });
  it('reads a name with a rank\'s abbreviations in apposition after "according to" a description', () => {
    const quotes = quotesOfText('Strike questioned\n\nAccording to a Pentagon spokesman, Lt. Col. Dave Eastburn, the strike was lawful.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Dave Eastburn', 'the strike was lawful']]);
  });
  it('gives "saying" to a body opening the lead past its abbreviation\'s stop, an apposition, and a dateline of two hyphens', () => {
    const quotes = quotesOfText(
      [
        'Utility seeks rate rise',
        "(Bloomberg) -- Westbrook Power & Light Co., Idaho's second-largest utility, asked regulators for a 9% increase, saying it needs the money for new lines.",
        'Northwind Water Inc. asked the city for a delay, saying its crews were stretched.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name.replace(/\.$/, ''))).toEqual(['Westbrook Power & Light Co', 'Northwind Water Inc']);
  });
  it('reads the name in apposition after an indefinite description holding a place ("A Jefferson County planner, …,")', () => {
    const quotes = quotesOfText('Permit dispute\n\nA Jefferson County planner, Sandra Ochoa, said her office had no record of the application.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['Sandra Ochoa', 'A Jefferson County planner']]);
  });
  it('reads no antecedent for "it" inside an adverbial fronted before its clause', () => {
    const quotes = quotesOfText(
      'Lander bids\n\nBoeing said on Monday it would bid for the lander.\n\nIn a statement released Tuesday, after talks with NASA, it said it had submitted a proposal.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Boeing', 'Boeing']);
  });
  it('reads the name in an apposition whose description joins two nouns with "and" ("the broadcaster and critic …")', () => {
    const quotes = quotesOfText('Prize announced\n\nThe chair, the broadcaster and critic Nadia Frost, said the decision had been unanimous.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Nadia Frost']);
  });
  it("reads the headline, not the body's paragraph, as the pull quote when both hold the same quotation", () => {
    const quotes = quotesOfText(
      [
        "Reef scientist on coral heat-tolerance study: 'This is the first good news we have had in a decade'",
        'Researchers from Coralline University found that the colonies recovered faster than expected.',
        '"This is the first good news we have had in a decade," Ana Ruiz said.',
        '"We spent years documenting decline. To see corals adapting is something."',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('English speakers re-described or named by a pronoun in the next sentence or paragraph', () => {
  it('reads a description opening the paragraph after a quotation, its clause after the verb, as the one just quoted', () => {
    const quotes = quotesOfText(
      [
        'Council approves Ridgeview towers',
        'The city council voted 7-2 on Tuesday to approve two apartment towers on Ridgeview Road, Mayor Alan Brooks said.',
        'Council member Dana Pruitt, who represents Ward 3, where the site is located, cast one of the two votes against. "My neighbors are not against growth," Pruitt said.',
        'The Ward 3 Democrat said she would push for a full traffic study before any building permits are issued.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Alan Brooks', 'Dana Pruitt', 'Dana Pruitt']);
  });
  it('reads no re-description across paragraphs of a speaker the entity stage found no person for, nor of one given another nationality', () => {
    const museum = quotesOfText(
      [
        'Stolen music box recovered',
        'The Harrington House Museum has said the music box is worth about $2.3 million.',
        'The pawnshop owner told CNN that he knew immediately what the man had brought in.',
      ].join('\n\n'),
    );
    expect(museum.at(-1)?.speaker?.name).toBe('The pawnshop owner');
    const coach = quotesOfText(
      [
        'Wolska out in Auckland',
        'Graham Pellow, a former British Davis Cup player, has coached Katarzyna Wolska since she was 15.',
        '"We came here to get matches," Pellow said.',
        'The Pole said she had no complaints about the result.',
      ].join('\n\n'),
    );
    expect(coach.at(-1)?.speaker?.name).not.toBe('Graham Pellow');
  });
  it('reads a pronoun in a clause fronted before a name as looking ahead to it ("Asked whether he would miss it, Dr Nguyen laughed")', () => {
    const quotes = quotesOfText(
      [
        'Bellingen clinic closes',
        'Dr Peter Nguyen has run the clinic in Bellingen for 31 years.',
        'A NSW Health spokesperson said the department had provided a grant to help the practice recruit.',
        'Asked whether he would miss it, Dr Nguyen laughed. "Ask me in a month," he said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['A NSW Health spokesperson', 'Peter Nguyen']);
  });
  it('reads a person whose name in the possessive opens the sentence on a noun for what is said, before a colon and a quotation', () => {
    const quotes = quotesOfText(
      [
        'Diner to close',
        'Rosa Ferrante has run the diner for 38 years. The landlord, Kestrel Property Group, said it would phase in the rent.',
        'Ferrante\'s answer to that was short: "Phased means I go broke slower."',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Kestrel Property Group', 'Rosa Ferrante']);
  });
  it('reads no description of a name in the words before the complementiser opening its clause ("told the judge that Brekke …")', () => {
    const quotes = quotesOfText(
      [
        'Man sentenced',
        'Judge Adaeze Whitcombe-Nnaji imposed the top of the range on Tyler James Brekke, 27.',
        'Deputy Prosecuting Attorney Colleen Marchetti told the judge that Brekke had two prior arrests.',
        'When given the chance to speak, Brekke turned toward the family. He apologized and said he had no excuse.',
        '"I think about him every day," he said.',
        '"The community has lost someone it cannot replace," the judge said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Colleen Marchetti', 'Tyler James Brekke', 'Tyler James Brekke', 'Adaeze Whitcombe-Nnaji']);
  });
  it('reads no description of a name in the words before another name and its apposition ("the committee\'s chairman, Rep. Dale Voss, R-Springfield, Garvey said")', () => {
    const quotes = quotesOfText(
      [
        'Impeachment hearing',
        'Melissa Garvey, a former chief deputy, told the committee that the complaint was buried.',
        "Under questioning from the committee's chairman, Rep. Dale Voss, R-Springfield, Garvey said she had kept handwritten notes.",
        'Voss said the committee expected to vote by the end of the month. "We are going to follow the facts wherever they lead," the chairman said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Melissa Garvey', 'Melissa Garvey', 'Dale Voss', 'Dale Voss']);
  });
  it('reads "the union" and "the agency" as the body last named as an institution of that kind, not a club or an airline', () => {
    const quotes = quotesOfText(
      [
        'League suspends coach',
        'The APSL Players Association called for an independent inquiry on Monday.',
        'Harbor City FC said it had suspended its coach pending the investigation.',
        'The union said it would ask the league to publish the findings.',
        'The Air Transport Safety Office grounded the planes. Sundara Air said it was cooperating.',
        'The agency said the planes would stay on the ground until engineers had inspected them.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Harbor City FC', 'APSL Players Association', 'Sundara Air', 'Air Transport Safety Office']);
    // (Not a news agency for "the commission".)
    const wire = quotesOfText(
      'Plague case\n\nXinhua News Agency reported the case on Monday.\n\nNo one has shown symptoms such as fever, the commission said.',
    );
    expect(wire.at(-1)?.speaker?.name).not.toMatch(/Xinhua/);
  });
  it('reads no body\'s last word as a surname that a longer name opens on ("Sundara Air", then "Air Transport Safety Office")', () => {
    const quotes = quotesOfText(
      'Planes grounded\n\nSundara Air said it had cancelled 63 flights.\n\nAir Transport Safety Office said the planes would stay on the ground.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Sundara Air', 'Air Transport Safety Office']);
  });
  it('reads a headline\'s trade noun ("archaeologist says") as the person the story introduces below', () => {
    const quotes = quotesOfText(
      [
        'Bronze Age shipwreck rewrites map of ancient metal trade, archaeologist says',
        'Helena Vastis, who led the excavation off the Turkish coast, said the cargo had come from at least three mines.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Helena Vastis', 'Helena Vastis']);
  });
  it('reads a headline\'s noun for a body ("union says") as the body of that kind the story names first below', () => {
    const quotes = quotesOfText(
      [
        'Port strike to go ahead after talks collapse, union says',
        "Talks between Harbor Terminals Ltd and the Maritime and Dockworkers' Federation broke down on Sunday night.",
      ].join('\n\n'),
    );
    expect(quotes[0]?.speaker?.name).toBe("Maritime and Dockworkers' Federation");
  });
  it('reads "the health authority" as the body whose name holds its modifier ("Nova Scotia Health")', () => {
    const quotes = quotesOfText(
      [
        'ER closes again',
        'Nova Scotia Health said the emergency department at Hollis Cove closed again overnight.',
        'Kayla Boudreau, a nurse at the hospital, said the closures had become routine.',
        'The health authority said it had hired two nurse practitioners since the spring.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Nova Scotia Health', 'Kayla Boudreau', 'Nova Scotia Health']);
  });
  it('reads "challenger", "incumbent" and "sponsor" as nouns for a person: a headline\'s "Challenger says" is the challenger named below', () => {
    const quotes = quotesOfText(
      [
        "Challenger says Nevada governor is 'hiding from voters'",
        'CARSON CITY, Nev. — The Republican challenger, Marisol Ketterman, accused Gov. Dale Pruett on Monday of refusing to debate.',
        '"He is hiding from voters," Ketterman said.',
      ].join('\n\n'),
    );
    expect(quotes[0]?.speaker?.name).toBe('Marisol Ketterman');
  });
  it('reads "Said Amazon spokeswoman Kelly Cheeseman:" as inverted, the person named after the verb speaking; "Said Jalili told" as a name', () => {
    const quotes = quotesOfText(
      [
        'Amazon raises prices',
        'Amazon will raise the price of Prime next month.',
        'Said Amazon spokeswoman Kelly Cheeseman: "We continue to invest in Prime for our members."',
        'Said Jalili told reporters: "The talks were useful and we will meet again."',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Kelly Cheeseman', 'Said Jalili']);
  });
  it('reads a "that"-less clause whose subject has a relative clause and an apposition ("reports the man who kidnapped the child, Michael Webb, was …")', () => {
    const quotes = quotesOfText(
      [
        'Kidnapper sentenced',
        'CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced to life in federal prison.',
        'She announced the deal on Tuesday and would travel to Dallas next week.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['CBS DFW', 'the man who kidnapped the child, Michael Webb, was sentenced to life in federal prison'],
    ]);
  });
  it('reads the object of "led", "prompted" or "forced" as the speaker of the cue in the infinitive after it, and "urged" as no such verb', () => {
    const quotes = quotesOfText(
      [
        'A380 to end',
        'The cutback led the French manufacturer Airbus to announce it would scrap production of the A380.',
        'The campaign prompted some Twitter users to argue that the material was misleading.',
        'Investors urged the board to announce that it would cut costs.',
        'The storm led residents to leave their homes.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Airbus', 'it would scrap production of the A380'],
      ['some Twitter users', 'the material was misleading'],
    ]);
  });
  it('reads the subject "among" a group that a relative clause says spoke as its speaker ("Walmart is among the retailers that said …")', () => {
    const quotes = quotesOfText(
      [
        'Tariffs bite',
        'In the meantime, Walmart is among the retailers that said they raised prices as a result of the tariffs.',
        'Economists who studied the tariffs said consumers paid most of the cost.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Walmart', 'Economists']);
  });
  it('reads British police ranks written short ("Det Sgt", "Supt") as a role, and no body named "Det"', () => {
    const doc = parseArticle(
      'Driver jailed\n\nSpeaking outside court, Det Sgt Amir Qureshi of Wiltshire Police said the case should serve as a warning.\n\nSupt Joanna Lyle said patrols would be doubled.',
    );
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Amir Qureshi', 'Det Sgt'],
      ['Joanna Lyle', 'Supt'],
    ]);
    expect(doc.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual(['Wiltshire Police']);
  });
  it('reads no subject inside a relative clause between commas ("The plaintiff, Lorraine Beaulieu, whose father, Gilles Beaulieu, died …, said")', () => {
    const quotes = quotesOfText(
      [
        'Care home settlement approved',
        'The plaintiff, Lorraine Beaulieu, whose father, Gilles Beaulieu, died of COVID-19 in April 2020, said she was relieved.',
        'Two House Republican aides, speaking on condition of anonymity, said the bill would pass.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lorraine Beaulieu', 'Two House Republican aides']);
  });
});

describe('A participle of saying after a sentence opened by a pronoun', () => {
  it('reads "suggesting he might …" as a clause, and the pronoun as the person the paragraph names, not the last speaker', () => {
    const quotes = quotesOfText(
      [
        'Title',
        '"Tensions are weighing on growth," Margaret Olsen, an economist at the central bank, said last week.',
        'Donald Trump is not limited to China. He has brought the same drama to talks with Mexico, suggesting he might walk away from the deal.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Margaret Olsen', 'Tensions are weighing on growth,'],
      ['Donald Trump', 'he might walk away from the deal'],
    ]);
  });

  it('goes on with the speaker this paragraph quoted: "Duvall said …. He urged Mr. Trump to act, warning he …"', () => {
    const quotes = quotesOfText(
      'Title\n\nIn a letter in May, farm leader Zachary Duvall said farmers faced hardship. He urged Mr. Trump to act quickly, warning he could lose rural voters.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Zachary Duvall', 'Zachary Duvall']);
  });
});

describe('An indefinite description opening the sentence of a participle of saying', () => {
  it('gives "One poster admitted it, writing in a blog post "…"" to the poster, with no quote "it"', () => {
    const quotes = quotesOfText(
      'Title\n\nOne poster admitted it, writing in a blog post "I have loaded up the tool myself and started bombarding the homepage."',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text.slice(0, 20)])).toEqual([['direct', 'One poster', 'I have loaded up the']]);
  });
});

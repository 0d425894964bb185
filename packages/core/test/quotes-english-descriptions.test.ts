// English attributions that are not "said": quoted descriptions ("called the plan "…"",
// "describing her as "…""), a participle with a quotation of its own, reporting verbs such as
// "quipped", and a preposition taking an -ing form, which is no setting.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { quotesOf } from './helpers.js';

describe('English quoted descriptions and other cues', () => {
  it('reads "MP" as a title: "the Labor MP said" is the person introduced as "Labor MP Sarah Kinross"', () => {
    const quotes = quotesOf(
      'Title\n\nLabor MP Sarah Kinross said the cap was unfair.\n\n"I\'ve had a woman in her eighties ring my office in tears three times this month," the Labor MP said.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Sarah Kinross', 'Labor MP'],
      ['Sarah Kinross', 'Labor MP'],
    ]);
  });

  it('takes a quoted description of three or more words after the object as a direct quote by the subject', () => {
    const quotes = quotesOf('Title\n\nThe mayor called the plan "a total waste of public money" on Tuesday.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', text: 'a total waste of public money' });
    expect(quotes[0]?.speaker?.name).toBe('The mayor');
  });

  it('gives a describing participle the subject of the cue verb before its comma', () => {
    const quotes = quotesOf('Title\n\nThe victim\'s mother testified, describing her daughter as "brave, strong, and smart" before the jury.');
    expect(quotes.map((q) => q.text)).toEqual(['brave, strong, and smart']);
    expect(quotes[0]?.speaker?.name).toBe("The victim's mother");
  });

  it('leaves names and scare quotes after "called" alone', () => {
    expect(quotesOf('Title\n\nHe joined a group called "Friends of the Earth" in 2001.')).toHaveLength(0);
    expect(quotesOf('Title\n\nHer speech leaned on a proposal she calls the "Kitchen Table Act," which would cap child care costs.')).toHaveLength(0);
    expect(quotesOf('Title\n\nShe called it "unfair" and left the room.')).toHaveLength(0);
  });

  it('starts a direct quote at a participle followed by a quotation', () => {
    const quotes = quotesOf('Title\n\nNoem later tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”');
    expect(quotes.map((q) => q.kind)).toEqual(['mixed', 'direct']);
    expect(quotes[1]?.text).toBe('we need everyone on it.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Noem', 'Noem']);
  });

  it('opens a quote of its own at ", adding that", as the English gold annotates it', () => {
    const quotes = quotesOf('Title\n\nThe minister said the talks were over, adding that no date had been set.');
    expect(quotes.map((q) => q.text)).toEqual(['the talks were over', 'no date had been set']);
  });

  it('opens a quote of its own at ", saying" after a reported clause, for the same speaker', () => {
    const quotes = quotesOf('Title\n\nPompeo said Washington had concluded the settlements were legal, saying he trusted the courts to decide.');
    expect(quotes.map((q) => q.text)).toEqual(['Washington had concluded the settlements were legal', 'he trusted the courts to decide']);
    expect(quotes[1]?.speaker).toMatchObject({ name: 'Pompeo', inferred: true });
  });

  it('reads a weak cue’s clause without "that" when a subject pronoun opens it, not an object "it"', () => {
    expect(quotesOf('Title\n\nThe minister confirmed he would stand again.').map((q) => q.text)).toEqual(['he would stand again']);
    expect(quotesOf('Title\n\nThe council reiterated it still considers the plan illegal.').map((q) => q.text)).toEqual([
      'it still considers the plan illegal',
    ]);
    expect(quotesOf('Title\n\nThe ministry announced it on Monday.')).toHaveLength(0);
  });

  it('gives ", saying" the body its sentence opens with, not the speaker of an earlier paragraph', () => {
    const quotes = quotesOf(
      'Title\n\nThe California Public Utilities Commission met on Monday.\n\nThe state agency said the response was unacceptable.\n\nThe utilities commission is frustrated with both companies, saying they failed to share information.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['The state agency', 'California Public Utilities Commission']);
  });

  it('ends a reported clause at ", while" and gives a conjoined verb after it the contrast clause’s subject', () => {
    const quotes = quotesOf(
      'Title\n\nChina said it is committed to the formula, while the city’s police deny accusations of brutality and say they show utmost restraint.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['China', 'it is committed to the formula'],
      ['the city’s police', 'they show utmost restraint'],
    ]);
  });

  it('reads a clause opened by "if" after "said"', () => {
    const quotes = quotesOf('Title\n\nSowers said if Patrick can get his message out, he is someone voters could back.');
    expect(quotes[0]?.text).toBe('if Patrick can get his message out, he is someone voters could back');
  });

  it('reads "quipped" after a quotation, with an unnamed speaker', () => {
    const quotes = quotesOf('Title\n\n“If we were any higher, we’d be in North Dakota,” one user quipped.');
    expect(quotes[0]?.speaker?.name).toBe('one user');
  });

  it('reads no setting, and no attribution, in "admitted to threatening"', () => {
    expect(quotesOf('Title\n\nShortly before their arrival, Webb admitted to threatening the girl.')).toHaveLength(0);
    const quotes = quotesOf('Title\n\nPrices rose, he said in a briefing.');
    expect(quotes.map((q) => q.text)).toEqual(['Prices rose']);
  });

  it('starts a direct quote at "warning:" even when the quotation runs on over paragraphs', () => {
    const quotes = quotesOf(
      'Title\n\nLiu said that the army could be deployed, warning: “They are already there in the garrison.\n\n“If the situation becomes uncontrollable, the government would not sit on its hands.”',
    );
    expect(quotes.map((q) => q.kind)).toEqual(['indirect', 'direct']);
    expect(quotes[1]?.parts).toHaveLength(2);
    expect(quotes[1]?.speaker?.name).toBe('Liu');
  });

  it('takes "urged" with a quoted description as a quote, and "believe" as no speech', () => {
    const quotes = quotesOf(
      'Title\n\nThe UK has urged an “end to the violence and for all sides to engage in dialogue”.\n\nProtesters believe the bill is an example of eroding autonomy.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['end to the violence and for all sides to engage in dialogue']);
    expect(quotes[0]?.speaker?.name).toBe('UK');
  });

  it('finds the name in an apposition after a setting ("another witness in the probe, former adviser Fiona Hill")', () => {
    const quotes = quotesOf('Title\n\nThe envoy was in charge of everything, said another witness in the impeachment probe, former adviser Fiona Hill.');
    expect(quotes[0]?.speaker?.name).toBe('Fiona Hill');
  });

  it('pairs a straight opening mark with a curly closing one', () => {
    const quotes = quotesOf('Title\n\n"And I asked, well, on whose authority?” said Hill, who will testify Thursday. "And he said, the President."');
    expect(quotes.map((q) => q.text)).toEqual(['And I asked, well, on whose authority?', 'And he said, the President.']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Hill', 'Hill']);
  });

  it('reads "saying he …" as a clause without "that"', () => {
    const quotes = quotesOf('Title\n\nOfficial David Holmes revealed the call to investigators, saying he recalled it “vividly.”');
    expect(quotes.map((q) => q.text)).toEqual(['he recalled it “vividly.”']);
  });

  it('reads the subject through an apposition with a relative clause before a final "said"', () => {
    const quotes = quotesOf('Title\n\n"This is not over," the official, who asked not to be named, said.');
    expect(quotes[0]?.speaker?.name).toBe('the official');
  });

  it('gives a paragraph that ends «… said:» the quotation that opens the next one', () => {
    const quotes = quotesOf('Title\n\nThe governor of the state said:\n\n"We will rebuild every home that was lost."\n\nوقال الوزير:\n\n«سنعيد البناء.»');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['The governor of the state', 'الوزير']);
    expect(quotes[0]?.speaker?.inferred).toBe(false);
  });

  it('gives speech reported inside reported speech to the outer source', () => {
    const quotes = quotesOf('Title\n\nAfterward, Sondland said he had relayed to the Ukrainian that aid might be freed, Morrison testified.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('Morrison');
    expect(quotes[0]?.text.startsWith('Afterward, Sondland said')).toBe(true);
  });

  it('splits a clause around an attribution set between commas into two quotes, but not at a closing setting', () => {
    const quotes = quotesOf(
      'Title\n\nThe economy, the minister told reporters on Monday, is recovering.\n\nThe talks failed, said Jane Smith, the mayor, on Tuesday.\n\nDisney’s tech teams isolated the problem, Mayer said, and “patched” the software overnight.\n\nThe patient was taken to a hospital in Huade, the news agency said, citing the regional health commission.',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'The economy',
      'is recovering',
      'The talks failed',
      'Disney’s tech teams isolated the problem',
      '“patched” the software overnight',
      'The patient was taken to a hospital in Huade',
    ]);
    expect(quotes[1]?.speaker?.name).toBe('the minister');
  });

  it('ends a reported clause at «, but he said that»', () => {
    const quotes = quotesOf('Title\n\nMayer said it depends on the cost of the service, but he said that he thinks the number will be four.');
    expect(quotes.map((q) => q.text)).toEqual(['it depends on the cost of the service', 'he thinks the number will be four']);
  });

  it('takes a name from an apposition only when it names, not when it describes or opens a participle', () => {
    const quotes = quotesOf(
      'Title\n\nThe senator, a Democrat from Ohio, said he would vote no.\n\nThe report, released Monday by the Pew Research Center, found that most voters distrust Congress.\n\nThe energy minister, Teresa Ribera, said the plan works.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['The senator', 'The report', 'Teresa Ribera']);
  });

  it('takes a whole sentence in marks after a direct quote as the same speaker going on, even one word', () => {
    const quotes = quotesOf('Title\n\n"We lost everything," said Maria Lopez, whose house burned down. "Everything."\n\nHe praised the "Daily Mail".');
    expect(quotes.map((q) => q.text)).toEqual(['We lost everything,', 'Everything.']);
    expect(quotes[1]?.speaker?.name).toBe('Maria Lopez');
  });

  it('carries "she said" and "he added" to speakers whose given names tell their gender', () => {
    const quotes = quotesOf(
      'Title\n\nMary Smith, a nurse, said the hospital was full.\n\nJohn Jones, a doctor, said staff were exhausted.\n\n"We need help," she said.\n\n"It is a crisis," he added.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Mary Smith', 'John Jones', 'Mary Smith', 'John Jones']);
    expect(quotesOf('Title\n\nThe hospital was run by John Jones for a decade.\n\n"We need help," she said.')[0]?.speaker).toBeNull();
  });

  it('gives no role from a participle phrase between commas', () => {
    const quotes = quotesOf(
      'Title\n\nTrump, speaking to reporters at the White House, said he barely knew Sondland.\n\nRepublicans, led by Rep. Devin Nunes, argued that the process was unfair.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Trump', undefined],
      ['Republicans', undefined],
    ]);
  });

  it('resolves a definite description to the person the article described so, or named just before', () => {
    const quotes = quotesOf(
      "Title\n\nEyamba Sowers didn't know Patrick was coming. The real estate agent said she related to him.\n\nWikileaks founder Julian Assange was arrested in April.\n\nThe Wikileaks founder always argued that his fear was real.\n\nSmith met the minister on Monday. The minister said the talks went well.",
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Eyamba Sowers', 'Julian Assange', 'The minister']);
  });

  it("takes the quotation after a weak cue's object, but not a title-cased name in marks", () => {
    const quotes = quotesOf(
      'Title\n\nA spokesperson for the Foreign Office reiterated the position that settlements "are illegal under international law".\n\nThe army announced the start of "Operation Desert Storm Two" on Monday.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['A spokesperson for the Foreign Office', 'are illegal under international law']]);
  });

  it("keeps a subject in the middle of a reported clause inside it, and gives a first participle the sentence's subject", () => {
    const quotes = quotesOf(
      'Title\n\nGordon Sondland spoke first.\n\nPompeo said that after legal consultation Washington had concluded the plan was legal.\n\nLast week official David Holmes revealed the call to investigators, saying he recalled it “vividly.”',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Pompeo', 'David Holmes']);
    expect(quotes[0]?.text).toBe('after legal consultation Washington had concluded the plan was legal');
  });

  it("reads a fronted «As X noted,» as X's attribution of the clause after it", () => {
    const quotes = quotesOf(
      "Title\n\n(As CNN's chief medical correspondent Dr. Sanjay Gupta noted at the time, Trump's heart disease meant a moderate risk, according to guidance from the Mayo Clinic.)",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('Sanjay Gupta');
  });

  it('gives "NAME, who plays X, NAME2, wrote" to the name before "who", not to the name closing the relative clause', () => {
    const quotes = quotesOf(
      'Title\n\nHer co-star Daniel Nwosu-Hart, who plays Delia’s estranged brother, Wes, wrote on Instagram that filming the final scene was “the most honest day of work I have ever done.”\n\nOne mother, who would only give her surname, Chan, said she had not heard from her son since Saturday.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Daniel Nwosu-Hart', 'Chan']);
  });

  it('reads a description holding an age ("the 44-year-old actress") as the person the article is about', () => {
    const quotes = quotesOf(
      'Maren Lockhart on the final season: ‘I cried for a week’\n\nMaren Lockhart has spent six years playing Delia Crane, the harbormaster at the center of “Saltmarsh,” and she says saying goodbye was harder than she expected.\n\n“I cried for about a week after we wrapped,” the 44-year-old actress told Vanity Fair.',
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Maren Lockhart');
  });

  it('reads a party and state in parentheses after a name as no part of the subject, and «the 45-year-old» as a person', () => {
    const quotes = quotesOf(
      'Title\n\nSen. Lindsey Graham (R-S.C.) said the probe was a sham.\n\nRep. Adam Schiff (D-Calif.), the committee chairman, said the evidence was clear.\n\nHouse Speaker Nancy Pelosi (D-Calif.) told reporters Thursday that the vote would proceed.\n\nMaria Lopez lost her home in the fire.\n\n"We have nothing left," the 45-year-old said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lindsey Graham', 'Adam Schiff', 'Nancy Pelosi', 'Maria Lopez']);
    expect(quotes[2]?.text).toBe('the vote would proceed');
  });

  it("keeps a capitalised cue word inside a name («the State Department»), and gives a statement's words to its issuer", () => {
    const quotes = quotesOf(
      'Title\n\nThe State Department said the talks would resume.\n\nThe statement from the Foreign Ministry said the border was closed.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['State Department', 'Foreign Ministry']);
  });

  it('gives what a statement or post "that said" to whoever issued it, and reads "a blog post" as no cue', () => {
    const quotes = quotesOf(
      'Title\n\nThe ministry issued a statement that said the border would stay closed until March.\n\nThe company published a blog post that said customers could now listen for free.\n\nOfficials released a report which said the dam was safe.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['The ministry', 'the border would stay closed until March'],
      ['The company', 'customers could now listen for free'],
      ['Officials', 'the dam was safe'],
    ]);
  });

  it('gives what "the results of" or "the findings of" a document showed to that document, not to a study "of" its subjects', () => {
    const quotes = quotesOf(
      'Title\n\nThe results of the National Nutrition Survey revealed that most children were iodine deficient.\n\nThe findings of the inquiry show that the police failed to act.\n\nA study of 500 nurses found that most worked unpaid overtime.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['National Nutrition Survey', 'the inquiry', 'A study of 500 nurses']);
  });

  it('reads "the Democrat" and "the Colorado Democrat" as descriptions of a person, not as a name or a body', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'T\n\nCommittee Chairwoman Rep. Leonora Banks-Whitfield, D-N.Y., said the panel had heard enough.\n\n"This is not a close call," the Democrat said.',
      ),
    ).toEqual(['Leonora Banks-Whitfield', 'Leonora Banks-Whitfield']);
    expect(
      speakers(
        'T\n\nSen. Camila Delgado-Marsh made her pitch to Iowa Democrats on Saturday.\n\n"I am not running to be the safe choice," the Colorado Democrat said to cheers.',
      ),
    ).toEqual(['Camila Delgado-Marsh']);
  });

  it('reads capitals after a preposition in a description as a place, not as the speaker', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'T\n\nMarisol Vantreese, a former law clerk, testified on Tuesday.\n\nThe 31-year-old, now a public defender in Baton Rouge, said she kept a private log of the cases.',
      ),
    ).not.toContain('Baton Rouge');
  });

  it('finds a nationality, an officer by initials and a state legislator by party', () => {
    const quotes = quotesOf(
      [
        'Leduc ousts Vidal',
        "MELBOURNE (Reuters) - Canada's Emilie Leduc knocked out the top seed on Tuesday.",
        '"I honestly don\'t know how I won that," Leduc told reporters.',
        'Chief Financial Officer Linda Okonkwo told analysts that inventory was 4% lower than a year earlier.',
        'The Canadian said her coach had told her to stop watching the scoreboard.',
        'The CFO said tariffs would add about $40 million in costs.',
        "Rep. Wade Kessler, R-Yuma, the bill's sponsor, said the state's rules had frozen construction.",
        'Gov. Katie Hobbs said she would veto it.',
        'The Republican said the bill was the most pro-housing bill in years.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual([
      'Emilie Leduc',
      'Linda Okonkwo',
      'Emilie Leduc',
      'Linda Okonkwo',
      'Wade Kessler',
      'Katie Hobbs',
      'Wade Kessler',
    ]);
  });

  it('leaves a nationality nobody in the article has to no one rather than to its most-named person', () => {
    const quotes = quotesOf(
      [
        'Leduc wins',
        'Emilie Leduc won on Tuesday. Leduc served well, and Leduc said she was happy.',
        'The Spaniard said she had felt tight in the big moments.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Emilie Leduc', 'The Spaniard']);
  });

  it('finds "the Republican from Yuma" by party and town, and "the 82-year-old" by the age given after a name', () => {
    const quotes = quotesOf(
      [
        'Votes and pubs',
        "Rep. Wade Kessler, R-Yuma, the bill's sponsor, said the rules had frozen construction.",
        'Gov. Katie Hobbs said she would veto it.',
        'The Republican from Yuma, a former alfalfa farmer, wrote on X that the bill was good.',
        'Geoffrey Pike, 82, who has lived in Nether Ashby all his life, leads the pub campaign. Mary Stone, 45, runs the shop.',
        '"It matters," Stone said.',
        'Asked about such doubts, the 82-year-old said the campaign had a plan.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Wade Kessler', 'Katie Hobbs', 'Wade Kessler', 'Mary Stone', 'Geoffrey Pike']);
  });

  it('gives "the 54-year-old" to the man given that age, not to the player the paragraph before is about', () => {
    const quotes = quotesOf(
      [
        'Match report',
        '“That was our best 45 minutes,” said the Wrexford manager, Stuart McAllister.',
        'McAllister, 54, took over in the summer of 2022.',
        'The home crowd chanted whenever Kofi Mensah-Bright touched the ball.',
        'Asked about the striker, the 54-year-old said he had “never worked with a player who wants it more”.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Stuart McAllister', 'Stuart McAllister']);
  });

  it('keeps a paragraph that has quoted someone with that speaker, and reads "now 29" and "who coaches" as descriptions', () => {
    const quotes = quotesOf(
      [
        'Album and game',
        'Maya Calloway, now 29, made the album with the producer Ezra Lindqvist.',
        'Not every experiment lands. The drum machine that Lindqvist leans on sometimes flattens songs.',
        'The 29-year-old said she had fought with her label over the single and lost. “They wanted one song that sounded like the old me,” she said.',
        '"You\'ll know when they know," said Ray Hollister, who coaches the Tigers and is in his fifth season.',
        'Quarterback Cade Whitfield did not speak to reporters.',
        'The coach said Brannock was day to day.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maya Calloway', 'Maya Calloway', 'Ray Hollister', 'Ray Hollister']);
  });

  it('goes on with a description the paragraph used earlier, not with a person the paragraph before names', () => {
    const quotes = quotesOf(
      [
        'Coach under fire',
        '"We played a prevent look," said Dale Marsh, the coach of the Tigers.',
        'A banner read "4 YEARS IS ENOUGH," and a local radio host, Dwayne Pettibone, has called on the school to make a change.',
        'Asked about the banner, the coach smiled. "I saw it," he said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dale Marsh', 'Dale Marsh']);
  });
});

describe('English descriptions by a noun no list knows', () => {
  it('reads "the former surveyor" as the person the article described so, past an age, and "the dredger" as no one', () => {
    const quotes = quotesOf(
      [
        'Harbour plan divides the council',
        'Marion Keddle, the independent councillor for Saltmarsh ward, said the plan had been rushed.',
        'Keddle, 58, a former surveyor who first won her seat in 2015, has opposed every dredging contract.',
        'The former surveyor said she had asked for the soil reports twice.',
        'The dredger said it would start work in May.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Marion Keddle', 'Marion Keddle', 'The dredger']);
  });
});

describe('English descriptions heard for one person and used for another', () => {
  it('reads "the coach" as the coach the paragraph names, not the coach heard before', () => {
    const quotes = quotesOf(
      [
        'Harbor Prep edges Westfield',
        'Harbor Prep coach Tamara Ojo was blunt. "We did not deserve to win," she said.',
        'The coach said she had thought about a timeout. Westfield was led by Brooks. Their coach, Gary Lindstrom, was called for a technical foul.',
        'Lindstrom said he was proud of his team. "I\'ll let the video speak for itself," the coach said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Gary Lindstrom');
  });
});

describe('English descriptions that match no one, after a quote', () => {
  it('gives "the Swede" and "the retired nurse" to whom the paragraph before just quoted, but not a description that paragraph used', () => {
    const quotes = quotesOf(
      [
        'Harbor City beat Ridgefield',
        'Ridgefield coach Anders Sundqvist said his players "switched off for one second."',
        '"You can defend well for 87 minutes, and it means nothing," the Swede said.',
        'The patient was given steroids and recovered within a year, Dr. Owen Dempsey said.',
        '"It doesn\'t affect me at all now," the patient wrote.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Anders Sundqvist', 'Anders Sundqvist', 'Owen Dempsey', 'the patient']);
  });
});

describe('English nouns for a person by their shape', () => {
  it('lets "the ecologist" speak with a weak cue, and finds the person described so, not her university', () => {
    const quotes = quotesOf(
      [
        'Birds sing earlier under street lights',
        'Ingrid Saltonstall, an ecologist at the University of Leeds, led the study of 300 robins.',
        'The ecologist cautioned that the study could not show whether singing earlier harmed the birds.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ingrid Saltonstall']);
  });
});

describe('English ages that match no one, after a quote', () => {
  it('gives "the 54-year-old" to whom the paragraph before just quoted, not to the person named most', () => {
    const quotes = quotesOf(
      [
        'Tate reaches the final',
        'Rhiannon Tate beat the second seed on Friday. "I closed my eyes a bit," Tate said. Tate served well. Tate will play on Sunday.',
        'Her coach, Graham Pellow, said his player had "a forehand that doesn\'t know it\'s supposed to be nervous."',
        '"We came here to get matches," the 54-year-old said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Graham Pellow');
  });
  it('gives a title in lower case after a quote to whom the paragraph before quoted when no role was given, not a name ending on a title', () => {
    const quotes = quotesOf(
      [
        'Calloway vows to fight on',
        'Brenda Calloway stood on a folding chair on Saturday night and told voters that the race was far from over.',
        '"They\'ve been trying to write my political obituary for a year," the former South Carolina governor said.',
        'The campaign cost the state roughly $449,000, according to the Sioux Falls Argus Leader.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Brenda Calloway', 'Brenda Calloway', 'the Sioux Falls Argus Leader']);
  });
  it('reads a title alone opening a headline ("Coroner says …") as a description the person named later with that title takes over', () => {
    const quotes = quotesOf(
      [
        'Coroner says hospital ‘missed chances’ to save Bristol teenager',
        'A coroner has found that a 17-year-old girl who died of sepsis might have survived had staff given her antibiotics sooner.',
        'Concluding the inquest on Thursday, the senior coroner, Dr Helen Marchbank, said: ‘Amelia’s observations were deteriorating.’',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Helen Marchbank', 'Helen Marchbank', 'Helen Marchbank']);
  });
  it('reads the description before a name and an age as the role ("The woman, Dolores Quintero, 61, said"), naming "a woman" heard before', () => {
    const quotes = quotesOf(
      [
        'Shooting on Elm Street',
        'A woman who lives across the street said she heard the shots from her kitchen. The woman, Dolores Quintero, 61, said she ran outside.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Dolores Quintero', 'The woman'],
      ['Dolores Quintero', 'The woman'],
    ]);
  });
  it('names the speaker heard as "a neighbor" with whom "The neighbor, Patrice Dunleavy," names right after', () => {
    const quotes = quotesOf(
      [
        'Fire on Elm Street',
        '“If that camera hadn’t been there, I’m not sure we’d be standing here today,” police spokesman Sgt. Gary Colton said.',
        'A neighbor who lives two doors down said she woke to the sound of breaking glass. The neighbor, Patrice Dunleavy, said she saw the mother handing her children out.',
        'A spokesman for the fire department said the cause was under investigation. The chief, Dan Ruiz, said two engines responded.',
      ].join('\n\n'),
    );
    expect(quotes.slice(1).map((q) => q.speaker?.name)).toEqual(['Patrice Dunleavy', 'Patrice Dunleavy', 'A spokesman for the fire department', 'Dan Ruiz']);
  });
  it('reads sport positions as nouns for a person: "A former Premier League footballer" names no one, "the defender" is the player quoted', () => {
    const quotes = quotesOf(
      [
        'Grant defends tackle',
        'A former Premier League footballer has told the High Court that a newspaper’s claims destroyed his career.',
        'Rovers defender Lewis Grant said the decision was wrong. “It’s a great tackle, to be honest,” the defender said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['A former Premier League footballer', 'Lewis Grant', 'Lewis Grant']);
  });
  it('gives a lede’s definite description headed before "of" to the person named first when the name opens a paragraph', () => {
    const quotes = quotesOf(
      [
        'Rail chief to senators: ‘We did not see this coming’',
        'WASHINGTON (AP) — The head of the nation\'s second-largest freight railroad told senators Tuesday that her company had "no warning whatsoever" before a derailment.',
        'Dolores Ibarra, chief executive of Great Lakes & Atlantic Railway, appeared before the Senate Commerce Committee.',
        '"We did not see this coming," Ibarra said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dolores Ibarra', 'Dolores Ibarra', 'Dolores Ibarra']);
  });
  it('gives "the 72-year-old" to the person the narration before is about, not a name inside the quotation it attributes', () => {
    const quotes = quotesOf(
      [
        'Floodwaters swamp Vermont capital',
        'In a low-lying neighborhood near the river, Ed Pelletier sat on the tailgate of his pickup truck.',
        '"I was here for Irene in 2011. I thought that was the worst I\'d ever see," the 72-year-old said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ed Pelletier']);
  });
  it('gives an epithet no list knows ("the slugger") to the person the narration before opens on, and only then', () => {
    const last = (narration: string) =>
      quotesOf(['Title here', '"I left a curveball up," Glasnow said.', narration, '"I feel good at the plate," the slugger said.'].join('\n\n')).at(-1)
        ?.speaker?.name;
    expect(last('Mookie Betts, who also doubled, shrugged off talk of his slump.')).toBe('Mookie Betts');
    // Narration that names a body or another person too says nothing of whom the epithet means.
    expect(last('Mookie Betts and Max Muncy doubled for the Dodgers.')).not.toBe('Mookie Betts');
  });
  it('gives "the veteran manager" to whom the paragraph before quoted as the manager', () => {
    const quotes = quotesOf(
      [
        'Rays edge Orioles',
        'Orioles manager Walt Kessler said his hitters "just couldn\'t pick up" the slider.',
        '"That\'s as good as I\'ve seen anybody throw against us this year," the veteran manager said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Walt Kessler', 'Walt Kessler']);
  });

  it("gives an epithet no list knows to the one person the paragraph before quoted, not a source phrase's document", () => {
    const quotes = quotesOf(
      [
        'Hale reaches semis',
        'She will face American Lauren Hale in the semi-finals.',
        'Hale, the 19th seed, said she had been "feeding off the crowd all week".',
        '"When you play at home, the crowd gives you an extra gear," the left-hander said.',
        'Deb Morrow said she had been worried. Students with medical needs will be exempt, according to the policy.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lauren Hale', 'Lauren Hale', 'Deb Morrow', 'the policy']);
  });
  it('gives "the Democrat" to the governor just quoted, a party being no trade', () => {
    const quotes = quotesOf(
      [
        'Tornado',
        'Gov. Daniel Whitaker, who toured the town by helicopter Monday, said the state would cover funeral costs.',
        '"These are tough people," the Democrat said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Daniel Whitaker', 'Daniel Whitaker']);
  });

  it('reads a name before "of" and a possessive phrase as the name, the body after it no part of it', () => {
    const quotes = quotesOf(
      'Tornado\n\nMeteorologist Jenna Holloway of the weather service\'s Paducah office said a warning was issued. "That\'s a good lead time," she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jenna Holloway', 'Jenna Holloway']);
  });
});

describe('English "its" officer named later', () => {
  it('gives what "its chief executive officer" said to the chief executive officer the story names later', () => {
    const quotes = quotesOf(
      'Corvane sinks as CEO warns\n\nCorvane Systems Inc. shares fell after its chief executive officer warned that orders would be "lumpy" for the rest of the year.\n\n"We are not losing customers," Chief Executive Officer Priya Raman said on a call with analysts.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Priya Raman', 'Priya Raman']);
  });
});

describe('English plain words for a title', () => {
  it('reads "the skipper" as the captain and "the Ashworth boss" as its manager', () => {
    const quotes = quotesOf(
      [
        'Title',
        "Australian captain Mitch Larsen said selectors would 'have a look at everything' before the third Test.",
        "'I'm not going to throw anyone under the bus,' the skipper said.",
        'Ashworth manager Gary Thorne said the penalty was soft.',
        '"He is wrong on this one," the Ashworth boss said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Mitch Larsen', 'Mitch Larsen', 'Gary Thorne', 'Gary Thorne']);
  });
});

describe('English lede descriptions named in the next paragraph', () => {
  it('gives what "A former Premier League footballer" told the court to the person the next paragraph opens on', () => {
    const quotes = quotesOf(
      [
        "Ex-footballer tells libel trial newspaper's claims 'destroyed' his life",
        'A former Premier League footballer has told the High Court that a newspaper’s claims he was involved in match-fixing destroyed his career.',
        'Dean Ashcroft, 38, who played for three top-flight clubs, is suing the publisher of the Sunday Herald.',
        'Giving evidence on Tuesday, Mr Ashcroft said: ‘I have never taken a penny to influence a football match.’',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dean Ashcroft', 'Dean Ashcroft', 'Dean Ashcroft']);
  });
});

describe('Headline descriptions who say the words below by name', () => {
  it('gives a headline quotation its describer’s name when a named person says the same words below', () => {
    const en = quotesOf(
      "Fishermen's leader: 'Talks alone will not bring our boats back'\n\nFishermen's associations on Thursday expressed disappointment over the outcome of the meeting.\n\n\"Talks alone will not bring our boats back. Every month the boats lie in harbour, they rot a little more,\" said S. Anthony Raj, president of the Boat Owners' Association.",
    );
    expect(en[0]?.speaker?.name).toBe('S. Anthony Raj');
    const ar = quotesOf(
      'روائية سعودية: "الجوائز لا تصنع كاتبا"\n\nفازت رواية "بيت الرمل" بجائزة الرواية العربية.\n\nوقالت الروائية هند عبدالرحمن المطيري: "الجوائز لا تصنع كاتبا، القراء يفعلون".',
    );
    expect(ar[0]?.speaker?.name).toBe('هند عبدالرحمن المطيري');
  });

  it('takes a bare title and its complement for a description, not for a body that shares the complement («خبير أرصاد»)', () => {
    const [headline, body] = quotesOf(
      'خبير أرصاد: ‘المنخفض يبلغ ذروته مساء الأربعاء’\n\nأكدت المديرية العامة للأرصاد الجوية أن البلاد ستتأثر بمنخفض جوي عميق.\n\nوقال خبير الأرصاد الجوية سالم بن خميس الحجري: "المنخفض يبلغ ذروته مساء الأربعاء، وقد تصل الأمطار إلى 150 مليمترًا".',
    );
    expect(headline?.speaker?.name).toBe('سالم بن خميس الحجري');
    expect([body?.speaker?.name, body?.speaker?.role]).toEqual(['المديرية العامة للأرصاد الجوية', undefined]);
  });

  it('does so for a headline that marks only part of what it reports', () => {
    const quotes = quotesOf(
      'City blackbirds \'have lost the night\', says researcher\n\nLead author Dr Hannah Brightwell said urban birds were living in a permanent twilight.\n\n"In a sense, they have lost the night," she said.',
    );
    expect(quotes[0]?.speaker?.name).toBe('Hannah Brightwell');
  });
});

describe('English descriptions named in the next sentence', () => {
  it('gives "A fire behavior analyst … told reporters that …. The analyst, Lena Okafor, …" to Okafor', () => {
    const quotes = quotesOf(
      [
        'Title',
        'A fire behavior analyst with the incident management team told reporters that the fuels were as dry as she would expect in late August. The analyst, Lena Okafor, has worked fires in central Oregon for two decades.',
        "Hargrove's campaign manager told reporters that internal polling showed the race within two points. The manager, Tyler Voss, declined to release the poll.",
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lena Okafor', 'Tyler Voss']);
  });
});

describe('English descriptions after a sentence about one person', () => {
  it('reads "the interim coach" nobody was heard as as the one person of the sentence before', () => {
    const quotes = quotesOf(
      [
        'Riverton fires coach after poor start',
        'Athletic director Paula Grant said defensive coordinator Marcus Bell would take over for the last four games.',
        'Bell, 41, has never been a head coach. Speaking on Sunday, the interim coach said he had told players to "play free".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Paula Grant', 'Marcus Bell']);
  });

  it('leaves a name ending on a title word alone ("according to the Sioux Falls Argus Leader")', () => {
    const quotes = quotesOf(
      [
        'Title',
        'Governor Kristi Noem defended the slogan.',
        'Noem later tweeted that the epidemic "needs to be a dinner table conversation."',
        'The campaign, which includes both digital and TV ads, cost the state roughly $449,000, according to the Sioux Falls Argus Leader.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Kristi Noem', 'the Sioux Falls Argus Leader']);
  });
});

describe('English companies brought in by their kind', () => {
  it('reads a name right after "maker" as a company, which "the company" then means', () => {
    const doc = parseArticle(
      [
        'EV maker unveils sedan',
        'Shenzhen-based electric vehicle maker Qingfeng Auto on Thursday unveiled its QF9 sedan at a launch event in the city.',
        'The company said the car could add 400km of range in five minutes.',
      ].join('\n\n'),
    );
    expect(doc.entities.filter((e) => e.name === 'Qingfeng Auto').map((e) => e.kind)).toEqual(['organization']);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Qingfeng Auto']);
  });

  it('does not read "the ministry" as a body the text brought in as a company', () => {
    const quotes = quotesOf(
      [
        'Regulator orders miner to halt discharges',
        "Peru's environment ministry on Monday ordered copper miner Andalux Mining Corp. to suspend all discharges from a tailings dam.",
        'In a statement, the ministry said samples taken from the river contained arsenic.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the ministry']);
  });
});

describe('English study teams described again', () => {
  it('reads "The team found that" as the researchers of the named body the article brought in', () => {
    const quotes = quotesOf(
      [
        'Songbirds sing earlier under LED lights',
        'Researchers from the University of Harwick recorded dawn song at 60 sites over two springs.',
        '"Singing is expensive," said Dr Ama Brightwell, who led the work.',
        'The team also found that birds nearer to LED lights sang earlier than others.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ama Brightwell', 'Researchers from the University of Harwick']);
  });

  it('keeps "the team" a team where no researchers were named', () => {
    const quotes = quotesOf(['Title', 'Harwick United lost again on Saturday.', 'The team said it would review its training.'].join('\n\n'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['The team']);
  });
});

describe('English descriptions named in the next sentence with a relative clause', () => {
  it('gives "The museum’s director said …" to the name that opens the next sentence with ", who"', () => {
    const quotes = quotesOf(
      [
        'Stolen painting found',
        "The museum's director said staff had cried when they heard the news. Karin Holm, who has led the museum since 2019, said the painting would go back on display in June.",
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Karin Holm', 'Karin Holm']);
  });

  it('leaves a description that is no person ("Passenger groups warned …") to itself', () => {
    const quotes = quotesOf(
      [
        'Rail strike',
        'Passenger groups warned that the strike would hit thousands of racegoers. Sarah Tolland, who commutes from Reading, said she had spent £400 on taxis.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Passenger groups', 'Sarah Tolland']);
  });
});

describe('English descriptions heard only in the headline', () => {
  it('reads "The president said" as the person the story gives that title, not the headline’s description', () => {
    const quotes = quotesOf(
      [
        "Okafor Foods president: 'Wages are an investment'",
        'Okafor Foods agreed on Wednesday to raise base pay for its 9,000 workers by 5%.',
        "President Miriam Okafor, granddaughter of the company's founder, told reporters at the headquarters that the company had accepted the demand in full.",
        "Daniel Okafor, the company's chairman and the president's uncle, said in a statement that the rise would be paid for by cost cuts.",
        'The president said the company would keep its profit forecast unchanged.',
      ].join('\n\n'),
    );
    expect(quotes.slice(1).map((q) => q.speaker?.name)).toEqual(['Miriam Okafor', 'Daniel Okafor', 'Miriam Okafor']);
  });
});

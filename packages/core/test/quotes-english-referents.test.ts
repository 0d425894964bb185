// English speakers named by what they are rather than who: a ranking or an age before a name the
// entity stage found, an age alone, a generic head ("the utility") for the body the article keeps
// naming, and names written with an ampersand.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { quotesOf } from './helpers.js';

describe('English speakers named by a description', () => {
  it('reads a ranking before a known person as the role and gives the fullest name', () => {
    const quotes = quotesOf(
      'Davis Cup\n\nArgentina beat Chile 3-0, with Diego Schwartzman defeating Cristian Garin 6-2, 6-2.\n\n"I played one of my best matches," the 14th-ranked Schwartzman said.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Diego Schwartzman', role: '14th-ranked' });
  });

  it('gives "the 61-year-old" to the person the article names, and skips "after signing" before a colon', () => {
    const quotes = quotesOf(
      'New coach\n\nThe club appointed Martin Keller on Monday after a month-long search.\n\nThe 61-year-old said after signing his contract: "I am proud to be here."',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('Martin Keller');
  });

  it('gives "the utility" to the body the article names most, and not to an institution ("Union")', () => {
    const named = quotesOf(
      'Power cuts\n\nPacific Gas & Electric Co. cut power to 500,000 people on Monday.\n\nShares in Pacific Gas & Electric Co. fell 3 percent.\n\nThe utility said it will closely monitor the weather.',
    );
    expect(named.map((q) => q.speaker?.name)).toEqual(['Pacific Gas & Electric Co.']);
    const union = quotesOf('Union rejects pay offer\n\nThe company said in a statement that the offer was fair.');
    expect(union.map((q) => q.speaker?.name)).toEqual(['The company']);
    const once = quotesOf('Layoffs\n\nShares of Halvard Systems fell on Monday.\n\nThe company said it would cut 200 jobs.');
    expect(once.map((q) => q.speaker?.name)).toEqual(['Halvard Systems']);
  });

  it('keeps an ampersand inside a name', () => {
    const quotes = quotesOf('Results\n\nShares fell on Monday. PG&E said the cut would last two days. Procter & Gamble said sales would rise.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['PG&E', 'Procter & Gamble']);
  });
});

describe('English pronouns after narration', () => {
  it('goes on with the subject of the last sentence that names someone, not a name in the possessive', () => {
    const quotes = quotesOf(
      'Late goals\n\nMorgan had scored once in ten games. Goalkeeper Alex Dunmore, who teased Morgan’s habit of changing boots, saw the frustration on his face.\n\n“He hates not scoring,” he said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Alex Dunmore']);
  });

  it('takes the subject of the sentence for ", saying", past a name in the possessive before it', () => {
    const quotes = quotesOf(
      'Preview\n\nHours before Chris Morgan’s two-goal game, coach Pat Rooney praised the winger, saying he always finds a way to score.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Pat Rooney']);
  });

  it('goes on with whom a sentence-opening pronoun means for ", saying", not with a name after it', () => {
    const quotes = quotesOf(
      'Farm letter\n\nIn a letter in May, Ruth Calder, the head of the growers union, said farmers faced “severe hardship.” She urged Mr. Rowe to act quickly, saying “time is running out for many.”',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ruth Calder', 'Ruth Calder']);
  });

  it('reads "the U.K.\'s" as one word, not an opening mark', () => {
    const doc = parseArticle(
      'Study\n\nIan Hale, an expert at the U.K.\'s University of Leeds who did not work on the study, told reporters: "The rise is small but it matters."',
    );
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Ian Hale']);
    expect(doc.messages.filter((m) => m.ruleId === 'unbalanced-quote')).toEqual([]);
  });

  it('does not let a person whose role mentions "the study" take over what "a study" said', () => {
    const quotes = quotesOf(
      'Use has risen in states where the drug is legal, according to a study.\n\nIan Hale, an expert who did not work on the study, said: "The rise is small."',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['a study', 'Ian Hale']);
  });

  it('takes "the authors" as a group that "they" goes on with', () => {
    const quotes = quotesOf('Study\n\nOccasional use causes few problems, the authors said. But heavy use is linked to harm, they wrote.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the authors', 'the authors']);
  });

  it('reads "Paganini and his team" as one subject, and ", which was published" after the setting as nobody\'s words', () => {
    const quotes = quotesOf(
      'Europa plumes\n\nThe volume is higher than predicted. Such stripping would occur regularly, Paganini and his team wrote in the new paper, which was published online today.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Paganini and his team', 'Such stripping would occur regularly']]);
  });

  it('gives a description opening the sentence the name in its apposition, for a verb conjoined later', () => {
    const quotes = quotesOf('Recall\n\nA spokeswoman for Loren Foods, Jane Park, declined to comment but said the company was reviewing the case.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Jane Park', 'the company was reviewing the case']]);
  });

  it('gives a pronoun with nobody named before it the person opening the next sentence', () => {
    const quotes = quotesOf(
      'Fire\n\n"This is a tragedy," she said. "We will rebuild."\n\nMaria Santos, 45, lost her home in the fire.\n\n"It hurts," he said. Later, the firefighters left.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Maria Santos', 'Maria Santos', null]);
  });

  it('reads a body whose head noun takes a complement with "and" as one body, which "the agency" then means', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'Measles\n\nMeasles cases have climbed to 912 this year, the Centers for Disease Control and Prevention said Wednesday. The agency warned that the outbreak could continue into the summer.',
      ),
    ).toEqual(['Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention']);
  });

  it('takes "the agency" for the body named earlier in its paragraph before the body heard last', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'Bird flu\n\nThe U.S. Department of Agriculture said the meat did not enter the food supply.\n\nThe World Health Organization has described the spread among mammals as worrying. In a statement this month, the agency said the overall public health risk was low.',
      ),
    ).toEqual(['U.S. Department of Agriculture', 'World Health Organization']);
  });

  it('gives a pronoun after a paragraph opening on a known description to that person, not to one the paragraph names later', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'Kings win\n\n"We kept believing," said Kings coach Marcus Ellery.\n\nThe coach singled out rookie center Tobi Adeyemi, who had 14 rebounds.\n\n"He cares about winning plays," he said.',
      ),
    ).toEqual(['Marcus Ellery', 'Marcus Ellery']);
  });

  it('reads the gender of a given name written with an accent ("Tomás" as "Tomas"), so that "she said" is not his', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'T\n\nRosalind Achterberg, 67, lost her home in the fire. Her neighbor Tomás Whitehorse said the county had been slow.\n\nOn a recent afternoon, she hung a sign by the door.\n\n"That\'s all I wanted," she said.',
      ),
    ).toEqual(['Tomás Whitehorse', 'Rosalind Achterberg']);
  });

  it('gives a surname two speakers share to the one the entity stage tied it to, not to the one heard last', () => {
    const quotes = quotesOf(
      'Title\n\nDoris Kettleman, 67, is cracking eggs into a bowl.\n\n“Twenty minutes, hon,” she says.\n\nFor most of this year, Kettleman and her son, Wade, have run it as a takeout kitchen.\n\nWade Kettleman, 41, came home from Billings to help run the place.\n\n“She had the note half-written,” he says.\n\nKettleman says the check-in calls started almost by accident.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Doris Kettleman', 'Wade Kettleman', 'Doris Kettleman']);
  });
});

describe('English pull quotes', () => {
  it('leaves the last speaker heard as it was past a pull quote repeating words reported elsewhere', () => {
    const quotes = quotesOf(
      [
        'Title',
        '“Fewer launches give a higher probability of mission success,” said Doug Cooke, a former NASA associate administrator, during a September hearing.',
        '“If you don’t have a big booster, you’re not going to make it,” Stafford said.',
        '“The rocket is not being used for what it was designed to do,” he continued.',
        'Tom Stafford, a member of the Apollo 10 crew, was adamant about heavy lift. “If you don’t have a big booster, you’re not going to make it,” he said at the hearing last week.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Doug Cooke', 'Tom Stafford', 'Doug Cooke', 'Tom Stafford']);
  });
});

describe('English pronouns and the genders of given names', () => {
  it('gives "she replied" to the woman, not to the man quoted last, by their given names', () => {
    const quotes = quotesOf(
      'Title\n\nMarisol Vantreese told the committee that she kept a log.\n\n"You sat on this for two years," Curtis Dahlgren said.\n\n"Because he was a judge and I was his clerk," she replied.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Marisol Vantreese', 'Curtis Dahlgren', 'Marisol Vantreese']);
  });
});

describe('English speakers first heard by a surname', () => {
  it('takes the gender of the given name once the full name is known', () => {
    const quotes = quotesOf(
      'Title\n\nChief executive Gwendolyn Price-Abara said the chain would close 31 stores.\n\nRaymond Osei, an analyst at Brightwater Securities, asked whether that was enough.\n\n"Thirty-one is a start. It is not a strategy," Osei told the chief executive.\n\nShe countered that the remaining stores were profitable.',
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Gwendolyn Price-Abara');
  });
});

describe('English "they" for a body', () => {
  it('goes on with a body or a body described, not with nobody', () => {
    const quotes = quotesOf(
      'Title\n\nThe health ministry said in a statement that 40 people had been admitted.\n\n"Hospitals are coping," they added.\n\nAcme Corp. said on Friday that the fee was undisclosed.\n\n"We are delighted to welcome him," they said.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['The health ministry', 'The health ministry', 'Acme Corp.', 'Acme Corp.']);
  });
});

describe('English "she" is never a group', () => {
  it('goes on with the woman quoted, past a group of researchers the quote left unattributed', () => {
    const quotes = quotesOf(
      [
        "Reef scientist on coral 'memory' study: 'This is the first good news we've had in years'",
        'Researchers from James Cook University found that colonies that had bleached and recovered were less likely to bleach again.',
        'Lead author Associate Professor Megan Tully described the effect as a kind of "thermal memory".',
        '"This is the first good news we\'ve had in years," Professor Tully told ABC News.',
        '"We\'ve spent a decade documenting decline. To see corals actually adapting, in real time, on a real reef — that\'s something."',
        'But she cautioned that the effect had limits.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Megan Tully');
  });
});

describe('English pronoun-led sentences naming someone else', () => {
  it('gives "she said" to the woman the paragraph is about when the sentence naming another opens on "She"', () => {
    const quotes = quotesOf(
      [
        'Title',
        'Neil Gaiman said the books deserved a new audience.',
        'An agreeable, funny woman in her 80s, Jane Starner lives in a retirement community in Indiana. She gave me an email address for Ford’s sister, Martha Fry. “I cannot believe Martha would not want his books back in print,” she said.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Neil Gaiman', 'Jane Starner']);
  });
});

describe('English pronouns with an auxiliary written onto them', () => {
  it('reads "he’d respond" as "he", which does not go on with a woman just quoted', () => {
    const quotes = quotesOf(
      'Title\n\nJo Walton explained the passages to me. "It makes it dense," she said.\n\nWhen his editors would ask him to explain himself more, he’d respond, "I have a horror of being obvious."',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Jo Walton', null]);
  });
});

describe('English "she" is no institution', () => {
  it('goes on with the woman quoted, past a body named by an institution word', () => {
    const quotes = quotesOf(
      'Title\n\n"I thought I would be back at work," says Hannah Ferreira, 41, a former teacher from Leeds.\n\nAn estimated 1.9 million people in the UK were living with long Covid, according to the Office for National Statistics. Ferreira is one of them.\n\n"Some days I can not follow the plot of a children’s programme," she says.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Hannah Ferreira', 'Office for National Statistics', 'Hannah Ferreira']);
  });
});

describe('English names in quotation marks are no antecedent', () => {
  it('does not give "she told" to a name inside a critic’s words', () => {
    const quotes = quotesOf(
      [
        "Moira Kettering obituary: Playwright who gave a voice to Lancashire's mill towns",
        'Moira Kettering, who has died aged 84, wrote plays about the people of the Lancashire cotton towns.',
        'Born in Oldham in 1940, she left school at 15. In a 1998 interview she said that the noise of the looms had been ‘the first music I ever knew’.',
        'Her death was announced by her publisher, Northgate Books, which said she had died peacefully in hospital on Sunday.',
        '‘Shuttle’ was described by one critic as ‘a kitchen-sink Chekhov’, a label she disliked. ‘I’ve never read Chekhov,’ she told an interviewer in 2003.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('Moira Kettering');
  });
});

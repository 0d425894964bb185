// Names in quotation marks after a possessive ("CNBC's "Trading Nation"") are titles, not speech: no quote of their
// own, and no clause for the attribution of the quotation before them.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('English titles in marks after a possessive', () => {
  it('keeps an attribution after a quotation from reading a show’s name as what was said', () => {
    const quotes = quotesOf(
      'Title\n\n"This is a stock that until this year had been getting clobbered," Maley said on CNBC\'s "Trading Nation" on Monday. "It was down for four straight years."',
    );
    expect(quotes.map((q) => q.text)).toEqual(['This is a stock that until this year had been getting clobbered,', 'It was down for four straight years.']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maley', 'Maley']);
  });

  it('reads a clause that quotes a possessed title as reported speech, not mixed', () => {
    const quotes = quotesOf('Title\n\nThe chairman said the company\'s "Project Horizon" would be delayed until next year.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe('indirect');
    // A description in lower case after a possessive is still someone's words.
    const words = quotesOf('Title\n\nThe chairman said the board\'s plan was "a reckless gamble with public money".');
    expect(words[0]?.kind).toBe('mixed');
  });
});

describe('English "as X notes," after an opening phrase', () => {
  it('reads the clause after "For example, as Herbert notes," as Herbert’s, as it does with no opening phrase', () => {
    for (const opening of ['', 'For example, ', 'In hindsight, ']) {
      const text = `Title\n\n${opening}${opening ? 'as' : 'As'} Herbert notes, being able to taste minute traces of pathogens would be useful.`;
      const quotes = quotesOf(text);
      expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Herbert', 'being able to taste minute traces of pathogens would be useful']]);
    }
    // (Not after an opening that holds a verb of saying: "Officials said on Monday, as Herbert notes, …" is theirs.)
    const officials = quotesOf('Title\n\nThe plan failed, officials said, as Herbert notes in his book.');
    expect(officials.map((q) => q.speaker?.name)).not.toContain('Herbert');
  });
});

describe('English "according to" between commas', () => {
  it('reads two sources joined by "and" inside the aside, with one word before it', () => {
    const quotes = quotesOf('Title\n\nThis, according to attendees and speakers, is both a problem and an opportunity.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['attendees and speakers']);
    expect(quotes[0]?.text).toContain('is both a problem and an opportunity');
  });

  it('leaves a relative clause about the source out of what it said', () => {
    const quotes = quotesOf('Title\n\nPasteurized milk is safe, according to the Food and Drug Administration, which tested hundreds of retail samples.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Food and Drug Administration', 'Pasteurized milk is safe']]);
    const officials = quotesOf(
      'Title\n\nThe deal would tie normalisation to a series of steps, according to two officials and a diplomat, all of whom spoke on condition of anonymity.',
    );
    expect(officials[0]?.text).toBe('The deal would tie normalisation to a series of steps');
  });
});

describe('English subjects whose capitals modify a lower-case head', () => {
  it('reads "Three Republican senators" and "Halvard officials" whole, a plural noun heading them', () => {
    const quotes = quotesOf('Title\n\nThree Republican senators said the plan would fail. Halvard officials said the plant would open.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Three Republican senators', 'Halvard officials']);
  });

  it('reads the body a name in the possessive owns: "Chile’s central bank kept … and said", "Britain\'s foreign ministry"', () => {
    const quotes = quotesOf(
      "Title\n\nChile’s central bank kept its rate unchanged and said it would need more evidence. Britain's foreign ministry summoned the envoy and said the move was unacceptable.",
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Chile’s central bank', "Britain's foreign ministry"]);
    // (A person named alone still speaks alone.)
    expect(quotesOf('Title\n\nJoe Smith said the plan would fail.')[0]?.speaker?.name).toBe('Joe Smith');
  });
});

describe('English names in marks before a verb', () => {
  it('attributes no quotation to a nickname in marks before the verb, and still to a one-word reply', () => {
    const quotes = quotesOf(
      'Title\n\nHalloran, once a fixture at industry conferences where admirers called him the "Yield King," pleaded guilty in May to wire fraud.',
    );
    expect(quotes).toEqual([]);
    const reply = quotesOf('Title\n\nAsked whether he would resign, the minister paused. "No," he said. "Not today."');
    expect(reply.map((q) => q.text)).toEqual(['No,', 'Not today.']);
  });
});

describe('English "asked whether" after a name', () => {
  it('reads "Holloway, asked later whether …, shrugged" as the one asked, and her reply after it as hers', () => {
    const quotes = quotesOf(
      'Title\n\nSen. Margaret Holloway and Sen. Joan Pruitt blamed each other.\n\n“My door is open,” Pruitt said.\n\nHolloway, asked later whether she would return to the table, shrugged. “Sure,” she said.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Joan Pruitt', 'My door is open,'],
      ['Margaret Holloway', 'Sure,'],
    ]);
  });
});

describe('English weak cues after a quotation', () => {
  it('reads a phrase that names no one after "promises", "showed", "pleaded" as the object, not the speaker', () => {
    const quotes = quotesOf(
      'Title\n\nThe film’s marketing tagline, “Some lights never go out,” promises a sentimentality that the movie itself mostly avoids.',
    );
    expect(quotes).toEqual([]);
    // (A description with its name in apposition still speaks: '"…?" asked the moderator, Keisha Townsend-Bey.')
    const asked = quotesOf('Title\n\n“Mr. Ashcombe, you voted for the bill. Was that a mistake?” asked the moderator, Keisha Townsend-Bey of WRIC-TV.');
    expect(asked.map((q) => q.speaker?.name)).toEqual(['Keisha Townsend-Bey']);
  });
});

describe('English names closing a lower-case role in apposition', () => {
  it('gives "Another diplomat, former special envoy to Ukraine Kurt Volker, called … and said" to Volker', () => {
    const quotes = quotesOf(
      'Title\n\nAnother diplomat, former special envoy to Ukraine Kurt Volker, called the meeting tense and said Sondland did discuss investigations. The delegation head, retired general Omar Bakri, called the deal fragile and said implementation would take months.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Kurt Volker', 'Omar Bakri']);
  });

  it('gives "…, former special envoy to Ukraine Kurt Volker, shifted his account … to say" to Volker, and leaves a role with no name in it alone', () => {
    const quotes = quotesOf(
      'Title\n\nAnother diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the meeting to say Sondland did discuss investigations.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Kurt Volker']);
    expect(quotesOf('Title\n\nThe minister, a former banker, said the plan would work.')[0]?.speaker?.name).toBe('The minister');
  });
});

// English attributions that are not "said": quoted descriptions ("called the plan "…"",
// "describing her as "…""), a participle with a quotation of its own, reporting verbs such as
// "quipped", and a preposition taking an -ing form, which is no setting.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('English quoted descriptions and other cues', () => {
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
    expect(quotesOf('Title\n\nShe called it "unfair" and left the room.')).toHaveLength(0);
  });

  it('starts a direct quote at a participle followed by a quotation', () => {
    const quotes = quotesOf('Title\n\nNoem later tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”');
    expect(quotes.map((q) => q.kind)).toEqual(['mixed', 'direct']);
    expect(quotes[1]?.text).toBe('we need everyone on it.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Noem', 'Noem']);
  });

  it('keeps "adding that" inside the clause it continues', () => {
    const quotes = quotesOf('Title\n\nThe minister said the talks were over, adding that no date had been set.');
    expect(quotes).toHaveLength(1);
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
});

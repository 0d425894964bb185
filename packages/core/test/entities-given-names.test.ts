// English names the tagger leaves: a given name read one way and the capitalised surname after it
// («Kristi Noem said», «Jose Mourinho has agreed»), but no team, school or place that opens with a
// given name («Charlotte Hornets», «Virginia Tech»).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';

const names = (text: string) => parseArticle(text).entities.map((e) => `${e.kind}:${e.name}`);

describe('English given names', () => {
  it('reads a given name and the surname after it as a person, at a sentence start too', () => {
    const found = names('Title\n\nKristi Noem said she was happy with the campaign.\n\nJose Mourinho has agreed a deal with the club.');
    expect(found).toContain('person:Kristi Noem');
    expect(found).toContain('person:Jose Mourinho');
  });

  it('reads no person in a name whose next word training knew only as a place or an organisation', () => {
    const found = names('Title\n\nVirginia Tech won the game on Saturday. Austin Police said no one was hurt.');
    expect(found.filter((n) => n.startsWith('person:'))).toEqual([]);
  });

  it('reads a lone unknown word that speaks or employs as a company, not as a place', () => {
    const found = names(
      "Title\n\nPfizer said Monday its vaccine was effective.\n\nShares of Zentrix fell 3 percent. Zentrix's chief executive resigned on Monday.",
    );
    expect(found).toContain('organization:Pfizer');
    expect(found).toContain('organization:Zentrix');
  });
});

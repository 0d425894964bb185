import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { articleDocumentSchema } from '../src/model/schema.js';
import { parseArticle } from '../src/parse-article.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(articleDocumentSchema);

const ARABIC = readFileSync(new URL('./fixtures/text/minister-budget.ar.txt', import.meta.url), 'utf8');
const ENGLISH = readFileSync(new URL('./fixtures/text/harbour-storm.en.txt', import.meta.url), 'utf8');

describe('JSON Schema', () => {
  it('accepts real documents, Arabic and English, after a JSON round trip', () => {
    for (const text of [ARABIC, ENGLISH, '', 'one line only']) {
      const doc = JSON.parse(JSON.stringify(parseArticle(text)));
      const ok = validate(doc);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects documents that break the contract', () => {
    const doc = JSON.parse(JSON.stringify(parseArticle(ENGLISH)));
    doc.dir = 'up';
    expect(validate(doc)).toBe(false);
    const doc2 = JSON.parse(JSON.stringify(parseArticle(ENGLISH)));
    delete doc2.children[0].children[0].position;
    expect(validate(doc2)).toBe(false);
    const doc3 = JSON.parse(JSON.stringify(parseArticle(ENGLISH)));
    doc3.quotes.push({ id: 'q9', kind: 'rumour', text: '', position: doc3.position, paragraphId: 'p1', cue: null, speaker: null, confidence: 2 });
    expect(validate(doc3)).toBe(false);
  });
});

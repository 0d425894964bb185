import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { articleEntities, articleParse, articleQuotes, articleStringify } from '../src/plugins.js';
import { expectValid } from './helpers.js';

const ARABIC = readFileSync(new URL('./fixtures/text/minister-budget.ar.txt', import.meta.url), 'utf8');

describe('unified plugins', () => {
  it('give the same document as parseArticle', async () => {
    const processor = unified().use(articleParse).use(articleQuotes).use(articleEntities);
    const tree = await processor.run(processor.parse(ARABIC));
    // Entities run before quotes inside parseArticle; as plugins, the order is the user's.
    const direct = parseArticle(ARABIC);
    expect(tree.children).toEqual(direct.children);
    expect(tree.title).toEqual(direct.title);
    expect(tree.quotes.map((q) => q.text)).toEqual(direct.quotes.map((q) => q.text));
    expect(tree.entities.map((e) => e.name)).toEqual(direct.entities.map((e) => e.name));
    expectValid(tree);
  });

  it('stringify to each format and report messages on the file', async () => {
    const md = await unified().use(articleParse).use(articleStringify, { format: 'md' }).process(ARABIC);
    expect(String(md).startsWith('# وزير المالية')).toBe(true);
    const json = await unified().use(articleParse).use(articleStringify).process(ARABIC);
    expect(JSON.parse(String(json)).lang).toBe('ar');
    const empty = await unified().use(articleParse).use(articleStringify, { format: 'text' }).process('   ');
    expect(empty.messages.map((m) => m.ruleId)).toContain('empty-input');
    expect(String(empty)).toBe('');
  });
});

describe('structure first, annotations after', () => {
  it('annotateArticle on parseStructure gives what parseArticle gives', async () => {
    const { annotateArticle, parseStructure } = await import('../src/parse-article.js');
    const staged = annotateArticle(parseStructure(ARABIC));
    const direct = parseArticle(ARABIC);
    expect(staged).toEqual(direct);
    expect(staged.entities.length).toBeGreaterThan(0);
  });
});

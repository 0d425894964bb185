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

  it('decode a file of bytes as parseArticle does: invalid UTF-8 and a declared charset are reported', async () => {
    const { VFile } = await import('vfile');
    const bytes = new TextEncoder().encode(ARABIC);
    // A lone continuation byte in the middle of the first paragraph.
    const cut = bytes.indexOf(0x0a) + 5;
    const broken = new Uint8Array([...bytes.slice(0, cut), 0x80, ...bytes.slice(cut)]);
    const file = await unified()
      .use(articleParse)
      .use(articleStringify, { format: 'text' })
      .process(new VFile({ value: broken }));
    const direct = parseArticle(broken);
    expect(direct.messages.map((m) => m.ruleId)).toContain('invalid-utf8');
    expect(file.messages.map((m) => m.ruleId)).toContain('invalid-utf8');
    // windows-1256 bytes for «قال» under a declared charset: decoded as Arabic, not as mojibake.
    const html = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1256"><title>t</title></head><body><article><p>'),
      0xde,
      0xc7,
      0xe1,
      0x20,
      0xde,
      0xc7,
      0xe1,
      0x20,
      0xde,
      0xc7,
      0xe1,
      ...new TextEncoder().encode('</p></article></body></html>'),
    ]);
    const tree = unified()
      .use(articleParse)
      .parse(new VFile({ value: html }));
    expect(tree.text).toBe(parseArticle(html).text);
    expect(tree.text).toContain('قال');
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

// Named entities: exact-span P/R/F1 of the shipped taggers on the held-out dev splits (tokens as
// the corpora give them), tagging speed, and entity-level scores of the whole entity stage on the
// seed article against a hand-made gold file (eval/gold/seed-entities.json). Needs ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const name = 'ner: named entities (dev splits, seed article)';

const fmt = (x) => x.toFixed(3);

export { pipelinePairs };

export async function run({ shared, root }) {
  if (!shared) return ['skipped: ../shared/corpora not found'];
  const core = join(root, 'packages', 'core');
  const { arabicCorpora, englishCorpora } = await import(join(core, 'scripts', 'train-corpora.mjs'));
  const { score } = await import(join(core, 'scripts', 'train-perceptron.mjs'));
  const { taggerFor } = await import(join(core, 'dist', 'annotate', 'entities', 'find-mentions.js'));
  const { arabicEntities } = await import(join(core, 'dist', 'lang', 'ar', 'entities', 'index.js'));
  const { englishEntities } = await import(join(core, 'dist', 'lang', 'en', 'entities', 'index.js'));
  const { documentDescriptors, documentFeatures } = await import(join(core, 'dist', 'annotate', 'entities', 'document-pass.js'));
  const { SequenceTagger } = await import(join(core, 'dist', 'annotate', 'entities', 'sequence-tagger.js'));
  const { parseArticle, checkArticle, normalizeArabic } = await loadCore(core);
  const lines = ['| split | type | P | R | F1 | gold |', '|---|---|---|---|---|---|'];
  const speed = [];
  for (const [lang, corpora] of [
    [arabicEntities, arabicCorpora(shared)],
    [englishEntities, englishCorpora(shared)],
  ]) {
    const tagger = taggerFor(lang);
    for (const [split, sentences] of Object.entries(corpora.dev)) {
      const started = performance.now();
      const pairs = sentences.map((s) => ({ gold: s.tags, guess: [...tagger.tag(s.words)].map((t) => tagger.tags[t]) }));
      const cold = performance.now() - started;
      // Warm: the per-word cache filled, as in a long-running process.
      const again = performance.now();
      for (const s of sentences) tagger.tag(s.words);
      const warm = performance.now() - again;
      const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
      speed.push(`${split}: ${tokens} tokens, ${Math.round(tokens / (cold / 1000))} tokens/s first pass, ${Math.round(tokens / (warm / 1000))} tokens/s warm`);
      const firstMain = score(pairs, ['PER', 'ORG', 'LOC']);
      speed.push(`${split}: first pass alone (no document pass) micro-F1 PER/ORG/LOC ${fmt(firstMain.micro.f)}`);
      secondPass(lang, sentences, pairs, documentDescriptors, documentFeatures, SequenceTagger);
      const r = score(pairs, ['PER', 'ORG', 'LOC', 'MISC']);
      const main = score(pairs, ['PER', 'ORG', 'LOC']);
      for (const t of ['PER', 'ORG', 'LOC', 'MISC'])
        lines.push(`| ${split} | ${t} | ${fmt(r[t].p)} | ${fmt(r[t].r)} | ${fmt(r[t].f)} | ${r[t].tp + r[t].fn} |`);
      lines.push(
        `| ${split} | **micro PER/ORG/LOC** | ${fmt(main.micro.p)} | ${fmt(main.micro.r)} | **${fmt(main.micro.f)}** | ${main.micro.tp + main.micro.fn} |`,
      );
    }
  }
  lines.push('', 'Whole entity stage (tagger + rules + document-level matching + clusters) on the same dev splits,');
  lines.push('read as articles of 20 consecutive sentences (the corpora keep no article borders), one paragraph per sentence:');
  lines.push('| split | P | R | F1 (PER/ORG/LOC micro) |', '|---|---|---|---|');
  for (const corpora of [arabicCorpora(shared), englishCorpora(shared)]) {
    for (const [split, sentences] of Object.entries(corpora.dev)) {
      const r = score(pipelinePairs(sentences, parseArticle), ['PER', 'ORG', 'LOC']);
      lines.push(`| ${split} | ${fmt(r.micro.p)} | ${fmt(r.micro.r)} | **${fmt(r.micro.f)}** |`);
    }
  }
  lines.push('', 'Tagging speed (one core, model decoded beforehand):', ...speed.map((s) => `- ${s}`));
  lines.push('', ...seedScores(shared, core, parseArticle, checkArticle, normalizeArabic));
  return lines;
}

/**
 * The tagger's document pass over the split read as documents of 20 sentences (as the whole
 * stage below reads them): replaces the guesses of `pairs` in place.
 */
function secondPass(lang, sentences, pairs, documentDescriptors, documentFeatures, SequenceTagger) {
  const model = lang.documentModel?.();
  if (!model) return;
  const second = new SequenceTagger(model, documentFeatures, documentFeatures.hashes);
  const caseOf = (w) => (/^\p{Lu}/u.test(w) ? 1 : /^\p{Ll}/u.test(w) ? 2 : 0);
  for (let at = 0; at < sentences.length; at += 20) {
    const doc = sentences.slice(at, at + 20).map((s, k) => ({
      keys: s.words.map((w) => (/[\p{L}\p{N}]/u.test(w) ? lang.wordKey(w) : '')),
      tags: pairs[at + k].guess,
      cases: lang.code === 'ar' ? undefined : Uint8Array.from(s.words, caseOf),
    }));
    documentDescriptors(doc, second.tags).forEach((words, k) => {
      if (words) pairs[at + k].guess = [...second.tag(words)].map((t) => second.tags[t]);
    });
  }
}

const KIND_TAG = { person: 'PER', organization: 'ORG', location: 'LOC', misc: 'MISC' };

/**
 * Runs parseArticle on the corpus sentences (joined by spaces, 20 to an article) and turns the
 * entity mentions back into BIO tags over the corpus tokens. A mention that starts inside a token
 * (a proclitic stripped) starts at that token, as the corpora tag whole tokens.
 */
function pipelinePairs(sentences, parseArticle) {
  const pairs = [];
  for (let at = 0; at < sentences.length; at += 20) {
    const chunk = sentences.slice(at, at + 20);
    let text = '';
    const offsets = [];
    for (const s of chunk) {
      const starts = [];
      s.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        starts.push([text.length, text.length + w.length]);
        text += w;
      });
      offsets.push(starts);
      text += '\n';
    }
    const doc = parseArticle(text, { quotes: false });
    const guesses = chunk.map((s) => s.words.map(() => 'O'));
    for (const entity of doc.entities) {
      const tag = KIND_TAG[entity.kind];
      if (!tag) continue;
      for (const m of entity.mentions) {
        const ms = m.position.start.offset;
        const me = m.position.end.offset;
        offsets.forEach((starts, k) => {
          const first = starts.findIndex(([s, e]) => e > ms && s <= ms);
          const last = starts.findIndex(([, e]) => e === me);
          if (first >= 0 && last >= first) for (let i = first; i <= last; i++) guesses[k][i] = (i === first ? 'B-' : 'I-') + tag;
        });
      }
    }
    for (let k = 0; k < chunk.length; k++) pairs.push({ gold: chunk[k].tags, guess: guesses[k] });
  }
  return pairs;
}

async function loadCore(core) {
  const index = await import(join(core, 'dist', 'index.js'));
  const { normalizeArabic } = await import(join(core, 'dist', 'lang', 'normalize-arabic.js'));
  return { ...index, normalizeArabic };
}

/**
 * Entity-level scores on the seed: a predicted entity of a scored kind is right when its name or
 * an alias is one of the gold entity's names and the kinds agree; a second entity for the same
 * referent counts as a false positive (duplicates are errors).
 */
function seedScores(shared, core, parseArticle, checkArticle, normalizeArabic) {
  const gold = JSON.parse(readFileSync(join(core, 'eval', 'gold', 'seed-entities.json'), 'utf8'));
  const text = readFileSync(join(shared, gold.article), 'utf8');
  const key = (s) => normalizeArabic(s).replace(/\s+/g, ' ').trim();
  const doc = parseArticle(text);
  const runs = 20;
  const started = performance.now();
  for (let i = 0; i < runs; i++) parseArticle(text);
  const withEntities = (performance.now() - started) / runs;
  const bare = performance.now();
  for (let i = 0; i < runs; i++) parseArticle(text, { entities: false });
  const without = (performance.now() - bare) / runs;
  const kinds = ['person', 'organization', 'location', 'date'];
  const counts = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const matched = new Set();
  const extras = [];
  for (const entity of doc.entities) {
    if (!kinds.includes(entity.kind)) continue;
    const forms = new Set([entity.name, ...entity.aliases].map(key));
    const hit = gold.entities.findIndex((g, i) => !matched.has(i) && g.kind === entity.kind && g.names.some((n) => forms.has(key(n))));
    if (hit >= 0) {
      matched.add(hit);
      counts[entity.kind].tp++;
    } else {
      counts[entity.kind].fp++;
      extras.push(`${entity.kind} «${entity.name}»`);
    }
  }
  const missed = [];
  gold.entities.forEach((g, i) => {
    if (!matched.has(i)) {
      counts[g.kind].fn++;
      missed.push(`${g.kind} «${g.names[0]}»`);
    }
  });
  const lines = ['Seed article, entity level (hand gold: ' + gold.entities.length + ' entities):', '| kind | P | R | F1 | gold |', '|---|---|---|---|---|'];
  let macro = 0;
  for (const k of kinds) {
    const { tp, fp, fn } = counts[k];
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    macro += f / kinds.length;
    lines.push(`| ${k} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} | ${tp + fn} |`);
  }
  lines.push(`| **macro-F1** | | | **${fmt(macro)}** | |`);
  lines.push(`- missed: ${missed.join(', ') || 'none'}`);
  lines.push(`- not in gold (or wrong kind / duplicate): ${extras.join(', ') || 'none'}`);
  lines.push(`- invariants (checkArticle): ${checkArticle(doc).length === 0 ? 'ok' : JSON.stringify(checkArticle(doc).slice(0, 3))}`);
  lines.push(
    `- parse time on the seed: ${withEntities.toFixed(2)} ms with entities, ${without.toFixed(2)} ms without (entity stage ≈ ${(withEntities - without).toFixed(2)} ms)`,
  );
  return lines;
}

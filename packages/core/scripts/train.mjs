// `npm run train`: trains the Arabic and English entity taggers on ../shared/corpora and writes
// the files the package ships under src/lang/<code>/models/ (gazetteers, Arabic word list,
// tagger weights). Reproducible: fixed seed, fixed epochs, sorted inputs. `--tune` holds the tune
// split out and prints scores on it (how the settings were chosen); the shipped model trains on
// train + tune. The dev splits are never trained on: `npm run eval ner` scores them.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeGazetteers } from './gazetteers.mjs';
import { clustersText, textSentences, wordClusters } from './train-clusters.mjs';
import { arabicCorpora, englishCorpora, TAGS, TYPES } from './train-corpora.mjs';

const root = resolve(import.meta.dirname, '..');
const shared = process.env.MAQAL_SHARED ?? resolve(root, '../../../shared');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** `--tune`: keep the tune split out of training to choose settings; without it (the shipped model) it trains too. */
const TUNING = process.argv.includes('--tune');
/**
 * Passes over the training data, per language. Chosen on tune (English, 3 runs): 14 epochs
 * 0.6709, 10 0.6773, 7 0.6815, 5 0.6857 (whole stage 0.7200), 4 and 3 0.6901 (stage 0.7117 at 10
 * → 0.7245 at 4); Arabic: 14 0.7062, 10 0.7080 (3 runs); 6 0.7067, 10 0.7110 (5 runs).
 */
const EPOCH_COUNTS = process.env.EPOCHS ? { ar: Number(process.env.EPOCHS), en: Number(process.env.EPOCHS) } : { ar: 10, en: 4 };
let EPOCHS = EPOCH_COUNTS.ar;
/**
 * How many times per epoch each language's in-domain corpus (the one its tune split is from) is
 * seen. Chosen on tune: twice helps Arabic (ANERcorp among AQMAR and Wojood), not English.
 */
const IN_DOMAIN = process.env.IN_DOMAIN ? { ar: Number(process.env.IN_DOMAIN), en: Number(process.env.IN_DOMAIN) } : { ar: 2, en: 1 };
const SEED = 20261129;
/** Weights smaller than this share of the largest are dropped from the shipped model. */
const PRUNE = Number(process.env.PRUNE ?? 0.004);
const DOC_EPOCHS = Number(process.env.DOC_EPOCHS ?? 10);
/**
 * BILOU=1 trains BILOU tags (Ratinov & Roth 2009; the tagger still answers in BIO). Not shipped:
 * on tune with 3 runs averaged ar 0.7080 → 0.7012, en 0.6773 → 0.6710 (one run: ar 0.6957 →
 * 0.7101 but 0.6933, 0.6965 with other orders; en 0.6645 → 0.6667), and a model half again as big.
 */
const BILOU = process.env.BILOU === '1';
const MODEL_TAGS = BILOU ? ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))] : TAGS;
const modelTagsOf = (tags) => (BILOU ? toBilou(tags) : tags);
/**
 * Training runs (shuffles) whose averaged weights are averaged into the shipped model, per
 * language. Chosen on tune: 1 → 3 runs ar 0.6957 → 0.7080, en 0.6645 → 0.6773; 5 runs ar 0.7110
 * (whole stage 0.7259 → 0.7266), en 0.6688; 7 runs ar 0.7053. So Arabic averages 5, English 3.
 */
const ENSEMBLES = process.env.ENSEMBLE ? { ar: Number(process.env.ENSEMBLE), en: Number(process.env.ENSEMBLE) } : { ar: 5, en: 3 };
let ENSEMBLE = ENSEMBLES.ar;
/**
 * Languages that get the second (document) pass. Chosen on tune: over one first-pass run it gave
 * Arabic 0.6957 → 0.6982 and English 0.6645 → 0.6625; over the 3-run first pass (first pass and
 * its jackknife halves alike) Arabic 0.7080 → 0.7053, so neither ships it now (an empty module).
 * `DOCUMENT_PASS=ar,en npm run train -- --tune` scores it again.
 */
const DOCUMENT_PASS = new Set((process.env.DOCUMENT_PASS ?? '').split(',').filter(Boolean));

const modelPath = (code, file) => join(root, 'src', 'lang', code, 'models', file);
/** tsc emits even when some other module of the tree does not typecheck; say so and go on. */
const build = () => {
  try {
    execSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    console.warn(`tsc reported errors (emitted anyway):\n${String(error.stdout ?? '').slice(0, 2000)}`);
  }
};

writeGazetteers();
for (const code of ['ar', 'en']) {
  // The language modules import their model; a first run needs something there to compile.
  if (!existsSync(modelPath(code, 'entity-tagger.ts'))) writeModel(code, '');
}
if (!existsSync(modelPath('ar', 'entity-lexicon.ts'))) writeFileSync(modelPath('ar', 'entity-lexicon.ts'), lexiconModule(''));
for (const code of ['ar', 'en']) if (!existsSync(modelPath(code, 'entity-names.ts'))) writeFileSync(modelPath(code, 'entity-names.ts'), priorModule(code, ''));
// The Arabic language module imports its document pass (empty when none is trained).
if (!existsSync(modelPath('ar', 'entity-document.ts'))) writeFileSync(modelPath('ar', 'entity-document.ts'), documentModule(''));
for (const code of ['ar', 'en'])
  if (!existsSync(modelPath(code, 'entity-clusters.ts'))) writeFileSync(modelPath(code, 'entity-clusters.ts'), clustersModule(code, ''));
build();

const { normalizeArabic } = await import('../dist/lang/normalize-arabic.js');
const { parseLexicon } = await import('../dist/lang/ar/entities/lexicon.js');
const { createNameStart } = await import('../dist/lang/ar/entities/name-start.js');
const { arabicStemKey, createArabicFeatures } = await import('../dist/lang/ar/entities/features.js');
const { createEnglishFeatures } = await import('../dist/lang/en/entities/features.js');
const { parseNamePrior, parseWordClusters, PRIOR_TYPES } = await import('../dist/lang/name-prior.js');
const { encodeModel } = await import('../dist/annotate/entities/tagger-model.js');
const { bioOf, FeatureIndex, Perceptron, random, score, toBilou } = await import('./train-perceptron.mjs');
const { documentDescriptors, documentFeatures } = await import('../dist/annotate/entities/document-pass.js');

/** Sentences per document for the second pass: the corpora keep no article borders, so runs of 20 (as `eval ner` reads them). */
const DOC = 20;

function documentModule(base64) {
  return `// Generated by scripts/train.mjs: the second (document) pass of the entity tagger (see LICENSE-MODELS.md). Do not edit.\nexport const ENTITY_DOCUMENT: string = ${JSON.stringify(base64)};\n`;
}

const isWordToken = (w) => /[\p{L}\p{N}]/u.test(w);
/** 1 capitalised, 2 lower case first letter, 0 no case (as the stage marks tokens). */
const caseOf = (w) => (/^\p{Lu}/u.test(w) ? 1 : /^\p{Ll}/u.test(w) ? 2 : 0);

/**
 * Second-pass descriptors of sentences read as documents of DOC sentences, from their first-pass
 * tags (one array of tag strings per sentence).
 */
function descriptorsOf(sentences, firstPass, docKeyOf, cased) {
  const out = [];
  for (let at = 0; at < sentences.length; at += DOC) {
    const doc = sentences.slice(at, at + DOC).map((s, k) => ({
      keys: s.words.map((w) => (isWordToken(w) ? docKeyOf(w) : '')),
      tags: firstPass[at + k],
      cases: cased ? Uint8Array.from(s.words, caseOf) : undefined,
    }));
    out.push(...documentDescriptors(doc, TAGS));
  }
  return out;
}

function lexiconModule(text) {
  return `// Generated by scripts/train.mjs: normalised Arabic word forms and their counts in the training text\n// (ANERcorp CC BY-SA 4.0, AQMAR CC BY-SA 3.0, Wojood sample MIT). Do not edit.\nexport const WORD_COUNTS: string = ${JSON.stringify(text)};\n`;
}

function priorModule(code, text) {
  const source =
    code === 'ar' ? 'ANERcorp CC BY-SA 4.0, AQMAR CC BY-SA 3.0, Wojood sample MIT' : 'wikigold CC BY 4.0, CrossNER MIT, GUM CC BY 4.0, UNER CC BY-SA 4.0';
  return `// Generated by scripts/train.mjs: how often each word was part of a name in the training text\n// (${source}). Do not edit.\nexport const NAME_PRIOR: string = ${JSON.stringify(text)};\n`;
}

/**
 * The name prior of a set of sentences: for each word key, the entity types it was part of, with a
 * bucket for how often. Words seen only outside names are left out (absence means that).
 */
function namePrior(sentences, keyOf) {
  const counts = new Map();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const key = keyOf(w);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { total: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 }));
      c.total++;
      const tag = s.tags[i];
      if (tag !== 'O') c[tag.slice(2)]++;
    });
  }
  const lines = [];
  for (const [key, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let classes = '';
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const share = c[type] / c.total;
      if (share >= 0.7) classes += PRIOR_TYPES[type] + '2';
      else if (share >= 0.3) classes += PRIOR_TYPES[type] + '1';
    }
    if (classes && !key.includes('\t') && !key.includes('\n')) lines.push(`${key}\t${classes}`);
  }
  return lines.join('\n');
}

/**
 * Writes a shipped model file; a `--tune` run only scores settings and writes nothing, unless
 * TUNE_WRITE=1 (models held out from tune, to score the whole stage on it: never to ship).
 */
function writeShipped(path, text) {
  if (!TUNING || process.env.TUNE_WRITE === '1') writeFileSync(path, text);
}

function clustersModule(code, text) {
  const source =
    code === 'ar'
      ? 'the words of ANERcorp CC BY-SA 4.0, AQMAR CC BY-SA 3.0, Wojood sample MIT'
      : 'the words of wikigold CC BY 4.0, CrossNER MIT, GUM CC BY 4.0, UNER CC BY-SA 4.0, article-extraction-benchmark MIT';
  return `// Generated by scripts/train.mjs: word clusters learned from unlabeled text\n// (${source}). Do not edit.\nexport const WORD_CLUSTERS: string = ${JSON.stringify(text)};\n`;
}

/**
 * Clusters of the training text's words (their tags unused), plus extra unlabeled sentences; the
 * dev splits are left out. Written to the model folder and returned as the features' lookup.
 */
function clustersFor(code, corpora, keyOf, extra = []) {
  const sentences = [...corpora.train, ...corpora.tune].map((s) => s.words).concat(extra);
  const started = performance.now();
  // CLUSTER_CACHE=<dir>: tuning runs reuse the clusters (the same text whatever the tagger settings).
  const cached = process.env.CLUSTER_CACHE ? join(process.env.CLUSTER_CACHE, `clusters-${code}.txt`) : undefined;
  const text = cached && existsSync(cached) ? readFileSync(cached, 'utf8') : clustersText(wordClusters(sentences, keyOf, { seed: SEED }));
  if (cached) writeFileSync(cached, text);
  writeShipped(modelPath(code, 'entity-clusters.ts'), clustersModule(code, text));
  console.log(`${code}: clusters of ${text.split('\n').length} words · ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return parseWordClusters(text);
}

/** English news text without tags (article-extraction-benchmark's ground truth, MIT): more contexts for the clusters. */
function englishNewsSentences() {
  const path = join(shared, 'corpora', 'article-extraction-benchmark', 'ground-truth.json');
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8'));
  return Object.keys(truth)
    .sort()
    .flatMap((id) => textSentences(truth[id].articleBody ?? ''));
}

function writeModel(code, base64) {
  writeShipped(
    modelPath(code, 'entity-tagger.ts'),
    `// Generated by scripts/train.mjs (see LICENSE-MODELS.md). Do not edit.\nexport const ENTITY_TAGGER: string = ${JSON.stringify(base64)};\n`,
  );
}

/** Normalised word counts of the Arabic training text: words seen twice or more. */
function arabicLexicon(sentences) {
  const counts = new Map();
  for (const s of sentences) for (const w of s.words) counts.set(normalizeArabic(w), (counts.get(normalizeArabic(w)) ?? 0) + 1);
  const lines = [...counts]
    .filter(([w, c]) => c >= 2 && /[\u0621-\u064a]/.test(w) && !w.includes(' '))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w, c]) => `${w} ${c}`);
  return lines.join('\n');
}

/**
 * ENSEMBLE runs over the same data in different orders (seeds `seed + 7919 k`), their averaged
 * weights averaged again: one model of the same size, less dependent on the order one run
 * happened to see. `onEpoch(run index, epoch, errors, perceptron)` reports progress.
 */
function trainRuns(data, index, seed, onEpoch = () => {}) {
  let model;
  for (let k = 0; k < ENSEMBLE; k++) {
    const run = new Perceptron(MODEL_TAGS, index);
    const rand = random(seed + 7919 * k);
    for (let e = 1; e <= EPOCHS; e++) onEpoch(k, e, run.epoch(data, rand), run);
    run.average();
    if (!model) model = run;
    else {
      for (let i = 0; i < model.avgW.length; i++) model.avgW[i] += run.avgW[i];
      for (let i = 0; i < model.avgTw.length; i++) model.avgTw[i] += run.avgTw[i];
    }
  }
  for (let i = 0; i < model.avgW.length; i++) model.avgW[i] /= ENSEMBLE;
  for (let i = 0; i < model.avgTw.length; i++) model.avgTw[i] /= ENSEMBLE;
  return model;
}

/**
 * Trains one language. The name prior is jackknifed: sentences of one half see a prior built from
 * the other half only, so the tagger learns how far a prior seen on *other* text can be trusted;
 * the shipped prior (and the tune split) use all training sentences.
 */
function train(code, corpora, featuresWith, keyOf, docKeyOf, cased) {
  ENSEMBLE = ENSEMBLES[code];
  EPOCHS = EPOCH_COUNTS[code];
  if (!TUNING) corpora = { ...corpora, train: [...corpora.train, ...corpora.tune], inDomain: [...corpora.inDomain, ...corpora.tune] };
  const halves = [0, 1].map((h) => corpora.train.filter((_, i) => i % 2 === h));
  const full = namePrior(corpora.train, keyOf);
  writeShipped(modelPath(code, 'entity-names.ts'), priorModule(code, full));
  const folds = [namePrior(halves[1], keyOf), namePrior(halves[0], keyOf), full].map((text) => featuresWith(parseNamePrior(text)));
  const index = new FeatureIndex(folds);
  const tagId = new Map(MODEL_TAGS.map((t, i) => [t, i]));
  const encode = (s, fold) => ({ ids: index.encode(s.words, fold), gold: Uint8Array.from(modelTagsOf(s.tags), (t) => tagId.get(t)) });
  const data = corpora.train.map((s, i) => ({ ...encode(s, i % 2), sentence: i }));
  // The in-domain sentences again (same fold as their first copy), so their conventions weigh more.
  const fold = new Map(corpora.train.map((s, i) => [s, i]));
  for (let k = 1; k < IN_DOMAIN[code]; k++) for (const s of corpora.inDomain) data.push({ ...encode(s, fold.get(s) % 2), sentence: fold.get(s) });
  index.frozen = true;
  const tune = corpora.tune.map((s) => encode(s, 2));
  const started = performance.now();
  const tuneScore = (p) =>
    score(
      tune.map((s, i) => ({ gold: corpora.tune[i].tags, guess: [...p.predict(s.ids, s.gold.length, true)].map((t) => bioOf(MODEL_TAGS[t])) })),
      ['PER', 'ORG', 'LOC'],
    );
  const label = TUNING ? 'tune' : 'tune (trained on, not a score)';
  const perceptron = trainRuns(data, index, SEED, (k, e, errors, run) => {
    if (k > 0 && e < EPOCHS) return;
    run.average();
    const r = tuneScore(run);
    console.log(
      `${code} run ${k + 1} epoch ${e}: ${errors} sentences wrong; ${label} micro-F1 (PER/ORG/LOC) ${r.micro.f.toFixed(4)} · ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });
  const r = tuneScore(perceptron);
  console.log(`${code} model (${ENSEMBLE} run${ENSEMBLE > 1 ? 's' : ''} averaged): ${label} micro-F1 (PER/ORG/LOC) ${r.micro.f.toFixed(4)}`);
  for (const t of ['PER', 'ORG', 'LOC']) console.log(`  ${t} P ${r[t].p.toFixed(3)} R ${r[t].r.toFixed(3)} F ${r[t].f.toFixed(3)}`);
  // Prune: keep features with a weight that matters, in sorted-hash order.
  const T = MODEL_TAGS.length;
  let max = 0;
  for (const v of perceptron.avgW) max = Math.max(max, Math.abs(v));
  const keep = [];
  for (let f = 0; f < index.hashes.length; f++) {
    let m = 0;
    for (let t = 0; t < T; t++) m = Math.max(m, Math.abs(perceptron.avgW[f * T + t]));
    if (m >= max * PRUNE) keep.push(f);
  }
  const hashes = Uint32Array.from(keep.map((f) => index.hashes[f]));
  const weights = new Float32Array(keep.length * T);
  for (let i = 0; i < keep.length; i++) weights.set(perceptron.avgW.subarray(keep[i] * T, keep[i] * T + T), i * T);
  const bytes = encodeModel({ tags: MODEL_TAGS, hashes, weights, transitions: perceptron.avgTw });
  const base64 = Buffer.from(bytes).toString('base64');
  writeModel(code, base64);
  console.log(`${code}: ${index.hashes.length} features, ${keep.length} kept, model ${(base64.length / 1024).toFixed(0)} KiB (base64)`);
  if (DOCUMENT_PASS.has(code)) documentPass(code, corpora, data, index, perceptron, tune, docKeyOf, cased);
  else if (existsSync(modelPath(code, 'entity-document.ts'))) writeShipped(modelPath(code, 'entity-document.ts'), documentModule(''));
}

/**
 * Trains the second pass. Its inputs on the training text come from first-pass models that did
 * not see the document (two halves by document, each tagged by a model trained on the other), so
 * it learns how reliable first-pass tags of other occurrences are on unseen text.
 */
function documentPass(code, corpora, data, index, perceptron, tune, docKeyOf, cased) {
  const started = performance.now();
  const n = corpora.train.length;
  const firstPass = new Array(n);
  const docOf = (i) => Math.floor(i / DOC) % 2;
  const tagsOf = (p, item) => [...p.predict(item.ids, item.gold.length, true)].map((t) => bioOf(MODEL_TAGS[t]));
  for (const h of [0, 1]) {
    // The in-domain copies sit after the first n items: they keep the half of their sentence.
    const part = data.filter((d) => docOf(d.sentence) !== h);
    // Trained as the shipped first pass is (ENSEMBLE runs), so its tags are as reliable as those.
    const half = trainRuns(part, index, SEED + 1 + h);
    for (let i = 0; i < n; i++) if (docOf(i) === h) firstPass[i] = tagsOf(half, data[i]);
  }
  const descriptors = descriptorsOf(corpora.train, firstPass, docKeyOf, cased);
  const dIndex = new FeatureIndex([documentFeatures]);
  const tagId = new Map(TAGS.map((t, i) => [t, i]));
  const dData = [];
  descriptors.forEach((d, i) => {
    if (d) dData.push({ ids: dIndex.encode(d, 0), gold: Uint8Array.from(corpora.train[i].tags.map((t) => tagId.get(t))) });
  });
  dIndex.frozen = true;
  const second = new Perceptron(TAGS, dIndex);
  const rand = random(SEED + 3);
  const tuneFirst = tune.map((item) => tagsOf(perceptron, item));
  const tuneDescriptors = descriptorsOf(corpora.tune, tuneFirst, docKeyOf, cased);
  for (let e = 1; e <= DOC_EPOCHS; e++) {
    second.epoch(dData, rand);
    second.average();
  }
  const pairs = (guesses) => guesses.map((guess, i) => ({ gold: corpora.tune[i].tags, guess }));
  const secondTags = tuneDescriptors.map((d, i) => (d ? [...second.predict(dIndex.encode(d, 0), d.length, true)].map((t) => TAGS[t]) : tuneFirst[i]));
  const r1 = score(pairs(tuneFirst), ['PER', 'ORG', 'LOC']);
  const r2 = score(pairs(secondTags), ['PER', 'ORG', 'LOC']);
  console.log(
    `${code} document pass: ${dData.length} of ${n} sentences, ${dIndex.hashes.length} features; ${TUNING ? 'tune' : 'tune (trained on)'} micro-F1 first pass ${r1.micro.f.toFixed(4)} → second ${r2.micro.f.toFixed(4)} · ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const t of ['PER', 'ORG', 'LOC']) console.log(`  ${t} F ${r1[t].f.toFixed(3)} → ${r2[t].f.toFixed(3)}`);
  const bytes = encodeModel({
    tags: TAGS,
    hashes: Uint32Array.from(dIndex.hashes),
    weights: second.avgW.slice(0, dIndex.hashes.length * TAGS.length),
    transitions: second.avgTw,
  });
  writeShipped(modelPath(code, 'entity-document.ts'), documentModule(Buffer.from(bytes).toString('base64')));
}

if (only.length === 0 || only.includes('ar')) {
  const corpora = arabicCorpora(shared);
  const lexicon = arabicLexicon(TUNING ? corpora.train : [...corpora.train, ...corpora.tune]);
  writeShipped(modelPath('ar', 'entity-lexicon.ts'), lexiconModule(lexicon));
  const nameStart = createNameStart(parseLexicon(lexicon));
  const keyOf = (word) => arabicStemKey(word, nameStart(word));
  const clusters = clustersFor('ar', corpora, keyOf);
  train('ar', corpora, (prior) => createArabicFeatures(nameStart, prior, clusters), keyOf, keyOf, false);
}
if (only.length === 0 || only.includes('en')) {
  const corpora = englishCorpora(shared);
  const clusters = clustersFor('en', corpora, (word) => word.toLowerCase(), englishNewsSentences());
  train(
    'en',
    corpora,
    (prior) => createEnglishFeatures(prior, clusters),
    (word) => word,
    (word) => word.toLowerCase().replace(/[’']s$/, ''),
    true,
  );
}
build();
console.log(
  `types ${TYPES.join(' ')} · ${BILOU ? 'BILOU' : 'BIO'} · ${ENSEMBLES.ar} run(s) ar, ${ENSEMBLES.en} en · seed ${SEED} · ${EPOCH_COUNTS.ar} epochs ar, ${EPOCH_COUNTS.en} en · in-domain ×${IN_DOMAIN.ar} ar, ×${IN_DOMAIN.en} en`,
);

// Reads the NER training corpora of ../shared/corpora into sentences of {words, tags} with one tag
// set: O, B-/I- × PER ORG LOC MISC (dates and quantities come from rules, so their tags become O).
// Every mapping follows the corpus's SOURCE.txt.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
export const TAGS = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Splits a CoNLL "token TAG" file into documents of sentences; -DOCSTART- lines start a document. */
export function readConll(path) {
  const docs = [[]];
  let sentence = { words: [], raw: [] };
  const flush = () => {
    if (sentence.words.length > 0) docs[docs.length - 1].push(sentence);
    sentence = { words: [], raw: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const cut = trimmed.lastIndexOf(' ');
    const word = cut < 0 ? trimmed : trimmed.slice(0, cut);
    const tag = cut < 0 ? 'O' : trimmed.slice(cut + 1);
    if (word === '-DOCSTART-') {
      flush();
      if (docs[docs.length - 1].length > 0) docs.push([]);
      continue;
    }
    if (word === '') continue;
    sentence.words.push(word);
    sentence.raw.push(tag);
  }
  flush();
  return docs.filter((d) => d.length > 0);
}

/** Applies a type mapping (raw type → PER/ORG/LOC/MISC or null for O) and repairs IOB order. */
function mapSentence(sentence, mapType, iob1 = false) {
  const tags = [];
  let prevType = null;
  for (const raw of sentence.raw) {
    const m = /^([BI])-+(.+)$/.exec(raw);
    const type = m ? mapType(m[2]) : null;
    if (!type) {
      tags.push('O');
      prevType = null;
      continue;
    }
    let prefix = m[1];
    // IOB1 (wikigold): I- starts an entity unless it continues one of the same type.
    if (prefix === 'I' && prevType !== type) prefix = 'B';
    if (iob1 && m[1] === 'B') prefix = 'B';
    tags.push(`${prefix}-${type}`);
    prevType = type;
  }
  return { words: sentence.words, tags };
}

const aner = (t) => ({ PERS: 'PER', PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' })[t] ?? null;
const aqmar = (t) => {
  const x = t.replace(/[`']/g, '');
  if (x === 'PER' || x === 'LOC' || x === 'ORG') return x;
  if (/^MIS/.test(x)) return 'MISC';
  return null;
};
const wojood = (t) =>
  ({ PERS: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', EVENT: 'MISC', LAW: 'MISC', PRODUCT: 'MISC', LANGUAGE: 'MISC', WEBSITE: 'MISC' })[t] ?? null;
const conll = (t) => ({ PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' })[t] ?? null;
const crossner = (t) =>
  ({
    person: 'PER',
    politician: 'PER',
    writer: 'PER',
    scientist: 'PER',
    researcher: 'PER',
    musicalartist: 'PER',
    organisation: 'ORG',
    politicalparty: 'ORG',
    band: 'ORG',
    university: 'ORG',
    academicjournal: 'ORG',
    magazine: 'ORG',
    location: 'LOC',
    country: 'LOC',
    misc: 'MISC',
    event: 'MISC',
    election: 'MISC',
    award: 'MISC',
    book: 'MISC',
    poem: 'MISC',
    album: 'MISC',
    song: 'MISC',
    product: 'MISC',
    programlang: 'MISC',
    conference: 'MISC',
    astronomicalobject: 'MISC',
  })[t] ?? null;
const gum = (t) =>
  ({
    person: 'PER',
    organization: 'ORG',
    place: 'LOC',
    'person-group': 'MISC',
    event: 'MISC',
    object: 'MISC',
    abstract: 'MISC',
    substance: 'MISC',
    animal: 'MISC',
    plant: 'MISC',
  })[t] ?? null;

const mapDocs = (docs, mapType, iob1) => docs.map((doc) => doc.map((s) => mapSentence(s, mapType, iob1)));

/** Takes every `k`-th document (by index mod k === r) out as a held-out part. */
const byDoc = (docs, isHeld) => ({
  train: docs.filter((_, i) => !isHeld(i, docs.length)).flat(),
  held: docs.filter((_, i) => isHeld(i, docs.length)).flat(),
});

/**
 * Arabic: ANERcorp (last 10 % of sentences = dev, the 10 % before = tune), AQMAR (Damascus and
 * Raul_Gonzales = dev), Wojood sample (all training). Each corpus's sentences stay together.
 */
export function arabicCorpora(shared) {
  const base = join(shared, 'corpora');
  const anerSentences = readConll(join(base, 'anercorp', 'train.txt'))
    .flat()
    .map((s) => mapSentence(s, aner));
  const n = anerSentences.length;
  const anerDev = anerSentences.slice(Math.floor(n * 0.9));
  const anerTune = anerSentences.slice(Math.floor(n * 0.8), Math.floor(n * 0.9));
  const anerTrain = anerSentences.slice(0, Math.floor(n * 0.8));
  const aqmarDir = join(base, 'aqmar', 'dev');
  const aqmarDevNames = new Set(['Damascus.txt', 'Raul_Gonzales.txt']);
  const aqmarTrain = [];
  const aqmarDev = [];
  for (const file of readdirSync(aqmarDir).sort()) {
    const sentences = readConll(join(aqmarDir, file))
      .flat()
      .map((s) => mapSentence(s, aqmar));
    (aqmarDevNames.has(file) ? aqmarDev : aqmarTrain).push(...sentences);
  }
  const wojoodTrain = ['train', 'val', 'test'].flatMap((split) =>
    readConll(join(base, 'wojood-sample', `${split}.conll`))
      .flat()
      .map((s) => mapSentence(s, wojood)),
  );
  return {
    train: [...anerTrain, ...aqmarTrain, ...wojoodTrain],
    tune: anerTune,
    dev: { 'ANERcorp dev (last 10%)': anerDev, 'AQMAR dev (Damascus, Raul_Gonzales)': aqmarDev },
    trainTune: anerTune,
    /** The part of `train` from the corpus the tune split comes from (the news the tagger is for). */
    inDomain: anerTrain,
  };
}

/**
 * English: wikigold (documents 0..47 train, 48..55 tune, 56..71 = dev), CrossNER, GUM, UNER (all
 * training; their own held-out halves are not here).
 */
export function englishCorpora(shared) {
  const base = join(shared, 'corpora');
  const wiki = mapDocs(readConll(join(base, 'wikigold', 'dev.conll')), conll, true);
  const wikiTrain = wiki.slice(0, 48).flat();
  const wikiTune = wiki.slice(48, 56).flat();
  const wikiDev = wiki.slice(56).flat();
  const cross = readdirSync(join(base, 'crossner'))
    .filter((f) => f.endsWith('.conll'))
    .sort()
    .flatMap((f) => mapDocs(readConll(join(base, 'crossner', f)), crossner).flat());
  const gumSentences = readdirSync(join(base, 'gum-ner'))
    .filter((f) => f.endsWith('.conll'))
    .sort()
    .flatMap((f) => mapDocs(readConll(join(base, 'gum-ner', f)), gum).flat());
  const uner = ['dev', 'test'].flatMap((f) => mapDocs(readConll(join(base, 'uner-en-ewt', `${f}.conll`)), conll).flat());
  return {
    train: [...wikiTrain, ...cross, ...gumSentences, ...uner],
    tune: wikiTune,
    dev: { 'wikigold dev (documents 56–71)': wikiDev },
    trainTune: wikiTune,
    inDomain: wikiTrain,
  };
}

export { byDoc };

import { arabicEntities } from '../../lang/ar/entities/index.js';
import { COUNTRY_NAMES as ARABIC_COUNTRIES } from '../../lang/ar/models/entity-gazetteer.js';
import { COMPANY_SHORT_FORMS, ENGLISH_COMPANIES } from '../../lang/en/entities/companies.js';
import { englishEntities } from '../../lang/en/entities/index.js';
import { COUNTRY_NAMES as ENGLISH_COUNTRIES } from '../../lang/en/models/entity-gazetteer.js';
import type { EntityLanguage, EntityToken } from '../../lang/entity-language.js';
import { LineIndex } from '../../model/positions.js';
import type { ArticleDocument, Block } from '../../model/types.js';
import { blocksOf } from '../../model/walk.js';
import { clusterMentions } from '../coreference/cluster.js';
import { retypeDatelines } from './datelines.js';
import {
  companyShortName,
  joinShortForms,
  type KindedMention,
  retypeCompanies,
  retypeCompanyShortNames,
  retypeGivenNamed,
  retypeLonePersons,
  retypeSurnames,
} from './document-kinds.js';
import { addRoles, completeName, type FoundMention, findMentions, mentionOf, NameIndex, retagDocument, tagSentence, tokenRange } from './find-mentions.js';
import { sentenceTokens } from './sentence-tokens.js';
import { trimTitleCaseHeadings } from './title-case.js';

const LANGUAGES: Record<string, EntityLanguage> = { ar: arabicEntities, en: englishEntities };

const countryIndexes = new WeakMap<EntityLanguage, NameIndex>();
/** The country gazetteer of a language as a name index, built on first use. */
function countriesOf(lang: EntityLanguage): NameIndex {
  let index = countryIndexes.get(lang);
  if (!index) {
    index = new NameIndex();
    for (const name of lang.code === 'ar' ? ARABIC_COUNTRIES : ENGLISH_COUNTRIES) index.add(name.split(' ').map(lang.matchKey), 'location');
    // (Companies the news names bare, «SoftBank CEO …»: found wherever the tagger left them.)
    if (lang.code === 'en')
      for (const name of [...ENGLISH_COMPANIES, ...COMPANY_SHORT_FORMS.map(([short]) => short)]) index.add(name.split(' ').map(lang.matchKey), 'organization');
    countryIndexes.set(lang, index);
  }
  return index;
}

let lastIndex: LineIndex | undefined;
/** The line index of a text, kept for the last one: a document's text is annotated more than once (bench, re-runs). */
function lineIndexOf(text: string): LineIndex {
  if (lastIndex?.text !== text) lastIndex = new LineIndex(text);
  return lastIndex;
}

/** The language of a block: its own tag, the document's, or the script its letters are in. */
function languageOf(doc: ArticleDocument, block: Block): EntityLanguage {
  const code = block.data?.lang ?? doc.lang;
  const known = LANGUAGES[code];
  if (known) return known;
  let arabic = 0;
  let latin = 0;
  const text = block.text;
  for (let i = 0; i < text.length && i < 2000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > latin ? arabicEntities : englishEntities;
}

/** The word right before a mention, as written ('' at a sentence start or after punctuation). */
function wordBefore(tokens: readonly EntityToken[], m: FoundMention): string {
  const t = tokens[tokenRange(tokens, m)[0] - 1];
  return t?.word ? t.text : '';
}

/**
 * Whether the words around a mention are a company's, in a language that can tell. Only a lone word is asked: the
 * document pass that reads the answer (`retypeLonePersons`) retypes one-word names alone, and mentions only grow.
 */
function companyAround(lang: EntityLanguage, tokens: readonly EntityToken[], m: FoundMention): boolean {
  // (One letter is a piece of a name the tokens split, «E» of «PG&E»: no company of its own.)
  if (!lang.companyContext || m.words.length > 1 || m.canonical.length < 2) return false;
  const [s, e] = tokenRange(tokens, m);
  return lang.companyContext(tokens, s, e);
}

/** Names worth looking for again across the document: full names, and surnames of people. */
function documentNames(found: readonly FoundMention[], lang: EntityLanguage): NameIndex {
  const index = new NameIndex();
  for (const m of found) {
    if (m.kind === 'date' || m.kind === 'quantity' || m.words.length === 0) continue;
    index.add(m.words, m.kind);
    const last = m.words[m.words.length - 1] as string;
    const written = m.canonical.slice(m.canonical.lastIndexOf(' ') + 1);
    if (
      m.kind === 'person' &&
      m.words.length > 1 &&
      last.length >= 3 &&
      !lang.isStopName(written) &&
      lang.titleBefore([{ text: written, start: 0, end: 0, word: true }], 1) === 0
    )
      index.add([last], 'person');
    else {
      // («Brightway Stores» … «Brightway»: a company's short name.)
      const short = companyShortName(m, lang);
      if (short !== undefined) index.add([short], 'organization');
    }
  }
  return index;
}

/**
 * «وطالب عبد الغفار بتوقيع …» after «وليد عبد الغفار»: a person mention opening its sentence with a conjunction on its
 * first word, whose other words are how another person the document names ends, is that person after a verb (a
 * verb-first sentence opens on «و» + verb; a name seldom does): the first word comes off.
 */
function trimOpeningVerbs(
  text: string,
  sentences: readonly { lang: EntityLanguage; tokens: EntityToken[]; covered: Uint8Array; mentions: FoundMention[] }[],
  found: readonly FoundMention[],
): void {
  // The first words each person name's ending comes after.
  const endings = new Map<string, Set<string>>();
  for (const m of found) {
    if (m.kind !== 'person' || m.words.length < 2) continue;
    const rest = m.words.slice(1).join(' ');
    let firsts = endings.get(rest);
    if (!firsts) endings.set(rest, (firsts = new Set()));
    firsts.add(m.words[0] as string);
  }
  if (endings.size === 0) return;
  for (const { lang, tokens, covered, mentions } of sentences) {
    const m = mentions[0];
    const first = tokens[0];
    // (The mention starts inside the first word, past a «و» or «ف» the name reading cut off.)
    if (m?.kind !== 'person' || m.words.length < 2 || !first?.word || m.start <= first.start || m.start >= first.end) continue;
    if (!'وف'.includes(text.charAt(first.start))) continue;
    const rest = m.words.slice(1).join(' ');
    const firsts = endings.get(rest);
    if (!firsts || firsts.size < 2) continue;
    const second = tokens[1];
    if (!second?.word) continue;
    const trimmed = mentionOf(text, lang, tokens, 1, tokenRange(tokens, m)[1], 'person', m.blockId, m.source);
    if (!trimmed) continue;
    covered[0] = 0;
    Object.assign(m, { start: trimmed.start, canonical: trimmed.canonical, key: trimmed.key, words: trimmed.words });
  }
}

/**
 * Finds named entities (a trained tagger per language), dates and quantities (rules), and groups
 * their mentions into one entity per referent. A name found once is looked for again through the
 * whole document, so «موسكو» tagged in one sentence is a mention everywhere it appears.
 */
export function annotateEntities(doc: ArticleDocument): void {
  const index = lineIndexOf(doc.text);
  const tagged: { block: Block; lang: EntityLanguage; tokens: EntityToken[]; tagged: Uint8Array }[] = [];
  const byLanguage = new Map<EntityLanguage, typeof tagged>();
  for (const block of blocksOf(doc)) {
    const lang = languageOf(doc, block);
    let same = byLanguage.get(lang);
    if (!same) byLanguage.set(lang, (same = []));
    for (const tokens of sentenceTokens(block)) {
      const sentence = { block, lang, tokens, tagged: tagSentence(lang, tokens) };
      tagged.push(sentence);
      same.push(sentence);
    }
  }
  // The second pass: how the rest of the document tagged the same words.
  for (const [lang, same] of byLanguage) retagDocument(lang, same);
  const sentences: { block: Block; lang: EntityLanguage; tokens: EntityToken[]; covered: Uint8Array; mentions: FoundMention[] }[] = [];
  const found: FoundMention[] = [];
  const kinded: KindedMention[] = [];
  for (const { block, lang, tokens, tagged: tags } of tagged) {
    const mentions = findMentions(doc.text, lang, tokens, block.id, countriesOf(lang), tags);
    const covered = new Uint8Array(tokens.length);
    for (const m of mentions) covered.fill(1, ...tokenRange(tokens, m));
    sentences.push({ block, lang, tokens, covered, mentions });
    for (const m of mentions) {
      found.push(m);
      kinded.push({ mention: m, lang, before: wordBefore(tokens, m), company: companyAround(lang, tokens, m) });
    }
  }
  trimTitleCaseHeadings(doc.text, sentences, found);
  retypeDatelines(doc.text, sentences);
  if (kinded.length !== found.length) {
    const kept = new Set(found);
    kinded.splice(0, kinded.length, ...kinded.filter((k) => kept.has(k.mention)));
  }
  // Mentions cut short where the document writes the name in full elsewhere.
  const longer = new Map<string, FoundMention[]>();
  for (const m of found) {
    if (m.words.length < 2 || m.kind === 'date' || m.kind === 'quantity') continue;
    for (const w of new Set(m.words)) {
      let list = longer.get(w);
      if (!list) longer.set(w, (list = []));
      if (list.length < 8) list.push(m);
    }
  }
  if (longer.size > 0)
    for (const { lang, tokens, covered, mentions } of sentences)
      for (const m of mentions) if (m.kind !== 'date' && m.kind !== 'quantity') completeName(doc.text, lang, tokens, covered, m, longer);
  trimOpeningVerbs(doc.text, sentences, found);
  const names = new Map<EntityLanguage, NameIndex>();
  for (const { block, lang, tokens, covered } of sentences) {
    let known = names.get(lang);
    if (!known) names.set(lang, (known = documentNames(found, lang)));
    for (const m of known.scan(doc.text, lang, tokens, covered, block.id, 'propagated')) {
      if (m.kind === 'person') addRoles(doc.text, lang, tokens, m);
      found.push(m);
      kinded.push({ mention: m, lang, before: wordBefore(tokens, m), company: companyAround(lang, tokens, m) });
    }
  }
  retypeLonePersons(kinded);
  retypeSurnames(kinded);
  retypeCompanies(kinded);
  retypeCompanyShortNames(kinded);
  retypeGivenNamed(kinded);
  joinShortForms(kinded);
  doc.entities = clusterMentions(found, index, doc.text);
}

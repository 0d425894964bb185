/**
 * What the entity stage needs to know about a language, behind one interface: the tagger's word
 * features and model, where a name starts inside a word (proclitics), titles and apposition
 * heads for roles, and rules for dates and quantities. Adding a language means one more object.
 */
import type { TaggerModel } from '../annotate/entities/tagger-model.js';
import type { EntityKind } from '../model/types.js';

/** A token of a sentence as the entity stage sees it: text and offsets into `doc.text`. */
export interface EntityToken {
  text: string;
  start: number;
  end: number;
  /** True for a word or number, false for punctuation and symbols. */
  word: boolean;
  /**
   * Answers about the word, cached on the token for one parse: the rules walk the same tokens
   * many times, and a property read is cheaper than a lookup per question. Absent until asked.
   */
  facts?: TokenFacts | undefined;
}

/** What the entity stage asks of every word, from the language's answers. */
export interface TokenFacts {
  /** `wordKey` of the word. */
  key: string;
  /** `matchKey` of the word as written. */
  match: string;
  stop: boolean;
  speech: boolean;
  common: boolean;
  canStart: boolean;
  /** `nameStart` of the word. */
  nameStart: NameStart;
  /** `namePrior` of the word. */
  prior: string | undefined;
  /** `isDefinite` of the word (false when the language has none). */
  definite: boolean;
  /** The tagger's scores of the word (filled by the tagger on first use). */
  scores: Float32Array | undefined;
  /** The language's own facts about the word (`wordFacts`), undefined when it keeps none. */
  own: unknown;
}

/** A span of tokens `[start, end)` with a kind, found by rule. */
export interface TokenSpan {
  start: number;
  end: number;
  kind: 'date' | 'quantity';
}

export interface NameStart {
  /** UTF-16 units of the token before the name starts (proclitics such as و ب ل لل, tatweel). */
  prefixLength: number;
  /** True when «لل» swallowed the article: the name's full form is «ال» + the rest. */
  article: boolean;
  /** True when the stem after the proclitics is attested as a word of its own (not a guess by rule). */
  attested?: boolean;
}

export interface EntityLanguage {
  code: string;
  /** Whether the script writes names with capitals (whose title-case headings then say nothing of where names end). */
  casedNames?: boolean;
  /** Short forms of names, by match key, and the match key of the full name they stand for ("vw" → "volkswagen"). */
  shortForms?: ReadonlyMap<string, string>;
  /** Whether a person's name of these word keys cannot end there («عبد الباسط»: a compound given name wants its surname). */
  incompleteName?(words: readonly string[]): boolean;
  /** Whether a person's name, as its words' keys, ends on a link that always takes one more word («… ولد» before «بابا», a title elsewhere). */
  endsOnNameLink?(words: readonly string[]): boolean;
  /** The trained tagger, decoded on first use. */
  model(): TaggerModel;
  /** The second, document-level pass of the tagger (`document-pass.ts`), decoded on first use; absent when none. */
  documentModel?(): TaggerModel;
  /**
   * Features of `word` as seen `offset` tokens away (−2 … 2) from the token being tagged, pushed
   * as strings. They depend on the word only, so the tagger caches their scores per word type.
   */
  wordFeatures(word: string, offset: number, out: string[]): void;
  /** The same features as their hashes (`hashFeature` of each string), built without the strings. */
  wordFeatureHashes?(word: string, offset: number, out: number[]): void;
  /** The language's own per-word facts, kept with the stage's (`TokenFacts.own`) so one lookup serves both. */
  wordFacts?(word: string): unknown;
  /** Where a name starts inside a token that may carry proclitics. */
  nameStart(word: string): NameStart;
  /** The key two forms of a name share when they are the same name (case, spelling variants). */
  matchKey(s: string): string;
  /** `matchKey` of a token after its proclitics (the article put back after «لل»), cached per word. */
  wordKey(word: string): string;
  /**
   * Number of tokens ending at `end` (exclusive) that form a title or honorific before a name
   * (الرئيس الروسي · د. · President), 0 when none.
   */
  titleBefore(tokens: readonly EntityToken[], end: number): number;
  /**
   * Whether the word at `k`, right after a title, is that title's complement and no name: a bare
   * title takes one («خبير أرصاد», «محافظ سوهاج»), a definite one is followed by the name («الخبير سالم»).
   */
  complementOfTitle?(tokens: readonly EntityToken[], k: number): boolean;
  /** Number of tokens from `start` that form an appositive role (مدير مركز … · director of …), 0 when none. */
  roleAfter(tokens: readonly EntityToken[], start: number): number;
  /**
   * Whether the token at `i` heads a role in the construct state with no comma before it (… مدير
   * عام النادي · … رئيس حزب …): after a verb of saying, the words before it are the speaker's name.
   */
  bareRoleAt?(tokens: readonly EntityToken[], i: number): boolean;
  /**
   * Scripts with capitals: whether the words around tokens [s, e) are a company's («Pfizer said», «WeWork’s chief
   * executive»): a lone unknown word there is a company, not the place an unknown capitalised word is taken for.
   */
  companyContext?(tokens: readonly EntityToken[], s: number, e: number): boolean;
  /**
   * A given name read one way («Kristi», «Jose»; in Arabic the women's names the tagger misses, «نادية»), which a name-like
   * word after it (capitalised, in a script with capitals) makes a person's name.
   */
  isGivenName?(word: string): boolean;
  /** Dates and quantities found by rule in a sentence. */
  temporalAndQuantities(tokens: readonly EntityToken[]): TokenSpan[];
  /** Gazetteer: the kind of a whole name when a list knows it ('location' for countries). */
  gazetteerKind(key: string): 'location' | 'organization' | undefined;
  /** A verb of saying that introduces a speaker (قال · أضاف · said): the words after it may be a name. */
  isSpeechVerb(word: string): boolean;
  /** A word that continues a place's name after the tagger stopped (آسيا الوسطى · كوريا الشمالية). */
  continuesName(word: string, kind: 'location'): boolean;
  /** How the training text tagged a word (the name prior: «P2», «L1O1» …), undefined when never in a name. */
  namePrior(word: string): string | undefined;
  /** A word training saw often and never inside a name (كبيرة · tuesday's lower-case words): not a name by pattern alone. */
  isCommonWord(word: string): boolean;
  /**
   * A word the training text does not know, but knows without a pronoun suffix (حلمه ← حلم · مرماه
   * ← مرمى): a noun with its possessor, which does not continue a person's name.
   */
  pronounSuffixed?(word: string): boolean;
  /** A noun that names the kind of place that follows it (العاصمة دوشنبه · the city of …), 0 when none; else tokens used. */
  placeHeadAt(tokens: readonly EntityToken[], i: number): number;
  /** Whether a word may start a name found by matching a known one (English: capitalised only). */
  canStartName(word: string): boolean;
  /**
   * Whether tokens [s, e) carry an organisation's head word where a person's name never has one
   * (شركة … · وزارة … · … Semiconductor · University of …): the tagger's person becomes an organisation.
   */
  organizationCue?(tokens: readonly EntityToken[], s: number, e: number): boolean;
  /**
   * The kind the words around tokens [s, e) give a name the tagger found as `kind`: an apposition
   * (…, the small town nearest … → location; …, a Texas-based maker of … → organization) or a
   * news dateline's agency («AUSTIN (Agency) -»); undefined when they say nothing.
   */
  contextKind?(tokens: readonly EntityToken[], s: number, e: number, kind: EntityKind): 'organization' | 'location' | undefined;
  /** Whether the token at `i` names a kind of company before a name (Chipmaker …, Automaker …): not part of it. */
  descriptorAt?(tokens: readonly EntityToken[], i: number): boolean;
  /**
   * A word that ends a person's name the tagger ran on («Tom Albers of Jefferies»: the analyst, then his firm); names'
   * own particles (van, de, بن) are not such words.
   */
  endsPersonName?(word: string): boolean;
  /** Words (as written) that never make a name on their own, even when capitalised or tagged (pronouns, months…). */
  isStopName(word: string): boolean;
  /** A word with the article as written (الشاعر): a definite misc word after a name is an adjective, not a surname. */
  isDefinite?(word: string): boolean;
  /** A definite word with a conjunction or preposition written onto it (والتنمية · للعدالة): it goes on a phrase, names none. */
  isJoinedDefinite?(word: string): boolean;
  /**
   * A definite noun that heads organisations' names but alone names none (البنك · الوزارة ·
   * المحكمة): a one-word mention of it is a common noun, not a name.
   */
  isGenericHead?(word: string): boolean;
  /** Whether the token at `i` is a noun naming a kind of organisation before its name (شركة …, صحيفة …). */
  organizationHeadAt?(tokens: readonly EntityToken[], i: number): boolean;
  /**
   * Whether the words from `e` on mark the untagged word at `e - 1` as an organisation's one-word
   * name (a club with its country's masculine adjective: ليون الفرنسي · بنفيكا البرتغالي).
   */
  organizationAfter?(tokens: readonly EntityToken[], e: number): boolean;
  /**
   * How many words right before the opening parenthesis at `open` name a team in a row of results
   * (… ) - سلتيك ( اسكتلندا ) - …: a row mark, the name, its country in parentheses, a row mark or
   * a score), 0 when none.
   */
  teamBefore?(tokens: readonly EntityToken[], open: number): number;
  /**
   * How many tokens from `i` make an organisation's name by their shape alone, 0 when none (a
   * definite head with two relational adjectives: المحكمة الجنائية الدولية).
   */
  organizationPhraseAt?(tokens: readonly EntityToken[], i: number): number;
}

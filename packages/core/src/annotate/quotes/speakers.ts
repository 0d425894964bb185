/**
 * The people (and groups, and bodies) who speak in one document, in the order they were last
 * heard. A later short form («ملحم», «د. ملحم», "Ibarra"), a title alone («مدير مركز …», "the
 * minister") or a carried-over subject (وأضاف، أكدت، أكدوا, "he added") resolves to one of them.
 */
import { memoByWord } from '../../lang/memo-by-word.js';
import type { Agreement, QuoteLanguage } from '../../lang/quote-language.js';

export interface Speaker {
  name: string;
  role?: string;
  /** Matching keys of the name's words (articles stripped). */
  nameKeys: string[];
  /** Matching keys of the role's words. */
  roleKeys: string[];
  group: boolean;
  gender?: 'm' | 'f' | 'n';
  /** The entity this speaker is, when the quote stage linked it itself (a body named by a description: "the alliance"). */
  entityId?: string;
  /** Named only by a description so far («مدير المركز»): a person introduced later with that role may take it over. */
  descriptionOnly: boolean;
  /** Heard only in a headline so far («وزير التربية: "…"»): whom its title means is still to be told by the story. */
  headlineOnly?: boolean;
  /** The named person the story showed a headline-only description to be. */
  heldBy?: Speaker;
  /** Adjectives of origin written right before the name and held by no role («البرتغالي مانويل جوزيه»). */
  origins?: string[];
  /** Two names joined («بوش وبلير», "Smith and Jones"): who a dual («الرجلان», «الزعيمان») means. */
  pair?: boolean;
  /** An organisation: in Arabic its verbs agree with whichever noun names it (وقالت المؤسسة، وأضاف البيان), so it keeps no gender. */
  body?: boolean;
}

/** Speakers remembered: far more than any article quotes, few enough that each look-up stays cheap. */
const MAX_RECENT = 64;

// ("its chief executive officer" is the "Chief Executive Officer" named later, as «رئيسها» is a «رئيس»: a body's officer.)
const STOP_KEYS = new Set(['the', 'a', 'an', 'its', 'of', 'for', 'at', 'in', 'from', 'في', 'من', 'عن', 'باسم']);

/**
 * A key without its combining marks: "tomás" is looked up as "tomas" (Latin script only: Arabic keys are folded already).
 * Asked of the same few name keys at every speaker look-up: cached per key.
 */
const foldMarks = memoByWord((key: string): string => key.normalize('NFD').replace(/\p{M}/gu, ''));

/** The gender a full name's given name is read one way with («Mary Smith»), if any: not a surname alone. */
export function givenNameGender(lang: QuoteLanguage, nameKeys: readonly string[]): 'm' | 'f' | undefined {
  if (nameKeys.length < 2) return undefined;
  return lang.givenNameGender?.get(lang.casedNames ? foldMarks(nameKeys[0] as string) : (nameKeys[0] as string));
}

/** What `contentKeys` reads in one key by itself. */
interface KeyReading {
  /** The word as a description matches it: preposition and article off. */
  word: string;
  stop: boolean;
  /** Its content key when no title stands before it. */
  alone: string;
}

/** Speakers are matched again and again on the same few keys: each key's own reading is cached per language, bounded. */
const READINGS = new WeakMap<QuoteLanguage, (key: string) => KeyReading>();

function readingOf(lang: QuoteLanguage, k: string): KeyReading {
  let read = READINGS.get(lang);
  if (!read) READINGS.set(lang, (read = memoByWord((key) => readKey(lang, key))));
  return read(k);
}

function readKey(lang: QuoteLanguage, k: string): KeyReading {
  // «للحزب»: a preposition written onto the article is no part of the word («الأمين العام للحزب» is «… الحزب»).
  const a = lang.articleless(lang.descriptionWord?.(k) ?? k);
  // «رئيسها» matches the role «رئيس النقابة»: a title with a possessive suffix counts as the title.
  const p = lang.possessorless(a);
  return {
    word: a,
    stop: STOP_KEYS.has(a),
    alone: lang.titles.get(a)?.means ?? lang.descriptionAliases?.get(a) ?? (p !== a && lang.titles.has(p) ? p : a),
  };
}

/**
 * Whether a key is a given name: in the language's given names, or among the words whose gender its table gives (names,
 * and in Arabic the kunyas «أم», «أبو»).
 */
export function isGivenName(lang: QuoteLanguage, key: string): boolean {
  return lang.givenNames?.has(key) === true || lang.givenNameGender?.has(key) === true;
}

/** Content keys of a phrase: articles and linking words dropped. */
export function contentKeys(keys: readonly string[], lang: QuoteLanguage): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const reading = readingOf(lang, k);
    if (reading.stop) continue;
    const a = reading.word;
    // «رئيس الحكومة» matches «رئيس الوزراء»: after a title, a complement is read as the office it names.
    const last = out[out.length - 1];
    // («رئيس مجلس الوزراء» is «رئيس الوزراء»: a complement of two words, too.)
    const two = out.length >= 2 && lang.titles.has(out[out.length - 2] as string) ? lang.complementSynonyms?.get(`${last} ${a}`) : undefined;
    if (two !== undefined) {
      out[out.length - 1] = two;
      continue;
    }
    const same = last !== undefined && lang.titles.has(last) ? lang.complementSynonyms?.get(a) : undefined;
    out.push(same ?? reading.alone);
    // («رئيس الدبلوماسية» is «وزير الخارجية»: an office the press names another way, title and complement both.)
    const title = out[out.length - 2];
    const office =
      title !== undefined && lang.officeSynonyms && lang.titles.has(title) ? lang.officeSynonyms.get(`${title} ${out[out.length - 1]}`) : undefined;
    if (office) out.splice(out.length - 2, 2, ...office);
  }
  return out;
}

/** Whether two keys are one adjective of origin in any number or gender, or its country («الإيرانيين», «إيران»). */
export function sameOrigin(lang: QuoteLanguage, a: string, b: string): boolean {
  return a === b || (lang.nisbaStem !== undefined && lang.nisbaStem(a) === lang.nisbaStem(b));
}

const containsAll = (haystack: readonly string[], needles: readonly string[]) => needles.length > 0 && needles.every((n) => haystack.includes(n));

/**
 * Whether a role's words hold `key` as itself, as an adjective of the same origin («الصحي»/«الصحية»), or as the noun an
 * adjective is made from («البيئية» in «في علوم البيئة البحرية»).
 */
function roleHolds(lang: QuoteLanguage, role: readonly string[], key: string): boolean {
  if (role.includes(key)) return true;
  if (!lang.nisbaStem) return false;
  const noun = nounOfAdjective(lang, key);
  return role.some((r) => sameOrigin(lang, r, key) || (noun !== undefined && lang.articleless(r) === noun));
}

/** The noun (without its article) an adjective of relation is made from: «الصحي» → «صحه» (keys fold ة); undefined if none. */
export function nounOfAdjective(lang: QuoteLanguage, key: string): string | undefined {
  const stem = lang.nisbaStem?.(key);
  return stem !== undefined && stem !== lang.articleless(key) ? `${stem}ه` : undefined;
}

/** A possessive word ("Austria's", "the victim's"): whose something is, not what it is. */
export const POSSESSIVE = /['’]s$/;

/** Endings of nouns for people ("economist", "historian", "spokeswoman", "bureaucrat"): such a head names no body. */
export const PERSON_SUFFIX = /(?:ist|ian|[^a]man|woman|person|crat|aire)$/;

export class SpeakerRegister {
  /** Most recently heard first. */
  private readonly recent: Speaker[] = [];

  constructor(private readonly lang: QuoteLanguage) {}

  /** A named person or body: an earlier speaker whose name holds every word of this one, or a new speaker. */
  byName(name: string, keys: readonly string[], role: string | undefined, roleKeys: readonly string[], said: Speaker['gender']): Speaker {
    const nameKeys = contentKeys(keys, this.lang);
    // A title or verb form tells the gender; else a given name read one way («Mary Smith»).
    const gender = said ?? givenNameGender(this.lang, nameKeys);
    const whole =
      // (A pair, «بوش وبلير», is neither of its two alone.)
      this.recent.find((s) => !s.group && !s.descriptionOnly && !s.pair && (containsAll(s.nameKeys, nameKeys) || containsAll(nameKeys, s.nameKeys)));
    const known =
      whole ??
      // The surname first, then words that describe (« النعيمي البالغ من العمر 33 عامًا»); not a given name, which
      // opens another's full name («محمد فال ولد اعلي» after «الشاب محمد»).
      this.recent.find((s) => {
        const surname = s.nameKeys[s.nameKeys.length - 1] as string;
        // (A body's last word is no surname: "Air Transport Safety Office" is not "Sundara Air" described.)
        return !s.group && !s.descriptionOnly && !s.pair && !s.body && s.nameKeys.length >= 2 && surname === nameKeys[0] && !isGivenName(this.lang, surname);
      });
    if (known) {
      // The fullest form the article gives wins: «ملحم» seen first, «آصف ملحم» later. (Not words after a surname,
      // «ويتمور في وقت لاحق» after «كارين ويتمور»: they describe, or are no name at all.)
      if (known === whole && nameKeys.length > known.nameKeys.length && !known.descriptionOnly) {
        known.name = name;
        known.nameKeys = nameKeys;
      }
      if (role && !known.role) {
        known.role = role;
        known.roleKeys = contentKeys(roleKeys, this.lang);
      }
      // ("Osei" heard first, "Raymond Osei" now: the given name tells the gender the surname did not.)
      if (gender && !known.gender && !known.body) known.gender = gender;
      return this.heard(known);
    }
    const fresh: Speaker = { name, nameKeys, roleKeys: contentKeys(roleKeys, this.lang), group: false, descriptionOnly: false };
    if (role) fresh.role = role;
    if (gender) fresh.gender = gender;
    this.takeOverDescriptions(fresh);
    this.namedAgain(fresh);
    return this.heard(fresh);
  }

  /**
   * "A woman who lives across the street said …. The woman, Dolores Quintero, 61, said …": someone new whose role is the
   * definite article and one noun is the speaker heard just before under the indefinite article and that noun.
   */
  private namedAgain(person: Speaker): void {
    const { definiteArticle, indefiniteArticles } = this.lang;
    const last = this.recent[0];
    if (!definiteArticle || !indefiniteArticles || !person.role || !last?.descriptionOnly || last.group || last.body || last.pair) return;
    const role = person.role.split(/\s+/).map((w) => this.lang.key(w));
    const described = last.name.split(/\s+/).map((w) => this.lang.key(w));
    if (role.length !== 2 || role[0] !== definiteArticle || !indefiniteArticles.has(described[0] as string) || described[1] !== role[1]) return;
    if (person.gender && last.gender && last.gender !== 'n' && person.gender !== last.gender) return;
    this.takeOver(last, person, 0);
  }

  /** Two people named together («بوش وبلير»): the same pair heard before, never either of them alone. */
  byPair(name: string, keys: readonly string[]): Speaker {
    const nameKeys = contentKeys(keys, this.lang);
    const known = this.recent.find((s) => s.pair === true && containsAll(s.nameKeys, nameKeys) && containsAll(nameKeys, s.nameKeys));
    if (known) return this.heard(known);
    return this.heard({ name, nameKeys, roleKeys: [], group: false, descriptionOnly: false, pair: true });
  }

  /**
   * An unnamed group («خبراء», "officials"): the same group when one phrase holds every word of the other
   * («الخبراء» after «خبراء روس»), not when they only share a head («محللون في دبي» after «محللون ماليون»).
   */
  byGroup(name: string, keys: readonly string[]): Speaker {
    const nameKeys = contentKeys(keys, this.lang);
    const known = this.recent.find((s) => s.group && (containsAll(s.nameKeys, nameKeys) || containsAll(nameKeys, s.nameKeys)));
    if (known) return this.heard(known);
    const fresh: Speaker = { name, nameKeys, roleKeys: [], group: true, descriptionOnly: false };
    // («مصدران منهما»: two, whom a verb for one does not go on with.)
    if (this.lang.dualNoun?.(keys[0] ?? '') === true) fresh.pair = true;
    return this.heard(fresh);
  }

  /**
   * A description alone («مدير مركز …», "the education secretary"): the person earlier given that role, else the
   * description itself. `bodyHead`: the description is a body's head noun alone, which no officer whose role names that
   * body is.
   */
  byDescription(text: string, keys: readonly string[], gender: Speaker['gender'], goesOn?: Agreement | null, bodyHead = false): Speaker {
    // «وزير إسرائيلي», "a senior official": an indefinite description brings in someone new, nobody heard before.
    const indefinite = this.indefinite(keys);
    // («واكدت الوزارة» after «وقال المتحدث باسم الوزارة هشام عبد الباقي»: a body's head noun alone is no person whose
    // role names it, the body's officer.)
    const described = indefinite ? undefined : this.described(keys);
    const head = this.lang.articleless(keys[keys.length - 1] ?? '');
    const officer = (x: Speaker | undefined) =>
      bodyHead && x !== undefined && !x.body && !x.descriptionOnly && x.roleKeys.some((k) => this.lang.articleless(k) === head);
    const found = officer(described) ? undefined : described;
    // («ولفتت الوزيرة» after «وصرح … وزير الخارجية …»: a title written feminine is no man heard before.)
    const feminine = keys.some((k) => this.lang.titles.get(this.lang.articleless(k))?.gender === 'f' || this.lang.titles.get(k)?.gender === 'f');
    const known = found && !(feminine && found.gender === 'm') ? found : undefined;
    if (known) return this.heard(known);
    // «قالت الوزيرة» after «ونظيرته الألمانية كاترينا فولمر … أعلنت فولمر»: a title written feminine that fits nobody's
    // role is the last woman heard, when her own role names no other office.
    const woman = feminine && !indefinite ? this.lastWoman(keys) : undefined;
    if (woman) return this.heard(woman);
    // «وأضاف اللاعب الألماني» after «مايكل بالاك»: a verb that goes on («added») with a definite description nobody
    // was heard by is the last speaker it agrees with, described anew.
    const carried = goesOn !== undefined && !indefinite ? this.carried(goesOn ?? undefined) : undefined;
    const last = officer(carried) ? undefined : carried;
    if (last) return last;
    // «قال المدرب البرتغالي» right after «البرتغالي مانويل جوزيه المدير الفني للأهلي» spoke: a definite title or person
    // noun with adjectives alone, which nobody was heard by, is the person who spoke last, when the gender and the
    // adjectives of origin agree («الوزير التركي» is not the Syrian president just quoted).
    const justHeard = !indefinite && this.personEpithet(keys) ? this.recent[0] : undefined;
    if (
      justHeard &&
      !justHeard.group &&
      !justHeard.body &&
      !justHeard.pair &&
      !justHeard.descriptionOnly &&
      agrees(gender ? { number: 'sg', gender } : undefined, justHeard, this.lang) &&
      !(feminine && justHeard.gender === 'm') &&
      this.epithetFits(keys, [...justHeard.roleKeys, ...(justHeard.origins ?? [])])
    )
      return this.heard(justHeard);
    return this.newDescription(text, keys, gender);
  }

  /** A definite person's title or noun with adjectives alone («المدرب البرتغالي», «المتهم», «المسؤول المحلي»). */
  private personEpithet(keys: readonly string[]): boolean {
    if (!this.lang.verbFirst) return false;
    const [first, ...rest] = keys;
    if (first === undefined || this.lang.articleless(first) === first) return false;
    const head = this.lang.articleless(first);
    if (!this.lang.titles.has(head) && !this.lang.personNouns.has(first) && !this.lang.personNouns.has(head)) return false;
    return rest.every(
      (k) => this.lang.articleless(k) !== k && (this.lang.describes?.(k) === true || this.lang.plainAdjectives?.has(this.lang.articleless(k)) === true),
    );
  }

  /**
   * Whether a person epithet fits someone described by these keys: its adjectives are all theirs («المدرب البرتغالي»
   * for «البرتغالي مانويل جوزيه»), or it is a word for anyone («المسؤول», «اللاعب»). An office alone («الوزير») is
   * someone else.
   */
  private epithetFits(keys: readonly string[], roleKeys: readonly string[]): boolean {
    const rest = keys.slice(1);
    if (!rest.every((k) => roleHolds(this.lang, roleKeys, this.lang.articleless(k)) || roleHolds(this.lang, roleKeys, k))) return false;
    const head = this.lang.articleless(keys[0] as string);
    return rest.length > 0 || this.lang.genericTitles?.has(head) === true || this.lang.personNouns.has(keys[0] as string) || this.lang.personNouns.has(head);
  }

  /** Someone a description brings in who is none of the speakers heard before («الخبير» the narration just met). */
  newDescription(text: string, keys: readonly string[], gender: Speaker['gender']): Speaker {
    const wanted = this.descriptionKeys(keys);
    // ("Two engineers at the firm said …. They said": a description of several people is a group.)
    // («وقال مصدران …»: two people described by a dual, whom «وأضافا» goes on with.)
    const first = keys[0] ?? '';
    const several = this.lang.pluralOpeners?.has(first) === true || /^\d/.test(first) || this.lang.dualNoun?.(first) === true;
    const fresh: Speaker = { name: text, nameKeys: wanted, roleKeys: wanted, group: several, descriptionOnly: true };
    if (gender) fresh.gender = gender;
    return this.heard(fresh);
  }

  /**
   * Whether a description opens indefinite: "a"/"an", or a bare noun alone, with an adjective or with a preposition
   * («وزير إسرائيلي», «مسؤول في الوزارة»); not one in construct, which a name may make definite («مدير مركز GSM»).
   */
  private indefinite(keys: readonly string[]): boolean {
    const [first, second] = keys;
    if (first === undefined) return false;
    if (this.lang.indefiniteArticles?.has(first)) return true;
    // («رئيسها»: a pronoun makes it definite.)
    if (!this.lang.article || this.lang.articleless(first) !== first || this.lang.possessorless(first) !== first || this.lang.honorifics?.has(first))
      return false;
    if (second === undefined) return true;
    if (this.lang.articleless(second) !== second) return false;
    return this.lang.describes?.(second) === true || this.lang.plainAdjectives?.has(second) === true || this.lang.roleLinkers.has(second);
  }

  /** The last woman heard by name whose role, if it opens with a title, opens with the description's. */
  private lastWoman(keys: readonly string[]): Speaker | undefined {
    const title = this.descriptionKeys(keys)[0];
    return this.recent.find(
      (s) =>
        s.gender === 'f' &&
        !s.group &&
        !s.body &&
        !s.pair &&
        !s.descriptionOnly &&
        (s.roleKeys.length === 0 || !this.lang.titles.has(s.roleKeys[0] as string) || s.roleKeys[0] === title),
    );
  }

  /** The content keys a description is matched by: «جلالة الملك» is «الملك» (the honorific only addresses whoever holds the title). */
  private descriptionKeys(keys: readonly string[]): string[] {
    const all = contentKeys(keys, this.lang);
    const plain = all.filter((k) => !this.lang.honorifics?.has(k));
    return plain.length > 0 ? plain : all;
  }

  /**
   * A person heard before whose role opens on the description's word and holds the rest (no group, body or description
   * alone): «الممرضة» for «الممرضة المتطوعة», not «البعثة» for «رئيسة البعثة».
   */
  describedByRole(keys: readonly string[]): Speaker | undefined {
    const wanted = this.descriptionKeys(keys);
    const found = this.recent.find(
      (s) => !s.group && !s.body && !s.descriptionOnly && s.roleKeys[0] === wanted[0] && wanted.every((k) => roleHolds(this.lang, s.roleKeys, k)),
    );
    return found ? this.heard(found) : undefined;
  }

  /**
   * «وأوضح الدبلوماسي الإسرائيلي» after «المتحدث باسم وزارة الخارجية الإسرائيلية آرييه شاليف», a name the entity stage
   * did not find: the latest person heard whose role holds an adjective of that origin.
   */
  byOrigin(adjective: string): Speaker | undefined {
    const found = this.recent.find(
      (s) => !s.group && !s.body && !s.descriptionOnly && !s.pair && s.roleKeys.some((k) => sameOrigin(this.lang, this.lang.articleless(k), adjective)),
    );
    return found ? this.heard(found) : undefined;
  }

  /** The person heard before under every one of these name keys, if any (the register's order is left as it is). */
  heardAs(keys: readonly string[]): Speaker | undefined {
    return this.recent.find((s) => !s.group && !s.body && !s.descriptionOnly && !s.pair && containsAll(s.nameKeys, keys));
  }

  /**
   * A person just heard for the first time under a verb that goes on («وأضاف جون بولتون»): when the speaker heard right
   * before was a description alone («السفير الأميركي بمجلس الأمن»), one person of one gender, it was this person.
   */
  goesOnAs(person: Speaker): void {
    const last = this.recent[1];
    if (this.recent[0] !== person || !last || !last.descriptionOnly || last.group || last.body || last.pair) return;
    if (person.gender && last.gender && last.gender !== 'n' && person.gender !== last.gender) return;
    // (Not someone brought in with a role of their own, «واضاف المتحدث باسم الدفاع المدني سامر خليل», nor after an
    // indefinite source, «مسؤول محلي», which stays unnamed.)
    // (A title in construct, «والي البنك المركزي», is definite too.)
    if (person.role || this.indefinite(last.name.split(/\s+/).map((w) => this.lang.key(w)))) return;
    person.role = last.role ?? last.name;
    person.roleKeys = last.roleKeys;
    this.takeOver(last, person, 1);
  }

  /** How many people heard before have every one of these name keys ("Kettleman": Doris and Wade). */
  sharedBy(keys: readonly string[]): number {
    let n = 0;
    for (const s of this.recent) if (!s.group && !s.body && !s.descriptionOnly && containsAll(s.nameKeys, keys)) n++;
    return n;
  }

  /** A speaker heard before whom a description fits, if any. */
  described(keys: readonly string[]): Speaker | undefined {
    // ("the former pharmacist" for "a retired pharmacist": modifiers that say the same, read as one.)
    const same = (ks: readonly string[]) => ks.map((k) => this.lang.sameModifiers?.get(k) ?? k);
    const wanted = same(this.descriptionKeys(keys));
    return (
      // (A longer description holds a named speaker's role; in English not an unnamed one's: "the state minister" is
      // not who a headline called "Minister". «الوزير المستقيل» is still «الوزير».)
      // ("The council said" is not "the former council leader": nor a head noun an unnamed speaker's words use as a
      // modifier.)
      this.recent.find(
        (s) =>
          (containsAll([...same(s.roleKeys), ...s.nameKeys], wanted) && (!s.descriptionOnly || !this.modifiesIn(s.roleKeys, wanted))) ||
          (s.roleKeys.length > 0 && !(s.descriptionOnly && this.lang.casedNames) && containsAll(wanted, s.roleKeys)),
      ) ??
      // «المدرب التونسي» after «مدرب الشروق، منير الجبالي»: the last person whose role has that title, the rest describing him.
      // (Titles the tables write with their article, «الجنرال», are looked up with it.)
      (wanted[0] !== undefined && (this.lang.titles.has(wanted[0]) || this.lang.titles.has(this.lang.article + wanted[0]))
        ? (this.recent.find((s) => !s.group && !s.descriptionOnly && s.roleKeys[0] === wanted[0] && this.sameComplement(wanted, s.roleKeys)) ??
          // «المسؤول العراقي» after «نائب رئيس الجمهورية العراقي طه ياسين رمضان»: a generic title the adjectives of
          // someone's role describe («الوزير السوري» is not «الرئيس السوري»).
          // «الجنرال الأمريكي» after «قائد القوات … الجنرال ديفيد بترايوس»: any other title inside a role, the rest
          // adjectives (no adjective of origin in the role that says otherwise).
          this.recent.find(
            (s) =>
              !s.group &&
              !s.descriptionOnly &&
              (this.lang.genericTitles?.has(wanted[0] as string) === true ? this.describedBy(wanted, s.roleKeys) : this.titledWithin(wanted, s.roleKeys)),
          ))
        : undefined) ??
      // «وحذر المتحدث من أن …» after «قال النائب الحسين العلوي إن …»: "the one speaking", alone, is the person heard last.
      (wanted.length === 1 && this.lang.speakingNouns?.has(wanted[0] as string) === true
        ? this.recent.find((s) => !s.group && !s.body && !s.descriptionOnly)
        : undefined)
    );
  }

  /**
   * Whether a description's head noun only modifies a noun for a person in an unnamed speaker's words ("council" in
   * "the former council leader"), in a language that puts modifiers first.
   */
  private modifiesIn(role: readonly string[], wanted: readonly string[]): boolean {
    if (this.lang.verbFirst) return false;
    const next = role[role.indexOf(wanted[wanted.length - 1] as string) + 1];
    return next !== undefined && (this.lang.titles.has(next) || this.lang.personHeads?.has(next) === true || this.lang.personNouns.has(next));
  }

  /** Marks a speaker as the organisation `id` (the entity stage's). */
  asBody(s: Speaker, id?: string): Speaker {
    if (id !== undefined) s.entityId ??= id;
    s.body = true;
    if (this.lang.verbFirst) delete s.gender;
    return s;
  }

  /** The last body heard ("the agency said" after "The World Health Organization estimates that …"). */
  lastBody(fits: (s: Speaker) => boolean): Speaker | undefined {
    const found = this.recent.find((s) => s.body === true && fits(s));
    if (found) this.heard(found);
    return found;
  }

  /** The last pair of names heard together, which a dual («الرجلان») means. */
  lastPair(): Speaker | undefined {
    const found = this.recent.find((s) => s.pair === true);
    if (found) this.heard(found);
    return found;
  }

  /** The last speaker who agrees with a verb form or pronoun; learns the speaker's gender from it. */
  carried(agreement: Agreement | undefined): Speaker | undefined {
    const found = this.recent.find((s) => agrees(agreement, s, this.lang));
    if (found && agreement?.gender && !found.gender && !found.group && !found.body) found.gender = agreement.gender;
    if (found) this.heard(found);
    return found;
  }

  /**
   * Whether a title's second word fits a role that opens with the same title: «المدرب التونسي»
   * describes «مدرب الشروق» (an adjective), «وزير الدفاع» is another office than «وزير الخارجية».
   */
  private sameComplement(wanted: readonly string[], role: readonly string[]): boolean {
    const a = wanted[1];
    const b = role[1];
    // «الوزير الأردني» is not «وزير الخارجية المصري»: each closes on another adjective of origin.
    const last = wanted[wanted.length - 1] as string;
    const roleLast = role[role.length - 1] as string;
    if (a !== undefined && b !== undefined && !role.includes(last) && this.lang.describes?.(last) && this.lang.describes?.(roleLast)) return false;
    return a === undefined || b === undefined || a === b || role.includes(a) || this.lang.describes?.(a) === true;
  }

  /** Whether a role holds the description's title anywhere, and no adjective of origin its adjectives contradict. */
  private titledWithin(wanted: readonly string[], role: readonly string[]): boolean {
    const keys = role.map((k) => this.lang.articleless(k));
    if (!keys.includes(wanted[0] as string)) return false;
    const origins = keys.filter((k) => this.lang.describes?.(k) === true);
    return wanted.slice(1).every((k) => this.lang.describes?.(k) === true && (origins.length === 0 || origins.some((o) => sameOrigin(this.lang, o, k))));
  }

  /** Whether the words after a description's title are all adjectives found in a role («العراقي» in «نائب رئيس الجمهورية العراقي»). */
  private describedBy(wanted: readonly string[], role: readonly string[]): boolean {
    const rest = wanted.slice(1);
    // («المسؤول الإيراني» after «كبير المفاوضين الإيرانيين»: the adjective in another number or gender.)
    return rest.length > 0 && rest.every((k) => this.lang.describes?.(k) === true && role.some((r) => sameOrigin(this.lang, r, k)));
  }

  /** Whether a speaker heard before under these name keys does not agree with a verb form or pronoun. */
  disagrees(keys: readonly string[], agreement: Agreement | undefined): boolean {
    const nameKeys = contentKeys(keys, this.lang);
    const known = this.recent.find((s) => !s.group && containsAll(s.nameKeys, nameKeys));
    if (known) return !agrees(agreement, known, this.lang);
    const given = givenNameGender(this.lang, nameKeys);
    return given !== undefined && (agreement?.gender === 'm' || agreement?.gender === 'f') && agreement.gender !== given;
  }

  /** A person now named with a role that an earlier description used: the description's quotes get the name. */
  private takeOverDescriptions(person: Speaker): void {
    // («وزير المالية المصري: …» then «وأوضح الوزير كريم عبد الحميد»: a bare title with a name is the last one described
    // by that title, whose longer description it need not repeat.)
    // («رئيس الحكومة اللبنانية: …» then «وقال رئيس الحكومة سليم حمادة»: so is a title with its complement, the description
    // going on with adjectives only; «كبير مفاوضي المجموعة العربية» is not «كبير مفاوضي مجموعة الـ77».)
    // («عميد بلدية درنة» then «وأوضح عميد البلدية صالح الغرياني»: or the complement made definite, pointing back to the
    // one the description completed.)
    const role = person.roleKeys;
    const titled = role.length > 0 && this.lang.titles.has(role[0] as string) ? role : undefined;
    const lastRoleWord = person.role?.split(/\s+/).pop() ?? '';
    const pointsBack = role.length >= 2 && this.lang.article !== '' && this.lang.key(lastRoleWord).startsWith(this.lang.article);
    // («الرئيس شافيز» is not «رئيس الوزراء» described before: the bare title names the head of state.)
    const office = (by: readonly string[], rest: readonly string[]) => {
      const complements = this.lang.bareOffices?.get(by[0] as string);
      return complements === undefined || complements.has(rest[0] as string);
    };
    const narrowedBy = (s: Speaker, by: readonly string[]) =>
      s.roleKeys.length > by.length &&
      by.every((k, i) => s.roleKeys[i] === k) &&
      ((by.length === 1 && office(by, s.roleKeys.slice(1))) || pointsBack || s.roleKeys.slice(by.length).every((k) => this.lang.describes?.(k) === true));
    const last = titled === undefined ? -1 : this.recent.findIndex((s) => s.descriptionOnly && !s.group && narrowedBy(s, titled));
    if (last >= 0) {
      const s = this.recent[last] as Speaker;
      // (The description says more than the bare title: it is the person's role from now on, so that «وزير النقل» is
      // not the minister of health named «الوزير» here.)
      person.role = s.role ?? s.name;
      person.roleKeys = s.roleKeys;
      this.takeOver(s, person, last);
      // (Shorter descriptions of the same role, a headline's «عميد البلدية», are the person's too: the loop below.)
    }
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i] as Speaker;
      // ("Austria's interior minister" then "Interior Minister Wolfgang Peschorn": the possessor is no part of the title.)
      const described = s.roleKeys.filter((k) => !POSSESSIVE.test(k));
      if (!s.descriptionOnly || person.roleKeys.length === 0 || described.length === 0 || !described.every((k) => roleHolds(this.lang, person.roleKeys, k)))
        continue;
      // ("الرئيس" is not «نائب رئيس الوزراء …»: the description opens as the person's role does.)
      // ("Coroner" for "Senior Coroner Helen Marchbank": past words that describe the holder, not the office.)
      if (described[0] !== person.roleKeys.find((k) => !POSSESSIVE.test(k) && this.lang.epithetModifiers?.has(k) !== true)) continue;
      // Only a description by a title («مدير المركز», "the minister") is someone's: "a study" is no person's role.
      // (Arabic writes a profession the tables hold no title for the same way, «أخصائية بيئية» then «الأخصائية في علوم
      // البيئة البحرية، زينب …»: its opening word, the person's role's too, is enough.)
      if (!s.roleKeys.some((k) => this.lang.titles.has(k)) && !this.lang.verbFirst) continue;
      this.takeOver(s, person, i);
    }
  }

  /** Quotes already made hold the description's object: renaming it renames them; the person replaces it from now on. */
  private takeOver(s: Speaker, person: Speaker, at: number): void {
    s.name = person.name;
    if (person.role) s.role = person.role;
    s.descriptionOnly = false;
    this.recent.splice(at, 1);
  }

  /** Who was heard, most recently first: to put back after a paragraph that only repeats words said elsewhere. */
  order(): Speaker[] {
    return [...this.recent];
  }

  /**
   * The order of `before` again; speakers first heard since then follow, as heard longest ago. (One taken over since,
   * a description now named, stays gone.)
   */
  restoreOrder(before: readonly Speaker[]): void {
    const now = new Set(this.recent);
    const was = new Set(before);
    this.recent.splice(0, this.recent.length, ...before.filter((s) => now.has(s)), ...this.recent.filter((s) => !was.has(s)));
    if (this.recent.length > MAX_RECENT) this.recent.length = MAX_RECENT;
  }

  private heard(s: Speaker): Speaker {
    const at = this.recent.indexOf(s);
    if (at !== 0) {
      if (at > 0) this.recent.splice(at, 1);
      this.recent.unshift(s);
      // A reader does not carry a speaker over from dozens of speakers back; the bound keeps every look-up short.
      if (this.recent.length > MAX_RECENT) this.recent.pop();
    }
    return s;
  }
}

/**
 * Whether a speaker fits a verb form or pronoun. Groups take plural verbs and, in Arabic, the
 * feminine singular of non-human plurals (وأكدت المصادر); bodies are neither man nor woman.
 */
function agrees(a: Agreement | undefined, s: Speaker, lang: QuoteLanguage): boolean {
  if (!a) return true;
  const byMeaning = lang.agreesByMeaning;
  // ("She describes …" after "according to the Office for National Statistics": English "she" and "he" are no body an
  // institution's word names.)
  if (byMeaning && (a.gender === 'f' || a.gender === 'm') && s.body === true && s.nameKeys.some((k) => lang.institutionWords?.has(k) === true)) return false;
  // «وأشارا»: a dual verb goes on with two people named together, or a group.
  if (a.number === 'du') return s.pair === true || s.group;
  // (Two described by a dual are no one person: «وتابعت» after «مصدران آخران» is someone else.)
  if (s.pair === true && s.group) return a.number === 'pl';
  // (English "they" may be a body: "The ministry said … "…," they added".)
  if (a.number !== 'sg') return s.group || (byMeaning && (s.body === true || s.gender === 'n'));
  // (Arabic writes a broken plural's verb feminine singular, «وقالت المصادر»; English "she" is never a group.)
  if (a.gender === 'f') return s.gender === 'f' || (s.gender === undefined && !s.group) || (s.group && !byMeaning);
  if (a.gender === 'm') return !s.group && s.gender !== 'f' && s.gender !== 'n';
  if (a.gender === 'n') return !s.group && s.gender !== 'm' && s.gender !== 'f';
  return !s.group;
}

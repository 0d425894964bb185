/**
 * What the quote stage needs to know about a language, as data. The stage itself
 * (annotate/quotes) is language-neutral: it looks words up in these tables by their matching
 * key. Adding a language means adding `lang/<code>/quotes.ts` and registering it below.
 */
import { AR_QUOTES } from './ar/quotes.js';
import { EN_QUOTES } from './en/quotes.js';

/** What a verb form (or pronoun) tells about its subject: Arabic verbs agree in gender and number. */
export interface Agreement {
  gender?: 'm' | 'f' | 'n';
  number: 'sg' | 'du' | 'pl';
}

export interface CueWord {
  lemma: string;
  agreement?: Agreement;
  /** A present form («يقول», «تؤكد»), which no noun shares. */
  present?: boolean;
  /** Continuation verb (added, وأضاف, وتابع): with no subject it keeps the previous speaker. */
  carry?: boolean;
  /** Ambiguous word (بين "between", رد "return", confirmed + noun): a cue only with a complementiser right after it. */
  weak?: boolean;
  /** A weak cue that takes no clause without its complementiser ("indicated the route" is no speech, "indicated that …" is). */
  needsComplementiser?: boolean;
  /** Adverbial participle (موضحًا أن, adding that): continues the clause of the sentence's speaker. */
  participle?: boolean;
  /** May introduce a clause without a complementiser (English "said the talks …"). */
  bareClause?: boolean;
  /**
   * A bare clause only when an auxiliary or copula soon follows ("warned the economy would
   * shrink"): the verb also takes plain objects ("admitted 1.4 million refugees", "claimed
   * responsibility").
   */
  clauseNeedsFinite?: boolean;
  /** Takes what it describes as an object before the clause describing it («ووصف الوزير القرار بأنه …»). */
  objectBeforeClause?: boolean;
  /** Takes an addressee before the complement ("told reporters that", أبلغ). */
  addressee?: boolean;
  /** Prepositions that introduce what was said as a noun phrase (لفت إلى X، أعرب عن X). */
  objectPrepositions?: readonly string[];
  /** A relaying verb: the speaker follows this preposition, the verb's subject is the medium («نقلت وكالة X عن Y قوله إن»). */
  relay?: string;
  /**
   * Takes what was said as a noun with a possessive pronoun right after a definite subject
   * («أعلن النادي نيته تقديم احتجاج», «نفى الوزير علمه بـ…»): that noun starts the content.
   */
  nominalObject?: boolean;
  /** A passive verb of saying («أفيد», «قيل»): what it reports was said by nobody the text names. */
  passive?: boolean;
  /**
   * Says what was said as a quoted description of its object ("called the plan "a waste of public
   * money"", "describing her as "brave, strong and smart""): a cue only for marks of three or more
   * words a few words after it.
   */
  quotesAfterObject?: boolean;
  /** Takes the person warned or told as its object before its preposition («حذّر الدول من أن»). */
  personObject?: boolean;
  /** A particle the verb needs right after it to report ("pointed out that"; "pointed to the data" is no speech). */
  particle?: string;
  /** Prepositions after which the word is another verb, no cue («ورد في التقرير أن», "it was stated in the report"). */
  notBefore?: readonly string[];
  /** A verbal noun («إعلان», «تأكيد») reporting a clause after its agent: a cue where a noun stands, after a preposition too. */
  verbalNoun?: boolean;
  /** A verb of asking («تساءل», «متسائلا»): a question word opens what was asked («تساءل الوزير كيف …»). */
  asks?: boolean;
  /** A verb of explaining ("explained how …", "explaining why …"): a question word opens what was explained. */
  explains?: boolean;
}

/** A phrase that attributes without a verb: «وفقًا لـ X», «بحسب X», "according to X". */
export interface SourcePhrase {
  /** Matching keys of the words, in order. */
  words: readonly string[];
  /** A preposition the next word carries as a proclitic (وفقًا لـX, للكرملين), stripped from the speaker. */
  clitic?: string;
  /** The phrase also takes a plain reason ("citing Taliban violence"): a source only when its head can speak. */
  needsSpeakerHead?: boolean;
  /** The phrase ends in the relative «ما» written onto it («حسبما»): its verb comes next, then the source. */
  relative?: boolean;
  /** Words right before the phrase that make it a clause of another word's («التزمت بما جاء في القرار», "complied with what
   * the resolution says"): then it names no source. */
  notAfter?: ReadonlySet<string>;
  /** Nouns after which the phrase means "in accordance with" (a law, a plan, a picture), naming no source. */
  norms?: ReadonlySet<string>;
}

export interface TitleWord {
  /** Takes a complement before the name (وزير الخارجية …, Secretary of State …). */
  complement?: boolean;
  gender?: 'm' | 'f';
  /** Opens a role after the name too, without a comma («سيرغي لافروف وزير الخارجية»). */
  afterName?: boolean;
  /** The title this one abbreviates ("sen" → "senator"), so that "the senator" finds "Sen. Joe Manchin". */
  means?: string;
  /** Also a given name, read as the title only when definite or before a definite complement («مختار المحلة», not «مختار جمعة»). */
  givenNameToo?: boolean;
}

/** Matching key of a word and how its conjunction proclitics split off. */
export interface WordShape {
  /** Matching key (normalised, lower-cased); never shown to a reader. */
  key(word: string): string;
  /** Length of a leading conjunction (و/ف in Arabic) to split before a cue lookup; 0 when none. */
  conjunctionLength(word: string): number;
  /**
   * Length of a leading preposition proclitic `clitic` (ل in «للكرملين», «لـ»), and whether it ate
   * the article's alef (لل → ال). null when the word does not start with it.
   */
  procliticLength(word: string, clitic: string): { length: number; article: boolean } | null;
  /** The definite article a proclitic can swallow (لل = لـ + ال), put back when naming the speaker. */
  article: string;
  /** The key without its definite article (الخبراء → خبراء); English keys are returned as they are. */
  articleless(key: string): string;
  /** The key without a possessive pronoun suffix (رئيسها → رئيس: "its president" is a title too); English keys as they are. */
  possessorless(key: string): string;
  /**
   * A key that keeps the letters the matching key folds but careful text keeps apart (ى and ي:
   * «على» the preposition, «علي» the name). English keys as they are.
   */
  strictKey(word: string): string;
  /** Whether a text keeps those letters apart (writes both a final ى and a final ي); if not, only the folded key can match. */
  distinguishesSpelling(text: string): boolean;
  /**
   * Whether a word, as written, is a noun with an attached possessive pronoun that cannot go on
   * a subject before it («نيته», «رغبتهم»; not «نفسه» or «بدوره», which do). English: never.
   */
  possessedNoun(word: string): boolean;
  /** The gender a verb in the past or present is written for («أجابت», «تقول» → f; «سأل», «يقول» → m), when its form says. */
  verbGender?(word: string): 'm' | 'f' | undefined;
  /** A word from the list of how one speaks («بصوت», «ضاحكة»): after any word of the subject, it ends the subject. */
  manner?(word: string): boolean;
  /** A preposition written onto its noun that no name is spelt like («بإمكانية»): no subject even right before a complementiser. */
  prepositional?: (word: string) => boolean;
  /**
   * Whether a word right after a verb opens an adverbial, not the subject: «بلهجة …», «بصوت …»
   * (a preposition glued to a common noun: how it was said). Absent: never.
   */
  opensAdverbial?(word: string): boolean;
  /**
   * Whether a word is a noun with its own possessive pronoun whose stem is a known word
   * («استقباله», «زيارتها»; not «مياه», whose ه is its own): after a preposition, a setting. Absent: never.
   */
  ownedNoun?(word: string): boolean;
  /**
   * Whether a word may be a verb rather than a given name where the entity stage read it into a name («وسئل ولد بابه»,
   * «اكتفت بن عمارة»): a cue, a conjunction before a word, or a verb's own letters.
   */
  verbShaped?(word: string): boolean;
  /** Whether a word is a preposition with its pronoun and nothing else («عليه», «إليهم»). */
  prepositionPronoun?(word: string): boolean;
  /** Whether a word is a preposition (بـ، لـ) glued onto a known word («بكلية», «لشؤون»), not a name that starts so («بشار»). Absent: assume so. */
  gluedPreposition?(word: string): boolean;
  /** Whether a word is common in the lexicon and never part of a name there («أجرة», not «حمزة»). Absent: never. */
  commonWord?(word: string): boolean;
}

export interface QuoteLanguage extends WordShape {
  code: string;
  /** Speaker follows the verb (Arabic VSO) rather than preceding it (English SVO, with inversion after quotes). */
  verbFirst: boolean;
  /** Whether capital letters mark names (English yes, Arabic no). */
  casedNames: boolean;
  /**
   * Whether pronouns and verbs agree with a speaker by meaning, not by grammar: English "they" for a body ("The club said
   * … "…," they said") and "she" only for a woman; Arabic verbs agree with the noun («وقالت الشرطة», and «وقالت
   * المصادر» for a broken plural).
   */
  agreesByMeaning: boolean;
  cues: ReadonlyMap<string, CueWord>;
  /** Words that open the reported clause: أن / إن / بأن (with pronoun suffixes), "that". */
  complementisers: ReadonlySet<string>;
  /** Prepositions between a verb and its complementiser (أشار إلى أن، شدد على أن). */
  complementPrepositions: ReadonlySet<string>;
  /** Particles that may open the content after a source phrase and belong to neither (ووفقًا لـX، فإن …). */
  contentParticles: ReadonlySet<string>;
  sourcePhrases: readonly SourcePhrase[];
  /** Words after a source phrase that stand for what was said, followed by its verb («بحسب ما أعلنته X»). */
  sourceRelatives: ReadonlySet<string>;
  /** A preposition with a pronoun that points back at the relative («بحسب ما أفاد به X»): not part of the speaker. */
  sourceResumptives: ReadonlySet<string>;
  /** Prepositions that open a setting phrase when followed by a setting noun (في بيان، in a statement). */
  settingPrepositions: ReadonlySet<string>;
  settingNouns: ReadonlySet<string>;
  /** Nouns naming a medium; «لـ» + one of them, or "told" + them, is an addressee (لوكالة، لصحيفة). */
  outletNouns: ReadonlySet<string>;
  /** Phrases, as keys joined by spaces, that give the name of someone described just before («الذي عرف نفسه باسم», "who identified himself as"). */
  namingPhrases?: readonly string[];
  /** Words bound inside one person's name, not counted as words of their own when a name's length is weighed («بن», «آل», «عبد»). */
  nameParticles?: ReadonlySet<string>;
  /** Names of outlets the press is told things by, without their article («للجزيرة», «لهسبريس», «لبي بي سي»): after «لـ», an addressee. */
  outletNames?: ReadonlySet<string>;
  /** Words of a photo credit in parentheses («(رويترز)», "(AP Photo)"): a caption run into the text, never what was said. */
  creditWords?: ReadonlySet<string>;
  /** Words that cannot open a reported clause ("warns of …", "said of …"): prepositions. */
  nonClauseWords: ReadonlySet<string>;
  /** Conjunctions that share the subject of the previous verb ("welcomed the move but said …"). */
  coordinators: ReadonlySet<string>;
  /** Words that end a speaker noun phrase: time words, relatives, clause openers. */
  subjectStops: ReadonlySet<string>;
  /** "To me" («لي»): whom it was said to when right before what was said, and no subject («كان أبي يقول لي: …»). */
  toMe?: ReadonlySet<string>;
  /** Adverbs and auxiliaries that may stand between a subject and its verb ("also", "has"). */
  preVerbAdverbs: ReadonlySet<string>;
  /**
   * Verb-first languages: contrastive openers before a subject that stands before its verb
   * («لكن متحدثا باسم الوزارة قال»); a word followed by the complementiser counts with it («غير أن»).
   */
  subjectOpeners?: ReadonlySet<string>;
  /** Of those, the ones that open it without a complementiser too («، لكن X قال»). */
  bareSubjectOpeners?: ReadonlySet<string>;
  /** Prepositions opening an absolute phrase whose name is a participle's own subject ("with Boswell stating"). */
  absolutePrepositions?: ReadonlySet<string>;
  /** Objects that make a verb of telling no speech ("tells the truth", "told lies"). */
  toldObjects?: ReadonlySet<string>;
  /** Words that negate the verb after them ("have not said why", "never said"): no speech is reported. */
  negators?: ReadonlySet<string>;
  /**
   * A particle that negates a present verb but, before any other form, a noun («لا يرى» / «لا رأي لهن», «لا قول»), and
   * the test for a present form: a cue word after the particle that fails it is no verb.
   */
  nounNegation?: { particles: ReadonlySet<string>; present: (key: string) => boolean };
  /** Subject-first languages: conjunctions after a comma that open a clause with a subject of its own ("…, while the police say …"). */
  contrastClauses?: ReadonlySet<string>;
  /** Subject-first languages: words that may open a clause reported without "that" ("said if …"). */
  bareClauseOpeners?: ReadonlySet<string>;
  /** Words that make one name with the word before them («فضل الله», «نصر الدين»): that word is then no stop word («فضل عدم …»). */
  nameCompounds?: ReadonlySet<string>;
  /** «عبد»: a word after which a title is a name's part («عبد الأمير», «عبد الملك»). */
  servantOf?: ReadonlySet<string>;
  /** Verb-first languages: adverbs before a verb that add a clause by the subject before («كما يوضح أن»). */
  alsoWords?: ReadonlySet<string>;
  /** Verbs of being called, after «كما» in an aside that gives a kunya's owner («أبو العبد، كما يلقب هنية،»). */
  knownAsVerbs?: ReadonlySet<string>;
  /** A relay word with a pronoun for the speaker named before («نقل عنه X»: X relays, he spoke). */
  relayPronouns?: ReadonlySet<string>;
  /** Words before a cue that make it a fact's, not a speaker's («وهو ما يؤكد أن»). */
  relativeWhat?: ReadonlySet<string>;
  /** "itself", "themselves": an object that makes a quoted description a name ("calling itself "…""). */
  reflexives?: ReadonlySet<string>;
  /** "while", "when": words opening a time clause of the verb's own ("said while visiting"), no reported clause. */
  adjunctOpeners?: ReadonlySet<string>;
  /** "On", "About": words opening a prompt line over a quotation in a quotes sheet ("On the comeback:"), naming its topic. */
  promptOpeners?: ReadonlySet<string>;
  /** "on behalf of": after a document's noun, whom the document speaks for ("a statement on behalf of X"). */
  onBehalfPhrase?: string;
  /** "team", "researchers": heads of a description that, definite, means the research group the article brought in. */
  researchGroups?: ReadonlySet<string>;
  /**
   * "after", "because", "when": words opening a clause with its own subject, to whom a verb joined to its verb by "and"
   * belongs; opening a sentence, a clause before the main one.
   */
  subordinators?: ReadonlySet<string>;
  /** Words that with a complementiser make a time clause («قبل أن», «بعد أن»): "before adding: "…"" quotes anew. */
  timeSubordinators?: ReadonlySet<string>;
  /** "Mr.", "Ms.": titles of courtesy that say nothing of a speaker's role. */
  courtesyTitles?: ReadonlySet<string>;
  /** "to": the mark of an infinitive before a cue (and after a weak one, which then reports nothing: "continued to"). */
  infinitiveMarkers?: ReadonlySet<string>;
  /** Verbs that revise one's account, carrying a cue's infinitive past their object ("amended his testimony to say"). */
  revisingCarriers?: ReadonlySet<string>;
  /** "are among retailers that said": the word that puts a sentence's subject in the group a relative clause describes. */
  amongWord?: string;
  /** "led Airbus to announce", "forced the company to admit": verbs whose object says what the infinitive after it says. */
  objectControllers?: ReadonlySet<string>;
  /** "continue", "went (on)", "wanted": verbs whose subject says what the infinitive after them says ("continues to insist"). */
  infinitiveCarriers?: ReadonlySet<string>;
  /** "on" in "went on to say": a particle between a carrier and its infinitive. */
  carrierParticles?: ReadonlySet<string>;
  /** «نحن», «لدينا», «لقد»: words opening a speaker's own words, never reported ones nor a name. */
  firstPersonOpeners?: ReadonlySet<string>;
  /** Words that, right after a verb going on («وتابع»), open the speaker's own words unmarked («هذا ليس …», «لن نقبل»). */
  goingOnOpeners?: ReadonlySet<string>;
  /**
   * Whether a paragraph's text speaks in the first person («نحن نحترم …», «لن نسمح …»): with no cue and no mark of
   * its own, right after a paragraph that ended on someone's direct speech, it is that speech going on (text whose
   * quotation marks were lost, one sentence per paragraph).
   */
  firstPerson?: (text: string) => boolean;
  /** «أبلغه» → «أبلغ»: a key less an object pronoun written onto it, if it ends in one. */
  objectPronounStem?(key: string): string | undefined;
  /** «متمنيا», «مجددا»: a word shaped as an adverb in the accusative, which says how and names no one. */
  accusativeAdverb?(word: string): boolean;
  /** «بينما», «فيما»: words opening a clause of its own inside a sentence, its verb right after them. */
  clauseOpeners?: ReadonlySet<string>;
  /** «عدم نقل الصراع», «في نقل …»: words no verb follows, so a cue word after them is its verbal noun. */
  nounGovernors?: ReadonlySet<string>;
  /**
   * «من كتب أبنائه» (from his sons' books): words after which a cue's past form is a noun, its present form a verb
   * («من يرى أن», whoever thinks).
   */
  pastNounGovernors?: ReadonlySet<string>;
  /** «غير»، «بيد»: words that make "but" of a complementiser after them («غير أنه قال»). */
  contrastParticles?: ReadonlySet<string>;
  /** «يدعى», «تدعى»: "named", after a description, the name following it is the subject's. */
  namingVerbs?: ReadonlySet<string>;
  /** Verbs that open a byline at the head of a paragraph, before a colon («كتب: …»). */
  bylineVerbs?: ReadonlySet<string>;
  /** Verb-first languages: a word fronting a topic that is the subject of a verb joined to it by a particle («أما X فقد قال»). */
  topicOpeners?: ReadonlySet<string>;
  /** The particle, written onto the verb or its «قد», that ends a fronted topic («ف»). */
  topicParticle?: string;
  titles: ReadonlyMap<string, TitleWord>;
  /** Words that join a title to its complement («المتحدث باسم …», "spokesman for …"). */
  roleLinkers: ReadonlySet<string>;
  /** Titles written as initials and the words they stand for ("ceo" → chief executive), to find whom a headline's initials title. */
  titlesSpelledOut?: ReadonlyMap<string, readonly string[]>;
  /** More kinds of body a description may name once the body has spoken ("the grocer", "the broadcaster"). */
  bodyKinds?: ReadonlySet<string>;
  /** Nouns for a party's member ("the Democrat", "the Tory"): they describe a politician of any office. */
  partyNouns?: ReadonlySet<string>;
  /** Words before a date that say when something was said ("on Tuesday", "last week"), not which thing it describes ("from Friday"). */
  whenLinks?: ReadonlySet<string>;
  /** Adverbs of time or place that may open a verb-first sentence before its verb («وهنا قاطعه …», «وعندها رد …»). */
  openingAdverbs?: ReadonlySet<string>;
  /** Words that describe a title's holder without changing the title ("the veteran coach", "the longtime manager"). */
  epithetModifiers?: ReadonlySet<string>;
  /** Words before a description's head noun that point away from whoever was named ("the rival company", "the other team"). */
  contrastModifiers?: ReadonlySet<string>;
  /** Words that complete the role word right before them, not a name's first («المغفور له الملك الحسين»: "the late"). */
  roleTails?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns that point back at a person named before («الرجل», "the woman"), with the gender they give. */
  personNouns: ReadonlyMap<string, 'm' | 'f'>;
  /**
   * Head nouns of a body that, definite, stand for a body named before: in scripts without capitals, alone («الصحيفة»,
   * «الوزارة», «البنك») and not a name; in English, generic heads ("the company", "the utility") that, when no body of
   * that name was named, mean the one the article names most.
   */
  bodyNouns?: ReadonlySet<string>;
  /** Complementisers that, after a verb's object, report on it («علق على الاتفاق بأن …»). */
  objectClauseOpeners?: ReadonlySet<string>;
  /** Whether a key is the dual of a person noun or a title («الرجلان», «الزعيمان»): the pair named together before. */
  personDual?: (key: string) => boolean;
  /** Whether a key is definite and in the dual, as an adjective after a dual agrees («الدوليان»). */
  definiteDual?: (key: string) => boolean;
  /** Whether a key is the dual of a noun for people, with or without the article («مصدران», «نائبان»): two speakers, a group. */
  dualNoun?: (key: string) => boolean;
  /** "his", "her", "their": after a name and "and" they open a second part of one subject ("Paganini and his team"). */
  possessiveDeterminers?: ReadonlySet<string>;
  /** The stem an adjective of origin shares with its plural, feminine and country («الإيرانيين», «الإيراني», «إيران»). */
  nisbaStem?: (key: string) => string;
  /** Titles that say only that someone holds an office («المسؤول», "the official"): a description may add only adjectives. */
  genericTitles?: ReadonlySet<string>;
  /** "said little", "said nothing": words after a verb of saying that are its object, no clause. */
  quantityObjects?: ReadonlySet<string>;
  /** Words the press uses for one another in descriptions ("Tory" for "Conservative", "GOP" for "Republican"), to one key. */
  descriptionAliases?: ReadonlyMap<string, string>;
  /** The countries `descriptionAliases` takes nationalities to ("pole", "polish" → "poland"): two describe two people. */
  countries?: ReadonlySet<string>;
  /** A party-and-state tag after a name ("R-Ky.") → the words a later description uses ("republican", "kentucky"). */
  partyTag?: (word: string) => string[] | undefined;
  /** Whether a word is a past participle ("released", "seen by Reuters"): one opening an aside before the verb. */
  pastParticiple?: (key: string) => boolean;
  /** Whether a key is a verb's past tense ("left", "resigned"): after a name, it makes a clause ("stated Montalvo left …"). */
  pastTense?: (key: string) => boolean;
  /** A word around a name as a description reads it, past prepositions and marks written onto it («للمخرجة», «لـ«حزب»»). */
  descriptionWord?: (word: string) => string;
  /** Adjectives of a title that a complement with «لـ» follows («الأمين العام لـ», «الممثل الأعلى لـ»). */
  titleAdjectives?: ReadonlySet<string>;
  /** «باسم»: after a spokesman's title, the one spoken for («متحدث باسم أولمرت» is not Olmert). */
  onBehalfOf?: string;
  /** «برئاسة X»: the word saying X heads the body named before it, and the keys of the titles that makes X's. */
  headedBy?: { word: string; titles: readonly string[] };
  /** «ونظيره الأردني»: stems of a noun for one's counterpart, who holds the title of the person before it. */
  counterparts?: ReadonlySet<string>;
  /** Words of emphasis that follow a subject («الوزير نفسه» "the same minister", «بدوره» "in turn"): no part of its name. */
  subjectEmphasis?: ReadonlySet<string>;
  /** «من» ("from", "of"): after a person's name in a subject, where the speaker is or what body they are of. */
  sourceFrom?: string;
  /** «نفس», «ذات» before a definite noun («نفس المصادر», "the same sources"): no part of the subject's name either. */
  emphasisBefore?: ReadonlySet<string>;
  /** Prepositions standing apart before a name («إلى», «مع»): the name they govern is no verb's subject. */
  governingPrepositions?: ReadonlySet<string>;
  /** Scripts with capitals: prepositions that read "roughly" before a number ("about 200 people"). */
  approximators?: ReadonlySet<string>;
  /** Scripts with capitals: the writer's own pronouns ("As we've noted, …"): the narrator, no one quoted. */
  narratorPronouns?: ReadonlySet<string>;
  /** Scripts with capitals: modals of what may or might be said ("might argue"): no report follows them. */
  hypotheticals?: ReadonlySet<string>;
  /** Words of the time of day («صباح», «مساء»), which also name people after a title («الشيخ صباح الخالد»). */
  timeOfDay?: ReadonlySet<string>;
  /** Question words that open an indirect question after a verb of asking («كيف», «لماذا», «لو»). */
  questionWords?: ReadonlySet<string>;
  /** Complementisers fused with a negation («ألا» = «أن لا»): the content keeps them, or it would say the opposite. */
  negatedComplementisers?: ReadonlySet<string>;
  /** Words opening the condition a source spoke on, before what it said («لرويترز شريطة عدم الكشف عن هويته إن», «طالبا عدم نشر اسمه»). */
  conditionOpeners?: ReadonlySet<string>;
  /** Words that take narration back up after a reported clause when a setting follows («وذلك في مؤتمر صحفي»). */
  narrationResumes?: ReadonlySet<string>;
  /** News agencies and outlets by whole name, lower-cased ("reuters", "the associated press"): they report, they are not "the company". */
  newsOutlets?: ReadonlySet<string>;
  /** Words naming an institution ("union", "ministry", "university"): a body named so is no "company" or "firm". */
  institutionWords?: ReadonlySet<string>;
  /** Institution words by kind, those of one kind standing for one another ("agency" for a department, not for a union). */
  institutionKinds?: ReadonlyMap<string, string>;
  /** Nouns for a person that are no title ("agent", "resident", "founder"): a description they head names a person, not a body. */
  personHeads?: ReadonlySet<string>;
  /** A title's complement that names the same office as another (رئيس الحكومة = رئيس الوزراء): key (or two keys, «مجلس وزراء») → the key it matches as. */
  complementSynonyms?: ReadonlyMap<string, string>;
  /** Words opening a description of several people ("Two engineers at the firm", "Several residents"): a group. */
  pluralOpeners?: ReadonlySet<string>;
  /** Unnamed groups that speak: خبراء، مصادر، officials. */
  groupNouns: ReadonlySet<string>;
  /** Forms of address that honour whoever holds the title after them (جلالة الملك، فخامة الرئيس): no part of a description's sense. */
  honorifics?: ReadonlySet<string>;
  /** The honorific (its key in `honorifics`) a key is with a pronoun standing for its holder (جلالته → جلالة، سموه → سمو). */
  pronounHonorific?(key: string): string | undefined;
  /**
   * Scripts with capitals: head words of a body or place that take "of"/"for" and a name into one
   * name ("Department of Energy", "Bank of England", "University of Texas").
   */
  nameHeads?: ReadonlySet<string>;
  /** Scripts with capitals: months and weekdays, capitalised yet no name after "in", "on" or a number ("in August"). */
  calendarWords?: ReadonlySet<string>;
  /** Words no complementiser is followed by: before them the complementiser's letters are a name («بان كي مون»). */
  neverAfterComplementiser?: ReadonlySet<string>;
  /** Words of time that end a subject read back from «قد» («… الشهر الماضي قد أفاد»). */
  timeWords?: ReadonlySet<string>;
  /** "would have claimed", "could have said": the auxiliary and the modals that make a verb after them unreal. */
  conditionalPerfect?: { have: string; modals: ReadonlySet<string> };
  /** A preposition of duration and the nouns of time it takes ("for decades", "for the past two years"): a setting. */
  durations?: { prepositions: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** Scripts with capitals: the months, whole ("november"), which a date after a verb may cut short ("Nov. 18"). */
  calendarMonths?: readonly string[];
  /** Words after which a month or weekday is a date, not a name. */
  calendarBefore?: ReadonlySet<string>;
  /** Things that report without being a person: "the report", "data", "sources" (speakers of "states", "shows", "citing"). */
  documentNouns?: ReadonlySet<string>;
  /** Auxiliaries, modals and copulas: a clause after a verb that also takes objects has one of them. */
  finiteMarkers?: ReadonlySet<string>;
  /** Subjects that stand for no one and open a clause before a finite marker ("noted there should be …"). */
  expletiveSubjects?: ReadonlySet<string>;
  /** "although", "though": conjunctions whose clause, right after an attribution, goes on with the speaker's argument. */
  concessives?: ReadonlySet<string>;
  /** "nobody", "everyone", "no one": indefinite pronouns that open a clause as its subject, one word or two. */
  indefiniteSubjects?: ReadonlySet<string>;
  /** A separate definite article ("the"), where the language writes one apart from the noun. */
  definiteArticle?: string;
  /** Scripts with capitals: articles, which start a description ("a senior analyst") and are no part of a name. */
  determiners?: ReadonlySet<string>;
  /** "a", "an": a description they open brings in someone new. */
  indefiniteArticles?: ReadonlySet<string>;
  /** Words for "one of" («أحد الناجين», «إحدى الضحايا»): a phrase they open describes someone unnamed, however it reads. */
  partitives?: ReadonlySet<string>;
  /** Scripts with capitals: relative pronouns that open a clause inside a subject ("A spokesperson who …"). */
  relativePronouns?: ReadonlySet<string>;
  /** Scripts with capitals: subject pronouns of every person ("they really believed"), after which a manner adverb may stand. */
  personalPronouns?: ReadonlySet<string>;
  /** Scripts with capitals: object pronouns, never the speaker after a verb ("asked them"). */
  objectPronouns?: ReadonlySet<string>;
  /** Scripts with capitals: words joining two names into one ("Russia and China", "Johnson & Johnson"). */
  nameJoiners?: ReadonlySet<string>;
  /** Scripts with capitals: prepositions joining a body's head word to its name ("Department of Energy"). */
  nameLinks?: ReadonlySet<string>;
  /** Whether a key reads as an adjective describing the noun before it (the nisba «التونسي», «أمريكية»), not a complement naming what a title heads. Absent: never. */
  describes?(key: string): boolean;
  /**
   * Titles that written bare name one office, each with the complements that office takes («الرئيس» is the head of
   * state, «رئيس الجمهورية»; not «رئيس الوزراء» or «رئيس البرلمان»): a bare title with a name takes over a description
   * by such a title only when its complement is one of these or describes it.
   */
  bareOffices?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words right before a cue that say it was not said ("stopped short of claiming"), as keys in order. */
  withheldBefore?: readonly (readonly string[])[];
  /** Modifiers of a role that say the same, each to the one it is read as ("retired" → "former"). */
  sameModifiers?: ReadonlyMap<string, string>;
  /** "Thus" between a quotation and the verb after it («"…"، هكذا قال»), pointing back at the quotation. */
  thusWords?: ReadonlySet<string>;
  /** Demonstratives that, with «ما» and a verb whose pronoun resumes it, point back at a quotation («هذا ما قاله X»). */
  pointingBack?: ReadonlySet<string>;
  /** Words for "as" before «ما» and a verb of saying after a quotation («"…"، على ما أعلن X», «حسب ما قال»). */
  asWhat?: ReadonlySet<string>;
  /** Verbal nouns relaying another's words inside a verb's subject, with the preposition they take («ذكرت الوكالة نقلا عن مصدر أن»): the source after them speaks. */
  relaySources?: ReadonlyMap<string, string>;
  /** Adjectives that are no nisba («كبير», «بارز», «رفيع»): after an indefinite title they describe it, naming no one. */
  plainAdjectives?: ReadonlySet<string>;
  /** Whether a key is a verb's -ing form ("threatening"), which a preposition takes as an object, not a setting. Absent: never. */
  gerund?(key: string): boolean;
  /** Passive reporting forms that open a sentence with the narrator's background, nobody's speech («يذكر أن»). */
  impersonal?: ReadonlySet<string>;
  /** Prepositions linking a document to its issuer ("from", "by"; «عن»). */
  issuerLinks?: ReadonlySet<string>;
  /** Words after which a participle is no verb of its own: degree ("the most telling contradiction"), "worth noting that". */
  participleNotVerbAfter?: ReadonlySet<string>;
  /** Nouns for what a document found ("the results", "the findings"), which "of" links to the document that speaks. */
  findingNouns?: ReadonlySet<string>;
  /** Participles of issuing before that preposition («صادر عن»). */
  issuedWords?: ReadonlySet<string>;
  /** Words opening a fronted attribution whose content follows its comma ("As Smith noted, …"). */
  asAttribution?: ReadonlySet<string>;
  /** Words after which a verb's unnamed subject is the mention right before («حين قال», "who said"), not the sentence's first. */
  nearestAntecedent?: ReadonlySet<string>;
  /** «من جهته», «من جانبها»: "for one's part", a preposition and a noun with a pronoun that is no subject. */
  forOnesPart?: (preposition: string, noun: string) => boolean;
  /** «أنه», «إنها», «بأنهم»: complementisers that carry a pronoun of the third person. */
  thirdPersonComplementisers?: ReadonlySet<string>;
  /** «بدوره», «بدورها»: "in turn", one word that, opening a sentence, is no subject either. */
  inOnesTurn?: (key: string) => boolean;
  /** «مكررا القول إن», «ختم بالقول إن»: "the saying", which stands between a cue and its complementiser. */
  sayingNouns?: ReadonlySet<string>;
  /** Nouns for what someone said («تصريحات», «دعوة»): in construct with a person, a quotation after them is that person's. */
  speechNouns?: ReadonlySet<string>;
  /** «وحين سألناها», «وعندما نسألها»: whether two keys are a "when" and a form of asking someone, which opens an exchange. */
  askedWhen?: (when: string, verb: string) => boolean;
  /** Nouns for what someone said or advised that a name in the possessive opens a sentence on, before a colon and a quotation ("Ferrante's answer was short: …"). */
  possessedSpeechNouns?: ReadonlySet<string>;
  /** Whether a key (article off) names a language («الإنجليزية»): «بالإنجليزية» after a name says how, not who. */
  languageWord?: (key: string) => boolean;
  /** Words of time after which the complementiser's particle is a conjunction («قبل أن», «بعد أن»). */
  timeConjunctions?: ReadonlySet<string>;
  /** «فيه», «فيها»: a preposition with the pronoun that, right after a verb in a relative clause, points back at its antecedent. */
  resumptive?: ReadonlySet<string>;
  /** Nouns for "the one speaking" («المتحدث»): alone, a description of the person heard last (a spokesman's title otherwise). */
  speakingNouns?: ReadonlySet<string>;
  /** Prepositions that name an agent ("a study by the Centre …"): capitals after them may be a source. */
  agentPrepositions?: ReadonlySet<string>;
  /** Nouns by which an article says it is an interview («حوار», "interview"): its questions and answers are read as such. */
  interviewNouns?: ReadonlySet<string>;
  /** Relative pronouns after which a verb's subject is the mention right before them («أنان الذي قال», "Smith, who said"). */
  relativeAntecedent?: ReadonlySet<string>;
  /** The noun for one who does what a present-tense verb says ("coaches" → "coach", "manages" → "manager"); absent: none. */
  verbNoun?: (key: string) => string | undefined;
  /** Offices the press names another way, title and complement both: "title complement" keys → the usual pair («رئيس الدبلوماسية» → «وزير الخارجية»). */
  officeSynonyms?: ReadonlyMap<string, readonly [string, string]>;
  /** Words that with a preposition before them bound a number ("at least 12", "at most"): no setting. */
  numberBounds?: ReadonlySet<string>;
  /** Relative pronouns for two («اللذان»): the name before them is one of a pair. */
  dualRelatives?: ReadonlySet<string>;
  /** Nouns for a person by trade that are no title («الدبلوماسي», «المحقق»): with an adjective of origin they describe someone introduced so. */
  professionNouns?: ReadonlySet<string>;
  /**
   * Nouns for a kind of body that, with an adjective of origin, describe a body named before with that origin («النادي
   * الإسباني» after «ريال مدريد الإسباني»), where with a state's adjective they are no name of their own (not «الجيش»).
   */
  describedBodyNouns?: ReadonlySet<string>;
  /** Words opening an aside about the subject before its verb that are no relative («وهي من سكان الحي»). */
  asideOpeners?: ReadonlySet<string>;
  /** The second word of an aside asking not to be named («طلب عدم ذكر اسمه»). */
  withheldNouns?: ReadonlySet<string>;
  /** Words tying a person to a place after the name ("Sen. Weiss of Rhode Island", "a senator from Arlington"). */
  placeLinks?: ReadonlySet<string>;
  /** Given names read as one gender (Mary, John): a speaker's gender before any pronoun tells it. */
  givenNameGender?: ReadonlyMap<string, 'm' | 'f'>;
  /** Common given names, keys (where `givenNameGender` holds fewer): a word that opens a full name, no surname. */
  givenNames?: ReadonlySet<string>;
  /** Subject pronouns with their agreement. */
  pronouns: ReadonlyMap<string, Agreement>;
  /** A noun of saying with a possessive pronoun that stands for the speaker after a source phrase («بحسب قوله», «على حد تعبيرها»). */
  sayingPronouns?: ReadonlyMap<string, Agreement>;
  /** Words before quotation marks that make them a name or term: يُعرف بـ، called, so-called. */
  termIntroducers: ReadonlySet<string>;
  /** Scripts with capitals: cue words that are also the plural noun of places after their names ("in Ogun, Oyo and Kwara states"). */
  placePlurals?: ReadonlySet<string>;
  /** Auxiliaries that put the subject before the verb («وكان X قد قال»). */
  auxiliaries: ReadonlySet<string>;
  /** "Still" auxiliaries right before a verb, with their negation when written apart («الوزير لا يزال يؤكد», «مازالت ترى»): no part of the subject. */
  stillAuxiliaries?: ReadonlySet<string>;
  stillNegations?: ReadonlySet<string>;
  /** Headline labels before a colon that are not speakers: عاجل، Analysis, Live. */
  headlineKickers: ReadonlySet<string>;
  /** Words after which a cue word is not a finite reporting verb: "to report" (infinitive), "a claim that" (noun). */
  nonFiniteBefore: ReadonlySet<string>;
  /** Abbreviations written with a full stop that does not end a sentence (keys, without the stop). */
  abbreviations: ReadonlySet<string>;
  /**
   * Table words whose folded key another word shares (على / the name علي): folded key → strict key.
   * Where the text keeps the spellings apart, a word matches such an entry only with its strict key.
   */
  spellingSensitive: ReadonlyMap<string, string>;
}

const REGISTRY = new Map<string, QuoteLanguage>([
  ['ar', AR_QUOTES],
  ['en', EN_QUOTES],
]);

/** The quote knowledge for a BCP 47 tag; documents in other languages get the English tables, which only match Latin script. */
export function quoteLanguageFor(lang: string): QuoteLanguage {
  return REGISTRY.get(lang.toLowerCase().split('-')[0] as string) ?? EN_QUOTES;
}

/** Builds a set of matching keys from a space-separated list. */
export function keySet(shape: Pick<WordShape, 'key'>, words: string): Set<string> {
  const out = new Set<string>();
  for (const w of words.split(/\s+/)) if (w) out.add(shape.key(w));
  return out;
}

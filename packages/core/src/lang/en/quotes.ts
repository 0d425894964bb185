/**
 * English knowledge for the quote stage: reporting verbs with how they take their complement,
 * titles, groups, pronouns and the frames news uses ("according to", "told reporters that").
 * Keys are lower-cased.
 */
import type { Agreement, CueWord, QuoteLanguage, TitleWord, WordShape } from '../quote-language.js';
import { keySet } from '../quote-language.js';
import { EN_ABBREVIATIONS } from './abbreviations.js';
import { DEMONYMS } from './demonyms.js';
import { NEWS_AGENCIES, ORGANIZATION_WORDS, PLACE_WORDS } from './entities/titles.js';
import { GIVEN_NAME_GENDER } from './given-names.js';
import { partyTagWords } from './us-states.js';

type Flags = Omit<CueWord, 'lemma' | 'agreement'>;

/**
 * Reporting verbs by the way they take what was said. `bare`: may drop "that" ("said the talks
 * …"); `weak`: a cue only before "that", a colon or quotation marks ("confirmed the deal" is not
 * speech); `carry`: keeps the previous speaker.
 */
const VERB_GROUPS: readonly [string, Flags][] = [
  ['say said says', { bareClause: true }],
  ['tell told tells', { bareClause: true, addressee: true }],
  // "He reminded them that they must not …": told again, only before "that".
  ['remind reminded reminds', { weak: true, addressee: true }],
  // "He assured reporters that …", "he assures himself": told, with whom it was told.
  ['assure assured assures', { weak: true, addressee: true }],
  // (A verb of asking: '"…?" Justice Hartigan-Cole asked Solicitor General Kemper.' closes the quotation's sentence.)
  ['ask asked asks', { weak: true, asks: true }],
  ['add added adds', { bareClause: true, carry: true, clauseNeedsFinite: true }],
  ['continue continued continues', { weak: true, carry: true }],
  [
    'argue argued argues insist insisted insists claim claimed claims warn warned warns stress stressed stresses write wrote writes written predict predicted predicts suggest suggested suggests acknowledge acknowledged acknowledges admit admitted admits testify testified testifies concede conceded concedes maintain maintained maintains contend contended contends assert asserted asserts estimate estimated estimates emphasise emphasised emphasises emphasize emphasized emphasizes',
    { bareClause: true, clauseNeedsFinite: true },
  ],
  [
    'note noted notes explain explained explains state stated states report reported reports recall recalled recalls announce announced announces declare declared declares reveal revealed reveals disclose disclosed discloses confirm confirmed confirms deny denied denies promise promised promises pledge pledged pledges vow vowed vows reply replied replies respond responded responds answer answered answers tweet tweeted tweets post posted posts comment commented comments remark remarked remarks caution cautioned cautions conclude concluded concludes observe observed observes find found finds show showed shows shown rule ruled rules hint hinted hints quip quipped quips joke joked jokes complain complained complains lament lamented laments boast boasted boasts exclaim exclaimed exclaims shout shouted shouts counter countered counters reiterate reiterated reiterates repeat repeated repeats allege alleged alleges recount recounted recounts whisper whispered whispers plead pleaded pleads mention mentioned mentions reason reasoned reasons dispute disputed disputes project projected projects forecast forecasts forecasted read reads theorize theorized theorizes theorise theorised theorises speculate speculated speculates radioed texted emailed e-mailed messaged',
    { weak: true },
  ],
  // "indicated that …", "the study demonstrated that …": speech only with "that" ("indicated the route", "signalled a shift").
  [
    'indicate indicated indicates signal signaled signalled signals advise advised advises recommend recommended recommends demonstrate demonstrated demonstrates swear swore sworn swears bemoan bemoaned bemoans affirm affirmed affirms reaffirm reaffirmed reaffirms underline underlined underlines underscore underscored underscores highlight highlighted highlights clarify clarified clarifies',
    { weak: true, needsComplementiser: true },
  ],
  // "pointed out (that) it is difficult …": a cue only with its particle.
  ['point pointed points', { bareClause: true, clauseNeedsFinite: true, particle: 'out' }],
  // '"This isn't a matter," the senator shot back': only with the particle ("fire" is left out: a name's word, "Fire Department").
  ['shoot shot shoots', { bareClause: true, clauseNeedsFinite: true, particle: 'back' }],
  // '"We all miss Steve so much," Benioff weighed in': only with its particle ("weighed the options" is no speech).
  ['weigh weighed weighs', { particle: 'in' }],
  // 'As one federal worker put it: "…"', 'she put it bluntly: "…"': "put" only with "it".
  ['put puts', { particle: 'it' }],
  // "urged an "end to the violence …"": a weak cue that also takes a quoted description as its object.
  ['urge urged urges', { weak: true, quotesAfterObject: true }],
  [
    'call called calls describe described describes dub dubbed dubs label labeled labelled labels brand branded brands introduce introduced introduces hail hailed hails accuse accused accuses dismiss dismissed dismisses',
    { quotesAfterObject: true },
  ],
];

/** Words that negate the verb after them, typed with either apostrophe. */
const NEGATORS = "not never didn't don't doesn't won't wouldn't hasn't haven't hadn't couldn't can't cannot";

/** Participles that describe with a quotation ("describing her as "…"") rather than report a clause. */
const DESCRIBING_PARTICIPLES = 'describing calling dubbing labeling labelling branding accusing';

/** -ing words that are no verb form after a preposition ("on Monday morning", "during the evening"). */
const EN_SETTING_WORDS = new Set([
  'during',
  'morning',
  'evening',
  'meeting',
  'briefing',
  'hearing',
  'building',
  'opening',
  'ceiling',
  'wedding',
  'funding',
  'ruling',
  'spring',
  'something',
  'nothing',
  'anything',
  'everything',
  'beijing',
  'wyoming',
]);

/** Irregular past tenses of common verbs ("left", "went"). */
const IRREGULAR_PAST = new Set(
  'cut put set hit shut spread cost fell did had left went came took made gave saw found got knew thought became began kept held brought met paid ran sent sat stood won lost felt built bought caught fought spent told said wrote broke chose drove flew grew hid led meant rose sold shot slept spoke stole struck swore taught threw understood wore'.split(
    ' ',
  ),
);
/** Irregular past participles that open an aside ("seen by Reuters", "written in 2019"). */
const IRREGULAR_PARTICIPLES = new Set(['seen', 'written', 'given', 'taken', 'known', 'shown', 'made', 'held', 'led', 'sent', 'told', 'done']);

const PARTICIPLES =
  'saying adding noting warning arguing insisting stressing explaining claiming telling declaring acknowledging admitting recalling asserting cautioning stating writing reminding suggesting predicting estimating announcing confirming promising pledging vowing emphasising emphasizing maintaining contending conceding revealing observing reiterating alleging concluding complaining replying responding tweeting assuring hinting denying boasting lamenting countering disclosing speculating reporting';

/** Acronyms written like function words: WHO, US, IT, AND (a party), NO, ON (Ontario). */
const ACRONYM_LOOKALIKES = new Set(['WHO', 'US', 'IT', 'AND', 'ON', 'NO', 'OR', 'AS', 'AT', 'IN', 'ME', 'HE', 'WE', 'DO', 'UP', 'SO', 'AM']);

const shape: WordShape = {
  article: '',
  // "according to the WHO", "US officials": an acronym spelt like a function word keeps its capitals, so it is read as
  // a name, not as the relative pronoun or the object pronoun.
  key: (word) => (word.length >= 2 && ACRONYM_LOOKALIKES.has(word) ? word : word.toLowerCase()),
  conjunctionLength: () => 0,
  procliticLength: () => null,
  possessedNoun: () => false,
  articleless: (key) => key,
  possessorless: (key) => key,
  strictKey: (word) => word.toLowerCase(),
  distinguishesSpelling: () => false,
};

function cueTable(): Map<string, CueWord> {
  const out = new Map<string, CueWord>();
  for (const [forms, flags] of VERB_GROUPS) {
    const words = forms.split(' ');
    for (const w of words) {
      // Present-tense "says" agrees with one speaker, "say" with several; past forms say nothing.
      const agreement: Agreement | undefined = w.endsWith('s') && !w.endsWith('ss') ? { number: 'sg' } : undefined;
      out.set(w, { lemma: words[0] as string, ...(agreement ? { agreement } : {}), ...flags });
    }
  }
  // "saying he …" may drop "that", as "said" does.
  // "telling reporters that …", "reminding them that …": the participles that name whom they told.
  for (const w of PARTICIPLES.split(' '))
    out.set(w, {
      lemma: w,
      participle: true,
      ...(w === 'saying' ? { bareClause: true } : {}),
      ...(w === 'telling' || w === 'reminding' ? { addressee: true } : {}),
    });
  for (const w of DESCRIBING_PARTICIPLES.split(' ')) out.set(w, { lemma: w, participle: true, quotesAfterObject: true });
  // "explained how …", "explaining why …": a question word opens what was explained.
  for (const w of ['explain', 'explained', 'explains', 'explaining']) out.set(w, { ...(out.get(w) as CueWord), explains: true });
  return out;
}

/** Verbs of a trade and its holder's noun, for an apposition "who coaches the Tigers" that a later "the coach" points at. */
const VERB_NOUNS: ReadonlyMap<string, string> = new Map([
  ['coaches', 'coach'],
  ['manages', 'manager'],
  ['directs', 'director'],
  ['leads', 'leader'],
  ['chairs', 'chairman'],
  ['owns', 'owner'],
  ['founded', 'founder'],
  ['represents', 'representative'],
  ['teaches', 'teacher'],
  ['runs', 'owner'],
]);

const TITLES_WITH_COMPLEMENT =
  'minister secretary director chairman chairwoman chair head chief leader spokesperson spokesman spokeswoman ambassador envoy governor mayor president commissioner executive administrator';
const TITLES =
  'prime chancellor senator sen representative rep congressman congresswoman gov general gen lt colonel col major maj captain capt sergeant sgt judge justice attorney dr doctor prof professor rev father pope rabbi imam sheikh king queen prince princess sir dame lord lady mr mrs ms miss mx coach manager striker analyst economist expert researcher lawyer councillor councilman councilwoman inspector superintendent ceo cfo coo cto deputy vice founder co-founder cofounder editor adviser advisor aide counsel prosecutor detective sheriff officer lieutenant admiral marshal commander negotiator official scientist strategist correspondent premier speaker treasurer shadow advocate councilmember alderman alderwoman assemblyman assemblywoman assemblymember comptroller cllr mp mep msp mla mpp coroner magistrate defender midfielder goalkeeper winger';
/** Titles written short before a name, and the word a later description uses for them. */
const ABBREVIATED: readonly [string, string][] = [
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['capt', 'captain'],
  ['sgt', 'sergeant'],
  // British police ranks as wire copy shortens them: "Det Sgt Amir Qureshi", "Det Insp", "Ch Supt".
  ['det', 'detective'],
  ['insp', 'inspector'],
  ['supt', 'superintendent'],
  ['prof', 'professor'],
  // "the judge wrote" after "Justice Catherine Moreau"; "the Labour councillor" after "Cllr Helen Barraclough".
  ['justice', 'judge'],
  ['cllr', 'councillor'],
  // "The CFO said" after "Chief Financial Officer Linda Okonkwo": an officer's initials, by the word that tells them apart.
  ['cfo', 'financial'],
  ['coo', 'operating'],
  ['cto', 'technology'],
];
const GENDERED: readonly [string, 'm' | 'f'][] = [
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['congressman', 'm'],
  ['congresswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['king', 'm'],
  ['queen', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['father', 'm'],
  ['councilman', 'm'],
  ['councilwoman', 'f'],
  ['alderman', 'm'],
  ['alderwoman', 'f'],
  ['assemblyman', 'm'],
  ['assemblywoman', 'f'],
];

function titleTable(): Map<string, TitleWord> {
  const out = new Map<string, TitleWord>();
  for (const w of TITLES.split(' ')) out.set(w, {});
  for (const w of TITLES_WITH_COMPLEMENT.split(' ')) out.set(w, { complement: true });
  for (const [w, gender] of GENDERED) out.set(w, { ...out.get(w), gender });
  for (const [w, means] of ABBREVIATED) out.set(w, { ...out.get(w), means });
  return out;
}

export const EN_QUOTES: QuoteLanguage = {
  ...shape,
  code: 'en',
  verbFirst: false,
  casedNames: true,
  agreesByMeaning: true,
  cues: cueTable(),
  complementisers: keySet(shape, 'that'),
  complementPrepositions: new Set(),
  contentParticles: new Set(),
  sourcePhrases: [{ words: ['according', 'to'] }, { words: ['citing'], needsSpeakerHead: true }],
  sourceRelatives: new Set(['what']),
  sourceResumptives: new Set(),
  settingPrepositions: keySet(
    shape,
    'on in at during to after before from via using through outside inside near beside behind amid since over throughout late early earlier yesterday today tonight last this monday tuesday wednesday thursday friday saturday sunday',
  ),
  documentNouns: keySet(
    shape,
    'report reports study survey poll data figures statistics estimates documents filing filings records analysis research sources source results findings complaint lawsuit indictment',
  ),
  settingNouns: keySet(
    shape,
    'statement interview conference briefing post tweet speech address letter email video podcast hearing testimony call meeting news press rally broadcast programme program show event summit appearance message remarks sermon session debate radio television tv',
  ),
  creditWords: keySet(shape, 'reuters ap afp getty photo file'),
  outletNouns: keySet(shape, 'reporters journalists newspaper radio television tv channel broadcaster agency website'),
  subjectStops: keySet(
    shape,
    'that which who whom whose when while where because although though if unless but and or as than since after before until so yet nor what how whether is are was were be been being this these those it',
  ),
  pluralOpeners: keySet(shape, 'two three four five six seven eight nine ten dozens hundreds thousands several some many both few'),
  nonClauseWords: keySet(
    shape,
    'of about against over with into by for from at in on to as outside inside near beside behind across around along amid among opposite upon within toward towards here',
  ),
  coordinators: keySet(shape, 'and but'),
  contrastClauses: keySet(shape, 'while whereas though although'),
  negators: keySet(shape, `${NEGATORS} ${NEGATORS.replaceAll("'", '’')}`),
  bareClauseOpeners: keySet(shape, 'if unless although though'),
  absolutePrepositions: keySet(shape, 'with'),
  toldObjects: keySet(shape, 'truth lie lies story stories joke jokes time'),
  quantityObjects: keySet(shape, 'little nothing much goodbye'),
  // ("The company has long maintained", "Penrose itself said": how long, and the subject's own emphasis, stand between too.)
  preVerbAdverbs: keySet(
    shape,
    'also later then previously earlier has have had would will again further separately recently once reportedly repeatedly just still already often never always publicly privately flatly bluntly simply quickly subsequently however meanwhile though too instead nonetheless nevertheless might may must should could can really since now initially originally long itself himself herself themselves',
  ),
  auxiliaries: new Set(),
  roleLinkers: keySet(shape, 'of for at from'),
  titles: titleTable(),
  groupNouns: keySet(
    shape,
    'officials authorities experts analysts sources witnesses residents diplomats critics economists investigators police activists lawmakers protesters observers researchers scientists doctors officers aides prosecutors organisers organizers campaigners leaders ministers unions executives people locals voters traders investors students teachers parents villagers survivors family families relatives spokespeople neighbours neighbors insiders advisers advisors members authors scholars academics workers employees farmers fans participants respondents colleagues lawyers attorneys users commenters netizens readers viewers listeners bloggers',
  ),
  nameHeads: new Set([
    ...ORGANIZATION_WORDS,
    ...PLACE_WORDS,
    ...keySet(
      shape,
      'department ministry office bureau secretariat commission committee council board court house center centre centers centres institute institutes agency authority administration service services foundation',
    ),
  ]),
  calendarMonths: 'january february march april may june july august september october november december'.split(' '),
  durations: {
    prepositions: keySet(shape, 'for'),
    nouns: keySet(shape, 'decades decade years year months month weeks week days day hours hour minutes time while ages'),
  },
  calendarWords: keySet(
    shape,
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday',
  ),
  partyNouns: keySet(shape, 'democrat republican conservative tory'),
  whenLinks: keySet(shape, 'on last this early late'),
  calendarBefore: keySet(shape, 'in on since until till by during from last next this early late mid of'),
  definiteArticle: 'the',
  determiners: keySet(shape, 'the a an'),
  indefiniteArticles: keySet(shape, 'a an one'),
  relativePronouns: keySet(shape, 'who whose whom which'),
  personalPronouns: keySet(shape, 'i we he she it they'),
  objectPronouns: keySet(shape, 'them him her us me you'),
  nameJoiners: keySet(shape, 'and &'),
  nameLinks: keySet(shape, 'of for'),
  // "during", "morning", "evening", "thing" end in -ing too: only longer words outside the setting words count.
  gerund: (key) => key.length > 5 && key.endsWith('ing') && !EN_SETTING_WORDS.has(key),
  pastParticiple: (key) => (key.length > 3 && key.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(key),
  pastTense: (key) => (key.length > 3 && key.endsWith('ed')) || IRREGULAR_PAST.has(key),
  givenNameGender: GIVEN_NAME_GENDER,
  partyTag: partyTagWords,
  verbNoun: (key) => VERB_NOUNS.get(key),
  numberBounds: keySet(shape, 'least most'),
  // ("the skipper" for the captain, "the Spurs boss" for the manager: the press's plain words for a title.)
  descriptionAliases: new Map([['tory', 'conservative'], ['gop', 'republican'], ['skipper', 'captain'], ['boss', 'manager'], ...DEMONYMS]),
  countries: new Set(DEMONYMS.values()),
  possessedSpeechNouns: keySet(
    shape,
    'answer answers reply response message advice verdict view views take assessment explanation warning plea request plan plans reaction retort comment comments remarks words thoughts philosophy motto mantra instructions prediction argument point position conclusion instinct hope wish',
  ),
  nearestAntecedent: keySet(shape, 'when as'),
  asAttribution: keySet(shape, 'as'),
  hypotheticals: keySet(shape, 'might may could'),
  conditionalPerfect: { have: 'have', modals: keySet(shape, 'would could might should may must') },
  narratorPronouns: keySet(shape, "i we i've we've i’ve we’ve i'd we'd i’d we’d"),
  issuerLinks: keySet(shape, 'from by'),
  findingNouns: keySet(shape, 'results findings'),
  participleNotVerbAfter: keySet(shape, 'most more very less least so too quite rather worth'),
  issuedWords: keySet(shape, 'issued released published'),
  relativeAntecedent: keySet(shape, 'who'),
  placeLinks: keySet(shape, 'of from'),
  placePlurals: keySet(shape, 'states'),
  // ("One resident, who identified herself only as Maria, said").
  namingPhrases: [
    'identified himself as',
    'identified herself as',
    'identified himself only as',
    'identified herself only as',
    'gave his name as',
    'gave her name as',
    'gave only his first name',
    'gave only her first name',
    // "The homeowner, identified by neighbors as Jason Pruett, …": named by others in an aside.
    'identified as',
    'identified by police as',
    'identified by authorities as',
    'identified by officials as',
    'identified by neighbors as',
    'identified by neighbours as',
    'named by police as',
  ],
  interviewNouns: keySet(shape, 'interview interviews q&a'),
  agentPrepositions: keySet(shape, 'by'),
  possessiveDeterminers: keySet(shape, 'his her their'),
  newsOutlets: new Set(NEWS_AGENCIES),
  institutionWords: keySet(
    shape,
    'union unions ministry department university college school police council court government agency commission committee association federation league party parliament congress senate assembly army navy force forces office bureau authority institute foundation society church hospital house administration service',
  ),
  institutionKinds: new Map(
    (
      [
        ['executive', 'ministry department office bureau authority agency commission administration service'],
        ['legislature', 'house senate congress parliament assembly'],
        ['labour', 'union unions federation association league'],
        ['court', 'court'],
        ['force', 'police army navy force forces'],
        ['school', 'university college school institute'],
        ['party', 'party'],
        ['church', 'church'],
        ['hospital', 'hospital'],
      ] as const
    ).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)),
  ),
  questionWords: keySet(shape, 'what whether how why when where who which if'),
  titlesSpelledOut: new Map([
    ['ceo', ['chief', 'executive']],
    ['cfo', ['chief', 'financial']],
    ['coo', ['chief', 'operating']],
    ['cto', ['chief', 'technology']],
  ]),
  bodyKinds: keySet(
    shape,
    'grocer supermarket chain system supplier platform app network broadcaster streamer newspaper paper publication magazine team alliance coalition distributor studio label publisher provider regulator watchdog trust miner producer exporter importer',
  ),
  withheldBefore: [['short', 'of']],
  sameModifiers: new Map([
    ['retired', 'former'],
    ['ex', 'former'],
    ['onetime', 'former'],
    ['one-time', 'former'],
  ]),
  epithetModifiers: keySet(shape, 'veteran longtime seasoned embattled outspoken beleaguered young rookie experienced legendary first-year senior'),
  contrastModifiers: keySet(shape, 'other rival another opposing former parent second third same'),
  bodyNouns: keySet(
    shape,
    'company firm utility business carrier airline bank lender insurer retailer maker manufacturer automaker carmaker chipmaker developer operator startup giant corporation conglomerate group club charity organisation organization nonprofit biotech drugmaker pharma',
  ),
  personHeads: keySet(
    shape,
    `sponsor challenger incumbent billionaire millionaire tycoon mogul entrepreneur investor executive official diplomat historian critic observer democrat republican agent resident owner homeowner driver teacher schoolteacher shopkeeper student worker nurse victim witness neighbor neighbour father mother son daughter wife husband brother sister farmer founder cofounder co-founder candidate voter activist lawmaker legislator author writer singer actor actress player fan patient survivor protester soldier pilot passenger teen teenager veteran employee customer shopper parent grandmother grandfather owner landlord tenant builder engineer physician surgeon artist musician filmmaker producer director rapper athlete lawyer footballer midfielder defender forward goalkeeper cricketer batsman batter bowler quarterback pitcher skipper jockey boxer golfer cyclist swimmer sprinter user commenter netizen reader viewer listener caller blogger poster ${[...DEMONYMS.keys()].join(' ')}`,
  ),
  finiteMarkers: keySet(
    shape,
    "is are was were be been will would could can should shall must might may had has have did does do isn't aren't wasn't weren't won't wouldn't couldn't can't shouldn't hadn't hasn't haven't didn't doesn't don't",
  ),
  // ("has revealed many are not getting enough", "found most were"): a quantifier standing alone is a clause's subject too.
  expletiveSubjects: keySet(shape, 'there many most few several none'),
  concessives: keySet(shape, 'although though'),
  indefiniteSubjects: new Set(['nobody', 'no one', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nothing', 'everything', 'something']),
  approximators: keySet(shape, 'about around over under nearly almost roughly some'),
  // ("he'd respond", "she’ll say": a pronoun with its auxiliary written onto it, in either apostrophe, is the pronoun.)
  pronouns: new Map<string, Agreement>(
    (
      [
        ['he', { gender: 'm', number: 'sg' }],
        ['she', { gender: 'f', number: 'sg' }],
        ['they', { number: 'pl' }],
        ['it', { gender: 'n', number: 'sg' }],
      ] as const
    ).flatMap(([pronoun, agreement]) => [
      [pronoun, agreement] as [string, Agreement],
      ...['d', 'll'].flatMap((aux) => [`${pronoun}'${aux}`, `${pronoun}’${aux}`].map((w) => [w, agreement] as [string, Agreement])),
    ]),
  ),
  termIntroducers: keySet(
    shape,
    'called dubbed so-called named titled entitled known termed labelled labeled branded nicknamed codenamed word term phrase slogan hashtag operation campaign book film movie album song show series newspaper magazine programme program party movement',
  ),
  headlineKickers: keySet(
    shape,
    'analysis live exclusive watch opinion breaking update explainer video photos review interview factbox timeline editorial comment podcast explained listen quiz obituary warning note tip caution disclaimer correction clarification reminder summary recap verdict bonus question answer step published updated posted modified',
  ),
  nonFiniteBefore: keySet(shape, 'to a an the his her their its our my your'),
  infinitiveMarkers: keySet(shape, 'to'),
  adjunctOpeners: keySet(shape, 'while when after before upon'),
  subordinators: keySet(shape, 'after because since before once when whenever until while if although though unless whereas'),
  promptOpeners: keySet(shape, 'on about regarding'),
  researchGroups: keySet(shape, 'team researchers scientists authors'),
  onBehalfPhrase: 'on behalf of',
  reflexives: keySet(shape, 'itself himself herself themselves ourselves myself'),
  courtesyTitles: keySet(shape, 'mr mrs ms miss mx mr. mrs. ms. mx.'),
  amongWord: 'among',
  objectControllers: keySet(shape, 'led prompted forced compelled caused pushed spurred'),
  infinitiveCarriers: keySet(
    shape,
    'continue continues continued continuing went go goes going wanted wants want tried tries sought seeks moved hastened rushed',
  ),
  revisingCarriers: keySet(
    shape,
    'amend amends amended change changes changed revise revises revised update updates updated shift shifts shifted alter alters altered correct corrects corrected clarify clarifies clarified modify modifies modified',
  ),
  carrierParticles: keySet(shape, 'on'),
  abbreviations: keySet(shape, EN_ABBREVIATIONS.join(' ')),
  spellingSensitive: new Map(),
  personNouns: new Map([
    ...[...keySet(shape, 'man boy gentleman')].map((k) => [k, 'm'] as const),
    ...[...keySet(shape, 'woman girl')].map((k) => [k, 'f'] as const),
  ]),
};

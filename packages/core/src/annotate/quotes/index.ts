/**
 * The quote stage: finds direct, indirect and mixed quotes and their speakers, in one pass over
 * the blocks in reading order (so speakers carry over as a reader carries them). Quotation marks
 * are paired first; then each sentence's attribution frames (frames.ts) say where the content lies
 * and who spoke; marked words no frame claims are speech only when they read like speech.
 * Blocks and sentences with neither a cue word nor a quotation mark are skipped before any of it,
 * and the per-sentence steps visit only the block's listed cue words and marks.
 */
import { type Agreement, type QuoteLanguage, quoteLanguageFor } from '../../lang/quote-language.js';
import type { ArticleDocument, Block, Point, Position, Quote, QuoteKind } from '../../model/types.js';
import { blocksOf } from '../../model/walk.js';
import { countBefore, firstAtLeast } from '../sorted.js';
import {
  afterDateline,
  contrastComplementiser,
  cueOf,
  type Frame,
  framesOf,
  headlineFrame,
  indefiniteNoun,
  keyPast,
  pastFrontedSetting,
  pastOpeningAdverbial,
  settingNounAt,
  timeComplementiser,
  withoutGluedConjunction,
} from './frames.js';
import { isCapitalized, isTitleWord, type NounPhrase, readNounPhrase, titleOf } from './noun-phrase.js';
import { type MarkedSpan, type MarkPairs, pairQuoteMarks } from './quote-marks.js';
import {
  contentKeys,
  givenNameGender,
  isGivenName,
  nounOfAdjective,
  PERSON_SUFFIX,
  POSSESSIVE,
  type Speaker,
  SpeakerRegister,
  sameOrigin,
} from './speakers.js';
import { closeToken, isTermSpan, openToken, type SentenceCtx, wordsInSpan } from './term-spans.js';
import { type BlockIndex, isMarkCode, newBlockWords, readBlock, readBlockWords, type Token, trailingPunct } from './words.js';

interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  block: number;
  cue: [number, number] | null;
  speaker: Speaker | null;
  inferred: boolean;
  speakerSpan: [number, number] | null;
  confidence: number;
  /** Token range of indirect content in its block, read for quoted fragments when the sentence is done. */
  firstToken: number;
  lastToken: number;
  /** The marked span that is the whole content of a direct quote. */
  span: number;
  /** A headline's few words in marks («Dwyer hails 'best win of my career'»): kept only if a quote below says them. */
  headlineFragment?: true;
  /** A paragraph that is one quotation and nothing else, with no cue: a turn, in an exchange (see `turnTaking`). */
  bare?: true;
  /** Given its speaker by `turnTaking`. */
  turn?: true;
}

/** Words a marked stretch needs, with no cue, to be taken as speech rather than a title or a term. */
const UNCUED_SPEECH_WORDS = 6;

export function annotateQuotes(doc: ArticleDocument): void {
  doc.quotes = [];
  // Running the stage again replaces its findings, messages included.
  doc.messages = doc.messages.filter((m) => m.source !== 'quotes');
  const text = doc.text;
  const lang = quoteLanguageFor(doc.lang);
  const blocks: Block[] = [...blocksOf(doc)];
  const ranges = blocks.map((b) => ({ start: b.position.start.offset as number, end: b.position.end.offset as number }));
  const position = (s: number, e: number): Position => ({ start: pointAt(text, blocks, ranges, s), end: pointAt(text, blocks, ranges, e) });
  const marks = pairQuoteMarks(
    text,
    ranges.map((r, b) => (blocks[b]?.type === 'heading' || blocks[b]?.id === 'title' ? { ...r, heading: true } : r)),
    doc.messages,
    position,
  );
  const register = new SpeakerRegister(lang);
  const persons = withTitledPlaces(verbsOffNames(mentionsOf(doc, 'person'), text, lang), mentionsOf(doc, 'location'), text, lang);
  const bodies = mentionsOf(doc, 'organization');
  // Bodies and places together: a country may speak where a lead opens on its verb («شنت كوريا الشمالية … قائلة»).
  const bodiesAndPlaces = [...bodies, ...mentionsOf(doc, 'location')].sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  const usedSpans = new Set<number>();
  // «The governor said:» ending a paragraph: whoever the next paragraph's quotation belongs to.
  let introduced: { block: number; who: SpeakerChoice; cue: [number, number] | null } | null = null;
  // The last paragraph read with one before it (see `commaJoinedThrough`).
  let skip = -1;
  const words = newBlockWords();
  // Whether the text keeps ى and ي apart, asked once per language the blocks read with.
  const strict = new Map<string, boolean>();
  const strictFor = (l: typeof lang) => {
    let known = strict.get(l.code);
    if (known === undefined) strict.set(l.code, (known = l.distinguishesSpelling(text)));
    return known;
  };

  // The first ':' at or after the block last asked about (-1: none left): blocks are asked in order, so the colon
  // tests of a whole document cost one native search through it, not a loop over every block's characters.
  let colon = -2;
  let colonFrom = 0;
  const hasColon = (start: number, end: number): boolean => {
    if (colon === -2 || start < colonFrom || (colon >= 0 && colon < start)) colon = text.indexOf(':', start);
    colonFrom = start;
    return colon >= 0 && colon < end;
  };

  const pulled = pullQuotes(text, ranges, marks.spans, (b) => blocks[b]?.type === 'heading');
  blocks.forEach((block, b) => {
    // Code and table rows are not prose: their quotation marks and words are nobody's speech.
    if (block.data?.role === 'pre' || block.data?.role === 'table-row') return;
    if (b <= skip) return;
    // A pull quote repeats words said elsewhere: it is annotated, but the article was not hearing its speaker last.
    const order = pulled.has(b) ? register.order() : null;
    readQuotesOf(block, b);
    if (order) register.restoreOrder(order);
  });

  function readQuotesOf(block: Block, b: number): void {
    const range = ranges[b] as { start: number; end: number };
    // A paragraph in another language than the article's (an English statement in an Arabic story) reads with its own tables.
    const blockLang = block.data?.lang ? quoteLanguageFor(block.data.lang) : lang;
    const through = block.type === 'paragraph' ? commaJoinedThrough(text, b, blocks, ranges, blockLang) : b;
    const joined = through > b ? ranges[through] : undefined;
    if (joined) skip = through;
    let joinedMarked = marks.marked[b] === 1;
    for (let k = b + 1; k <= through; k++) joinedMarked ||= marks.marked[k] === 1;
    readBlockWords(block, blockLang, words);
    // «وقال الجندي: الفريق جاهز … / نحن نحترم الفيصلي …»: a paragraph with no cue and no mark of its own that speaks in the
    // first person, right after a paragraph that ended on someone's speech, is that speech going on, in their own words.
    // (Not a paragraph opening on a label and a colon: «نوفاك: لا أستخف …» is a subheading that names its own speaker. A
    // colon further on, «… 13 دولة هي: النرويج، الدانمارك …», introduces a list, not a speaker.)
    // (A paragraph with words of saying is read first; it goes on only if nothing in it was quoted.)
    // («وتابع هذا ليس مجرد قلق امريكي. / انه امر يشغلنا ايضا. / ولابد ان يكون الشغل الشاغل … / اظن ان …»: one paragraph
    // with no first person of its own goes on too, between two that have it, when it names no one.)
    const unlabelled = marks.marked[b] === 0 && !joined && !hasColon(range.start, Math.min(range.end, range.start + LABEL_CHARS));
    const going = unlabelled
      ? firstPersonGoingOn(text, range, ranges, drafts[drafts.length - 1], b, blockLang, (r) => bridgesSpeech(text, r, b, ranges, marks, persons, blockLang))
      : null;
    if (going && !words.relevant) {
      drafts.push(going);
      return;
    }
    // Most blocks hold no cue, no source phrase and no quotation mark: nothing in them can be a quote.
    // «جون بولتون: وقف إطلاق النار …», "SMITH: We think …": a paragraph opening on a person's name and a colon (an
    // interview's or a caption's speaker label) is that person's words, as a headline's are.
    // (Verb-first languages only: on English held-out pages such labels were mostly not what the annotators call quotes.)
    const labelled = block.type !== 'heading' && blockLang.verbFirst && speakerLabel(text, range.start, persons);
    if (!words.relevant && marks.marked[b] === 0 && !labelled && !(block.type === 'heading' && hasColon(range.start, range.end))) return;
    const { tokens, index: tokenIndex } = joined
      ? readBlock(text, range.start, joined.end, marks, blockLang, joinedMarked)
      : readBlock(text, range.start, range.end, marks, blockLang, marks.marked[b] === 1, words);
    // (Read once: a paragraph of a million marks asks for it at each.)
    const opening = firstContentToken(tokens);
    dropTriggersInNames(tokens, tokenIndex, persons);
    markNameWords(tokens, persons);
    // The paragraph before, when nobody is quoted in it: narration that may introduce who speaks next.
    const lastDraft = drafts[drafts.length - 1];
    // (A paragraph before that quotes, then goes on with a sentence of narration after the quote — «فؤاد السنيورة قال إن …
    // (الفرنسية) كما دعا مندوب فرنسا X …» — ends with that narration, whose subject «وأضاف» goes on with.)
    const before = ranges[b - 1];
    const trailing =
      blockLang.verbFirst && lastDraft !== undefined && lastDraft.block === b - 1 && before && narrationAfter(text, lastDraft.end, before.end)
        ? { start: lastDraft.end, end: before.end }
        : null;
    const narration = b > 0 && (lastDraft === undefined || lastDraft.block < b - 1) ? (before ?? null) : trailing;
    tokenIndex.sentences.forEach((sentence, n) => {
      // (A headline's second clause, after «..», may be a headline quote of its own: «… يعلقون التصدير.. ونقابتهم: «…»».)
      const headed = block.type === 'heading' || (labelled && n === 0);
      if (!sentence.busy && !headed) return;
      const ctx: SentenceCtx = { text, tokens, index: tokenIndex, lang: blockLang, sentence, marks, strictSpelling: strictFor(blockLang) };
      // («أعلن رئيس المجلس نزيه حمادة امس ارجاء الجلسة»: what read as a noun with its own pronoun is a name the entity
      // stage found; nothing was said.)
      const frames = framesOf(ctx).filter((f) => !(f.nominal && startsMention(tokens[f.contentStart] as Token, persons)));
      if (headed) {
        const headline =
          (frames.length === 0 || (labelled && (frames[0]?.lead ?? 0) > sentence.first)) && !(b > 0 && b <= DATELINE_BLOCK && dateline(text, range))
            ? headlineFrame(ctx)
            : null;
        // (After a speaker's label, the words are the speaker's own.)
        if (headline && labelled) headline.unmarkedDirect = true;
        // («الدار البيضاء : افتتاح الدورة …»: a place the headline is filed from, not someone speaking.)
        const placeLabel =
          headline?.subject &&
          placeNamed(bodiesAndPlaces, bodies, persons, (tokens[headline.subject.start] as Token).start, (tokens[headline.subject.end - 1] as Token).end);
        if (headline && !placeLabel) frames.unshift(headline);
      }
      const inSentence: Draft[] = [];
      let pending: { frame: Frame; speaker: SpeakerChoice } | null = null;
      for (const frame of frames) {
        const cueAt = frame.cue ? (tokens[frame.cue.start] as Token).start : -1;
        // Quotes of a sentence are made in order and do not overlap: only the last can hold this cue.
        const latest = inSentence[inSentence.length - 1];
        const inside = latest && cueAt >= latest.start && cueAt < latest.end ? latest : undefined;
        // A new named speaker inside an earlier reported clause ends that clause; anything else continues it.
        // Content before a cue that stands inside an earlier quote would be part of that quote: not an attribution.
        // «… وحذر الدول الثلاث من أن …» inside the clause before: a verb that warns someone, joined without a comma,
        // shares that clause's subject; the words after it are whom it warns.
        if (inside && blockLang.verbFirst && frame.subject && warnsObject(frame, ctx)) {
          frame.subject = null;
          frame.shared = true;
        }
        // «قال إنه عازم على مواصلة الحرب واعتبر أن …»: a verb of saying conjoined with no subject, its complementiser
        // right after it, reports a clause of its own; the subject is the same.
        if (inside && blockLang.verbFirst && !frame.subject && reportsAgain(frame, ctx)) frame.shared = true;
        if (inside && outerAttribution(frame, ctx)) {
          // "Sondland said he had relayed …, Morrison testified.": speech reported inside reported speech belongs to
          // the outer source, whose words are the whole clause before; the inner reading of this sentence gives way.
          while (inSentence.length > 0 && drafts[drafts.length - 1] === inSentence[inSentence.length - 1]) {
            drafts.pop();
            inSentence.pop();
          }
        } else if (inside && !endsClause(frame, ctx)) continue;
        else if (inside) trimBefore(inside, frame, ctx);
        // (Once this paragraph has quoted someone, the narration before it no longer says who speaks next: «The
        // 29-year-old said she had fought …. "…," she said.»)
        const last = drafts[drafts.length - 1];
        const quotedHere = last?.block === b;
        const speaker = speakerOf(
          frame,
          ctx,
          register,
          inSentence[inSentence.length - 1],
          persons,
          bodies,
          quotedHere ? null : narration,
          bodiesAndPlaces,
          last && last.block >= b - 1 ? last : undefined,
        );
        if (frame.objectStart >= 0 && frame.contentStart < 0) {
          pending = { frame, speaker };
          continue;
        }
        let chosen = speaker;
        let contentFrame = frame;
        if (frame.kind === 'participle' && pending) {
          // «ولفت إلى التحركات …، مؤكدًا أن …»: the verb's object is what he said, and the participle continues it.
          contentFrame = { ...pending.frame, contentStart: pending.frame.objectStart };
          chosen = pending.speaker;
          pending = null;
        }
        // (A description heard in a headline and nowhere else yet: see `headlineHeldBy`.)
        if (chosen.speaker) {
          if (block.type === 'heading' && chosen.speaker.descriptionOnly) chosen.speaker.headlineOnly ??= true;
          else if (block.type !== 'heading') delete chosen.speaker.headlineOnly;
        }
        const draft = draftOf(contentFrame, ctx, b, chosen);
        if (!draft) {
          if (endsOnColon(contentFrame, ctx)) {
            const cue = contentFrame.cue ? ([contentFrame.cueOffset, (tokens[contentFrame.cue.end - 1] as Token).end] as [number, number]) : null;
            introduced = { block: b, who: chosen, cue };
          }
          continue;
        }
        // A quote over several paragraphs was taken, unattributed, where it opened; the attribution after its last
        // paragraph names who said all of it. («"…". هذا ما قاله X»: so does one pointing back at the sentence before.)
        const opened = drafts[drafts.length - 1];
        // (A quote in no marks has no span: «قائلاً: …» after first-person paragraphs that went on with speech takes none of them.)
        if (draft.kind === 'direct' && draft.span >= 0 && opened && opened.span === draft.span && opened.cue === null && !inSentence.includes(opened))
          drafts.pop();
        if (overlapsRecent(drafts, inSentence, draft.start, draft.end)) continue;
        drafts.push(draft);
        inSentence.push(draft);
        // "Disney's tech teams isolated the problem, Mayer said, and "patched" the software": the words after an
        // attribution set inside the clause are a second quote by the same speaker.
        if (contentFrame.continuation >= 0) {
          const rest = draftOf({ ...contentFrame, contentStart: contentFrame.continuation, contentEnd: -1, continuation: -1 }, ctx, b, chosen);
          if (rest && !overlapsRecent(drafts, inSentence, rest.start, rest.end)) {
            drafts.push(rest);
            inSentence.push(rest);
          }
        }
        // «"…," she said, "…"»: the attribution splits one quotation; the other half has the same speaker.
        const half = draft.kind === 'direct' ? otherHalf(contentFrame, ctx, draft) : null;
        if (half && !usedSpans.has(half.span) && !overlapsRecent(drafts, inSentence, half.start, half.end)) {
          const at = half.start < draft.start ? 1 : 0;
          drafts.splice(drafts.length - at, 0, half);
          inSentence.splice(inSentence.length - at, 0, half);
        }
      }
      // Only now are the reported clauses cut to their final length: read their marks once.
      for (const draft of inSentence) finishDraft(ctx, draft, usedSpans);
      // Marked words that no frame claimed: speech only if long enough to be a sentence of someone's.
      const markList = tokenIndex.marks;
      for (let m = firstAtLeast(markList, sentence.first); m < markList.length && (markList[m] as number) < sentence.last; m++) {
        const t = markList[m] as number;
        const tok = tokens[t] as Token;
        if (tok.role !== 'open' || tok.quoted || usedSpans.has(tok.span as number)) continue;
        const span = marks.spans[tok.span as number];
        if (!span || overlapsRecent(drafts, inSentence, span.open, span.close + 1)) continue;
        const multiBlock = span.closeBlock !== b;
        // The paragraph before ended «… said:»: this paragraph's opening quotation is what was said.
        if (introduced?.block === b - 1 && n === 0 && t === opening) {
          usedSpans.add(tok.span as number);
          const { who, cue } = introduced;
          drafts.push({
            ...uncuedDraft(text, span, b, tok.span as number),
            cue,
            speaker: who.speaker,
            inferred: who.inferred,
            speakerSpan: who.span,
            confidence: 0.9,
          });
          introduced = null;
          continue;
        }
        // "Coach Maria Lopez was blunt:" closing the paragraph before, with no cue to introduce it: the quotation opening
        // this paragraph is that person's, as it is after such a colon inside one paragraph (below).
        const colonCredit =
          !introduced && n === 0 && t === opening && before && lastDraft?.block !== b - 1
            ? colonOpener(text, before, marks, blockLang, persons, strictFor(blockLang), marks.marked[b - 1] === 1)
            : undefined;
        if (colonCredit) {
          usedSpans.add(tok.span as number);
          const speaker = register.byName(colonCredit.name, wordKeys(colonCredit.name, blockLang), undefined, [], undefined);
          drafts.push({ ...uncuedDraft(text, span, b, tok.span as number), speaker, inferred: true, confidence: 0.6 });
          continue;
        }
        // '"So far, it's the Internet: 1." - Matthew Ingram': a dash and a person's name closing the paragraph credit it;
        // «Smith was blunt: "We lost."»: a quotation after a colon closing narration about a person is theirs.
        // («بيروت – "المدن" – رامي حداد»: a word or two in marks before a dash and a name is a dateline's outlet.)
        const credited =
          (!multiBlock && wordCount(text.slice(span.open + 1, span.close).trim()) >= CREDITED_WORDS
            ? dashCredit(text, span.close + 1, range.end, persons)
            : undefined) ??
          (!multiBlock && isColonToken(tokens[t - 1])
            ? (personOpening(ctx, persons, (tokens[t - 1] as Token).start) ??
              (blockLang.casedNames ? labelPerson(ctx, persons, t - 1) : undefined) ??
              (blockLang.casedNames ? personRightBeforeColon(ctx, persons, t - 1) : undefined) ??
              possessorOpening(ctx, persons, t - 1) ??
              // ("The Guardian cited examples …, including: "…"": a body the sentence opens on, too, not one naming a
              // person's employer: "Halvorsen CEO apologizes: "…"".)
              (blockLang.casedNames ? bodyOpening(ctx, bodies, (tokens[t - 1] as Token).start) : undefined))
            : undefined);
        if (credited) {
          usedSpans.add(tok.span as number);
          const speaker = register.byName(credited.name, wordKeys(credited.name, blockLang), undefined, [], undefined);
          drafts.push({
            ...uncuedDraft(text, span, b, tok.span as number),
            speaker,
            inferred: false,
            speakerSpan: [credited.start, credited.end],
            confidence: 0.7,
          });
          continue;
        }
        const last = drafts[drafts.length - 1];
        // (A quotation over several paragraphs, with no cue, a paragraph of narration after the last quote: still whoever
        // was heard last.)
        const near = last !== undefined && last.block >= b - (multiBlock ? 2 : 1);
        // Right after a quote in the same paragraph, a shorter sentence in marks is that speaker going on.
        // A whole sentence in marks goes on however short it is ('"We lost everything," said Lopez. "Everything."').
        const goingOn =
          last !== undefined &&
          last.block === b &&
          last.kind === 'direct' &&
          endsSentence(text, span.close) &&
          (wordsInSpan(ctx, t) >= 3 || t === sentence.first);
        // A whole sentence in marks after the quote before it is speech even as one capitalised word.
        const wholeSentence = goingOn && t === sentence.first;
        // ('"I'd have to get back to you." ¶ "Roughly."': a paragraph that is one quotation, right after a paragraph that
        // quoted someone, is a turn of speech however short.)
        const alone = !multiBlock && t === opening && wordless(text, span.close + 1, range.end);
        // (A sentence, closed by its stop inside the marks: a film's title alone under a quote, '"Wild Rose"', is none.)
        const turn = alone && last?.block === b - 1 && last.kind === 'direct' && endsSentence(text, span.close);
        if (
          !multiBlock &&
          !wholeSentence &&
          !turn &&
          (isTermSpan(ctx, t) || afterPreposition(ctx, t) || (wordsInSpan(ctx, t) < UNCUED_SPEECH_WORDS && !goingOn))
        ) {
          // (In a headline, a word or a few in marks are most often someone's, said again below: see headlineSaidBelow.)
          // (Not the body a title heads in the headline's speaker label, «متحدث "الصحة": …».)
          const labelled =
            tokens[t - 1]?.type === 'word' && isTitleWord(blockLang, (tokens[t - 1] as Token).key) && /^\s*:/u.test(text.slice(span.close + 1, span.close + 4));
          if (b === 0 && block.type === 'heading' && !goingOn && !labelled) {
            usedSpans.add(tok.span as number);
            drafts.push({ ...uncuedDraft(text, span, b, tok.span as number), speaker: null, confidence: 0.45, headlineFragment: true });
          }
          continue;
        }
        // 'Aderholt returned to the issue later in the hearing. "What …?"': with no quote before it in its paragraph, a
        // quotation after narration that opens on a person is that person's.
        const first = tokenIndex.sentences[0];
        // ('Cook remembered Jobs rehearsing there and "going way off script …"': a quotation inside a sentence that opens
        // on a person, with no verb of saying, is that person's recollection.)
        // (Not a name the entity stage cut at a nickname's mark: 'Aurelio "Rey'.)
        const subject = blockLang.casedNames && !goingOn && t > sentence.first + OPENING_TOKENS ? personOpening(ctx, persons, tok.start) : undefined;
        // (Nor when another person is named between the subject and the quotation: "Fairbanks' campaign manager, Tessa
        // Brightwater, dismissed the letter as "…"", "Kimbrough accused …, prompting Whitcomb-Ayers to shout back that".)
        // (Nor a name that modifies someone else: "A Medeiros adviser", "Fairbanks' manager".)
        const next = subject ? tokens[countBefore(tokens, (x) => x.start < subject.end)] : undefined;
        const modifies =
          next?.type === 'word' &&
          (next.start === subject?.end ||
            blockLang.titles.has(next.key) ||
            blockLang.personHeads?.has(next.key) === true ||
            blockLang.personNouns.has(next.key));
        const own = subject && !modifies && !/["“”«»]/.test(subject.name) && !otherPersonBetween(persons, subject, tok.start) ? subject : undefined;
        // («… تصريحات الرئيس العراقي جلال طالباني حول امكانية الرد «اذا لم يكفوا …»»: else a quotation after a noun for what
        // someone said, in construct with a person named in its sentence, is that person's.)
        const opener =
          own ??
          (!goingOn && last?.block !== b && n > 0 && first && !busyPastOpening({ ...ctx, sentence: first })
            ? personOpening({ ...ctx, sentence: first }, persons, tok.start)
            : undefined) ??
          (!goingOn ? speechNounPerson(ctx, persons, tok.start) : undefined);
        if (opener) {
          usedSpans.add(tok.span as number);
          const speaker = register.byName(opener.name, wordKeys(opener.name, blockLang), undefined, [], undefined);
          drafts.push({ ...uncuedDraft(text, span, b, tok.span as number), speaker, inferred: true, confidence: 0.6 });
          continue;
        }
        // Going on in its paragraph: the speaker of the quote before; else whoever was heard last.
        const speaker = goingOn ? last.speaker : near ? (register.carried(undefined) ?? null) : null;
        usedSpans.add(tok.span as number);
        drafts.push({ ...uncuedDraft(text, span, b, tok.span as number), speaker, confidence: near ? 0.6 : 0.45, ...(alone ? { bare: true as const } : {}) });
      }
    });
    if (going && drafts[drafts.length - 1]?.block !== b) drafts.push(going);
  }

  drafts.sort((x, y) => x.start - y.start);
  interviewAnswers(drafts, text, blocks, ranges, persons, register, lang);
  drafts.sort((x, y) => x.start - y.start);
  goOnPastBrokenNumbers(drafts, text, ranges);
  goOnToClosingMark(drafts, marks.spans);
  goOnPastCommaBreaks(drafts, text, ranges);
  drafts.sort((x, y) => x.start - y.start);
  // ("…, but the company has declined to publicly confirm that.)": words with no letter or digit say nothing.
  // (In one pass: a text of thousands of empty quotations stays linear.)
  // ("He said, she said" as a subheading: a pronoun and a verb of saying alone are an attribution, nothing said.)
  retain(drafts, (d) => WORDLIKE.test(text.slice(d.start, d.end)) && !attributionAlone(text.slice(d.start, d.end), lang));
  namedLater(drafts, text, lang);
  namedByAdding(drafts, text, register, lang);
  headlineNamedLater(drafts, blocks, text, persons, register, lang);
  headlineBodyBelow(drafts, blocks, bodies, register, lang);
  namedInNextSentence(drafts, text, persons, register, lang);
  namedInAside(drafts, text, persons, register, lang);
  describedThenNamed(drafts, text, persons, register, lang);
  headlineSaidBelow(drafts, blocks, text, lang);
  labelledSections(drafts, text, ranges, persons, register, lang);
  turnTaking(drafts, text);
  headlineHeldBy(drafts);
  // Every point the quotes need, found in one walk over the text.
  const offsets: number[] = [];
  const parts = drafts.map((d) => partsOf(d, text, ranges, marks));
  for (const [i, d] of drafts.entries()) {
    offsets.push(d.start, d.end, ...(d.cue ?? []), ...(d.speakerSpan ?? []));
    for (const part of parts[i] ?? []) offsets.push(part[0], part[1]);
  }
  const points = pointsAt(text, blocks, ranges, offsets);
  const positionOf = (s: number, e: number): Position => ({ start: points.get(s) as Point, end: points.get(e) as Point });
  doc.quotes = drafts.map((d, i) => toQuote(d, i, text, positionOf, blocks, persons, parts[i] ?? null));
}

/** The last draft's speech goes on into paragraph `b` (see `QuoteLanguage.firstPerson`): the direct draft for it, else null. */
function firstPersonGoingOn(
  text: string,
  range: { start: number; end: number },
  ranges: readonly TextRange[],
  last: Draft | undefined,
  b: number,
  lang: QuoteLanguage,
  bridges: (range: TextRange) => boolean = () => false,
): Draft | null {
  if (!lang.firstPerson || !last?.speaker) return null;
  // («… قلق امريكي. / . / انه امر يشغلنا»: a paragraph of a stop alone, as ANERcorp's sentence splitter leaves inside
  // speech, stands between nothing.)
  let p = b - 1;
  while (p > last.block && b - p <= WORDLESS_BETWEEN && wordless(text, (ranges[p] as TextRange).start, (ranges[p] as TextRange).end)) p--;
  const before = ranges[p];
  if (!before || last.block !== p) return null;
  // The speech ran to the end of its paragraph: nothing but marks and stops after it.
  if (!wordless(text, last.end, before.end)) return null;
  // (Only from speech that went on in the first person already, so a bridge never opens a chain.)
  const spoken = lang.firstPerson(text.slice(range.start, range.end)) || (last.cue === null && bridges(range));
  if (!spoken) return null;
  let [start, end] = trimSpaces(text, range.start, range.end);
  // («وقال أنا فخور …»: a verb of saying with no subject opening the paragraph is not part of what was said.)
  const opening = /^(\S+)\s+/u.exec(text.slice(start, end));
  if (opening) {
    if (isCueWord(lang, opening[1] as string)) start += opening[0].length;
  }
  end = beforeClosingStops(text, start, end, SENTENCE_STOPS);
  [start, end] = trimSpaces(text, start, end);
  if (end <= start) return null;
  return unmarkedDraft(start, end, b, last.speaker);
}

/**
 * Whether paragraph `b` ([range]) stands between two paragraphs of one speaker's unmarked words: it names no person,
 * and the next paragraph with words, a few wordless ones at most after it, holds no quotation mark and speaks in the
 * first person.
 */
function bridgesSpeech(
  text: string,
  range: TextRange,
  b: number,
  ranges: readonly TextRange[],
  marks: MarkPairs,
  persons: readonly PersonMention[],
  lang: QuoteLanguage,
): boolean {
  if (!lang.firstPerson || firstWithin(persons, range.start, range.end) !== undefined) return false;
  let n = b + 1;
  while (n < ranges.length && n - b <= WORDLESS_BETWEEN && wordless(text, (ranges[n] as TextRange).start, (ranges[n] as TextRange).end)) n++;
  const next = ranges[n];
  if (!next || n - b > WORDLESS_BETWEEN || marks.marked[n] === 1) return false;
  return lang.firstPerson(text.slice(next.start, next.end));
}

/**
 * «وأضاف متمنيا للادب أن يقاوم "وأن يستكشف … / فحتى الذين يبحثون … عن الادب ".»: a reported clause that holds the
 * opening mark of a quotation running on over later paragraphs goes on to its closing mark, where its sentence ended
 * at its own paragraph's end. Only spans over several blocks are looked at (few), so the pass stays linear.
 */
function goOnToClosingMark(drafts: Draft[], spans: readonly MarkedSpan[]): void {
  const running = spans.filter((s) => s.closeBlock > s.openBlock).sort((a, b) => a.open - b.open);
  if (running.length === 0) return;
  // Drafts are sorted by start: one pointer walks the spans along them.
  let p = 0;
  for (const [i, d] of drafts.entries()) {
    while (p < running.length && (running[p] as MarkedSpan).open < d.start) p++;
    const span = running[p];
    if (d.kind === 'direct' || !span || span.open >= d.end || span.close < d.end) continue;
    // (Not over a quote of its own that starts inside the quotation.)
    const next = drafts[i + 1];
    if (next && next.start <= span.close) continue;
    d.end = span.close + 1;
  }
}

/**
 * «… أن يبلغ إنتاج أوبك … 29. / 8 مليون برميل يوميا …»: a sentence splitter that took a decimal point for a stop (as
 * ANERcorp's did) broke the sentence at a paragraph break inside a number. A quote that ends on the number's first digits
 * at its paragraph's end goes on through the paragraph that opens with the rest, as often as the number breaks again.
 * Drafts are sorted by start.
 */
function goOnPastBrokenNumbers(drafts: Draft[], text: string, ranges: readonly TextRange[]): void {
  const starts = new Set(drafts.map((d) => d.block));
  for (const d of drafts) {
    let b = blockAt(ranges, d.end - 1);
    for (;;) {
      const range = ranges[b];
      const next = ranges[b + 1];
      if (!range || !next || starts.has(b + 1)) break;
      // Only the stop after the number's digits stands between the quote's end and its paragraph's end.
      if (!/^\d$/u.test(text.charAt(d.end - 1)) || !/^\.?\s*$/u.test(text.slice(d.end, range.end))) break;
      if (!/^\s*\d/u.test(text.slice(next.start, next.start + 4))) break;
      const [s, e] = trimSpaces(text, next.start, next.end);
      const end = beforeClosingStops(text, s, e, SENTENCE_STOPS);
      if (end <= s) break;
      d.end = end;
      b++;
    }
  }
}

/** Characters of a quotation compared to find it again elsewhere; shorter quotations are not compared. */
const PULL_QUOTE_CHARS = 40;

/**
 * Paragraphs that are pull quotes: a quotation of a sentence's length said again in another paragraph, here in a
 * headline or with fewer words around it than there («"If you don't have a big booster …," Stafford said.» set above
 * the paragraph that reports it). Found by the quotation's opening words, so the look stays linear.
 */
function pullQuotes(text: string, ranges: readonly TextRange[], spans: readonly MarkedSpan[], heading: (block: number) => boolean): Set<number> {
  const seen = new Map<string, { block: number; around: number }[]>();
  for (const span of spans) {
    if (span.openBlock !== span.closeBlock || span.close - span.open <= PULL_QUOTE_CHARS) continue;
    const key = text.slice(span.open + 1, span.open + 1 + PULL_QUOTE_CHARS);
    const range = ranges[span.openBlock] as TextRange;
    const around = range.end - range.start - (span.close - span.open);
    const list = seen.get(key);
    if (list) list.push({ block: span.openBlock, around });
    else seen.set(key, [{ block: span.openBlock, around }]);
  }
  const pulled = new Set<number>();
  for (const list of seen.values()) {
    const first = list[0] as { block: number };
    if (!list.some((x) => x.block !== first.block)) continue;
    // ("Reef scientist on coral study: 'This is the first good news …'" over '"This is the first good news …," Professor
    // Tully told ABC News.': a headline is the one that repeats, however many words the body's paragraph has around.)
    const headed = list.some((x) => heading(x.block)) && list.some((x) => !heading(x.block));
    const most = list.reduce((m, x) => Math.max(m, x.around), 0);
    for (const x of list) if (headed ? heading(x.block) : x.around < most) pulled.add(x.block);
  }
  return pulled;
}

/** Paragraphs a reported clause may go on over when each before ends on a comma. */
const COMMA_BREAK_BLOCKS = 4;

/**
 * «وقال النادي إن اللاعب نقل إلى المستشفى,¶حيث أجريت له الإسعافات,¶إلا أنه فارق الحياة.»: a paragraph ending on a comma
 * is a sentence cut short; a reported clause running to that comma goes on in the paragraphs after it, each a quote of
 * the same speaker, until one no longer ends on a comma or holds a quote of its own.
 */
function goOnPastCommaBreaks(drafts: Draft[], text: string, ranges: readonly TextRange[]): void {
  const starts = new Set(drafts.map((d) => d.block));
  const added: Draft[] = [];
  for (const d of drafts) {
    if (d.kind === 'direct') continue;
    let b = blockAt(ranges, d.end - 1);
    let from = d.end;
    for (let n = 0; n < COMMA_BREAK_BLOCKS; n++) {
      const range = ranges[b];
      const next = ranges[b + 1];
      if (!range || !next || starts.has(b + 1) || !/^\s*[,،]\s*$/u.test(text.slice(from, range.end))) break;
      const [s, e] = trimSpaces(text, next.start, next.end);
      const end = beforeClosingStops(text, s, e, CLAUSE_STOPS);
      if (end <= s || wordless(text, s, end)) break;
      added.push({ ...unmarkedDraft(s, end, b + 1, d.speaker), kind: 'indirect' });
      starts.add(b + 1);
      b++;
      from = end;
    }
  }
  drafts.push(...added);
}

/** A direct quote with no quotation marks and no cue of its own, its speaker inferred (an answer, speech going on). */
function unmarkedDraft(start: number, end: number, block: number, speaker: Speaker | null): Draft {
  return { start, end, kind: 'direct', block, cue: null, speaker, inferred: true, speakerSpan: null, confidence: 0.5, firstToken: -1, lastToken: -1, span: -1 };
}

interface TextRange {
  start: number;
  end: number;
}

/** Whether exactly [from, to) is a place the entity stage found (no body, no person). */
function placeNamed(
  bodiesAndPlaces: readonly PersonMention[],
  bodies: readonly PersonMention[],
  persons: readonly PersonMention[],
  from: number,
  to: number,
): boolean {
  const place = personWithin(bodiesAndPlaces, from, to);
  return place !== undefined && place.start === from && place.end === to && !bodies.includes(place) && !personWithin(persons, from, to);
}

/**
 * «عميد بلدية درنة»: words after a title that close a body's name opened inside the role («بلدية درنة») are the title's
 * complement, no person's name.
 */
function complementBody(bodies: readonly PersonMention[], persons: readonly PersonMention[], roleFrom: number, from: number, to: number): boolean {
  const body = bodies[countBefore(bodies, (m) => m.start < from) - 1];
  return body !== undefined && body.start >= roleFrom && body.end >= to && !personWithin(persons, from, to);
}

/** Whether another person than `subject` is named after it and before `to` (mentions sorted by start). */
function otherPersonBetween(persons: readonly PersonMention[], subject: PersonMention, to: number): boolean {
  for (let k = countBefore(persons, (m) => m.start <= subject.start); k < persons.length && (persons[k] as PersonMention).start < to; k++)
    if ((persons[k] as PersonMention).id !== subject.id) return true;
  return false;
}

/** Per speaker, whether the entity stage found a person by all the words of the name it had when asked. */
const NAMED_PERSON = new WeakMap<Speaker, { name: string; found: boolean }>();

/** Whether a person the entity stage found holds every word of the speaker's name (asked once per speaker and name). */
function namedPerson(who: Speaker, persons: readonly PersonMention[], lang: QuoteLanguage): boolean {
  const known = NAMED_PERSON.get(who);
  if (known?.name === who.name) return known.found;
  const found = persons.some((m) => who.nameKeys.every((k) => mentionKeys(m, lang).includes(k)));
  NAMED_PERSON.set(who, { name: who.name, found });
  return found;
}

/** How many paragraphs without a word may stand between speech and the paragraph that goes on with it. */
const WORDLESS_BETWEEN = 3;
/** Characters a speaker's label may take before its colon at a paragraph's start («جون بولتون:», «وزير الخارجية الروسي:»). */
const LABEL_CHARS = 40;

/** A letter or a digit, in any script. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Stops that close a sentence, left out of the quote whose paragraph they end. */
const SENTENCE_STOPS = /[.!؟?]/u;
/** Those and the commas a sentence cut short ends on. */
const CLAUSE_STOPS = /[.!؟?,،]/u;

/** Where [start, end) ends without the stops (`stops`, one character each) that close it. */
function beforeClosingStops(text: string, start: number, end: number, stops: RegExp): number {
  let e = end;
  while (e > start && stops.test(text.charAt(e - 1))) e--;
  return e;
}

/** [start, end) without the spaces at its ends. */
function trimSpaces(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Words a paragraph of one question may have to be an interviewer's question. */
const QUESTION_WORDS = 30;

/**
 * An interview printed as questions and answers («كيف تصفين الوضع؟» ¶ «نستقبل يوميا …»): with two questions or more, each
 * a paragraph of one question ending on «؟» or "?", the paragraphs after each (up to the next question; after the last,
 * one) that hold no quote are the interviewee's words: the person quoted last before the first question, else the
 * person named most before it. Questions are the outlet's and stay unquoted. Only where the text before them calls
 * itself an interview.
 */
function interviewAnswers(
  drafts: Draft[],
  text: string,
  blocks: readonly Block[],
  ranges: readonly { start: number; end: number }[],
  persons: readonly PersonMention[],
  register: SpeakerRegister,
  lang: QuoteLanguage,
): void {
  const trimmed = (b: number) => trimSpaces(text, (ranges[b] as { start: number }).start, (ranges[b] as { end: number }).end);
  const isQuestion = (b: number) => {
    if (blocks[b]?.type !== 'paragraph') return false;
    const [s, e] = trimmed(b);
    if (e - s < 2 || !isQuestionCode(text.charCodeAt(e - 1))) return false;
    let words = 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      // One sentence: no stop, question mark or exclamation before its end.
      if (i < e - 1 && (c === 46 || c === 0x061f || c === 63 || c === 33)) return false;
      if (isSpaceCode(c) && !isSpaceCode(text.charCodeAt(i - 1))) words++;
    }
    return words < QUESTION_WORDS;
  };
  const questions: number[] = [];
  for (let b = 1; b < blocks.length; b++) if (isQuestion(b)) questions.push(b);
  if (questions.length < 2) return;
  const quoted = new Set(drafts.map((d) => d.block));
  const first = questions[0] as number;
  const firstStart = (ranges[first] as { start: number }).start;
  // Only an article that says it is an interview («في هذا الحوار», "in an interview"): an explainer's subheads ask too.
  const nouns = lang.interviewNouns;
  if (
    !nouns ||
    !text
      .slice(0, firstStart)
      .split(/[\s.,،:;؛()«»"“”]+/u)
      .some((w) => w !== '' && nouns.has(lang.articleless(lang.key(w))))
  )
    return;
  // Who answers: the last person quoted before the questions, else the one named most there.
  let who: Speaker | null = null;
  for (const d of drafts) if (d.start < firstStart && d.speaker && !d.speaker.group && !d.speaker.body) who = d.speaker;
  if (!who) {
    const counts = new Map<string, { n: number; m: PersonMention }>();
    for (const m of persons) {
      if (m.start >= firstStart) break;
      const c = counts.get(m.id);
      counts.set(m.id, { n: (c?.n ?? 0) + 1, m });
    }
    let best: { n: number; m: PersonMention } | undefined;
    for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
    if (best) who = register.byName(best.m.name, wordKeys(best.m.name, lang), undefined, [], undefined);
  }
  if (!who) return;
  const isQ = new Set(questions);
  for (const [k, q] of questions.entries()) {
    const next = questions[k + 1];
    const stop = next ?? Math.min(blocks.length, q + 2);
    for (let b = q + 1; b < stop; b++) {
      if (isQ.has(b) || blocks[b]?.type !== 'paragraph') break;
      // (A paragraph quoting someone is narration again: the answers end there.)
      if (quoted.has(b)) break;
      const [s, e] = trimmed(b);
      if (e <= s) continue;
      drafts.push(unmarkedDraft(s, e, b, who));
    }
  }
}

/** Content words a lede's definite description needs to introduce someone the story names ("The head of the … railroad"). */
const LEDE_DESCRIPTION_WORDS = 3;

/** Persons after a headline looked at for the one its title describes. */
const HEADLINE_LOOKAHEAD = 20;

/**
 * "Quorra CEO says …", "Judge rules …", "Researcher says …": a headline's speaker given by a title, in a language with
 * capitals, is whom the story below introduces with it ("U.S. District Judge Harriet Lungu"): the first person after
 * the headline whose words around hold the title.
 */
function headlineNamedLater(
  drafts: Draft[],
  blocks: readonly Block[],
  text: string,
  persons: readonly PersonMention[],
  register: SpeakerRegister,
  lang: QuoteLanguage,
): void {
  if (!lang.casedNames) return;
  const lead = blocks.findIndex((b) => b.type === 'paragraph');
  for (const d of drafts) {
    const speaker = d.speaker;
    if (!speaker || speaker.entityId || speaker.group || speaker.body) continue;
    // ("A security researcher says she was able to …" opening the story, too: someone it names below.)
    const first = lang.key(speaker.name.split(/\s+/)[0] ?? '');
    // ("The head of the nation's second-largest freight railroad told senators …": or a definite one that describes,
    // not a title alone, "The minister", whom the story need not name.)
    const describing = first === lang.definiteArticle && contentKeys(speaker.nameKeys, lang).length >= LEDE_DESCRIPTION_WORDS;
    const introduced = d.block === lead && speaker.descriptionOnly && (lang.indefiniteArticles?.has(first) === true || describing);
    if (blocks[d.block]?.type !== 'heading' && !introduced) continue;
    // ("Ex-footballer tells …": a title with "ex-" is the title.)
    // ("The head of …": the noun its complement follows heads it.)
    const written = speaker.name.split(/\s+/).map((w) => lang.key(w));
    const linked = written.findIndex((k) => lang.nameLinks?.has(k) === true);
    const head = lang.articleless((linked > 0 ? written[linked - 1] : speaker.nameKeys[speaker.nameKeys.length - 1]) ?? '').replace(/^ex-/, '');
    // ("Bronze Age shipwreck rewrites map …, archaeologist says": in the headline, a noun shaped as a person's trade too.)
    const trade = blocks[d.block]?.type === 'heading' && PERSON_SUFFIX.test(head);
    if (!lang.titles.has(head) && lang.personHeads?.has(head) !== true && !trade) continue;
    // ("CEO" is introduced as "Chief executive Philippa …": a title's words spelled out.)
    const titleWords = lang.titlesSpelledOut?.get(head) ?? [head];
    const words = contentKeys(speaker.nameKeys, lang).filter((k) => lang.indefiniteArticles?.has(k) !== true);
    const from = countBefore(persons, (m) => m.start < d.end);
    const titledWith = (fits: (around: string[]) => boolean) => {
      for (let i = from; i < persons.length && i < from + HEADLINE_LOOKAHEAD; i++) {
        const m = persons[i] as PersonMention;
        if (fits(keysAround(text, m, lang))) return m;
      }
      return undefined;
    };
    // ("Transit chief says …": whom the story titles with all of it, "Transit chief Denise Ocampo", before any other chief.)
    // ("A former Premier League footballer has told the High Court that … ¶ Dean Ashcroft, 38, who played for three
    // top-flight clubs, is suing …": else, for the story's opening description or its headline's, the person the story
    // names first, when the name opens a paragraph, as a lede's subject does.)
    const next = persons[from];
    const m =
      titledWith((around) => titleWords.every((k) => around.includes(k)) && words.every((k) => k === head || around.includes(k))) ??
      titledWith((around) => titleWords.every((k) => around.includes(k))) ??
      (next && (next.start === 0 || text.charCodeAt(next.start - 1) === 10) ? next : undefined);
    if (!m) continue;
    d.speaker = register.byName(m.name, wordKeys(m.name, lang), speaker.name, speaker.nameKeys, undefined);
    linkEntity(d.speaker, m);
    d.inferred = true;
  }
}

/** Bodies after a headline looked at for the one its noun for a body describes. */
const HEADLINE_BODY_LOOKAHEAD = 6;

/**
 * "Port strike to go ahead after talks collapse, union says": a headline's speaker that is a body's noun alone is the
 * body the story names first below it, of the noun's institution kind where the noun has one (a union, not the port
 * operator it is striking against); not a news agency.
 */
function headlineBodyBelow(drafts: Draft[], blocks: readonly Block[], bodies: readonly PersonMention[], register: SpeakerRegister, lang: QuoteLanguage): void {
  if (!lang.casedNames) return;
  for (const d of drafts) {
    const speaker = d.speaker;
    if (!speaker?.descriptionOnly || speaker.group || blocks[d.block]?.type !== 'heading' || speaker.nameKeys.length !== 1) continue;
    const head = speaker.nameKeys[0] as string;
    if (lang.bodyNouns?.has(head) !== true && lang.bodyKinds?.has(head) !== true && lang.institutionWords?.has(head) !== true) continue;
    const kind = lang.institutionKinds?.get(head);
    const from = countBefore(bodies, (m) => m.start < d.end);
    let found: PersonMention | undefined;
    for (let i = from; i < bodies.length && i < from + HEADLINE_BODY_LOOKAHEAD && !found; i++) {
      const m = bodies[i] as PersonMention;
      const keys = mentionKeys(m, lang);
      if (namesOutlet(keys, lang) || otherInstitution(keys, head, lang)) continue;
      if (kind === undefined || ofInstitutionKind(keys, kind, lang)) found = m;
    }
    if (!found) continue;
    d.speaker = register.asBody(register.byName(found.name, wordKeys(found.name, lang), undefined, [], undefined), found.id);
    d.inferred = true;
  }
}

/** Characters after a description in which the aside naming it is looked for. */
const NAMING_ASIDE_CHARS = 60;

/**
 * «واضاف المتحدث، الذي عرف نفسه باسم ابو بكر حامد، …», "One resident, who identified herself only as Maria, said": a
 * description whose aside gives a name is the person of that name, in every quote the description spoke.
 */
function namedInAside(drafts: Draft[], text: string, persons: readonly PersonMention[], register: SpeakerRegister, lang: QuoteLanguage): void {
  const phrases = lang.namingPhrases;
  if (!phrases) return;
  const done = new Set<Speaker>();
  for (const d of drafts) {
    const speaker = d.speaker;
    if (!speaker || !d.speakerSpan || done.has(speaker) || !speaker.descriptionOnly || speaker.group || speaker.body) continue;
    const after = text.slice(d.speakerSpan[1], d.speakerSpan[1] + NAMING_ASIDE_CHARS);
    const words = after.split(/[\s,،]+/u).filter(Boolean);
    const keys = words.map((w) => lang.key(w));
    // The phrase opens the aside, after a relative word at most.
    let at = -1;
    let length = 0;
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      for (const skip of [0, 1]) {
        if (
          parts.every((p, i) => keys[skip + i] === p) &&
          (skip === 0 || lang.relativeAntecedent?.has(keys[0] as string) === true || lang.relativePronouns?.has(keys[0] as string) === true)
        ) {
          at = skip;
          length = parts.length;
        }
      }
      if (at >= 0) break;
    }
    if (at < 0) continue;
    // The person the entity stage found right after the phrase.
    let offset = d.speakerSpan[1];
    for (let i = 0; i < at + length; i++) offset = text.indexOf(words[i] as string, offset) + (words[i] as string).length;
    const m = persons[countBefore(persons, (x) => x.start < offset)];
    if (!m || m.start - offset > 3) continue;
    done.add(speaker);
    speakAs(drafts, speaker, m, register, lang);
  }
}

/** Words before a person's name looked at as a description standing right before it (a bound: the index stays linear). */
const NAMING_WORDS = 6;

/**
 * «قالت وزيرة التربية في تصريح للصحافيين إن …» and, in the narration before or after, «وكانت وزيرة التربية هند الصالح،
 * …، قد واجهت انتقادات»: a description of two words or more that the text writes right before a person's name, and
 * before no other name, is that person in every quote it spoke.
 */
function describedThenNamed(drafts: Draft[], text: string, persons: readonly PersonMention[], register: SpeakerRegister, lang: QuoteLanguage): void {
  if (!lang.verbFirst) return;
  // The last words before each name, read once: a phrase to the one person it stands before, or null for several.
  let before: Map<string, PersonMention | null> | undefined;
  const done = new Set<Speaker>();
  for (const d of drafts) {
    const speaker = d.speaker;
    if (!speaker || done.has(speaker) || !speaker.descriptionOnly || speaker.group || speaker.body || speaker.entityId || speaker.pair) continue;
    done.add(speaker);
    if (speaker.nameKeys.length < 2 || !speaker.nameKeys.some((k) => personWord(lang, k))) continue;
    before ??= wordsBeforeNames(text, persons);
    const named = before.get(speaker.name);
    if (named) speakAs(drafts, speaker, named, register, lang);
  }
}

/** For each person mention, the one to NAMING_WORDS words written right before it (a space between), as phrases. */
function wordsBeforeNames(text: string, persons: readonly PersonMention[]): Map<string, PersonMention | null> {
  const phrases = new Map<string, PersonMention | null>();
  for (const m of persons) {
    if (text[m.start - 1] !== ' ') continue;
    const words = text.slice(Math.max(0, m.start - 1 - NAMING_WORDS * 12), m.start - 1).split(/[^\p{L}\p{M}\p{N}"«»“”]+/u);
    for (let n = 2; n <= Math.min(NAMING_WORDS, words.length - 1); n++) {
      const phrase = words.slice(words.length - n).join(' ');
      if (!text.endsWith(phrase, m.start - 1)) break;
      const known = phrases.get(phrase);
      phrases.set(phrase, known === undefined || known?.id === m.id ? m : null);
    }
  }
  return phrases;
}

/** Every quote a description spoke goes to the person `m` names it as, the description kept as the role. */
function speakAs(drafts: Draft[], speaker: Speaker, m: PersonMention, register: SpeakerRegister, lang: QuoteLanguage): void {
  const named = register.byName(m.name, wordKeys(m.name, lang), speaker.name, speaker.nameKeys, speaker.gender);
  linkEntity(named, m);
  for (const other of drafts) if (other.speaker === speaker) other.speaker = named;
}

/** Characters after a description's quote in which "The analyst, Lena Okafor," is looked for (a sentence or two). */
const NAMED_AFTER_CHARS = 300;

/**
 * "A fire behavior analyst with the incident management team told reporters that …. The analyst, Lena Okafor, has
 * worked fires …": someone a quote brings in by an indefinite description, named right after in apposition to the
 * description's noun with the definite article, is that person, in every quote the description spoke.
 */
function namedInNextSentence(drafts: Draft[], text: string, persons: readonly PersonMention[], register: SpeakerRegister, lang: QuoteLanguage): void {
  if (!lang.casedNames || !lang.definiteArticle) return;
  const done = new Set<Speaker>();
  // Where each person is first named (read once: a text of many descriptions stays linear).
  let firstNamed: Map<string, number> | undefined;
  for (const d of drafts) {
    const speaker = d.speaker;
    if (!speaker || done.has(speaker) || !speaker.descriptionOnly || speaker.group || speaker.body) continue;
    done.add(speaker);
    const m = persons[countBefore(persons, (x) => x.start < d.end)];
    if (!m || m.start - d.end > NAMED_AFTER_CHARS) continue;
    // ("The museum's director said staff had cried …. Ingrid Aas, who has led the museum since 2019, told …": a name the
    // text gives for the first time, opening the next sentence with a relative clause about it, is the one described.)
    // (A person's description only, not "court records", "an LYI survey" or "the works council"; nor a plural one,
    // "Passenger groups".)
    const head = speaker.nameKeys[speaker.nameKeys.length - 1] ?? '';
    const personal = speaker.nameKeys.some((k) => personWord(lang, k)) && !(head.endsWith('s') && !personWord(lang, head));
    if (personal && !firstNamed) {
      firstNamed = new Map();
      for (const x of persons) if (!firstNamed.has(x.id)) firstNamed.set(x.id, x.start);
    }
    if (personal && firstNamed?.get(m.id) === m.start && introducedNext(text, d.end, m)) {
      speakAs(drafts, speaker, m, register, lang);
      continue;
    }
    // ("Hargrove's campaign manager told reporters …. The manager, Tyler Voss, …": or one someone's name owns.)
    const first = lang.key(speaker.name.split(/\s+/)[0] ?? '');
    if (!lang.indefiniteArticles?.has(first) && !/['’]s$/u.test(first)) continue;
    // The first person named after the quote, close to it, right after "The <noun>, " where the noun is the description's.
    const before = /(\p{L}+)\s+(\p{L}+),\s*$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!before || lang.key(before[1] as string) !== lang.definiteArticle || !speaker.nameKeys.includes(lang.key(before[2] as string))) continue;
    speakAs(drafts, speaker, m, register, lang);
  }
}

/** Whether the person mention `m` opens the sentence right after the one ending past `end`, followed by ", who". */
function introducedNext(text: string, end: number, m: PersonMention): boolean {
  return /^,\s+who\s/u.test(text.slice(m.end, m.end + 8)) && /^[^.!?\n]*[.!?]["”’]?\s+$/u.test(text.slice(end, m.start));
}

/** Share of a headline quotation's words a quote below must hold to be the same words said. */
const HEADLINE_WORDS_SAID = 0.6;
/** Fewest words a headline quotation needs to be matched by share. */
const HEADLINE_MATCH_WORDS = 3;
/** Quotes after a headline's looked at for its words (a bound: a text of a thousand quoted headlines stays linear). */
const HEADLINE_QUOTES_AHEAD = 40;

/**
 * «'It sounded like a freight train': Survivors describe …»: a headline's quotation that names nobody is the words of
 * whoever says them (or nearly: "It's like" for "It's as if") in a quote below. A headline's few words in marks
 * («Dwyer hails 'best win of my career'») are a quote only when a quote below holds them as written.
 */
function headlineSaidBelow(drafts: Draft[], blocks: readonly Block[], text: string, lang: QuoteLanguage): void {
  const keysOf = (d: Draft) => (text.slice(d.start, d.end).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => lang.key(w));
  let unsaid = false;
  for (const [i, d] of drafts.entries()) {
    // ("Fishermen's leader: 'Talks alone will not bring our boats back'": a speaker the headline only describes is whoever
    // says the words below by name.)
    const described = d.speaker?.descriptionOnly === true && !d.speaker.entityId;
    // ("City blackbirds 'have lost the night', says researcher": a described speaker's words, marked in part, too.)
    // («مسؤولة أممية: الجوع يطرق أبواب …»: or in no marks at all.)
    if ((d.speaker !== null && !described) || (d.kind !== 'direct' && !described) || blocks[d.block]?.type !== 'heading') continue;
    const keys = keysOf(d);
    const words = new Set(keys);
    if (d.headlineFragment ? keys.length === 0 : words.size < HEADLINE_MATCH_WORDS) continue;
    const phrase = ` ${keys.join(' ')} `;
    let best: Draft | undefined;
    let bestShare = HEADLINE_WORDS_SAID;
    for (const other of drafts.slice(i + 1, i + 1 + HEADLINE_QUOTES_AHEAD)) {
      if (other.speaker === null || blocks[other.block]?.type === 'heading' || (described && other.speaker.descriptionOnly)) continue;
      const said = keysOf(other);
      if (d.headlineFragment) {
        if (` ${said.join(' ')} `.includes(phrase)) {
          best = other;
          break;
        }
        continue;
      }
      const saidSet = new Set(said);
      let shared = 0;
      for (const w of words) if (saidSet.has(w)) shared++;
      if (shared / words.size > bestShare) {
        best = other;
        bestShare = shared / words.size;
      }
    }
    if (best) {
      // («مسؤولة أممية: …» ¶ … ¶ «وتابعت المسؤولة الأممية أن …»: the story's later drafts that the headline's description
      // resolved to are that person too.)
      const headlined = described ? d.speaker : null;
      if (headlined) for (const other of drafts.slice(i + 1)) if (other.speaker === headlined) other.speaker = best.speaker;
      d.speaker = best.speaker;
      d.inferred = true;
      delete d.headlineFragment;
    } else if (d.headlineFragment) unsaid = true;
  }
  if (unsaid) retain(drafts, (d) => !d.headlineFragment);
}

/** A headline's description («وزير التربية: "…"») that the story's body showed to be a named person speaks as that person. */
function headlineHeldBy(drafts: Draft[]): void {
  for (const d of drafts) {
    const holder = d.speaker?.headlineOnly === true ? d.speaker.heldBy : undefined;
    if (!holder) continue;
    d.speaker = holder;
    d.inferred = true;
  }
}

/** Drafts looked back over for the one a question was put to (a bound: a thousand-turn exchange stays linear). */
const TURN_LOOKBACK = 12;

/**
 * An exchange in a hearing or an interview: '"How much has come back, Dr Sundaram?" Rourke asked. ¶ "I don't have that
 * number with me." ¶ "You don't have it with you, or you don't have it?" ¶ "I don't have it with me."'. A paragraph that
 * is one quotation with no cue, right after a question in the paragraph before, is the answer of whom the asker last
 * heard from; a quotation after an answer to a question, or after a turn read so, is the turn of the one before it.
 */
function turnTaking(drafts: Draft[], text: string): void {
  const asks = (d: Draft) => isQuestionCode(text.charCodeAt(trimSpaces(text, d.start, d.end)[1] - 1));
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const p = drafts[i - 1] as Draft;
    if (!d.bare || p.block !== d.block - 1 || p.kind !== 'direct' || !p.speaker) continue;
    const asker = p.speaker;
    const pp = drafts[i - 2];
    // After a question or a turn: the one who spoke before it, when that was someone else.
    const exchange = pp !== undefined && pp.block === p.block - 1 && pp.speaker && pp.speaker !== asker && (asks(pp) || asks(p) || p.turn) ? pp : undefined;
    let other: Speaker | null = exchange?.speaker ?? null;
    if (!other && asks(p)) {
      for (let j = i - 2; j >= Math.max(0, i - 2 - TURN_LOOKBACK) && !other; j--) {
        const s = (drafts[j] as Draft).speaker;
        if (s && s !== asker && !s.group && !s.body) other = s;
      }
    }
    if (!other) continue;
    d.speaker = other;
    d.inferred = true;
    d.turn = true;
  }
}

/** Blocks a label may stand above the quotation it heads (prompts and the label's other quotations between). */
const LABEL_LOOKBACK = 8;
/** Words of a label line ("HEAD COACH MIGUEL SANTORO") and of a prompt line ("On Dante Achebe's winner:"). */
const LABEL_WORDS = 6;
const PROMPT_WORDS = 12;
/** Characters a prompt line and the mark after it may have. */
const PROMPT_CHARS = 160;

/**
 * Quotes sheets after a match or a briefing: a line naming someone ("HEAD COACH MIGUEL SANTORO", "Captain Theo Brandt"),
 * then prompts ("On the comeback:") each over a paragraph that is one quotation with no cue. The quotations are the named
 * one's, down to the next line that is neither a prompt nor such a quotation.
 */
function labelledSections(
  drafts: Draft[],
  text: string,
  ranges: readonly TextRange[],
  persons: readonly PersonMention[],
  register: SpeakerRegister,
  lang: QuoteLanguage,
): void {
  if (!lang.casedNames) return;
  // A quotation with no cue opening its paragraph, or after a prompt line in it ("On the comeback:\n"…"").
  // (A name or a verb inside a prompt on a topic, "On what Santoro told him:", is what the prompt asks about, not who
  // answers.)
  const opensSection = (d: Draft) => {
    const blockStart = (ranges[d.block] as TextRange).start;
    // (A prompt is a short line: a quotation deep in a long paragraph is read no further, so a paragraph of a hundred
    // thousand quotations stays linear.)
    if (d.kind !== 'direct' || d.start - blockStart > PROMPT_CHARS) return false;
    const [start, end] = trimSpaces(text, blockStart, d.start);
    if (d.cue || d.speakerSpan)
      return promptLine(text, start, end) && lang.promptOpeners?.has(lang.key(/^\S+/u.exec(text.slice(start, end))?.[0] ?? '')) === true;
    return wordless(text, start, end) || promptLine(text, start, end);
  };
  const openers = drafts.filter(opensSection);
  if (openers.length === 0) return;
  const sections = new Set(openers.map((d) => d.block));
  // The last words of the names the text gives, read once.
  const surnames = new Set<string>();
  for (const m of persons) {
    const name = text.slice(m.start, m.end);
    surnames.add(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
  }
  for (const d of openers) {
    for (let p = d.block - 1; p >= 0 && d.block - p <= LABEL_LOOKBACK; p--) {
      if (sections.has(p)) continue;
      const [start, end] = trimSpaces(text, (ranges[p] as TextRange).start, (ranges[p] as TextRange).end);
      // (A long line is narration, neither prompt nor label: not read further.)
      if (end - start > PROMPT_CHARS) break;
      if (promptLine(text, start, end)) continue;
      const words = text.slice(start, end).match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
      const name = words.length <= LABEL_WORDS && /\p{L}$/u.test(text.slice(start, end)) ? labelName(words, surnames, lang) : null;
      if (name) {
        d.speaker = register.byName(name, wordKeys(name, lang), undefined, [], undefined);
        d.inferred = true;
        d.speakerSpan = null;
        d.cue = null;
      }
      break;
    }
  }
}

/** Whether text[start, end) is a prompt: a few words closed by a colon, and at most a quotation mark after it. */
function promptLine(text: string, start: number, end: number): boolean {
  const line = text
    .slice(start, end)
    .replace(/["“«‘']+$/u, '')
    .trimEnd();
  return line.endsWith(':') && !line.includes('\n') && wordCount(line) <= PROMPT_WORDS;
}

/**
 * The name a label line gives: its last word the surname of a person the text names elsewhere, with the given names
 * before it ("MIGUEL SANTORO" of "HEAD COACH MIGUEL SANTORO"), written in capitals only at their first letter.
 */
function labelName(words: readonly string[], surnames: ReadonlySet<string>, lang: QuoteLanguage): string | null {
  if (!surnames.has((words[words.length - 1] as string).toLowerCase())) return null;
  let first = words.length - 1;
  while (first > 0 && words.length - first < 3 && isGivenName(lang, lang.key(titleCased(words[first - 1] as string)))) first--;
  return words.slice(first).map(titleCased).join(' ');
}

/** "SANTORO" → "Santoro"; a word in mixed case stays as written. */
const titleCased = (w: string) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w);

/** A title or a noun for a person ("minister", "patient", "coach"). */
const personWord = (lang: QuoteLanguage, key: string) => lang.titles.has(key) || lang.personNouns.has(key) || lang.personHeads?.has(key) === true;

/** A word for a company's kind ("company", "retailer", "miner", "chipmaker"). */
const companyKind = (lang: QuoteLanguage, key: string) => lang.bodyNouns?.has(key) === true || lang.bodyKinds?.has(key) === true || /.maker$/u.test(key);

/** "?" or «؟». */
const isQuestionCode = (c: number) => c === 63 || c === 0x061f;

/** Whether text[from, to) holds only spaces and punctuation (no letter or digit). */
function wordless(text: string, from: number, to: number): boolean {
  return !WORDLIKE.test(text.slice(from, to));
}

/** Whether `said` is a personal pronoun and a verb of saying and nothing else ("He said"). */
function attributionAlone(said: string, lang: QuoteLanguage): boolean {
  if (said.length > ATTRIBUTION_ALONE_CHARS) return false;
  const words = said.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.length === 2 && lang.personalPronouns?.has(lang.key(words[0] as string)) === true && lang.cues.has(lang.key(words[1] as string));
}

/** Characters past which a quote is never a pronoun and a verb alone. */
const ATTRIBUTION_ALONE_CHARS = 24;

/** Keeps, in place and in one pass, the drafts that `keep` holds (removing one at a time would be quadratic). */
function retain(drafts: Draft[], keep: (d: Draft) => boolean): void {
  let kept = 0;
  for (const d of drafts) if (keep(d)) drafts[kept++] = d;
  drafts.length = kept;
}

/** Whether the cue at `cue` is a verb that goes on with the speaker already speaking («وأضاف», «وتابع», "added"). */
function goesOnCue(cue: [number, number], text: string, lang: QuoteLanguage): boolean {
  return lang.cues.get(lang.key(text.slice(cue[0], cue[1])))?.carry === true;
}

/**
 * Quotes before anyone was named, carried over to nobody («وأضاف أنه …» opening an excerpt), belong to whom the first
 * named continuation goes on with: «وتابع أحمدي نجاد», "Smith added" say that Smith was speaking already.
 */
function namedLater(drafts: Draft[], text: string, lang: QuoteLanguage): void {
  let leading = 0;
  while (leading < drafts.length && (drafts[leading] as Draft).speaker === null) leading++;
  const named = drafts[leading];
  if (leading === 0 || !named?.speaker || named.inferred || !named.cue) return;
  if (!goesOnCue(named.cue, text, lang)) return;
  for (let i = 0; i < leading; i++) {
    const d = drafts[i] as Draft;
    d.speaker = named.speaker;
    d.inferred = true;
  }
}

/** Paragraphs after a description's quote within which "X added" may name it (a caption or a sentence between). */
const ADDED_NAMES_BLOCKS = 3;

/**
 * «رفض السفير الأميركي بمجلس الأمن الاقتراح، قائلا إن … ¶ وأضاف جون بولتون "…"»: "added" says the one speaking was
 * speaking already. A description no name was given to, followed (before anyone else speaks) by a person named with a
 * verb that goes on, is that person, in every quote the description spoke. Not when the named one is given another role.
 */
function namedByAdding(drafts: Draft[], text: string, register: SpeakerRegister, lang: QuoteLanguage): void {
  // ("added" with a new name in English as often brings in a second voice: "'…,' the mayor said. '…,' added Jones.")
  if (!lang.verbFirst) return;
  const done = new Set<Speaker>();
  let firstSeen: Map<string, number> | undefined;
  // Where each speaker is first heard, and the names given to descriptions, applied in one pass at the end (a text of
  // many descriptions stays linear).
  const firstHeard = new Map<Speaker, number>();
  for (const [i, d] of drafts.entries()) if (d.speaker && !firstHeard.has(d.speaker)) firstHeard.set(d.speaker, i);
  const renamed = new Map<Speaker, Speaker>();
  for (let i = 0; i < drafts.length; i++) {
    const speaker = (drafts[i] as Draft).speaker;
    if (!speaker || done.has(speaker) || !speaker.descriptionOnly || speaker.group || speaker.body || speaker.entityId) continue;
    // (A person's description: «السفير», «المتحدث»; not «الدراسة».)
    if (!speaker.nameKeys.some((k) => personWord(lang, k))) continue;
    // The description's last quote before someone else speaks (its run is read once: the loop goes on after it).
    const at = i;
    while (drafts[i + 1]?.speaker === speaker) i++;
    const last = drafts[i] as Draft;
    // The next speaker's quotes up to the first with a cue of its own (a caption «جون بولتون: …» may stand first).
    const next = drafts[i + 1]?.speaker;
    if (!next || next.descriptionOnly || next.group || next.body || next.pair) continue;
    let k = i + 1;
    while (drafts[k]?.speaker === next && !(drafts[k] as Draft).cue) k++;
    const named = drafts[k];
    if (!named?.cue || named.speaker !== next || named.inferred || named.block - last.block > ADDED_NAMES_BLOCKS) continue;
    if (!goesOnCue(named.cue, text, lang)) continue;
    // (Someone heard before under another role is another person: "the minister" then "added Lee, the mayor".)
    if (next.roleKeys.length > 0 && !next.roleKeys.some((key) => speaker.nameKeys.includes(key))) continue;
    if ((firstHeard.get(next) ?? at) < at) continue;
    // (Nor one the text named before the description spoke, «المعروف بأبي رامي» then «وأضاف أبو رامي»: the name is new here.)
    firstSeen ??= firstOffsets(text, lang);
    const surname = next.nameKeys[next.nameKeys.length - 1];
    if (surname === undefined || (firstSeen.get(surname) ?? Infinity) < (drafts[at] as Draft).start) continue;
    done.add(speaker);
    renamed.set(speaker, register.byName(next.name, wordKeys(next.name, lang), speaker.name, speaker.nameKeys, speaker.gender));
  }
  if (renamed.size > 0) for (const d of drafts) d.speaker = (d.speaker && renamed.get(d.speaker)) ?? d.speaker;
}

/** Where each word's key first stands in the text, read in one pass. */
function firstOffsets(text: string, lang: QuoteLanguage): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const key = lang.key(m[0]);
    if (!first.has(key)) first.set(key, m.index);
    // (A name's keys are kept without the article: «البطاينة» is «بطاينه» there.)
    const bare = lang.articleless(key);
    if (!first.has(bare)) first.set(bare, m.index);
  }
  return first;
}

interface PersonMention {
  start: number;
  end: number;
  id: string;
  name: string;
  /** Shared by the mentions of one entity: its name's content keys, folded when first asked (look-backs read many mentions). */
  named: { keys: string[] | undefined; lang: SentenceCtx['lang'] | undefined };
  /** This mention's `keysAround`, read when first asked: every speaker's look-back reads the same mentions again. */
  around: { keys: string[]; lang: SentenceCtx['lang'] } | undefined;
  /** A person read from a mention the entity stage gave another kind: no entity of its own to link a speaker to. */
  unlinked?: true;
}

/** Links a speaker to the entity of the mention it was read from, once, when that entity is the person's. */
function linkEntity(speaker: Speaker, m: PersonMention): void {
  if (!m.unlinked) speaker.entityId ??= m.id;
}

/** The matching keys of a name's words. */
function wordKeys(name: string, lang: SentenceCtx['lang']): string[] {
  return name.split(/\s+/).map((w) => lang.key(w));
}

/** The person mention spanning exactly [s, e) when its entity's name shares no word with the words there (an alias). */
function otherName(
  persons: readonly PersonMention[],
  s: number,
  e: number,
  keys: readonly string[],
  lang: SentenceCtx['lang'],
  shared = false,
): PersonMention | undefined {
  const person = personWithin(persons, s, e);
  if (!person || person.start !== s || person.end !== e) return undefined;
  const named = mentionKeys(person, lang);
  // ("Kettleman says" after "Doris Kettleman" and her son "Wade Kettleman": when two speakers share the surname, the
  // entity stage, which tied it to one of them, tells which; not whoever the register heard last by it.)
  if (shared && keys.length > 0 && keys.length < named.length && keys.every((k) => named.includes(k))) return person;
  return keys.some((k) => named.includes(k)) ? undefined : person;
}

/** Content keys of a mention's name, computed once per entity and language. */
function mentionKeys(m: PersonMention, lang: SentenceCtx['lang']): string[] {
  const named = m.named;
  if (named.keys === undefined || named.lang !== lang) {
    named.keys = contentKeys(wordKeys(m.name, lang), lang);
    named.lang = lang;
  }
  return named.keys;
}

/** «دراسة حول «التحول من المسيحية إلى الإسلام»»: marks a preposition governs hold a title or a topic, not a sentence said. */
function afterPreposition(ctx: SentenceCtx, open: number): boolean {
  const before = ctx.tokens[open - 1];
  return before?.type === 'word' && (ctx.lang.governingPrepositions?.has(before.key) === true || ctx.lang.settingPrepositions.has(before.key));
}

/** A direct quote of a whole marked span that no cue in its sentence claims. */
function uncuedDraft(text: string, span: { open: number; close: number }, block: number, index: number): Draft {
  return {
    start: innerStart(text, span),
    end: innerEnd(text, span),
    kind: 'direct',
    block,
    cue: null,
    speaker: null,
    inferred: true,
    speakerSpan: null,
    confidence: 0.45,
    firstToken: -1,
    lastToken: -1,
    span: index,
  };
}

/** Where the words inside a pair of marks start: past spaces typed inside them («' لانس '»). */
function innerStart(text: string, span: { open: number; close: number }): number {
  let s = span.open + 1;
  while (s < span.close && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 0xa0)) s++;
  return s;
}

/** Where the words inside a pair of marks end, before spaces typed inside them. */
function innerEnd(text: string, span: { open: number; close: number }): number {
  let e = span.close;
  while (e > span.open + 1 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
  return e;
}

/** Whether a frame's content would start after its sentence's last word: a cue and a colon (or comma) closing the paragraph. */
function endsOnColon(frame: Frame, ctx: SentenceCtx): boolean {
  if (frame.contentStart < 0) return false;
  const colon = ctx.tokens[frame.contentStart - 1];
  if (colon?.type !== 'punct' || (colon.key !== ':' && colon.key !== ',')) return false;
  for (let k = frame.contentStart; k < ctx.tokens.length; k++) if ((ctx.tokens[k] as Token).type !== 'punct') return false;
  return true;
}

/** Characters at a paragraph's start within which its opening word is read. */
const OPENING_CHARS = 24;

/** Paragraphs after a paragraph that ends on a comma that may be read with it. */
const COMMA_JOINED = 3;

/**
 * The last paragraph read with paragraph `b`: «أكد كاردينال لشبونه, / الأسقف جوزيه بوليكاريو, / أن العلاقة …»: through
 * paragraphs that end on a comma, up to the first that opens on a complementiser (text whose sentences were cut at
 * commas); `b` itself when there is none.
 */
function commaJoinedThrough(text: string, b: number, blocks: readonly Block[], ranges: readonly TextRange[], lang: QuoteLanguage): number {
  for (let k = b; k < b + COMMA_JOINED && blocks[k + 1]?.type === 'paragraph'; k++) {
    if (!endsOnComma(text, ranges[k] as TextRange)) return b;
    if (opensOnComplementiser(text, ranges[k + 1] as TextRange, lang)) return k + 1;
  }
  return b;
}

function endsOnComma(text: string, range: TextRange): boolean {
  let e = range.end;
  while (e > range.start && /\s/u.test(text.charAt(e - 1))) e--;
  const last = text.charAt(e - 1);
  return last === ',' || last === '،';
}

function opensOnComplementiser(text: string, range: TextRange, lang: QuoteLanguage): boolean {
  const opening = /^\s*([^\s,.،:]+)\s/u.exec(text.slice(range.start, Math.min(range.end, range.start + OPENING_CHARS)));
  // (Not «ألا», keyed as «إلا» (except) is: «…, / إلا أنه فارق الحياة» opens a clause of its own.)
  const key = opening ? lang.key(opening[1] as string) : '';
  return opening !== null && lang.complementisers.has(key) && lang.negatedComplementisers?.has(key) !== true;
}

/** «ريم عبد الهادي، وهي صيدلانية من حمص»: an aside right after a name gives the person a description of their own. */
function describedInAside(tokens: readonly Token[], at: number, lang: QuoteLanguage): boolean {
  const opener = tokens[at + 1];
  return isCommaToken(tokens[at]) && opener?.type === 'word' && lang.asideOpeners?.has(opener.key) === true;
}

/** Words a quotation credited by a dash and a name needs: fewer are a name or a term. */
const CREDITED_WORDS = 3;

/** The person named after a dash that closes the paragraph right after a quotation («"…" – Jane Doe»), if any. */
function dashCredit(text: string, from: number, end: number, persons: readonly PersonMention[]): PersonMention | undefined {
  let k = from;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  const dash = text.charCodeAt(k);
  if (dash !== 45 && dash !== 0x2013 && dash !== 0x2014) return undefined;
  k++;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  const person = firstFrom(persons, k);
  if (!person || person.start !== k) return undefined;
  let e = person.end;
  while (e < end && (isSpaceCode(text.charCodeAt(e)) || text.charCodeAt(e) === 46)) e++;
  return e === end ? person : undefined;
}

/** Whether a phrase's name follows «باسم» (after a spokesman's title), or a title after it: the one spoken for. */
function spokenFor(np: NounPhrase, start: number, end: number, tokens: readonly Token[], lang: SentenceCtx['lang']): boolean {
  if (lang.onBehalfOf === undefined || np.nameEnd !== end || np.nameStart <= start) return false;
  const before = tokens[np.nameStart - 1] as Token;
  if (before.key === lang.onBehalfOf) return true;
  return np.nameStart - 2 >= start && isTitleWord(lang, before.key) && (tokens[np.nameStart - 2] as Token).key === lang.onBehalfOf;
}

/** Index of a block's first token that is not punctuation (a quotation mark counts). */
function firstContentToken(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && (tokens[k] as Token).type === 'punct') k++;
  return k;
}

/** Whether `justQuoted` stands in the sentence's paragraph (its tokens start it; `fallback` for an empty one). */
function quotedInParagraph(ctx: SentenceCtx, justQuoted: Draft | undefined, fallback: number): boolean {
  return justQuoted !== undefined && justQuoted.start >= ((ctx.tokens[0] as Token | undefined)?.start ?? fallback);
}

interface SpeakerChoice {
  speaker: Speaker | null;
  inferred: boolean;
  span: [number, number] | null;
}

/** Who speaks in a frame: the phrase it names (resolved through the register), or the carried-over speaker. */
function speakerOf(
  frame: Frame,
  ctx: SentenceCtx,
  register: SpeakerRegister,
  previous: Draft | undefined,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
  narration: { start: number; end: number } | null,
  bodiesAndPlaces: readonly PersonMention[] = bodies,
  justQuoted: Draft | undefined = undefined,
): SpeakerChoice {
  const { tokens, text, lang } = ctx;
  // «وأفيد بأن …», «وذُكر أن …»: a passive names nobody, and carries nobody over.
  if (frame.passive) return { speaker: null, inferred: false, span: null };
  // («وأضافت نفس المصادر», «وقالت ذات المصادر»: so is one before a definite noun, as Maghreb papers write it.)
  const firstWord = frame.subject && frame.subject.end - frame.subject.start >= 2 ? tokens[frame.subject.start] : undefined;
  const nextWord = firstWord ? tokens[(frame.subject?.start ?? 0) + 1] : undefined;
  if (
    frame.subject &&
    firstWord?.type === 'word' &&
    lang.emphasisBefore?.has(firstWord.key) &&
    nextWord?.type === 'word' &&
    lang.articleless(nextWord.key) !== nextWord.key
  )
    frame = { ...frame, subject: { ...frame.subject, start: frame.subject.start + 1 } };
  // («وأضاف العبادي من على منصة المجلس:», «وقال العبادي من القاعة إن»: a person the entity stage found opening the subject,
  // then «من» and what it governs, is that person speaking from somewhere, or of some body: the name ends there.)
  if (frame.subject && lang.verbFirst && lang.sourceFrom !== undefined) {
    const opening = tokens[frame.subject.start] as Token;
    const m = firstFrom(persons, opening.start);
    const span = m?.start === opening.start ? tokensOf(tokens, m) : null;
    const after = span ? tokens[span.end] : undefined;
    if (span && span.end < frame.subject.end && after?.type === 'word' && after.key === lang.sourceFrom)
      frame = { ...frame, subject: { ...frame.subject, end: span.end } };
  }
  // «وتابعت النائبة ذاتها», «وأفادت المصادر نفسها»: the word of emphasis is no name; the description before it points back.
  const lastWord = frame.subject && frame.subject.end - frame.subject.start >= 2 ? tokens[frame.subject.end - 1] : undefined;
  if (frame.subject && lastWord?.type === 'word' && lang.subjectEmphasis?.has(lastWord.key)) {
    const subject = { ...frame.subject, end: frame.subject.end - 1 };
    frame = { ...frame, subject };
    // («وأضاف التاجر ذاته» after «محمد أوحمو، وهو تاجر حبوب»: one word that fits nobody's role still points back, at the
    // last speaker the verb agrees with.)
    const word = tokens[subject.start] as Token;
    const one = subject.end - subject.start === 1 && word.type === 'word' && lang.article !== '' && lang.articleless(word.key) !== word.key;
    // (A verb's, whose form says whom it agrees with; not a group noun, «المصادر نفسها», which names the group again.)
    const group = lang.groupNouns.has(word.key) || lang.groupNouns.has(lang.articleless(word.key));
    if (one && frame.agreement && !group && !startsMention(word, persons, bodies) && !register.described([word.key])) {
      const back = register.carried(frame.agreement);
      if (back && !back.group && !back.body) return { speaker: back, inferred: true, span: null };
    }
  }
  // "The statement from the State Department said", «بيان صادر عن وزارة الخارجية», «بيان لمكتب رئيس الوزراء»: the
  // issuer the document names speaks.
  if (frame.subject) issuerOf(frame, ctx);
  // "the statement said", "the letter says": the document speaks for whoever issued it, the last speaker.
  if (frame.subject && isDocument(frame.subject, ctx)) {
    // ("… read a statement on behalf of Mr Brennan's mother, Siobhán Brennan. … the statement said": whom it was read
    // for, not whoever spoke last.)
    const noun = tokens[frame.subject.end - 1] as Token;
    const behalf = lang.onBehalfPhrase ? onBehalfOf(text, noun.key, lang.onBehalfPhrase, persons, (tokens[frame.subject.start] as Token).start) : undefined;
    if (behalf) return { speaker: register.byName(behalf.name, wordKeys(behalf.name, lang), undefined, [], undefined), inferred: true, span: null };
    const issuer = register.carried(undefined);
    if (issuer) return { speaker: issuer, inferred: true, span: null };
  }
  // «وأكد الرجلان», «وقال الزعيمان»: a dual of a person noun or title is the pair named together before («بوش وبلير»);
  // so with adjectives in the dual after it («المسؤولان الدوليان»).
  if (frame.subject && lang.personDual?.((tokens[frame.subject.start] as Token).key) && dualAdjectivesTo(frame.subject, tokens, lang)) {
    const pair = register.lastPair();
    if (pair) return { speaker: pair, inferred: true, span: null };
  }
  // «وجدد جلالته»، «وأكد سموه»: an honorific with a pronoun points back at the last person addressed so.
  const honorific =
    frame.subject && frame.subject.end - frame.subject.start === 1 ? lang.pronounHonorific?.((tokens[frame.subject.start] as Token).key) : undefined;
  if (frame.subject && honorific !== undefined) {
    // The last person given that honorific («جلالة الملك عبدالله»), when the text names one; else the last speaker.
    // (Gulf papers mix their honorifics: «معالي الشيخ …» then «وقال سموه»; any honoured person before is next best.)
    const at = (tokens[frame.subject.start] as Token).start;
    const holder = honouredBefore(persons, at, (k) => k === honorific, ctx) ?? honouredBefore(persons, at, (k) => lang.honorifics?.has(k) === true, ctx);
    if (holder)
      return { speaker: register.byName(holder.name, wordKeys(holder.name, lang), undefined, [], frame.agreement?.gender), inferred: true, span: null };
    // A pronoun names nobody: with no one to carry to, the speaker is unknown.
    return { speaker: register.carried(frame.agreement) ?? null, inferred: true, span: null };
  }
  if (frame.subject && frame.objectMayFollow) {
    if (namesSomeone(ctx, frame.subject.start, persons, bodies)) endAtMention(frame, frame.subject, ctx, persons, bodies);
    else frame.subject = null;
  }
  // «قالت المديرة الإقليمية لبرنامج الأغذية العالمي في الشرق الأوسط وشمال أفريقيا، الإيطالية كيارا بيانكي، إن»: a
  // description naming nobody the entity stage found, its apposition naming a person: that person speaks, so described.
  if (frame.subject && frame.role && lang.verbFirst) {
    const span = (r: { start: number; end: number }) => [(tokens[r.start] as Token).start, (tokens[r.end - 1] as Token).end] as const;
    const [ss, se] = span(frame.subject);
    const [rs, re] = span(frame.role);
    const named = personWithin(persons, rs, re);
    // (A name inside a description opening on a title, right after a title that takes a complement, is that
    // complement: «الخبير الاقتصادي ووزير تطوير القطاع العام الأسبق».)
    const titled = isTitleWord(lang, (tokens[frame.subject.start] as Token).key);
    const inner = (mentions: readonly PersonMention[]) => {
      const m = personWithin(mentions, ss, se);
      const at = m ? tokensOf(tokens, m) : null;
      const before = at ? tokens[at.start - 1] : undefined;
      return m !== undefined && !(titled && before?.type === 'word' && titleOf(lang, before.bare)?.complement === true);
    };
    const subject = named && !inner(persons) && (titled || !inner(bodies)) ? tokensOf(tokens, named) : null;
    if (subject) frame = { ...frame, role: frame.subject, subject };
  }
  // («واضاف ابو العبد، كما يلقب هنية، ان …»: an aside saying whom the subject's name is for names the speaker.)
  const owner = frame.subject ? knownAsAside(ctx, frame.subject.end, persons) : undefined;
  if (owner && frame.subject) {
    const span: [number, number] = [(tokens[frame.subject.start] as Token).start, (tokens[frame.subject.end - 1] as Token).end];
    return { speaker: register.byName(owner.name, wordKeys(owner.name, lang), undefined, [], undefined), inferred: false, span };
  }
  if (frame.subject) {
    const { start, end } = frame.subject;
    const clitic = frame.subjectClitic;
    const from = (tokens[start] as Token).start + (clitic?.length ?? 0);
    const to = (tokens[end - 1] as Token).end;
    const article = clitic?.article ? lang.article : '';
    const keys = tokens.slice(start, end).map((t, i) => (i === 0 && clitic ? lang.key(article + text.slice(from, t.end)) : t.key));
    const np = readNounPhrase(text, tokens, start, end, lang);
    const phrase = article + text.slice(from, to);
    const gender = np.gender ?? (lang.verbFirst ? frame.agreement?.gender : undefined);
    let speaker: Speaker;
    const meant = np.group ? undefined : personMeant(keys, ctx, persons, from, phrase);
    // "the 14th-ranked Schwartzman": words before a person the entity stage found, read as no name, describe that person.
    // («مسؤول في الحكومة أحمد علي» likewise.)
    if (!np.group && !meant && np.nameEnd === np.nameStart) personAtEnd(np, ctx, persons);
    // «وقالت الصحيفة», «وأفاد البنك»: a body's head noun alone stands for the body named before (no name of its own).
    const headOnly = !np.group && end - start === 1 && isDefinite(keys, lang) && lang.bodyNouns?.has(lang.articleless(keys[0] as string)) === true;
    // "The agency has said", "the company said": English writes the article apart; the body heard last is meant.
    const bodyHead =
      lang.casedNames &&
      end - start === 2 &&
      keys[0] === lang.definiteArticle &&
      (lang.bodyNouns?.has(keys[1] as string) || lang.institutionWords?.has(keys[1] as string));
    // (A company's head noun is no institution's: "the company" after "The White House said" is another body.)
    const companyHead = lang.bodyNouns?.has(keys[1] as string) === true;
    // ("the union said" after "The White House said": nor an institution's for a body named by one of another kind.)
    // (Nor a news agency's for "the commission": "Xinhua News Agency reported …".)
    const fitsHead = (nameKeys: readonly string[]) =>
      (!companyHead || !nameKeys.some((k) => lang.institutionWords?.has(k) === true)) &&
      !namesOutlet(nameKeys, lang) &&
      !otherInstitution(nameKeys, keys[1] as string, lang);
    // ("Under the CDC's schedule, children …, according to the agency", "The World Health Organization has described …
    // In a statement, the agency said": a body named earlier in the paragraph is meant.)
    const paragraphFrom = (tokens[0] as Token).start;
    const inParagraph =
      bodyHead && !register.described(keys)
        ? latestBefore(bodies, from, (m) => m.start >= paragraphFrom && fitsHead(mentionKeys(m, lang)) && !lang.newsOutlets?.has(lang.key(m.name)))
        : undefined;
    // ("The union said" after Harbor City FC spoke and the APSL Players Association was named: a body whose name is of the
    // institution's kind, heard or named, before one of no kind.)
    const headKind = bodyHead ? lang.institutionKinds?.get(keys[1] as string) : undefined;
    const ofHeadKind = (nameKeys: readonly string[]) => ofInstitutionKind(nameKeys, headKind, lang);
    const kindNamed =
      headKind !== undefined && !inParagraph && !register.described(keys)
        ? latestBefore(bodies, from, (m) => ofHeadKind(mentionKeys(m, lang)) && fitsHead(mentionKeys(m, lang)) && !lang.newsOutlets?.has(lang.key(m.name)))
        : undefined;
    const asHeard = (m: PersonMention) => register.asBody(register.byName(m.name, wordKeys(m.name, lang), undefined, [], undefined), m.id);
    const heardBody = inParagraph
      ? asHeard(inParagraph)
      : bodyHead && !register.described(keys)
        ? (register.lastBody((s) => fitsHead(s.nameKeys) && (kindNamed === undefined || ofHeadKind(s.nameKeys))) ??
          (kindNamed ? asHeard(kindNamed) : undefined))
        : undefined;
    const body =
      headOnly && !register.described(keys)
        ? (bodyNamedBefore(bodies, contentKeys(keys, lang), from, lang) ?? describedPerson(contentKeys(keys, lang), ctx, [], bodies, start, from, null))
        : undefined;
    // «المنظمة الحقوقية» after «منظمة هيومان رايتس ووتش … للدفاع عن حقوق الانسان»: a body's head noun and adjectives.
    const described = !np.group && !meant && !headOnly && lang.verbFirst ? bodyDescribed(keys, ctx, bodies, from) : undefined;
    // «وقالت السفير» after «صحيفة "السفير"»: words the entity stage found as a body's whole name are that body, even
    // when they read as a title.
    // ("the Alzheimer's Association called …", "The National Institutes of Health, which …, said": after its article, the
    // whole phrase is the body, whatever the noun-phrase reading cut as a role.)
    const afterArticle = lang.determiners?.has((tokens[start] as Token).key) && end - start > 1 ? (tokens[start + 1] as Token).start : from;
    // (Not a title's holder, "The European Commissioner for Maritime Affairs", nor an acronym the article spells out.)
    const titled = tokens.slice(start, end).some((t) => lang.titles.has(lang.articleless(t.key)));
    const named = np.nameEnd === np.nameStart || (lang.casedNames && !titled) ? personWithin(bodies, from, to) : undefined;
    // ("the Colorado Democrat said": a noun for a person closing the phrase names no body, whatever the entity stage read.)
    const personHead = lang.casedNames && lang.personHeads?.has((tokens[end - 1] as Token).key) === true;
    // ("Coroner says …": nor a title alone the noun phrase read as no name, whatever the entity stage took it for.)
    const titleAlone = lang.casedNames && end - start === 1 && np.nameEnd === np.nameStart && lang.titles.has(keys[0] as string);
    const wholeBody =
      named &&
      !personHead &&
      !titleAlone &&
      (named.start === from || (lang.casedNames && !titled && named.start === afterArticle)) &&
      named.end === to &&
      !(lang.casedNames && /^[A-Z]+$/.test(named.name))
        ? named
        : undefined;
    // ("Sundara Air said it had cancelled 63 flights. The Cebu-based airline said …": the body the sentence before quoted.)
    // (Even where the entity stage took "Yorkshire club" for a name: its head noun in lower case describes.)
    const describes = !wholeBody || !isCapitalized(text, tokens[end - 1] as Token);
    const bodyBefore = lang.casedNames && describes ? bodyJustQuoted(tokens, start, end, ctx, justQuoted, from, persons, bodies) : undefined;
    if (bodyBefore) speaker = bodyBefore;
    else if (heardBody) speaker = heardBody;
    else if (wholeBody) {
      speaker = register.byName(wholeBody.name, wordKeys(wholeBody.name, lang), undefined, [], gender);
      register.asBody(speaker, wholeBody.id);
    } else if (np.group) speaker = register.byGroup(phrase, keys);
    else if (meant) speaker = register.byName(meant.name, wordKeys(meant.name, lang), undefined, [], gender);
    else if (described) {
      speaker = register.byName(described.name, wordKeys(described.name, lang), undefined, [], gender);
      register.asBody(speaker, described.id);
    } else if (body) {
      // Arabic has no neuter: a body takes the gender its verb gives it («وأفاد البنك» → «وقال»).
      speaker = register.byName(body.name, wordKeys(body.name, lang), undefined, [], gender);
      register.asBody(speaker, body.id);
    }
    // (A body's head noun alone: never its officer, in a language whose bodies speak by it so, «وأكدت الوزارة».)
    else if (headOnly) speaker = register.byDescription(phrase, keys, gender, goesOn(frame, ctx), lang.verbFirst);
    else if (np.nameEnd > np.nameStart) {
      // "Afghan Ambassador to the United States Hamdullah Mohib": when the capitals read first are no person's but a
      // person the entity stage found stands in the phrase, that person is the name and the words before it the role.
      // «نائب رئيس نادي أرسنال لكرة القدم ديفد دين»: a title's complement that ran into the name is the role's.
      // (Only after a title: «مكتب رئيس الوزراء إيهود أولمرت» is the office speaking.)
      // (A title that takes no complement, «المدرب فادي سليم», has none to run into the name.)
      if (lang.casedNames || (np.roleEnd > np.roleStart && takesComplement(np, ctx))) personNameIn(np, ctx, persons, !lang.casedNames);
      // «المرشد العام للجماعة محمد مهدي عاكف»: definite words before a person, with no title the tables know, are the
      // person's role.
      else if (np.roleEnd === np.roleStart && lang.article && (tokens[np.nameStart] as Token).key.startsWith(lang.article))
        personNameIn(np, ctx, persons, true);
      // «اسماعيل هنية في خطبة الجمعة»: a preposition right after the person ends the name.
      if (!lang.casedNames) endNameAtSetting(np, ctx, persons);
      // A title after the words is their role only when those words are a person's name («مصدر مسؤول في الوزارة» stays whole).
      // («ابو عبيدة الناطق باسم الكتائب»: a definite title after two words or more is the role of a name the entity
      // stage missed.)
      // («مجذوب الخليفة مستشار الرئيس السوداني»: so is a title in construct with a definite word, after two words
      // that open with no title or group noun.)
      const definiteTitle =
        np.nameEndWithTitle !== undefined &&
        np.nameEnd - np.nameStart >= 2 &&
        (lang.articleless((tokens[np.nameEnd] as Token).key) !== (tokens[np.nameEnd] as Token).key || inConstruct(np, ctx));
      if (
        np.nameEndWithTitle !== undefined &&
        !definiteTitle &&
        !personWithin(persons, (tokens[np.nameStart] as Token).start, (tokens[np.nameEnd - 1] as Token).end)
      ) {
        np.nameEnd = np.nameEndWithTitle;
        [np.roleStart, np.roleEnd] = np.roleBeforeName ?? [np.start, np.start];
      }
      // The phrase as a description of someone unnamed (the cases below).
      const unnamed = (): SpeakerChoice => ({ speaker: register.byDescription(phrase, keys, gender, goesOn(frame, ctx)), inferred: false, span: [from, to] });
      // «وقال متحدث باسم أولمرت», «المتحدث باسم الرئيس محمود عباس»: the name after «باسم» (and a title) is whom the
      // spokesman speaks for; the spokesman, unnamed, speaks.
      if (spokenFor(np, start, end, tokens, lang)) return unnamed();
      // «أخصائية بيئية: "…"»: a headline's indefinite noun and adjective, naming nobody the entity stage found, describe
      // someone the story names later.
      const last = tokens[end - 1] as Token;
      const headlineDescription =
        lang.verbFirst &&
        frame.kind === 'headline' &&
        end - start === 2 &&
        lang.describes?.(last.key) === true &&
        lang.articleless(last.key) === last.key &&
        !personWithin(persons, from, to) &&
        !personWithin(bodies, from, to);
      if (headlineDescription) return { speaker: register.byDescription(phrase, keys, gender, undefined), inferred: false, span: [from, to] };
      // «وقال مدرب منتخب مصر», «مدير شركة أرامكو»: a title in construct with a body, and no person named, is the body's
      // unnamed officer, not the body.
      // («من جهته، اعرب رياض الجعبري عن … / وقال القيادي في حركة فتح ان …»: whom the sentence before quoted, if it fits.)
      if (lang.verbFirst && officeOfBody(np, ctx, bodies) && !personWithin(persons, from, to)) {
        const quoted = describedAfterQuote(keys, frame, ctx, justQuoted, from, persons, false);
        if (quoted) return { speaker: register.byName(quoted.name, quoted.nameKeys, phrase, keys, gender), inferred: false, span: [from, to] };
        return unnamed();
      }
      const nameFrom = np.nameStart === start ? from : (tokens[np.nameStart] as Token).start;
      // «ممثل وزارة الخارجية الإيرانية في مدينة مشهد»: a place closing a titled phrase is the title's complement, no name.
      // (Not two words after a definite one, where the complement ended: «المتحدث باسم حكومة الإقليم كاروان عزيز» is a
      // man the tagger took for a place.)
      const beforeName = tokens[np.nameStart - 1];
      const afterComplement = beforeName?.type === 'word' && lang.articleless(beforeName.key) !== beforeName.key && np.nameEnd - np.nameStart >= 2;
      if (
        !lang.casedNames &&
        np.roleEnd > np.roleStart &&
        !afterComplement &&
        (placeNamed(bodiesAndPlaces, bodies, persons, nameFrom, (tokens[np.nameEnd - 1] as Token).end) ||
          complementBody(bodies, persons, (tokens[np.roleStart] as Token).start, nameFrom, (tokens[np.nameEnd - 1] as Token).end))
      )
        return unnamed();
      // «المدير الفني لمنتخب مصر لكرة القدم»: after a title, words opening on a preposition written onto a noun are the
      // title's complement, no name.
      const opener = tokens[np.nameStart] as Token;
      if (
        !lang.casedNames &&
        np.roleEnd > np.roleStart &&
        np.nameStart > start &&
        /^[لب]/u.test(opener.key) &&
        lang.gluedPreposition?.(opener.written) === true &&
        !personWithin(persons, nameFrom, (tokens[np.nameEnd - 1] as Token).end)
      )
        return unnamed();
      const name = (np.nameStart === start ? article : '') + text.slice(nameFrom, (tokens[np.nameEnd - 1] as Token).end);
      const read = frame.role ?? (np.roleEnd > np.roleStart ? { start: np.roleStart, end: np.roleEnd } : null);
      // "Mr. Trump", "Ms. Park": a courtesy title is no role.
      const courtesy = read !== null && tokens.slice(read.start, read.end).every((t) => t.type !== 'word' || lang.courtesyTitles?.has(t.key) === true);
      const roleRange = courtesy ? null : read;
      const role = roleRange ? text.slice((tokens[roleRange.start] as Token).start, (tokens[roleRange.end - 1] as Token).end) : undefined;
      const roleKeys = roleRange ? tokens.slice(roleRange.start, roleRange.end).map((t) => t.key) : [];
      // «البرتغالي مانويل جوزيه المدير الفني للأهلي», «المدير الفني، الدنماركي ينس أولسن»: an adjective of origin right
      // before the name, which no role read holds, says who «المدرب البرتغالي» is later.
      const origin = tokens[np.nameStart - 1];
      const originBefore =
        origin?.type === 'word' && lang.articleless(origin.key) !== origin.key && lang.describes?.(origin.key) === true && !roleKeys.includes(origin.key)
          ? origin.key
          : undefined;
      // "The EU reiterated …" after "the European Union": an acronym alone names the body it abbreviates.
      const spelled = lang.casedNames && np.nameEnd - np.nameStart === 1 ? acronymBody(name, bodies, nameFrom, lang) : undefined;
      if (spelled) {
        speaker = register.byName(spelled.name, wordKeys(spelled.name, lang), role, roleKeys, 'n');
        register.asBody(speaker, spelled.id);
      } else {
        const nameTo = (tokens[np.nameEnd - 1] as Token).end;
        const org = personWithin(bodies, nameFrom, nameTo);
        const isOrg = org !== undefined && org.start === nameFrom && org.end === nameTo;
        // «وكرر بوش وبلير …»: two people the entity stage found, joined («هيومان رايتس ووتش» joins nobody).
        let pair = false;
        let pairName: string | undefined;
        for (let k = np.nameStart + 1; k < np.nameEnd && !isOrg; k++) {
          const tok = tokens[k] as Token;
          const glued = lang.verbFirst && tok.conjunction > 0;
          const joins = glued || lang.nameJoiners?.has(tok.key) === true;
          const second = joins ? personWithin(persons, tok.start, nameTo) : undefined;
          if (!second || !personWithin(persons, nameFrom, tok.start)) continue;
          pair = true;
          // («زلماي خليل زاد وقائد القوات … الجنرال جورج كيسي»: the pair is the two names; the second's role stays out.)
          // (A title between the joiner and the second name, so no given name the entity stage left out: «وشما راشد الكتبي».)
          let titled = false;
          for (let j = k; j < np.nameEnd && (tokens[j] as Token).start < second.start && !titled; j++) {
            const w = tokens[j] as Token;
            const key = j === k ? w.bare : w.key;
            // (Or a definite word, which opens no name: «والدبلوماسي السعودي فيصل …».)
            titled = w.type === 'word' && (titleOf(lang, key) !== undefined || lang.personNouns.has(key) || (lang.verbFirst && lang.articleless(key) !== key));
          }
          // (A full name after the title: «والملك حمد» keeps the title its one word goes by.)
          if (titled && /\s/.test(text.slice(second.start, nameTo))) {
            const joiner = glued ? text.slice(tok.start, tok.start + tok.conjunction) : `${tok.written} `;
            pairName = `${text.slice(nameFrom, tok.start)}${joiner}${text.slice(second.start, nameTo)}`;
          }
          break;
        }
        const nameKeys = keys.slice(np.nameStart - start, np.nameEnd - start);
        // «وقال أبو مازن» after «محمود عباس (أبو مازن)»: a name the entity stage tied to a person of another name is that person.
        const content = contentKeys(nameKeys, lang);
        const other = pair || isOrg ? undefined : otherName(persons, nameFrom, nameTo, content, lang, register.sharedBy(content) >= 2);
        // «غير أن الممرضة ترى» after «وقالت الممرضة المتطوعة إخلاص عبد الله آدم»: one definite word that names nobody the
        // entity stage found, and is a word of someone's role, is that person described again (the tables hold no such title).
        // («الأم», too short to lose its article, is such a word when the press has another for it: «والدة».)
        const first = nameKeys[0] as string;
        // (Words no pair, body, other name or person the entity stage found claims.)
        const unclaimed = !pair && !isOrg && !other && !personWithin(persons, nameFrom, nameTo);
        const single =
          np.nameEnd - np.nameStart === 1 && lang.article !== '' && (first !== lang.articleless(first) || lang.descriptionAliases?.has(first) === true);
        const again = unclaimed && single ? register.describedByRole(nameKeys) : undefined;
        // «قال الدبلوماسي الفرنسي» after «المبعوث الفرنسي جان كلود بورسيه»: a definite noun and a definite adjective of origin,
        // naming nobody the entity stage found, are the latest person introduced with that origin.
        const origin = unclaimed && !again ? originDescribed(nameKeys, ctx, persons, bodies, from) : undefined;
        const heardOrigin = unclaimed && !again && !origin ? originHeard(nameKeys, lang, register) : undefined;
        // «وأضاف المرشح الخاسر: …» after «أيمن نور»: definite words alone, two or more, after a verb that goes on and
        // naming nobody, describe the speaker going on.
        // (Two words or more, the whole phrase, that nothing above read; or one, «وتابع الملثم», that no table knows and the
        // text has not written before, as the surname of someone named in full.)
        const readByNone = unclaimed && !again && !origin && !heardOrigin && lang.verbFirst && np.nameStart === start;
        const wordsOnly = readByNone && nameKeys.length >= 2;
        const oneWord = readByNone && single && !knownNoun(first, lang) && !writtenBefore(ctx.text, name, nameFrom);
        const epithet = (oneWord || (wordsOnly && nameKeys.every((k) => lang.articleless(k) !== k))) && !personWithin(bodiesAndPlaces, nameFrom, nameTo);
        const going = epithet ? goesOn(frame, ctx) : undefined;
        // «وأضاف خادم الحرمين الشريفين» after «… خادم الحرمين الشريفين الملك عبد الله»: words naming nobody that stand
        // around a person named before describe that person.
        const around =
          wordsOnly && going === undefined && frame.kind === 'verb'
            ? describedPerson(contentKeys(nameKeys, lang), ctx, persons, [], start, from, null, true)
            : undefined;
        if (going !== undefined) speaker = register.byDescription(phrase, keys, gender, going);
        else if (around) {
          speaker = register.byName(around.name, wordKeys(around.name, lang), phrase, keys, gender);
          linkEntity(speaker, around);
        } else if (heardOrigin) speaker = heardOrigin;
        else if (origin && bodies.includes(origin)) {
          speaker = register.byName(origin.name, wordKeys(origin.name, lang), undefined, [], 'n');
          register.asBody(speaker, origin.id);
        } else if (origin) {
          speaker = register.byName(origin.name, wordKeys(origin.name, lang), undefined, [], gender);
          linkEntity(speaker, origin);
        } else {
          const fresh = !again && !pair && !other && !isOrg && register.sharedBy(contentKeys(nameKeys, lang)) === 0;
          speaker = again
            ? again
            : pair
              ? register.byPair(pairName ?? name, pairName ? wordKeys(pairName, lang) : nameKeys)
              : other
                ? register.byName(other.name, wordKeys(other.name, lang), role, roleKeys, gender)
                : register.byName(name, nameKeys, role, roleKeys, isOrg && lang.verbFirst ? undefined : gender);
          if (originBefore && !speaker.origins?.includes(originBefore)) (speaker.origins ??= []).push(originBefore);
          // («رفض السفير الأميركي بمجلس الأمن …، قائلا …» then «وأضاف جون بولتون "…"»: someone new named by a verb that goes on
          // is the description heard last.)
          // (Only a name the text has not written before, as a kunya in an aside: «الخطيب، المعروف بأبي رامي» then «وأضاف أبو رامي».)
          // («وقال والي البنك المركزي إن …» then «وأوضح عبد الحق الصنهاجي أن …»: any verb, the person named right after it.)
          const namedAfterVerb =
            frame.kind === 'verb' &&
            frame.cue !== null &&
            frame.cue.end === np.nameStart &&
            personWithin(persons, nameFrom, nameTo) &&
            !describedInAside(tokens, np.nameEnd, lang);
          if (fresh && lang.verbFirst && (namedAfterVerb || goesOn(frame, ctx) !== undefined) && !writtenBefore(ctx.text, name, nameFrom))
            register.goesOnAs(speaker);
        }
        if (isOrg) register.asBody(speaker, org.id);
        // ("The Serrano County Sheriff's Office said": a name ending on a body's head noun is a body's; so is one whose head
        // noun takes its complement, "the Centers for Disease Control and Prevention".)
        else if (lang.casedNames && headedName(nameKeys, lang) && !personWithin(persons, nameFrom, nameTo)) register.asBody(speaker);
        else if (!pair) fullerName(speaker, persons, nameFrom, nameTo, lang, from);
      }
    } else {
      // "the alliance said" after "The Texas Semiconductor Alliance …": the organisation named earlier.
      const head = lang.articleless((tokens[end - 1] as Token).key);
      // ("…, according to the policy": a source phrase's noun is a document's, no epithet.)
      const quotedEpithet = frame.kind === 'verb' && epithetOfQuote(keys, head, justQuoted, from, ctx.text, persons, bodies, lang);
      // ("The former barrister said" after "Sowerby, 47, a former barrister": a noun no list knows is a person's where
      // the article describes a person so.)
      const body =
        isBody(np, ctx) &&
        !(
          lang.casedNames &&
          isDefinite(keys, lang) &&
          lang.bodyNouns?.has(head) !== true &&
          lang.institutionWords?.has(head) !== true &&
          (describedPerson(contentKeys(keys, lang), ctx, persons, [], start, from, null, true) !== undefined ||
            quotedEpithet ||
            (frame.kind === 'verb' && epithetOfOpening(keys, head, narration, ctx.text, persons, bodies, lang)))
        );
      // "The utility said" after "Pacific Gas & Electric Co. …": a generic head ("the company", "the firm") with no body
      // of that name before stands for the body the article is about, the one it names most.
      // ("The German automaker, which …, says" right after "Volkswagen is giving us a glimpse …": the body the paragraph
      // before names last comes first.)
      // "The agency has maintained that …" after "NASA's exploration plans": an institution's head stands for any body,
      // a company's for none that names itself an institution.
      const institutionHead = lang.casedNames && keys.length === 2 && lang.institutionWords?.has(head) === true;
      // ("the rival club": a word pointing away from the body named stands for none by itself.)
      const generic =
        body &&
        isDefinite(keys, lang) &&
        lang.casedNames &&
        (lang.bodyNouns?.has(head) === true || institutionHead) &&
        !keys.some((k) => lang.contrastModifiers?.has(k) === true);
      // ("the union said" after "The White House said": an institution's head stands for a body named by no institution
      // of another kind.)
      // ("the committee said" after "Speaking to Fox News": nor for the news outlet an institution's head, "Xinhua News
      // Agency" for "the commission" too.)
      // ("the ministry said" after "Peru's environment ministry ordered copper miner Andalux Mining": nor for a body the
      // text brings in as a company.)
      const fits = (m: PersonMention) =>
        institutionHead
          ? !otherInstitution(wordKeys(m.name, lang), head, lang) &&
            lang.newsOutlets?.has(m.name.toLowerCase()) !== true &&
            !namesOutlet(wordKeys(m.name, lang), lang) &&
            !broughtInAsCompany(ctx.text, m, lang)
          : !institutional(m, lang);
      // ("the union said" after "the APSL Players Association … Harbor City FC said": a body whose name says it is an
      // institution of the head's kind, before any body named since.)
      const kind = institutionHead ? lang.institutionKinds?.get(head) : undefined;
      const ofKind = kind === undefined ? undefined : latestBefore(bodies, from, (m) => fits(m) && ofInstitutionKind(wordKeys(m.name, lang), kind, lang));
      // ("The health authority said" after "Nova Scotia Health said", "the safety regulator" after "the Office for Digital
      // Safety": a body's noun after one word of the body's own name.)
      const modifier = keys.length === 3 && lang.casedNames ? (keys[1] as string) : undefined;
      const modified =
        modifier !== undefined &&
        isDefinite(keys, lang) &&
        lang.contrastModifiers?.has(modifier) !== true &&
        (lang.bodyNouns?.has(head) === true || lang.bodyKinds?.has(head) === true || lang.institutionWords?.has(head) === true)
          ? latestBefore(bodies, from, (m) => {
              const words = wordKeys(m.name, lang);
              return words.includes(modifier) && !words.includes(head) && !otherInstitution(words, head, lang) && !namesOutlet(words, lang);
            })
          : undefined;
      const named =
        body && isDefinite(keys, lang)
          ? (bodyNamedBefore(bodies, contentKeys(keys, lang), from, lang) ??
            ofKind ??
            modified ??
            (generic && narration ? latestBefore(bodies, narration.end, (m) => m.start >= narration.start && fits(m)) : undefined) ??
            (generic ? salientBefore(bodies, from, institutionHead ? 2 : 1, fits) : undefined) ??
            (institutionHead ? leadBody(ctx.text, bodies, from, fits) : undefined))
          : undefined;
      // ("Tesco will close 20 stores, the supermarket chain said": a body's kind after what it said is the body that
      // sentence opens on.)
      const kindHead = companyKind(lang, head);
      const opened =
        !named &&
        lang.casedNames &&
        kindHead &&
        isDefinite(keys, lang) &&
        frame.contentStart < 0 &&
        frame.cue &&
        !keys.some((k) => lang.contrastModifiers?.has(k) === true)
          ? // (A company the entity stage took for a place, "Tesco", too.)
            bodyOpening(ctx, bodiesAndPlaces, (tokens[frame.cue.start] as Token).start)
          : undefined;
      // ("Kestrel Property Group said …. The landlord said …": a body's noun no list knows, right after that body spoke.)
      const bodyQuoted = body && !named && !opened && !generic ? bodyAfterQuote(keys, ctx, justQuoted, from) : undefined;
      const bodyNamed = named ?? opened;
      if (bodyNamed) {
        speaker = register.byName(bodyNamed.name, wordKeys(bodyNamed.name, lang), undefined, [], 'n');
        register.asBody(speaker, bodyNamed.id);
      } else if (bodyQuoted) speaker = bodyQuoted;
      else {
        // "The Wikileaks founder said" with no speaker fitting it yet: the person the article described so.
        // («والتقى الوفد امس الخبير الدولي في الشحن. واكد الخبير ان …»: a bare title the narration used since the last
        // quotation is whom the narration meant, not a speaker holding that title; «وأضاف السفير» goes on all the same.)
        const narrated =
          lang.verbFirst &&
          !body &&
          keys.length === 1 &&
          goesOn(frame, ctx) === undefined &&
          wordsSince(ctx, justQuoted, from, narration).some((w) => lang.key(w) === keys[0]);
        const heard = body || narrated || !isDefinite(keys, lang) ? undefined : register.described(keys);
        const open = !body && isDefinite(keys, lang) && !heard;
        // («رئيس القمة», definite only by its construct, names a new office as often as the story's subject: only a
        // match by the words around a mention counts.)
        // ("the 82-year-old said" after "Pike, 82, who has lived …": the person given that age, before anyone the
        // paragraphs around are about.)
        const matched = open
          ? (agedPerson(keys, ctx.text, persons, from) ??
            // (A spokesman, «المتحدث باسم البيت الابيض», speaks for someone else than the story's subject: a match only.)
            describedPerson(
              contentKeys(keys, lang),
              ctx,
              persons,
              bodies,
              start,
              from,
              narration,
              !isDefinite(keys.slice(0, 1), lang) || (lang.onBehalfOf !== undefined && keys.includes(lang.onBehalfOf)),
            ))
          : undefined;
        // ('"…," the Swede said.' after a paragraph that quoted Anders Sundqvist: whom it just quoted, before the person
        // the article is about.)
        const quoted = open && !matched ? describedAfterQuote(keys, frame, ctx, justQuoted, from, persons, quotedEpithet) : undefined;
        // («وحذر الوزير» after the headline «وزير التربية: "…"» and «أشرف وزير التربية الوطنية، عبد الكريم بن زيان»: a
        // description heard only in the headline is the person the story gives that title; "The president said" after
        // the headline "Kanemoto Motors president: '…'" and "President Hiroshi Kanemoto … told reporters", too.)
        const holder = heard?.headlineOnly === true ? describedPerson(contentKeys(keys, lang), ctx, persons, [], start, from, narration, true) : undefined;
        const person =
          holder ??
          (heard ? titledHolder(keys, heard, ctx, persons, from) : undefined) ??
          (heard && lang.casedNames ? describedInParagraph(keys, heard, ctx, persons, from) : undefined) ??
          matched ??
          (open && !quoted
            ? // "The 56-year-old said" with nobody described so: an age stands for the person the article is about.
              // ("the 44-year-old actress told Vanity Fair": an age anywhere in it, too.)
              ((keys.some((k) => k.endsWith('year-old')) ? salientBefore(persons, from, 1, () => true, true) : undefined) ??
              // "said the actor": a noun for a person, matched by nobody's words, is the person the article is about,
              // named three times at least.
              // ("the victim's mother" is someone else's relation: not so.)
              // (A nationality or party, "the Canadian", tells whom it means or no one.)
              (lang.casedNames && lang.personHeads?.has(head) && lang.descriptionAliases?.has(head) !== true && !keys.some((k) => POSSESSIVE.test(k))
                ? salientBefore(persons, from, 3, (m) => !givenOtherRole(keys, register.heardAs(wordKeys(m.name, lang)), lang), true)
                : undefined) ??
              epithetOfPerson(keys, head, ctx, persons, from, phrase, register) ??
              // ("Simmons, 38, has never been a head coach. … the interim coach said": a title or person noun nobody was
              // heard by, right after a sentence about one person alone, is that person; not a name's last word, "the
              // Sioux Falls Argus Leader".)
              // (Not an office alone, "The minister said", which is as often whoever else holds one.)
              (lang.casedNames &&
              ((lang.titles.has(head) && keys.length > 2) || lang.personHeads?.has(head) === true) &&
              !keys.some((k) => POSSESSIVE.test(k)) &&
              /(?:^|\s)\p{Ll}\S*$/u.test(phrase)
                ? soleInSentenceBefore(persons, ctx.text, (ctx.tokens[ctx.sentence.first] as Token).start, (m) =>
                    givenOtherRole(keys, register.heardAs(wordKeys(m.name, lang)), lang),
                  )
                : undefined))
            : undefined);
        if (narrated && !person) speaker = register.newDescription(phrase, keys, gender);
        else if (quoted && !person) speaker = register.byName(quoted.name, quoted.nameKeys, phrase, keys, gender);
        else if (person) {
          speaker = register.byName(person.name, wordKeys(person.name, lang), phrase, keys, gender);
          linkEntity(speaker, person);
          // (The headline's words are that person's too: `headlineHeldBy`.)
          if (holder && heard) heard.heldBy = speaker;
        } else {
          // ("Researchers from the University of Eastvale spent three summers …. The team found that …": a study's team,
          // described again, is the group the article brought in.)
          const team = lang.researchGroups?.has(head) === true && isDefinite(keys, lang) && keys.length === 2 ? researchGroupBefore(ctx.text, from) : null;
          speaker = team
            ? register.byDescription(team, wordKeys(team, lang), undefined)
            : register.byDescription(phrase, keys, gender ?? (body ? 'n' : undefined), goesOn(frame, ctx));
        }
      }
    }
    return { speaker, inferred: false, span: [from, to] };
  }
  // A participle continues the clause before it: same speaker, even an unknown one (in English, a clause of its sentence).
  const sentenceFrom = (ctx.tokens[ctx.sentence.first] as Token).start;
  // («… قال أبو العبد: "…". وقاطعته زوجته أم العبد قائلة: "…"»: not a speaker of the other gender than the participle's.)
  const other = (s: Speaker | null) =>
    lang.verbFirst && s?.gender !== undefined && s.gender !== 'n' && frame.agreement?.gender !== undefined && frame.agreement.gender !== s.gender;
  if (frame.kind === 'participle' && previous && (lang.verbFirst || previous.end > sentenceFrom) && !other(previous.speaker))
    return { speaker: previous.speaker, inferred: true, span: null };
  // «وانتقدت المنظمة القرار، مؤكدة أنه …»: with no quote before it, a participle goes with the subject of the verb that
  // opens its verb-first sentence.
  if (lang.verbFirst && frame.kind === 'participle' && frame.cue) {
    const subject = openingSubject(ctx, frame.cue.start, persons, bodies, bodiesAndPlaces, frame.agreement);
    // (A subject found only by the lead rule may be a place: it speaks as a body.)
    if (subject)
      return speakerOf(
        { ...frame, kind: 'verb', subject, role: subject.role ?? frame.role, objectMayFollow: true },
        ctx,
        register,
        previous,
        persons,
        subject.lead ? bodiesAndPlaces : bodies,
        narration,
      );
  }
  // With no quote before it in its sentence, the participle's subject is the sentence's ("Official David Holmes revealed
  // the call to investigators, saying he …"; "The utilities commission is frustrated …, saying …" after the commission
  // was named).
  if (frame.kind === 'participle' && frame.cue) {
    // "He urged Mr. Trump to make a deal, saying …": a sentence opened by a subject pronoun goes on with whom it means,
    // not with a name after it.
    const opener = ctx.tokens[ctx.sentence.first] as Token;
    const pronoun = lang.casedNames && opener.type === 'word' ? lang.pronouns.get(opener.key) : undefined;
    // (Read as "he said" would be: "Donald Trump is not limited to China. He has injected drama into the talks, suggesting
    // he might …" is Trump, named in the paragraph, not whoever was quoted last.)
    // (Not once this paragraph quoted someone: "Zippy Duvall … said farmers faced …. He urged Mr. Trump to make a deal,
    // saying …" goes on with Duvall.)
    if (pronoun && quotedInParagraph(ctx, justQuoted, sentenceFrom)) {
      const carried = register.carried(pronoun);
      if (carried) return { speaker: carried, inferred: true, span: null };
    } else if (pronoun) {
      const said = speakerOf(
        { ...frame, kind: 'verb', subject: null, agreement: pronoun, carried: true },
        ctx,
        register,
        previous,
        persons,
        bodies,
        narration,
        bodiesAndPlaces,
        justQuoted,
      );
      if (said.speaker) return { ...said, inferred: true, span: null };
    }
    const subject = unquotedMention(ctx, persons, sentenceFrom, (ctx.tokens[frame.cue.start] as Token).start);
    if (subject) return { speaker: register.byName(subject.name, wordKeys(subject.name, lang), undefined, [], undefined), inferred: true, span: null };
    // ("FTC sues cash-advance app Tallyo, saying …": an acronym opening the sentence, the body it spells.)
    const spelled =
      lang.casedNames && opener.type === 'word' && ctx.sentence.first + 1 < frame.cue.start
        ? acronymBody(opener.written, bodies, opener.start, lang)
        : undefined;
    // ("Brightway Stores lowered its forecast, saying …": a body named where the sentence opens, as a person would be.)
    // ("JAKARTA (AFP) – Indonesia on Friday cut its quota …, saying …": a country right after the dateline speaks as
    // its government.)
    const body =
      openingBody(ctx, bodies) ??
      (lang.casedNames ? bodyOpening(ctx, bodies, (ctx.tokens[frame.cue.start] as Token).start) : undefined) ??
      bodyAfterDateline(ctx, lang.casedNames ? bodiesAndPlaces : bodies) ??
      spelled;
    if (body) {
      const speaker = register.byName(body.name, wordKeys(body.name, lang), undefined, [], 'n');
      register.asBody(speaker, body.id);
      return { speaker, inferred: true, span: null };
    }
    // "The company issued a statement, saying it would appeal": the phrase that opens the sentence, when its verb
    // comes right after it.
    const opening = lang.casedNames ? openingPhrase(ctx, frame.cue.start) : null;
    if (opening) {
      const said = speakerOf({ ...frame, kind: 'verb', subject: opening }, ctx, register, previous, persons, bodies, narration);
      return { ...said, inferred: true, span: null };
    }
  }
  if (frame.kind === 'participle' && previous) return { speaker: previous.speaker, inferred: true, span: null };
  // «قال إن …، وأشار إلى أن …»: a verb conjoined after a comma shares the subject of the clause before it.
  if (previous && lang.verbFirst && frame.kind === 'verb' && frame.cue && (frame.shared || conjoinedAfterComma(ctx, frame.cue.start)))
    return { speaker: previous.speaker, inferred: true, span: null };
  // «واتهم رئيس المجلس أحمد الجبوري التنظيم …، وقال إن …»: with no quote before it, the subject of the verb opening
  // the sentence, as for a participle.
  // («وسجل رئيس الدولة كلمة في السجل الذهبي قال فيها "…"»: a verb with a pronoun pointing back at the noun before it
  // opens a clause describing that noun; its subject is the sentence's.)
  // (Once: the subject is the frame's from then on, so it must be one the call below keeps, naming someone.)
  if (
    lang.verbFirst &&
    frame.kind === 'verb' &&
    frame.cue &&
    !frame.subject &&
    (resumedAfter(ctx, frame.cue.end) || describesNounBefore(ctx, frame.cue.start) || (!previous && conjoinedAfterComma(ctx, frame.cue.start)))
  ) {
    const subject = openingSubject(ctx, frame.cue.start, persons, bodies, bodiesAndPlaces, frame.agreement);
    if (subject && namesSomeone(ctx, subject.start, persons, bodiesAndPlaces))
      return speakerOf(
        { ...frame, subject, role: subject.role ?? frame.role, objectMayFollow: true },
        ctx,
        register,
        previous,
        persons,
        bodiesAndPlaces,
        narration,
      );
  }
  const before = frame.cue ? (ctx.tokens[frame.cue.start] as Token).start : -1;
  const blockStart = ctx.tokens[0]?.start ?? before;
  // "The Taliban claimed the attack, which it said …": a pronoun's antecedent named earlier in its own sentence,
  // a body for "it"/"they", a person for "he"/"she".
  // «… الآخرين (الأوروبية) شن الإسباني فرناندو ألونسو هجوما … وقال إنه …»: after a caption's credit run into the text
  // the words read as a sentence of their own.
  const opening = frame.cue ? afterCredit(ctx, frame.cue.start) : ctx.sentence.first;
  const sentenceStart = (ctx.tokens[opening] as Token).start;
  // Only in narration: names inside a quotation before the cue ('"… President Trump …," she said') are not who speaks.
  // Looked for near the sentence's start only, so that a sentence of a thousand "he said" stays linear.
  const near = frame.cue !== null && frame.cue.start - opening <= ANTECEDENT_WINDOW;
  // A sentence that opens with a quotation names, before its cue, only what the quotation says.
  const first = ctx.tokens[ctx.sentence.first];
  const quoted = first?.type === 'mark' && first.role !== 'close';
  // "it" / "they" point at a body, "he" / "she" at a person.
  const candidates = frame.agreement?.gender === 'n' || frame.agreement?.number === 'pl' ? bodies : persons;
  let antecedent =
    near && frame.agreement && before > sentenceStart && !quoted
      ? (nearestBefore(ctx, frame, candidates, before) ??
        unquotedMention(ctx, candidates, sentenceStart, before, candidates === persons) ??
        (lang.verbFirst && frame.agreement.number === 'sg' ? bodyAfterOpeningVerb(ctx, bodies, before) : undefined))
      : undefined;
  // ("In a statement released November 5, the day the proposals were due to NASA, it said": a name inside an adverbial
  // fronted before the pronoun's clause is no antecedent of the pronoun after its comma.)
  const pronounAt = frame.cue ? frame.cue.start - 1 : -1;
  const pronoun = ctx.tokens[pronounAt];
  if (antecedent && lang.casedNames && pronoun?.type === 'word' && lang.pronouns.has(pronoun.key) && frontedBefore(ctx, pronounAt, antecedent.start))
    antecedent = undefined;
  // («ورحب الوزير بتصريحات المتحدثة باسم الخارجية التي قالت إن»: with no person the entity stage found there, the title
  // phrase the relative pronoun closes is the subject.)
  const head = !antecedent && !RELATIVE_READ.has(frame) && lang.verbFirst && frame.kind === 'verb' && frame.cue ? relativeHead(ctx, frame.cue.start) : null;
  if (head) {
    const read = { ...frame, subject: head, objectMayFollow: true };
    // (Once: a phrase that names no one there comes back here, and goes on as if there were none.)
    RELATIVE_READ.add(read);
    return speakerOf(read, ctx, register, previous, persons, bodies, narration);
  }
  // «وتفاعل متابعون مع التغريدة، وقالوا إن …»: a plural verb's antecedent may be a group named earlier in its sentence.
  const group = !antecedent && near && !quoted && frame.agreement?.number === 'pl' && frame.cue ? groupBefore(ctx, frame.cue.start) : -1;
  if (group >= 0) {
    const tok = tokens[group] as Token;
    return { speaker: register.byGroup(tok.written, [tok.key]), inferred: true, span: null };
  }
  // ("Residents of the town are angry. They say the council ignored them.": a plural pronoun opening its sentence goes
  // on with the group the sentence before opens on, when nobody in the paragraph spoke yet.)
  const opener = tokens[ctx.sentence.first] as Token | undefined;
  const spokeHere = justQuoted !== undefined && justQuoted.start >= ((tokens[0] as Token | undefined)?.start ?? before);
  const groupOpening =
    !antecedent &&
    !spokeHere &&
    lang.casedNames &&
    frame.agreement?.number === 'pl' &&
    opener?.type === 'word' &&
    lang.pronouns.get(opener.key)?.number === 'pl'
      ? groupOpeningBefore(ctx)
      : null;
  if (groupOpening) {
    const keys = tokens.slice(groupOpening.start, groupOpening.end).map((t) => t.key);
    const from = (tokens[groupOpening.start] as Token).start;
    return { speaker: register.byGroup(text.slice(from, (tokens[groupOpening.end - 1] as Token).end), keys), inferred: true, span: null };
  }
  // ("Asked about Tom Walsh, she said": not a person of the other gender than the pronoun's.)
  if (antecedent && frame.agreement?.number === 'sg' && register.disagrees(wordKeys(antecedent.name, lang), frame.agreement)) antecedent = undefined;

  if (antecedent) {
    const keys = wordKeys(antecedent.name, lang);
    const speaker = register.byName(antecedent.name, keys, undefined, [], frame.agreement?.gender);
    if (frame.agreement?.gender === 'n' || frame.agreement?.number === 'pl') register.asBody(speaker, antecedent.id);
    return { speaker, inferred: true, span: null };
  }
  // A person this paragraph names before the cue, in an earlier sentence, is who «وقال» / "he said" goes on with
  // («أما الحاج عمار فلا يعوّل … . وقال وهو يمسح …»), rather than the last speaker of another paragraph.
  // Else the person the paragraph before introduces, when nobody was quoted there («Governor X visited the harbour.
  // ¶ "…," he told the crowd»): a pronoun goes on with the story's subject, not with a speaker further back.
  // (Not when this paragraph quoted someone already: 'Her neighbor, Tasha Greer, lost her home …, Darlene Foust said. She
  // added that …' goes on with the speaker, not with a name in what she said.)
  const quotedHere = lang.casedNames && quotedInParagraph(ctx, justQuoted, before);
  let inBlock =
    previous === undefined && !quotedHere ? personInBlock(persons, blockStart, (ctx.tokens[ctx.sentence.first] as Token).start, ctx.text) : undefined;
  // ("'Shuttle' was described by one critic as 'a kitchen-sink Chekhov'. 'I've never read Chekhov,' she told …": a name
  // inside quotation marks is someone's words, not whom the paragraph is about.)
  for (let tries = 0; inBlock && tries < UNQUOTED_TRIES && quotedMention(ctx, inBlock); tries++)
    inBlock = personInBlock(persons, blockStart, inBlock.start, ctx.text);
  // ('Jane Starner lives in Indiana. … She gave me an address for Ford's sister, Martha Fry. "…," she said': the sentence
  // naming Martha Fry opens on the pronoun itself, whose person the paragraph named before it.)
  if (inBlock && lang.casedNames && frame.agreement?.number === 'sg' && pronounBefore(ctx.text, blockStart, inBlock.start, lang, frame.agreement)) {
    const opening = sentenceStartBefore(ctx.text, Math.max(blockStart, inBlock.start - SENTENCE_LOOKBACK), inBlock.start);
    inBlock = opening > blockStart ? personInBlock(persons, blockStart, opening, ctx.text) : undefined;
  }
  // ('Asked about the banner, the coach smiled. "I saw it," he said.': a description the register knows, earlier in this
  // paragraph, is whom a pronoun goes on with, before anyone the paragraph before names.)
  // (Not after a quote in this paragraph: "Prasad said the president's … had complicated …. "…," he said" is Prasad.)
  const describedHere =
    !inBlock && !quotedHere && previous === undefined && lang.casedNames && frame.agreement?.number === 'sg' && frame.agreement.gender !== 'n'
      ? describedWithin(ctx.text, blockStart, (ctx.tokens[ctx.sentence.first] as Token).start, lang)
      : undefined;
  const knownHere = describedHere ? register.described(describedHere) : undefined;
  if (knownHere && !knownHere.group && !knownHere.body && !register.disagrees(knownHere.nameKeys, frame.agreement))
    return { speaker: knownHere, inferred: true, span: null };
  // ('The customer, a mother of two from Sandal, asked not to be named. She said …': a paragraph opening on a person's
  // description nobody was heard by, described anew in an indefinite apposition, is about someone new, not about a
  // woman heard paragraphs before. Without the apposition it is as often someone named before: "The senator was not
  // satisfied. "…," she said.")
  const openedOn = describedHere && !knownHere ? blockOpeningPerson(ctx) : null;
  const apposed = (k: number) =>
    tokens[k]?.key === ',' && tokens[k + 1]?.type === 'word' && lang.indefiniteArticles?.has((tokens[k + 1] as Token).key) === true;
  if (openedOn && openedOn.end <= ctx.sentence.first && apposed(openedOn.end)) {
    const keys = tokens.slice(openedOn.start, openedOn.end).map((t) => t.key);
    const phrase = text.slice((tokens[openedOn.start] as Token).start, (tokens[openedOn.end - 1] as Token).end);
    return { speaker: register.byDescription(phrase, keys, frame.agreement?.gender), inferred: true, span: null };
  }
  // «واقترح الرئيس الإيراني مناظرة مع الرئيس الأمريكي جورج بوش. ¶ وقال …»: in a verb-first language the paragraph
  // before is about the subject of its opening verb; a title there means whom the register knows by it.
  const titleOpening =
    !inBlock && previous === undefined && narration && lang.verbFirst && frame.agreement?.number === 'sg'
      ? titledOpening(ctx.text, narration, lang)
      : undefined;
  if (titleOpening) {
    const titled = register.described(titleOpening);
    if (titled && !register.disagrees(titled.nameKeys, frame.agreement)) return { speaker: titled, inferred: true, span: null };
  }
  // 'The coach singled out rookie center Tobi Adeyemi, who … ¶ "Tobi changed the game," he said.': a paragraph opening
  // on a description the register knows is about that person, not about the one it names later.
  const describedOpener =
    !inBlock && previous === undefined && narration && lang.casedNames && frame.agreement?.number === 'sg' && frame.agreement.gender !== 'n'
      ? describedOpening(ctx.text, narration, lang)
      : undefined;
  const knownOpener = describedOpener ? register.described(describedOpener) : undefined;
  if (knownOpener && !knownOpener.group && !knownOpener.body && !register.disagrees(knownOpener.nameKeys, frame.agreement))
    return { speaker: knownOpener, inferred: true, span: null };
  // A title the register does not know still says the paragraph is about its subject: the person named with it
  // («وكان الرئيس الفلسطيني محمود عباس قد دعا …»), not one named after it («واقترح الرئيس الإيراني مناظرة مع الرئيس
  // الأمريكي جورج بوش»), when the last speaker goes on.
  // ("Smith visited the site with his deputy. They said …": a plural pronoun goes on with no one person.)
  const plural = frame.agreement?.number === 'pl';
  // («وقال مصدران …. ¶ وأضافا أن …»: a dual goes on with the pair or group heard, before anyone the narration names.)
  const heardPair = frame.agreement?.number === 'du' ? register.carried(frame.agreement) : undefined;
  if (heardPair) return { speaker: heardPair, inferred: true, span: null };
  let named =
    previous === undefined && !plural
      ? (inBlock ??
        (narration && frame.agreement?.number === 'sg' && frame.agreement.gender !== 'n'
          ? titleOpening
            ? firstWithin(persons, narration.start, wordsEnd(ctx.text, narration.start, titleOpening.length + TITLE_HOLDER_WORDS))
            : personInBlock(persons, narration.start, narration.end, ctx.text)
          : undefined))
      : undefined;
  // ('Andrew claims that …. ¶ During the visit, he was photographed with Epstein. ¶ He told the BBC: "…"': when the
  // sentence naming that person opens on the pronoun itself, its subject is whom the story was already about.)
  const pronounLed =
    !inBlock && named && narration && lang.casedNames && frame.agreement ? pronounBefore(ctx.text, narration.start, named.start, lang, frame.agreement) : false;
  if (pronounLed) named = undefined;
  // («وحضر اللقاء وزير الدفاع قادر العبيدي والسفير الاميركي روبرت كينغستون، اللذان …. ¶ واضاف»: one of two people
  // named together is no subject of a verb for one; the last speaker goes on.)
  if (named && frame.agreement?.number === 'sg' && (joinedToOther(ctx.text, named, persons) || dualAfter(ctx.text, named, lang))) named = undefined;
  // («ويقوم وفد برئاسة الطبيب الهولندي يان فان دربرغ بجولة. ¶ وأضافت أن …»: a verb for a woman does not go on with a man
  // the narration names, by his given name or the title before him; nor one for a man with a woman.)
  const said = frame.agreement?.gender;
  if (named && (said === 'm' || said === 'f')) {
    const titled = titleGender(ctx.text, named, lang);
    if ((titled !== undefined && titled !== said) || register.disagrees(wordKeys(named.name, lang), frame.agreement)) named = undefined;
  }
  // («وحين سألناها عن الجوائز …، ضحكت وقالت»: an answer in an interview's exchange is the person the article asks, the
  // one it is about and names most, not whoever spoke last. Not the passive «وعندما سُئل», which in wire copy is the
  // speaker just quoted, asked at a press conference.)
  const interviewee =
    !named && frame.cue && frame.agreement?.number === 'sg' && askedInSentence(ctx, frame.cue.start)
      ? salientBefore(
          persons,
          before,
          2,
          (m) => {
            const titled = titleGender(ctx.text, m, lang);
            return !register.disagrees(wordKeys(m.name, lang), frame.agreement) && (titled === undefined || titled === said);
          },
          true,
        )
      : undefined;
  if (interviewee)
    return { speaker: register.byName(interviewee.name, wordKeys(interviewee.name, lang), undefined, [], frame.agreement?.gender), inferred: true, span: null };
  const carried = named ? undefined : register.carried(frame.agreement);
  if (carried) return { speaker: carried, inferred: true, span: null };
  // Nobody has spoken yet: the pronoun points at the last person the article named («she wrote:» after «Pop star Mia Torres …»).
  // '"This is a tragedy," she said. Maria Santos, 45, lost her home …': with nobody named before, a feature may name
  // the speaker right after, opening the next sentence.
  const person =
    named ??
    (plural ? undefined : lastPersonBefore(persons, before, blockStart)) ??
    (lang.casedNames && frame.agreement ? personOpeningNext(persons, before, ctx.text) : undefined) ??
    (lang.verbFirst && !plural && nobodyBefore(persons, bodies, register, blockStart) ? personNamedNext(ctx, persons) : undefined);
  if (!person) {
    // 'The governor, speaking at a news conference, urged residents … "Do not wait," he said.': with nobody named, the
    // person the paragraph opens with by a title.
    const described = frame.agreement?.number === 'sg' && frame.agreement.gender !== 'n' ? blockOpeningPerson(ctx) : null;
    if (!described) return { speaker: null, inferred: true, span: null };
    const keys = tokens.slice(described.start, described.end).map((t) => t.key);
    const phrase = text.slice((tokens[described.start] as Token).start, (tokens[described.end - 1] as Token).end);
    return { speaker: register.byDescription(phrase, keys, frame.agreement?.gender), inferred: true, span: null };
  }
  const keys = wordKeys(person.name, lang);
  // «وأكدت» after a man who has spoken, "she said" after John Jones: not him.
  if (register.disagrees(keys, frame.agreement)) return { speaker: null, inferred: true, span: null };
  return { speaker: register.byName(person.name, keys, undefined, [], frame.agreement?.gender), inferred: true, span: null };
}

/** Whether the sentence, before token `to`, opens an exchange: «وحين سألناه», «وعندما نسألها» (`askedWhen`). */
function askedInSentence(ctx: SentenceCtx, to: number): boolean {
  const { tokens, lang, sentence } = ctx;
  if (!lang.askedWhen) return false;
  for (let k = sentence.first; k + 1 < to; k++) {
    const a = tokens[k] as Token;
    const b = tokens[k + 1] as Token;
    if (a.type === 'word' && b.type === 'word' && lang.askedWhen(a.key, b.key)) return true;
  }
  return false;
}

/**
 * The agreement of a frame whose verb goes on with the speaker before it («وأضاف», "added"), null when the verb tells
 * none; undefined for any other cue.
 */
function goesOn(frame: Frame, ctx: SentenceCtx): Agreement | null | undefined {
  const cue = frame.cue ? cueOf(ctx, ctx.tokens[frame.cue.start] as Token) : null;
  return cue?.cue.carry === true ? (frame.agreement ?? null) : undefined;
}

/** A description of two words whose noun no list knows as a body's ("the slugger", "the left-hander"). */
function epithetHead(keys: readonly string[], head: string, lang: QuoteLanguage): boolean {
  return (
    lang.casedNames &&
    keys.length === 2 &&
    lang.bodyNouns?.has(head) !== true &&
    lang.bodyKinds?.has(head) !== true &&
    lang.institutionWords?.has(head) !== true &&
    lang.documentNouns?.has(head) !== true &&
    !/.maker$/u.test(head)
  );
}

/** The one person [from, to) names, by any number of mentions, when it names no body; else undefined. */
function onlyPersonIn(from: number, to: number, persons: readonly PersonMention[], bodies: readonly PersonMention[]): PersonMention | undefined {
  const person = firstWithin(persons, from, to);
  if (!person || firstWithin(bodies, from, to) !== undefined) return undefined;
  // (Only that person: "Maria Lopez sued Acme Corp." leaves "the defendant" to someone else.)
  const other = firstFrom(persons, person.end);
  return other === undefined || other.start >= to || other.id === person.id ? person : undefined;
}

/**
 * "Judge, who also doubled, shrugged off talk of his slump. / "I feel good," the slugger said.": a noun no list knows
 * ("the slugger"), after narration that opens on a person and names no one else and no body, is an epithet for that
 * person, not a body's name.
 */
function epithetOfOpening(
  keys: readonly string[],
  head: string,
  narration: { start: number; end: number } | null,
  text: string,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
  lang: QuoteLanguage,
): boolean {
  if (!narration || !epithetHead(keys, head, lang)) return false;
  const [at] = trimSpaces(text, narration.start, narration.end);
  return onlyPersonIn(at, narration.end, persons, bodies)?.start === at;
}

/** Characters looked back from a quote for the start of its paragraph. */
const EPITHET_LOOKBACK_CHARS = 2000;

/**
 * 'Hale, the 19th seed, said she had been "feeding off the crowd". / "…," the left-hander said.': such a noun right after
 * a paragraph (or the words of this one) that quoted a person and named no one else and no body is that person.
 */
function epithetOfQuote(
  keys: readonly string[],
  head: string,
  justQuoted: Draft | undefined,
  at: number,
  text: string,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
  lang: QuoteLanguage,
): boolean {
  const who = justQuoted?.speaker;
  if (!justQuoted || !who || who.group || who.body || who.pair || who.descriptionOnly || !epithetHead(keys, head, lang)) return false;
  // (Its paragraph's start, looked for a bounded way back so a paragraph of a thousand such quotes stays linear.)
  const floor = Math.max(0, justQuoted.start - EPITHET_LOOKBACK_CHARS);
  const from = floor + text.slice(floor, justQuoted.start).lastIndexOf('\n\n') + 1;
  const person = onlyPersonIn(from, at, persons, bodies);
  return person !== undefined && (who.entityId === person.id || who.name === person.name);
}

/** Words a stretch after a paragraph's last quote needs to be narration of its own. */
const TRAILING_NARRATION_WORDS = 6;

/** Whether the text after a quote, to its paragraph's end, holds a sentence or clause of narration, not just a credit. */
function narrationAfter(text: string, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to && words < TRAILING_NARRATION_WORDS; i++) if (isSpaceCode(text.charCodeAt(i)) && !isSpaceCode(text.charCodeAt(i + 1))) words++;
  return words >= TRAILING_NARRATION_WORDS;
}

/** Words before a person mention that may hold its honorific («جلالة الملك عبدالله»). */
const HONORIFIC_WORDS = 3;

/** The last person before `offset` that the text gives an honorific `honours` (within a few words before the name). */
function honouredBefore(persons: readonly PersonMention[], offset: number, honours: (key: string) => boolean, ctx: SentenceCtx): PersonMention | undefined {
  return latestBefore(persons, offset, (m) => {
    const words = ctx.text.slice(Math.max(0, m.start - 60), m.end).split(/\s+/u);
    const from = Math.max(0, words.length - wordCount(m.name) - HONORIFIC_WORDS - 1);
    // («صاحب السمو الشيخ …»: the honorific may carry the article.)
    for (let i = from; i < words.length; i++) if (honours(ctx.lang.articleless(ctx.lang.key(words[i] as string)))) return true;
    return false;
  });
}

const wordCount = (name: string): number => name.split(/\s+/u).length;

/**
 * «ونفت وزارة الخارجية صحة التقارير، مؤكدة أن …»: a verb whose object stands between its subject and a participle; the
 * subject ends with the first person or body the entity stage found in it, unless a title follows as its apposition.
 */
function endAtMention(
  frame: Frame,
  subject: { start: number; end: number },
  ctx: SentenceCtx,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
): void {
  const { tokens, lang } = ctx;
  const from = (tokens[subject.start] as Token).start;
  const to = (tokens[subject.end - 1] as Token).end;
  const person = firstWithin(persons, from, to);
  const body = firstWithin(bodies, from, to);
  // «سفير طالبان لدى باكستان سالم زعيف الهجمات»: after a title, bodies and places are its complement; the person
  // named after them closes the subject.
  // («زعيم حزب التجديد المصطفي ولد عبيد الرحمن»: not inside a person's name, whose «ولد» after «المصطفي» opens no object.)
  const found = objectAfterDefinite(ctx, subject);
  const inName = found >= 0 && person !== undefined && (tokens[found] as Token).start > person.start && (tokens[found] as Token).start < person.end;
  const objectAt = inName ? -1 : found;
  const objectFrom = objectAt >= 0 ? (tokens[objectAt] as Token).start : Number.MAX_SAFE_INTEGER;
  // (A person right after the definite words is the title's holder, not an object: «الأمين العام للجامعة العربية عمرو موسى».)
  const titled = isTitleWord(lang, (tokens[subject.start] as Token).key) && (objectFrom >= (person?.end ?? 0) || objectFrom === person?.start);
  const first = person && (titled || !body || person.start <= body.start) ? person : body;
  // «السفير الأميركي بمجلس الأمن اقتراح أنان»: a name inside the object is not who speaks.
  if (!first || (first.start > objectFrom && !(titled && first === person && objectFrom === person.start))) {
    if (objectAt >= 0) frame.subject = { start: subject.start, end: objectAt };
    return;
  }
  if (first.end >= to) return;
  const end = countBefore(tokens, (t) => t.start < first.end);
  const next = tokens[end];
  if (end <= subject.start || end >= subject.end || next?.type !== 'word' || (tokens[end - 1] as Token).end !== first.end) return;
  // A title after the name is its apposition («حسني مبارك رئيس مصر»), unless another person's name follows it: then it
  // is the object's («استقبل الرئيس مبارك رئيس الوزراء الإسرائيلي إيهود أولمرت»).
  // (The other name may run past the subject's words: «… بشار الأسد المبعوث الأممي تيري رود لارسن».)
  const other = firstFrom(persons, next.start);
  if (isTitleWord(lang, next.key) && !(other && other.start < to)) return;
  frame.subject = { start: subject.start, end };
}

/**
 * With no name found: «الوزارة صحة التقارير» — a definite word then an indefinite one, which cannot be its adjective,
 * starts the object (after a title, the indefinite word is a name: «الرئيس حسني …»). The object's first token, or -1.
 */
function objectAfterDefinite(ctx: SentenceCtx, subject: { start: number; end: number }): number {
  const { tokens, lang } = ctx;
  const titled = isTitleWord(lang, (tokens[subject.start] as Token).key);
  const head = (tokens[subject.start] as Token).bare;
  let definiteBody = lang.articleless(head) !== head && lang.bodyNouns?.has(lang.articleless(head)) === true;
  for (let k = subject.start + 1; k < subject.end; k++) {
    const prev = tokens[k - 1] as Token;
    const tok = tokens[k] as Token;
    if (prev.type !== 'word' || tok.type !== 'word') return -1;
    // («سفير اليمن لدى الأردن», «السفير الأميركي بمجلس الأمن»: after a title, a preposition, apart or written on,
    // goes on with its phrase.)
    // («الأمين العام لجامعة الدول العربية»: «لـ» on a noun in construct with a definite word, too.)
    const next = tokens[k + 1];
    const lamChain = tok.key.startsWith('ل') && next?.type === 'word' && lang.articleless(next.key) !== next.key && lang.articleless(tok.key) === tok.key;
    // («المتحدث الرسمي باسم الجيش»: and a word linking a title to its complement.)
    const preposition =
      titled &&
      (lang.governingPrepositions?.has(tok.key) === true || lang.roleLinkers.has(tok.key) || lang.gluedPreposition?.(tok.written) === true || lamChain);
    // («وزير التربية والتعليم حديثه»: a conjunction on the definite word leaves it definite.)
    const before = prev.bare;
    if (!preposition && !isTitleWord(lang, prev.key) && lang.articleless(before) !== before && lang.articleless(tok.key) === tok.key) return k;
    // («وانتقدت المنظمة (الدولية) القرار»: a body's head noun with the article and its adjectives, then a definite word
    // no adjective, is the object.)
    const definite = lang.articleless(tok.key) !== tok.key;
    const adjective = definite && (lang.describes?.(tok.key) === true || lang.plainAdjectives?.has(lang.articleless(tok.key)) === true);
    if (definiteBody && definite && !adjective) return k;
    // («وناشد الرئيس الصومالي الدول الغربية»: so, after a title, is a definite word no adjective or title that follows
    // an adjective: the title's complement came before it.)
    const prevAdjective = lang.describes?.(prev.key) === true || lang.plainAdjectives?.has(lang.articleless(prev.key)) === true;
    if (titled && definite && !adjective && prevAdjective && lang.articleless(prev.key) !== prev.key && !isTitleWord(lang, tok.key)) return k;
    if (!adjective) definiteBody = false;
  }
  return -1;
}

/** Whether the word at `k` is «بـ» on a known noun between a definite word and an indefinite one («الوزراء بتشكيل لجنة»). */
function objectWithBa(ctx: SentenceCtx, k: number): boolean {
  const { tokens, lang } = ctx;
  const prev = tokens[k - 1];
  const tok = tokens[k] as Token;
  const next = tokens[k + 1];
  if (prev?.type !== 'word' || next?.type !== 'word' || lang.articleless(prev.bare) === prev.bare || lang.articleless(next.key) !== next.key) return false;
  const word = tok.written;
  return lang.procliticLength(word, 'ب') !== null && lang.gluedPreposition?.(word) === true;
}

/** Words the subject of a sentence's opening verb may have before a participle. */
const OPENING_SUBJECT_WORDS = 8;

/**
 * The subject of the verb opening a verb-first sentence («وانتقدت المنظمة القرار»): the words after it up to a comma
 * or `cue`, when they open with a title, a body's head noun or a name the entity stage found (not «كلمته», «أمس»,
 * «في …», nor a definite object after a verb whose subject is left out).
 * The object they may run into is cut off by `endAtMention`.
 */
function openingSubject(
  ctx: SentenceCtx,
  cue: number,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
  places: readonly PersonMention[] = [],
  agreement?: Agreement,
): { start: number; end: number; lead?: true; role?: { start: number; end: number } } | null {
  const { tokens, lang, sentence } = ctx;
  // «من جهته رفض السفير …»: "for his part" before the verb opens the sentence as «و» does.
  // «…، بينما رفض المتحدث … قائلا»: the participle goes with the verb of its own clause.
  let opener = -1;
  for (let k = cue - 1; k > sentence.first && cue - k <= OPENING_SUBJECT_WORDS + 2 && opener < 0; k--) {
    const tok = tokens[k] as Token;
    if (tok.type === 'word' && lang.clauseOpeners?.has(tok.key) === true) opener = k;
  }
  // («الرياض (رويترز) - أعلنت السعودية …»: a dateline's place and credit come before the lead's verb.)
  const lead = afterDateline(ctx);
  let from = opener >= 0 ? opener + 1 : lead;
  // «وفي بيروت، رحب رئيس الحكومة …، وقال»: a setting fronted before the verb, up to its comma, opens the sentence as «و» does.
  // («وهنا قاطعه الدوسري قائلا»: so does an adverb of time or place, with no comma.)
  const adverb = tokens[from];
  // («وقد سجل رئيس الدولة …»: and «قد» before the verb; the tokens keep «و» on a word of two letters.)
  const particle = adverb?.type === 'word' && lang.preVerbAdverbs.has(withoutGluedConjunction(adverb, lang.preVerbAdverbs));
  const past =
    opener >= 0
      ? from
      : adverb?.type === 'word' && ((adverb.conjunction > 0 && lang.openingAdverbs?.has(adverb.bare) === true) || particle) && from + 1 < cue
        ? from + 1
        : pastFrontedSetting(ctx, from, cue);
  const fronted = past > from;
  from = past;
  const a = tokens[from];
  const b = tokens[from + 1];
  // («بدورها، رحبت الوزارة …، وقالت»: "in turn", one word, as «من جهتها» two, and the comma after either.)
  const forWords =
    a?.type === 'word' && b?.type === 'word' && lang.forOnesPart?.(a.key, b.key) === true ? 2 : a?.type === 'word' && lang.inOnesTurn?.(a.key) === true ? 1 : 0;
  const forPart = forWords > 0 && isCommaToken(tokens[from + forWords]) ? forWords + 1 : forWords;
  const at = from + forPart;
  const verb = tokens[at] as Token;
  const first = tokens[at + 1];
  const opened = forPart > 0 || opener >= 0 || fronted;
  // «شنت كوريا الشمالية هجوما … قائلة إنها»: a paragraph's lead may open on its verb with no «و»; then the word must
  // read as no noun (no article, no title or body, no name) and a name must follow it.
  const bare = !opened && verb.conjunction === 0 && from === lead && verbLike(ctx, verb, persons, bodies, places);
  if (verb.type !== 'word' || (verb.conjunction === 0 && !opened && !bare) || first?.type !== 'word' || at + 1 >= cue) return null;
  // (After «من جهته» or «بينما» the word is the verb, even one that stops a subject elsewhere: «رفض».)
  const notVerb = !opened && (lang.settingPrepositions.has(verb.key) || lang.subjectStops.has(verb.key));
  if (notVerb || lang.subjectStops.has(first.key) || lang.settingPrepositions.has(first.key)) return null;
  // (A lead's subject: a name the entity stage found, or a body's head noun in construct, «أعلنت وزارة المالية».)
  // («وأعلنت السعودية …، وقالت إنها»: a place named right after the verb speaks for its state, when the caller allows one.)
  if (
    bare
      ? !startsMention(first, persons, bodies, places) && !bodyHeadAt(ctx, at + 1, persons, bodies)
      : !namesSomeone(ctx, at + 1, persons, bodies) && !startsMention(first, places)
  )
    return null;
  // («سأل المهندي الكاتبة …، فأجابت:»: a verb written for the other gender has another subject.)
  const gender = lang.verbGender?.(ctx.text.slice(verb.start + verb.conjunction, verb.end));
  if (gender && agreement?.gender && agreement.gender !== 'n' && gender !== agreement.gender) return null;
  // («وكان الرئيس قد استقبل …»: «قد» ends the subject of the auxiliary.)
  let end = at + 1;
  while (end < cue && end - at <= OPENING_SUBJECT_WORDS && (tokens[end] as Token).type === 'word' && !lang.preVerbAdverbs.has((tokens[end] as Token).key))
    end++;
  // («اتهم المتحدث الرسمي باسم الجيش السوداني العميد نبيل عبد الماجد …»: a name the word limit cuts runs to its end.)
  const last = tokens[end - 1] as Token;
  const cut = end < cue ? persons.find((m) => m.start < last.end && m.end > last.end) : undefined;
  const through = cut ? tokensOf(tokens, cut) : null;
  if (through && through.end <= cue) end = through.end;
  // «وتفاعل متابعون مع التغريدة»: an unnamed group's phrase ends at a preposition that links no role to it («مصدر في
  // وزارة الداخلية» goes on).
  const whole = end;
  // («استمع الوزير إلى عدد من الأهالي», «وجه الوزير بالتنسيق مع وزارة …»: so does any subject's, and a preposition written
  // onto its noun.)
  for (let k = at + 2; k < end; k++) {
    const tok = tokens[k] as Token;
    const word = tok.written;
    // («المتحدث باسم الجيش»: not a word linking a title to its complement.)
    if (!lang.roleLinkers.has(tok.key) && (lang.governingPrepositions?.has(tok.key) || lang.prepositional?.(word) === true)) end = k;
    // («وسجل رئيس الدولة في نهاية الجولة كلمة»: nor a setting, a preposition and a setting noun.)
    else if (lang.settingPrepositions.has(tok.key) && settingNounAt(ctx, k + 1)) end = k;
    // («وطالب رئيس الوزراء بتشكيل لجنة …»: «بـ» on a known noun after a definite word, an indefinite one after it, is
    // what the verb takes; «السفير الأميركي بمجلس الأمن» goes on with its definite complement.)
    else if (objectWithBa(ctx, k)) end = k;
    // («وختم وزير التربية حديثه بالقول:»: a noun with its own pronoun after the subject is the verb's object.)
    else if (k > at + 1 && lang.possessedNoun(word) && lang.articleless(tok.key) === tok.key) {
      end = k;
      break;
    }
  }
  // «ودعت المبعوثة الأممية بالإنابة إلى ليبيا، الأمريكية جوليا ستيوارت-هانت، …»: a description with no name, then a
  // person named in apposition between commas: that person.
  const named = isCommaToken(tokens[whole]) ? appositivePerson(ctx, at + 1, whole, persons) : null;
  // (The description is the person's role: «خرج مدرب شباب وادي الزيتون، مراد بوشلاغم، عن صمته».)
  if (named) return { ...named, role: { start: at + 1, end: whole } };
  if (!bare) return { start: at + 1, end };
  // (A lead's subject is the name it opens on, «حرر البنك المركزي المصري سعر صرف الجنيه»: its object follows at once.)
  const opening = [persons, bodies, places].map((ms) => firstFrom(ms, first.start)).find((m) => m?.start === first.start);
  const mention = opening ? tokensOf(tokens, opening) : null;
  return { start: at + 1, end: mention && mention.end < end ? mention.end : end, lead: true };
}

/** Words an apposition naming the person a description opened may have («الأمريكية جوليا ستيوارت-هانت»). */
const APPOSITIVE_NAME_WORDS = 5;

/** The tokens of a person named between the comma at `comma` and the next one, after a description [from, comma) naming none. */
function appositivePerson(ctx: SentenceCtx, from: number, comma: number, persons: readonly PersonMention[]): { start: number; end: number } | null {
  const { tokens } = ctx;
  if (personWithin(persons, (tokens[from] as Token).start, (tokens[comma - 1] as Token).end)) return null;
  let close = comma + 1;
  while (close < ctx.sentence.last && close - comma <= APPOSITIVE_NAME_WORDS + 1 && tokens[close]?.type === 'word') close++;
  if (!isCommaToken(tokens[close]) || close === comma + 1) return null;
  const person = personWithin(persons, (tokens[comma + 1] as Token).start, (tokens[close - 1] as Token).end);
  return person ? tokensOf(tokens, person) : null;
}

/** The tokens a mention spans, or null when it spans none. */
function tokensOf(tokens: readonly Token[], m: PersonMention): { start: number; end: number } | null {
  const start = countBefore(tokens, (t) => t.start < m.start);
  const end = countBefore(tokens, (t) => t.start < m.end);
  return end > start ? { start, end } : null;
}

/** Whether a person, body or place the entity stage found starts at the token. */
function startsMention(tok: Token, ...kinds: (readonly PersonMention[])[]): boolean {
  return kinds.some((mentions) => firstFrom(mentions, tok.start)?.start === tok.start);
}

/** A word opening a sentence that reads as no noun: no article, title, body noun, name or digit. */
function verbLike(ctx: SentenceCtx, tok: Token, ...kinds: (readonly PersonMention[])[]): boolean {
  const { lang } = ctx;
  if (tok.type !== 'word' || !lang.verbFirst || lang.articleless(tok.key) !== tok.key || isTitleWord(lang, tok.key)) return false;
  // A word ending in «ة» is a noun («زيارة»): no verb ends so.
  if (ctx.text.charCodeAt(tok.end - 1) === 0x0629) return false;
  if (lang.bodyNouns?.has(tok.key) || lang.settingPrepositions.has(tok.key) || lang.subjectStops.has(tok.key) || /\d/.test(tok.key)) return false;
  return !startsMention(tok, ...kinds) && !kinds.some((mentions) => personWithin(mentions, tok.start, tok.end));
}

/**
 * Whether the word at token `k`, right after a verb, opens a subject that names someone: a title, a body's head noun or
 * a name the entity stage found. A verb with its subject left out takes its object at once («ورفض الحديث عن …»،
 * «ونفى صحة التقارير»), and its speaker carries over.
 */
function namesSomeone(ctx: SentenceCtx, k: number, persons: readonly PersonMention[], bodies: readonly PersonMention[]): boolean {
  const { tokens, lang } = ctx;
  const first = tokens[k];
  if (first?.type !== 'word') return false;
  const next = tokens[k + 1];
  // («صاحب السمو رئيس الدولة»: or an honorific, which only ever addresses a person; «أم عبدالله»: or a word that opens a
  // name and tells its gender, a kunya, before a word.)
  if (isTitleWord(lang, first.key) || lang.honorifics?.has(first.key) === true) return true;
  // («وخرج المتهم الخامس من القاعة باكيا، وقال»: a definite noun for a person, or for what one does, names someone too.)
  const noun = lang.articleless(first.key);
  if (lang.verbFirst && noun !== first.key && (lang.personNouns.has(noun) || lang.professionNouns?.has(noun) === true)) return true;
  if (lang.verbFirst && lang.givenNameGender?.has(first.key) === true && next?.type === 'word') return true;
  if (bodyHeadAt(ctx, k, persons, bodies)) return true;
  const bare = lang.articleless(first.key);
  // «ونفى مصدر في وزارة الداخلية …، مؤكدا»: an unnamed source or group speaks too.
  if (lang.groupNouns.has(first.key)) return true;
  if (firstFrom(persons, first.start)?.start === first.start || firstFrom(bodies, first.start)?.start === first.start) return true;
  // («اركي لبكانين عضو المجلس الحاكم للبنك …»: two bare words, then a title in construct, are a name the entity stage
  // missed and its role.)
  const title = tokens[k + 2];
  return (
    lang.verbFirst &&
    next?.type === 'word' &&
    title?.type === 'word' &&
    bare === first.key &&
    lang.articleless(next.key) === next.key &&
    !lang.bodyNouns?.has(next.key) &&
    isTitleWord(lang, title.key) &&
    lang.articleless(title.key) === title.key
  );
}

/** «الوزارة», «وزارة الخارجية»: whether token `k` is a body's head noun, definite or in construct with a definite word. */
function bodyHeadAt(ctx: SentenceCtx, k: number, persons: readonly PersonMention[], bodies: readonly PersonMention[]): boolean {
  const { tokens, lang } = ctx;
  const first = tokens[k];
  const next = tokens[k + 1];
  if (first?.type !== 'word') return false;
  const bare = lang.articleless(first.key);
  // («حركة حماس», «شركة أرامكو»: or in construct with a name the entity stage found.)
  return (
    lang.bodyNouns?.has(bare) === true &&
    (bare !== first.key || (next?.type === 'word' && (lang.articleless(next.key) !== next.key || startsMention(next, bodies, persons))))
  );
}

/** The first of `mentions` lying within [from, to). */
function firstWithin(mentions: readonly PersonMention[], from: number, to: number): PersonMention | undefined {
  const m = firstFrom(mentions, from);
  return m && m.end <= to ? m : undefined;
}

/** The first mention starting at or after `from` (mentions sorted by start). */
function firstFrom(mentions: readonly PersonMention[], from: number): PersonMention | undefined {
  return mentions[countBefore(mentions, (p) => p.start < from)];
}

/** Whether a phrase is a title and the body it is in construct with («مدرب منتخب مصر», «مدير شركة أرامكو»). */
function officeOfBody(np: NounPhrase, ctx: SentenceCtx, bodies: readonly PersonMention[]): boolean {
  const { tokens, lang } = ctx;
  if (np.roleEnd <= np.roleStart || np.roleEnd !== np.nameStart || np.nameEnd <= np.nameStart) return false;
  // («القيادي في حركة فتح»: the title, a word joining it to its body, then the body.)
  const linked = np.roleEnd - 1 > np.roleStart && lang.roleLinkers.has((tokens[np.roleEnd - 1] as Token).key);
  const roleEnd = linked ? np.roleEnd - 1 : np.roleEnd;
  // The title, then its body's head noun if the role took it («مدير شركة» + «أرامكو»).
  const lastRole = tokens[roleEnd - 1] as Token;
  const headNoun = roleEnd - 2 >= np.roleStart && lang.bodyNouns?.has(lang.articleless(lastRole.key)) === true;
  if (!isTitleWord(lang, (tokens[headNoun ? roleEnd - 2 : roleEnd - 1] as Token).key)) return false;
  const first = tokens[np.nameStart] as Token;
  const last = tokens[np.nameEnd - 1] as Token;
  const body = personWithin(bodies, first.start, last.end);
  const wholeBody = body !== undefined && body.start === first.start && body.end === last.end;
  // (After a joining word, only a body the entity stage found whole.)
  if (linked) return wholeBody;
  // («مدرب شباب وادي الزيتون»: a bare title taking a complement, in construct with what follows it, names no one by it.)
  const bare = np.roleEnd - np.roleStart === 1 && lang.articleless(lastRole.key) === lastRole.key && titleOf(lang, lastRole.key)?.complement === true;
  return bare || headNoun || wholeBody || lang.bodyNouns?.has(lang.articleless(first.key)) === true;
}

/** Whether the role read before a name ends in a title taking a complement («نائب رئيس نادي …»), not a title alone («المدرب»). */
function takesComplement(np: NounPhrase, ctx: SentenceCtx): boolean {
  for (let k = np.roleEnd - 1; k >= np.roleStart; k--) {
    const title = titleOf(ctx.lang, (ctx.tokens[k] as Token).key);
    if (title) return title.complement === true || k < np.roleEnd - 1;
  }
  return true;
}

/** A person mention closing a phrase read as a description: the person is the name, the words before it (without an article) the role. */
function personAtEnd(np: NounPhrase, ctx: SentenceCtx, persons: readonly PersonMention[]): void {
  const { tokens, lang } = ctx;
  const to = (tokens[np.end - 1] as Token).end;
  const person = latestBefore(persons, to, (p) => p.end === to);
  if (!person) return;
  const first = countBefore(tokens, (t) => t.start < person.start);
  if (first <= np.start || (tokens[first] as Token).start !== person.start) return;
  // ("A spokesman for Reilly", «مصدر مقرب من الرئيس محمود عباس»: a person after a preposition, through a title, is the
  // one the description is about, not its name.)
  // ("A former top aide to Missouri Attorney General Craig Holloway": past capitals before the person's title too; not
  // "China's ambassador to Britain Liu Xiaming", whose name follows a place.)
  let k = first - 1;
  let titled = false;
  for (; k > np.start; k--) {
    const tok = tokens[k] as Token;
    if (titleOf(lang, tok.key) !== undefined) titled = true;
    else if (lang.determiners?.has(tok.key) !== true && !(titled && lang.casedNames && isCapitalized(ctx.text, tok))) break;
  }
  const link = tokens[k] as Token;
  if (link.type === 'word' && (lang.nonClauseWords.has(link.key) || lang.governingPrepositions?.has(link.key) === true)) return;
  [np.nameStart, np.nameEnd] = [first, np.end];
  const article = lang.determiners?.has((tokens[np.start] as Token).key) === true ? 1 : 0;
  if (first > np.start + article) [np.roleStart, np.roleEnd] = [np.start + article, first];
}

/** Ends a name read up to a setting at the person it starts with, when a preposition follows that person. */
function endNameAtSetting(np: NounPhrase, ctx: SentenceCtx, persons: readonly PersonMention[]): void {
  const { tokens, lang } = ctx;
  const nameFrom = (tokens[np.nameStart] as Token).start;
  const person = firstWithin(persons, nameFrom, (tokens[np.nameEnd - 1] as Token).end);
  if (!person || person.start !== nameFrom) return;
  const after = countBefore(tokens, (t) => t.start < person.end);
  const next = tokens[after];
  if (after >= np.nameEnd || next?.type !== 'word' || (tokens[after - 1] as Token).end !== person.end) return;
  if (lang.settingPrepositions.has(next.key) || lang.governingPrepositions?.has(next.key) === true || lang.subjectStops.has(next.key)) {
    np.nameEnd = after;
    return;
  }
  // «المحلل السياسي سركيس نعوم للجزيرة نت»: «لـ» written onto a definite word after the person is whom he told.
  if (lang.procliticLength(next.written, 'ل')?.article === true) {
    np.nameEnd = after;
    return;
  }
  // «جورج قرداحي مقدم البرنامج الشهير»: a bare noun in construct with a definite word after the person is an
  // apposition, the person's role (when no role was read before the name).
  const second = tokens[after + 1];
  if (
    np.roleEnd === np.roleStart &&
    after + 1 < np.nameEnd &&
    lang.articleless(next.key) === next.key &&
    second?.type === 'word' &&
    lang.articleless(second.key) !== second.key &&
    !firstWithin(persons, next.start, (tokens[np.nameEnd - 1] as Token).end)
  ) {
    [np.roleStart, np.roleEnd] = [after, np.nameEnd];
    np.nameEnd = after;
  }
}

/** Whether the title after a phrase's name is in construct with a definite word, and the name opens as no description would. */
function inConstruct(np: NounPhrase, ctx: SentenceCtx): boolean {
  const { tokens, lang } = ctx;
  const next = tokens[np.nameEnd + 1];
  const first = (tokens[np.nameStart] as Token).key;
  const second = np.nameEnd - np.nameStart > 1 ? (tokens[np.nameStart + 1] as Token).key : undefined;
  return (
    next?.type === 'word' &&
    lang.articleless(next.key) !== next.key &&
    !isTitleWord(lang, first) &&
    !lang.groupNouns.has(lang.articleless(first)) &&
    // (A first name that reads as an adjective of origin, «اركي لبكانين», is one when the word after it is none.)
    !(lang.describes?.(first) === true && (second === undefined || lang.describes?.(second) === true))
  );
}

/**
 * Narrows a phrase's name to the person mention in it when the name read runs on before it
 * ("Council on American-Islamic Relations Alia Salem" → Alia Salem); in a cased script, also when
 * the name read is no person's and one stands elsewhere in the phrase.
 */
function personNameIn(np: NounPhrase, ctx: SentenceCtx, persons: readonly PersonMention[], insideOnly: boolean): void {
  const { tokens } = ctx;
  const from = (tokens[np.start] as Token).start;
  const to = (tokens[np.end - 1] as Token).end;
  const nameFrom = (tokens[np.nameStart] as Token).start;
  const nameTo = (tokens[np.nameEnd - 1] as Token).end;
  // The name read ends in the person (and is no longer than it), or holds no person while one stands after it.
  const inside = personWithin(persons, nameFrom, nameTo);
  if (inside && (inside.end !== nameTo || inside.start <= nameFrom)) return;
  const person = inside ?? (insideOnly ? undefined : personWithin(persons, from, to));
  if (!person || person.end < nameTo) return;
  const range = tokensOf(tokens, person);
  if (!range) return;
  const { start: first, end: last } = range;
  if (first <= np.start || last > np.end || (tokens[first] as Token).start !== person.start) return;
  // «مدير منظمة الصحة العالمية تيدروس أدهانوم غيبريسوس»: one bare word between the role's last definite word and the
  // person the entity stage found is the first name it left out.
  const { lang } = ctx;
  let start = first;
  const bare = tokens[first - 1] as Token;
  const definite = tokens[first - 2];
  if (
    !lang.casedNames &&
    first - 2 >= np.start &&
    bare.type === 'word' &&
    lang.articleless(bare.key) === bare.key &&
    // (No article written onto a preposition either: «للجماعة».)
    !/^(?:[وفبك]?ال|لل)/.test(bare.key) &&
    !isTitleWord(lang, bare.key) &&
    !lang.roleLinkers.has(bare.key) &&
    !lang.governingPrepositions?.has(bare.key) &&
    definite?.type === 'word' &&
    lang.articleless(definite.key) !== definite.key &&
    !isTitleWord(lang, definite.key)
  )
    start = first - 1;
  [np.nameStart, np.nameEnd] = [start, last];
  [np.roleStart, np.roleEnd] = [np.start, start];
}

/** Words a sentence's opening description may have before its verb. */
const OPENING_WORDS = 6;

/**
 * The body a sentence's opening definite description names ("The utilities commission is …" after
 * the California Public Utilities Commission): its words up to the first auxiliary or adverb.
 */
function openingBody(ctx: SentenceCtx, bodies: readonly PersonMention[]): PersonMention | undefined {
  const { tokens, lang, sentence } = ctx;
  const first = tokens[sentence.first] as Token;
  if (first.type !== 'word' || !lang.determiners?.has(first.key)) return undefined;
  let k = sentence.first + 1;
  while (k < sentence.last && k - sentence.first <= OPENING_WORDS) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || lang.finiteMarkers?.has(tok.key) || lang.preVerbAdverbs.has(tok.key)) break;
    k++;
  }
  if (k === sentence.first + 1 || k - sentence.first > OPENING_WORDS) return undefined;
  const keys = contentKeys(
    tokens.slice(sentence.first, k).map((t) => t.key),
    lang,
  );
  return bodyNamedBefore(bodies, keys, first.start, lang);
}

/**
 * "The company issued a statement, saying …": a definite determiner and its noun (or a group noun alone: "Officials
 * warned …") opening the sentence, read as the subject of the verb after them. Null when the sentence opens otherwise.
 */
function openingPhrase(ctx: SentenceCtx, cue: number): { start: number; end: number } | null {
  const { tokens, lang, sentence } = ctx;
  const first = tokens[sentence.first] as Token;
  if (first.type !== 'word') return null;
  // ("Novelists sue AI startup Parallax, saying …": a plural noun for people of a trade, too.)
  const people = lang.groupNouns.has(first.key) || (lang.casedNames && PERSON_PLURAL.test(first.key));
  if (people && sentence.first + 1 < cue) return { start: sentence.first, end: sentence.first + 1 };
  const head = (t: Token | undefined) => t?.type === 'word' && (lang.titles.has(t.key) || lang.personHeads?.has(t.key) === true || lang.groupNouns.has(t.key));
  // ("One poster admitted to being part of the effort, writing …": an indefinite one only before a noun for a person.)
  const indefinite = lang.indefiniteArticles?.has(first.key) === true;
  if (!(lang.determiners?.has(first.key) || indefinite) || (indefinite && !head(tokens[sentence.first + 1]))) return null;
  // The determiner and its noun; the verb follows.
  const noun = tokens[sentence.first + 1];
  if (noun?.type !== 'word' || lang.cues.has(noun.key) || lang.finiteMarkers?.has(noun.key) === true || sentence.first + 2 >= cue) return null;
  // ("The press secretary ruled out …, telling": a compound whose head is a title or a noun for a person.)
  let end = sentence.first + 2;
  while (end < Math.min(cue - 1, sentence.first + OPENING_PERSON_WORDS + 1) && head(tokens[end])) end++;
  return { start: sentence.first, end };
}

/** Plural nouns for people of a trade or creed ("novelists", "economists", "historians"). */
const PERSON_PLURAL = /(?:ists|ians)$/;

/** Words of a description opening a paragraph, its article included ("The former governor"). */
const OPENING_PERSON_WORDS = 3;

/**
 * "The governor, speaking …, urged …": a definite article and a title or a noun for a person opening the paragraph
 * (a modifier or two between them), before a comma or a verb; null when the paragraph opens otherwise.
 */
function blockOpeningPerson(ctx: SentenceCtx): { start: number; end: number } | null {
  const { tokens, lang } = ctx;
  const first = tokens[0];
  if (!lang.casedNames || first?.type !== 'word' || first.key !== lang.definiteArticle) return null;
  for (let k = 1; k <= OPENING_PERSON_WORDS && k < tokens.length - 1; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word') return null;
    if (personWord(lang, tok.key)) {
      const next = tokens[k + 1] as Token;
      return next.type === 'word' || next.key === ',' ? { start: 0, end: k + 1 } : null;
    }
  }
  return null;
}

/** The last group noun («متابعون», "officials") before token `cue` in its sentence, or -1. */
function groupBefore(ctx: SentenceCtx, cue: number): number {
  for (let k = cue - 1; k >= ctx.sentence.first; k--) {
    const tok = ctx.tokens[k] as Token;
    if (tok.type === 'word' && ctx.lang.groupNouns.has(ctx.lang.articleless(tok.key))) return k;
  }
  return -1;
}

/** Words a group's phrase opening a sentence may have up to its group noun ("Two senior officials", "The researchers"). */
const GROUP_OPENING_WORDS = 4;

/** The phrase, up to its group noun, that opens the sentence before this one in its paragraph, if one does. */
function groupOpeningBefore(ctx: SentenceCtx): { start: number; end: number } | null {
  const { tokens, lang, index } = ctx;
  // The block's sentences are in order: the one before is found by binary search.
  const before = index.sentences[countBefore(index.sentences, (x) => x.first < ctx.sentence.first) - 1];
  if (!before) return null;
  for (let k = before.first; k < Math.min(before.last, before.first + GROUP_OPENING_WORDS); k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word') break;
    if (lang.groupNouns.has(tok.key)) return { start: before.first, end: k + 1 };
  }
  return coordinatedOpening(ctx, before.first, before.last);
}

/**
 * "Smith and Jones visited …", "Pluznick and her colleagues had continued …": a sentence opening on a name joined to
 * another name or to the name's own people, right before its verb; "they" after it means all of them.
 */
function coordinatedOpening(ctx: SentenceCtx, first: number, last: number): { start: number; end: number } | null {
  const { tokens, lang, text } = ctx;
  const capital = (k: number) => tokens[k]?.type === 'word' && isCapitalized(text, tokens[k] as Token);
  // ("Meanwhile, Pluznick and …": past one opening word and its comma.)
  if (tokens[first]?.type === 'word' && isCommaToken(tokens[first + 1])) first += 2;
  const limit = Math.min(last, first + GROUP_OPENING_WORDS * 2);
  let k = first;
  while (k < limit && capital(k)) k++;
  const and = tokens[k];
  if (k === first || k - first > 3 || and?.type !== 'word' || !lang.coordinators.has(and.key) || !capital(k - 1)) return null;
  let end = k + 1;
  const owner = tokens[end];
  if (owner?.type === 'word' && lang.possessiveDeterminers?.has(owner.key) === true) {
    end++;
    // ("her colleagues", "his team": the owner's people, a noun or two.)
    while (end < Math.min(limit, k + 4) && tokens[end]?.type === 'word' && !capital(end) && lang.groupNouns.has((tokens[end] as Token).key) === false) end++;
    if (tokens[end]?.type !== 'word' || !lang.groupNouns.has((tokens[end] as Token).key)) return null;
    end++;
  } else {
    while (end < limit && capital(end)) end++;
    if (end === k + 1 || end - k - 1 > 3) return null;
  }
  // The verb follows: a lower-case word that is no preposition ("Smith and Jones of the institute" is read no further).
  const verb = tokens[end];
  return verb?.type === 'word' && !capital(end) && !lang.nonClauseWords.has(verb.key) ? { start: first, end } : null;
}

/** Tokens between a sentence's start and a pronoun's cue within which the pronoun looks for its antecedent. */
const ANTECEDENT_WINDOW = 48;

/** Words linking a document to who issued it: "from", "by"; «عن», «صادر عن». */
function issuerOf(frame: Frame, ctx: SentenceCtx): void {
  const { tokens, lang, text } = ctx;
  const range = frame.subject as { start: number; end: number };
  let k = range.start;
  // «وفق ما جاء في بلاغ صادر عن البنك»: what came in the document, past the preposition.
  if (lang.verbFirst && lang.settingPrepositions.has((tokens[k] as Token).key) && k + 3 < range.end) k++;
  if (lang.determiners?.has((tokens[k] as Token).key)) k++;
  const noun = tokens[k];
  if (noun?.type !== 'word' || k + 2 > range.end) return;
  // «وفقا لبيان صادر عن …»: the noun read without the preposition the source phrase wrote onto it.
  const written = k === range.start ? frame.subjectClitic : null;
  const key = keyPast(lang, text, noun, written?.length ?? 0);
  const bare = lang.articleless(key);
  if (!lang.settingNouns.has(bare) && !lang.documentNouns?.has(bare)) return;
  k++;
  // «تقرير المنظمة الحقوقية», «تقرير منظمة العفو الدولية»: a document in construct with a definite phrase, or with a
  // construct chain of its own (not an adjective: «تقرير صحفي»), names its issuer.
  const next = tokens[k] as Token;
  const definite = (tok: Token | undefined) => tok?.type === 'word' && lang.articleless(tok.key) !== tok.key;
  const chain =
    k + 1 < range.end &&
    next.type === 'word' &&
    lang.describes?.(next.key) !== true &&
    definite(tokens[k + 1]) &&
    // («بيان لمكتب رئيس الوزراء»: «لـ» on the issuer is read below.)
    !lang.procliticLength(next.written, 'ل');
  if (lang.verbFirst && bare === key && (definite(next) || chain)) {
    frame.subject = { start: k, end: range.end };
    frame.subjectClitic = null;
    return;
  }
  // «صادر عن»: a participle of issuing before the preposition.
  if (lang.issuedWords?.has((tokens[k] as Token).key) && k + 1 < range.end) {
    k++;
    // («تقرير صادر أمس عن الشركة»: one word of time between the participle and its preposition.)
    const after = tokens[k + 1];
    if (k + 2 < range.end && after?.type === 'word' && lang.issuerLinks?.has(after.key) && !lang.issuerLinks.has((tokens[k] as Token).key)) k++;
  }
  const link = tokens[k] as Token;
  // ("The results of the study revealed that …": the study speaks; "a study of 500 children" names no issuer.)
  const finding = lang.findingNouns?.has(bare) === true && link.key === 'of';
  if ((lang.issuerLinks?.has(link.key) || finding) && k + 1 < range.end) {
    frame.subject = { start: k + 1, end: range.end };
    frame.subjectClitic = null;
    return;
  }
  // «بيان لمكتب رئيس الوزراء»: «لـ» written onto the issuer.
  const clitic = lang.verbFirst ? lang.procliticLength(link.written, 'ل') : null;
  if (clitic && clitic.length < link.end - link.start) {
    frame.subject = { start: k, end: range.end };
    frame.subjectClitic = clitic;
  }
}

/**
 * "the statement", «البيان»: a document or utterance noun alone as the subject, which speaks for
 * whoever issued it (one named for its issuer, «بيان الوزارة», is read by `issuerOf`).
 */
function isDocument(range: { start: number; end: number }, ctx: SentenceCtx): boolean {
  const { tokens, lang } = ctx;
  const last = tokens[range.end - 1] as Token;
  if (last.type !== 'word') return false;
  // «وأضاف البيان», «كما أشار البيان» after «وقالت المؤسسة في بيان لها»: the statement mentioned goes on for its issuer.
  if (lang.verbFirst) {
    const bare = lang.articleless(last.key);
    return range.end - range.start === 1 && bare !== last.key && lang.settingNouns.has(bare);
  }
  return range.end - range.start === 2 && lang.determiners?.has((tokens[range.start] as Token).key) === true && lang.settingNouns.has(last.key);
}

/**
 * The person a pronoun most likely means when nobody has spoken yet: in the nearest stretch of
 * text before `offset` that names people (this block up to the cue, else the text before it), the
 * first one named, who is usually the sentence's subject ("Mia Torres … split from Leo Grant").
 */
function lastPersonBefore(persons: readonly PersonMention[], offset: number, blockStart: number): PersonMention | undefined {
  const last = countBefore(persons, (p) => p.end <= offset) - 1;
  if (last < 0) return undefined;
  // The start of the stretch: this block if it names someone before the cue, else the previous sentence's block.
  const from = (persons[last] as PersonMention).start >= blockStart ? blockStart : Math.max(0, (persons[last] as PersonMention).start - 400);
  let first = last;
  while (first > 0 && (persons[first - 1] as PersonMention).start >= from && last - first < 20) first--;
  return persons[first];
}

/** Whether a name's words end on a body's head noun or hold one with its linking word ("Sheriff's Office", "Bank of Japan"). */
function headedName(keys: readonly string[], lang: QuoteLanguage): boolean {
  if (lang.nameHeads?.has(keys[keys.length - 1] ?? '') === true) return true;
  for (let i = 0; i + 1 < keys.length; i++) if (lang.nameHeads?.has(keys[i] as string) && lang.nameLinks?.has(keys[i + 1] as string)) return true;
  return false;
}

/** Characters after a pronoun's cue within which a person opening the next sentence may be who it means. */
const CATAPHORA_CHARS = 160;

/** Whether a word as written is a cue, through a conjunction written onto it («وقال», «فأكد»). */
function isCueWord(lang: QuoteLanguage, word: string): boolean {
  if (lang.cues.has(lang.key(word))) return true;
  const conjunction = lang.conjunctionLength(word);
  return conjunction > 0 && lang.cues.has(lang.key(word.slice(conjunction)));
}

/** Characters after a carried verb's sentence within which a text that named nobody before names whom it meant. */
const NAMED_NEXT_CHARS = 1200;

/** Whether nobody was heard, and no person or body named, before `offset` (a text that opens on «وأضاف», «الا انه يقول»). */
function nobodyBefore(persons: readonly PersonMention[], bodies: readonly PersonMention[], register: SpeakerRegister, offset: number): boolean {
  return register.carried(undefined) === undefined && (persons[0]?.start ?? offset) >= offset && (bodies[0]?.start ?? offset) >= offset;
}

/**
 * «الا انه يقول ان … ¶ ويؤكد انه … ¶ ويشعر ابو عبد الله بحزن»: a text that opens on a verb going on with someone it has
 * not named names that person soon after; the first person named after the sentence, within NAMED_NEXT_CHARS.
 */
function personNamedNext(ctx: SentenceCtx, persons: readonly PersonMention[]): PersonMention | undefined {
  const { text, lang } = ctx;
  const end = (ctx.tokens[ctx.sentence.last - 1] as Token).end;
  const next = firstFrom(persons, end);
  if (!next || next.start - end > NAMED_NEXT_CHARS) return undefined;
  // Within the next paragraph («… ¶ وتوعد نصر الله»), not as the subject of a verb of saying of its own: «¶ وقال الوسيط
  // الدولي بيتر ساندبرغ ان …» brings in someone new, who leaves the words before unattributed.
  let breaks = 0;
  for (let i = end; i < next.start; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) !== 10 && ++breaks > 2) return undefined;
  const low = Math.max(end, next.start - SENTENCE_LOOKBACK);
  const found = sentenceStartBefore(text, low, next.start);
  const opening = text.slice(Math.max(found < 0 ? low : found, text.lastIndexOf('\n', next.start) + 1), next.start);
  const words = opening.match(/\p{L}+/gu) ?? [];
  // (Where a verb-first sentence has its subject: a verb and a title or two before the name, no preposition among them.)
  if (words.length > NAMED_NEXT_WORDS || words.some((w) => isCueWord(lang, w) || lang.governingPrepositions?.has(lang.key(w)) === true)) return undefined;
  return next;
}

/** Words a sentence may open with before the person named next, as its subject: «وتوعد نصر الله», «ويشعر ابو عبد الله». */
const NAMED_NEXT_WORDS = 4;

/** The first person named after `offset`, nearby, when the name opens a sentence (after a stop, a closing mark or a break). */
function personOpeningNext(persons: readonly PersonMention[], offset: number, text: string): PersonMention | undefined {
  const next = firstFrom(persons, offset);
  if (!next || next.start - offset > CATAPHORA_CHARS) return undefined;
  let k = next.start - 1;
  if (!isSpaceCode(text.charCodeAt(k))) return undefined;
  while (k > offset && isSpaceCode(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34 ? next : undefined;
}

/**
 * «ويخشى بنك إنجلترا المركزي أن … ولكنه أضاف أن …»: a body named right after the word opening a
 * verb-first sentence is that verb's subject, whom a later verb in the sentence goes on with.
 */
function bodyAfterOpeningVerb(ctx: SentenceCtx, bodies: readonly PersonMention[], before: number): PersonMention | undefined {
  const second = ctx.tokens[ctx.sentence.first + 1];
  if (second?.type !== 'word') return undefined;
  const body = personWithin(bodies, second.start, before);
  return body?.start === second.start ? body : undefined;
}

/** The first person mention inside [s, e) (binary search: mentions are sorted by start). */
function personWithin(persons: readonly PersonMention[], s: number, e: number): PersonMention | undefined {
  for (let i = countBefore(persons, (p) => p.start < s); i < persons.length && (persons[i] as PersonMention).start < e; i++)
    if ((persons[i] as PersonMention).end <= e) return persons[i];
  return undefined;
}

/** «… محمود أحمدي نجاد اليوم في بلدة مياندواب حين قال إن …»: after «حين» / "who", the mention closest before the cue. */
function nearestBefore(ctx: SentenceCtx, frame: Frame, mentions: readonly PersonMention[], before: number): PersonMention | undefined {
  const cue = frame.cue?.start ?? -1;
  const link = ctx.tokens[cue - 1];
  if (link?.type !== 'word') return undefined;
  const relative = ctx.lang.relativeAntecedent?.has(link.key) === true;
  if (!relative && !ctx.lang.nearestAntecedent?.has(link.key)) return undefined;
  const m = mentions[countBefore(mentions, (x) => x.end <= before) - 1];
  if (!m || m.start < (ctx.tokens[ctx.sentence.first] as Token).start) return undefined;
  // A relative pronoun points at the words right before it: «الموقف الاردني الذي يؤكد» is no person's.
  // («لبكانين عضو المجلس الحاكم للبنك المركزي الذي صرح»: past the person's role, a title phrase right after the name.)
  if (relative && ctx.text.slice(m.end, link.start).replace(/[\s,،]/g, '') !== '') {
    const at = countBefore(ctx.tokens, (t) => t.start < m.end);
    const after = ctx.tokens[at];
    const titled = after?.type === 'word' && isTitleWord(ctx.lang, after.key) && cue - at <= ROLE_BEFORE_RELATIVE;
    return titled && ctx.tokens.slice(at, cue - 1).every((t) => t.type === 'word') ? m : undefined;
  }
  return m;
}

/**
 * The noun phrase a relative pronoun right before a verb closes, read back to a preposition, a verb or punctuation
 * («بتصريحات المتحدثة باسم الخارجية التي قالت»). Null when it holds no title or is longer than a person's role.
 */
function relativeHead(ctx: SentenceCtx, cue: number): { start: number; end: number } | null {
  const { tokens, lang, sentence } = ctx;
  const rel = cue - 1;
  const link = tokens[rel];
  if (link?.type !== 'word' || lang.relativeAntecedent?.has(link.key) !== true) return null;
  let titled = false;
  let k = rel - 1;
  for (; k >= sentence.first && rel - k <= ROLE_BEFORE_RELATIVE; k--) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || cueOf(ctx, tok) || lang.governingPrepositions?.has(tok.key) === true || lang.settingPrepositions.has(tok.key)) break;
    // («بتصريحات المتحدثة»: a word with a preposition on it before the title is outside the phrase; after it, «للبنك»
    // in «عضو المجلس الحاكم للبنك المركزي», the title's complement.)
    if (titled && lang.gluedPreposition?.(tok.written) === true && !isTitleWord(lang, tok.key)) break;
    titled ||= isTitleWord(lang, tok.key);
  }
  // (A stretch the window cut short is no one phrase.)
  if (!titled || rel - k > ROLE_BEFORE_RELATIVE) return null;
  return { start: k + 1, end: rel };
}

/** Frames already read with the noun phrase before their relative pronoun as subject. */
const RELATIVE_READ = new WeakSet<Frame>();

/** Tokens a person's role may take between the name and a relative pronoun that points back at the person. */
const ROLE_BEFORE_RELATIVE = 12;

/** Mentions looked at for one outside quotation marks: a few, so the look stays short. */
const UNQUOTED_TRIES = 8;

/** Whether a mention in this block stands inside quotation marks. */
function quotedMention(ctx: SentenceCtx, m: PersonMention): boolean {
  return ctx.tokens[countBefore(ctx.tokens, (t) => t.start < m.start)]?.quoted === true;
}

/** The first mention in [from, to) that stands outside quotation marks («عضو مجلس النواب «البرلمان»» is read past, not into). */
function unquotedMention(ctx: SentenceCtx, mentions: readonly PersonMention[], from: number, to: number, pronounFor = false): PersonMention | undefined {
  const { tokens } = ctx;
  for (let i = countBefore(mentions, (m) => m.start < from), n = 0; i < mentions.length && n < UNQUOTED_TRIES; i++, n++) {
    const m = mentions[i] as PersonMention;
    if (m.end > to) return undefined;
    if (possessive(ctx.text, m)) continue;
    const at = countBefore(tokens, (t) => t.start < m.start);
    // ("In a letter to Nancy Pelosi, she wrote": a person a preposition governs is no antecedent of a subject pronoun.)
    if (!quotedMention(ctx, m) && !governed(ctx, at) && !(pronounFor && ctx.lang.casedNames && prepositionObject(ctx, m))) return m;
  }
  return undefined;
}

/** Titles a look back from a name passes over to reach the word governing it («إلى الرئيس الأمريكي بوش»). */
const GOVERNED_LOOKBACK = 4;

/**
 * The preposition that governs the word at token `at` past titles and the words `passes` lets through, looked for over
 * a few tokens back; -1 when none does.
 */
function prepositionBefore(ctx: SentenceCtx, at: number, prepositions: ReadonlySet<string>, passes: (tok: Token) => boolean): number {
  const { tokens, lang } = ctx;
  for (let k = at - 1; k >= 0 && at - k <= GOVERNED_LOOKBACK; k--) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word') return -1;
    if (prepositions.has(tok.key)) return k;
    if (!isTitleWord(lang, tok.key) && !passes(tok)) return -1;
  }
  return -1;
}

/** «في رسالة إلى الرئيس بوش، قال …»: a name a preposition governs (over its titles) is no subject. */
function governed(ctx: SentenceCtx, at: number): boolean {
  const { lang } = ctx;
  const prepositions = lang.governingPrepositions;
  return prepositions !== undefined && prepositionBefore(ctx, at, prepositions, (tok) => lang.describes?.(lang.articleless(tok.key)) === true) >= 0;
}

/** Whether an English preposition governs the mention, through titles and capitalised words ("to House Speaker Nancy Pelosi"). */
function prepositionObject(ctx: SentenceCtx, m: PersonMention): boolean {
  const { tokens, lang } = ctx;
  const k = prepositionBefore(
    ctx,
    countBefore(tokens, (t) => t.start < m.start),
    lang.nonClauseWords,
    (tok) => /^\p{Lu}/u.test(tok.written),
  );
  if (k < 0) return false;
  // ("According to Johnson, he told officers …": a source phrase's person is whom the clause is about.)
  const key = (tokens[k] as Token).key;
  return !lang.asAttribution?.has(key) && !lang.sourcePhrases?.some((p) => p.words.at(-1) === key && p.words.at(-2) === tokens[k - 1]?.key);
}

/** "Zach Parise’s two-goal performance": a name in the possessive is no one's subject. */
function possessive(text: string, m: PersonMention): boolean {
  const c = text.charCodeAt(m.end);
  return (c === 39 || c === 0x2019) && (text.charCodeAt(m.end + 1) | 32) === 115 && !/\p{L}/u.test(text[m.end + 2] ?? '');
}

/**
 * A name used as a kind ("in an Oliver Sacks kind of way"), compared with ("more nervous than Rose-Lynn Harlan") or
 * given as what something is called ("which I came to think of as Iceberg Passages"): the paragraph is not about that
 * person. (A capitalised "As" opens a clause whose subject the name may be.)
 */
function namedInPassing(text: string, m: PersonMention): boolean {
  const before = text.slice(Math.max(0, m.start - 6), m.start);
  return /(?:^|[^\p{L}])(?:an?|than) $/iu.test(before) || /(?:^|[^\p{L}])as $/u.test(before);
}

/** How far back from a paragraph's last person the start of its sentence is looked for: a bound that keeps each look linear. */
const SENTENCE_LOOKBACK = 400;

/**
 * Where the sentence holding `to` starts: just past the last stop before it (a full stop, "!", "?" or «؟» before a space),
 * looked for down to `low` (exclusive); -1 when none stands there.
 */
function sentenceStartBefore(text: string, low: number, to: number): number {
  for (let i = to - 1; i > low; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 0x061f) && isSpaceCode(text.charCodeAt(i + 1))) return i + 1;
  }
  return -1;
}

/** Whether a pronoun of the same person and gender as `agreement` stands in the sentence before `to` (not before `from`). */
function pronounBefore(text: string, from: number, to: number, lang: QuoteLanguage, agreement: Agreement): boolean {
  const low = Math.max(from, to - SENTENCE_LOOKBACK);
  const found = sentenceStartBefore(text, low, to);
  const sentence = text.slice(found < 0 ? low : found, to);
  const matches = (word: string) => {
    const a = lang.pronouns.get(lang.key(word));
    return a !== undefined && a.number === agreement.number && a.gender === agreement.gender;
  };
  const words = sentence.split(/[^\p{L}]+/u).filter(Boolean);
  // ("Asked whether he would miss it, Dr Nguyen laughed": a pronoun in a clause fronted before the name, the name right
  // after its comma, looks ahead to the name; a sentence opening on the pronoun does not.)
  const comma = sentence.lastIndexOf(',');
  if ((found >= 0 || low === from) && comma > 0 && words[0] !== undefined && !matches(words[0]) && FRONTED_NAME.test(sentence.slice(comma + 1))) return false;
  return words.some(matches);
}

/** What stands between a fronted clause's comma and the name after it: a title's words at most ("Dr", "Det Sgt"). */
const FRONTED_NAME = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** The latest person before `offset` given the age a description states ("the 82-year-old": "Pike, 82,", "82-year-old Pike"). */
function agedPerson(keys: readonly string[], text: string, persons: readonly PersonMention[], offset: number): PersonMention | undefined {
  const age = /^(\d{1,3})-year-old$/.exec(keys.find((k) => k.endsWith('year-old')) ?? '')?.[1];
  if (age === undefined) return undefined;
  return latestBefore(
    persons,
    offset,
    (m) => AGE_AFTER.exec(text.slice(m.end, m.end + 14))?.[1] === age || text.slice(Math.max(0, m.start - 16), m.start).includes(`${age}-year-old`),
  );
}

/** An age in apposition right after a name (", 82", ", now 29", ", aged 40"). */
const AGE_AFTER = /^,\s*(?:now\s+|aged\s+)?(\d{1,3})\b/;

/** Words of origin that may stand between a title and the name it goes with («الطبيب الهولندي يان»). */
const TITLE_ADJECTIVES = 2;

/**
 * The gender the title right before a mention gives («الطبيبة» a woman, «الطبيب» a man, since the table writes his
 * colleague feminine), past adjectives of origin; undefined when no title or the table says nothing.
 */
function titleGender(text: string, m: PersonMention, lang: QuoteLanguage): 'm' | 'f' | undefined {
  const before = text
    .slice(Math.max(0, m.start - 60), m.start)
    .split(/\s+/u)
    .filter(Boolean);
  for (let i = before.length - 1; i >= 0 && i >= before.length - 1 - TITLE_ADJECTIVES; i--) {
    const key = lang.key(before[i] as string);
    const title = titleOf(lang, key);
    if (title) return title.gender ?? (titleOf(lang, `${key}ه`)?.gender === 'f' ? 'm' : undefined);
    if (lang.describes?.(lang.articleless(key)) !== true) return undefined;
  }
  return undefined;
}

/** Characters between two people named together («قادر العبيدي والسفير الاميركي في بغداد روبرت كينغستون»). */
const JOINED_CHARS = 60;

/** Tokens an aside giving a name's owner may take («، كما يعرف رئيس الوزراء احمد قريع ،»). */
const KNOWN_AS_TOKENS = 8;

/** The person an aside right after the subject says its name is for («، كما يلقب هنية،»), if one does. */
function knownAsAside(ctx: SentenceCtx, after: number, persons: readonly PersonMention[]): PersonMention | undefined {
  const { tokens, lang } = ctx;
  const verbs = lang.knownAsVerbs;
  const as = tokens[after + 1];
  const verb = tokens[after + 2];
  if (!verbs || !isCommaToken(tokens[after]) || as?.type !== 'word' || !lang.alsoWords?.has(as.key) || verb?.type !== 'word' || !verbs.has(verb.key))
    return undefined;
  let close = after + 3;
  while (close < Math.min(tokens.length, after + KNOWN_AS_TOKENS) && (tokens[close] as Token).type === 'word') close++;
  if (!isCommaToken(tokens[close]) || close === after + 3) return undefined;
  return personWithin(persons, (tokens[after + 3] as Token).start, (tokens[close - 1] as Token).end);
}

/** Whether `m` and the person named right before or after it are joined by «و» / "and", no punctuation between. */
function joinedToOther(text: string, m: PersonMention, persons: readonly PersonMention[]): boolean {
  const at = countBefore(persons, (p) => p.start < m.start);
  const joined = (a: PersonMention | undefined, b: PersonMention | undefined) =>
    a !== undefined &&
    b !== undefined &&
    b.start - a.end <= JOINED_CHARS &&
    b.start >= a.end &&
    /^\s+(?:و|and\s)[^.,;:!?،؛]*$/u.test(text.slice(a.end, b.start));
  return joined(m, persons[countBefore(persons, (p) => p.start < m.end)]) || joined(persons[at - 1], m);
}

/** Whether every word of a subject after its first is a definite dual too («المسؤولان الدوليان»). */
function dualAdjectivesTo(subject: { start: number; end: number }, tokens: readonly Token[], lang: QuoteLanguage): boolean {
  for (let k = subject.start + 1; k < subject.end; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || lang.definiteDual?.(tok.key) !== true) return false;
  }
  return true;
}

/** Whether a relative for two («، اللذان») follows `m`: it closes a pair, whoever else the entity stage missed. */
function dualAfter(text: string, m: PersonMention, lang: QuoteLanguage): boolean {
  const word = /^[\s,،]*([^\s,،.]+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
  return word !== undefined && lang.dualRelatives?.has(lang.key(word)) === true;
}

/**
 * The person a stretch of narration [from, to) is about: the first person named, not in the
 * possessive, in the last sentence there that names one ("Parise had scored once. Defenseman Ryan
 * Suter … could see the frustration on his friend’s face." → Ryan Suter).
 */
function personInBlock(persons: readonly PersonMention[], from: number, to: number, text: string): PersonMention | undefined {
  const first = countBefore(persons, (m) => m.start < from);
  const end = countBefore(persons, (m) => m.end <= to) - 1;
  if (end < first) return undefined;
  // Only possessives ("With the end of Julian Assange’s legal troubles, …"): the paragraph is still about that person.
  let last = end;
  const floor = Math.max(first, last - UNQUOTED_TRIES);
  while (last >= floor && (possessive(text, persons[last] as PersonMention) || namedInPassing(text, persons[last] as PersonMention))) last--;
  if (last < floor) return namedInPassing(text, persons[end] as PersonMention) ? undefined : persons[end];
  const lastStart = (persons[last] as PersonMention).start;
  const found = sentenceStartBefore(text, Math.max(from, lastStart - SENTENCE_LOOKBACK - 1), lastStart);
  const sentence = found < 0 ? from : found;
  let subject = persons[last] as PersonMention;
  for (let k = last - 1; k >= first && (persons[k] as PersonMention).start >= sentence; k--)
    if (!possessive(text, persons[k] as PersonMention) && !namedInPassing(text, persons[k] as PersonMention)) subject = persons[k] as PersonMention;
  return subject;
}

/** Words after a paragraph's opening title in which the name of its holder may end («الرئيس الفلسطيني محمود عباس»). */
const TITLE_HOLDER_WORDS = 5;

/** The offset where the `n`th word after `from` ends (the text's end when it has fewer). */
function wordsEnd(text: string, from: number, n: number): number {
  let at = from;
  for (let w = 0; w <= n && at < text.length; w++) {
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
  }
  return at;
}

/** Words of a title and its adjectives read at the head of a paragraph («وقال الرئيس الإيراني …»). */
const OPENING_TITLE_WORDS = 4;
/** Words a setting pointing back may take before a paragraph's opening verb («وفي هذا السياق»). */
const SETTING_OPENING_WORDS = 3;

/**
 * The keys of a paragraph's opening «و + verb + definite title (+ adjectives)», for the register to say whom they mean
 * («الرئيس الإيراني» after «محمود أحمدي نجاد» was heard as «الرئيس الإيراني»); undefined when it opens otherwise.
 */
function titledOpening(text: string, range: { start: number; end: number }, lang: SentenceCtx['lang']): string[] | undefined {
  const head = text.slice(range.start, Math.min(range.end, range.start + 160)).split(/\s+/u, OPENING_TITLE_WORDS + SETTING_OPENING_WORDS + 2);
  if (head[0] === undefined || !lang.article || !head[0].startsWith('و')) return undefined;
  // («وحيال ذلك اكتفى الأمين العام …», «وفي هذا السياق أكد الوزير …»: a setting pointing back may stand before the verb.)
  let verb = 0;
  for (let i = 1; i < SETTING_OPENING_WORDS && i < head.length; i++) {
    if (lang.pointingBack?.has(lang.key(head[i] as string)) !== true) continue;
    const next = lang.key((head[i + 1] as string | undefined) ?? '');
    verb = next !== lang.articleless(next) && lang.settingNouns.has(lang.articleless(next)) ? i + 2 : i + 1;
    break;
  }
  const keys: string[] = [];
  for (let i = verb + 1; i < head.length && keys.length < OPENING_TITLE_WORDS; i++) {
    const key = lang.key(head[i] as string);
    const definite = lang.articleless(key) !== key;
    if (!definite || (i === verb + 1 && !isTitleWord(lang, key))) break;
    keys.push(key);
  }
  return keys.length > 0 ? keys : undefined;
}

/** Whether a key is a title or a noun for a person ("coach", "senator", "actress"): what a description of one is headed by. */
function personDescriptor(lang: SentenceCtx['lang'], key: string): boolean {
  return isTitleWord(lang, key) || lang.personHeads?.has(key) === true;
}

/** Characters before a sentence in which its paragraph's last description of a person is looked for. */
const DESCRIBED_WITHIN_CHARS = 240;

/** The last "the" + title or noun for a person in [from, to) ("the coach smiled"), as keys; undefined when none. */
function describedWithin(text: string, from: number, to: number, lang: SentenceCtx['lang']): string[] | undefined {
  let found: string[] | undefined;
  const words = text.slice(Math.max(from, to - DESCRIBED_WITHIN_CHARS), to).split(/[^\p{L}]+/u);
  for (let i = 1; i < words.length; i++) {
    if (lang.key(words[i - 1] as string) !== lang.definiteArticle) continue;
    const key = lang.key(words[i] as string);
    if (personDescriptor(lang, key)) found = [lang.definiteArticle as string, key];
  }
  return found;
}

/** "The coach …", "The senator …": the keys of a description of a person opening a paragraph, in a script with capitals. */
function describedOpening(text: string, range: { start: number; end: number }, lang: SentenceCtx['lang']): string[] | undefined {
  const [article, noun] = text.slice(range.start, Math.min(range.end, range.start + 60)).split(/\s+/u, 2);
  if (article === undefined || noun === undefined || lang.key(article) !== lang.definiteArticle) return undefined;
  const key = lang.key(noun);
  return personDescriptor(lang, key) ? [lang.key(article), key] : undefined;
}

/** Tokens before a description in which its head word, used for someone else, rules the paragraph's person out. */
const HEAD_LOOKBACK = 200;

/** Words of the article before a mention, and of an apposition after it, that a description may be matched against. */
const AROUND_WORDS = 5;

/** Whether a description holds a title in a language with capitals (where bodies are named apart from their heads). */
function casedTitle(wanted: readonly string[], lang: SentenceCtx['lang']): boolean {
  return lang.casedNames && wanted.some((k) => lang.titles.has(k));
}

/** Characters after a name within which its party tag stands (", R-N.Mex.,"). */
const PARTY_TAG_CHARS = 16;

/** Words of the body before «برئاسة» that the head's description may name («رئيسة البعثة»). */
const HEADED_WORDS = 4;
/** Words before «ونظيره» looked at for the titles a counterpart shares. */
const COUNTERPART_WORDS = 8;

/** Whether a key is a noun for one's counterpart with its pronoun («نظيره»). */
function isCounterpart(lang: SentenceCtx['lang'], key: string): boolean {
  const stem = lang.possessorless(key);
  return stem !== key && lang.counterparts?.has(stem) === true;
}

/** Whether a word is a noun for one's counterpart with its pronoun, a conjunction written onto it or not («ونظيره»). */
function counterpartWord(lang: SentenceCtx['lang'], word: string): boolean {
  const conjunction = lang.conjunctionLength(word);
  return isCounterpart(lang, lang.key(word)) || (conjunction > 0 && isCounterpart(lang, lang.key(word.slice(conjunction))));
}

/** A noun for a person that a description by origin may open on: a profession's («الدبلوماسي») or one's counterpart. */
function personNounOfOrigin(lang: SentenceCtx['lang'], noun: string): boolean {
  return lang.professionNouns?.has(noun) === true || isCounterpart(lang, noun);
}

/** A lower-case word after a name that no description of the next name holds: a verb, most often ("met", "told"). */
function otherWordAfterName(word: string, lang: SentenceCtx['lang']): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const key = lang.key(word);
  return (
    !lang.titles.has(key) &&
    lang.personHeads?.has(key) !== true &&
    !lang.personNouns.has(key) &&
    !lang.nonClauseWords.has(key) &&
    lang.determiners?.has(key) !== true &&
    !lang.coordinators.has(key) &&
    lang.nameLinks?.has(key) !== true &&
    !/-/.test(word)
  );
}

/**
 * Matching keys of the few words before a mention and of the apposition after it ("Wikileaks founder Julian Assange", "Sowers, a real estate agent,").
 * Read once per mention and language (`text` is always the document's); callers only read the array.
 */
function keysAround(text: string, m: PersonMention, lang: SentenceCtx['lang']): string[] {
  if (m.around?.lang !== lang) m.around = { keys: readKeysAround(text, m, lang), lang };
  return m.around.keys;
}

function readKeysAround(text: string, m: PersonMention, lang: SentenceCtx['lang']): string[] {
  const window = text.slice(Math.max(0, m.start - 60), m.start);
  const all = window.split(/[\s,.;:!?،؛]+/).filter(Boolean);
  let before = all.slice(-AROUND_WORDS);
  // ("Under questioning from the committee's chairman, Rep. Dale Voss, R-Springfield, Garvey said": words before another
  // name of two words and its comma are that name's.)
  if (lang.casedNames) {
    let cut = -1;
    for (const pair of window.matchAll(OTHER_NAME_BEFORE)) {
      const words = (pair[0] as string).replace(/,$/, '').split(/\s+/);
      if (words.every((w) => !lang.titles.has(lang.key(w)) && lang.nameHeads?.has(lang.key(w)) !== true)) cut = (pair.index ?? 0) + pair[0].length;
    }
    const after =
      cut < 0
        ? before.length
        : window
            .slice(cut)
            .split(/[\s,.;:!?،؛]+/)
            .filter(Boolean).length;
    before = before.slice(Math.max(0, before.length - after));
  }
  // ("a New Mexico Democrat who sits with Kittredge": words before a relative word describe someone else.)
  // ("Marchetti told the judge that Brekke had …", «قال الوزير إن فلان»: words before a complementiser are the clause's that
  // holds it, no description of the name after it.)
  const relative = before.findLastIndex((w) => lang.relativePronouns?.has(lang.key(w)) === true || lang.complementisers.has(lang.key(w)));
  if (relative >= 0) before = before.slice(relative + 1);
  // ("The minister, Ana Ruiz, met Senator Tom Reyes": words before another name and the verb after it are that name's.)
  if (lang.casedNames) {
    const verbAfterName = before.findLastIndex((w, i) => i > 0 && /^\p{Lu}/u.test(before[i - 1] as string) && otherWordAfterName(w, lang));
    if (verbAfterName >= 0) before = before.slice(verbAfterName);
  }
  const keyOf = (w: string) => {
    // («للمخرجة التونسية مريم …»: a preposition written onto the title's article is no part of the title.)
    const key = lang.articleless(lang.key(lang.descriptionWord?.(w) ?? w));
    return lang.titles.get(key)?.means ?? lang.descriptionAliases?.get(key) ?? key;
  };
  const aliasOf = (key: string) => lang.descriptionAliases?.get(key) ?? key;
  const out = before.map(keyOf);
  // ("Canada's Emilie Leduc" is "the Canadian": a possessive's owner, too.)
  for (const k of out) if (POSSESSIVE.test(k)) out.push(k.replace(POSSESSIVE, ''));
  // («رئيس الحكومة فؤاد السنيورة» is «رئيس الوزراء»: the office a title's complement names, as contentKeys reads it.)
  for (let i = 1; i < before.length; i++) {
    const synonym = lang.titles.has(out[i - 1] as string) ? lang.complementSynonyms?.get(out[i] as string) : undefined;
    if (synonym) out.push(synonym);
  }
  // «بعثة صندوق النقد الدولي، برئاسة الإسبانية كريستينا …»: headed by her, she is the head of what comes before.
  const headed = lang.headedBy === undefined ? -1 : all.findLastIndex((w) => lang.key(w) === lang.headedBy?.word);
  if (headed >= all.length - AROUND_WORDS && headed >= 0 && lang.headedBy) {
    out.push(...lang.headedBy.titles);
    for (const w of all.slice(Math.max(0, headed - HEADED_WORDS), headed)) out.push(keyOf(w));
  }
  // «بحث وزير الخارجية المصري أحمد أبو الغيط ونظيره الأردني صلاح البشير»: a counterpart holds the titles of the
  // person named before the word.
  const counterpart = lang.counterparts ? all.findLastIndex((w) => counterpartWord(lang, w)) : -1;
  if (counterpart >= all.length - AROUND_WORDS && counterpart >= 0)
    for (const w of all.slice(Math.max(0, counterpart - COUNTERPART_WORDS), counterpart)) {
      const key = keyOf(w);
      if (lang.titles.has(key)) out.push(key);
    }
  // ("Rep. Garrett Hensley, R-Ky., the committee chairman", "Sen. Lindsey Graham (R-S.C.)": a party tag's words.)
  if (lang.partyTag)
    for (const w of text
      .slice(m.end, m.end + PARTY_TAG_CHARS)
      .split(/\s+/)
      .slice(0, 2)) {
      const words = lang.partyTag(w);
      if (words) out.push(...words);
    }
  if (text.charCodeAt(m.end) === 44 || text.charCodeAt(m.end) === 0x060c) {
    // ("Sowerby, 47, a former barrister who …": past an age between commas.)
    const age = /^\s*\d{1,3},/.exec(text.slice(m.end + 1, m.end + 6));
    const rest = text.slice(m.end + 1 + (age ? age[0].length : 0), m.end + 100);
    const stop = rest.search(/[,.;:!?،؛]/);
    const words = (stop < 0 ? rest : rest.slice(0, stop)).split(/\s+/).filter(Boolean);
    // ("In an interview with CNN, the senator said …": a clause with its verb after the comma is no apposition.)
    if (!words.some((w) => lang.cues.has(lang.key(w))))
      for (const w of words) {
        const key = aliasOf(lang.articleless(lang.key(w)));
        out.push(key);
        // ("Hollister, who coaches the Tigers," is "the coach": a verb's noun.)
        const noun = lang.verbNoun?.(key);
        if (noun) out.push(noun);
      }
  } else if (lang.verbFirst) {
    // «فايزة أبوالنجا وزيرة التعاون الدولي»: in Arabic a title in apposition follows the name with no comma.
    const rest = text.slice(m.end, m.end + 100);
    const stop = rest.search(/[,.;:!?،؛\n]/);
    const words = (stop < 0 ? rest : rest.slice(0, stop)).split(/\s+/).filter(Boolean).slice(0, AROUND_WORDS);
    const head = words[0] === undefined ? '' : lang.key(words[0]);
    if (lang.titles.get(head)?.afterName) for (const w of words) out.push(lang.articleless(lang.key(w)));
  }
  return out;
}

/** Two capitalised words and a comma: another person's name, whose apposition may follow ("Rep. Dale Voss,"). */
const OTHER_NAME_BEFORE = /\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+,/gu;

/** Words an acronym may stand for, the small ones ("of", "and") left out. */
const ACRONYM_LETTERS = 6;

/**
 * The body an all-capitals word abbreviates ("EU" → European Union, "CPUC" → California Public
 * Utilities Commission): the latest one named before `offset` whose capitalised words' initials
 * spell it, else the first named after it.
 */
function acronymBody(name: string, bodies: readonly PersonMention[], offset: number, lang: SentenceCtx['lang']): PersonMention | undefined {
  if (name.length < 2 || name.length > ACRONYM_LETTERS || !/^[A-Z]+$/.test(name)) return undefined;
  const spells = (body: PersonMention) => {
    if (body.name === name || !body.name.includes(' ')) return false;
    const words = body.name.split(/[\s-]+/);
    const initials = (ws: readonly string[]) =>
      ws
        .filter((w) => /^[A-Z]/.test(w) && !lang.nameLinks?.has(w.toLowerCase()))
        .map((w) => w[0])
        .join('');
    // ("CDC" for the Centers for Disease Control and Prevention: an acronym older than the last word joined to the name.)
    const joined = words.length > 3 && words[words.length - 2] === 'and' ? initials(words.slice(0, -2)) : '';
    return initials(words) === name || joined === name;
  };
  // (A headline's acronym is spelt out in the story below it: "…, CDC says".)
  return latestBefore(bodies, offset, spells) ?? bodies.find((body) => body.start >= offset && spells(body));
}

/** Words after a body's mention that describe it («… الاميركية للدفاع عن حقوق الانسان»). */
const AFTER_BODY_WORDS = 8;

/**
 * The body a definite head noun and its adjectives describe («المنظمة الحقوقية», «الصحيفة البريطانية»): the latest
 * one before `offset` with that head in its name or just before it, each adjective found in its name or in the words
 * around it, as itself or as the noun it is made from («الحقوقية» ← «حقوق»).
 */
function bodyDescribed(keys: readonly string[], ctx: SentenceCtx, bodies: readonly PersonMention[], offset: number): PersonMention | undefined {
  const { lang, text } = ctx;
  const wanted = contentKeys(keys, lang);
  const [head, ...adjectives] = wanted;
  if (!head || adjectives.length === 0 || adjectives.length > 2 || lang.articleless(keys[0] as string) === keys[0]) return undefined;
  if (!lang.bodyNouns?.has(head) || !adjectives.every((a) => lang.describes?.(a) === true)) return undefined;
  return latestBefore(bodies, offset, (m) => {
    const words = [...mentionKeys(m, lang), ...keysAround(text, m, lang)];
    // (Not past the description itself: «القاهرة (رويترز) - حرر البنك المركزي» does not describe Reuters.)
    const after = text.slice(m.end, Math.min(m.end + 120, offset)).split(/[.,;:!?،؛\n]/)[0] ?? '';
    // (Up to a complementiser or a verb of saying: «صحيفة "هآرتس" الاسرائيلية امس ان الجيش …» does not describe the paper.)
    for (const w of after.split(/\s+/).slice(0, AFTER_BODY_WORDS)) {
      if (!w) continue;
      const key = lang.key(w);
      if (lang.complementisers.has(key) || lang.cues.has(key)) break;
      words.push(lang.articleless(key));
    }
    return words.includes(head) && adjectives.every((a) => words.includes(a) || words.includes(a.replace(/يه$|ي$/, '')));
  });
}

/**
 * The person a definite noun and adjective of origin describe («الدبلوماسي الفرنسي», «المحقق الكندي»), for a noun no
 * title or body names: the latest person with an adjective of that origin in the words around a mention; or, for a
 * noun for a kind of body («النادي الإسباني»), the latest body with that adjective right after its name.
 */
function originDescribed(
  keys: readonly string[],
  ctx: SentenceCtx,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
  offset: number,
): PersonMention | undefined {
  const { lang, text } = ctx;
  const described = describedByOrigin(keys, lang);
  if (!described) return undefined;
  const [noun, adjective] = described;
  // («النادي الإسباني» after «ريال مدريد الإسباني»: a body's kind, and the adjective right after the body's name.)
  if (lang.describedBodyNouns?.has(noun) === true)
    return latestBefore(bodies, offset, (m) => {
      const next = /^\s+(\S+)/u.exec(text.slice(m.end, m.end + 40));
      return next !== null && sameOrigin(lang, lang.articleless(lang.key(next[1] as string)), adjective);
    });
  // (Only a noun for a person: «الجيش الاميركي», «الجانب الاسرائيلي» speak for bodies and sides; «نظيره التركي», one's
  // counterpart, is one.)
  if (!personNounOfOrigin(lang, noun)) return undefined;
  return latestBefore(persons, offset, (m) => keysAround(text, m, lang).some((a) => sameOrigin(lang, a, adjective)));
}

/** `originDescribed` for a person the entity stage did not find, among the speakers heard (`SpeakerRegister.byOrigin`). */
function originHeard(keys: readonly string[], lang: QuoteLanguage, register: SpeakerRegister): Speaker | undefined {
  const described = describedByOrigin(keys, lang);
  return described && personNounOfOrigin(lang, described[0]) ? register.byOrigin(described[1]) : undefined;
}

/** A definite noun and a definite adjective of origin in a verb-first language («الدبلوماسي الفرنسي»), articles off. */
function describedByOrigin(keys: readonly string[], lang: QuoteLanguage): [string, string] | undefined {
  if (!lang.verbFirst || keys.length !== 2) return undefined;
  const [noun, adjective] = keys.map((k) => lang.articleless(k)) as [string, string];
  // («نظيره التركي»: a noun made definite by its pronoun, too.)
  const definite = noun !== keys[0] || isCounterpart(lang, noun);
  return definite && adjective !== keys[1] && lang.describes?.(adjective) === true ? [noun, adjective] : undefined;
}

/**
 * The person a definite description stands for when no speaker fits it: the latest person whose
 * words around hold every word of it ("The Wikileaks founder" after "Wikileaks founder Julian
 * Assange"), else the person its paragraph (or the unquoted one before) named first, unless the paragraph used the
 * description's head word first for someone else ("The real estate agent said" after "Eyamba
 * Sowers didn't know …", not "The minister said" after "Smith met the minister").
 */
function describedPerson(
  wanted: readonly string[],
  ctx: SentenceCtx,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
  start: number,
  offset: number,
  narration: { start: number; end: number } | null,
  matchedOnly = false,
): PersonMention | undefined {
  if (wanted.length === 0) return undefined;
  // «وقالت الصحيفة» after «صحيفة "بابل"»: a body is described by the words around it too; the latest match wins.
  // («المسؤول الإيراني» after «كبير المفاوضين الإيرانيين … علي لاريجاني»: a generic title, then adjectives of origin
  // found around the mention in any number or gender.)
  const { lang } = ctx;
  const generic = wanted.length > 1 && lang.genericTitles?.has(wanted[0] as string) === true;
  const gendersAgree = (title: string, m: PersonMention) => {
    const named = givenNameGender(lang, wordKeys(m.name, lang));
    return named === undefined || named === (titleOf(lang, title)?.gender ?? 'm');
  };
  const latest = (mentions: readonly PersonMention[]) =>
    latestBefore(mentions, offset, (m) => {
      const around = keysAround(ctx.text, m, ctx.lang);
      if (wanted.every((k) => around.includes(k))) return true;
      // («المسؤول الصحي» after «… بوزارة الصحة سعيد المراكشي»: or the noun the adjective is made from, after a body's
      // noun; and not a person whose given name is of the other gender than the title's.)
      return (
        generic &&
        gendersAgree(wanted[0] as string, m) &&
        wanted.slice(1).every((k) => lang.describes?.(k) === true && (around.some((a) => sameOrigin(lang, a, k)) || bodyOfNoun(lang, around, k)))
      );
    });
  const person = latest(persons);
  // (A description holding a person's title, "the Conservative leader", or headed by a noun for a person, "the
  // ecologist", describes no body the words around it name.)
  const head = wanted[wanted.length - 1] as string;
  const personal = lang.casedNames && (lang.personHeads?.has(head) === true || lang.personNouns.has(head) || PERSON_SUFFIX.test(head));
  const body = casedTitle(wanted, lang) || personal ? undefined : latest(bodies);
  if (person || body) return !body || (person && person.start > body.start) ? person : body;
  if (matchedOnly) return undefined;
  // Looked for a bounded way back, so a paragraph of a thousand descriptions stays linear.
  for (let k = Math.max(0, start - HEAD_LOOKBACK); k < start; k++) if (ctx.lang.articleless((ctx.tokens[k] as Token).key) === head) return undefined;
  // Else the paragraph before, when it quoted nobody: the story's subject.
  // (Not a name inside the quotation the description attributes: '"I was here for Irene in 2011," the 72-year-old said'.)
  const here = personInBlock(persons, ctx.tokens[0]?.start ?? offset, offset, ctx.text);
  const subject =
    (here && !quotedMention(ctx, here) ? here : undefined) ?? (narration ? personInBlock(persons, narration.start, narration.end, ctx.text) : undefined);
  if (!subject) return undefined;
  // (Not when its origin is not the one the words around the person give, «الرئيس الاميركي» after «رئيس الوزراء
  // البريطاني توني بلير».)
  // (The adjective right after the head: «الرئيس السنيورة للوفد الدولي» describes the delegation.)
  const origin = wanted[1];
  if (origin !== undefined && lang.describes?.(origin) === true) {
    const around = keysAround(ctx.text, subject, lang).filter((k) => lang.describes?.(k) === true);
    if (around.length > 0 && !around.some((a) => sameOrigin(lang, a, origin))) return undefined;
  }
  return subject;
}

/**
 * «الصحي» in words around a mention that hold «بوزارة الصحة»: the noun the adjective is made from, right after a body's
 * noun (a preposition written onto it or not).
 */
function bodyOfNoun(lang: QuoteLanguage, around: readonly string[], adjective: string): boolean {
  const noun = nounOfAdjective(lang, adjective);
  if (noun === undefined) return false;
  for (let i = 1; i < around.length; i++) {
    if (lang.articleless(around[i] as string) !== noun) continue;
    const body = (around[i - 1] as string).replace(/^(?:لل|ل|ب)(?=\S{3})/u, '');
    if (lang.bodyNouns?.has(body) === true || lang.bodyNouns?.has(lang.articleless(body)) === true) return true;
  }
  return false;
}

/**
 * "Lindstrom said he was proud …. "…," the coach said." after "Oakridge coach Tamara Ojo" was heard as the coach: a
 * person the paragraph named before the description, and whom the article described with its words ("Their coach, Gary
 * Lindstrom"), is whom it means here.
 */
function describedInParagraph(
  keys: readonly string[],
  heard: Speaker,
  ctx: SentenceCtx,
  persons: readonly PersonMention[],
  offset: number,
): PersonMention | undefined {
  const { lang } = ctx;
  // (A noun for a person or a title: "the filings" after "…, according to the filings" describes no one.)
  const head = lang.articleless(keys[keys.length - 1] as string);
  if (!personWord(lang, head)) return undefined;
  const blockStart = ctx.tokens[0]?.start ?? offset;
  const person = describedPerson(contentKeys(keys, lang), ctx, persons, [], blockStart, offset, null, true);
  if (!person || person.id === heard.entityId) return undefined;
  for (let i = countBefore(persons, (m) => m.start < blockStart); i < persons.length && (persons[i] as PersonMention).end <= offset; i++)
    if ((persons[i] as PersonMention).id === person.id) return person;
  return undefined;
}

/** Words of kind a body's description may put between its article and its head noun ("the Cebu-based airline"). */
const DESCRIBED_BODY_MODIFIERS = 3;

/**
 * "Sundara Air said it had cancelled 63 flights. The Cebu-based airline said …", "Castleford said …. The Yorkshire club
 * added …": a definite description whose head is a kind of body, right after a body was quoted (in this paragraph or the
 * one before), is that body — unless a word of it points elsewhere ("the rival club"), the body's own name is of
 * another kind of institution, or the text since used the noun for something else.
 */
function bodyJustQuoted(
  tokens: readonly Token[],
  start: number,
  end: number,
  ctx: SentenceCtx,
  justQuoted: Draft | undefined,
  at: number,
  persons: readonly PersonMention[],
  bodies: readonly PersonMention[],
): Speaker | undefined {
  const { lang } = ctx;
  const who = justQuoted?.speaker;
  if (!who || end - start < 2 || end - start > 2 + DESCRIBED_BODY_MODIFIERS) return undefined;
  // (A body, or a name that the entity stage found no person by and that gave no role or given name: "Sundara Air said".)
  const bodyLike =
    who.body ||
    (!who.group &&
      !who.pair &&
      !who.descriptionOnly &&
      !who.roleKeys.some((k) => lang.titles.has(k) || lang.personHeads?.has(k) === true) &&
      givenNameGender(lang, who.nameKeys) === undefined &&
      !namedPerson(who, persons, lang));
  if (!bodyLike) return undefined;
  if ((tokens[start] as Token).key !== lang.definiteArticle) return undefined;
  const head = lang.articleless((tokens[end - 1] as Token).key);
  if (lang.bodyNouns?.has(head) !== true && lang.institutionWords?.has(head) !== true && lang.bodyKinds?.has(head) !== true) return undefined;
  for (let k = start + 1; k < end - 1; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || lang.contrastModifiers?.has(tok.key) || lang.titles.has(tok.key)) return undefined;
  }
  // (A company's head is no institution's, nor an institution's head another kind of institution's.)
  const nameKeys = who.nameKeys;
  // ("The state health department said" after an alliance spoke: an institution's head with words of its own before it is
  // a new institution, unless the body's name is of that kind.)
  const kind = lang.institutionKinds?.get(head);
  if (lang.institutionWords?.has(head) && end - start > 2 && !nameKeys.includes(head) && !ofInstitutionKind(nameKeys, kind, lang)) return undefined;
  // ("The union said" right after Harbor City FC spoke, the APSL Players Association named before: nor a body whose name
  // is of no institution's kind when one of the head's kind was named.)
  if (kind !== undefined && !ofInstitutionKind(nameKeys, kind, lang) && latestBefore(bodies, at, (m) => ofInstitutionKind(wordKeys(m.name, lang), kind, lang)))
    return undefined;
  if (lang.bodyNouns?.has(head) && nameKeys.some((k) => lang.institutionWords?.has(k) === true)) return undefined;
  // (Nor is a news agency, which reports the story, the body its words describe.)
  if (otherInstitution(nameKeys, head, lang) || lang.newsOutlets?.has(who.name.toLowerCase()) || namesOutlet(nameKeys, lang)) return undefined;
  // ("The World Health Organization has described …. In a statement, the agency said": another body named since is meant.)
  const since = justQuoted?.end ?? at;
  for (let k = countBefore(bodies, (m) => m.start < since); k < bodies.length && (bodies[k] as PersonMention).end <= at; k++)
    if (!mentionKeys(bodies[k] as PersonMention, lang).every((w) => nameKeys.includes(w))) return undefined;
  // (Since the quote, not before it: the body's own apposition may use the noun, "Fenwright, the larger of the two retailers".)
  return usedSince(ctx.text, since, at, head) ? undefined : who;
}

/**
 * "Kestrel Property Group said the rent was fair. The landlord said …", "Lanternfish Pictures said …. The distributor
 * described it as …": a definite description naming a kind of body no list knows is the body just quoted in this
 * paragraph or the one before, unless the text since used the noun itself.
 */
function bodyAfterQuote(keys: readonly string[], ctx: SentenceCtx, justQuoted: Draft | undefined, at: number): Speaker | undefined {
  const { lang } = ctx;
  const who = justQuoted?.speaker;
  if (!who?.body || !lang.casedNames || keys.length !== 2 || !isDefinite(keys, lang) || POSSESSIVE.test(keys[1] as string)) return undefined;
  const head = lang.articleless(keys[1] as string);
  // (Not a document that speaks for the body, "the complaint", nor an institution or a group of people.)
  if (lang.institutionWords?.has(head) === true || lang.groupNouns.has(head) || lang.documentNouns?.has(head) === true) return undefined;
  return usedSinceQuote(ctx.text, justQuoted, at, head) ? undefined : who;
}

/**
 * ("The patient was given steroids …, Dempsey said. "…," the patient wrote"): whether the paragraph of the quote just
 * made, or the text since, up to `at`, used a description's head noun, which then is its own referent.
 */
function usedSinceQuote(text: string, justQuoted: Draft | undefined, at: number, head: string): boolean {
  return usedSince(text, text.lastIndexOf('\n', justQuoted?.start ?? 0) + 1, at, head);
}

/** Whether the text [from, at) uses a (lower-case) head noun as a word of its own ("Iowa Democrats" is no "democrat"). */
function usedSince(text: string, from: number, at: number, head: string): boolean {
  const span = text.slice(from, at).toLowerCase();
  for (let i = span.indexOf(` ${head}`); i >= 0; i = span.indexOf(` ${head}`, i + 1)) {
    const after = span[i + head.length + 1];
    if (after === undefined || !LETTER.test(after)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/**
 * '"…," the Swede said.' right after a paragraph in which Anders Sundqvist spoke: a definite description of a person
 * that matched no one, attributing the quotation before it, is whom the paragraph before (or this one) just quoted —
 * a person named, not a body, a group or another description.
 */
function describedAfterQuote(
  keys: readonly string[],
  frame: Frame,
  ctx: SentenceCtx,
  justQuoted: Draft | undefined,
  at: number,
  persons: readonly PersonMention[],
  /** Whether the description is an epithet for whom `justQuoted` quoted (see `epithetOfQuote`). */
  epithet: boolean,
): Speaker | undefined {
  const { lang } = ctx;
  const who = justQuoted?.speaker;
  if (!who || who.group || who.body || who.pair || who.descriptionOnly || !frame.cue) return undefined;
  if (lang.verbFirst) return describedAfterSpeech(keys, who, ctx, justQuoted, at, persons, frame.agreement?.gender);
  if (!lang.casedNames) return undefined;
  // (The quotation stands before the attribution, or the description opens the next sentence of the same paragraph:
  // '…," said Carol Whitfield, 71. The retired schoolteacher said her basement had flooded'.)
  const blockStart = ctx.tokens[0]?.start ?? at;
  const sameParagraph = justQuoted !== undefined && justQuoted.end >= blockStart;
  // ('"…," Brandt said. ¶ The Tasmanian skipper said he had no regrets': a description opening the paragraph right
  // after the one the quotation closed re-describes its speaker, its words after the verb as well.)
  const nextParagraph = justQuoted !== undefined && at === blockStart && !breakBetween(ctx.text, justQuoted.end, blockStart);
  if ((frame.contentStart > frame.cue.start && !sameParagraph && !nextParagraph) || !isDefinite(keys, lang) || keys.some((k) => POSSESSIVE.test(k)))
    return undefined;
  const head = lang.articleless(keys[keys.length - 1] as string);
  // The speaker's latest mention that fits.
  const mentionOf = (fits: (m: PersonMention) => boolean) => latestBefore(persons, at, (m) => (m.id === who.entityId || m.name === who.name) && fits(m));
  // ('"…," the 54-year-old said. ¶ The Pole … said' after "Graham Pellow, a former British Davis Cup player": a
  // nationality other than the one the words around the speaker give describes someone else.)
  // (The words around a mention hold a nationality as its country, `descriptionAliases`.)
  const alias = lang.descriptionAliases?.get(head);
  const country = alias !== undefined && lang.countries?.has(alias) === true ? alias : undefined;
  if (country !== undefined && mentionOf((m) => keysAround(ctx.text, m, lang).some((k) => k !== country && lang.countries?.has(k) === true))) return undefined;
  // (Across paragraphs with the clause after the verb, only a person the entity stage found — not "The Harrington House
  // Museum has said …" for "The pawnshop owner told CNN" — and only by words that fit: an age, a party, the nationality
  // the words around the speaker give, or the title the speaker was heard by ("Tasmania captain Ollie Brandt" is "the
  // Tasmanian skipper"); "The minister said …" after "Johnson said …" is someone else.)
  if (nextParagraph && !sameParagraph && frame.contentStart > frame.cue.start) {
    if (!mentionOf(() => true)) return undefined;
    const fits =
      keys.some((k) => k.endsWith('year-old')) ||
      lang.partyNouns?.has(head) === true ||
      (country !== undefined
        ? mentionOf((m) => keysAround(ctx.text, m, lang).includes(country)) !== undefined
        : who.roleKeys.some((k) => k === head || k === alias));
    if (!fits) return undefined;
  }
  // ('"…," the Australian minister told ABC radio.' right after "Agriculture Minister Graham Ashby said": a title the
  // speaker's role holds, its other words in that role or capitalised — a nationality or party no role states — or
  // words that describe its holder, "the veteran manager".)
  // ('"…," the former South Carolina governor said' right after "Brenda Calloway … told voters that …": or any title,
  // when the speaker was given no role the words could contradict.)
  // (A title written in lower case: "the Sioux Falls Argus Leader" is a name.)
  const between = tokensBetween(ctx, at, keys.length);
  const roleless = who.roleKeys.length === 0 && !sameParagraph && frame.contentStart < frame.cue.start && !/^\p{Lu}/u.test(between.at(-1)?.written ?? 'A');
  const titled =
    lang.titles.has(head) &&
    (who.roleKeys.includes(head) || roleless) &&
    between.every(
      (t, i) =>
        i === 0 ||
        i === keys.length - 1 ||
        roleless ||
        who.roleKeys.includes(t.key) ||
        /^\p{Lu}/u.test(t.written) ||
        lang.epithetModifiers?.has(t.key) === true,
    );
  // (Not when the title was used for someone else since the quotation; the speaker's own introduction may hold it.)
  if (titled) return usedSince(ctx.text, justQuoted?.end ?? at, at, head) ? undefined : who;
  if (
    lang.personHeads?.has(head) !== true &&
    !lang.personNouns.has(head) &&
    lang.descriptionAliases?.has(head) !== true &&
    !head.endsWith('year-old') &&
    !epithet
  )
    return undefined;
  // ('"…," Rowe said.' after "Defendant Mark Rowe …": "the judge" holds an office the speaker's role does not name.)
  if (lang.titles.has(head) && givenOtherRole(keys, who, lang)) return undefined;
  // ("…," host Tom Bergeron said. "…," said the actor.': a speaker whose role names another trade is not meant.)
  // (Not a nationality, which no role states: «the Swede» for «Ridgefield coach Anders Sundqvist».)
  // (A party is no trade: "the Democrat" after "Gov. Daniel Whitaker … said" is the governor.)
  if (
    lang.personHeads?.has(head) === true &&
    lang.descriptionAliases?.has(head) !== true &&
    lang.partyNouns?.has(head) !== true &&
    who.roleKeys.length > 0 &&
    !who.roleKeys.includes(head)
  )
    return undefined;
  return usedSinceQuote(ctx.text, justQuoted, at, head) ? undefined : who;
}

/**
 * Whether a line break stands inside the text [from, to) once the spaces at its ends are left out, as `trim()` would
 * read it, without copying it: the look goes back from `to` over one paragraph, so a quotation far back costs nothing.
 */
function breakBetween(text: string, from: number, to: number): boolean {
  let first = from;
  while (first < to && /\s/u.test(text[first] as string)) first++;
  let last = to - 1;
  while (last >= first && /\s/u.test(text[last] as string)) last--;
  return last > first && text.lastIndexOf('\n', last) >= first;
}

/** The `n` tokens from the one starting at offset `at`. */
function tokensBetween(ctx: SentenceCtx, at: number, n: number): Token[] {
  const first = countBefore(ctx.tokens, (t) => t.start < at);
  return ctx.tokens.slice(first, first + n) as Token[];
}

/** Words a description of whom the sentence before quoted may have («القيادي في حركة فتح»). */
const DESCRIPTION_AFTER_SPEECH_WORDS = 4;

/**
 * «في انقرة، قال محمد علي اوزتورك ان … / واكد المسؤول التركي ان …»: in a verb-first language, a definite title or
 * trade («المسؤول», «الزعيم», «الخبير الاقتصادي») that matched no one, right after a person was named speaking with no
 * role of another title, is that person — unless the narration since used the noun for someone.
 */
function describedAfterSpeech(
  keys: readonly string[],
  who: Speaker,
  ctx: SentenceCtx,
  justQuoted: Draft | undefined,
  at: number,
  persons: readonly PersonMention[],
  agreed: 'm' | 'f' | 'n' | undefined,
): Speaker | undefined {
  const { lang } = ctx;
  // (Nor someone never named, «مواطن من الحي», «أحد المشاركين»: «وقال الوزير» after them is someone else.)
  if (!isDefinite(keys, lang) || keys.length > DESCRIPTION_AFTER_SPEECH_WORDS || who.nameKeys.length < 2 || who.descriptionOnly || who.group) return undefined;
  const firstKey = lang.key(who.name.split(' ')[0] ?? '');
  // (A person the entity stage found, or words that read as a name — letters only, no article, no negation: a phrase
  // misread as a name, «النتائج الرسمية», is nobody to describe.)
  const nameLike =
    /^[\p{L}\p{M} ]+$/u.test(who.name) &&
    // (A surname may carry the article, «رياض الجعبري»; a given name does not.)
    who.name.split(' ').every((w, i) => (i > 0 || lang.articleless(lang.key(w)) === lang.key(w)) && lang.negators?.has(lang.key(w)) !== true) &&
    // (No preposition: «مواطن من الحي», «أحد المشاركين في الحملة» describe someone never named.)
    !who.name.split(' ').some((w) => lang.roleLinkers.has(lang.key(w)) || lang.governingPrepositions?.has(lang.key(w)) === true) &&
    // (Nor a trade or a title with adjectives, «دبلوماسي غربي رفيع», nor "one of", «أحد الناجين».)
    !knownNoun(firstKey, lang) &&
    lang.partitives?.has(firstKey) !== true;
  if (!nameLike && !namedPerson(who, persons, lang)) return undefined;
  const head = lang.articleless(keys[0] as string);
  const title = titleOf(lang, head);
  if (!title && !lang.professionNouns?.has(head) && !lang.personNouns.has(head)) return undefined;
  // (A role that holds another title names another office: «وزير الخارجية» is not «الخبير».)
  const own = (k: string) => lang.articleless(k) === head || (title?.means !== undefined && titleOf(lang, lang.articleless(k))?.means === title.means);
  // («وزير الدفاع» is not «وزير الخارجية»: the description's complement, too, must be the role's.)
  const roleWords = who.roleKeys.map((k) => lang.articleless(k));
  const complement = keys
    .slice(1)
    .map((k) => lang.articleless(k))
    .filter((k) => lang.describes?.(k) !== true);
  if (
    who.roleKeys.some((k) => titleOf(lang, lang.articleless(k)) !== undefined) &&
    (!who.roleKeys.some(own) || !complement.every((k) => roleWords.includes(k)))
  )
    return undefined;
  // (A title's gender, and so the verb's, must be the speaker's: «واكدت المسؤولة» is not a man.)
  const gender = title?.gender ?? agreed;
  if (gender && who.gender && who.gender !== gender && who.gender !== 'n') return undefined;
  const words = wordsSince(ctx, justQuoted, at);
  if (words.some((word) => lang.articleless(lang.key(word)) === head)) return undefined;
  // («من جانبه، أكد الوزير الأردني»: "for his part" turns to someone else.)
  for (let k = 0; k + 1 < words.length; k++) if (lang.forOnesPart?.(lang.key(words[k] as string), lang.key(words[k + 1] as string))) return undefined;
  // (An adjective of origin the speaker's role gives otherwise: «الوزير الأردني» is not «وزير الخارجية المصري».)
  const origins = (ks: readonly string[]) => ks.map((k) => lang.articleless(k)).filter((k) => lang.describes?.(k) === true);
  const wanted = origins(keys.slice(1));
  const had = origins(who.roleKeys);
  if (wanted.length > 0 && had.length > 0 && !wanted.some((w) => had.some((h) => sameOrigin(lang, w, h)))) return undefined;
  return who;
}

/** The words written since the quotation just made, or since the narration before opened (none when neither is). */
function wordsSince(ctx: SentenceCtx, justQuoted: Draft | undefined, at: number, narration: { start: number } | null = null): string[] {
  return ctx.text
    .slice(justQuoted?.end ?? narration?.start ?? at, at)
    .split(/[\s،,.:؛]+/u)
    .filter(Boolean);
}

/**
 * "The president says …" after "President Trump" and a speaker introduced as "the president of the Federal Reserve
 * Bank": a bare title means whom the article titles so right before a name, not someone whose role only opens with it.
 */
function titledHolder(keys: readonly string[], heard: Speaker, ctx: SentenceCtx, persons: readonly PersonMention[], offset: number): PersonMention | undefined {
  const { lang, text } = ctx;
  const words = contentKeys(keys, lang);
  const title = words[0] as string;
  if (!lang.casedNames || words.length !== 1 || !lang.titles.has(title) || heard.roleKeys.length < 2 || heard.roleKeys[0] !== title) return undefined;
  const holder = latestBefore(persons, offset, (m) => {
    const before = /([^\s]+)\s+$/.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
    if (before === undefined) return false;
    const key = lang.articleless(lang.key(before));
    return (lang.titles.get(key)?.means ?? key) === title;
  });
  return holder && !heard.nameKeys.some((k) => mentionKeys(holder, lang).includes(k)) ? holder : undefined;
}

/**
 * "said Osei" after "Margaret Osei walked …": the speaker's fullest name is the one the article
 * gave the person earlier, when the entity stage linked this mention to it and it holds every word.
 */
function fullerName(speaker: Speaker, persons: readonly PersonMention[], s: number, e: number, lang: SentenceCtx['lang'], phraseStart: number): void {
  const keysOf = (p: PersonMention) => mentionKeys(p, lang);
  const fuller = (keys: readonly string[]) => keys.length > speaker.nameKeys.length && speaker.nameKeys.every((k) => keys.includes(k));
  let person = personWithin(persons, s, e);
  // «المتحدث سامر خليل»: the title took the first name for its complement; the person named there ends where the name does.
  if (!person) {
    const ending = persons[mentionsEndingBy(persons, e) - 1];
    if (ending && ending.end === e && ending.start < s && ending.start >= phraseStart) person = ending;
  }
  // Not linked: the latest person named before whose name ends with this one ("Margaret Osei" … "Osei").
  if (!person) {
    const last = speaker.nameKeys[speaker.nameKeys.length - 1];
    person = latestBefore(persons, s, (p) => {
      const keys = keysOf(p);
      return keys[keys.length - 1] === last && fuller(keys);
    });
  }
  // ("Lydia Buchtmann … says" then '"…," Ms Bauchtman said': a surname misspelt, one person named before alone close to it.)
  const misspelt =
    lang.casedNames && speaker.nameKeys.length === 1 && (!person || !fuller(keysOf(person)))
      ? misspeltSurname(speaker.nameKeys[0] as string, persons, s, lang)
      : undefined;
  if (misspelt) {
    speaker.name = misspelt.name;
    speaker.nameKeys = keysOf(misspelt);
    return;
  }
  if (!person) return;
  const keys = keysOf(person);
  if (fuller(keys)) {
    speaker.name = person.name;
    speaker.nameKeys = keys;
    // ("Osei told the chief executive" after "Raymond Osei, an analyst …": the full name's given name tells the gender.)
    if (!speaker.gender && !speaker.body) speaker.gender = givenNameGender(lang, keys);
    // The words the name took back from the role are no longer the role's («المتحدث سامر» → «المتحدث»).
    if (speaker.role) {
      const nameWords = new Set(person.name.split(/\s+/));
      const roleWords = speaker.role.split(/\s+/);
      while (roleWords.length > 1 && nameWords.has(roleWords[roleWords.length - 1] as string)) roleWords.pop();
      speaker.role = roleWords.join(' ');
    }
  }
}

/** Characters before a name within which its last word is looked for (a bounded look, so the search stays linear). */
const WRITTEN_BEFORE_CHARS = 3000;

/** A word a table knows as a title or a trade («الدبلوماسي»), which the description readings resolve by their own rules. */
function knownNoun(key: string, lang: QuoteLanguage): boolean {
  return isTitleWord(lang, key) || lang.professionNouns?.has(lang.articleless(key)) === true;
}

/** Whether the last word of `name` stands in the text before `at`, within a bounded look back. */
function writtenBefore(text: string, name: string, at: number): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return last.length > 1 && text.slice(Math.max(0, at - WRITTEN_BEFORE_CHARS), at).includes(last);
}

/** Letters a surname must have for a misspelling of it to be read as it, and the most it may have. */
const MISSPELT_SURNAME_LETTERS = 6;
const MISSPELT_SURNAME_MAX = 30;

/**
 * The one person named before `offset` (a bounded look back) whose full name ends on a surname within two edits of
 * `key`, sharing its first letter ("Buchtmann" for "Bauchtman"); none when no such person or more than one.
 */
function misspeltSurname(key: string, persons: readonly PersonMention[], offset: number, lang: QuoteLanguage): PersonMention | undefined {
  // (No longer than a surname is: the edit count is quadratic in the word.)
  if (key.length < MISSPELT_SURNAME_LETTERS || key.length > MISSPELT_SURNAME_MAX) return undefined;
  const [from, to] = lookBack(persons, offset);
  let found: PersonMention | undefined;
  for (let i = from; i < to; i++) {
    const m = persons[i] as PersonMention;
    const keys = mentionKeys(m, lang);
    const surname = keys[keys.length - 1] as string;
    if (keys.length < 2 || surname === key || surname[0] !== key[0] || !withinTwoEdits(surname, key)) continue;
    if (found && found.name !== m.name) return undefined;
    found = m;
  }
  return found;
}

/** Whether two words are at most two insertions, deletions or substitutions apart (a banded count, so short work). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > 2) return false;
    previous = row;
  }
  return (previous[b.length] as number) <= 2;
}

/**
 * «يقول الرجل الذي تجاوز السبعين» · "the woman said": a definite noun for a person, alone, points
 * back at the person the text named last before it (in this paragraph, else the one before).
 */
function personMeant(keys: readonly string[], ctx: SentenceCtx, persons: readonly PersonMention[], offset: number, phrase: string): PersonMention | undefined {
  const { lang } = ctx;
  const words = contentKeys(keys, lang);
  if (!isDefinite(keys, lang) || words.length !== 1 || !lang.personNouns.has(words[0] as string)) return undefined;
  // "The patient went to his doctor … ¶ "…," the patient wrote": a description the story has kept using for someone
  // it never names is that unnamed person, not the last person named.
  if (usedBefore(ctx.text, phrase, offset)) return undefined;
  return lastPersonBefore(persons, offset, ctx.tokens[0]?.start ?? offset);
}

/** Words a description of a trade or office may have after its article ("the Labour councillor", "the interim coach"). */
const EPITHET_WORDS = 3;

/**
 * '"…," the emergency manager said.' after 'Emergency Management Director Lyle Hensley said …': in a cased script, a
 * definite description of a trade or office that matched nobody heard is the person named last in this paragraph or the
 * one before who has spoken, when the story gave that person a role sharing one of its words (or no role, named in this
 * very paragraph) — unless the story kept using the description for someone it never names.
 */
function epithetOfPerson(
  keys: readonly string[],
  head: string,
  ctx: SentenceCtx,
  persons: readonly PersonMention[],
  offset: number,
  phrase: string,
  register: SpeakerRegister,
): PersonMention | undefined {
  const { lang } = ctx;
  if (!lang.casedNames || !isDefinite(keys, lang) || contentKeys(keys, lang).length > EPITHET_WORDS) return undefined;
  if (!lang.titles.has(head) && lang.personHeads?.has(head) !== true) return undefined;
  if (lang.descriptionAliases?.has(head) === true || keys.some((k) => POSSESSIVE.test(k)) || usedBefore(ctx.text, phrase, offset)) return undefined;
  // (Someone who has spoken, named last in this paragraph or the one before: the story re-describes its speakers.)
  const blockStart = ctx.tokens[0]?.start ?? offset;
  const paragraph = ctx.text.lastIndexOf('\n', blockStart - 2);
  const from = paragraph < 0 ? 0 : ctx.text.lastIndexOf('\n', paragraph - 1) + 1;
  const end = mentionsEndingBy(persons, offset);
  for (let i = end - 1; i >= 0 && end - i <= EPITHET_LOOKBACK; i--) {
    const m = persons[i] as PersonMention;
    if (m.start < from) return undefined;
    const heard = register.heardAs(wordKeys(m.name, lang));
    if (!heard) continue;
    // (Someone whose role shares a word with it: "the judge" is not "Defendant Mark Rowe"; one the story gave no role
    // only when named in this very paragraph, "Simmons, 38, has never been a head coach. …, the interim coach said".)
    return (heard.roleKeys.length > 0 || m.start >= blockStart) && !givenOtherRole(keys, heard, lang) ? m : undefined;
  }
  return undefined;
}

/** Whether a speaker has a role and a description shares none of its words ("the judge" for "Defendant Mark Rowe"). */
function givenOtherRole(keys: readonly string[], who: Speaker | undefined, lang: QuoteLanguage): boolean {
  if (!who) return false;
  const role = who.roleKeys.map((k) => lang.articleless(k));
  return role.length > 0 && !contentKeys(keys, lang).some((k) => role.includes(k));
}

/** Mentions an epithet looks back over for a speaker it re-describes. */
const EPITHET_LOOKBACK = 8;

/** Per document, where each description asked about stands in the text (lower-cased): found once, however many quotes ask. */
let occurrences: { text: string; lower: string; byPhrase: Map<string, number[]> } | undefined;

/** Whether `phrase` stands twice at least, in any case, in the text before `offset`. */
function usedBefore(text: string, phrase: string, offset: number): boolean {
  if (occurrences?.text !== text) occurrences = { text, lower: text.toLowerCase(), byPhrase: new Map() };
  const wanted = phrase.toLowerCase();
  let at = occurrences.byPhrase.get(wanted);
  if (!at) {
    at = [];
    // (A phrase cased differently may change length when lower-cased; the look-up then only errs towards "not used".)
    for (let k = occurrences.lower.indexOf(wanted); k >= 0 && wanted.length > 0; k = occurrences.lower.indexOf(wanted, k + wanted.length)) at.push(k);
    occurrences.byPhrase.set(wanted, at);
  }
  return firstAtLeast(at, offset) >= 2;
}

/** Bare nouns a title's complement may chain before its definite one («رئيس مجلس إدارة الشركة»). */
const CONSTRUCT_NOUNS = 2;

/** A description that points back: "the alliance", «الوزارة». */
function isDefinite(keys: readonly string[], lang: SentenceCtx['lang']): boolean {
  const first = keys[0];
  if (first === undefined) return false;
  if (first === lang.definiteArticle || lang.articleless(first) !== first) return true;
  // «رئيس الحكومة», «وزير الخارجية الفرنسي»: a title in construct with definite words only is definite (a bare
  // word among them may be a name: «رئيس الجمهورية الأسبق أمين الجميل»).
  // («رئيس مجلس الوزراء», «رئيس مجلس إدارة الشركة»: and one whose complement is itself a construct, bare nouns first.)
  const rest = keys.slice(1);
  const definiteFrom = rest.findIndex((k) => lang.articleless(k) !== k);
  if (
    lang.verbFirst &&
    lang.titles.has(first) &&
    definiteFrom >= 0 &&
    definiteFrom <= CONSTRUCT_NOUNS &&
    // (Nouns: «متحدث باسم الجيش», «مسؤول إسرائيلي كبير» are indefinite.)
    rest.slice(0, definiteFrom).every((k) => !lang.roleLinkers.has(k) && lang.describes?.(k) !== true && lang.plainAdjectives?.has(k) !== true) &&
    rest.slice(definiteFrom).every((k) => lang.articleless(k) !== k)
  )
    return true;
  // («محافظ سوهاج»: so is a title that takes a complement, in construct with a name, no adjective.)
  const second = keys[1] as string;
  return (
    lang.verbFirst &&
    keys.length === 2 &&
    lang.titles.get(first)?.complement === true &&
    lang.describes?.(second) !== true &&
    lang.plainAdjectives?.has(second) !== true &&
    !lang.titles.has(second)
  );
}

/** How many mentions (sorted by start, so by end too: they do not nest) end at or before `offset`. */
function mentionsEndingBy(mentions: readonly PersonMention[], offset: number): number {
  return countBefore(mentions, (m) => m.end <= offset);
}

/** How far back a description looks for the body it names: mentions, not characters, so the look stays short. */
const BODY_LOOKBACK = 64;

/**
 * The organisation a definite description names: the latest one mentioned before `offset` whose
 * name holds every content word of the description ("the alliance" → Texas Semiconductor
 * Alliance, "the ministry" → Ministry of Health).
 */
function bodyNamedBefore(bodies: readonly PersonMention[], wanted: readonly string[], offset: number, lang: SentenceCtx['lang']): PersonMention | undefined {
  if (wanted.length === 0 || wanted.length > 3) return undefined;
  return latestBefore(bodies, offset, (body) => {
    const keys = mentionKeys(body, lang);
    return wanted.every((k) => keys.includes(k));
  });
}

/** The index range [from, to) of the last BODY_LOOKBACK `mentions` ending by `offset`: how far a look back goes. */
function lookBack(mentions: readonly PersonMention[], offset: number): [number, number] {
  const to = mentionsEndingBy(mentions, offset);
  return [Math.max(0, to - BODY_LOOKBACK), to];
}

/** The latest of `mentions` ending by `offset` that `fits`, looking back over BODY_LOOKBACK mentions at most. */
function latestBefore(mentions: readonly PersonMention[], offset: number, fits: (m: PersonMention) => boolean): PersonMention | undefined {
  const [from, to] = lookBack(mentions, offset);
  for (let i = to - 1; i >= from; i--) if (fits(mentions[i] as PersonMention)) return mentions[i];
  return undefined;
}

/**
 * Of the mentions ending by `offset` (a bounded look back) that fit, one of the entity named most often; none when no
 * entity is named `least` times. On a tie the latest, or with `firstOnTie` the one named first (a story names the person
 * it is about first: "The 56-year-old said" after "Jose Mourinho has agreed a deal to replace Mauricio Pochettino").
 */
function salientBefore(
  mentions: readonly PersonMention[],
  offset: number,
  least: number,
  fits: (m: PersonMention) => boolean,
  firstOnTie = false,
): PersonMention | undefined {
  const [from, to] = lookBack(mentions, offset);
  const counts = new Map<string, number>();
  let best: PersonMention | undefined;
  let most = 0;
  for (let i = to - 1; i >= from; i--) {
    const m = mentions[i] as PersonMention;
    if (!fits(m)) continue;
    const n = (counts.get(m.id) ?? 0) + 1;
    counts.set(m.id, n);
    if (n > most || (firstOnTie && n === most)) [best, most] = [m, n];
  }
  return most >= least ? best : undefined;
}

/** Characters a lead's dateline may take before the body the lead opens on («VANCOUVER, Wash. — »). */
const LEAD_OPENING_CHARS = 40;
/** Paragraphs, the headline among them, the lead is looked for in. */
const LEAD_PARAGRAPHS = 3;

/**
 * 'VANCOUVER, Wash. — Clark County Public Health on Friday confirmed …' then '…, the department said': the body the
 * story's lead opens on, named once, is whom an institution's head means when no body was named by that head or more
 * often. The first body the text names, opening (past a dateline) one of its first paragraphs, before `offset`.
 */
function leadBody(text: string, bodies: readonly PersonMention[], offset: number, fits: (m: PersonMention) => boolean): PersonMention | undefined {
  // (Read once per text, its bodies the key: a paragraph of a thousand "the agency said" asks it a thousand times.)
  let m = LEAD_BODIES.get(bodies);
  if (m === undefined) LEAD_BODIES.set(bodies, (m = openingBodyOfLead(text, bodies) ?? null));
  return m && m.start < offset && fits(m) ? m : undefined;
}

/** The body each text's lead opens on (null: none), by the text's list of bodies. */
const LEAD_BODIES = new WeakMap<readonly PersonMention[], PersonMention | null>();

function openingBodyOfLead(text: string, bodies: readonly PersonMention[]): PersonMention | undefined {
  const m = bodies[0];
  if (!m) return undefined;
  const paragraphStart = text.lastIndexOf('\n', m.start) + 1;
  // (Opening it, or right after a dateline's dash: not "Both diseases are associated with the Black Death pandemic".)
  const opening = text.slice(paragraphStart, m.start);
  if (opening.length > LEAD_OPENING_CHARS || (opening.trim() !== '' && !/[—–-]\s*$/u.test(opening))) return undefined;
  let paragraphs = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < paragraphStart && paragraphs <= LEAD_PARAGRAPHS; at = text.indexOf('\n', at + 1))
    if (text[at + 1] !== '\n') paragraphs++;
  // (Not the headline's: «Black Death …» heads a story the lead tells of someone else.)
  return paragraphs >= 1 && paragraphs < LEAD_PARAGRAPHS ? m : undefined;
}

/** Whether the sentence opens on a preposition's adverbial that the comma right before `subject` closes, holding `offset`. */
function frontedBefore(ctx: SentenceCtx, subject: number, offset: number): boolean {
  const { tokens, lang, sentence } = ctx;
  const first = tokens[sentence.first] as Token | undefined;
  if (!isCommaToken(tokens[subject - 1]) || first?.type !== 'word' || !lang.settingPrepositions.has(first.key)) return false;
  return offset >= first.start && offset < (tokens[subject - 1] as Token).start;
}

/** Characters the sentence before may have, looking back for its start. */
const SENTENCE_BEFORE_CHARS = 400;

/**
 * The one person the entity stage found in the sentence before the one opening at `start` (in its paragraph or ending the
 * paragraph before); undefined if none, several, or one heard under another role.
 */
function soleInSentenceBefore(
  persons: readonly PersonMention[],
  text: string,
  start: number,
  describedOtherwise: (m: PersonMention) => boolean,
): PersonMention | undefined {
  let end = start;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  if (end === 0) return undefined;
  let from = end - 1;
  // Back to the stop (followed by a space) or the paragraph break that closes the sentence before it.
  while (
    from > 0 &&
    end - from < SENTENCE_BEFORE_CHARS &&
    text.charAt(from - 1) !== '\n' &&
    !(/[.!?]/u.test(text.charAt(from - 1)) && /\s/u.test(text.charAt(from)))
  )
    from--;
  let sole: PersonMention | undefined;
  for (let i = countBefore(persons, (m) => m.start < from); i < persons.length; i++) {
    const m = persons[i] as PersonMention;
    if (m.start >= end) break;
    if (sole && sole.id !== m.id) return undefined;
    sole ??= m;
  }
  // (Not someone heard under another role: "the shop owner" after "The mayor, Karen Bell, said …"; this also refuses
  // "the prosecutor" after "Chief Deputy District Attorney Lena Ortiz", whose role says it in other words.)
  return sole && !describedOtherwise(sole) ? sole : undefined;
}

/** Characters looked back for a document read on someone's behalf. */
const ON_BEHALF_LOOKBACK = 800;
/** Characters between "on behalf of" and the name it means ("Mr Brennan's mother, Siobhán Brennan"). */
const ON_BEHALF_NAME_CHARS = 60;

/**
 * The person a document was issued or read for, "a statement on behalf of X", looked for before `offset`: the first
 * person named after the phrase who is not a possessor ("Mr Brennan's mother, Siobhán Brennan").
 */
function onBehalfOf(text: string, noun: string, phrase: string, persons: readonly PersonMention[], offset: number): PersonMention | undefined {
  const from = Math.max(0, offset - ON_BEHALF_LOOKBACK);
  const window = text.slice(from, offset).toLowerCase();
  const at = window.lastIndexOf(`${noun} ${phrase} `);
  if (at < 0) return undefined;
  const after = from + at + noun.length + phrase.length + 2;
  for (let i = countBefore(persons, (m) => m.start < after); i < persons.length; i++) {
    const m = persons[i] as PersonMention;
    if (m.start - after > ON_BEHALF_NAME_CHARS || m.start >= offset) return undefined;
    if (!/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) return m;
  }
  return undefined;
}

/** Characters looked back for the researchers a study's team is ("Researchers from the University of Eastvale"). */
const RESEARCH_GROUP_LOOKBACK = 2000;
/** Words of the body after "researchers from" that the group's name keeps. */
const RESEARCH_BODY_WORDS = 8;
const RESEARCH_GROUP = /\b(?:(?:an? )?(?:team|group) of )?(?:researchers|scientists) (?:from|at|led by) /giu;

/**
 * The last group of researchers of a named body before `offset` ("researchers from the University of Eastvale", "a team
 * of scientists led by NASA's Goddard Space Flight Center"), as the text writes it; null if none.
 */
function researchGroupBefore(text: string, offset: number): string | null {
  const from = Math.max(0, offset - RESEARCH_GROUP_LOOKBACK);
  const window = text.slice(from, offset);
  let last: RegExpExecArray | null = null;
  RESEARCH_GROUP.lastIndex = 0;
  for (let m = RESEARCH_GROUP.exec(window); m; m = RESEARCH_GROUP.exec(window)) last = m;
  if (!last) return null;
  // The body's name: capitalised words and the small words inside such names, up to a word of neither kind.
  const words = window.slice(last.index + last[0].length).split(' ', RESEARCH_BODY_WORDS);
  let kept = 0;
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/[,.;:)]+$/u, '');
    const capital = /^\p{Lu}/u.test(bare);
    if (!capital && !(i > 0 ? /^(?:of|for|and|the|de)$/u : /^the$/u).test(bare)) break;
    if (capital) kept = i + 1;
    if (bare !== w) break;
  }
  if (kept === 0) return null;
  const name = words
    .slice(0, kept)
    .join(' ')
    .replace(/[,.;:)]+$/u, '');
  return `${last[0]}${name}`.trim();
}

/** Whether the words right before a body's mention say it is a company ("copper miner", "the carmaker", "retailer"). */
function broughtInAsCompany(text: string, m: PersonMention, lang: SentenceCtx['lang']): boolean {
  return keysAround(text, m, lang)
    .slice(-2)
    .some((k) => companyKind(lang, k));
}

/** Whether a body's name keys hold an institution word of the kind `kind` ("Players Association" for "the union"). */
function ofInstitutionKind(nameKeys: readonly string[], kind: string | undefined, lang: SentenceCtx['lang']): boolean {
  return kind !== undefined && nameKeys.some((k) => lang.institutionKinds?.get(k) === kind);
}

/** Whether a body's name keys hold a news outlet's word ("Xinhua News Agency"): the outlet reports, it is not described. */
function namesOutlet(nameKeys: readonly string[], lang: SentenceCtx['lang']): boolean {
  return nameKeys.some((k) => lang.newsOutlets?.has(k) === true);
}

/** Whether a body's name keys hold an institution word of another kind than `head` («White House» for "the union"). */
function otherInstitution(nameKeys: readonly string[], head: string, lang: SentenceCtx['lang']): boolean {
  const kind = lang.institutionKinds?.get(head);
  if (kind === undefined) return false;
  return nameKeys.some((k) => (lang.institutionKinds?.get(k) ?? kind) !== kind);
}

/**
 * "Union", "Ministry of Health": a body whose name says it is an institution, which "the company" does not mean; nor
 * does it mean the news agency that reports the story ("The Associated Press").
 */
function institutional(m: PersonMention, lang: SentenceCtx['lang']): boolean {
  return wordKeys(m.name, lang).some((k) => lang.institutionWords?.has(k) === true) || lang.newsOutlets?.has(m.name.toLowerCase()) === true;
}

/**
 * A description with no title in it ("the ministry", "the White House") names a body, not a
 * person, in languages whose pronouns tell them apart ("it said" vs "he said").
 */
function isBody(np: NounPhrase, ctx: SentenceCtx): boolean {
  const { lang, tokens } = ctx;
  if (np.group || ![...lang.pronouns.values()].some((a) => a.gender === 'n')) return false;
  for (let i = np.start; i < np.end; i++) if (lang.titles.has((tokens[i] as Token).key)) return false;
  // "the real estate agent", "the woman": a noun for a person heads the phrase ("the Republican from Yuma": before the
  // place it is tied to).
  let last = np.end - 1;
  for (let i = np.start + 1; i < np.end - 1; i++) if (lang.placeLinks?.has((tokens[i] as Token).key)) last = Math.min(last, i - 1);
  const head = (tokens[last] as Token).key;
  // "the 45-year-old": an age stands for a person.
  return !lang.personHeads?.has(head) && !lang.personNouns.has(head) && !head.endsWith('year-old') && !PERSON_SUFFIX.test(head);
}

/** The content a frame points at, as a draft quote. */
function draftOf(frame: Frame, ctx: SentenceCtx, startBlock: number, who: SpeakerChoice): Draft | null {
  let block = startBlock;
  const { tokens, sentence } = ctx;
  let start: number;
  let end: number;
  let kind: QuoteKind = 'indirect';
  let first: number;
  let last: number;
  if (frame.contentStart >= 0) {
    first = frame.contentStart;
    last = frame.contentEnd > first ? frame.contentEnd - 1 : lastContentToken(ctx, first);
  } else if (frame.contentEnd > sentence.first) {
    // ("(AP) — Central Plains State fired …, the university announced.": past a dateline's credit and dash.)
    const dated = afterDateline(ctx);
    first = dated < frame.contentEnd ? dated : sentence.first;
    while (first < frame.contentEnd && (tokens[first] as Token).type === 'punct') first++;
    last = frame.contentEnd - 1;
  } else if (frame.contentEnd > 0 && isCloseMark(tokens[frame.contentEnd - 1])) {
    // («"…". هذا ما قاله X»: the quotation closing the sentence before, which the attribution points back at.)
    last = frame.contentEnd - 1;
    first = Math.max(0, openToken(ctx, last));
  } else return null;
  if (last < first) return null;
  const head = tokens[first] as Token;
  const tail = tokens[last] as Token;
  let span = -1;
  const headClose = head.type === 'mark' && head.role === 'open' ? closeToken(ctx, first) : -2;
  // The marks hold all the content, or a comma after them hands over to another cue («…»، مضيفًا أن …).
  // «وتابع "…" مكررا القول إن …»: a participle right after the marks hands over too, in a verb-first language.
  const handsOver = (k: number) =>
    isCommaToken(tokens[k]) || (ctx.lang.verbFirst && tokens[k]?.type === 'word' && ctx.lang.cues.get((tokens[k] as Token).key)?.participle === true);
  if (headClose === last || headClose === -1 || (headClose > 0 && handsOver(headClose + 1))) span = head.span as number;
  // "…," she said: the closing mark of a quote that may have opened sentences or paragraphs before.
  else if (isCloseMark(tail) && frame.contentStart < 0 && openToken(ctx, last) <= first) span = tail.span as number;
  const marked = ctx.marks.spans[span];
  if (marked) {
    // All of the content is in quotation marks (possibly running over several paragraphs).
    start = innerStart(ctx.text, marked);
    end = innerEnd(ctx.text, marked);
    kind = 'direct';
    block = marked.openBlock;
  } else {
    start = head.start;
    end = tail.end;
    // «وقال: أعتقد …», «قائلا …» with no marks: the speaker's own words, not a reported clause (unless a complementiser follows the colon).
    if (frame.unmarkedDirect && !ctx.lang.complementisers.has((tokens[frame.contentStart - 1] as Token).key)) kind = 'direct';
  }
  if (end <= start) return null;
  const cue = frame.cue ? ([frame.cueOffset, (tokens[frame.cue.end - 1] as Token).end] as [number, number]) : null;
  const named = !who.inferred;
  const confidence = frame.kind === 'headline' ? 0.75 : named ? (kind === 'direct' ? 0.95 : 0.9) : who.speaker ? 0.8 : 0.5;
  return {
    firstToken: first,
    lastToken: last,
    span,
    start,
    end,
    kind,
    block,
    cue,
    speaker: who.speaker,
    inferred: who.inferred,
    speakerSpan: who.span,
    confidence,
  };
}

/** Whether a person the entity stage found opens the block at `start` and a colon follows the name at once. */
function speakerLabel(text: string, start: number, persons: readonly PersonMention[]): boolean {
  const person = persons[countBefore(persons, (m) => m.start < start)];
  if (!person || person.start !== start) return false;
  let i = person.end;
  while (i < text.length && i - person.end < 2 && text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) === 58;
}

/**
 * «فيينا: كمال النجار», «جدة: «الشرق الأوسط»», "LONDON: AP": a line right under the headline of a place or two words, a colon
 * and a name (a few words, or one in marks) with no stop: the dateline and the reporter or outlet, not a headline quote.
 */
const DATELINE = /^\s*\S+(?:\s\S+)?\s*[:：]\s*(?:[«"“][^»"”\n]{1,40}[»"”]|[^\s.!?؟«"“]+(?:\s[^\s.!?؟«"“]+){0,2})\s*$/u;
function dateline(text: string, range: { start: number; end: number }): boolean {
  return range.end - range.start <= DATELINE_CHARS && DATELINE.test(text.slice(range.start, range.end));
}
/** Characters a dateline line may have. */
const DATELINE_CHARS = 80;
/** The last block a dateline line stands in: right under the headline (a subheading below, «نصار: اللقب هدفنا الوحيد», may quote). */
const DATELINE_BLOCK = 2;

/** Whether a heading holds a colon, which a headline quote needs («الكرملين: …»). */
/**
 * Whether a frame is an attribution closing its sentence after unmarked content ("…, Morrison
 * testified."), in a language that puts attributions there.
 */
function outerAttribution(frame: Frame, ctx: SentenceCtx): boolean {
  if (ctx.lang.verbFirst || frame.kind !== 'verb' || frame.contentStart >= 0 || frame.contentEnd <= ctx.sentence.first) return false;
  const closing = ctx.tokens[frame.contentEnd - 1];
  return closing?.type !== 'mark';
}

/** Whether a frame whose cue stands inside the sentence's last reported clause ends that clause and opens its own. */
function endsClause(frame: Frame, ctx: SentenceCtx): boolean {
  const { lang } = ctx;
  // '…, adding "we need everyone on it."': a participle with a quotation of its own starts a direct quote; so does
  // "saying" after a comma, with a clause of its own ("…, saying he trusted the courts to decide"), the same speaker
  // going on, as «قائلا» does; and so, in English news, does "adding that" after a comma (the English gold splits "…,
  // adding that …" in two, as it splits a quote at its attribution). «مضيفا أن» continues the quote.
  if (frame.kind === 'participle') {
    const cue = frame.cue ? (ctx.tokens[frame.cue.start] as Token) : undefined;
    const afterComma = isCommaToken(ctx.tokens[(frame.cue?.start ?? 0) - 1]);
    const saying = cue !== undefined && frame.contentStart >= 0 && lang.cues.get(cue.key)?.bareClause === true && afterComma;
    const complement = frame.contentStart > 0 ? ctx.tokens[frame.contentStart - 1] : undefined;
    const thatClause = afterComma && complement?.type === 'word' && lang.complementisers.has(complement.key);
    // («… أن فريقه قدم مباراة كبيرة، مضيفا: "…"»: in Arabic only a quotation after a comma, as the guidelines split it.)
    // («، مؤكدة أن «…»» goes on: a complementiser before the quotation keeps it in the clause.)
    const atOnce = frame.contentStart === frame.cue?.end || complement?.type === 'punct';
    if (lang.verbFirst) return afterComma && atOnce && quotedAfter(ctx, frame.contentStart);
    // ("every claim will be assessed, with the i reporting no one will be refused …": a participle with a subject of its
    // own after "with" brings in another speaker.)
    const absolute = frame.subject !== null && lang.absolutePrepositions?.has(ctx.tokens[frame.subject.start - 1]?.key ?? '') === true;
    return quotedAfter(ctx, frame.contentStart) || saying || thatClause || absolute;
  }
  if (frame.kind !== 'verb' || frame.contentStart < 0) return false;
  // "…, while the city's police deny … and say …": a conjoined verb whose subject opens a contrast clause.
  const cue = (frame.cue as { start: number }).start;
  // "Johnson said the team played well and added that it would improve": a verb of saying conjoined to the one before,
  // with a complementiser of its own, reports a clause of its own, the same speaker going on.
  if (frame.coordinated) {
    const joined = ctx.tokens[cue - 1]?.type === 'word' && lang.coordinators.has((ctx.tokens[cue - 1] as Token).key);
    const complement = ctx.tokens[frame.contentStart - 1];
    if (joined && complement?.type === 'word' && lang.complementisers.has(complement.key)) return true;
    // ("… and said it would heighten tensions", "… but insisted the automaker was committed": so does a bare clause right
    // after the verb.)
    if (joined && !lang.verbFirst && frame.contentStart === cue + 1 && ctx.tokens[frame.contentStart]?.type === 'word') return true;
    return lang.contrastClauses?.has(ctx.tokens[(frame.subject?.start ?? 0) - 1]?.key ?? '') === true;
  }
  // Subject first, a pronoun opening its own clause ("…, but he said that …") goes on with a clause of its own.
  const pronounLed = !lang.verbFirst && !frame.subject && frame.lead >= 0 && frame.lead < cue;
  // Without a subject only «…، وأشار إلى أن …» ends the clause: a conjoined verb after a comma, the same speaker going on.
  // «… بات جاهزا وقال "…"»: nor does a conjoined verb whose quotation follows it at once (or after a colon).
  const quoting = lang.verbFirst && (ctx.tokens[cue] as Token).conjunction > 0 && quotesAtOnce(ctx, cue, frame.contentStart);
  // «… لكنه قال إنه يأمل …», «، ولكنه توقع أن …»: "but he" and a verb of saying with its complementiser report a clause of
  // their own, the same speaker going on.
  const but = ctx.tokens[cue - 1];
  const complement = ctx.tokens[frame.contentStart - 1];
  // («… غير انهم يحذرون من ان …»: "but they", as «غير» and a complementiser with its pronoun.)
  const withPronoun =
    (but?.type === 'word' && lang.coordinators.has(but.bare) && lang.objectPronounStem?.(but.bare) !== undefined) || contrastComplementiser(ctx, cue - 1);
  if (lang.verbFirst && !frame.subject && withPronoun && complement?.type === 'word' && lang.complementisers.has(complement.key)) return true;
  // («… إن الموقوفين كانا يعيشان حياة عادية، قبل أن يضيف: "…"»: "before adding" after a comma, and a quotation at once.)
  if (lang.verbFirst && !frame.subject && timeComplementiser(ctx, cue - 1) && isCommaToken(ctx.tokens[cue - 3]) && quotesAtOnce(ctx, cue, frame.contentStart))
    return true;
  if (!frame.subject && !pronounLed && !quoting && !(lang.verbFirst && (frame.shared || conjoinedAfterComma(ctx, cue)))) return false;
  // In a verb-first language a new attribution opens its own clause («، وقال Y», «فيما أكد Y»); a bare cue word
  // inside the clause is part of what was said («إن السلطات تدرس نقل جزء من …»).
  // («… تعليق التخصيب، وهو تعليق قال الناطق شون مكورماك إن …»: a verb whose own subject opens on a title, right after an
  // indefinite noun, opens a clause describing the noun: someone else's words.)
  if (lang.verbFirst)
    return (
      opensClause(ctx, cue) ||
      frame.contrast === true ||
      (frame.subject !== null && isTitleWord(lang, (ctx.tokens[frame.subject.start] as Token).key) && afterIndefiniteNoun(ctx, cue))
    );
  // Subject first: the new speaker's phrase opens a clause of its own («…, and officials said», «…; Smith said»); a
  // subject in the middle of the clause is reported too ("said that after consultation Washington had concluded").
  const before = ctx.tokens[(frame.subject?.start ?? frame.lead) - 1];
  return (
    before === undefined ||
    before.type !== 'word' ||
    lang.coordinators.has(before.key) ||
    lang.contrastClauses?.has(before.key) === true ||
    lang.nearestAntecedent?.has(before.key) === true
  );
}

/** Whether the content at token `c` is a quotation that closes in the sentence and ends it. */
function quotedAfter(ctx: SentenceCtx, c: number): boolean {
  const tok = ctx.tokens[c];
  if (tok?.type !== 'mark' || tok.role !== 'open') return false;
  const close = closeToken(ctx, c);
  if (close < 0) {
    // Closed in a later sentence or paragraph: the quotation runs on past this sentence's end.
    const span = ctx.marks.spans[tok.span as number];
    return span !== undefined && span.close >= (ctx.tokens[ctx.sentence.last - 1] as Token).end;
  }
  for (let k = close + 1; k < ctx.sentence.last; k++) if ((ctx.tokens[k] as Token).type !== 'punct') return false;
  return true;
}

/** A conjoined verb that takes a person as its object before its preposition (حذّر فلانًا من), right after a word. */
function warnsObject(frame: Frame, ctx: SentenceCtx): boolean {
  const cue = frame.cue?.start ?? -1;
  const tok = ctx.tokens[cue] as Token | undefined;
  if (!tok || tok.conjunction === 0 || ctx.tokens[cue - 1]?.type !== 'word') return false;
  return ctx.lang.cues.get(tok.bare)?.personObject === true;
}

/** «… واعتبر أن», «… وأشار إلى أن»: a finite verb with «و», no subject, and its complementiser right after it (or after its preposition). */
function reportsAgain(frame: Frame, ctx: SentenceCtx): boolean {
  if (frame.kind !== 'verb' || !frame.cue || frame.contentStart < 0) return false;
  const cue = ctx.tokens[frame.cue.start] as Token;
  if (cue.conjunction === 0) return false;
  const complement = ctx.tokens[frame.contentStart - 1];
  const gap = frame.contentStart - frame.cue.end;
  return complement?.type === 'word' && ctx.lang.complementisers.has(complement.key) && (gap === 1 || gap === 2);
}

/**
 * «…، وأشار» · «…، لكنه شدد»: a cue right after a comma and a conjunction (a proclitic or a word of its own);
 * «… كما يوضح أن …»: or right after an adverb that adds a clause by the same subject, comma or not.
 */
function conjoinedAfterComma(ctx: SentenceCtx, t: number): boolean {
  const { tokens } = ctx;
  const before = tokens[t - 1];
  if ((tokens[t] as Token).conjunction > 0) return isCommaToken(before);
  if (before?.type === 'word' && ctx.lang.alsoWords?.has(before.key)) return true;
  return before?.type === 'word' && ctx.lang.coordinators.has(before.key) && isCommaToken(tokens[t - 2]);
}

/** Words between a noun for what was said and the person it is in construct with («تصريحات الرئيس العراقي»). */
const SPEECH_NOUN_TITLE_WORDS = 3;
/** Words between that person and the quotation («حول امكانية العراق الرد على سورية وايران وتركيا»). */
const SPEECH_NOUN_GAP_WORDS = 14;
/** Characters a word takes with its space, generously, to bound a look by words before counting them. */
const AVERAGE_WORD_CHARS = 16;

/**
 * The person named last before `at` in its sentence, when a noun for what someone said stands right before the name or
 * its title (a few words) and only a short stretch of words, no quotation or other name, lies between name and `at`.
 */
function speechNounPerson(ctx: SentenceCtx, persons: readonly PersonMention[], at: number): PersonMention | undefined {
  const { lang, tokens, sentence } = ctx;
  if (!lang.speechNouns) return undefined;
  const m = persons[countBefore(persons, (x) => x.end <= at) - 1];
  const from = (tokens[sentence.first] as Token).start;
  // (Bounded in characters first: a paragraph of a thousand quotations stays linear.)
  if (!m || m.start < from || at - m.end > SPEECH_NOUN_GAP_WORDS * AVERAGE_WORD_CHARS) return undefined;
  const gap = ctx.text.slice(m.end, at);
  if (/["“”«»]/u.test(gap) || wordCount(gap) > SPEECH_NOUN_GAP_WORDS) return undefined;
  const first = countBefore(tokens, (x) => x.start < m.start);
  for (let k = first - 1; k >= sentence.first && first - k <= SPEECH_NOUN_TITLE_WORDS + 1; k--) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word') return undefined;
    if (lang.speechNouns.has(lang.articleless(tok.key))) return m;
  }
  return undefined;
}

/** Whether the word at `t`, right after a verb, is a preposition with a pronoun pointing back («قال فيها»). */
function resumedAfter(ctx: SentenceCtx, t: number): boolean {
  const tok = ctx.tokens[t];
  return tok?.type === 'word' && ctx.lang.resumptive?.has(tok.key) === true;
}

/** Words a sentence has at least before a verb that describes a noun in it. */
const DESCRIBED_NOUN_WORDS = 4;

/**
 * «…، في خطوة قال إنها تهدف إلى …», «أطلقت الشركة نموذجا قالت إنه الأول من نوعه»: a verb with no «و», well into its
 * sentence, right after an indefinite noun (or a comma), whose complementiser carries a pronoun, opens a clause
 * describing that noun; what the pronoun means is no speaker, and the verb's subject is the sentence's.
 */
function describesNounBefore(ctx: SentenceCtx, cue: number): boolean {
  const { tokens, lang, sentence } = ctx;
  const verb = tokens[cue] as Token;
  const before = tokens[cue - 1];
  const complement = tokens[cue + 1];
  if (verb.conjunction > 0 || cue - sentence.first < DESCRIBED_NOUN_WORDS || complement?.type !== 'word') return false;
  if (lang.thirdPersonComplementisers?.has(complement.key) !== true) return false;
  return isCommaToken(before) || indefiniteNoun(ctx, before);
}

/** Whether the verb at `t`, with no «و», stands right after an indefinite noun that is no «ما». */
function afterIndefiniteNoun(ctx: SentenceCtx, t: number): boolean {
  const before = ctx.tokens[t - 1];
  return (ctx.tokens[t] as Token).conjunction === 0 && indefiniteNoun(ctx, before) && ctx.lang.relativeWhat?.has((before as Token).key) !== true;
}

/** Whether a verb's content is a quotation opening right after it, or after its colon. */
function quotesAtOnce(ctx: SentenceCtx, cue: number, content: number): boolean {
  const at = ctx.tokens[content];
  if (at?.type !== 'mark' || at.role !== 'open') return false;
  const between = ctx.tokens[content - 1];
  return content === cue + 1 || (content === cue + 2 && between?.type === 'punct' && between.key === ':');
}

/** Whether the cue at token `t` starts a clause: written with a conjunction, after punctuation or after a clause word (فيما، بينما). */
function opensClause(ctx: SentenceCtx, t: number): boolean {
  const cue = ctx.tokens[t] as Token;
  const before = ctx.tokens[t - 1];
  return (
    cue.conjunction > 0 || before === undefined || before.type !== 'word' || ctx.lang.subjectStops.has(before.key) || ctx.lang.coordinators.has(before.key)
  );
}

/**
 * The marked half on the other side of an attribution that splits a quotation: before the
 * attribution when the frame's content follows it, after it when the content comes first. Only
 * «close mark, (comma,) attribution, comma, open mark» counts, both halves in one sentence.
 */
function otherHalf(frame: Frame, ctx: SentenceCtx, draft: Draft): Draft | null {
  const { tokens, sentence } = ctx;
  let open = -1;
  let close = -1;
  if (frame.contentStart >= 0) {
    // The content opens right after «…, said X,»: look before the attribution for the first half's closing mark.
    if (!isCommaToken(tokens[frame.contentStart - 1]) || frame.lead <= sentence.first) return null;
    let b = frame.lead - 1;
    if (isCommaToken(tokens[b])) b--;
    const tok = tokens[b];
    if (tok?.type !== 'mark' || tok.role !== 'close') return null;
    close = b;
    open = openToken(ctx, b);
  } else {
    let a = frame.tail;
    if (a < 0 || !isCommaToken(tokens[a])) return null;
    // Past an apposition between commas: «"…," said Aisha Rahman, who runs the shop, "…"».
    if (tokens[a + 1]?.type === 'word') {
      let k = a + 1;
      while (k < Math.min(sentence.last, a + 16) && tokens[k]?.type === 'word') k++;
      if (!isCommaToken(tokens[k])) return null;
      a = k;
    }
    const tok = tokens[a + 1];
    if (tok?.type !== 'mark' || tok.role !== 'open') return null;
    open = a + 1;
    close = closeToken(ctx, open);
  }
  if (open < sentence.first || close < 0 || close >= sentence.last) return null;
  const span = (tokens[open] as Token).span as number;
  const marked = ctx.marks.spans[span];
  if (!marked || marked.close <= marked.open + 1) return null;
  return { ...draft, start: innerStart(ctx.text, marked), end: innerEnd(ctx.text, marked), span, firstToken: open, lastToken: close };
}

const isColonToken = (t: Token | undefined) => t?.type === 'punct' && t.key === ':';

/**
 * The person opening the last sentence of the paragraph `range` when that sentence ends the paragraph on a colon
 * ("Coach Maria Lopez was blunt:"), or, in a language with capitals, the name set between commas after the description
 * opening it ("The secretary general of the union, Nunzio Galantino, called the ruling "dangerous":").
 */
function colonOpener(
  text: string,
  range: { start: number; end: number },
  marks: MarkPairs,
  lang: QuoteLanguage,
  persons: readonly PersonMention[],
  strictSpelling: boolean,
  marked: boolean,
): PersonMention | undefined {
  let k = range.end - 1;
  while (k > range.start && isSpaceCode(text.charCodeAt(k))) k--;
  // ("Whitcomb closed the three-hour hearing with a warning." before a paragraph that is a quotation: a sentence of
  // narration about a person, with no quotation marks in its paragraph, introduces it as a colon does.)
  const colonEnd = text.charCodeAt(k) === 58;
  const stopEnd = !colonEnd && !marked && lang.casedNames && text.charCodeAt(k) === 46;
  if ((!colonEnd && !stopEnd) || !personWithin(persons, range.start, k)) return undefined;
  const { tokens, index } = readBlock(text, range.start, range.end, marks, lang, marked);
  const sentence = index.sentences[index.sentences.length - 1];
  const end = tokens[tokens.length - 1];
  if (!sentence || end === undefined || (colonEnd && !isColonToken(end))) return undefined;
  const ctx: SentenceCtx = { text, tokens, index, lang, sentence, marks, strictSpelling };
  return personOpening(ctx, persons, end.start) ?? (lang.casedNames ? appositionOpening(ctx, persons, end.start) : undefined);
}

/** Capitalised words a speaker's label may put before the name ("Cal Fire Battalion Chief"). */
const LABEL_TITLE_WORDS = 6;

/**
 * 'Cal Fire Battalion Chief Rosa Elizondo-Marsh: "…"': a sentence that is only a person's name, after capitalised
 * words of a title, and the colon: a speaker's label.
 */
function labelPerson(ctx: SentenceCtx, persons: readonly PersonMention[], colon: number): PersonMention | undefined {
  const { tokens, sentence, text } = ctx;
  const before = tokens[colon - 1];
  if (colon - sentence.first > LABEL_TITLE_WORDS + 4 || before === undefined) return undefined;
  const person = persons[mentionsEndingBy(persons, before.end) - 1];
  if (!person || person.end !== before.end) return undefined;
  for (let k = sentence.first; k < colon && (tokens[k] as Token).start < person.start; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || !isCapitalized(text, tok)) return undefined;
  }
  return person;
}

/** Tokens a description opening a sentence may take before the name in apposition after it. */
const APPOSITION_TOKENS = 12;

/** "The secretary general of the union, Nunzio Galantino, …": a name between commas right after the opening description. */
function appositionOpening(ctx: SentenceCtx, persons: readonly PersonMention[], to: number): PersonMention | undefined {
  const { tokens, sentence } = ctx;
  const past = pastOpeningAdverbial(ctx, sentence.first, Math.min(sentence.last, sentence.first + OPENING_ADVERBIAL_TOKENS));
  const from = past < 0 ? sentence.first : past;
  const limit = Math.min(sentence.last, from + APPOSITION_TOKENS);
  let comma = from;
  while (comma < limit && !((tokens[comma] as Token).type === 'punct' && (tokens[comma] as Token).key === ',')) comma++;
  if (comma === from || comma >= limit) return undefined;
  const person = unquotedMention(ctx, persons, (tokens[comma] as Token).end, to);
  if (!person) return undefined;
  const at = countBefore(tokens, (t) => t.start < person.start);
  const after = tokens[countBefore(tokens, (t) => t.start < person.end)];
  return at === comma + 1 && after?.type === 'punct' && after.key === ',' ? person : undefined;
}

/**
 * "Ferrante's answer to that was short: "…"", "Marchetti's advice was simpler: "…"": a person whose name in the possessive
 * opens the sentence on a noun for what someone says, before the colon at token `colon`.
 */
function possessorOpening(ctx: SentenceCtx, persons: readonly PersonMention[], colon: number): PersonMention | undefined {
  const { tokens, sentence, lang } = ctx;
  if (!lang.possessedSpeechNouns) return undefined;
  const m = persons[countBefore(persons, (x) => x.start < (tokens[sentence.first] as Token).start)];
  if (!m || !possessive(ctx.text, m) || quotedMention(ctx, m)) return undefined;
  const at = countBefore(tokens, (t) => t.start < m.start);
  if (at - sentence.first >= OPENING_TOKENS) return undefined;
  // The noun right after the name's possessive token, before the colon.
  const k = countBefore(tokens, (t) => t.start < m.end);
  const noun = tokens[k];
  return noun?.type === 'word' && k < colon && lang.possessedSpeechNouns.has(noun.key) ? m : undefined;
}

/** Tokens from a sentence's start within which a person opening it stands (after «وكان», "Then"). */
const OPENING_TOKENS = 3;

/** The person whose name opens the sentence (within its first few tokens), named outside marks before `to`. */
function personOpening(ctx: SentenceCtx, persons: readonly PersonMention[], to: number): PersonMention | undefined {
  const { tokens, sentence, lang } = ctx;
  // ("During Prime Minister's Questions Wednesday, Sunak defended …: "…"": past an opening adverbial and its comma.)
  const past = lang.casedNames ? pastOpeningAdverbial(ctx, sentence.first, Math.min(sentence.last, sentence.first + OPENING_ADVERBIAL_TOKENS)) : -1;
  const from = past < 0 ? sentence.first : past;
  const person = unquotedMention(ctx, persons, (tokens[from] as Token).start, to);
  if (!person) return undefined;
  const at = countBefore(tokens, (t) => t.start < person.start);
  // ("Said Amazon spokeswoman Kelly Cheeseman: "…"": a name the entity stage opened on an inverted verb of saying is no
  // subject; the person named after it in the clause is.)
  const opener = tokens[at] as Token | undefined;
  if (at === from && opener?.type === 'word' && lang.casedNames && lang.cues.has(opener.key) && opener.end < person.end) {
    const named = unquotedMention(ctx, persons, person.end, to);
    if (named) return named;
  }
  return at - from < OPENING_TOKENS ? person : undefined;
}

/**
 * Whether a sentence holds a mark or a word that may start a frame past its opening adverbial: 'Asked whether that could
 * win Kessler over, Hostetler shrugged.' opens on a verb of asking whose clause says nothing, and is about Hostetler.
 */
function busyPastOpening(ctx: SentenceCtx): boolean {
  const { sentence, tokens } = ctx;
  if (!sentence.busy) return false;
  const past = ctx.lang.casedNames ? pastOpeningAdverbial(ctx, sentence.first, Math.min(sentence.last, sentence.first + OPENING_ADVERBIAL_TOKENS)) : -1;
  if (past <= sentence.first) return true;
  for (let k = past; k < sentence.last; k++) if ((tokens[k] as Token).trigger || (tokens[k] as Token).type === 'mark') return true;
  return false;
}

/** Lower-case words a clause may have between its subject and a colon ("Ocampo smiled:", "Reyes said simply:"). */
const BEFORE_COLON_WORDS = 3;

/**
 * "Asked whether he expected to be charged …, Ocampo smiled: "…"": the person named last before the colon at token
 * `colon`, in its sentence, with only a few lower-case words (a verb, an adverb) between them.
 */
function personRightBeforeColon(ctx: SentenceCtx, persons: readonly PersonMention[], colon: number): PersonMention | undefined {
  const { tokens, sentence } = ctx;
  let k = colon - 1;
  while (k >= sentence.first && colon - 1 - k < BEFORE_COLON_WORDS && tokens[k]?.type === 'word' && !/^\p{Lu}/u.test((tokens[k] as Token).written)) k--;
  if (k === colon - 1 || k < sentence.first) return undefined;
  const end = (tokens[k] as Token).end;
  const person = persons[countBefore(persons, (m) => m.end <= end) - 1];
  return person && person.end === end && !quotedMention(ctx, person) ? person : undefined;
}

/** The body whose name opens the sentence, as `personOpening` finds a person, when no title or noun for a person follows it. */
function bodyOpening(ctx: SentenceCtx, bodies: readonly PersonMention[], to: number): PersonMention | undefined {
  const { tokens, lang } = ctx;
  const body = personOpening(ctx, bodies, to);
  if (!body) return undefined;
  let at = countBefore(tokens, (t) => t.start < body.end);
  // ("Arden Power & Light Co. asked", "Arden Power & Light Co., Oregon's largest electric utility, asked": past the
  // stop of an abbreviation the name ends on, and an apposition between commas.)
  if (tokens[at]?.key === '.' && (tokens[at] as Token).start === body.end) at++;
  if (isCommaToken(tokens[at])) {
    let close = at + 1;
    while (close < Math.min(ctx.sentence.last, at + 1 + APPOSITION_AFTER_BODY_TOKENS) && !isCommaToken(tokens[close])) close++;
    if (isCommaToken(tokens[close]) && close > at + 1) at = close + 1;
  }
  const next = tokens[at];
  if (next?.type !== 'word') return undefined;
  return personWord(lang, next.key) ? undefined : body;
}

/** Tokens an apposition after a body's name opening a sentence may take ("Oregon's largest electric utility"). */
const APPOSITION_AFTER_BODY_TOKENS = 10;

/** Tokens an adverbial opening a sentence may take before its comma ("During Prime Minister's Questions Wednesday,"). */
const OPENING_ADVERBIAL_TOKENS = 10;

const isCloseMark = (t: Token | undefined) => t?.type === 'mark' && t.role === 'close';
const isCommaToken = (t: Token | undefined) => t?.type === 'punct' && (t.key === ',' || t.key === '،');

/** Whether the marked content ending before `close` ends with a sentence stop ("… onside.”). */
function endsSentence(text: string, close: number): boolean {
  const c = text[close - 1];
  return c === '.' || c === '!' || c === '?' || c === '؟' || c === '…';
}

/**
 * Whether [start, end) overlaps the last quote made or one of this sentence's. The sentence's
 * quotes are in order and disjoint, so a binary search finds the only candidate.
 */
function overlapsRecent(drafts: readonly Draft[], inSentence: readonly Draft[], start: number, end: number): boolean {
  const last = drafts[drafts.length - 1];
  if (last && last.start < end && start < last.end) return true;
  const d = inSentence[countBefore(inSentence, (draft) => draft.start < end) - 1];
  return d !== undefined && start < d.end;
}

/** Last token of content that runs to the end of the sentence: trailing stops and commas left out, a closing mark kept. */
function lastContentToken(ctx: SentenceCtx, first: number): number {
  const { tokens } = ctx;
  let last = ctx.sentence.last - 1;
  // «… تراقب آلاف المسلمين (رويترز) وفي مانشيستر …»: a photo caption's credit run into the text ends what was said.
  const credits = creditsOf(ctx);
  const credit = credits[firstAtLeast(credits, first + 1)];
  if (credit !== undefined) last = credit - 1;
  // «… ألا أحد يستطيع أن يمنع إيران وذلك في مؤتمر صحفي …»: narration taken back up ends it too.
  const resumes = resumesOf(ctx);
  const resume = resumes[firstAtLeast(resumes, first + 1)];
  if (resume !== undefined && resume - 1 < last) last = resume - 1;
  // «وبينما يرى خبراء أن الخطوة ضرورية، يحذر آخرون من …»: a clause of contrast opening the sentence ends at the comma
  // before the main clause's own verb of saying.
  const contrast = contrastClauseEnd(ctx, first, last);
  if (contrast >= 0) last = contrast;
  // ('told Sky News any process "must be well thought out": "Moves to reduce …': a colon before a quotation ends the
  // reported clause; the quotation after it is the speaker's own words, a quote of its own.)
  const colonQuotes = colonQuotesOf(ctx);
  const at = colonQuotes[firstAtLeast(colonQuotes, first + 2)];
  if (at !== undefined && at <= last) {
    // (A clause of its own before the colon, not a word of manner: 'said simply: "Yes."' is one quote.)
    let words = 0;
    for (let k = first; k < at - 1 && words < COLON_CLAUSE_WORDS; k++) if ((tokens[k] as Token).type === 'word') words++;
    // (Nor an attribution of its own, 'one user on Weibo, …, posted: "…"', which the source relays.)
    const verb = tokens[at - 2];
    if (words >= COLON_CLAUSE_WORDS && !(verb?.type === 'word' && ctx.lang.cues.has(verb.key))) last = at - 2;
  }
  while (last > first && trailingPunct(tokens[last])) last--;
  return last;
}

/** The sentence's quotation marks opening right after a colon, outside marks: read once per sentence. */
function colonQuotesOf(ctx: SentenceCtx): number[] {
  const { sentence, tokens } = ctx;
  if (sentence.colonQuotes) return sentence.colonQuotes;
  const out: number[] = [];
  const marks = ctx.index.marks;
  for (let m = firstAtLeast(marks, sentence.first + 1); m < marks.length && (marks[m] as number) < sentence.last; m++) {
    const at = marks[m] as number;
    const tok = tokens[at] as Token;
    if (tok.role === 'open' && !tok.quoted && isColonToken(tokens[at - 1])) out.push(at);
  }
  sentence.colonQuotes = out;
  return out;
}

/** Words a reported clause needs before a colon and a quotation for the quotation to be a quote of its own. */
const COLON_CLAUSE_WORDS = 3;

/** Words a clause of contrast opening a sentence is looked through for the comma that ends it. */
const CONTRAST_CLAUSE_WORDS = 40;

/** In a sentence opening on a clause of contrast («بينما», "while"), the token before the comma that ends it after `first`; -1 if none. */
function contrastClauseEnd(ctx: SentenceCtx, first: number, last: number): number {
  const { tokens, lang, sentence } = ctx;
  const opener = tokens[sentence.first] as Token;
  if (opener.type !== 'word' || !lang.contrastClauses?.has(opener.bare) || first <= sentence.first) return -1;
  for (let k = first + 1; k < Math.min(last, first + CONTRAST_CLAUSE_WORDS); k++) {
    const tok = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (tok.type === 'mark' || tok.quoted) return -1;
    if (isCommaToken(tok) && next.type === 'word' && next.conjunction === 0 && lang.cues.has(next.key)) return k - 1;
  }
  return -1;
}

/** Per sentence, where narration is taken back up («وذلك» before a setting preposition), in order: read once. */
function resumesOf(ctx: SentenceCtx): number[] {
  const { tokens, lang, sentence } = ctx;
  if (sentence.resumes) return sentence.resumes;
  const out: number[] = [];
  const resumes = lang.narrationResumes;
  if (resumes || lang.verbFirst)
    for (let k = sentence.first + 1; k < sentence.last - 1; k++) {
      const tok = tokens[k] as Token;
      const next = tokens[k + 1] as Token;
      if (tok.type === 'word' && !tok.quoted && resumes?.has(tok.key) === true && next.type === 'word' && lang.settingPrepositions.has(next.key)) out.push(k);
      // («… في مارون الراس، وقالت المقاومة الاسلامية ألحق مجاهدونا …»: after a comma, a verb of saying with «و» and a
      // subject of its own is another attribution, whether or not its words can be read.)
      else if (lang.verbFirst && isCommaToken(tok) && !tok.quoted && newAttribution(ctx, k + 1)) out.push(k + 1);
    }
  sentence.resumes = out;
  return out;
}

/** Whether token `k` is a verb of saying with «و» written onto it and, right after it, a word that can open its subject. */
function newAttribution(ctx: SentenceCtx, k: number): boolean {
  const { tokens, lang } = ctx;
  const verb = tokens[k];
  const subject = tokens[k + 1];
  const cue = verb?.type === 'word' && verb.conjunction > 0 ? lang.cues.get(verb.bare) : undefined;
  // (A verb in the past: «، ويدعى سامي …» is "who is called", keyed as «يدعي», "claims".)
  if (!cue || cue.participle === true || cue.present === true || subject?.type !== 'word') return false;
  const key = subject.key;
  return (
    !lang.complementisers.has(key) &&
    !lang.complementPrepositions.has(key) &&
    !lang.settingPrepositions.has(key) &&
    !lang.pronouns.has(key) &&
    lang.firstPersonOpeners?.has(key) !== true
  );
}

/** Per sentence, the opening parentheses of photo credits with words after them, in order: read once, however many quotes ask. */
function creditsOf(ctx: SentenceCtx): number[] {
  const { tokens, lang, sentence } = ctx;
  if (sentence.credits) return sentence.credits;
  const out: number[] = [];
  const last = sentence.last - 1;
  if (lang.creditWords)
    for (let k = sentence.first + 1; k < last; k++) {
      const tok = tokens[k] as Token;
      if (tok.type !== 'punct' || tok.key !== '(' || tok.quoted) continue;
      let c = k + 1;
      while (c < last && c - k <= CREDIT_WORDS && (tokens[c] as Token).key !== ')') c++;
      if ((tokens[c] as Token).key !== ')') continue;
      if (c < last && tokens.slice(k + 1, c).some((t) => t.type === 'word' && lang.creditWords?.has(t.key) === true)) out.push(k);
      k = c;
    }
  sentence.credits = out;
  return out;
}

/** The token after the last photo credit before token `t` in its sentence, or the sentence's first token. */
function afterCredit(ctx: SentenceCtx, t: number): number {
  const credits = creditsOf(ctx);
  const i = firstAtLeast(credits, t) - 1;
  if (i < 0) return ctx.sentence.first;
  let k = credits[i] as number;
  while (k < t && (ctx.tokens[k] as Token).key !== ')') k++;
  return k + 1 < t ? k + 1 : ctx.sentence.first;
}

/**
 * "WELLINGTON, Feb 19 (Reuters) - The Reserve Bank of New Zealand cut …": the body named right after a dateline's
 * credit and dash, which opens the story's first sentence.
 */
function bodyAfterDateline(ctx: SentenceCtx, bodies: readonly PersonMention[]): PersonMention | undefined {
  const { tokens, sentence, lang } = ctx;
  let at = afterDateline(ctx);
  if (at === sentence.first) return undefined;
  if (tokens[at]?.type === 'word' && lang.determiners?.has((tokens[at] as Token).key)) at++;
  const start = (tokens[at] as Token | undefined)?.start;
  const body = start === undefined ? undefined : firstFrom(bodies, start);
  // ("Canada's energy regulator": a possessor is not who acts.)
  return body !== undefined && body.start === start && !possessive(ctx.text, body) ? body : undefined;
}

/** Tokens a photo credit in parentheses may hold («رويترز - أرشيف»). */
const CREDIT_WORDS = 6;

/** Ends an earlier reported clause before the cue of a new named speaker («قال X إن …، وقال Y إن …»). */
function trimBefore(draft: Draft, frame: Frame, ctx: SentenceCtx): void {
  if (!frame.cue) return;
  // The attribution starts at its subject when that comes first ("…, but he said that …"); a verb conjoined to the one
  // before shares its subject, and starts at the conjunction ("… played well and added that …").
  const shared = frame.lead < 0 || (ctx.tokens[frame.lead] as Token).start < draft.start;
  const lead = shared ? frame.cue.start : Math.min(frame.cue.start, frame.lead);
  let t = lead - 1;
  // «…، لكنه شدد»: the conjunction opens the new clause; «… كما أكد»: so does an adverb adding one.
  const link = ctx.tokens[t];
  const { lang } = ctx;
  // («…، في حين قال»: a contrast word may have its preposition before it.)
  const governed = ctx.tokens[t - 1]?.type === 'word' && lang.governingPrepositions?.has((ctx.tokens[t - 1] as Token).key) === true;
  if (link?.type === 'word' && lang.contrastClauses?.has(link.key) === true && governed && ctx.tokens[t - 2]?.type === 'punct') t -= 2;
  // («…، غير انهم يحذرون»: «غير» and the complementiser with its pronoun open the new clause.)
  else if (contrastComplementiser(ctx, t)) t -= 2;
  // («…، قبل أن يضيف»: the time word and its complementiser open the new clause.)
  else if (timeComplementiser(ctx, t)) t -= 2;
  else if (
    link?.type === 'word' &&
    // («، ولكنه توقع»: with «و» written onto it too.)
    // («… الطائرتين لكنه قال»: one with the new clause's subject written onto it opens it with no comma before it.)
    (((lang.coordinators.has(link.bare) || lang.contrastClauses?.has(link.key) === true) &&
      (ctx.tokens[t - 1]?.type === 'punct' || shared || lang.possessorless(link.bare) !== link.bare)) ||
      lang.alsoWords?.has(link.key) === true ||
      // ("…, with the i reporting …": the preposition of an absolute participle's subject.)
      lang.absolutePrepositions?.has(link.key) === true)
  )
    t--;
  if (t < ctx.sentence.first) return;
  while (t > ctx.sentence.first && (ctx.tokens[t] as Token).type === 'punct') t--;
  const end = (ctx.tokens[t] as Token).end;
  if (end <= draft.start) return;
  draft.end = end;
  draft.lastToken = t;
}

/** Marks the spans a quote holds as used, and calls reported speech with a quoted fragment in it mixed. */
function finishDraft(ctx: SentenceCtx, draft: Draft, used: Set<number>): void {
  if (draft.span >= 0) {
    used.add(draft.span);
    return;
  }
  const marks = ctx.index.marks;
  for (let m = firstAtLeast(marks, draft.firstToken); m < marks.length && (marks[m] as number) <= draft.lastToken; m++) {
    const t = marks[m] as number;
    const tok = ctx.tokens[t] as Token;
    if (tok.span === undefined || tok.start >= draft.end) continue;
    used.add(tok.span);
    if (tok.role === 'open' && !tok.quoted && !isTermSpan(ctx, t)) draft.kind = 'mixed';
  }
}

/** Mentions of one kind of entity by start offset, to point a quote's speaker at the entity its span names. */
/**
 * A word of saying inside a person's name, after its first word, is part of the name: «للدكتور بهاء حسب الله» is no
 * «according to الله», "Edward Said argued" no "said". (A name's first word may still be a verb the entity stage took in.)
 */
function dropTriggersInNames(tokens: readonly Token[], index: BlockIndex, persons: readonly PersonMention[]): void {
  const kept = index.triggers.filter((t) => {
    const start = (tokens[t] as Token).start;
    const m = persons[countBefore(persons, (p) => p.start < start) - 1];
    return !(m && start < m.end);
  });
  if (kept.length !== index.triggers.length) index.triggers = kept;
}

/** Marks the words of a person's name after its first (see `Token.inName`); one pass over both sorted lists. */
function markNameWords(tokens: readonly Token[], persons: readonly PersonMention[]): void {
  let p = countBefore(persons, (m) => m.end <= ((tokens[0] as Token | undefined)?.start ?? 0));
  for (const tok of tokens) {
    while (p < persons.length && (persons[p] as PersonMention).end <= tok.start) p++;
    const m = persons[p];
    if (m && tok.type === 'word' && tok.start > m.start && tok.end <= m.end) tok.inName = true;
  }
}

/** Words before a place's name within which a title makes it a person's («رئيس مجلس المحافظة أحمد الجبوري»). */
const TITLED_PLACE_WORDS = 4;

/**
 * Persons, with the places the entity stage read where a title names someone: two words or more opening on a given
 * name, a title among the few words right before them in the same sentence («واتهم رئيس مجلس المحافظة أحمد الجبوري»,
 * which the entity stage took for a place after «محافظة»). After a bare noun in construct («رئيس مجلس محافظة صلاح
 * الدين أحمد ناجي جبارة الجبوري») the place's first words complete that noun: the person opens on the next given name.
 */
/**
 * «وسئل بن رمضان عن التحكيم فقال», «اكتفت بن عمارة بالقول» after «نبيل بن رمضان», «سعاد بن عمارة»: the entity stage may
 * read the verb before a surname as a given name. A person named once by a word that is no given name and then the last
 * words of another person's longer name is that person, the word before a verb: its mentions become theirs.
 */
function verbsOffNames(persons: PersonMention[], text: string, lang: QuoteLanguage): PersonMention[] {
  if (!lang.verbFirst || persons.length < 2) return persons;
  // Each person's name as words, the last word keyed to the persons whose name ends on it.
  const byLast = new Map<string, { id: string; name: string; words: string[] }[]>();
  const words = (name: string) => name.split(/\s+/u).filter(Boolean);
  const seen = new Set<string>();
  for (const m of persons) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const w = words(m.name);
    const last = w[w.length - 1];
    if (last === undefined) continue;
    const named = byLast.get(last);
    if (named) named.push({ id: m.id, name: m.name, words: w });
    else byLast.set(last, [{ id: m.id, name: m.name, words: w }]);
  }
  return persons.map((m) => {
    // (This mention's words, which the entity's name, read from its fullest mention, may not be.)
    const written = text.slice(m.start, m.end);
    const w = words(written);
    if (w.length < 2 || isGivenName(lang, lang.key(w[0] as string)) || lang.verbShaped?.(w[0] as string) !== true) return m;
    const rest = w.slice(1);
    const other = byLast
      .get(rest[rest.length - 1] as string)
      ?.find((o) => o.id !== m.id && o.words.length > rest.length && rest.every((word, i) => o.words[o.words.length - rest.length + i] === word));
    if (!other) return m;
    const at = written.indexOf(rest[0] as string, (w[0] as string).length);
    return at > 0 ? { ...m, start: m.start + at, id: other.id, name: other.name, named: { keys: undefined, lang: undefined } } : m;
  });
}

function withTitledPlaces(persons: PersonMention[], places: readonly PersonMention[], text: string, lang: QuoteLanguage): PersonMention[] {
  const given = (w: string) => isGivenName(lang, lang.key(w));
  const titled: PersonMention[] = [];
  for (const m of places) {
    const words = [...text.slice(m.start, m.end).matchAll(/\p{L}+/gu)];
    // Most places are one word: nothing to read before them.
    if (words.length < 2) continue;
    const before =
      text
        .slice(Math.max(0, m.start - 80), m.start)
        .split(/[.!?؟\n]/u)
        .pop() ?? '';
    const near = before.match(/\p{L}+/gu)?.slice(-TITLED_PLACE_WORDS) ?? [];
    if (!near.some((w) => isTitleWord(lang, lang.articleless(lang.key(w))))) continue;
    const last = near[near.length - 1] ?? '';
    const construct = lang.article !== '' && lang.articleless(lang.key(last)) === lang.key(last) && !isTitleWord(lang, lang.key(last));
    let i = construct ? 1 : 0;
    while (i < words.length - 1 && !given((words[i] as RegExpMatchArray)[0])) i++;
    if (i >= words.length - 1 || !given((words[i] as RegExpMatchArray)[0])) continue;
    const from = m.start + ((words[i] as RegExpMatchArray).index ?? 0);
    titled.push({
      start: from,
      end: m.end,
      id: `${m.id}:person`,
      name: text.slice(from, m.end),
      named: { keys: undefined, lang: undefined },
      around: undefined,
      unlinked: true,
    });
  }
  return titled.length === 0 ? persons : [...persons, ...titled].sort((a, b) => a.start - b.start);
}

function mentionsOf(doc: ArticleDocument, kind: 'person' | 'organization' | 'location'): PersonMention[] {
  const out: PersonMention[] = [];
  for (const e of doc.entities) {
    if (e.kind !== kind) continue;
    const named = { keys: undefined, lang: undefined };
    for (const m of e.mentions)
      out.push({ start: m.position.start.offset as number, end: m.position.end.offset as number, id: e.id, name: e.name, named, around: undefined });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The paragraphs of a quote that runs over several blocks, as offset ranges: each block's share
 * of it, without the spaces at its ends and the quotation mark that reopens a later paragraph.
 * Null for a quote inside one block (nearly all).
 */
function partsOf(d: Draft, text: string, ranges: readonly { start: number; end: number }[], marks: MarkPairs): [number, number][] | null {
  const first = blockAt(ranges, d.start);
  const last = blockAt(ranges, d.end - 1);
  if (first < 0 || last <= first) return null;
  const out: [number, number][] = [];
  const asides = d.span >= 0 ? marks.spans[d.span]?.asides : undefined;
  for (let b = first; b <= last; b++) {
    if (asides?.includes(b)) continue;
    const range = ranges[b] as { start: number; end: number };
    let [s, e] = trimSpaces(text, Math.max(d.start, range.start), Math.min(d.end, range.end));
    if (b > first && marks.roles.get(s)?.role === 'reopen') [s, e] = trimSpaces(text, s + 1, e);
    // (A paragraph of punctuation alone inside the quotation, «.» where a text was cut, holds none of its words.)
    if (e > s && WORDLIKE.test(text.slice(s, e))) out.push([s, e]);
  }
  return out.length > 1 ? out : null;
}

/** A name written whole in quotation marks («"هيومن رايتس ووتش"»), without them. */
function unwrapped(name: string): string {
  const open = name.charCodeAt(0);
  const close = name.charCodeAt(name.length - 1);
  if (name.length < 3 || !isMarkCode(open) || !isMarkCode(close)) return name;
  const inner = name.slice(1, -1);
  // (Only one pair: «"الشرق" و"الغد"» keeps its marks.)
  for (let i = 0; i < inner.length; i++) if (isMarkCode(inner.charCodeAt(i))) return name;
  return inner.trim();
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;

function toQuote(
  d: Draft,
  i: number,
  text: string,
  positionOf: (s: number, e: number) => Position,
  blocks: readonly Block[],
  persons: readonly PersonMention[],
  parts: readonly [number, number][] | null,
): Quote {
  const position = positionOf(d.start, d.end);
  const outside = (span: [number, number] | null): span is [number, number] => span !== null && (span[1] <= d.start || span[0] >= d.end);
  const quote: Quote = {
    id: `q${i + 1}`,
    kind: d.kind,
    text: text.slice(d.start, d.end),
    position,
    paragraphId: (blocks[d.block] as Block).id,
    cue: outside(d.cue) ? { text: text.slice(d.cue[0], d.cue[1]), position: positionOf(d.cue[0], d.cue[1]) } : null,
    speaker: d.speaker
      ? {
          name: unwrapped(d.speaker.name),
          inferred: d.inferred,
          ...(d.speaker.role ? { role: d.speaker.role } : {}),
          ...(d.speaker.entityId ? { entityId: d.speaker.entityId } : {}),
        }
      : null,
    confidence: d.confidence,
  };
  if (outside(d.speakerSpan)) {
    const [s, e] = d.speakerSpan;
    quote.speakerSpan = { text: text.slice(s, e), position: positionOf(s, e) };
    const person = personWithin(persons, s, e);
    if (person && !person.unlinked && quote.speaker && !quote.speaker.entityId) quote.speaker.entityId = person.id;
  }
  if (parts) quote.parts = parts.map(([s, e]) => ({ text: text.slice(s, e), position: positionOf(s, e) }));
  return quote;
}

/** Where the block holding `offset` starts (binary search over block starts); -1 before the first block. */
function blockAt(ranges: readonly { start: number }[], offset: number): number {
  return countBefore(ranges, (range) => range.start <= offset) - 1;
}

/**
 * Unist points for offsets, walking from the start of the block that holds them: the stage needs
 * few points (a handful of messages), so it does not index the whole text's lines.
 */
function pointAt(text: string, blocks: readonly Block[], ranges: readonly { start: number }[], offset: number): Point {
  return pointsAt(text, blocks, ranges, [offset]).get(offset) as Point;
}

/** Points for many offsets in one forward walk: sorted, each continues from the last or from its block's start. */
function pointsAt(text: string, blocks: readonly Block[], ranges: readonly { start: number }[], offsets: readonly number[]): Map<number, Point> {
  const out = new Map<number, Point>();
  // A typed array sorts numbers natively, with no comparator called per pair.
  const sorted = new Int32Array(offsets).sort();
  let cursor: Point = { line: 1, column: 1, offset: 0 };
  // The next LF and the next CR at or after the cursor (found natively, each searched again only once passed; -1 when
  // there is none left): CRLF is one break, as in model/positions.ts.
  let lf = -2;
  let cr = -2;
  let previous = -1;
  for (const offset of sorted) {
    // Sorted, so a repeated offset follows its first: its point is known.
    if (offset === previous) continue;
    previous = offset;
    const b = blockAt(ranges, offset);
    const blockStart = b >= 0 ? (blocks[b] as Block).position.start : cursor;
    if ((blockStart.offset as number) > (cursor.offset as number)) cursor = blockStart;
    let { line, column } = cursor;
    let i = cursor.offset as number;
    for (;;) {
      if (lf !== -1 && lf < i) lf = text.indexOf('\n', i);
      if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
      const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (at < 0 || at >= offset) break;
      const after = at === cr && lf === cr + 1 ? at + 2 : at + 1;
      if (after > offset) {
        // The offset falls between CR and LF: the CR is not a column.
        column += at - i;
        i = offset;
        break;
      }
      line++;
      column = 1;
      i = after;
    }
    column += offset - i;
    cursor = { line, column, offset };
    out.set(offset, cursor);
  }
  return out;
}

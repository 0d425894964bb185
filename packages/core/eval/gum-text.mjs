// Rebuilds readable English text from the GUM Wikinews documents in
// shared/corpora/gum-ner/news.conll ("token TAG" per line, blank line between
// sentences, "-DOCSTART- O" before each document). The corpus keeps only gold
// tokens, not the original spacing, so spacing is restored by a few fixed rules.
// Output: one sentence per paragraph (the first is the headline), joined by "\n\n", except that a quotation running
// over several sentences stays in one paragraph.

// Closing punctuation is written against the preceding word ("word," "5%").
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', '...']);
// Opening brackets are written against the following word ("(IE9)").
const NO_SPACE_AFTER = new Set(['(', '[', '{']);
// English clitics are split off by the tokenizer ("do n't", "Trump 's"); glue them back.
const CLITIC = /^(?:['’](?:s|re|ve|ll|d|m)|n['’`]t)$/i;
// Tokens that start with a letter or digit, for deciding whether "-" is a word-internal hyphen.
const WORD = /^[\p{L}\p{N}]/u;
// A "-" token is a spaced dash, not a hyphen, when it introduces a parenthetical:
// the next word is one of these (and is not itself the middle of "face-to-face").
// Closed list taken from the dash uses in these documents ("Safari - and nearly").
const DASH_NEXT = new Set([
  'and',
  'or',
  'but',
  'which',
  'where',
  'that',
  'this',
  'we',
  'a',
  'in',
  'was',
  'aged',
  'one',
  'despite',
  'to',
  'alone',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
// Words ending in "s" that are never followed by a possessive apostrophe, so a "'"
// after them opens a single-quoted phrase ("these 'events'").
const NOT_POSSESSOR = new Set(['these', 'those', 'is', 'was', 'has', 'as', 'his', 'its', 'this', 'us', 'thus']);

function parseDocuments(conllText) {
  const docs = [];
  let doc = null;
  let sent = [];
  const endSentence = () => {
    if (doc && sent.length) doc.push(sent);
    sent = [];
  };
  for (const raw of conllText.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cut = line.lastIndexOf(' ');
    const token = cut > 0 ? line.slice(0, cut) : line;
    if (token === '-DOCSTART-') {
      endSentence();
      doc = [];
      docs.push(doc);
      continue;
    }
    sent.push(token);
  }
  endSentence();
  return docs;
}

// Decide the role of every quote token in a document. Double quotes alternate
// open/close across the whole document, since a quotation may run over several
// sentences; `` and '' (PTB style) and curly quotes count as double quotes and are
// written as straight ". A quote mark opening a sentence always opens: English
// reopens a quotation at each new paragraph without closing the previous one.
// Single "'" tokens are either a plural possessive ("parents' defense") or a
// single-quoted phrase ('courageous achievement'), paired within the sentence.
function quoteRoles(sentences) {
  let doubleOpen = false;
  return sentences.map((tokens) => {
    let singleOpen = false;
    return tokens.map((t, i) => {
      if (t === '"' || t === '``' || t === "''" || t === '“' || t === '”') {
        doubleOpen = i === 0 ? true : !doubleOpen;
        return { text: '"', role: doubleOpen ? 'open' : 'close' };
      }
      if (t === "'" || t === '‘' || t === '’') {
        const prev = tokens[i - 1] ?? '';
        if (singleOpen) {
          singleOpen = false;
          return { text: "'", role: 'close' };
        }
        if (/s$/i.test(prev) && WORD.test(prev) && !NOT_POSSESSOR.has(prev.toLowerCase())) {
          return { text: "'", role: 'clitic' };
        }
        singleOpen = true;
        return { text: "'", role: 'open' };
      }
      return { text: t, role: 'word' };
    });
  });
}

function isHyphenJoin(toks, i) {
  // "El - Hassan" -> "El-Hassan": a "-" between two word tokens is a hyphen.
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next || prev.role !== 'word' || next.role !== 'word') return false;
  if (!WORD.test(prev.text) || !WORD.test(next.text)) return false;
  const after = toks[i + 2];
  if (DASH_NEXT.has(next.text) && !(after && after.text === '-')) return false;
  return true;
}

function detokenizeSentence(toks) {
  let out = '';
  let glueNext = true; // no space before the first token
  for (let i = 0; i < toks.length; i++) {
    const { text, role } = toks[i];
    const prev = toks[i - 1];
    let glue = glueNext;
    glueNext = false;
    if (role === 'close' || role === 'clitic') glue = true; // closing quote / possessive ' hug the word before
    if (role === 'word') {
      if (NO_SPACE_BEFORE.has(text) || CLITIC.test(text)) glue = true;
      if (NO_SPACE_AFTER.has(text)) glueNext = true;
      // "$ 5" -> "$5", "US$ 20,000" -> "US$20,000", "NZ $ 26" -> "NZ$26", "# 2" -> "#2":
      // currency and number signs stick to the number.
      if (text === '$' || text.endsWith('$')) {
        glueNext = true;
        if (prev && /^[A-Z]{1,3}$/.test(prev.text)) glue = true;
      }
      if (text === '#' && toks[i + 1] && /^\d/.test(toks[i + 1].text)) glueNext = true;
      // "Muslim / non-Muslim" -> "Muslim/non-Muslim": slashes are written solid.
      if (text === '/') {
        glue = true;
        glueNext = true;
      }
      if (text === '-' && isHyphenJoin(toks, i)) {
        glue = true;
        glueNext = true;
      }
    }
    if (role === 'open') glueNext = true; // opening quote hugs the word after
    out += (glue || out === '' ? '' : ' ') + text;
  }
  return out;
}

export function gumDocuments(conllText, names) {
  const docs = parseDocuments(conllText);
  if (names.length !== docs.length) {
    throw new Error(`gumDocuments: ${docs.length} documents in the file but ${names.length} names`);
  }
  return docs.map((sentences, k) => {
    const roles = quoteRoles(sentences);
    // The corpus keeps sentences, not paragraphs. A quotation is never cut by a paragraph end unless its next paragraph
    // reopens it, so a sentence that starts inside an open quotation, without reopening it, continues the paragraph.
    let open = false;
    let text = '';
    for (const [i, toks] of roles.entries()) {
      if (i > 0) text += open && toks[0]?.role !== 'open' ? ' ' : '\n\n';
      text += detokenizeSentence(toks);
      for (const t of toks) if (t.text === '"') open = t.role === 'open';
    }
    return { id: `gum-news-${names[k]}`, text };
  });
}

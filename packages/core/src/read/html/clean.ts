import { bylineName } from './byline.js';
import type { RawBlock } from './collect.js';
import { findPrintedDate } from './dates.js';
import type { HtmlElement } from './dom.js';
import { isInside, type Measures } from './measure.js';
import { matchKey } from './title.js';

/**
 * The article's blocks as a reader should get them: the furniture templates put between and
 * after paragraphs goes, by generic vocabularies in the languages of the web (no site's names).
 */

/** What cleaning found on the way: a printed byline or date, for the metadata. */
export interface Found {
  byline?: string;
  published?: string;
}

/** Whole blocks that are page furniture, in the languages of the web's templates. */
const FURNITURE =
  /^(?:advertisement|advertisements|advert|ad|ads|anzeige|publicidad|publicité|iklan|sponsored|sponsored content|caption|close|read more|read next|more|also|related|related (?:articles|stories|content|coverage)|see also|you may also like|you might also like|don'?t miss|most read|share|sharing is caring|share this(?: article| story)?|share on \w+|follow us(?: on \w+)?|sign up|subscribe|subscribe now|click here|continue reading|comments?|loading|image|photo|video|watch|listen|this slideshow requires javascript|filed under:?.*|(?:reading time|tempo de leitura|lesezeit|temps de lecture)\s*:?.*|\d+ min(?:ute)?s? read|إعلان|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|شارك|شارك الخبر|تابعونا|مواضيع ذات صلة|أخبار ذات صلة|اشترك|طالع أيضا)\s*[:.!…]*$/iu;

/** A photo credit or caption line that escaped <figcaption>: "(Image: GETTY)", "Name | Getty Images". */
const CREDIT =
  /(?:\((?:image|photo|picture|pic|video|credit|source)s?(?: credit)?\s*:[^)]{0,80}\)|\b(?:getty images|reuters|afp|ap photo|associated press|shutterstock|epa|alamy)\b\.?|©[^.]{0,60})\s*$/iu;

/** What an article's last lines say when they are the site talking, not the story. */
const TAIL_PROMO =
  /\b(?:follow (?:us|him|her|them|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?) (?:on|at)|subscribe (?:to (?:our|the)|now|today|for|here)|newsletters?|sign up (?:for|to|here|now)|join (?:our|us)|if you enjoyed|copyright|all rights reserved|may be reached at|can be reached at|contact (?:us|him|her|the author)|chat with us|listen (?:to|live|back)|full coverage|download (?:our|the) app|additional reporting|get access to|click here)\b|©|تابعونا|اشترك|جميع الحقوق محفوظة/iu;

/** A line that only stamps the time: "Updated at 1:23 p.m.", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …". */
const DATELINE =
  /^(?:published|updated|posted|last updated|modified|publicado|atualizado|aktualisiert|veröffentlicht|publié|mis à jour|نشر|تحديث|آخر تحديث)(?:\s+(?:on|at|em|am|le|في))?\s*[:：]?\s*[\p{L}\p{N}][^!?؟]{0,100}$/iu;

/** A pointer to another article: "Read more: <link>", «اقرأ أيضا: <link>». */
const FURNITURE_LEAD =
  /^(?:read more|read next|more|related|see also|also read|recommended|watch|listen|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|طالع أيضا|شاهد|اقرأ كذلك)\s*[:：\-–—|»]/iu;

/**
 * The article's blocks as the reader should see them: no title repeated, no byline or date line,
 * no furniture ("Advertisement", «اقرأ أيضا»), no block that is one short link, no heading left
 * dangling at the end.
 */
export function cleanBlocks(blocks: RawBlock[], title: string | null, titleEl: HtmlElement | undefined, found: Found, m: Measures): RawBlock[] {
  const titleKey = title ? matchKey(title) : '';
  const out: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock;
    const text = block.text;
    if (titleEl && (block.source === titleEl || isInside(m, block.source, titleEl))) continue;
    if (titleKey && block.kind === 'heading' && matchKey(text) === titleKey) continue;
    if (titleKey && out.length < 3 && matchKey(text) === titleKey) continue;
    if (text.length <= 80 && FURNITURE.test(text)) continue;
    if (out.length < 6 && text.length <= 140) {
      const name = bylineName(text);
      if (name) {
        found.byline ??= name;
        continue;
      }
      if (text.length <= 60 && findPrintedDate(text) && !/[.!?؟]$/.test(text)) {
        found.published ??= findPrintedDate(text);
        continue;
      }
    }
    if (text.length <= 200 && block.linkChars > 0 && FURNITURE_LEAD.test(text)) continue;
    if (text.length <= 120 && block.kind === 'paragraph' && DATELINE.test(text) && /\d/.test(text)) continue;
    if (block.role === undefined && block.kind === 'paragraph' && text.length <= 160 && CREDIT.test(text)) {
      out.push({ ...block, role: 'caption' });
      continue;
    }
    // One short link on its own: "Read the full report", a related headline.
    const words = text.split(' ').length;
    if (block.role !== 'caption' && block.linkChars >= 0.85 * text.length && words <= 15 && !headsProse(block, blocks[i + 1])) continue;
    out.push(block);
  }
  // The site's own closing lines: newsletter, follow-us, copyright, contact the author.
  let tail = out.length;
  for (let i = out.length - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const b = out[i] as RawBlock;
    if (b.role === 'caption') continue;
    seen++;
    if (b.text.length <= 400 && TAIL_PROMO.test(b.text)) tail = i;
    else if (b.kind !== 'heading') break;
  }
  out.length = tail;
  while (out.length > 0 && (out[out.length - 1] as RawBlock).kind === 'heading') out.pop();
  return out;
}

/** A linked heading followed by its own prose is a section (a product, a chapter), not a link list. */
function headsProse(block: RawBlock, next: RawBlock | undefined): boolean {
  return (
    block.kind === 'heading' &&
    next !== undefined &&
    next.kind === 'paragraph' &&
    !next.role &&
    next.text.length >= 80 &&
    next.linkChars < 0.5 * next.text.length
  );
}

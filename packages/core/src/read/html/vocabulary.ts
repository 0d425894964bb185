/**
 * The generic vocabularies content scoring rests on: HTML tags by role, and the class/id tokens
 * the web's templates use for the article and for what surrounds it. Matching is by whole token
 * (split on `-`, `_`, spaces by `tokensOfElement`) so `share` hits `share-bar` and not `shared`.
 */

/** Elements that break text into blocks. Anything else is inline. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'img',
  'picture',
]);

export const HEADING_DEPTH: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Elements that are never article text wherever they appear. */
export const ALWAYS_DROPPED_TAGS = new Set(['nav', 'aside', 'menu', 'form', 'fieldset', 'footer', 'label', 'option', 'legend', 'dialog']);

/** Tokens of class/id that mark the article body itself. */
export const POSITIVE_TOKENS = new Set([
  'article',
  'articlebody',
  'article_body',
  'body',
  'content',
  'entry',
  'hentry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
  'storybody',
  'prose',
  'richtext',
  'rich',
  'paragraph',
  'detail',
  'details',
  'news',
  'single',
]);

/** Class/id tokens of what surrounds an article: promotion, sharing, community, navigation. */
const CHROME_WORDS = [
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'cookie',
  'cookies',
  'consent',
  'disqus',
  'gdpr',
  'masthead',
  'modal',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'outbrain',
  'pagination',
  'popup',
  'promo',
  'recirc',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'skyscraper',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'toolbar',
  'trending',
  'widget',
  'signup',
  'paywall',
  'hidden',
  'print',
  'tags',
];

/** Tokens of class/id that lower a container's score as an article candidate. */
export const NEGATIVE_TOKENS = new Set([
  ...CHROME_WORDS,
  'advertising',
  'combx',
  'contact',
  'foot',
  'footer',
  'footnote',
  'menu',
  'shoutbox',
  'tools',
  'popular',
  'teaser',
  'more',
  'login',
  'rail',
  'jump',
]);

/**
 * Tokens that, on their own, justify removing an element inside the article (not just lowering
 * its score): these never hold the article's own paragraphs. Bylines and datelines are read as
 * metadata before they go.
 */
export const UNLIKELY_TOKENS = new Set([...CHROME_WORDS, 'sr', 'visually', 'offscreen', 'tag', 'byline', 'dateline', 'author', 'timestamp', 'meta', 'rating']);

/** Tokens of embedded posts (tweets and the like): quoted words, kept though their wrappers say "social". */
export const EMBED_TOKENS = new Set(['embed', 'embedded', 'tweet']);

/** Tokens that mark a caption: kept as a block with role 'caption', apart from the body. */
export const CAPTION_TOKENS = new Set(['caption', 'figcaption', 'credit', 'credits', 'wp-caption-text']);

/** Roles (ARIA) that are never article text. */
export const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'search',
  'dialog',
  'alert',
  'button',
  'tablist',
]);

export function hasToken(tokens: string[], set: Set<string>): boolean {
  for (const t of tokens) if (set.has(t)) return true;
  return false;
}

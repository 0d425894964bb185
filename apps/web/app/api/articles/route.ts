import { loadLibrary } from '@/lib/library';
import { summarize } from '@/lib/summary';

export const dynamic = 'force-dynamic';

/** `GET /api/articles`: every readable article of the library, `[{slug, title, lang, dir, quotes, entities}]`. */
export function GET(): Response {
  const list = [];
  for (const article of loadLibrary()) {
    if (!article.doc) continue;
    const { slug, title, lang, dir, quotes, entities } = summarize({ ...article, doc: article.doc });
    list.push({ slug, title, lang, dir, quotes, entities });
  }
  return Response.json(list, { headers: { 'Cache-Control': 'no-store' } });
}

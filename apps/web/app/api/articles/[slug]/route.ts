import { toJSON, toMarkdown } from '@maqal/core';
import { apiError } from '@/lib/api-error';
import { findArticle } from '@/lib/library';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/articles/{slug}`: the `ArticleDocument` as JSON, or `?format=markdown` as Markdown;
 * `?download=1` asks the browser to save it. Unknown slugs, including anything path-like, are 404.
 */
export async function GET(request: Request, ctx: RouteContext<'/api/articles/[slug]'>): Promise<Response> {
  const { slug } = await ctx.params;
  const article = findArticle(slug);
  if (!article?.doc) return apiError(404, 'not-found', 'No article with that slug in the library.');
  const url = new URL(request.url);
  const markdown = url.searchParams.get('format') === 'markdown';
  const headers: Record<string, string> = {
    'Content-Type': markdown ? 'text/markdown; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (url.searchParams.has('download')) {
    const name = `${article.slug}.${markdown ? 'md' : 'json'}`;
    headers['Content-Disposition'] = `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  }
  return new Response(markdown ? toMarkdown(article.doc) : toJSON(article.doc), { headers });
}

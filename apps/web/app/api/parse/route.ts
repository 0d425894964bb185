import { toJSON, toMarkdown } from '@maqal/core';
import { apiError } from '@/lib/api-error';
import { formatOfMediaType, parseInput } from '@/lib/parse-input';
import { MAX_BODY_BYTES, readBody } from '@/lib/read-body';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/parse`: the body (text/plain, text/html or text/markdown) as an `ArticleDocument`.
 * `?input=auto` lets core detect the format instead of trusting the media type; `?output=markdown`
 * answers Markdown. Over 5 MB → 413; empty or binary → 400; another media type → 415. Nothing is stored.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const declared = formatOfMediaType(request.headers.get('content-type'));
  if (!declared) {
    await request.body?.cancel().catch(() => undefined);
    return apiError(415, 'unsupported-media-type', 'Send the article as text/plain, text/html or text/markdown.', {
      Accept: 'text/plain, text/html, text/markdown',
    });
  }
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body.ok) return apiError(413, 'too-large', `The body is over the limit of ${MAX_BODY_BYTES} bytes (5 MB).`);
  const outcome = parseInput(body.bytes, url.searchParams.get('input') === 'auto' ? 'auto' : declared);
  if (!outcome.ok) return apiError(outcome.status, outcome.code, outcome.message);
  if (url.searchParams.get('output') === 'markdown') {
    return new Response(toMarkdown(outcome.doc), { headers: { 'Content-Type': 'text/markdown; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return new Response(toJSON(outcome.doc, { indent: 0 }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * JSON responses for the scenario API. Scenario names, labels and descriptions are user text, so every response
 * is inert as markup: served as JSON that a browser may not sniff into HTML, with a policy that runs nothing if the
 * URL is opened directly, and with <, > and & written as \u escapes (the same data to a JSON parser, but no tag even
 * if the text is ever pasted into an HTML page).
 */

const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body).replace(/[<>&]/g, (c) => ESCAPES[c]);
  return new Response(text, { status, headers: { 'Cache-Control': 'no-store', ...BASE_HEADERS, ...headers } });
}

/** Every error is `{ error: string, ...details }`. */
export function jsonError(status: number, error: string, details: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error, ...details }, status, headers);
}

/** For the methods a route does not have, so that even a 405 answers in JSON. */
export function methodNotAllowed(allow: string) {
  return (): Response => jsonError(405, `method not allowed here; use ${allow}`, {}, { Allow: allow });
}

/** OPTIONS: the methods the route really has (Next's own answer would list the 405 stand-ins above too). */
export function optionsAllowing(allow: string) {
  return (): Response => new Response(null, { status: 204, headers: { Allow: `${allow}, OPTIONS` } });
}

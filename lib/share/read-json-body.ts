/**
 * Reads a request body as JSON without ever holding more than `limit` bytes: the declared Content-Length is checked
 * first, then the bytes actually read (a client can omit the header, lie in it, or send chunked).
 */

/** The largest scenario body the API accepts: 256 KiB (262,144 bytes). */
export const MAX_BODY_BYTES = 256 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/** application/json, or any application/…+json type, with or without parameters such as charset. */
export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

export async function readJsonBody(request: Request, limit: number): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return { ok: false, status: 415, error: 'the body must be JSON: send Content-Type: application/json' };
  }
  const tooLarge = { ok: false, status: 413, error: `the body is larger than the limit of ${limit} bytes (${limit / 1024} KB)` } as const;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return tooLarge;

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  if (size === 0) return { ok: false, status: 400, error: 'the body is empty: send a scenario as JSON' };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid UTF-8 text' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, status: 400, error: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

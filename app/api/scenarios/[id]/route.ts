// GET /api/scenarios/{id}: a stored scenario. Contract in README.md ("Short links and storage").
import { ID_LENGTH, ID_PATTERN } from '@/lib/share/content-id';
import { jsonError, jsonResponse, methodNotAllowed, optionsAllowing } from '@/lib/share/json-response';
import { scenarioStore } from '@/lib/share/scenario-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!ID_PATTERN.test(id)) return jsonError(400, `a scenario id is ${ID_LENGTH} letters and digits`);
  try {
    const stored = scenarioStore().load(id);
    if (!stored) return jsonError(404, `no scenario with id ${id}`);
    // Stored scenarios never change and the id is a hash of the content: a response may be cached for good.
    return jsonResponse(stored, 200, { 'Cache-Control': 'public, max-age=31536000, immutable' });
  } catch (e) {
    console.error(`GET /api/scenarios/${id} failed:`, e);
    return jsonError(500, 'the scenario could not be read; try again later');
  }
}

const onlyGet = methodNotAllowed('GET, HEAD');
export const OPTIONS = optionsAllowing('GET, HEAD');
export { onlyGet as POST, onlyGet as PUT, onlyGet as PATCH, onlyGet as DELETE };

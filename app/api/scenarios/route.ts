// POST /api/scenarios: store a scenario for a short link. Contract in README.md ("Short links and storage").
import { migrateScenario, validateScenario } from '@/simulations/index';
import { jsonError, jsonResponse, methodNotAllowed, optionsAllowing } from '@/lib/share/json-response';
import { clientKey, writeLimiter } from '@/lib/share/rate-limit';
import { MAX_BODY_BYTES, readJsonBody } from '@/lib/share/read-json-body';
import { scenarioStore } from '@/lib/share/scenario-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    // Every attempt costs a token, a rejected one too: garbage must not be a free way to load the server.
    const taken = writeLimiter().take(clientKey(request.headers), Date.now());
    if (!taken.ok) {
      const retry = String(taken.retryAfterSec);
      return jsonError(429, `too many scenarios saved from this address; try again in ${retry} s`, { retryAfterSec: taken.retryAfterSec }, { 'Retry-After': retry });
    }

    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return jsonError(body.status, body.error);

    // An older format version is brought up to this build's first, so it is stored (and identified) as read now.
    const migrated = migrateScenario(body.value);
    if (!migrated.ok) return jsonError(400, migrated.error);

    const valid = validateScenario(migrated.scenario);
    if (!valid.ok) return jsonError(400, 'the scenario is not valid', { issues: valid.errors.map(({ path, message }) => ({ path, message })) });

    // $schema only tells editors where the schema is; leaving it out means a file and a link of the same scenario
    // get the same id.
    const { $schema: _schema, ...scenario } = valid.scenario;
    const { id, outcome } = scenarioStore().save(scenario, Date.now());
    if (outcome === 'conflict') {
      // Two different documents with one 71-bit id: astronomically unlikely, and nothing the client can fix, but the
      // stored one must stay as it is, and this one must not be handed a link to the other.
      return jsonError(409, `a different scenario is already stored under id ${id}; change anything (the name) and save again`, { id });
    }
    const created = outcome === 'created';
    return jsonResponse({ id, url: `/s/${id}` }, created ? 201 : 200, created ? { Location: `/api/scenarios/${id}` } : {});
  } catch (e) {
    console.error('POST /api/scenarios failed:', e);
    return jsonError(500, 'the scenario could not be stored; try again later');
  }
}

const onlyPost = methodNotAllowed('POST');
export const OPTIONS = optionsAllowing('POST');
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };

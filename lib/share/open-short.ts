/** Opening /s/{id}: the stored scenario through react-query's cache, then through the same gate as a link. */
import type { QueryClient } from '@tanstack/react-query';
import { checkScenario, type Checked } from './open-check';
import { ShareApiError, storedScenarioQuery } from './queries';

export async function loadShortLink(client: QueryClient, id: string): Promise<Checked> {
  try {
    const stored = await client.fetchQuery(storedScenarioQuery(id));
    return checkScenario(stored.scenario);
  } catch (e) {
    return { ok: false, error: e instanceof ShareApiError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

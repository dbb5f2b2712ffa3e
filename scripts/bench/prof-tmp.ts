import { parseScenario, createRun } from '../../simulations/index';
import { readFileSync } from 'node:fs';
const s = parseScenario(JSON.parse(readFileSync('/work/main/simulations/examples/mm1.json','utf8')));
for (const d of [600000, 6000000, 30000000]) {
  const t0 = performance.now();
  const r = createRun(s, { durationMs: d }); r.finish();
  const ms = performance.now() - t0;
  console.log(d, r.kernel.processed, ms.toFixed(0), (r.kernel.processed/ms*1000).toFixed(0));
}

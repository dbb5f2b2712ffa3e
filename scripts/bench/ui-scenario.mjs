// A 50-node scenario for the browser benchmark: 5 clients at 200 req/s each (1,000 req/s in all) into 10 gateways,
// 20 services and 10 databases over REST with breakers and retries, plus 3 topics and 2 queues with consumers.
export function uiBenchScenario() {
  const nodes = [];
  const links = [];
  const at = (col, row) => ({ x: col * 300, y: row * 110 });
  const link = (kind, from, to, extra = {}) => links.push({ id: `${from}-${to}`, kind, from, to, ...extra });
  for (let i = 0; i < 5; i++) nodes.push({ id: `client-${i}`, kind: 'client', label: `Client ${i}`, position: at(0, i * 2), traffic: { type: 'poisson', ratePerSec: 200 } });
  for (let i = 0; i < 10; i++) nodes.push({ id: `gw-${i}`, kind: 'service', label: `Gateway ${i}`, position: at(1, i), workers: 16, serviceTime: { type: 'lognormal', p50: 2, p99: 10 } });
  for (let i = 0; i < 20; i++) nodes.push({ id: `svc-${i}`, kind: 'service', label: `Service ${i}`, position: at(2, i / 2), workers: 8, serviceTime: { type: 'lognormal', p50: 8, p99: 60 }, errorRate: 0.01 });
  for (let i = 0; i < 10; i++) nodes.push({ id: `db-${i}`, kind: 'service', label: `DB ${i}`, position: at(3, i), workers: 12, serviceTime: { type: 'exponential', mean: 3 } });
  for (let i = 0; i < 3; i++) nodes.push({ id: `topic-${i}`, kind: 'topic', label: `Topic ${i}`, position: at(4, i * 3) });
  for (let i = 0; i < 2; i++) nodes.push({ id: `queue-${i}`, kind: 'queue', label: `Queue ${i}`, position: at(4, 1 + i * 4) });
  for (let i = 0; i < 5; i++) {
    link('rest', `client-${i}`, `gw-${i * 2}`);
    link('rest', `client-${i}`, `gw-${i * 2 + 1}`);
  }
  const breaker = { circuitBreaker: { slidingWindowSize: 50, minimumNumberOfCalls: 20, waitDurationInOpenState: 5000 }, timeout: { timeoutMs: 500 }, retry: { maxAttempts: 2, baseMs: 50, jitter: 'full' } };
  for (let i = 0; i < 10; i++) {
    link('rest', `gw-${i}`, `svc-${i * 2}`, breaker);
    link('rest', `gw-${i}`, `svc-${i * 2 + 1}`, breaker);
  }
  for (let i = 0; i < 20; i++) link('rest', `svc-${i}`, `db-${i % 10}`, { timeout: { timeoutMs: 300 } });
  for (let i = 0; i < 3; i++) link('publish', `svc-${i}`, `topic-${i}`, { eventType: 'order.placed', aggregateType: 'order' });
  for (let i = 0; i < 2; i++) link('enqueue', `svc-${3 + i}`, `queue-${i}`, { eventType: 'invoice.requested', aggregateType: 'invoice' });
  for (let i = 0; i < 3; i++) link('subscribe', `topic-${i}`, `svc-${10 + i}`, { concurrency: 4 });
  for (let i = 0; i < 2; i++) link('consume', `queue-${i}`, `svc-${15 + i}`, { concurrency: 4 });
  return { version: 1, name: 'UI benchmark: 50 nodes, 1,000 req/s', seed: 7, run: { durationMs: 600_000, warmupMs: 0, windowMs: 1000 }, nodes, links, faults: [] };
}

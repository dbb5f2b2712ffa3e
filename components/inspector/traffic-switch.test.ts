import { describe, expect, it } from 'vitest';
import { trafficSchema } from '@/simulations/components/traffic';
import { TRAFFIC_CHOICES, switchTraffic } from './traffic-switch';

describe('switchTraffic', () => {
  it('keeps the rate between constant and Poisson', () => {
    expect(switchTraffic({ type: 'poisson', ratePerSec: 80 }, 'constant')).toEqual({ type: 'constant', ratePerSec: 80 });
  });
  it('ramps up to the old rate', () => {
    expect(switchTraffic({ type: 'poisson', ratePerSec: 80 }, 'ramp')).toMatchObject({ fromRatePerSec: 0, toRatePerSec: 80 });
  });
  it('always yields traffic the schema accepts', () => {
    for (const from of TRAFFIC_CHOICES) for (const to of TRAFFIC_CHOICES) {
      const start = switchTraffic({ type: 'poisson', ratePerSec: 50 }, from.value);
      expect(trafficSchema.safeParse(switchTraffic(start, to.value)).success).toBe(true);
    }
  });
});

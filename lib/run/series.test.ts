import { describe, expect, it } from 'vitest';
import { appendRows, emptyBuffer, lastRate, lastValue, windowWidth } from './series';
import { SpeedMeter } from './speed-meter';

describe('series buffers', () => {
  it('read the latest window, and rates per second from its width', () => {
    const buf = emptyBuffer(['sent', 'p50']);
    expect(lastValue({ c: buf }, 'c', 'sent')).toBeUndefined();
    appendRows(buf, { columns: ['sent', 'p50'], t: [250, 500], rows: [[10, 5], [20, 6]] });
    expect(lastValue({ c: buf }, 'c', 'sent')).toBe(20);
    expect(lastValue({ c: buf }, 'c', 'nope')).toBeUndefined();
    expect(windowWidth(buf)).toBe(250);
    expect(lastRate({ c: buf }, 'c', 'sent')).toBe(80);
  });
});

describe('speed meter', () => {
  it('reports simulated ms per wall ms twice a second', () => {
    const m = new SpeedMeter();
    m.start(0, 0);
    expect(m.sample(100, 1000)).toBeUndefined();
    expect(m.sample(500, 5000)).toBe(10);
    expect(m.sample(1000, 5000)).toBe(0);
  });
});

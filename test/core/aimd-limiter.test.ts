import { describe, expect, it } from 'vitest';
import { AimdLimiter } from '../../src/core/aimd-limiter.ts';

function limiter(max = 8) {
  const clock = { now: 0 };
  return { clock, limiter: new AimdLimiter({ max, now: () => clock.now }) };
}

describe('AimdLimiter', () => {
  it('starts at the maximum and lets no more than the limit in flight', () => {
    const { limiter: l } = limiter(2);
    expect(l.canStart()).toBe(true);
    l.start();
    l.start();
    expect(l.canStart()).toBe(false);
    l.finish();
    expect(l.canStart()).toBe(true);
  });

  it('halves once per congestion, not once per request already in flight, and adds one per success', () => {
    const { limiter: l } = limiter(8);
    const before = [l.attempt(), l.attempt(), l.attempt()];
    l.congested(before[0]!);
    expect(l.limit).toBe(4);
    l.congested(before[1]!);
    l.congested(before[2]!);
    expect(l.limit).toBe(4);
    l.congested(l.attempt());
    expect(l.limit).toBe(2);
    l.congested(l.attempt());
    l.congested(l.attempt());
    expect(l.limit).toBe(1);
    l.succeeded();
    expect(l.limit).toBe(2);
    for (let i = 0; i < 10; i++) l.succeeded();
    expect(l.limit).toBe(8);
  });

  it('honours Retry-After by the clock', () => {
    const { clock, limiter: l } = limiter(8);
    l.congested(l.attempt(), 2000);
    expect(l.canStart()).toBe(false);
    expect(l.pauseMs()).toBe(2000);
    clock.now = 1500;
    expect(l.pauseMs()).toBe(500);
    clock.now = 2000;
    expect(l.canStart()).toBe(true);
    l.congested(l.attempt(), 1000);
    l.endPause();
    expect(l.canStart()).toBe(true);
  });
});

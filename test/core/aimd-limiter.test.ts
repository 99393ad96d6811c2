import { describe, expect, it } from 'vitest';
import { AimdLimiter } from '../../src/core/aimd-limiter.ts';
import { chooseExistenceStrategy } from '../../src/core/existence-strategy.ts';

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

describe('chooseExistenceStrategy', () => {
  const base = { pageSize: 50, pagesRead: 1, inFlight: 8, roundTripMs: 100 };
  it('walks when the pages left take fewer round trips than the lookups in flight', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 5000, orgTotal: 5000 })).toEqual({ strategy: 'walk', walkMs: 9900, lookupsMs: 62500 });
  });
  it('looks up when concurrent lookups end sooner, even with more requests', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 100, orgTotal: 1000 })).toEqual({ strategy: 'lookups', walkMs: 1900, lookupsMs: 1300 });
  });
  it('looks up when the org did not say its size', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 3, orgTotal: undefined }).strategy).toBe('lookups');
  });
  it('needs no more pages when the first page was the whole org', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 3, orgTotal: 40 })).toMatchObject({ strategy: 'walk', walkMs: 0 });
  });
  it('on a tie takes fewer requests', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 16, orgTotal: 150 }).strategy).toBe('walk');
  });
});

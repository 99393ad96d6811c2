import { describe, expect, it } from 'vitest';
import { chooseExistenceStrategy } from '../../src/core/existence-strategy.ts';

describe('chooseExistenceStrategy', () => {
  const base = { pageSize: 50, pagesRead: 1, inFlight: 8, roundTripMs: 100 };
  it('walks when the pages left take fewer round trips than the lookups in flight', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 5000, orgTotal: 5000 })).toEqual({
      strategy: 'walk',
      walkMs: 9900,
      lookupsMs: 62500,
    });
  });
  it('looks up when concurrent lookups end sooner, even with more requests', () => {
    expect(chooseExistenceStrategy({ ...base, emails: 100, orgTotal: 1000 })).toEqual({
      strategy: 'lookups',
      walkMs: 1900,
      lookupsMs: 1300,
    });
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

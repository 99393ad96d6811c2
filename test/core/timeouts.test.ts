import { describe, expect, it } from 'vitest';
import { AnyscaleClient } from '../../src/core/client.ts';
import { DEFAULT_TIMEOUTS, createTimeoutMs, resolveTimeouts } from '../../src/core/timeouts.ts';
import { CANARY_TOKEN } from '../helpers/scripted-server.ts';

describe('timeouts by kind', () => {
  it('defaults: reads 30 s, a create 60 s + 1 s a user (160 s for a chunk of 100)', () => {
    expect(resolveTimeouts()).toEqual({ readMs: 30_000, createBaseMs: 60_000, createPerUserMs: 1_000 });
    expect(createTimeoutMs(DEFAULT_TIMEOUTS, 100)).toBe(160_000);
    expect(createTimeoutMs(DEFAULT_TIMEOUTS, 1)).toBe(61_000);
  });

  it('options win over the environment, which wins over the default', () => {
    const env = {
      ANYSCALE_USERS_READ_TIMEOUT_MS: '5000',
      ANYSCALE_USERS_CREATE_TIMEOUT_MS: ' 9000 ',
      ANYSCALE_USERS_CREATE_TIMEOUT_PER_USER_MS: '0',
    };
    expect(resolveTimeouts({}, env)).toEqual({ readMs: 5_000, createBaseMs: 9_000, createPerUserMs: 0 });
    expect(resolveTimeouts({ readMs: 700 }, env)).toEqual({ readMs: 700, createBaseMs: 9_000, createPerUserMs: 0 });
    expect(resolveTimeouts({ createPerUserMs: undefined }, {})).toEqual(DEFAULT_TIMEOUTS);
  });

  it('the client reads them from its env option', () => {
    const client = new AnyscaleClient({ host: 'http://127.0.0.1:1', token: CANARY_TOKEN, env: { ANYSCALE_USERS_READ_TIMEOUT_MS: '1234' } });
    expect(client.timeouts.readMs).toBe(1234);
  });

  it.each([
    [{ ANYSCALE_USERS_READ_TIMEOUT_MS: '30s' }, "ANYSCALE_USERS_READ_TIMEOUT_MS must be a whole number of milliseconds; it is '30s'."],
    [
      { ANYSCALE_USERS_CREATE_TIMEOUT_MS: '0' },
      'ANYSCALE_USERS_CREATE_TIMEOUT_MS must be a whole number of milliseconds from 1 to 2147483647; it is 0.',
    ],
    [
      { ANYSCALE_USERS_READ_TIMEOUT_MS: '9999999999' },
      'ANYSCALE_USERS_READ_TIMEOUT_MS must be a whole number of milliseconds from 1 to 2147483647; it is 9999999999.',
    ],
  ])('a bad environment value %o is a CONFIG error naming it', (env, message) => {
    expect(() => resolveTimeouts({}, env)).toThrow(expect.objectContaining({ code: 'CONFIG', message }));
  });

  it('a bad option is a CONFIG error naming it', () => {
    expect(() => resolveTimeouts({ readMs: 1.5 })).toThrow(
      expect.objectContaining({ code: 'CONFIG', message: expect.stringContaining('readMs') }),
    );
    expect(() => resolveTimeouts({ createPerUserMs: -1 })).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});

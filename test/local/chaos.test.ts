import { afterEach, describe, expect, it } from 'vitest';
import { type ChaosOptions, parseChaosSpec, startLocalOrg } from '../../src/local/index.ts';
import { api, startOrg, users } from './helpers.ts';

const USERINFO = '/api/v2/userinfo';

describe('parseChaosSpec', () => {
  it('reads the compact form', () => {
    expect(parseChaosSpec('rate=0.3,seed=42,kinds=429+503+drop+slow+truncate,slowMs=200,retryAfterSeconds=2')).toEqual({
      rate: 0.3,
      seed: 42,
      kinds: ['429', '503', 'drop', 'slow', 'truncate'],
      slowMs: 200,
      retryAfterSeconds: 2,
    });
    expect(parseChaosSpec(' rate=1 , kinds=drop ')).toEqual({ rate: 1, seed: 1, kinds: ['drop'] });
    expect(parseChaosSpec('rate=0.1')).toEqual({ rate: 0.1, seed: 1, kinds: ['429', '503', 'drop', 'slow', 'truncate'] });
  });

  it.each([
    ['seed=1', /'rate' is required/],
    ['rate=0.1,colour=red', /unknown key 'colour'/],
    ['rate=0.1,verbose', /'verbose' is not key=value/],
    ['rate=lots', /'rate' must be a number, got 'lots'/],
    ['rate=1.5', /option 'rate': expected a number from 0 to 1, got 1\.5/],
    ['rate=0.1,seed=1.5', /option 'seed': expected an integer/],
    ['rate=0.1,kinds=429+boom', /option 'kinds': expected one or more of 429, 503, drop, slow, truncate, got "boom"/],
    ['rate=0.1,slowMs=-5', /option 'slowMs': expected a whole number >= 0/],
  ])('rejects %s, naming the bad key', (spec, message) => {
    expect(() => parseChaosSpec(spec)).toThrow(message);
  });
});

/** The outcome of each of `n` sequential GETs: a status, or 'error' when no usable answer came. */
async function outcomes(chaos: ChaosOptions, n: number): Promise<(number | 'error')[]> {
  const org = await startOrg({ chaos });
  const seen: (number | 'error')[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const response = await api(org, USERINFO);
      await response.json();
      seen.push(response.status);
    } catch {
      seen.push('error');
    }
  }
  return seen;
}

describe('chaos mode', () => {
  afterEach(() => {
    delete process.env.ANYSCALE_LOCAL_CHAOS;
  });

  it('repeats the same faults for the same seed', async () => {
    const chaos: ChaosOptions = { rate: 0.5, seed: 42, kinds: ['429', '503', 'drop', 'truncate'] };
    const first = await outcomes(chaos, 30);
    expect(await outcomes(chaos, 30)).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 503, 'error']));
    expect(await outcomes({ ...chaos, seed: 43 }, 30)).not.toEqual(first);
  });

  it('429 refuses the request with Retry-After and the error envelope', async () => {
    const org = await startOrg({ chaos: { rate: 1, seed: 1, kinds: ['429'], retryAfterSeconds: 7 } });
    const response = await api(org, '/api/v2/users/admin_batch_create', { body: users(1, 'refused.test') });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(await response.json()).toEqual({ error: { detail: 'Too many requests; retry after 7 s.' } });
    expect(org.store.list({ email: 'user-0@refused.test' }, { count: 1 }).total).toBe(0);
  });

  it('503 refuses the request with the error envelope', async () => {
    const org = await startOrg({ chaos: { rate: 1, seed: 1, kinds: ['503'] } });
    const response = await api(org, USERINFO);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { detail: 'Service temporarily unavailable.' } });
  });

  it('drop handles the request, then cuts the connection without an answer', async () => {
    const org = await startOrg({ chaos: { rate: 1, seed: 1, kinds: ['drop'] } });
    await expect(api(org, '/api/v2/users/admin_batch_create', { body: users(2, 'dropped.test') })).rejects.toThrow(TypeError);
    // The work was done: the ambiguous failure a client must check before re-sending.
    expect(org.store.list({ email: 'user-1@dropped.test' }, { count: 1 }).total).toBe(1);
  });

  it('slow holds the answer back', async () => {
    const org = await startOrg({ chaos: { rate: 1, seed: 1, kinds: ['slow'], slowMs: 150 } });
    const started = performance.now();
    const response = await api(org, USERINFO);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('truncate sends half the body under the full content-length', async () => {
    const org = await startOrg({ chaos: { rate: 1, seed: 1, kinds: ['truncate'] } });
    const response = await api(org, USERINFO);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    await expect(response.json()).rejects.toThrow();
  });

  it('reads ANYSCALE_LOCAL_CHAOS when no chaos option is given', async () => {
    process.env.ANYSCALE_LOCAL_CHAOS = 'rate=1,kinds=503';
    const org = await startOrg();
    expect((await api(org, USERINFO)).status).toBe(503);

    process.env.ANYSCALE_LOCAL_CHAOS = 'rate=1,kinds=nope';
    await expect(startLocalOrg()).rejects.toThrow(/option 'kinds'/);
  });
});

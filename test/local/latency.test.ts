import { describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from '../../src/local/index.ts';
import { api, startOrg } from './helpers.ts';

describe('latencyMs', () => {
  it('holds every answer back by the added delay, errors included', async () => {
    const org = await startOrg({ latencyMs: 120 });
    for (const [path, token] of [
      ['/api/v2/organization_collaborators/?count=1', undefined],
      ['/api/v2/userinfo', null],
    ] as const) {
      const started = performance.now();
      const response = await api(org, path, { token });
      await response.arrayBuffer();
      // A lower bound only: a shared machine may add time, never take it away.
      expect(performance.now() - started).toBeGreaterThanOrEqual(119);
    }
  });

  it('refuses a value that is not a whole number of milliseconds up to the maximum, before opening anything', async () => {
    for (const latencyMs of [-1, 1.5, Number.NaN, MAX_LATENCY_MS + 1]) {
      await expect(startOrg({ latencyMs })).rejects.toThrow(
        `Invalid latencyMs: expected a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${JSON.stringify(latencyMs)}.`,
      );
    }
  });
});

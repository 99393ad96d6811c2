import { AnyscaleClient, type AnyscaleClientOptions } from '../../src/core/client.ts';
import type { AnyscaleError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import { CANARY_TOKEN } from './scripted-server.ts';

/** A logger that keeps every line, so tests can read what would have been logged. */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') };
}

/**
 * A client for a loopback test server: waits are recorded instead of slept, and randomness is
 * fixed, so retry schedules are exact and instant.
 */
export function testClient(url: string, options: AnyscaleClientOptions = {}) {
  const sleeps: number[] = [];
  const logger = capturingLogger();
  const client = new AnyscaleClient({
    host: url,
    token: CANARY_TOKEN,
    env: {},
    logger,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { client, sleeps, logger };
}

/** The error a call rejects with; fails the test when the call succeeds. */
export async function failure(promise: Promise<unknown>): Promise<AnyscaleError> {
  try {
    await promise;
  } catch (error) {
    return error as AnyscaleError;
  }
  throw new Error('expected the call to fail');
}

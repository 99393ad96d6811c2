/**
 * The bound of the local org's added latency: a minute is far past any real org's distance (30 to
 * 150 ms). In a file of its own so that the CLI checks its flag against it through connect.ts
 * without loading the org (node:sqlite) first.
 */
export const MAX_LATENCY_MS = 60_000;

export function checkLatencyMs(value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0 && value <= MAX_LATENCY_MS)) {
    throw new Error(
      `Invalid latencyMs: expected a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

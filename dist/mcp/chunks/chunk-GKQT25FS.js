import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/local/latency.ts
var MAX_LATENCY_MS = 6e4;
function checkLatencyMs(value) {
  if (!(Number.isSafeInteger(value) && value >= 0 && value <= MAX_LATENCY_MS)) {
    throw new Error(
      `Invalid latencyMs: expected a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${JSON.stringify(value)}.`
    );
  }
  return value;
}

export {
  MAX_LATENCY_MS,
  checkLatencyMs
};

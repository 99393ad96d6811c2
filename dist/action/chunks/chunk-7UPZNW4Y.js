import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/logger.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warn() {
  },
  error() {
  }
};
var emitWarning = (message) => process.emitWarning(message, { code: "ANYSCALE_USERS" });
var warningLogger = { debug() {
}, info() {
}, warn: emitWarning, error: emitWarning };

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
  silentLogger,
  warningLogger,
  MAX_LATENCY_MS,
  checkLatencyMs
};

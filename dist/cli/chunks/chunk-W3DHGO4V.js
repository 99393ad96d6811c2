import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/logger.ts
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

export {
  silentLogger
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/export-formats.ts
var EXPORT_FORMATS = ["yaml", "json", "csv"];

export {
  EXPORT_FORMATS
};

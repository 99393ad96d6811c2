import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/plural.ts
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/core/printable.ts
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

export {
  plural,
  printable
};

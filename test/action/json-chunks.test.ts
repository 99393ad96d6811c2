import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonLength } from '../../src/action/json-chunks.ts';

const VALUES: unknown[] = [
  {},
  [],
  { command: 'list', ok: true, count: 2, users: [{ email: 'a@example.com', name: 'Zoë "A"' }, { email: 'b@example.com' }] },
  { skipped: undefined, nested: { deep: [1, [2, { three: 3 }]] }, list: [undefined, null, 'x\n', 1.5], 'key "q"': false },
  [{ a: [] }, {}, [[]]],
  'text',
  42,
  null,
];

describe('jsonChunks', () => {
  it('joins to exactly what JSON.stringify prints, and jsonLength is its length', () => {
    for (const value of VALUES) {
      const text = [...jsonChunks(value)].join('');
      expect(text).toBe(JSON.stringify(value));
      expect(jsonLength(value)).toBe(text.length);
    }
  });

  it('never holds a list of items as one chunk', () => {
    const users = Array.from({ length: 1000 }, (_, i) => ({ email: `user${i}@example.com` }));
    const chunks = [...jsonChunks({ command: 'list', users })];
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBe(JSON.stringify(users[999]).length);
  });
});

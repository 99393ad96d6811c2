import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { StreamingTable } from '../../src/cli/table.ts';

interface Row {
  name: string;
  email: string;
}

function render(rows: Row[]): string[] {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const table = new StreamingTable<Row>(
    out,
    [
      { header: 'NAME', value: (row) => row.name },
      { header: 'EMAIL', value: (row) => row.email },
    ],
    { color: false },
  );
  table.write(rows);
  return text.trimEnd().split('\n');
}

describe('StreamingTable', () => {
  it('takes a page of 200,000 rows at once (finding H3: a spread of a page overflowed the stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ name: `n${i}`, email: `u${i}@example.com` }));
    const lines = render(rows);
    expect(lines).toHaveLength(200_001);
    expect(lines[1]).toBe('n0       u0@example.com');
  });

  it('lines columns up by display width, so wide characters do not push a column out', () => {
    const lines = render([
      { name: '山田太郎', email: 'taro@example.jp' },
      { name: 'Bob', email: 'bob@example.com' },
      { name: 'Zoë 👩‍💻', email: 'zoe@example.com' },
    ]);
    const emailColumn = (line: string) => stringWidth(line.slice(0, line.search(/\S+@|EMAIL/)));
    expect(new Set(lines.map(emailColumn)).size).toBe(1);
  });

  it('folds line breaks and shows control characters as U+FFFD', () => {
    const [, row] = render([{ name: 'Eve\nEvil\u001b[2J', email: 'eve@example.com' }]);
    expect(row).toBe('Eve Evil\uFFFD[2J  eve@example.com');
  });
});

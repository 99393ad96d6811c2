import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The tiny version of `npm run bench` (a few users, one run each), so that the bench keeps working. */
describe('npm run bench --quick', () => {
  it('measures every case against its floor, and says for each whether its goal is met', () => {
    const table = execFileSync(process.execPath, ['bench/run.ts', '--quick'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const rows = table
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => row.split('|').map((cell) => cell.trim()));
    const cases = [
      'batch create of 200 new users, default settings',
      'dry run of 200 users, half existing (org of 200: a walk is cheaper)',
      'dry run of 20 users, half existing, same org (lookups are cheaper)',
      'create 200 users, half existing (skip existing, org of 200)',
      'list 100 users, page size 50',
    ];
    expect(rows.map((row) => [row[1], row[2]])).toEqual([
      ...cases.map((metric) => ['0 ms', metric]),
      ...cases.map((metric) => ['5 ms', metric]),
      ['memory', '`list --json` peak RSS at 200 users'],
      ['cold start', expect.stringMatching(/^action `get` \(bundle: /)],
      ['cold start', expect.stringMatching(/^MCP initialize \+ tools\/list \(stdio\) \(bundle: /)],
      ['cold start', 'MCP initialize + tools/list + first `get_user` (stdio)'],
      ['cold start', expect.stringMatching(/^CLI --version \(bundle: /)],
      ['local org', 'list page (50 users), 32 concurrent clients'],
      ['parsing', 'parse a 200-user JSON file: peak RSS'],
      ['parsing', 'parse a 200-user YAML file: peak RSS'],
    ]);
    // Every row with a goal has a ratio, and its verdict is the ratio against the goal.
    for (const row of rows.filter(([, section, , , , , target]) => section !== 'local org' && target !== 'informational')) {
      const ratio = Number(row[5]!.replace('×', ''));
      const goal = Number(/^≤ ([\d.]+)×$/.exec(row[6]!)![1]);
      expect(row[7]).toBe(ratio <= goal ? 'yes' : '**no**');
    }
  }, 120_000);
});

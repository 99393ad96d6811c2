import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The tiny version of `npm run bench` (100 users, one run each), so that the bench keeps working. */
describe('npm run bench --quick', () => {
  it('measures every section against its floor', () => {
    const table = execFileSync(process.execPath, ['bench/run.ts', '--quick'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const rows = table.trim().split('\n').slice(2);
    const metrics = rows.map((row) => row.split('|')[2]!.trim());
    expect(metrics).toEqual([
      expect.stringMatching(/^action `get`/),
      expect.stringMatching(/^MCP initialize \+ tools\/list/),
      expect.stringMatching(/^CLI --version/),
      'list() over 100 users, page size 50',
      'peak RSS walking 100 vs 10 users',
      'list page (50 users), 32 concurrent clients',
      'adminBatchCreate of 100 users in chunks of 100',
      expect.stringMatching(/^same batch again with skip_existing/),
    ]);
    for (const row of rows) expect(row).toMatch(/\| (yes|\*\*no\*\*) \|$/);
  }, 120_000);
});

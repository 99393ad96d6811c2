import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * GitHub runs the committed dist/ as it is, so it must be exactly what the sources build to.
 * The check builds beside dist/ (same depth, so source-map paths match) and compares.
 */
const CHECK_DIR = '.dist-check';

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('dist/', () => {
  afterAll(() => rmSync(CHECK_DIR, { recursive: true, force: true }));

  it('is what `npm run build` makes of the current sources', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', CHECK_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });
    const built = files(CHECK_DIR);
    expect(files('dist'), 'run `npm run build` and commit dist/').toEqual(built);
    const stale = built.filter((file) => readFileSync(join('dist', file), 'utf8') !== readFileSync(join(CHECK_DIR, file), 'utf8'));
    expect(stale, 'run `npm run build` and commit dist/').toEqual([]);
  }, 120_000);
});

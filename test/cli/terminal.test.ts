import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, BIN, cliEnv, useCliBundle } from './helpers.ts';

/*
 * At a terminal the CLI may colour and draw a progress bar; these runs give it one with
 * util-linux `script`, which runs a command on a pseudo-terminal and copies what it shows.
 */
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

useCliBundle();

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-tty-'));
  const users = Array.from({ length: 50 }, (_, i) => ({ name: `Tty ${i}`, email: `tty${i}@example.com`, is_sso_user: false }));
  await writeFile(join(work, 'users.json'), JSON.stringify(users));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

/** Runs the CLI on a pseudo-terminal; stdout and stderr arrive merged, as on a screen. */
function runOnTerminal(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      cwd: work,
      env: cliEnv({ TERM: 'xterm-256color', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, screen }));
  });
}

// Every request to the embedded org is held back 100 ms, so the batch takes more than a moment.
const SLOW_ORG = { ANYSCALE_LOCAL_CHAOS: 'rate=1,kinds=slow,slowMs=100' };

describe.skipIf(!hasScript)('on a terminal', () => {
  it('draws a progress bar for a batch that takes a while, and colours the summary', async () => {
    const { code, screen } = await runOnTerminal(
      ['batch-create', '-f', 'users.json', '--chunk-size', '10', '--concurrency', '1', '--local'],
      SLOW_ORG,
    );
    expect(code).toBe(0);
    expect(screen).toContain('\r\x1b[2KCreating users ');
    expect(screen).toMatch(/█+ 50\/50 \(100%\), chunk 5 of 5/);
    expect(screen).toContain('\x1b[32mBatch of 50 users: 50 created.\x1b[39m');
    expect(screen).not.toContain('Created chunk');
  });

  it('NO_COLOR turns colour off, but keeps the progress bar', async () => {
    const batch = await runOnTerminal(['batch-create', '-f', 'users.json', '--chunk-size', '10', '--concurrency', '1', '--local'], {
      ...SLOW_ORG,
      NO_COLOR: '1',
    });
    expect(batch.code).toBe(0);
    expect(batch.screen).toContain('Batch of 50 users: 50 created.');
    expect(batch.screen).not.toMatch(/\x1b\[\d+m/);
    expect(batch.screen).toContain('\r\x1b[2KCreating users ');
    const list = await runOnTerminal(['list', '--local'], { NO_COLOR: '1' });
    expect(list.screen).toContain('EMAIL');
    expect(list.screen).not.toMatch(ANSI);
  });

  it('the table header is bold at a terminal, and --json stays plain', async () => {
    const table = await runOnTerminal(['list', '--local']);
    expect(table.screen).toMatch(/\x1b\[1mEMAIL +NAME +ID +ROLE +CREATED AT\x1b\[22m/);
    const json = await runOnTerminal(['list', '--local', '--json']);
    expect(json.screen).not.toMatch(ANSI);
    expect(JSON.parse(json.screen)).toHaveLength(4); // user accounts only, as the real API lists by default
  });
});

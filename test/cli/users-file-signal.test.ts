import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, useCliBundle } from './helpers.ts';

useCliBundle();

describe('reading a large users file', () => {
  it('stops on SIGTERM with ABORTED and exit status 130, nothing sent', async () => {
    let text = 'create_users:\n';
    for (let i = 0; i < 100_000; i++) text += `  - name: User ${i}\n    email: user${i}@example.com\n    is_sso_user: no\n`;
    const dir = await mkdtemp(join(tmpdir(), 'cli-signal-'));
    try {
      // A named pipe: the test knows the CLI is running (and listening for signals) once it reads.
      const fifo = join(dir, 'users.yaml');
      execFileSync('mkfifo', [fifo]);
      const child = spawnCli(['batch-create', '--local', '-f', fifo, '--dry-run']);
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // The write ends only once the CLI has read nearly all of it; the parse then takes seconds.
      const writer = createWriteStream(fifo);
      await new Promise<void>((resolve) => writer.end(text, resolve));
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect({ code, last: stderr.trimEnd().split('\n').at(-1) }).toEqual({
        code: 130,
        last: 'Error [ABORTED]: Reading the users file was cancelled; nothing was sent.',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

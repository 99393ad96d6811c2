import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * A local org in its own process, so that the server's work does not share an event loop (or
 * a core's time slices) with the client being measured.
 */
export interface OrgProcess {
  url: string;
  ownerToken: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startOrgProcess(args: string[] = []): Promise<OrgProcess> {
  const child = spawn(process.execPath, ['src/local/main.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the local org exited with ${code} before it was ready`)));
  });
  const { url, owner_token: ownerToken } = JSON.parse(firstLine) as { url: string; owner_token: string };
  return {
    url,
    ownerToken,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function authHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' };
}

/** Fills the org with `count` users named `<prefix>-<n>@bench.test`, 1,000 per request. */
export async function seedUsers(org: OrgProcess, count: number, prefix: string): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const chunk = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
      name: `Bench ${start + i}`,
      email: `${prefix}-${start + i}@bench.test`,
      is_sso_user: false,
    }));
    const response = await fetch(`${org.url}/api/v2/users/admin_batch_create`, {
      method: 'POST',
      headers: authHeaders(org.ownerToken),
      body: JSON.stringify(chunk),
    });
    if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  }
}

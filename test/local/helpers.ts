import type { AdminCreateUserInput } from '../../src/core/models.ts';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { type LocalOrg, type LocalOrgOptions, startLocalOrg } from '../../src/local/index.ts';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A local org that is closed after the current test. */
export async function startOrg(options: LocalOrgOptions = {}): Promise<LocalOrg> {
  const org = await startLocalOrg(options);
  cleanups.push(() => org.close());
  return org;
}

/** A fresh temp dir that is deleted after the current test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'local-org-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface ApiOptions {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request to the org as its owner (unless `token` says otherwise), with a JSON body if given. */
export function api(org: LocalOrg, path: string, options: ApiOptions = {}): Promise<Response> {
  const token = options.token === undefined ? org.ownerToken : options.token;
  const headers: Record<string, string> = { ...options.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${org.url}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
}

export interface WireCollaborator {
  id: string;
  user_id: string | null;
  name: string | null;
  email: string;
  permission_level: string;
  base_role: string;
  additional_roles: string[];
  created_at: string;
  is_service_account: boolean;
}

export interface ListPage {
  results: WireCollaborator[];
  metadata: { total: number; next_paging_token: string | null };
}

/** Every collaborator matching `query`, following paging tokens to the end. */
export async function listAll(org: LocalOrg, query: Record<string, string> = {}): Promise<WireCollaborator[]> {
  const all: WireCollaborator[] = [];
  let token: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, ...(token === null ? {} : { paging_token: token }) });
    const response = await api(org, `/api/v2/organization_collaborators/?${params}`);
    if (response.status !== 200) throw new Error(`list failed: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as ListPage;
    all.push(...page.results);
    token = page.metadata.next_paging_token;
  } while (token !== null);
  return all;
}

/** `count` users `<prefix>-<i>@<domain>` in the shape the batch-create endpoint takes. */
export function users(count: number, domain: string, prefix = 'user'): AdminCreateUserInput[] {
  return Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix}-${i}@${domain}`, is_sso_user: false }));
}

const MAIN = fileURLToPath(new URL('../../src/local/main.ts', import.meta.url));

export interface Running {
  child: ChildProcess;
  url: string;
  ownerToken: string;
  created: boolean;
}

/** Starts main.ts on `dataDir` and waits for its one JSON line. */
export async function startProcess(dataDir: string): Promise<Running> {
  // process.execPath is the Node 24 that runs vitest, which runs .ts sources directly.
  const child = spawn(process.execPath, [MAIN, '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  // A test that fails half-way must not leave its server running.
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error(`main.ts exited before listening: ${stderr.join('')}`);
    }),
  ])) as [string];
  return { child, ...(JSON.parse(line) as { url: string; ownerToken: string; created: boolean }) };
}

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, useActionBundle, type ActionRun } from '../action/run-action.ts';
import { runCli, useCliBundle, type CliRun } from '../cli/helpers.ts';
import { EVIL_EMAIL, startEchoServer, type EchoServer } from '../helpers/echo-server.ts';
import { assertBuilt, BIN as MCP_BIN, connectHttp, connectStdio, spawnHttpServer, type TestClient } from '../mcp/helpers.ts';

/*
 * The secret-leak suite: a canary token and canary passwords (one with a quote and a backslash, so
 * that its JSON and HTML forms differ from its raw form) go through each adapter's real entry point
 * (the CLI bundle with --debug, the action bundle, the MCP bundle over stdio and over HTTP, through
 * the SDK's client) against a server that echoes them back as data and in errors. None may appear
 * in anything the adapter shows or keeps.
 */
const TOKEN = 'aph0_leak_canary_9b1e4f77c2d8';
const PASSWORDS = ['Leak-Canary-Pass-31d7', 'Leak"Quote\\Canary-88'];
const SECRETS: Record<string, string> = { token: TOKEN, ...Object.fromEntries(PASSWORDS.map((p, i) => [`password ${i + 1}`, p])) };
/** Each secret in the forms it takes once JSON- or HTML-escaped: they must not appear either. */
function formsOf(secrets: Record<string, string>): [string, string][] {
  return Object.entries(secrets).flatMap(([name, secret]): [string, string][] => [
    [name, secret],
    [`${name} (JSON)`, JSON.stringify(secret).slice(1, -1)],
    [`${name} (HTML)`, secret.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')],
  ]);
}
const ALL_FORMS = formsOf(SECRETS);
/** A run that reads no users file cannot know the passwords the server echoes; it must hide the token. */
const TOKEN_FORMS = formsOf({ token: TOKEN });

/** Fails naming where a secret shows, without printing it. */
function expectClean(where: string, text: string, forms = ALL_FORMS): void {
  for (const [name, form] of forms) if (text.includes(form)) throw new Error(`the ${name} appears in ${where}`);
}

const USERS_YAML = [
  `- {name: Ann, email: ann@leak.example, is_sso_user: false, password: '${PASSWORDS[0]}'}`,
  `- {name: Bob, email: bob@leak.example, is_sso_user: false, password: '${PASSWORDS[1]}'}`,
  '',
].join('\n');
const USERS_JSON = JSON.stringify([
  { name: 'Ann', email: 'ann@leak.example', is_sso_user: false, password: PASSWORDS[0] },
  { name: 'Bob', email: 'bob@leak.example', is_sso_user: false, password: PASSWORDS[1] },
]);

let server: EchoServer;
let dir: string;

beforeAll(async () => {
  assertBuilt();
  server = await startEchoServer();
  dir = await mkdtemp(join(tmpdir(), 'leak-'));
  await writeFile(join(dir, 'token'), `${TOKEN}\n`, { mode: 0o600 });
  await writeFile(join(dir, 'users.yaml'), USERS_YAML);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Primes the server with the passwords, so that even a first request can echo them. */
async function primePasswords(): Promise<void> {
  await fetch(`${server.url}/api/v2/users/admin_batch_create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
    body: USERS_JSON,
  });
}

describe('the CLI bundle, with --debug', () => {
  useCliBundle();

  async function cli(args: string[]): Promise<CliRun> {
    const run = await runCli(['--debug', '--host', server.url, '--token-file', join(dir, 'token'), ...args], { cwd: dir });
    const forms = args.includes('-f') ? ALL_FORMS : TOKEN_FORMS;
    expectClean(`stdout of ${args.join(' ')}`, run.stdout, forms);
    expectClean(`stderr of ${args.join(' ')}`, run.stderr, forms);
    return run;
  }

  it('shows no secret on success paths: list, get, batch-create, plan, export, record', async () => {
    await primePasswords();
    server.failing = false;
    expect((await cli(['list'])).stdout).toContain('Evil token=***');
    expect((await cli(['list', '--json'])).code).toBe(0);
    expect((await cli(['get', '--email', EVIL_EMAIL])).code).toBe(0);
    expect((await cli(['get', '--email', EVIL_EMAIL, '--json'])).code).toBe(0);
    const created = await cli(['batch-create', '-f', 'users.yaml', '--json', '--record', 'record.jsonl']);
    expect(created.code).toBe(0);
    expect((await cli(['batch-create', '-f', 'users.yaml'])).code).toBe(0);
    expect((await cli(['plan', '-f', 'users.yaml'])).code).toBe(0);
    expect((await cli(['plan', '-f', 'users.yaml', '--json'])).code).toBe(0);
    expect((await cli(['export', '-o', 'export.yaml', '--force'])).code).toBe(0);
    expect((await cli(['export', '--format', 'csv'])).code).toBe(0);
    const record = await readFile(join(dir, 'record.jsonl'), 'utf8');
    expect(record.split('\n').filter(Boolean)).toHaveLength(2);
    expectClean('the change record', record);
    expectClean('the exported file', await readFile(join(dir, 'export.yaml'), 'utf8'), TOKEN_FORMS);
  });

  it('shows no secret on failure paths', async () => {
    await primePasswords();
    server.failing = true;
    try {
      expect((await cli(['batch-create', '-f', 'users.yaml', '--no-skip-existing'])).code).toBe(1);
      expect((await cli(['batch-create', '-f', 'users.yaml', '--json'])).code).toBe(1);
      expect((await cli(['get', '--email', 'nobody@leak.example'])).code).toBe(1);
    } finally {
      server.failing = false;
    }
  });
});

describe('the action bundle', () => {
  useActionBundle();

  async function action(inputs: Record<string, string>): Promise<ActionRun> {
    const run = await runAction(
      { 'anyscale-host': server.url, 'anyscale-token': TOKEN, ...inputs },
      { files: { 'users.yaml': USERS_YAML }, env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } },
    );
    const where = `the action's ${inputs.command}`;
    const forms = inputs['users-file'] ? ALL_FORMS : TOKEN_FORMS;
    // The runner masks what follows `::add-mask::`; the command itself is the one place it may stand.
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expectClean(`${where} log`, shown.join('\n'), forms);
    expectClean(`${where} stderr`, run.stderr, forms);
    expectClean(`${where} job summary`, run.summary, forms);
    for (const [name, value] of Object.entries(run.outputs)) expectClean(`${where} output ${name}`, value, forms);
    if (run.outputs['result-file']) expectClean(`${where} result file`, await readFile(run.outputs['result-file'], 'utf8'), forms);
    return run;
  }

  it('shows no secret in the log, outputs or summary, on success and on failure', async () => {
    await primePasswords();
    server.failing = false;
    const listed = await action({ command: 'list' });
    expect(listed.exitCode).toBe(0);
    expect(listed.summary).toContain('Evil token=***');
    expect((await action({ command: 'get', email: EVIL_EMAIL })).exitCode).toBe(0);
    const created = await action({ command: 'batch-create', 'users-file': 'users.yaml' });
    expect(created.exitCode).toBe(0);
    expect(created.outputs.users).toContain('Ann token=***');
    server.failing = true;
    try {
      expect((await action({ command: 'batch-create', 'users-file': 'users.yaml', 'skip-existing': 'false' })).exitCode).toBe(1);
      expect((await action({ command: 'get', email: 'nobody@leak.example' })).exitCode).toBe(1);
    } finally {
      server.failing = false;
    }
  });
});

describe('the MCP bundle, through the SDK client', () => {
  const users = JSON.parse(USERS_JSON) as Record<string, unknown>[];

  /** Every tool through success and failure; each result is checked whole. */
  async function exercise(client: TestClient): Promise<void> {
    server.failing = false;
    const listed = await client.call('list_users', { limit: 5 });
    expect(JSON.stringify(listed.structuredContent)).toContain('Evil token=***');
    await client.call('get_user', { email: EVIL_EMAIL });
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    const planId = (plan.structuredContent as { plan_id: string }).plan_id;
    const created = await client.call('batch_create_users', { users, confirm_plan_id: planId });
    expect((created.structuredContent as { counts: { created: number } }).counts.created).toBe(2);
    server.failing = true;
    try {
      const failedPlan = await client.call('batch_create_users', { users, dry_run: true });
      expect(failedPlan.isError).toBe(true);
      await client.call('get_user', { email: 'nobody@leak.example' });
    } finally {
      server.failing = false;
    }
    // The batch calls carry the passwords; list_users and get_user cannot know them (the server
    // echoes those of earlier calls), so they must hide the token.
    const known = [TOKEN_FORMS, TOKEN_FORMS, ALL_FORMS, ALL_FORMS, ALL_FORMS, TOKEN_FORMS];
    expect(client.seen).toHaveLength(known.length);
    for (const [i, result] of client.seen.entries()) expectClean(`MCP result ${i + 1}`, result, known[i]);
  }

  it('over stdio: no secret in results (text and structuredContent) or on stderr', async () => {
    await primePasswords();
    const client = await connectStdio('v2', [], {
      env: { ANYSCALE_HOST: server.url, ANYSCALE_CLI_TOKEN: TOKEN, ANYSCALE_MCP_DEBUG: '1', HOME: dir },
    });
    try {
      await exercise(client);
    } finally {
      await client.close();
    }
    expectClean('the stdio server stderr', client.stderr());
  });

  it('over HTTP: no secret in results, stdout or stderr', async () => {
    await primePasswords();
    const http = await spawnHttpServer(MCP_BIN, ['--http', '--port', '0'], {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      ANYSCALE_HOST: server.url,
      ANYSCALE_CLI_TOKEN: TOKEN,
      MCP_AUTH_TOKEN: 'mcp-inbound-canary-0c4a9e',
      ANYSCALE_MCP_DEBUG: '1',
    });
    try {
      const client = await connectHttp('v1', http.url, { headers: { authorization: 'Bearer mcp-inbound-canary-0c4a9e' } });
      try {
        await exercise(client);
      } finally {
        await client.close();
      }
    } finally {
      http.child.kill('SIGTERM');
      await new Promise((resolve) => http.child.once('exit', resolve));
    }
    expectClean('the HTTP server stdout', http.stdout());
    expectClean('the HTTP server stderr', http.stderr());
  });
});

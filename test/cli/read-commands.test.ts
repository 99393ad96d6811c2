import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_PORT } from '../../src/cli/local-serve.ts';
import { MAX_LATENCY_MS } from '../../src/local/index.ts';
import { DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE } from '../../src/core/operations/batch-create.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/core/operations/list-users.ts';
import { DEFAULT_TIMEOUTS } from '../../src/core/timeouts.ts';
import { VERSION } from '../../src/core/version.ts';
import { ANSI, expectNoSecretsPrinted, runCli, useCliBundle, useOrg } from './helpers.ts';

useCliBundle();
const testOrg = useOrg();

const SEEDED = ['owner@example.com', 'ada@example.com', 'grace@example.com', 'alan@example.com', 'ci-bot@service.example.com'];
/** What a listing without an account filter shows: like the real API, user accounts only. */
const SEEDED_USERS = SEEDED.slice(0, 4);

/** The data rows of a table on stdout (the header is the first line). */
function rows(stdout: string): string[][] {
  return stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/ {2,}/));
}

describe('anyscale-users list', () => {
  it('prints the Anyscale CLI table on stdout, and the preamble and footer on stderr', async () => {
    const { org, flags } = testOrg();
    const run = await runCli(['list', ...flags]);
    expect(run.code).toBe(0);
    const [header] = run.stdout.split('\n');
    expect(header!.split(/ {2,}/)).toEqual(['EMAIL', 'NAME', 'ID', 'ROLE', 'CREATED AT']);
    const table = rows(run.stdout);
    expect(table.map((row) => row[0])).toEqual(SEEDED_USERS);
    const owner = table[0]!;
    const stored = org.store.list({}, { count: 1 }).rows[0]!;
    expect(owner).toEqual([
      'owner@example.com',
      'Org Owner',
      stored.userId,
      'owner',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    ]);
    // Columns line up: every row starts its NAME at the same offset as the header.
    const nameAt = header!.indexOf('NAME');
    for (const line of run.stdout.trimEnd().split('\n').slice(1)) expect(line[nameAt - 1]).toBe(' ');
    expect(run.stderr).toContain('Listing users with:\n• email = <any>\n');
    expect(run.stderr).toContain('• mode = batch\n• per-page limit = 50\n• max-items total = all\n');
    expect(run.stderr).toContain(`View your Users in the UI at ${org.url}/collaborators`);
    expect(run.stderr.trimEnd().endsWith('Fetched 4 users.')).toBe(true);
  });

  it('piped, prints no colour, even for the header and errors', async () => {
    const { flags } = testOrg();
    const ok = await runCli(['list', ...flags]);
    const failed = await runCli(['get', '--email', 'nobody@example.com', ...flags]);
    for (const run of [ok, failed]) {
      expect(run.stdout).not.toMatch(ANSI);
      expect(run.stderr).not.toMatch(ANSI);
    }
  });

  it('--format json and --json --format json print the same as --json', async () => {
    const { flags } = testOrg();
    const [short, long, both] = await Promise.all([
      runCli(['list', '--json', ...flags]),
      runCli(['list', '--format', 'json', ...flags]),
      runCli(['list', '--json', '--format', 'json', ...flags]),
    ]);
    expect(long).toEqual(short);
    expect(both).toEqual(short);
    expect(short.code).toBe(0);
  });

  it('--json prints a JSON array of to_dict() users on stdout and nothing on stderr', async () => {
    const { org, flags } = testOrg();
    const run = await runCli(['list', '--json', ...flags]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const users = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(users.map((user) => user.email)).toEqual(SEEDED_USERS);
    const owner = org.store.list({}, { count: 1 }).rows[0]!;
    expect(users[0]).toEqual({
      email: 'owner@example.com',
      name: 'Org Owner',
      created_at: owner.createdAt,
      permission_level: 'owner',
      user_id: owner.userId,
    });
    expect(Object.keys(users[0]!)).toEqual(['email', 'name', 'created_at', 'permission_level', 'user_id']);
  });

  it('filters like the Anyscale CLI: --user-account, --service-account, --collaborator-type in any case', async () => {
    const { flags } = testOrg();
    const emails = async (...args: string[]) => {
      const run = await runCli(['list', '--json', ...args, ...flags]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as { email: string }[]).map((user) => user.email);
    };
    const [service, user, byType, byEmail, capped] = await Promise.all([
      emails('--service-account'),
      emails('--user-account'),
      emails('--collaborator-type', 'ONLY_SERVICE_ACCOUNTS'),
      emails('--email', 'grace@example.com'),
      emails('--max-items', '3', '--page-size', '2', '--no-interactive'),
    ]);
    expect(service).toEqual(['ci-bot@service.example.com']);
    expect(user).toEqual(SEEDED.slice(0, 4));
    expect(byType).toEqual(['ci-bot@service.example.com']);
    expect(byEmail).toEqual(['grace@example.com']);
    expect(capped).toEqual(SEEDED.slice(0, 3));
  });

  it('--max-items stops the table too, and an empty result says so', async () => {
    const { flags } = testOrg();
    const two = await runCli(['list', '--max-items', '2', '--page-size', '1', ...flags]);
    expect(two.code).toBe(0);
    expect(rows(two.stdout).map((row) => row[0])).toEqual(SEEDED.slice(0, 2));
    expect(two.stderr).toContain('• max-items total = 2');
    expect(two.stderr).toContain('Fetched 2 users.');
    const none = await runCli(['list', '--email', 'nobody@example.com', ...flags]);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr.trimEnd().endsWith('No users found.')).toBe(true);
  });

  it('rejects bad flag values with the Anyscale CLI wording and exit status 2', async () => {
    const { flags } = testOrg();
    const cases: [string[], string][] = [
      [['--page-size', '51'], "Error [USAGE]: Invalid value for '--page-size': must be less than or equal to 50."],
      [['--page-size', '0'], "Error [USAGE]: Invalid value for '--page-size': must be greater than or equal to 1."],
      [['--max-items', 'ten'], "Error [USAGE]: Invalid value for '--max-items': 'ten' is not a valid integer."],
      [['--collaborator-type', 'robots'], "Error [USAGE]: Invalid value for '--collaborator-type': 'robots' is not one of"],
      [['--service-account', '--user-account'], 'Error [USAGE]: give --service-account or --user-account, not both.'],
      [['--interactive'], 'Error [USAGE]: the interactive pager is not offered'],
      [['--dry-run'], "Error [USAGE]: --dry-run is not an option of 'list'."],
      [['--bogus'], "Error [USAGE]: unknown option '--bogus'."],
      [['--format', 'xml'], "Error [USAGE]: Invalid value for '--format': 'xml' is not one of table, json, jsonl, csv, yaml."],
      [['--json', '--jsonl'], 'Error [USAGE]: give one of --format, --json and --jsonl.'],
      [['--json', '--format', 'csv'], 'Error [USAGE]: give one of --format, --json and --jsonl.'],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(['list', ...args, ...flags])));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i]!;
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith(message), run.stderr).toBe(true);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('anyscale-users get', () => {
  it('shows one user as a one-row table, found by email in any case or by name', async () => {
    const { flags } = testOrg();
    const byEmail = await runCli(['get', '--email', 'ADA@example.com', ...flags]);
    expect(byEmail.code).toBe(0);
    expect(rows(byEmail.stdout)).toEqual([['ada@example.com', 'Ada', expect.stringMatching(/^usr_/), 'collaborator', expect.any(String)]]);
    expect(byEmail.stderr).toContain('Fetching user with:\n• email = ADA@example.com\n• name = <not specified>\n');
    expect(byEmail.stderr.trimEnd().endsWith('Fetched 1 user.')).toBe(true);
    const byName = await runCli(['get', '--name', 'Grace', '--json', ...flags]);
    expect(byName.code).toBe(0);
    expect(byName.stderr).toBe('');
    expect(JSON.parse(byName.stdout)).toMatchObject({ email: 'grace@example.com', name: 'Grace', permission_level: 'collaborator' });
  });

  it('a service account has no ID: the column is empty and user_id is left out of the JSON', async () => {
    const { flags } = testOrg();
    const json = await runCli(['get', '--name', 'ci-bot', '--service-account', '--json', ...flags]);
    const user = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(user.email).toBe('ci-bot@service.example.com');
    expect(user).not.toHaveProperty('user_id');
    const table = await runCli(['get', '--name', 'ci-bot', '--service-account', ...flags]);
    const [header, row] = table.stdout.split('\n');
    const id = row!.slice(header!.indexOf('ID'), header!.indexOf('ROLE'));
    expect(id.trim()).toBe('');
    expect(row!.slice(header!.indexOf('ROLE'))).toMatch(/^collaborator\s+\d{4}-/);
  });

  it('exits 1 with one NOT_FOUND line when there is no such user, and 2 without --email or --name', async () => {
    const { flags } = testOrg();
    const missing = await runCli(['get', '--email', 'nobody@example.com', '--json', ...flags]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe("Error [NOT_FOUND]: No user found matching 'nobody@example.com'.\n");
    const neither = await runCli(['get', ...flags]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toBe("Error [USAGE]: Provide --email or --name. Run 'anyscale-users get --help' for usage.\n");
  });
});

describe('connection and failures', () => {
  it('a wrong token fails with one AUTH line and no stack trace; --debug adds the stack', async () => {
    const { org, dir } = testOrg();
    const wrong = join(dir, 'wrong-token');
    await writeFile(wrong, 'aph0_not-a-real-token\n', { mode: 0o600 });
    const run = await runCli(['list', '--host', org.url, '--token-file', wrong]);
    expect(run.code).toBe(1);
    const lines = run.stderr
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('•') && !line.startsWith('Listing') && !line.startsWith('View'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Error \[AUTH\]: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(['list', '--debug', '--host', org.url, '--token-file', wrong]);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/debug: GET \/api\/v2\/organization_collaborators\/ -> 401/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('reads the host and token from ANYSCALE_HOST and ANYSCALE_CLI_TOKEN when no flag is given', async () => {
    const { org } = testOrg();
    const run = await runCli(['get', '--email', 'alan@example.com', '--json'], {
      env: { ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken },
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).email).toBe('alan@example.com');
  });

  it('says what to do when there is no token, the token file is missing, or the host is not loopback over http', async () => {
    const { org, dir } = testOrg();
    const none = await runCli(['list', '--host', org.url]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^Error \[AUTH\]: Credentials not found\. /m);
    const missing = await runCli(['list', '--host', org.url, '--token-file', join(dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `Error [CONFIG]: Cannot read the token file '${join(dir, 'nope')}' (no such file). Check --token-file.`,
    );
    const plain = await runCli(['list', '--host', 'http://example.com', '--token-file', testOrg().tokenFile]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^Error \[CONFIG\]: Refusing to send the Anyscale token over plain http:\/\//m);
  });

  it('warns when the token file can be read by other users', async () => {
    const { org, dir } = testOrg();
    const open = join(dir, 'open-token');
    await writeFile(open, org.ownerToken, { mode: 0o644 });
    const run = await runCli(['get', '--email', 'ada@example.com', '--host', org.url, '--token-file', open]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`warning: The token file '${open}' can be read by other users; run 'chmod 600 ${open}'.`);
  });
});

describe('--version and --help', () => {
  it('prints the version, and help with examples for each command', async () => {
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const main = await runCli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: anyscale-users <command>');
    expect(main.stdout).toContain('Examples:');
    const helps = await Promise.all(['list', 'get', 'batch-create'].map((command) => runCli([command, '--help'])));
    for (const [i, command] of ['list', 'get', 'batch-create'].entries()) {
      const help = helps[i]!;
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: anyscale-users ${command}`);
      expect(help.stdout).toContain('Examples:');
      expect(help.stdout).toContain('--token-file PATH');
    }
    expect((await runCli(['help', 'local', 'serve'])).stdout).toContain('Usage: anyscale-users local serve');
  });

  it('states the defaults that core and local serve actually use', async () => {
    const list = (await runCli(['list', '--help'])).stdout;
    expect(list).toContain(`Users per request, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`);
    const batch = (await runCli(['batch-create', '--help'])).stdout;
    expect(batch).toContain(`Users per create request, 1 to ${MAX_CHUNK_SIZE} (default ${DEFAULT_CHUNK_SIZE})`);
    const serve = (await runCli(['local', 'serve', '--help'])).stdout;
    expect(serve).toContain(`(default ${DEFAULT_LOCAL_PORT}; 0 picks a free one)`);
    expect(serve).toContain(`0 to ${MAX_LATENCY_MS} (default 0)`);
    expect(list).toContain(`Time allowed for each read request (default ${DEFAULT_TIMEOUTS.readMs}, or`);
    expect(list).toContain(`(default ${DEFAULT_TIMEOUTS.createBaseMs} + n × ${DEFAULT_TIMEOUTS.createPerUserMs},`);
  });

  it('an unknown command is a usage error', async () => {
    const run = await runCli(['lsit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "Error [USAGE]: unknown command 'lsit'; the commands are 'list', 'get', 'batch-create', 'plan', 'export', 'whoami', 'local serve', 'completion'. Run 'anyscale-users --help' for usage.\n",
    );
  });
});

it('never prints the owner token', () => {
  const { org } = testOrg();
  expectNoSecretsPrinted([org.ownerToken, org.collaboratorToken]);
});

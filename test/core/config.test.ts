import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnyscaleClient } from '../../src/core/client.ts';
import { DEFAULT_HOST, checkHost, isPlausibleToken, resolveConfig } from '../../src/core/config.ts';
import { capturingLogger } from '../helpers/clients.ts';
import { CANARY_TOKEN } from '../helpers/scripted-server.ts';

const homes: string[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

function homeWithCredentials(content: string | undefined, mode = 0o600): string {
  const home = mkdtempSync(join(tmpdir(), 'anyscale-home-'));
  homes.push(home);
  if (content !== undefined) {
    mkdirSync(join(home, '.anyscale'), { mode: 0o700 });
    const file = join(home, '.anyscale', 'credentials.json');
    writeFileSync(file, content);
    chmodSync(file, mode);
  }
  return home;
}

describe('resolveConfig', () => {
  const fileToken = 'aph0_from_file';

  it('prefers explicit options over the environment and the credentials file', () => {
    const home = homeWithCredentials(JSON.stringify({ cli_token: fileToken }));
    const config = resolveConfig(
      {
        host: 'https://a.example.com',
        token: CANARY_TOKEN,
        env: { ANYSCALE_CLI_TOKEN: 'aph0_env', ANYSCALE_HOST: 'https://b.example.com' },
        homeDir: home,
      },
      capturingLogger(),
    );
    expect(config).toEqual({ host: 'https://a.example.com', token: CANARY_TOKEN, tokenSource: 'option' });
  });

  it('prefers the environment over the credentials file', () => {
    const home = homeWithCredentials(JSON.stringify({ cli_token: fileToken }));
    const config = resolveConfig(
      { env: { ANYSCALE_CLI_TOKEN: 'sss_env', ANYSCALE_HOST: 'https://b.example.com/' }, homeDir: home },
      capturingLogger(),
    );
    expect(config).toEqual({ host: 'https://b.example.com', token: 'sss_env', tokenSource: 'env' });
  });

  it('reads cli_token from ~/.anyscale/credentials.json and defaults the host', () => {
    const home = homeWithCredentials(JSON.stringify({ cli_token: fileToken }));
    const logger = capturingLogger();
    expect(resolveConfig({ env: {}, homeDir: home }, logger)).toEqual({
      host: DEFAULT_HOST,
      token: fileToken,
      tokenSource: 'credentials-file',
    });
    expect(logger.lines).toEqual([]);
  });

  it('warns when the credentials file is readable by others', () => {
    const home = homeWithCredentials(JSON.stringify({ cli_token: fileToken }), 0o644);
    const logger = capturingLogger();
    resolveConfig({ env: {}, homeDir: home }, logger);
    expect(logger.lines).toEqual([
      "warn: Permissions for your credentials file ~/.anyscale/credentials.json are not secure. Run 'anyscale auth fix' to make your credentials secure and not accessible by others.",
    ]);
  });

  it('tells a library user who gave no logger through a process warning', async () => {
    const home = homeWithCredentials(JSON.stringify({ cli_token: fileToken }), 0o644);
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    new AnyscaleClient({ env: {}, homeDir: home });
    const warning = await warned;
    expect(warning.message).toContain('Permissions for your credentials file');
    expect((warning as Error & { code?: string }).code).toBe('ANYSCALE_USERS');
  });

  it('lets a set but empty ANYSCALE_CLI_TOKEN win, and then rejects it as the SDK does', () => {
    const home = homeWithCredentials(JSON.stringify({ cli_token: fileToken }));
    expect(() => resolveConfig({ env: { ANYSCALE_CLI_TOKEN: '' }, homeDir: home }, capturingLogger())).toThrow(
      'Your user credentials are invalid. Please go to https://console.anyscale.com/v2/api-keys and follow the instructions to properly set your credentials.',
    );
  });

  it.each([
    [
      undefined,
      'Credentials not found. You need to create an account at https://console.anyscale.com and then go to https://console.anyscale.com/v2/api-keys and follow the instructions.',
    ],
    [
      '{not json',
      'Unable to load user credentials.\n\nTip: Try creating your user credentials again by going to https://console.anyscale.com/v2/api-keys and following the instructions. If this does not work, please contact Anyscale support.',
    ],
    [
      '{"token": "aph0_x"}',
      'The credential file is not valid. Please regenerate it by following the instructions at https://console.anyscale.com/v2/api-keys',
    ],
  ])('explains a credentials file %j as the SDK does', (content, message) => {
    const home = homeWithCredentials(content);
    expect(() => resolveConfig({ env: {}, homeDir: home }, capturingLogger())).toThrow(expect.objectContaining({ code: 'AUTH', message }));
  });

  it('applies the SDK token sanity rule', () => {
    expect(isPlausibleToken('sss_abc')).toBe(true);
    expect(isPlausibleToken('aph0_abc')).toBe(true);
    expect(isPlausibleToken('abc')).toBe(false);
    expect(isPlausibleToken('xyz_abc')).toBe(false);
  });

  it('refuses a token that cannot go in a header, and trims the newline a pasted secret brings', () => {
    expect(isPlausibleToken('aph0_a\nb')).toBe(false);
    expect(isPlausibleToken('aph0_a b')).toBe(false);
    expect(() => resolveConfig({ token: 'aph0_a\u0007b' }, capturingLogger())).toThrow(expect.objectContaining({ code: 'AUTH' }));
    expect(resolveConfig({ token: `${CANARY_TOKEN}\n` }, capturingLogger()).token).toBe(CANARY_TOKEN);
  });
});

describe('checkHost', () => {
  it('refuses to send a token over plain http to a host that is not loopback', () => {
    expect(() => checkHost('http://console.anyscale.com')).toThrow(
      expect.objectContaining({
        code: 'CONFIG',
        message: expect.stringContaining('Refusing to send the Anyscale token over plain http://'),
      }),
    );
    expect(() => checkHost('http://10.0.0.5:8080')).toThrow(/plain http/);
  });

  it.each(['http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:9000', 'https://console.anyscale.com'])('allows %s', (host) => {
    expect(() => checkHost(host)).not.toThrow();
  });

  it('rejects what is not an http(s) URL', () => {
    expect(() => checkHost('console.anyscale.com')).toThrow(/not a URL/);
    expect(() => checkHost('ftp://x.example.com')).toThrow(/must start with https/);
  });

  it('keeps a trailing slash but refuses a path, which requests would silently drop', () => {
    expect(checkHost('https://console.anyscale.com/')).toBe('https://console.anyscale.com');
    expect(() => checkHost('https://example.com/anyscale')).toThrow(
      expect.objectContaining({ code: 'CONFIG', message: expect.stringContaining('has a path') }),
    );
  });
});

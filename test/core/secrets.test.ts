import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import { capturingLogger } from '../helpers/clients.ts';
import { CANARY_PASSWORD, CANARY_TOKEN, startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.ts';

/**
 * Drives every failure path that carries server text or request data into an error or a log
 * line, with a server that echoes everything it was sent (headers and body) back in its error
 * details, and checks that the canary token and password appear nowhere.
 */
describe('secrets', () => {
  let server: ScriptedServer;
  const captured: string[] = [];
  const logger = capturingLogger();
  const statuses = [400, 401, 403, 404, 409, 422, 429, 500, 503];
  let next = 0;

  beforeAll(async () => {
    server = await startScriptedServer((req) => {
      const status = statuses[next++ % statuses.length]!;
      const echo = `${JSON.stringify(req.headers)} ${req.body}`;
      if (status === 422) return { status, body: { error: { detail: [{ loc: ['body'], msg: echo, input: req.body }] } } };
      return { status, body: { error: { detail: echo } }, headers: { 'x-trace-id': `trace-${CANARY_TOKEN}` } };
    });
  });
  afterAll(() => server.close());

  function anyscale(options: Record<string, unknown> = {}) {
    return new Anyscale({
      host: server.url,
      token: CANARY_TOKEN,
      env: {},
      logger,
      retry: { maxRetries: 1, baseDelayMs: 1 },
      ...options,
    });
  }

  async function capture(work: () => Promise<unknown>) {
    try {
      captured.push(JSON.stringify(await work()));
    } catch (error) {
      const e = error as Error & Record<string, unknown>;
      captured.push(e.message, String(e.stack), JSON.stringify({ ...e }));
    }
  }

  it('never shows the token or a password in any error, result or log line', async () => {
    const users = [{ name: 'Pat', email: 'pat@example.com', password: CANARY_PASSWORD, is_sso_user: false }];
    for (let i = 0; i < statuses.length; i++) {
      await capture(() => anyscale().user.adminBatchCreate(users));
      await capture(() => anyscale().user.adminBatchCreate(users, { skipExisting: true }));
      await capture(() => anyscale().user.get({ email: 'pat@example.com' }));
      await capture(() => anyscale().user.list({ name: 'Pat' }).toArray());
    }
    await capture(async () => new Anyscale({ host: 'http://example.com', token: CANARY_TOKEN, env: {} }));
    await capture(async () => new Anyscale({ host: server.url, token: CANARY_TOKEN.replace('aph0_', 'zz'), env: {} }));
    await capture(() => anyscale({ host: 'http://127.0.0.1:9' }).user.get({ email: 'x@y.co' }));
    await capture(() => anyscale({ timeouts: { createBaseMs: 1, createPerUserMs: 0 } }).user.adminBatchCreate(users));
    const everything = [...captured, ...logger.lines].join('\n');
    expect(captured.length).toBeGreaterThan(36);
    expect(everything).toContain('pat@example.com');
    expect(everything).not.toContain(CANARY_TOKEN);
    expect(everything).not.toContain(CANARY_TOKEN.replace('aph0_', 'zz'));
    expect(everything).not.toContain(CANARY_PASSWORD);
  });
});

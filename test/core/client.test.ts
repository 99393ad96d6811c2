import { afterEach, describe, expect, it } from 'vitest';
import { AnyscaleApiError, AnyscaleError } from '../../src/core/errors.ts';
import { DEFAULT_RETRY_POLICY, sleep as realSleep } from '../../src/core/retry.ts';
import { VERSION } from '../../src/core/version.ts';
import { readFileSync } from 'node:fs';
import { failure, testClient } from '../helpers/clients.ts';
import { CANARY_TOKEN, startScriptedServer, type Handler, type ScriptedServer } from '../helpers/scripted-server.ts';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler) {
  server = await startScriptedServer(handler);
  return server;
}

describe('AnyscaleClient on the wire', () => {
  it('sends bearer auth, JSON accept and a User-Agent naming this package', async () => {
    const s = await serve(() => ({ body: { ok: true } }));
    await testClient(s.url).client.get('/api/v2/userinfo');
    const headers = s.requests[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
    expect(headers.accept).toBe('application/json');
    expect(headers['user-agent']).toBe(`anyscale-users/${VERSION} node/${process.versions.node}`);
    expect(headers.cookie).toBeUndefined();
  });

  it('keeps VERSION in step with package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('sends a JSON body with its content type on POST, and drops undefined query values on GET', async () => {
    const s = await serve(() => ({ status: 201, body: {} }));
    const { client } = testClient(s.url);
    await client.post('/api/v2/users/admin_batch_create', [{ a: 1 }], { users: 1 });
    await client.get('/x/', { email: 'a@b.co', name: undefined, is_service_account: false, count: 5 });
    expect(s.requests[0]!.headers['content-type']).toBe('application/json');
    expect(s.requests[0]!.body).toBe('[{"a":1}]');
    expect(s.requests[1]!.url.search).toBe('?email=a%40b.co&is_service_account=false&count=5');
  });

  it.each([
    [401, { error: { detail: 'Unauthorized' } }, 'AUTH', /credentials for http:\/\/127\.0\.0\.1:\d+ are invalid or have expired/],
    [403, { error: { detail: 'Permission denied' } }, 'FORBIDDEN', /^Permission denied\.$/],
    [404, { error: { detail: 'Not found' } }, 'NOT_FOUND', /^Not found$/],
    [409, { error: { detail: "User with email 'a@b.co' already exists." } }, 'CONFLICT', /^User with email 'a@b\.co' already exists\.$/],
    [400, { error: { detail: 'Malformed JSON body.' } }, 'VALIDATION', /^Malformed JSON body\.$/],
    [413, { error: { detail: 'Request body too large.' } }, 'VALIDATION', /too large/],
    [500, { error: { detail: 'boom' } }, 'SERVER', /answered 500 to GET \/x\/ \(trace id t-123\): boom\. Try again later/],
    [
      405,
      { error: { detail: 'Method Not Allowed' } },
      'UNSUPPORTED',
      /^Anyscale refused GET \/x\/ with 405 \(trace id t-123\): Method Not Allowed\. Check that .* is an Anyscale host, or upgrade anyscale-users\.$/,
    ],
  ])('maps status %i with the error envelope to %s', async (status, body, code, message) => {
    const s = await serve(() => ({ status, body, headers: { 'x-trace-id': 't-123' } }));
    const error = await failure(testClient(s.url, { retry: { maxRetries: 0 } }).client.get('/x/'));
    expect(error).toBeInstanceOf(AnyscaleApiError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect((error as AnyscaleApiError).status).toBe(status);
    expect((error as AnyscaleApiError).traceId).toBe('t-123');
  });

  it('turns a 422 detail list into one readable sentence naming each field', async () => {
    const detail = [
      { loc: ['query', 'count'], msg: 'Input should be less than or equal to 50', type: 'less_than_equal', input: '51' },
      { loc: ['body', 0, 'email'], msg: 'Field required', type: 'missing' },
    ];
    const s = await serve(() => ({ status: 422, body: { error: { detail } } }));
    const error = await failure(testClient(s.url).client.get('/x/'));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'Anyscale refused GET /x/ as invalid: query.count: Input should be less than or equal to 50; body[0].email: Field required. Correct the values named, then try again.',
    );
  });

  it('never repeats the token, even when the server echoes it', async () => {
    const s = await serve(() => ({
      status: 422,
      body: { error: { detail: [{ loc: ['header'], msg: `bad token ${CANARY_TOKEN}`, input: CANARY_TOKEN }] } },
    }));
    const error = (await failure(testClient(s.url).client.get('/x/'))) as AnyscaleApiError;
    expect(error.message).not.toContain(CANARY_TOKEN);
    expect(JSON.stringify(error.detail)).not.toContain(CANARY_TOKEN);
  });

  it('adds the role advice to a 403', async () => {
    const s = await serve(() => ({ status: 403, body: { error: { detail: 'Permission denied' } } }));
    const error = await failure(testClient(s.url).client.post('/p', [], { forbiddenHint: 'Needs an owner.', users: 0 }));
    expect(error.message).toBe('Permission denied. Needs an owner.');
  });

  it('reports a 2xx body that is not JSON', async () => {
    const s = await serve(() => ({ raw: '<html>login</html>' }));
    const error = await failure(testClient(s.url).client.get('/x/'));
    expect(error.code).toBe('BAD_RESPONSE');
  });
});

describe('retries', () => {
  it('retries reads on 429, 502, 503 and 504 with full-jitter backoff, then succeeds', async () => {
    const statuses = [429, 502, 503, 504];
    const s = await serve(() => (statuses.length ? { status: statuses.shift()! } : { body: { done: true } }));
    const { client, sleeps } = testClient(s.url, { retry: { baseDelayMs: 100, maxDelayMs: 10_000 } });
    expect(await client.get('/x/')).toEqual({ done: true });
    expect(s.requests).toHaveLength(5);
    // random() is 0.5: half of 100, 200, 400, 800.
    expect(sleeps).toEqual([50, 100, 200, 400]);
    expect(client.stats).toEqual({ requests: 5, retries: 4 });
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const replies = [
      { status: 429, headers: { 'retry-after': '3' } },
      { status: 503, headers: { 'retry-after': new Date(Date.UTC(2030, 0, 1, 0, 0, 7)).toUTCString() } },
    ];
    const s = await serve(() => replies.shift() ?? { body: {} });
    const now = Date.UTC(2030, 0, 1, 0, 0, 0);
    const { client, sleeps } = testClient(s.url, { now: () => now, retry: { deadlineMs: 60_000 } });
    await client.get('/x/');
    expect(sleeps).toEqual([3000, 7000]);
  });

  it('gives up after the retry count with the last error', async () => {
    const s = await serve(() => ({ status: 503, body: { error: { detail: 'down' } }, headers: { 'x-trace-id': 'tr-9' } }));
    const { client, sleeps } = testClient(s.url, { retry: { maxRetries: 2 } });
    const error = (await failure(client.get('/x/'))) as AnyscaleApiError;
    expect(error.code).toBe('SERVER');
    expect(error.traceId).toBe('tr-9');
    expect(s.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('treats an option set to undefined as the default, so the retry cap stays', async () => {
    const s = await serve(() => ({ status: 503, body: { error: { detail: 'down' } } }));
    const { client, sleeps } = testClient(s.url, { retry: { maxRetries: undefined, deadlineMs: 1e12 } });
    await failure(client.get('/x/'));
    expect(s.requests).toHaveLength(DEFAULT_RETRY_POLICY.maxRetries + 1);
    expect(sleeps).toHaveLength(DEFAULT_RETRY_POLICY.maxRetries);
  });

  it('gives up when the next wait would pass the total deadline', async () => {
    const s = await serve(() => ({ status: 429, headers: { 'retry-after': '90' } }));
    const { client, sleeps } = testClient(s.url, { retry: { deadlineMs: 60_000 } });
    const error = await failure(client.get('/x/'));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toContain('it asked to wait 90 s');
    expect(sleeps).toEqual([]);
  });

  it('does not retry other 4xx answers', async () => {
    const s = await serve(() => ({ status: 404, body: { error: { detail: 'nope' } } }));
    await failure(testClient(s.url).client.get('/x/'));
    expect(s.requests).toHaveLength(1);
  });

  it('sends a read once when asked for no retry, as the MCP start check does', async () => {
    const s = await serve(() => ({ status: 503, body: { error: { detail: 'busy' } } }));
    const { client, sleeps } = testClient(s.url);
    expect((await failure(client.get('/x/', {}, { retry: false }))).code).toBe('SERVER');
    expect(s.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a dropped connection on a read', async () => {
    let drops = 1;
    const s = await serve(() => (drops-- > 0 ? { drop: true } : { body: { ok: 1 } }));
    expect(await testClient(s.url).client.get('/x/')).toEqual({ ok: 1 });
    expect(s.requests).toHaveLength(2);
  });

  it('times out a request that gets no answer, retries it, then reports TIMEOUT', async () => {
    const s = await serve(() => ({ delayMs: 400, body: {} }));
    const { client } = testClient(s.url, { timeouts: { readMs: 50 }, retry: { maxRetries: 1 } });
    const error = await failure(client.get('/x/'));
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toContain('did not answer GET /x/ within 0.05 s');
    // Counted by the client: on a loaded machine the server, in this same process, may not have
    // read the second request before its 50 ms are up.
    expect(client.stats).toMatchObject({ requests: 2, retries: 1 });
  });

  it('never retries a POST, and says whether the server may have processed it', async () => {
    const s = await serve(() => ({ drop: true }));
    const error = await failure(testClient(s.url).client.post('/p', [], { users: 0 }));
    expect(error.code).toBe('NETWORK');
    expect((error as unknown as { maybeProcessed: boolean }).maybeProcessed).toBe(true);
    expect(s.requests).toHaveLength(1);
  });

  it('knows a refused connection was never processed', async () => {
    const s = await serve(() => ({ body: {} }));
    const url = s.url;
    await s.close();
    server = undefined;
    const error = await failure(testClient(url).client.post('/p', [], { users: 0 }));
    expect(error.code).toBe('NETWORK');
    expect((error as unknown as { maybeProcessed: boolean }).maybeProcessed).toBe(false);
  });

  it('stops at once when the caller aborts', async () => {
    const s = await serve(() => ({ delayMs: 300, body: {} }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await failure(testClient(s.url).client.get('/x/', {}, { signal: controller.signal }));
    expect(error.code).toBe('ABORTED');
  });

  it('says ABORTED, not a bare AbortError, when cancelled while waiting to retry', async () => {
    const s = await serve(() => ({ status: 503 }));
    const controller = new AbortController();
    const { client } = testClient(s.url, { sleep: realSleep });
    const pending = failure(client.get('/x/', {}, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(error).toBeInstanceOf(AnyscaleError);
    expect(error.code).toBe('ABORTED');
    expect(error.message).toBe('GET /x/ was cancelled.');
  });
});

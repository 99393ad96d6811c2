import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REPLAYED_INITIALIZE_ID, answerHandshake } from '../../mcp/fast-start.ts';
import type { HandshakeManifest } from '../../mcp/handshake-manifest.ts';

const manifest: HandshakeManifest = {
  protocolVersions: ['2025-06-18'],
  initialize: { get_user: { capabilities: { tools: { listChanged: true } }, serverInfo: { name: 's', version: '1' } } },
  tools: { get_user: { name: 'get_user' } },
};

const line = (message: unknown) => `${JSON.stringify(message)}\n`;
const initialize = (params: Record<string, unknown> = {}) =>
  line({
    jsonrpc: '2.0',
    id: 7,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'c', version: '1' }, ...params },
  });

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { input, output, written: () => written };
}

/** What is left on the input for the SDK to read. */
function unread(input: PassThrough): string {
  return (input.read() as Buffer | null)?.toString() ?? '';
}

describe('answerHandshake', () => {
  it('answers initialize and tools/list, replays the opening under its own id, and leaves the rest unread', async () => {
    const { input, output, written } = streams();
    const answered = answerHandshake({ input, output, manifest, tools: ['get_user'] });
    const rest = line({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'get_user' } });
    input.write(
      initialize() +
        line({ jsonrpc: '2.0', method: 'notifications/initialized' }) +
        line({ jsonrpc: '2.0', id: 8, method: 'tools/list' }) +
        rest,
    );
    const handshake = await answered;
    expect(handshake?.answered).toBe(true);
    expect(handshake?.replay.map((message) => [message.id, message.method])).toEqual([
      [REPLAYED_INITIALIZE_ID, 'initialize'],
      [undefined, 'notifications/initialized'],
    ]);
    expect(
      written()
        .split('\n')
        .filter(Boolean)
        .map((text) => JSON.parse(text)),
    ).toEqual([
      { result: { protocolVersion: '2025-06-18', ...manifest.initialize.get_user }, jsonrpc: '2.0', id: 7 },
      { result: { tools: [{ name: 'get_user' }] }, jsonrpc: '2.0', id: 8 },
    ]);
    expect(unread(input)).toBe(rest);
  });

  it.each([
    ['a 2026 envelope claim', initialize({ _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' } })],
    ['a version it has no answer for', initialize({ protocolVersion: '2099-01-01' })],
    ['no clientInfo', initialize({ clientInfo: undefined })],
    ['a request before initialize', line({ jsonrpc: '2.0', id: 1, method: 'ping' })],
    ['a line that is not JSON', 'not json\n'],
  ])('leaves %s to the SDK, unread and unanswered', async (_, opening) => {
    const { input, output, written } = streams();
    const answered = answerHandshake({ input, output, manifest, tools: ['get_user'] });
    input.write(opening);
    expect(await answered).toEqual({ replay: [], answered: false });
    expect(written()).toBe('');
    expect(unread(input)).toBe(opening);
  });

  it('leaves everything to the SDK when it holds no answer for the tools offered', async () => {
    const { input, output, written } = streams();
    const answered = answerHandshake({ input, output, manifest, tools: ['list_users', 'get_user'] });
    input.write(initialize());
    expect(await answered).toEqual({ replay: [], answered: false });
    expect(written()).toBe('');
  });

  it('hands over when the host is quiet after initialize, keeping a partial line', async () => {
    const { input, output } = streams();
    const answered = answerHandshake({ input, output, manifest, tools: ['get_user'] });
    input.write(`${initialize()}{"jsonrpc":"2.0",`);
    expect((await answered)?.answered).toBe(true);
    expect(unread(input)).toBe('{"jsonrpc":"2.0",');
  });

  it('resolves undefined when stdin ends, and when stdout fails', async () => {
    const first = streams();
    const ended = answerHandshake({ ...first, manifest, tools: ['get_user'] });
    first.input.end();
    first.input.resume();
    expect(await ended).toBeUndefined();

    const second = streams();
    const failed = answerHandshake({ ...second, manifest, tools: ['get_user'] });
    second.output.emit('error', new Error('EPIPE'));
    expect(await failed).toBeUndefined();
    expect(second.input.destroyed).toBe(true);
  });
});

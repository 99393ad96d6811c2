/**
 * The stdio server's first answers, given before the MCP SDK and zod are loaded: a host starts
 * its MCP servers together and waits for each one's `initialize` and `tools/list`, and loading
 * the SDK alone costs more than three times Node's own start. The answers are the SDK's own, recorded
 * (handshake-manifest.ts); anything else, or anything unusual, is left to the SDK. This file
 * imports nothing heavy, so that a start pays only for Node, this and the manifest.
 */
import type { Readable, Writable } from 'node:stream';
import { toolSetKey, type HandshakeManifest } from './handshake-manifest.ts';
import type { ToolName } from './tool-names.ts';

/** The id the client's `initialize` is replayed to the SDK under, so that its answer can be told apart and dropped. */
export const REPLAYED_INITIALIZE_ID = 'anyscale-users-mcp:replayed-initialize';

type Message = Record<string, unknown>;

export interface AnsweredHandshake {
  /** What the SDK is to read before the rest of stdin: the opening, as the client sent it. */
  replay: Message[];
  /** Whether `initialize` was answered here: the client then knows the tools of `tools`, and must hear of a change. */
  answered: boolean;
}

export interface FastStartOptions {
  input: Readable;
  output: Writable;
  manifest: HandshakeManifest;
  /** The tools announced, in the order the server registers them. */
  tools: readonly ToolName[];
}

const isObject = (value: unknown): value is Message => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
const hasNoParams = (params: unknown) => params === undefined || (isObject(params) && Object.keys(params).length === 0);

/** JSON.parse, as the SDK's reader, so a trailing \r is whitespace to both. */
function parse(line: string): Message | undefined {
  try {
    const message: unknown = JSON.parse(line);
    return isObject(message) && message.jsonrpc === '2.0' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** A plain 2025-era opening in a version the manifest holds; anything else (a 2026 envelope claim too) is the SDK's. */
function isPlainInitialize(message: Message, manifest: HandshakeManifest): boolean {
  const params = message.params;
  if (message.method !== 'initialize' || !isId(message.id) || !isObject(params) || '_meta' in params) return false;
  const client = params.clientInfo;
  return (
    typeof params.protocolVersion === 'string' &&
    manifest.protocolVersions.includes(params.protocolVersion) &&
    isObject(params.capabilities) &&
    isObject(client) &&
    typeof client.name === 'string' &&
    typeof client.version === 'string'
  );
}

/**
 * A host that answers `initialize` and then waits (for its user, say) still finds the SDK loaded
 * when it calls: this long without a message after the opening, the SDK is loaded anyway. Hosts
 * that send `tools/list` at once send it within a few milliseconds.
 */
const IDLE_MS = 50;

/** A handshake line is a few hundred bytes; past this without a newline, the SDK's own bound applies. */
const MAX_PENDING_BYTES = 1 << 20;

/** The SDK's framing: result first, one line. */
const response = (id: unknown, result: unknown) => `${JSON.stringify({ result, jsonrpc: '2.0', id })}\n`;

/**
 * Answers `initialize` and `tools/list` from the manifest, reading stdin line by line, and
 * resolves once the SDK is needed: at the first message it does not answer (left unread on
 * stdin, with everything after it), as soon as `tools/list` is answered, or when the host has been
 * quiet for IDLE_MS since, so that the SDK loads while the host is busy elsewhere. Resolves
 * undefined when stdin ends first.
 */
export function answerHandshake({ input, output, manifest, tools }: FastStartOptions): Promise<AnsweredHandshake | undefined> {
  const entries = tools.map((name) => manifest.tools[name]);
  // Without an answer for these tools, everything is the SDK's.
  const initializeResult = entries.includes(undefined) ? undefined : manifest.initialize[toolSetKey(tools)];
  const listed = { tools: entries };
  const replay: Message[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let answered = false;
  let idle: NodeJS.Timeout | undefined;

  return new Promise((resolve, reject) => {
    const finish = (unread: Buffer, outcome: AnsweredHandshake | undefined) => {
      clearTimeout(idle);
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', reject);
      output.off('error', onOutputError);
      input.pause();
      if (unread.length > 0) input.unshift(unread);
      resolve(outcome);
    };
    /** The SDK takes over from `unread` on. */
    const handOver = (unread: Buffer) => finish(unread, { replay, answered });
    const onEnd = () => finish(Buffer.alloc(0), undefined);
    // The host is gone: nothing more can be answered, and stdin must not keep the process alive.
    const onOutputError = () => {
      finish(Buffer.alloc(0), undefined);
      input.destroy();
    };
    /** Answers one line, or says the SDK must. */
    const answer = (message: Message | undefined): 'answered' | 'sdk' | 'done' => {
      if (message === undefined || initializeResult === undefined) return 'sdk';
      if (!answered) {
        if (!isPlainInitialize(message, manifest)) return 'sdk';
        const version = (message.params as Message).protocolVersion;
        output.write(response(message.id, { protocolVersion: version, ...initializeResult }));
        replay.push({ ...message, id: REPLAYED_INITIALIZE_ID });
        answered = true;
        return 'answered';
      }
      if (message.method === 'notifications/initialized' && !('id' in message) && hasNoParams(message.params)) {
        replay.push(message);
        return 'answered';
      }
      if (message.method === 'tools/list' && isId(message.id) && hasNoParams(message.params)) {
        output.write(response(message.id, listed));
        return 'done';
      }
      return 'sdk';
    };
    const onData = (chunk: Buffer) => {
      clearTimeout(idle);
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let start = 0;
      for (let end = pending.indexOf(10); end !== -1; end = pending.indexOf(10, start)) {
        const outcome = answer(parse(pending.subarray(start, end).toString('utf8')));
        if (outcome === 'sdk') return handOver(pending.subarray(start));
        start = end + 1;
        if (outcome === 'done') return handOver(pending.subarray(start));
      }
      pending = pending.subarray(start);
      if (pending.length > MAX_PENDING_BYTES) return handOver(pending);
      if (answered) idle = setTimeout(() => handOver(pending), IDLE_MS);
    };
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', reject);
    output.once('error', onOutputError);
  });
}

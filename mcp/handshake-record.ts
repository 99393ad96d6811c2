import { InMemoryTransport, SUPPORTED_PROTOCOL_VERSIONS, type JSONRPCMessage } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { isDeepStrictEqual } from 'node:util';
import { toolSetKey, type HandshakeManifest } from './handshake-manifest.ts';
import { createServerFactory } from './server.ts';
import { TOOL_NAMES, type ToolName } from './tool-names.ts';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** Every non-empty set of tools, in TOOL_NAMES order. */
function toolSets(): ToolName[][] {
  const sets: ToolName[][] = [];
  for (let mask = 1; mask < 1 << TOOL_NAMES.length; mask++) sets.push(TOOL_NAMES.filter((_, i) => mask & (1 << i)));
  return sets;
}

/** Opens a connection to the stdio server as the bin builds it, and sends each request in turn. */
async function exchange(tools: ToolName[], requests: JSONRPCMessage[]): Promise<Record<string, unknown>[]> {
  const factory = createServerFactory({
    users: () => {
      throw new Error('the handshake needs no Anyscale connection');
    },
    logger: silent,
    tools,
    elicitation: true,
    toolsListChanged: true,
  });
  const [client, server] = InMemoryTransport.createLinkedPair();
  const handle = serveStdio(factory, { transport: server });
  const results: Record<string, unknown>[] = [];
  try {
    for (const request of requests) {
      const answered = new Promise<Record<string, unknown>>((resolve, reject) => {
        client.onmessage = (message) => {
          if ('error' in message) reject(new Error(`recording the handshake: ${JSON.stringify(message.error)}`));
          else if ('result' in message) resolve(message.result as Record<string, unknown>);
        };
      });
      await client.send(request);
      if ('id' in request) results.push(await answered);
    }
  } finally {
    await handle.close();
  }
  return results;
}

const initialize = (protocolVersion: string): JSONRPCMessage => ({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion, capabilities: { elicitation: {} }, clientInfo: { name: 'handshake-record', version: '1' } },
});

/**
 * Asks the real server, once per set of tools (every one, by default) and per protocol version the
 * SDK supports. A version is kept only where the server answers with that version. Throws
 * where the answers differ in a way the fast path does not model (anything but protocolVersion
 * varying with the version, or a tool rendered differently in two sets), so the build fails
 * instead of shipping answers the SDK would not give.
 */
export async function recordHandshake(sets: readonly ToolName[][] = toolSets()): Promise<HandshakeManifest> {
  const manifest: HandshakeManifest = { protocolVersions: [], initialize: {}, tools: {} };
  for (const tools of sets) {
    for (const version of SUPPORTED_PROTOCOL_VERSIONS) {
      const [opened, listed] = await exchange(tools, [
        initialize(version),
        { jsonrpc: '2.0', method: 'notifications/initialized' },
        { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      ]);
      const { protocolVersion, ...rest } = opened!;
      if (protocolVersion !== version) continue;
      if (!manifest.protocolVersions.includes(version)) manifest.protocolVersions.push(version);
      const key = toolSetKey(tools);
      if (manifest.initialize[key] && !isDeepStrictEqual(manifest.initialize[key], rest))
        throw new Error(`recording the handshake: initialize answers differ between protocol versions for ${key}`);
      manifest.initialize[key] = rest;
      const entries = (listed!.tools as Record<string, unknown>[]) ?? [];
      if (!isDeepStrictEqual(Object.keys(listed!), ['tools']) || entries.map((tool) => tool.name).join() !== tools.join())
        throw new Error(`recording the handshake: tools/list for ${key} is not the plain list of its tools`);
      for (const entry of entries) {
        const name = entry.name as ToolName;
        if (manifest.tools[name] && !isDeepStrictEqual(manifest.tools[name], entry))
          throw new Error(`recording the handshake: ${name} is listed differently with other tools`);
        manifest.tools[name] = entry;
      }
    }
  }
  return manifest;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { Client, InMemoryTransport, StreamableHTTPClientTransport, type CallToolResult, type Tool } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport as V1StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { createServerFactory } from '../../mcp/server.ts';
import { TOOL_NAMES, type ToolName } from '../../mcp/tool-names.ts';
import { Anyscale } from '../../src/core/anyscale.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import type { Logger } from '../../src/core/logger.ts';
import { adapterEntry } from '../helpers/dist.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = adapterEntry('mcp');
export const CANARY_PASSWORD = 'Canary-Pass-7f3e9';

/** Stdio tests run the real bundle; say how to get it rather than fail obscurely. */
export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` before the MCP tests.`);
}

export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') };
}

/** A local org plus the one server factory, as the bin builds it, with its log kept. */
export interface Harness {
  org: LocalOrg;
  logger: ReturnType<typeof capturingLogger>;
  factory: ReturnType<typeof createServerFactory>;
  /** The Authorization header of every request the server sent to Anyscale. */
  outboundAuth: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  tools?: readonly ToolName[];
  elicitation?: boolean;
  /** Holds every create request back this long before it reaches the org (abortable), to test cancellation. */
  createDelayMs?: number;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const org = await startLocalOrg();
  const logger = capturingLogger();
  const outboundAuth: string[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    outboundAuth.push(new Headers(init?.headers).get('authorization') ?? '');
    if (options.createDelayMs && init?.method === 'POST')
      await setTimeout(options.createDelayMs, undefined, { signal: init.signal ?? undefined });
    return fetch(input, init);
  };
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, env: {}, logger, fetch: recordingFetch });
  const factory = createServerFactory({
    users: () => anyscale.user,
    logger,
    tools: options.tools ?? TOOL_NAMES,
    elicitation: options.elicitation ?? true,
  });
  return { org, logger, factory, outboundAuth, close: () => org.close() };
}

/** Adds `count` people to the org directly, so listing tests start from a known size. */
export async function seedPeople(org: LocalOrg, count: number, prefix = 'seed'): Promise<void> {
  await org.store.batchCreate(
    Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix}-${i}@example.com`, isSsoUser: false })),
  );
}

export function newUsers(count: number, prefix: string): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${i}`,
    email: `${prefix}-${i}@example.com`,
    is_sso_user: false,
    password: CANARY_PASSWORD,
  }));
}

export function orgHas(org: LocalOrg, email: string): boolean {
  return org.store.list({ email }, { count: 1 }).total > 0;
}

export type ClientKind = 'v1' | 'v2';
/**
 * How the test client answers a confirmation form; `unsupported` declares no elicitation at all.
 * The `accept-*` answers press accept on a form whose box is unticked, missing or not a boolean, or
 * with no content at all; `decline-ticked` declines with the box ticked.
 */
export type FormAnswer =
  | 'accept'
  | 'decline'
  | 'cancel'
  | 'unsupported'
  | 'accept-unticked'
  | 'accept-empty'
  | 'accept-string'
  | 'accept-no-content'
  | 'decline-ticked';

const ACCEPTED_CONTENT: Partial<Record<FormAnswer, Record<string, unknown>>> = {
  accept: { confirm: true },
  'accept-unticked': { confirm: false },
  'accept-empty': {},
  'accept-string': { confirm: 'true' },
};

export interface CallOptions {
  onprogress?: (p: { progress: number; total?: number }) => void;
  signal?: AbortSignal;
}

export interface TestClient {
  kind: ClientKind;
  /** The protocol revision the v2 client negotiated (the v1 client speaks 2025 revisions only). */
  protocolVersion(): string | undefined;
  listTools(): Promise<Tool[]>;
  /** The instructions the server sent at initialization. */
  instructions(): string | undefined;
  call(name: string, args: Record<string, unknown>, options?: CallOptions): Promise<CallToolResult>;
  /** The text of the first content of a resource. */
  readResource(uri: string): Promise<string>;
  /** The messages of the confirmation forms the server asked this client to show. */
  forms: string[];
  /** Every result this client received, serialized, for canary checks. */
  seen: string[];
  close(): Promise<void>;
}

function formReply(answer: FormAnswer) {
  if (answer === 'accept-no-content') return { action: 'accept' as const };
  if (answer === 'decline-ticked') return { action: 'decline' as const, content: { confirm: true } };
  const content = ACCEPTED_CONTENT[answer];
  return content ? { action: 'accept' as const, content: content as Record<string, boolean> } : { action: answer as 'decline' | 'cancel' };
}

/** Wraps either SDK's client behind the few calls the tests make. */
function wrap(kind: ClientKind, client: Client | V1Client, forms: string[]): TestClient {
  const seen: string[] = [];
  return {
    kind,
    forms,
    seen,
    protocolVersion: () => (kind === 'v2' ? (client as Client).getNegotiatedProtocolVersion() : undefined),
    instructions: () => client.getInstructions(),
    async listTools() {
      const { tools } = await client.listTools();
      seen.push(JSON.stringify(tools));
      return tools as Tool[];
    },
    async call(name, args, options = {}) {
      const params = { name, arguments: args };
      const requestOptions = { timeout: 20_000, ...options };
      const result =
        kind === 'v2'
          ? await (client as Client).callTool(params, requestOptions)
          : ((await (client as V1Client).callTool(params, undefined, requestOptions)) as CallToolResult);
      seen.push(JSON.stringify(result));
      return result;
    },
    async readResource(uri) {
      const { contents } = await client.readResource({ uri });
      const text = (contents[0] as { text?: string } | undefined)?.text ?? '';
      seen.push(text);
      return text;
    },
    close: () => client.close(),
  };
}

function newClient(kind: ClientKind, answer: FormAnswer, modern: boolean): { client: Client | V1Client; forms: string[] } {
  const forms: string[] = [];
  const capabilities = answer === 'unsupported' ? {} : { elicitation: { form: {} } };
  const info = { name: `test-${kind}`, version: '1.0.0' };
  if (kind === 'v2') {
    const client = new Client(info, { capabilities, ...(modern ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}) });
    if (answer !== 'unsupported') {
      client.setRequestHandler('elicitation/create', async (request) => {
        forms.push(request.params.message);
        return formReply(answer);
      });
    }
    return { client, forms };
  }
  const client = new V1Client(info, { capabilities });
  if (answer !== 'unsupported') {
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      forms.push(request.params.message);
      return formReply(answer);
    });
  }
  return { client, forms };
}

/** Over a linked in-memory pair (the 2025 protocol, as the SDK pairs only those). */
export async function connectInMemory(kind: ClientKind, harness: Harness, answer: FormAnswer = 'unsupported'): Promise<TestClient> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await harness.factory().connect(serverSide);
  const { client, forms } = newClient(kind, answer, false);
  // The v1 client takes any object with the Transport shape; the v2 pair has it.
  await client.connect(clientSide as never);
  return wrap(kind, client, forms);
}

/** Over Streamable HTTP; `modern` makes the v2 client speak the 2026-07-28 protocol. */
export async function connectHttp(
  kind: ClientKind,
  url: string,
  options: { answer?: FormAnswer; modern?: boolean; headers?: Record<string, string> } = {},
): Promise<TestClient> {
  const { client, forms } = newClient(kind, options.answer ?? 'unsupported', options.modern ?? false);
  const requestInit = { headers: options.headers ?? {} };
  const transport =
    kind === 'v2'
      ? new StreamableHTTPClientTransport(new URL(url), { requestInit })
      : new V1StreamableHTTPClientTransport(new URL(url), { requestInit });
  await client.connect(transport as never);
  return wrap(kind, client, forms);
}

/** Spawns the built bin with the Node running the tests; its stderr is kept. */
export async function connectStdio(
  kind: ClientKind,
  args: string[],
  options: { answer?: FormAnswer; modern?: boolean; env?: Record<string, string> } = {},
): Promise<TestClient & { stderr: () => string }> {
  const { client, forms } = newClient(kind, options.answer ?? 'unsupported', options.modern ?? false);
  const params = {
    command: process.execPath,
    args: [BIN, ...args],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stderr: 'pipe' as const,
  };
  const transport = kind === 'v2' ? new StdioClientTransport(params) : new V1StdioClientTransport(params);
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await client.connect(transport as never);
  return { ...wrap(kind, client, forms), stderr: () => stderr };
}

/** Fails with the first place a secret shows up, naming where, never printing the secret. */
export function expectNoSecrets(texts: Record<string, string | string[]>, secrets: Record<string, string>): void {
  for (const [where, value] of Object.entries(texts)) {
    const text = Array.isArray(value) ? value.join('\n') : value;
    for (const [name, secret] of Object.entries(secrets)) {
      if (text.includes(secret)) throw new Error(`the ${name} appears in ${where}`);
    }
  }
}

export interface SpawnedHttpServer {
  child: ChildProcess;
  /** The MCP endpoint the server announced. */
  url: string;
  stdout(): string;
  stderr(): string;
}

/** Spawns a script that serves MCP over HTTP, and waits until it announces its URL. */
export async function spawnHttpServer(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<SpawnedHttpServer> {
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stdout);
      if (match && stdout.includes('Press Ctrl+C')) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`${script} exited early: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr };
}

/**
 * Plans 300 users, then runs the batch and cancels it at the first progress notification (after
 * chunk one of three, while chunk two is in flight). Chunk two must finish, and no third be sent.
 */
export async function expectCancelledAfterTwoChunks(client: TestClient, harness: Harness, tag: string): Promise<void> {
  const users = newUsers(300, tag);
  const plan = await client.call('batch_create_users', { users, dry_run: true });
  const controller = new AbortController();
  const call = client.call(
    'batch_create_users',
    { users, confirm_plan_id: (plan.structuredContent as { plan_id: string }).plan_id },
    { signal: controller.signal, onprogress: () => controller.abort('the person pressed stop') },
  );
  await expect(call).rejects.toThrow();
  const summary = () => harness.logger.lines.find((line) => line.includes('batch_create_users: Batch of 300'));
  await expect.poll(summary, { timeout: 5_000 }).toBeDefined();
  // All 3 chunks are in flight at once (8 by default): a cancel lets them finish and says so.
  expect(summary()).toContain('Batch of 300 users: 300 created.');
  expect(orgHas(harness.org, `${tag}-299@example.com`)).toBe(true);
}

/**
 * What the stdio server answers to a 2025-era `initialize` and to `tools/list`, recorded from the
 * real server (handshake-record.ts), so that fast-start.ts can answer both before the MCP SDK and
 * zod are loaded.
 */
import type { ToolName } from './tool-names.ts';

export interface HandshakeManifest {
  /** The protocol versions whose `initialize` the SDK answers with that same version. */
  protocolVersions: string[];
  /** The `initialize` result, less protocolVersion, for each set of tools (keyed by toolSetKey). */
  initialize: Record<string, Record<string, unknown>>;
  /** Each tool's entry in `tools/list`, as the SDK renders it (run from source: only those offered). */
  tools: Partial<Record<ToolName, Record<string, unknown>>>;
}

/** The same key for a set of tools, whatever their order. */
export function toolSetKey(tools: readonly ToolName[]): string {
  return [...tools].sort().join(',');
}

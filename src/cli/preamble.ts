import type { Terminal } from './terminal.ts';

/**
 * The Anyscale CLI's stderr preamble (`Listing users with:` then `• key = value` lines), which says
 * what was asked for. Never printed with --json.
 */
export function writePreamble(terminal: Terminal, title: string, entries: readonly [string, string][]): void {
  terminal.err.write(`${title}\n${entries.map(([key, value]) => `• ${key} = ${value}\n`).join('')}`);
}

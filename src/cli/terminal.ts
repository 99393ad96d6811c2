import { styleText } from 'node:util';

/**
 * Where the CLI writes, and how. stdout carries data only (a table, JSON, a summary); everything
 * meant for the person at the terminal (preamble, progress, notes, errors) goes to stderr, so
 * `anyscale-users list --json | jq` and `anyscale-users list > users.txt` get clean data.
 */
export interface Terminal {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Colour on stdout / stderr: only on a TTY, never with NO_COLOR or TERM=dumb. */
  outColor: boolean;
  errColor: boolean;
  /** Whether stderr is a terminal that can redraw a progress line. */
  errIsTTY: boolean;
}

type Style = Parameters<typeof styleText>[0];

/** https://no-color.org: NO_COLOR set to anything non-empty turns colour off; FORCE_COLOR turns it on. */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function processTerminal(env: Record<string, string | undefined> = process.env): Terminal {
  return {
    out: process.stdout,
    err: process.stderr,
    outColor: wantsColor(process.stdout, env),
    errColor: wantsColor(process.stderr, env),
    errIsTTY: process.stderr.isTTY === true && env.TERM !== 'dumb',
  };
}

/** Styles text when colour is on; the decision is ours, so Node's own stream check is skipped. */
export function paint(enabled: boolean, style: Style, text: string): string {
  return enabled ? styleText(style, text, { validateStream: false }) : text;
}

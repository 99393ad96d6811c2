import type { ChunkProgress } from '../core/operations/batch-create.ts';
import type { CliLogger } from './logger.ts';
import type { Terminal } from './terminal.ts';

export interface BatchProgress {
  update(progress: ChunkProgress): void;
  /** Clears the bar, if one is drawn. Call before printing anything else. */
  finish(): void;
}

/** A batch that ends within this long shows no bar: it would only flicker. */
const SHOW_AFTER_MS = 300;
const BAR_WIDTH = 24;

/** A one-line bar on a terminal's stderr, redrawn in place with \r. */
function progressBar(terminal: Terminal, logger: CliLogger): BatchProgress {
  const started = Date.now();
  let latest: ChunkProgress | undefined;
  let drawn = false;
  const clear = () => {
    if (drawn) terminal.err.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = () => {
    let line = 'Creating users…';
    if (latest) {
      const share = latest.total === 0 ? 1 : latest.done / latest.total;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
      line = `Creating users ${bar} ${latest.done}/${latest.total} (${Math.floor(share * 100)}%), chunk ${latest.chunk} of ${latest.chunks}`;
    }
    terminal.err.write(`\r\x1b[2K${line}`);
    drawn = true;
  };
  // Logged lines (a retry notice) clear the bar first; the next update draws it again.
  logger.beforeLine = clear;
  const timer = setTimeout(draw, SHOW_AFTER_MS);
  timer.unref();
  return {
    update(progress) {
      latest = progress;
      if (Date.now() - started >= SHOW_AFTER_MS) draw();
    },
    finish() {
      clearTimeout(timer);
      clear();
      logger.beforeLine = undefined;
    },
  };
}

/** CI logs and pipes get one plain line per chunk: no escape codes, nothing redrawn. */
function chunkLines(terminal: Terminal): BatchProgress {
  return {
    update({ chunk, chunks, done, total }) {
      terminal.err.write(`Created chunk ${chunk} of ${chunks} (${done} of ${total} users).\n`);
    },
    finish() {},
  };
}

const silent: BatchProgress = { update() {}, finish() {} };

/** A bar on a terminal, plain lines elsewhere, nothing with --json. */
export function batchProgress(terminal: Terminal, logger: CliLogger, options: { json: boolean }): BatchProgress {
  if (options.json) return silent;
  return terminal.errIsTTY ? progressBar(terminal, logger) : chunkLines(terminal);
}

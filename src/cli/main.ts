import { VERSION } from '../core/version.ts';
import { parseCommandLine, type CommandName } from './args.ts';
import type { Command, CommandContext } from './context.ts';
import { EXIT_INTERRUPTED, failureDocument, reportFailure } from './failure.ts';
import { writeJson } from './json.ts';
import { cliLogger } from './logger.ts';
import { redactedTerminal } from './redacted-terminal.ts';
import { processTerminal, type Terminal } from './terminal.ts';
import { helpText } from './usage.ts';

/** Each command is loaded when it runs, so --help and --version load no part of core. */
async function loadCommand(command: CommandName): Promise<Command> {
  switch (command) {
    case 'list':
      return (await import('./list.ts')).runList;
    case 'get':
      return (await import('./get.ts')).runGet;
    case 'batch-create':
      return (await import('./batch-create.ts')).runBatchCreate;
    case 'plan':
      return (await import('./plan.ts')).runPlan;
    case 'export':
      return (await import('./export.ts')).runExport;
    case 'whoami':
      return (await import('./whoami.ts')).runWhoami;
    case 'local serve':
      return (await import('./local-serve.ts')).runLocalServe;
    case 'completion':
      return (await import('./completion.ts')).runCompletion;
  }
}

/**
 * The first Ctrl-C (or SIGTERM) asks the command to stop at a safe point: a batch finishes the
 * chunk in flight, which may already have landed, rather than leave it unknown. A second one quits.
 */
function onInterrupt(terminal: Terminal, command: CommandName): AbortController {
  const controller = new AbortController();
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    if (command === 'batch-create') terminal.err.write('\nStopping after the chunk in flight; press Ctrl-C again to quit at once.\n');
    controller.abort();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  return controller;
}

/** Runs one command line and returns the exit status; never throws. */
export async function main(argv: readonly string[], rawTerminal: Terminal = processTerminal()): Promise<number> {
  let debug = argv.includes('--debug');
  let context: CommandContext | undefined;
  const terminal = redactedTerminal(rawTerminal, () => context?.redactor);
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.kind === 'version') {
      terminal.out.write(`${VERSION}\n`);
      return 0;
    }
    if (invocation.kind === 'help') {
      terminal.out.write(helpText(invocation.command));
      return 0;
    }
    const { command, global, values, operands } = invocation;
    debug = global.debug;
    context = {
      command,
      global,
      values,
      operands,
      terminal,
      logger: cliLogger(terminal, { debug, quiet: values.json === true }),
      redactor: undefined,
      jsonFailure: false,
      signal: onInterrupt(terminal, command).signal,
    };
    const run = await loadCommand(command);
    return await run(context);
  } catch (error) {
    if (context?.jsonFailure) writeJson(terminal.out, failureDocument(error));
    const status = reportFailure(terminal, error, { debug });
    // With --detailed-exitcode, 2 means "the org differs"; every error, usage errors too, is 1.
    return status === 2 && argv.includes('--detailed-exitcode') ? 1 : status;
  }
}

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  helpText
} from "./chunk-B3TYCWC3.js";
import {
  paint,
  processTerminal
} from "./chunk-AULIFACN.js";
import {
  writeJson
} from "./chunk-Y6IDPCWD.js";
import {
  plural,
  printable
} from "./chunk-MI73OCWU.js";
import {
  UsageError,
  describeIssue,
  isAnyscaleError,
  parseCommandLine
} from "./chunk-VMZQJ7BV.js";
import {
  VERSION
} from "./chunk-PBLT54OD.js";
import "./chunk-XUY2FQ57.js";

// src/cli/failure.ts
var EXIT_FAILURE = 1;
var EXIT_USAGE = 2;
var EXIT_INTERRUPTED = 130;
var BIN = "anyscale-users";
function isValidationError(error) {
  return isAnyscaleError(error) && error.code === "VALIDATION" && Array.isArray(error.issues);
}
function oneLine(text) {
  return printable(text.replace(/\s*\n\s*/g, " ").trim());
}
function summaryOf(error) {
  if (error instanceof UsageError) {
    const hint = ` Run '${BIN}${error.command ? ` ${error.command}` : ""} --help' for usage.`;
    return { code: error.code, message: error.message + hint, details: [] };
  }
  if (isValidationError(error)) {
    const file = error.issues.find((issue) => issue.file !== void 0)?.file;
    if (file !== void 0 || error.issues.length > 1) {
      const where = file === void 0 ? "" : ` in ${file}`;
      return {
        code: error.code,
        message: `${plural(error.issues.length, "problem")}${where}; nothing was sent.`,
        details: error.issues.map((issue) => oneLine(describeIssue(issue)))
      };
    }
  }
  if (isAnyscaleError(error)) return { code: error.code, message: error.message, details: [] };
  return {
    code: "INTERNAL",
    message: `${error?.message ?? String(error)} (a bug; run again with --debug and report it)`,
    details: []
  };
}
function failureDocument(error) {
  const { code, message } = summaryOf(error);
  const document = { ok: false, error: { code, message: oneLine(message) } };
  if (!isValidationError(error)) return document;
  const issues = error.issues.map(
    (issue) => ({
      ...issue.index === void 0 ? {} : { index: issue.index },
      field: issue.field,
      ...issue.file === void 0 ? {} : { file: issue.file },
      ...issue.line === void 0 ? {} : { line: issue.line },
      message: oneLine(issue.message)
    })
  );
  return { ...document, issues };
}
function reportFailure(terminal, error, options) {
  const { code, message, details } = summaryOf(error);
  for (const line of details) terminal.err.write(`${line}
`);
  terminal.err.write(`${paint(terminal.errColor, ["bold", "red"], `Error [${code}]:`)} ${oneLine(message)}
`);
  if (options.debug && error instanceof Error && error.stack) terminal.err.write(`${printable(error.stack)}
`);
  if (error instanceof UsageError) return EXIT_USAGE;
  if (isAnyscaleError(error) && error.code === "ABORTED") return EXIT_INTERRUPTED;
  return EXIT_FAILURE;
}

// src/cli/logger.ts
function cliLogger(terminal, options) {
  const logger = {
    beforeLine: void 0,
    debug: (message) => options.debug && write("debug", message),
    info: (message) => (options.debug || !options.quiet) && write("info", message),
    warn: (message) => write("warning", message),
    error: (message) => write("error", message)
  };
  function write(level, message) {
    logger.beforeLine?.();
    const label = level === "warning" ? paint(terminal.errColor, "yellow", "warning:") : level === "debug" ? paint(terminal.errColor, "dim", "debug:") : `${level}:`;
    terminal.err.write(`${label} ${message}
`);
  }
  return logger;
}

// src/cli/redacted-terminal.ts
function redactedTerminal(terminal, redactor) {
  return { ...terminal, out: redactedStream(terminal.out, redactor), err: redactedStream(terminal.err, redactor) };
}
function redactedStream(stream, redactor) {
  return new Proxy(stream, {
    get(target, property) {
      if (property === "write") {
        return (chunk, ...rest) => target.write(
          typeof chunk === "string" ? redactor()?.redact(chunk) ?? chunk : chunk,
          ...rest
        );
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    }
  });
}

// src/cli/main.ts
async function loadCommand(command) {
  switch (command) {
    case "list":
      return (await import("./list-GWRTLUKW.js")).runList;
    case "get":
      return (await import("./get-QCXCX243.js")).runGet;
    case "batch-create":
      return (await import("./batch-create-VUT6THMG.js")).runBatchCreate;
    case "plan":
      return (await import("./plan-N5YE6EXU.js")).runPlan;
    case "export":
      return (await import("./export-EY5RT7QJ.js")).runExport;
    case "whoami":
      return (await import("./whoami-EYG5EBAA.js")).runWhoami;
    case "local serve":
      return (await import("./local-serve-KK4ZFLUY.js")).runLocalServe;
    case "completion":
      return (await import("./completion-TMHLQZ2I.js")).runCompletion;
  }
}
function onInterrupt(terminal, command) {
  const controller = new AbortController();
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    if (command === "batch-create") terminal.err.write("\nStopping after the chunk in flight; press Ctrl-C again to quit at once.\n");
    controller.abort();
  };
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);
  return controller;
}
async function main(argv, rawTerminal = processTerminal()) {
  let debug = argv.includes("--debug");
  let context;
  const terminal = redactedTerminal(rawTerminal, () => context?.redactor);
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.kind === "version") {
      terminal.out.write(`${VERSION}
`);
      return 0;
    }
    if (invocation.kind === "help") {
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
      redactor: void 0,
      jsonFailure: false,
      signal: onInterrupt(terminal, command).signal
    };
    const run = await loadCommand(command);
    return await run(context);
  } catch (error) {
    if (context?.jsonFailure) writeJson(terminal.out, failureDocument(error));
    const status = reportFailure(terminal, error, { debug });
    return status === 2 && argv.includes("--detailed-exitcode") ? 1 : status;
  }
}
export {
  main
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  writeJson
} from "./chunk-Y6IDPCWD.js";
import {
  paint
} from "./chunk-AULIFACN.js";
import {
  parseUsersDocument
} from "./chunk-DOH5ODQV.js";
import {
  connect
} from "./chunk-Y5AFCXNP.js";
import {
  MAX_CHUNK_SIZE,
  MAX_CONCURRENCY,
  Redactor,
  toDict
} from "./chunk-GHJA5CQP.js";
import {
  AnyscaleError,
  UsageError,
  integerOption,
  plural,
  stringOption,
  switchOption
} from "./chunk-KKDLDU35.js";

// src/cli/batch-create.ts
import { readFile } from "node:fs/promises";

// src/cli/batch-summary.ts
var EMAILS_SHOWN = 10;
function batchJson(report) {
  const error = (e) => ({ code: e.code, message: e.message });
  return {
    ok: report.ok,
    dryRun: report.dryRun,
    counts: report.counts,
    created: report.created.map(toDict),
    skipped: report.skipped,
    results: report.results.map((result) => ({
      index: result.index,
      email: result.email,
      status: result.status,
      ...result.error ? { error: error(result.error) } : {}
    })),
    requests: report.requests,
    ...report.error ? { error: error(report.error) } : {}
  };
}
function emailsOf(report, status) {
  const emails = report.results.filter((result) => result.status === status).map((result) => result.email);
  const more = emails.length - EMAILS_SHOWN;
  return emails.slice(0, EMAILS_SHOWN).join(", ") + (more > 0 ? ` and ${more} more (--json lists all)` : "");
}
var existing = (count) => `${plural(count, "user")} that already ${count === 1 ? "exists" : "exist"}`;
function writeBatchSummary(terminal, report) {
  const { counts } = report;
  const lines = [];
  const green = (text) => paint(terminal.outColor, "green", text);
  if (report.results.length === 0) lines.push("The file holds no users; nothing to create.");
  if (report.dryRun) {
    lines.push("Dry run: nothing was created.");
    if (counts.would_create > 0) lines.push(`Would create ${plural(counts.would_create, "user")}: ${emailsOf(report, "would_create")}`);
    if (counts.skipped > 0) lines.push(`Would skip ${existing(counts.skipped)}: ${emailsOf(report, "skipped")}`);
  } else {
    if (report.results.length > 0) lines.push(green(`${plural(counts.created, "user")} created.`));
    if (counts.skipped > 0) lines.push(`Skipped ${existing(counts.skipped)}: ${emailsOf(report, "skipped")}`);
  }
  if (counts.failed > 0) lines.push(`${report.dryRun ? "Would fail" : "Failed"}: ${plural(counts.failed, "user")}: ${emailsOf(report, "failed")}`);
  if (counts.unknown > 0) {
    lines.push(`Unknown: ${plural(counts.unknown, "user")} may exist (the answer was lost): ${emailsOf(report, "unknown")}; re-run to settle them.`);
  }
  if (counts.not_sent > 0) lines.push(`Not sent: ${plural(counts.not_sent, "user")} (the batch stopped before them).`);
  terminal.out.write(lines.map((line) => `${line}
`).join(""));
}
function batchFailure(report) {
  if (report.ok) return void 0;
  if (report.error) return report.error;
  const failed = report.results.filter((result) => result.error !== void 0);
  const first = failed[0]?.error;
  const code = first?.code ?? "SERVER";
  const verb = report.dryRun ? "would fail" : "failed";
  return new AnyscaleError(code, `${plural(failed.length, "user")} ${verb}; first: ${first?.message ?? "unknown error"}`);
}

// src/cli/progress.ts
var SHOW_AFTER_MS = 300;
var BAR_WIDTH = 24;
function progressBar(terminal, logger) {
  const started = Date.now();
  let latest;
  let drawn = false;
  const clear = () => {
    if (drawn) terminal.err.write("\r\x1B[2K");
    drawn = false;
  };
  const draw = () => {
    let line = "Creating users\u2026";
    if (latest) {
      const share = latest.total === 0 ? 1 : latest.done / latest.total;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = "\u2588".repeat(filled) + "\u2591".repeat(BAR_WIDTH - filled);
      line = `Creating users ${bar} ${latest.done}/${latest.total} (${Math.floor(share * 100)}%), chunk ${latest.chunk} of ${latest.chunks}`;
    }
    terminal.err.write(`\r\x1B[2K${line}`);
    drawn = true;
  };
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
      logger.beforeLine = void 0;
    }
  };
}
function chunkLines(terminal) {
  return {
    update({ chunk, chunks, done, total }) {
      terminal.err.write(`Created chunk ${chunk} of ${chunks} (${done} of ${total} users).
`);
    },
    finish() {
    }
  };
}
var silent = { update() {
}, finish() {
} };
function batchProgress(terminal, logger, options) {
  if (options.json) return silent;
  return terminal.errIsTTY ? progressBar(terminal, logger) : chunkLines(terminal);
}

// src/cli/batch-create.ts
async function readUsersFile(path, command = "batch-create") {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
    throw new UsageError(`Invalid value for '-f' / '--users-file': File '${path}' ${reason}.`, command);
  }
}
async function runBatchCreate(context) {
  const { values, terminal, command } = context;
  const file = stringOption(values, "users-file");
  if (file === void 0) throw new UsageError("Missing option '-f' / '--users-file'.", command);
  const json = switchOption(values, "json", command, false);
  const skipExisting = switchOption(values, "skip-existing", command, true);
  const dryRun = values["dry-run"] === true;
  const chunkSize = integerOption(values, "chunk-size", command, { min: 1, max: MAX_CHUNK_SIZE });
  const concurrency = integerOption(values, "concurrency", command, { min: 1, max: MAX_CONCURRENCY });
  const users = parseUsersDocument(await readUsersFile(file), { file });
  const passwords = users.map((user) => user.password);
  context.redactor = new Redactor(passwords);
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor.with(passwords);
  try {
    if (!json) terminal.err.write(dryRun ? "Planning users (dry run)...\n" : "Creating users...\n");
    const progress = batchProgress(terminal, context.logger, { json });
    let report;
    try {
      report = await connection.anyscale.user.adminBatchCreate(users, {
        chunkSize,
        concurrency,
        skipExisting,
        dryRun,
        signal: context.signal,
        onChunk: (chunk) => progress.update(chunk),
        expect_plan: stringOption(values, "expect-plan"),
        record: stringOption(values, "record")
      });
    } finally {
      progress.finish();
    }
    if (json) writeJson(terminal.out, batchJson(report));
    else writeBatchSummary(terminal, report);
    const failure = batchFailure(report);
    if (failure) throw failure;
    return 0;
  } finally {
    await connection.close();
  }
}

export {
  readUsersFile,
  runBatchCreate
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  paint
} from "./chunk-AULIFACN.js";
import {
  loadUsersFile
} from "./chunk-ZW6OYGI3.js";
import {
  writeJson
} from "./chunk-Y6IDPCWD.js";
import {
  connect
} from "./chunk-SOUCHD6W.js";
import {
  MAX_CHUNK_SIZE,
  MAX_CONCURRENCY,
  Redactor
} from "./chunk-74BWKFCD.js";
import {
  toDict
} from "./chunk-YSNKACUK.js";
import {
  plural
} from "./chunk-MI73OCWU.js";
import {
  AnyscaleError,
  UsageError,
  integerOption,
  stringOption,
  switchOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/core/batch-summary.ts
var BATCH_STATUSES = ["created", "skipped", "would_create", "failed", "not_sent", "unknown"];
function batchCounts(results) {
  const counts = Object.fromEntries(BATCH_STATUSES.map((status) => [status, 0]));
  for (const result of results) if (result.status in counts) counts[result.status]++;
  return counts;
}
function phrase(status, count, dryRun) {
  const verb = (done, would) => `${count} ${dryRun ? would : done}`;
  switch (status) {
    case "created":
      return verb("created", "would be created");
    case "would_create":
      return `${count} would be created`;
    case "skipped":
      return verb("skipped as existing", "would be skipped as existing");
    case "failed":
      return verb("failed", "would fail");
    case "not_sent":
      return `${count} not sent`;
    case "unknown":
      return `${count} with an unsettled outcome (${count === 1 ? "it" : "they"} may exist; re-run with skip existing to settle)`;
  }
}
function batchSentence(counts, total, dryRun) {
  const parts = BATCH_STATUSES.filter((status) => counts[status] > 0).map((status) => phrase(status, counts[status], dryRun));
  const what = parts.length > 0 ? parts.join(", ") : "nothing to create";
  return `${dryRun ? "Dry run of" : "Batch of"} ${plural(total, "user")}: ${what}${dryRun ? "; nothing was created" : ""}.`;
}
function isOk(counts) {
  return counts.failed === 0 && counts.not_sent === 0 && counts.unknown === 0;
}
function batchFailure(report, counts, sentence) {
  if (isOk(counts)) return void 0;
  const cause = report.error ?? report.results.find((result) => result.error !== void 0)?.error;
  const code = cause?.code ?? (counts.unknown > 0 ? "BAD_RESPONSE" : "SERVER");
  const detail = cause?.message ?? "See the result of each user.";
  return new AnyscaleError(code, `${sentence} ${detail}`);
}
function summarizeBatch(report) {
  const counts = batchCounts(report.results);
  const sentence = batchSentence(counts, report.results.length, report.dryRun);
  const failure = batchFailure(report, counts, sentence);
  return {
    dryRun: report.dryRun,
    ok: failure === void 0,
    total: report.results.length,
    counts,
    results: report.results,
    sentence,
    ...failure ? { failure } : {}
  };
}
function emailsByStatus(results, statuses, limit) {
  return statuses.map((status) => {
    const all = results.flatMap((result) => result.status === status && result.email !== void 0 ? [result.email] : []);
    return { status, emails: all.slice(0, limit), more: Math.max(0, all.length - limit) };
  });
}

// src/cli/batch-report.ts
var EMAILS_SHOWN = 10;
function batchJson(report, summary) {
  const error = (e) => ({ code: e.code, message: e.message });
  return {
    ok: summary.ok,
    dry_run: summary.dryRun,
    message: summary.sentence,
    total: summary.total,
    counts: summary.counts,
    created: report.created.map(toDict),
    skipped: report.skipped,
    results: summary.results.map((result) => ({
      index: result.index,
      email: result.email,
      status: result.status,
      ...result.error ? { error: error(result.error) } : {}
    })),
    requests: report.requests,
    ...report.error ? { error: error(report.error) } : {}
  };
}
function emailLines(summary) {
  return emailsByStatus(summary.results, BATCH_STATUSES, EMAILS_SHOWN).filter(({ emails }) => emails.length > 0).map(({ status, emails, more }) => `  ${status}: ${emails.join(", ")}${more > 0 ? ` and ${more} more (--json lists all)` : ""}`);
}
function writeBatchReport(terminal, summary) {
  const sentence = summary.ok && !summary.dryRun ? paint(terminal.outColor, "green", summary.sentence) : summary.sentence;
  terminal.out.write([sentence, ...emailLines(summary)].map((line) => `${line}
`).join(""));
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
async function runBatchCreate(context) {
  const { values, terminal, command } = context;
  const file = stringOption(values, "users-file");
  const json = switchOption(values, "json", command, false);
  context.jsonFailure = json;
  if (file === void 0) throw new UsageError("Missing option '-f' / '--users-file'.", command);
  const skipExisting = switchOption(values, "skip-existing", command, true);
  const dryRun = values["dry-run"] === true;
  const chunkSize = integerOption(values, "chunk-size", command, { min: 1, max: MAX_CHUNK_SIZE });
  const concurrency = integerOption(values, "concurrency", command, { min: 1, max: MAX_CONCURRENCY });
  const users = await loadUsersFile(file, context);
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
    const summary = summarizeBatch(report);
    if (json) {
      writeJson(terminal.out, batchJson(report, summary));
      context.jsonFailure = false;
    } else {
      writeBatchReport(terminal, summary);
    }
    if (summary.failure) throw summary.failure;
    return 0;
  } finally {
    await connection.close();
  }
}
export {
  runBatchCreate
};

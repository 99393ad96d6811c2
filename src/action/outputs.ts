import { randomUUID } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { prefixWithin } from '../core/prefix-within.ts';
import { jsonChunks, jsonLength } from './json-chunks.ts';
import type { ActionOutputs } from './results.ts';

/**
 * GitHub keeps at most 1 MB of outputs per job and sizes them as UTF-16 (two bytes a
 * character); over that it drops them. The action keeps all its outputs under this budget,
 * which leaves room for other steps' outputs.
 */
export const OUTPUT_BUDGET_BYTES = 900 * 1024;

/** Room kept for the truncation marker's own fields (result_file, truncation, cut). */
const MARKER_RESERVE_BYTES = 4 * 1024;

const sizeOf = (text: string) => text.length * 2;
const sizeOfJson = (value: unknown) => jsonLength(value) * 2;

type ListOutput = 'created' | 'skipped' | 'strays' | 'users';

/** The longest prefix of `items` whose JSON array fits in `budget`. */
function fittingPrefix<T>(items: readonly T[], budget: number): T[] {
  return prefixWithin(items, budget - sizeOf('[]'), (item) => sizeOf(JSON.stringify(item)) + sizeOf(','));
}

/**
 * What of the result a truncation marker keeps: everything but its lists, which are what make it
 * big. The rest (ok, total, counts, the verdict's message, error) is what later steps branch on,
 * so it reads the same whether or not the result was cut.
 */
function summaryOf(result: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(result).filter(([, value]) => !Array.isArray(value)));
}

/** Writes of about this size: few system calls, and no copy of the whole result in memory. */
const WRITE_BYTES = 64 * 1024;

/** The result as JSON, written piece by piece: a result too big for outputs may be very big. */
function writeResultFile(result: Record<string, unknown>): string {
  const path = join(process.env.RUNNER_TEMP || tmpdir(), `anyscale-users-result-${randomUUID()}.json`);
  const fd = openSync(path, 'wx', 0o600);
  try {
    let pending = '';
    for (const chunk of jsonChunks(result)) {
      pending += chunk;
      if (pending.length >= WRITE_BYTES) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** The outputs as GitHub receives them: one compact JSON string each, plus result-file. */
export function serializeOutputs(outputs: ActionOutputs): Record<string, string> {
  // Sized before anything is built: a result over the budget is never held as one string.
  const lists = ['result', 'users', 'user', 'created', 'skipped', 'strays'] as const;
  const fixed = [String(outputs.count), outputs.fingerprint, String(outputs.changes), outputs.planMarkdown];
  const total = lists.reduce(
    (sum, name) => sum + sizeOfJson(outputs[name]),
    fixed.reduce((sum, value) => sum + sizeOf(value), 0),
  );
  if (total <= OUTPUT_BUDGET_BYTES) {
    return {
      result: JSON.stringify(outputs.result),
      users: JSON.stringify(outputs.users),
      user: JSON.stringify(outputs.user),
      count: String(outputs.count),
      created: JSON.stringify(outputs.created),
      skipped: JSON.stringify(outputs.skipped),
      fingerprint: outputs.fingerprint,
      changes: String(outputs.changes),
      strays: JSON.stringify(outputs.strays),
      'plan-markdown': outputs.planMarkdown,
      'result-file': '',
    };
  }

  // Too big: the whole result goes to a file, `result` becomes a marker pointing at it, and the
  // list outputs are cut to what fits (the marker says by how much), never silently emptied.
  const resultFile = writeResultFile(outputs.result);
  const summary = summaryOf(outputs.result);
  const serialized: Record<string, string> = {
    result: '',
    users: '',
    user: JSON.stringify(outputs.user),
    count: String(outputs.count),
    fingerprint: outputs.fingerprint,
    changes: String(outputs.changes),
    'plan-markdown': outputs.planMarkdown,
  };
  const whole = [
    serialized.user!,
    serialized.count!,
    serialized.fingerprint!,
    serialized.changes!,
    serialized['plan-markdown']!,
    resultFile,
  ];
  let budget =
    OUTPUT_BUDGET_BYTES - MARKER_RESERVE_BYTES - sizeOf(JSON.stringify(summary)) - whole.reduce((sum, value) => sum + sizeOf(value), 0);
  const cut: Partial<Record<ListOutput, { kept: number; total: number }>> = {};
  for (const name of ['created', 'skipped', 'strays', 'users'] as const) {
    const items: readonly unknown[] = outputs[name];
    const kept = fittingPrefix(items, budget);
    if (kept.length < items.length) cut[name] = { kept: kept.length, total: items.length };
    serialized[name] = JSON.stringify(kept);
    budget -= sizeOf(serialized[name]!);
  }
  serialized['result-file'] = resultFile;
  serialized.result = JSON.stringify({
    ...summary,
    count: outputs.count,
    truncated: true,
    result_file: resultFile,
    truncation: `The result is ${Math.round(total / 1024)} KB, over GitHub's limit for outputs; the whole result is in the file at result-file.`,
    cut,
  });
  core.warning(`The result is too big for step outputs; it was written to ${resultFile} (output "result-file").`);
  return serialized;
}

/** Sets every declared output; called once per run, on success and on failure. */
export function setOutputs(outputs: ActionOutputs): void {
  for (const [name, value] of Object.entries(serializeOutputs(outputs))) core.setOutput(name, value);
}

import { readFile, stat } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { AnyscaleError, AnyscaleValidationError, type ValidationIssue } from './errors.ts';
import { ADMIN_CREATE_USER_FIELDS, AdminCreateUsersValidator, type AdminCreateUser } from './models.ts';
import { formatFromFileName, type UsersFormat } from './users-format.ts';
import { describeJsonSyntaxError, locateJsonItems } from './users-file-json.ts';
import { fail, ITEMS_PER_SLICE, locateYaml, locateYamlDocument, usersListOf, type LocatedItems } from './users-file-yaml.ts';

/*
 * Users to create, as people keep them: the Anyscale CLI's users.yaml (`create_users:` list) as
 * is, a bare YAML or JSON list, or a CSV export with a header row. Every problem is reported with
 * the line it is on, so that the CLI can print `users.yaml:7: …` and the action can annotate it.
 *
 * Reading is bounded and can be stopped: a file over MAX_USERS_FILE_BYTES or MAX_USERS_IN_FILE
 * users is refused, and parseUsersDocumentAsync pauses for the event loop between slices, so a
 * SIGINT or SIGTERM ends a long read at once.
 */

export type { UsersFormat } from './users-format.ts';

/** 32 MiB: about 300,000 users in YAML, three times the largest batch the bench measures. */
export const MAX_USERS_FILE_BYTES = 32 * 1024 * 1024;
/** The most users one file may hold. */
export const MAX_USERS_IN_FILE = 100_000;

export interface UsersFileLimits {
  /** Largest file, in bytes (default MAX_USERS_FILE_BYTES; ANYSCALE_USERS_FILE_MAX_BYTES in the CLI and the action). */
  maxBytes?: number | undefined;
  /** Most users (default MAX_USERS_IN_FILE; ANYSCALE_USERS_FILE_MAX_USERS in the CLI and the action). */
  maxUsers?: number | undefined;
}

export interface UsersDocumentOptions extends UsersFileLimits {
  /** Shown in messages (`users.yaml:7: …`); also picks the format by extension. */
  file?: string | undefined;
  format?: UsersFormat | undefined;
}

const LIMIT_VARIABLES = { maxBytes: 'ANYSCALE_USERS_FILE_MAX_BYTES', maxUsers: 'ANYSCALE_USERS_FILE_MAX_USERS' } as const;

/** The limits from ANYSCALE_USERS_FILE_MAX_BYTES and ANYSCALE_USERS_FILE_MAX_USERS; a bad value is a CONFIG error. */
export function usersFileLimitsFromEnv(env: Record<string, string | undefined>): UsersFileLimits {
  const limits: UsersFileLimits = {};
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof UsersFileLimits, string][]) {
    const raw = env[variable]?.trim();
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      throw new AnyscaleError('CONFIG', `${variable} must be a whole number of at least 1, got "${raw}".`);
    }
    limits[key] = Number(raw);
  }
  return limits;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Refuses a file over the size limit before it is read: call it with the file's size from stat. */
export function checkUsersFileSize(bytes: number, options: UsersDocumentOptions = {}): void {
  const max = options.maxBytes ?? MAX_USERS_FILE_BYTES;
  if (bytes > max) {
    fail(
      options.file,
      undefined,
      `the users file is ${mib(bytes)} (${bytes} bytes), over the limit of ${mib(max)} (${max} bytes); split it into smaller files, or raise the limit with ${LIMIT_VARIABLES.maxBytes}`,
    );
  }
}

function checkUserCount(count: number, options: UsersDocumentOptions): void {
  const max = options.maxUsers ?? MAX_USERS_IN_FILE;
  if (count > max) {
    fail(
      options.file,
      undefined,
      `the users file holds ${count} users, over the limit of ${max}; split it into smaller files, or raise the limit with ${LIMIT_VARIABLES.maxUsers}`,
    );
  }
}

/**
 * A .json file through JSON.parse, an order of magnitude cheaper than a YAML parser in time and
 * memory. Lines are worked out only for items with a problem; a file of the wrong shape is read
 * again as YAML (JSON is YAML), which names the offending key and its line as before.
 */
function locateJson(text: string, options: UsersDocumentOptions): LocatedItems {
  let root: unknown;
  try {
    root = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, message } = describeJsonSyntaxError(text, error);
    fail(options.file, line, message);
  }
  const items = usersListOf(root);
  if (items === undefined) return locateYamlDocument(text, options.file);
  checkUserCount(items.length, options);
  return {
    items,
    locate: (indices) => {
      const positions = locateJsonItems(text, indices);
      return (index, field) => positions.get(index)?.fields.get(field) ?? positions.get(index)?.line;
    },
  };
}

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
const FIELD_BY_SQUASHED = new Map<string, string>(ADMIN_CREATE_USER_FIELDS.map((field) => [squash(field), field]));

/** HR exports write headers like "Email", "Last Name" or "Is SSO User"; the model's are snake_case. */
function normalizeHeader(header: string): string {
  return (
    FIELD_BY_SQUASHED.get(squash(header.trim())) ??
    header
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
  );
}

function csvValue(column: string, value: string): unknown {
  if (column !== 'is_sso_user') return value;
  const lower = value.toLowerCase();
  if (['true', 'yes', '1'].includes(lower)) return true;
  if (['false', 'no', '0'].includes(lower)) return false;
  return value;
}

function locateCsv(text: string, file: string | undefined): LocatedItems {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      columns: (header: string[]) => header.map(normalizeHeader),
      info: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    // csv-parse quotes the field it stopped in ("…, value is "…""), which may be a password.
    fail(file, lines, `not valid CSV: ${message.replace(/, value is [\s\S]*$/, '')}`);
  }
  const items: unknown[] = [];
  const itemLines: number[] = [];
  for (const { record, info } of records) {
    // info.lines is where the record ends; a quoted field may span lines.
    const spanned = Object.values(record).reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - spanned;
    const item: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(record)) {
      if (value !== '') item[column] = csvValue(column, value);
    }
    items.push(item);
    itemLines.push(line);
  }
  // A CSV record is on one line (where it starts), its fields with it.
  return { items, locate: () => (index) => itemLines[index] };
}

/** The work of reading a document, yielding wherever a pause for the event loop is safe. */
function* readSteps(text: string, options: UsersDocumentOptions): Generator<void, AdminCreateUser[]> {
  checkUsersFileSize(Buffer.byteLength(text), options);
  const format = options.format ?? formatFromFileName(options.file);
  let located: LocatedItems;
  if (format === 'csv') {
    located = locateCsv(text, options.file);
    checkUserCount(located.items.length, options);
  } else if (format === 'json') {
    located = locateJson(text, options);
  } else {
    located = yield* locateYaml(text, options.file, (count) => checkUserCount(count, options));
  }
  const validator = new AdminCreateUsersValidator();
  for (const [index, item] of located.items.entries()) {
    validator.add(item, index);
    if ((index + 1) % ITEMS_PER_SLICE === 0) yield;
  }
  const { users, issues } = validator;
  if (issues.length > 0) {
    const lineOf = located.locate(new Set(issues.map((issue) => issue.index ?? 0)));
    throw new AnyscaleValidationError(
      issues.map((issue): ValidationIssue => {
        const line = lineOf(issue.index ?? 0, issue.field.split('.')[0]!);
        return { ...issue, ...(options.file !== undefined ? { file: options.file } : {}), ...(line !== undefined ? { line } : {}) };
      }),
    );
  }
  return users;
}

/**
 * Reads and validates a users document. Throws an AnyscaleValidationError naming every problem
 * with its file and line; nothing is returned, and so nothing can be sent, unless all are valid.
 */
export function parseUsersDocument(text: string, options: UsersDocumentOptions = {}): AdminCreateUser[] {
  const steps = readSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseUsersDocument in slices of ITEMS_PER_SLICE users, with a pause for the event loop between
 * them: a large file does not hold up signal handlers, and an aborted `signal` stops the read
 * with an ABORTED error.
 */
export async function parseUsersDocumentAsync(
  text: string,
  options: UsersDocumentOptions & { signal?: AbortSignal | undefined } = {},
): Promise<AdminCreateUser[]> {
  const steps = readSteps(text, options);
  for (;;) {
    if (options.signal?.aborted) {
      await steps.return([]);
      throw new AnyscaleError('ABORTED', 'Reading the users file was cancelled; nothing was sent.');
    }
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A users file from disk, as every adapter reads one: the limits from ANYSCALE_USERS_FILE_MAX_BYTES
 * and ANYSCALE_USERS_FILE_MAX_USERS in `env`, the size refused before the file is read, then
 * parseUsersDocumentAsync, which a `signal` stops. A file-system error (no such file, a folder) is
 * thrown as it is, for the adapter to word for its own flag or input.
 */
export async function readUsersFile(
  path: string,
  options: UsersDocumentOptions & { signal?: AbortSignal | undefined; env?: Record<string, string | undefined> } = {},
): Promise<AdminCreateUser[]> {
  const { env = process.env, ...rest } = options;
  const limited = { ...usersFileLimitsFromEnv(env), ...rest };
  checkUsersFileSize((await stat(path)).size, limited);
  return parseUsersDocumentAsync(await readFile(path, 'utf8'), limited);
}

import { parse as parseCsv } from 'csv-parse/sync';
import { parseBooleanSetting } from './boolean-setting.ts';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { AnyscaleValidationError, type ValidationIssue } from './errors.ts';
import { ADMIN_CREATE_USER_FIELDS, validateAdminCreateUsers, type AdminCreateUser } from './models.ts';

/*
 * Users to create, as people keep them: the Anyscale CLI's users.yaml (`create_users:` list) as
 * is, a bare YAML or JSON list, or a CSV export with a header row. Every problem is reported with
 * the line it is on, so that the CLI can print `users.yaml:7: …` and the action can annotate it.
 */

export type UsersFormat = 'yaml' | 'json' | 'csv';

export interface UsersDocumentOptions {
  /** Shown in messages (`users.yaml:7: …`); also picks the format by extension. */
  file?: string | undefined;
  format?: UsersFormat | undefined;
}

interface LocatedItems {
  items: unknown[];
  /** Line of each item, and of each of its fields where known. */
  itemLines: number[];
  fieldLines: Map<string, number>[];
}

export function formatFromFileName(file: string | undefined): UsersFormat {
  if (file?.toLowerCase().endsWith('.csv')) return 'csv';
  if (file?.toLowerCase().endsWith('.json')) return 'json';
  return 'yaml';
}

function fail(file: string | undefined, line: number | undefined, message: string): never {
  throw new AnyscaleValidationError([{ field: '(file)', message, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}) }]);
}

function locateYaml(text: string, file: string | undefined): LocatedItems {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    fail(file, lineCounter.linePos(error.pos[0]).line, `not valid YAML or JSON: ${error.message.split('\n')[0]}`);
  }
  let list: Node | null | undefined = doc.contents;
  if (isMap(list)) {
    for (const pair of list.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (key !== 'create_users') fail(file, lineOf(pair.key as Node), `unknown top-level key "${key}"; expected "create_users"`);
    }
    list = list.get('create_users', true) as Node | undefined;
    if (list === undefined) fail(file, 1, 'no "create_users" list found');
  }
  if (!isSeq(list)) {
    fail(file, lineOf(list) ?? 1, 'expected a list of users, or a "create_users:" list as the Anyscale CLI writes it');
  }
  const items = (list.toJSON() as unknown[]) ?? [];
  const itemLines: number[] = [];
  const fieldLines: Map<string, number>[] = [];
  (list.items as Node[]).forEach((node, index) => readYaml11Boolean(node, items[index]));
  for (const node of list.items as Node[]) {
    itemLines.push(lineOf(node) ?? 1);
    const fields = new Map<string, number>();
    if (isMap(node)) {
      for (const pair of node.items) {
        const line = lineOf(pair.key as Node);
        if (isScalar(pair.key) && line !== undefined) fields.set(String(pair.key.value), line);
      }
    }
    fieldLines.push(fields);
  }
  return { items, itemLines, fieldLines };
}

/**
 * The Anyscale CLI reads users.yaml with PyYAML, where an unquoted `yes`, `No` or `ON` is a boolean
 * (YAML 1.1); the `yaml` package reads YAML 1.2, where they are strings. Only `is_sso_user`, and only
 * an unquoted value, is read the 1.1 way, so a quoted "yes" and a first name "No" stay strings, and
 * JSON (always quoted) keeps its own rules.
 */
function readYaml11Boolean(node: Node, item: unknown): void {
  if (!isMap(node) || typeof item !== 'object' || item === null) return;
  const scalar = node.get('is_sso_user', true);
  if (!isScalar(scalar) || scalar.type !== 'PLAIN' || typeof scalar.value !== 'string') return;
  const flag = parseBooleanSetting(scalar.value);
  if (flag !== undefined) (item as Record<string, unknown>).is_sso_user = flag;
}

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
const FIELD_BY_SQUASHED = new Map<string, string>(ADMIN_CREATE_USER_FIELDS.map((field) => [squash(field), field]));

/** HR exports write headers like "Email", "Last Name" or "Is SSO User"; the model's are snake_case. */
function normalizeHeader(header: string): string {
  return FIELD_BY_SQUASHED.get(squash(header.trim())) ?? header.trim().toLowerCase().replace(/[\s-]+/g, '_');
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
  const fieldLines: Map<string, number>[] = [];
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
    fieldLines.push(new Map(Object.keys(item).map((column) => [column, line])));
  }
  return { items, itemLines, fieldLines };
}

/**
 * Reads and validates a users document. Throws an AnyscaleValidationError naming every problem
 * with its file and line; nothing is returned, and so nothing can be sent, unless all are valid.
 */
export function parseUsersDocument(text: string, options: UsersDocumentOptions = {}): AdminCreateUser[] {
  const format = options.format ?? formatFromFileName(options.file);
  const located = format === 'csv' ? locateCsv(text, options.file) : locateYaml(text, options.file);
  const { users, issues } = validateAdminCreateUsers(located.items);
  if (issues.length > 0) {
    throw new AnyscaleValidationError(
      issues.map((issue): ValidationIssue => {
        const index = issue.index ?? 0;
        const line = located.fieldLines[index]?.get(issue.field.split('.')[0]!) ?? located.itemLines[index];
        return { ...issue, ...(options.file !== undefined ? { file: options.file } : {}), ...(line !== undefined ? { line } : {}) };
      }),
    );
  }
  return users;
}

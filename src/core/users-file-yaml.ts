import { CORE_SCHEMA, load, Type } from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLSeq } from 'yaml';
import { parseBooleanSetting } from './boolean-setting.ts';
import { AnyscaleValidationError } from './errors.ts';

/*
 * YAML users files. Values are read with js-yaml, which builds plain objects directly: the `yaml`
 * package keeps a node, a range and a source token for every scalar, and took 937 MiB and 8 s for
 * a 100,000-user file as one document. Positions come from the `yaml` package, but only when there
 * is a problem to report, and only for the slices that hold the items with problems.
 *
 * The common shape (a `create_users:` or bare block list, one `- ` a user) is cut at its items,
 * each slice of ITEMS_PER_SLICE users read as a document of its own, with a pause for the event
 * loop in between so that a signal can stop it. Anything the cutting cannot be sure of (anchors
 * across slices, flow style, tabs, a second key, directives) is read as one document, and any
 * error at all is reported by the `yaml` package reading the whole document, as before.
 */

export const ITEMS_PER_SLICE = 1000;

export interface LocatedItems {
  items: unknown[];
  /** Where the given items are: the line of one's field, else of the item. Costly ways run only for those asked. */
  locate(indices: ReadonlySet<number>): (index: number, field: string) => number | undefined;
}

export function fail(file: string | undefined, line: number | undefined, message: string): never {
  throw new AnyscaleValidationError([
    { field: '(file)', message, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}) },
  ]);
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

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

function fieldLinesOf(node: Node, lineOf: (node: Node | null | undefined) => number | undefined): Map<string, number> {
  const fields = new Map<string, number>();
  if (isMap(node)) {
    for (const pair of node.items) {
      const line = lineOf(pair.key as Node);
      if (isScalar(pair.key) && line !== undefined) fields.set(String(pair.key.value), line);
    }
  }
  return fields;
}

/** The whole text as one document: every shape, every error, with the line of each. */
export function locateYamlDocument(text: string, file: string | undefined): LocatedItems {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
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
  const nodes = list.items as Node[];
  for (const [index, node] of nodes.entries()) readYaml11Boolean(node, items[index]);
  return {
    items,
    locate: () => (index, field) => fieldLinesOf(nodes[index]!, lineOf).get(field) ?? lineOf(nodes[index]) ?? 1,
  };
}

interface Slice {
  text: string;
  /** Line of the slice's first character in the file. */
  firstLine: number;
  firstIndex: number;
  count: number;
}

const SEQUENCE_ENTRY = /^( *)-( |$)/;
const CREATE_USERS_KEY = /^create_users:[ ]*(#.*)?$/;

/** The list's items cut into slices, or undefined when the text is not of the shape that can be cut safely. */
export function sliceYamlList(text: string): Slice[] | undefined {
  if (text.startsWith('\uFEFF')) return undefined;
  const starts: { offset: number; line: number }[] = [];
  let indent = -1;
  let state: 'preamble' | 'key' | 'list' = 'preamble';
  let line = 0;
  for (let offset = 0; offset < text.length; ) {
    const lineEnd = text.indexOf('\n', offset);
    const next = lineEnd === -1 ? text.length : lineEnd + 1;
    line++;
    const content = text.slice(offset, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const trimmed = content.trimStart();
    const blank = trimmed === '' || trimmed.startsWith('#');
    if (/^ *\t/.test(content)) return undefined;
    if (!blank) {
      if (state === 'preamble') {
        if (CREATE_USERS_KEY.test(content)) state = 'key';
        else if (SEQUENCE_ENTRY.test(content)) {
          state = 'list';
          indent = SEQUENCE_ENTRY.exec(content)![1]!.length;
          starts.push({ offset, line });
        } else return undefined;
      } else if (state === 'key') {
        const entry = SEQUENCE_ENTRY.exec(content);
        if (!entry) return undefined;
        state = 'list';
        indent = entry[1]!.length;
        starts.push({ offset, line });
      } else if (state === 'list') {
        const leading = content.length - trimmed.length;
        if (leading === indent && SEQUENCE_ENTRY.test(trimmed)) starts.push({ offset, line });
        // Something after the list (a second key, a document marker): the whole document says what.
        else if (leading <= indent) return undefined;
      }
    }
    offset = next;
  }
  if (state !== 'list') return undefined;
  const slices: Slice[] = [];
  for (let first = 0; first < starts.length; first += ITEMS_PER_SLICE) {
    const last = Math.min(first + ITEMS_PER_SLICE, starts.length);
    slices.push({
      text: text.slice(starts[first]!.offset, last < starts.length ? starts[last]!.offset : text.length),
      firstLine: starts[first]!.line,
      firstIndex: first,
      count: last - first,
    });
  }
  return slices;
}

/** One slice as a `yaml` document, for the positions of its items. */
function readSlicePositions(slice: Slice): { nodes: Node[]; lineOf: (node: Node | null | undefined) => number | undefined } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(slice.text, { lineCounter, ...PARSE_OPTIONS });
  const nodes = (isSeq(doc.contents) ? (doc.contents as YAMLSeq).items : []) as Node[];
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line + slice.firstLine - 1 : undefined;
  return { nodes, lineOf };
}

/** An unquoted scalar that PyYAML would read as a boolean and YAML 1.2 reads as a string. */
class Yaml11Flag {
  readonly text: string;
  readonly flag: boolean;

  constructor(text: string, flag: boolean) {
    this.text = text;
    this.flag = flag;
  }
}

// js-yaml resolves implicit types for plain scalars only, so a quoted "yes" never becomes a flag;
// true and false (any YAML 1.2 spelling) are taken by the core schema's bool first.
const YAML11_FLAG = new Type('tag:anyscale-users,2026:yaml11-flag', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && parseBooleanSetting(data) !== undefined,
  construct: (data: string) => new Yaml11Flag(data, parseBooleanSetting(data)!),
});
const SCHEMA = CORE_SCHEMA.extend({ implicit: [YAML11_FLAG] });

/** A flag is a boolean as is_sso_user and the text it was anywhere else (see readYaml11Boolean). */
function settleFlags(value: unknown, key?: string): unknown {
  if (value instanceof Yaml11Flag) return key === 'is_sso_user' ? value.flag : value.text;
  if (Array.isArray(value)) return value.map((item) => settleFlags(item));
  if (typeof value === 'object' && value !== null) {
    for (const [field, item] of Object.entries(value)) (value as Record<string, unknown>)[field] = settleFlags(item, field);
  }
  return value;
}

/** js-yaml's reading of a text, or undefined where it fails: the `yaml` package then says why. */
function loadValues(text: string): unknown {
  try {
    return load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
}

/**
 * The users of a parsed document, whatever read it: a bare list, or `{create_users: [...]}` with
 * no other key. Undefined for any other shape, which the `yaml` package then reports by line.
 */
export function usersListOf(root: unknown): unknown[] | undefined {
  if (Array.isArray(root)) return root;
  if (typeof root !== 'object' || root === null) return undefined;
  const keys = Object.keys(root);
  const list = (root as Record<string, unknown>).create_users;
  return keys.length === 1 && keys[0] === 'create_users' && Array.isArray(list) ? list : undefined;
}

/** The items read slice by slice, or undefined when a slice does not read as exactly its items. */
function* readSlices(slices: readonly Slice[]): Generator<void, unknown[] | undefined> {
  const items: unknown[] = [];
  for (const slice of slices) {
    const values = loadValues(slice.text);
    if (!Array.isArray(values) || values.length !== slice.count) return undefined;
    for (const value of values) items.push(settleFlags(value));
    yield;
  }
  return items;
}

/**
 * A YAML users file, slice by slice where it can be cut, yielding between slices. `checkCount`
 * sees the number of users once they are counted, before most of the parsing.
 */
export function* locateYaml(text: string, file: string | undefined, checkCount: (count: number) => void): Generator<void, LocatedItems> {
  const slices = sliceYamlList(text);
  if (slices !== undefined) {
    checkCount(slices.reduce((sum, slice) => sum + slice.count, 0));
    const items = yield* readSlices(slices);
    if (items !== undefined) {
      return {
        items,
        // Positions only for the items with a problem: their slices are read again by the `yaml` package.
        locate: () => {
          const reread = new Map<number, ReturnType<typeof readSlicePositions>>();
          return (index, field) => {
            const at = Math.floor(index / ITEMS_PER_SLICE);
            if (!reread.has(at)) reread.set(at, readSlicePositions(slices[at]!));
            const { nodes, lineOf } = reread.get(at)!;
            const node = nodes[index - slices[at]!.firstIndex];
            return node === undefined ? slices[at]!.firstLine : (fieldLinesOf(node, lineOf).get(field) ?? lineOf(node));
          };
        },
      };
    }
  }
  const list = usersListOf(settleFlags(loadValues(text)));
  if (list === undefined) return locateYamlDocument(text, file);
  checkCount(list.length);
  return { items: list, locate: () => locateYamlDocument(text, file).locate(new Set()) };
}

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  userFilters,
  userTable,
  writePreamble
} from "./chunk-63FUH54L.js";
import "./chunk-AULIFACN.js";
import {
  writeOut
} from "./chunk-2OEH5FVG.js";
import {
  connect
} from "./chunk-SOUCHD6W.js";
import {
  csvField,
  usersFileChunks
} from "./chunk-74BWKFCD.js";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  toDict
} from "./chunk-YSNKACUK.js";
import {
  plural
} from "./chunk-MI73OCWU.js";
import {
  UsageError,
  integerOption,
  stringOption,
  switchOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/cli/list-formats.ts
var LIST_FORMATS = ["table", "json", "jsonl", "csv", "yaml"];
var CSV_COLUMNS = ["email", "name", "user_id", "permission_level", "created_at"];
async function* jsonArray(pages) {
  let first = true;
  for await (const page of pages) {
    let chunk = "";
    for (const user of page.items) {
      chunk += `${first ? "[\n  " : ",\n  "}${JSON.stringify(toDict(user), null, 2).replaceAll("\n", "\n  ")}`;
      first = false;
    }
    yield chunk;
  }
  yield first ? "[]\n" : "\n]\n";
}
async function* jsonLines(pages) {
  for await (const page of pages) {
    let chunk = "";
    for (const user of page.items) chunk += `${JSON.stringify(toDict(user))}
`;
    yield chunk;
  }
}
async function* csvRows(pages) {
  yield `${CSV_COLUMNS.join(",")}
`;
  for await (const page of pages) {
    let chunk = "";
    for (const user of page.items) chunk += `${CSV_COLUMNS.map((column) => csvField(user[column] ?? "")).join(",")}
`;
    yield chunk;
  }
}
function listChunks(format, pages) {
  switch (format) {
    case "json":
      return jsonArray(pages);
    case "jsonl":
      return jsonLines(pages);
    case "csv":
      return csvRows(pages);
    case "yaml":
      return usersFileChunks("yaml", pages);
  }
}

// src/cli/list.ts
function listFormat(values, command) {
  const format = stringOption(values, "format");
  if (format !== void 0 && !LIST_FORMATS.includes(format)) {
    throw new UsageError(`Invalid value for '--format': '${format}' is not one of ${LIST_FORMATS.join(", ")}.`, command);
  }
  const chosen = [
    ...format === void 0 ? [] : [format],
    ...switchOption(values, "json", command, false) ? ["json"] : [],
    ...values.jsonl === true ? ["jsonl"] : []
  ];
  if (new Set(chosen).size > 1) throw new UsageError("give one of --format, --json and --jsonl.", command);
  return chosen[0] ?? "table";
}
async function runList(context) {
  const { values, terminal, command } = context;
  if (values.interactive === true) {
    throw new UsageError("the interactive pager is not offered; the list is printed in full (pipe it to 'less' to page it).", command);
  }
  const format = listFormat(values, command);
  const { filters, preamble } = userFilters(values, command, "<any>");
  const pageSize = integerOption(values, "page-size", command, { min: 1, max: MAX_PAGE_SIZE }) ?? DEFAULT_PAGE_SIZE;
  const maxItems = integerOption(values, "max-items", command, { min: 1 });
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    const pages = connection.anyscale.user.list({ ...filters, page_size: pageSize, max_items: maxItems }, { signal: context.signal }).pages();
    if (format !== "table") {
      for await (const chunk of listChunks(format, pages)) await writeOut(terminal.out, chunk);
      return 0;
    }
    writePreamble(terminal, "Listing users with:", [
      ...preamble,
      ["mode", "batch"],
      ["per-page limit", String(pageSize)],
      ["max-items total", maxItems === void 0 ? "all" : String(maxItems)]
    ]);
    if (!connection.local) terminal.err.write(`View your Users in the UI at ${connection.host}/collaborators
`);
    const table = userTable(terminal);
    for await (const page of pages) table.write(page.items);
    terminal.err.write(table.rowCount === 0 ? "No users found.\n" : `Fetched ${plural(table.rowCount, "user")}.
`);
    return 0;
  } finally {
    await connection.close();
  }
}
export {
  runList
};

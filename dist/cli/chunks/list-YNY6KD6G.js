import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  userFilters,
  userTable,
  writePreamble
} from "./chunk-ND3QTXCH.js";
import {
  writeJson
} from "./chunk-Y6IDPCWD.js";
import "./chunk-AULIFACN.js";
import {
  connect
} from "./chunk-Y5AFCXNP.js";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  toDict
} from "./chunk-GHJA5CQP.js";
import {
  UsageError,
  integerOption,
  plural,
  switchOption
} from "./chunk-KKDLDU35.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";

// src/cli/list.ts
async function runList(context) {
  const { values, terminal, command } = context;
  if (values.interactive === true) {
    throw new UsageError("the interactive pager is not offered; the list is printed in full (pipe it to 'less' to page it).", command);
  }
  const json = switchOption(values, "json", command, false);
  const { filters, preamble } = userFilters(values, command, "<any>");
  const pageSize = integerOption(values, "page-size", command, { min: 1, max: MAX_PAGE_SIZE }) ?? DEFAULT_PAGE_SIZE;
  const maxItems = integerOption(values, "max-items", command, { min: 1 });
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    const pages = connection.anyscale.user.list({ ...filters, page_size: pageSize, max_items: maxItems }, { signal: context.signal }).pages();
    if (json) {
      const users = [];
      for await (const page of pages) for (const user of page.items) users.push(user);
      writeJson(terminal.out, users.map(toDict));
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

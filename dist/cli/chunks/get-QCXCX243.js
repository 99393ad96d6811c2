import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  userFilters,
  userTable,
  writePreamble
} from "./chunk-63FUH54L.js";
import "./chunk-AULIFACN.js";
import {
  writeJson
} from "./chunk-Y6IDPCWD.js";
import {
  connect
} from "./chunk-SOUCHD6W.js";
import "./chunk-74BWKFCD.js";
import {
  toDict
} from "./chunk-YSNKACUK.js";
import "./chunk-MI73OCWU.js";
import {
  UsageError,
  switchOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/cli/get.ts
async function runGet(context) {
  const { values, terminal, command } = context;
  const json = switchOption(values, "json", command, false);
  const { filters, preamble } = userFilters(values, command, "<not specified>");
  if (filters.email === void 0 && filters.name === void 0) throw new UsageError("Provide --email or --name.", command);
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    if (!json) writePreamble(terminal, "Fetching user with:", preamble);
    const user = await connection.anyscale.user.get(filters, { signal: context.signal });
    if (json) {
      writeJson(terminal.out, toDict(user));
    } else {
      userTable(terminal).write([user]);
      terminal.err.write("Fetched 1 user.\n");
    }
    return 0;
  } finally {
    await connection.close();
  }
}
export {
  runGet
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  writeJson
} from "./chunk-Y6IDPCWD.js";
import {
  connect
} from "./chunk-SOUCHD6W.js";
import {
  canCreateUsers
} from "./chunk-74BWKFCD.js";
import "./chunk-YSNKACUK.js";
import {
  printable
} from "./chunk-MI73OCWU.js";
import {
  switchOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/cli/whoami.ts
function canCreateText(can) {
  if (can === void 0) return "unknown (the answer did not say the level)";
  return can ? "yes" : "no (batch-create needs an organization owner)";
}
async function runWhoami(context) {
  const { values, terminal, command } = context;
  const json = switchOption(values, "json", command, false);
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    const info = await connection.anyscale.getUserInfo({ signal: context.signal });
    const can = canCreateUsers(info);
    if (json) {
      writeJson(terminal.out, { host: connection.host, ...info, can_create_users: can ?? null });
      return 0;
    }
    const lines = [
      ["Email", info.email],
      ["Name", info.name],
      ["ID", info.id],
      ["Organization", info.organization_ids?.join(", ")],
      ["Level", info.organization_permission_level],
      ["Can create users", canCreateText(can)],
      ["Host", connection.host]
    ];
    const width = Math.max(...lines.map(([label]) => label.length));
    for (const [label, value] of lines) terminal.out.write(`${`${label}:`.padEnd(width + 2)}${printable(value ?? "-")}
`);
    return 0;
  } finally {
    await connection.close();
  }
}
export {
  runWhoami
};

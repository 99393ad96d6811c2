import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
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
  Redactor
} from "./chunk-74BWKFCD.js";
import "./chunk-YSNKACUK.js";
import "./chunk-MI73OCWU.js";
import {
  UsageError,
  stringOption,
  switchOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/cli/plan.ts
var EXIT_DIFFERS = 2;
function planText(plan) {
  const lines = [];
  for (const user of plan.to_create) lines.push(`  + ${user.email} (${user.name})${user.password_set ? ", password set" : ""}`);
  for (const stray of plan.strays) lines.push(`  ? ${stray.email} (${stray.name}, ${stray.permission_level}): in the org, not in the file`);
  const { to_create, present, strays } = plan.counts;
  lines.push(`Plan: ${to_create} to create, ${present} present, ${strays} strays.`, `Fingerprint: ${plan.fingerprint}`);
  return `${lines.join("\n")}
`;
}
async function runPlan(context) {
  const { values, terminal, command } = context;
  const file = stringOption(values, "users-file");
  const json = switchOption(values, "json", command, false);
  context.jsonFailure = json;
  if (file === void 0) throw new UsageError("Missing option '-f' / '--users-file'.", command);
  const detailed = values["detailed-exitcode"] === true;
  const users = await loadUsersFile(file, context);
  context.redactor = new Redactor(users.map((user) => user.password));
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor.with(users.map((user) => user.password));
  try {
    const plan = await connection.anyscale.user.plan(users, {
      include_service_accounts: values["include-service-accounts"] === true,
      signal: context.signal
    });
    if (json) writeJson(terminal.out, plan);
    else terminal.out.write(planText(plan));
    const differs = plan.counts.to_create > 0 || plan.counts.strays > 0;
    return detailed && differs ? EXIT_DIFFERS : 0;
  } finally {
    await connection.close();
  }
}
export {
  runPlan
};

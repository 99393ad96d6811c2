import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  canCreateUsers
} from "./chunk-5UX4H4QD.js";
import {
  isAnyscaleError
} from "./chunk-4K6PQXAF.js";
import "./chunk-FH5VPH3F.js";

// mcp/capability.ts
var START_CHECK_MS = 3e3;
async function offerTools(source, tools, logger) {
  if (source.userInfo === void 0 || !tools.includes("batch_create_users")) return { tools, note: void 0 };
  let info;
  try {
    info = await source.userInfo(AbortSignal.timeout(START_CHECK_MS));
  } catch (error) {
    if (!isAnyscaleError(error)) throw error;
    logger.warn(`Could not check what the token may do (${error.code}): ${error.message}`);
    return { tools, note: void 0 };
  }
  if (canCreateUsers(info) !== false) return { tools, note: void 0 };
  const who = info.email ?? info.id ?? "the token";
  const level = info.organization_permission_level;
  logger.info(
    `Not offering batch_create_users: ${who} is ${level === void 0 ? "not" : `a ${level}, not`} an owner of the organization.`
  );
  return {
    tools: tools.filter((name) => name !== "batch_create_users"),
    note: `batch_create_users is not offered: the configured token belongs to ${who}, whose level in the organization is '${level}', and only an owner can create users. To add users, use an owner's token.`
  };
}
export {
  offerTools
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/operations/get-user-info.ts
var USERINFO_PATH = "/api/v2/userinfo/";
var STRING_FIELDS = ["id", "email", "name", "organization_permission_level"];
async function getUserInfo(client, options = {}) {
  const body = await client.get(USERINFO_PATH, {}, options);
  const result = body?.result ?? {};
  const info = {};
  for (const key of STRING_FIELDS) if (typeof result[key] === "string") info[key] = result[key];
  const orgs = result.organization_ids;
  if (Array.isArray(orgs) && orgs.every((id) => typeof id === "string")) info.organization_ids = orgs;
  return info;
}
function canCreateUsers(info) {
  if (info.organization_permission_level === void 0) return void 0;
  return info.organization_permission_level.toLowerCase() === "owner";
}

export {
  getUserInfo,
  canCreateUsers
};

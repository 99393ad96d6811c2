import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkUsersFileSize,
  parseUsersDocumentAsync,
  usersFileLimitsFromEnv
} from "./chunk-G27G36Y7.js";
import {
  UsageError
} from "./chunk-VMZQJ7BV.js";

// src/cli/users-file.ts
import { readFile, stat } from "node:fs/promises";
async function loadUsersFile(path, context) {
  const limits = { ...usersFileLimitsFromEnv(process.env), file: path };
  const text = await readChecked(path, limits, context.command);
  return parseUsersDocumentAsync(text, { ...limits, signal: context.signal });
}
async function readChecked(path, limits, command) {
  let size;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw unreadable(path, error, command);
  }
  checkUsersFileSize(size, limits);
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw unreadable(path, error, command);
  }
}
function unreadable(path, error, command) {
  const code = error.code;
  const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
  return new UsageError(`Invalid value for '-f' / '--users-file': File '${path}' ${reason}.`, command);
}

export {
  loadUsersFile
};

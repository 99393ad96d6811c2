import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile
} from "./chunk-7VJORW5N.js";
import {
  UsageError,
  isAnyscaleError
} from "./chunk-VMZQJ7BV.js";

// src/cli/users-file.ts
async function loadUsersFile(path, context) {
  try {
    return await readUsersFile(path, { file: path, signal: context.signal });
  } catch (error) {
    if (isAnyscaleError(error) || typeof error.syscall !== "string") throw error;
    throw unreadable(path, error, context.command);
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

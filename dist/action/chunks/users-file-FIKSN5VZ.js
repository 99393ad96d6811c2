import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_USERS_FILE_BYTES,
  MAX_USERS_IN_FILE,
  checkUsersFileSize,
  formatFromFileName,
  parseUsersDocument,
  parseUsersDocumentAsync,
  readUsersFile,
  usersFileLimitsFromEnv
} from "./chunk-7PA4YQLD.js";
import "./chunk-XUY2FQ57.js";
export {
  MAX_USERS_FILE_BYTES,
  MAX_USERS_IN_FILE,
  checkUsersFileSize,
  formatFromFileName,
  parseUsersDocument,
  parseUsersDocumentAsync,
  readUsersFile,
  usersFileLimitsFromEnv
};

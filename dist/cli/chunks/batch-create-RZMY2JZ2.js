import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-7POUG6DN.js";
import "./chunk-5WVV7IUO.js";
import "./chunk-JU4UJ2Z5.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-AULIFACN.js";
import "./chunk-HMCPNHTK.js";
import "./chunk-PBLT54OD.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

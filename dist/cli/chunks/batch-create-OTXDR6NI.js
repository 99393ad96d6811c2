import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-QFYAQEZ2.js";
import "./chunk-Y6IDPCWD.js";
import "./chunk-AULIFACN.js";
import "./chunk-EQLT2CZV.js";
import "./chunk-S3726BRU.js";
import "./chunk-IXQT7MBU.js";
import "./chunk-Z6D7KXUJ.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-EUMCEESP.js";
import "./chunk-Y6IDPCWD.js";
import "./chunk-AULIFACN.js";
import "./chunk-2LGHONGK.js";
import "./chunk-TQXHTVW4.js";
import "./chunk-HBNPPTSF.js";
import "./chunk-4TDZR7SL.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

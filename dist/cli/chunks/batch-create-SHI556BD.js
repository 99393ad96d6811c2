import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-NHU3DM24.js";
import "./chunk-Y6IDPCWD.js";
import "./chunk-AULIFACN.js";
import "./chunk-LJYU6X3T.js";
import "./chunk-Q6N3NPMI.js";
import "./chunk-S5EO23ND.js";
import "./chunk-B6ODPX4A.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-EEZHFZZB.js";
import "./chunk-Y6IDPCWD.js";
import "./chunk-AULIFACN.js";
import "./chunk-NB4PPPYN.js";
import "./chunk-KAUDVV5R.js";
import "./chunk-XJ4CJRDC.js";
import "./chunk-7CUU53AB.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

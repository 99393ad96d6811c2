import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-UJG7FMGE.js";
import "./chunk-Y6IDPCWD.js";
import "./chunk-AULIFACN.js";
import "./chunk-J7N5F7XY.js";
import "./chunk-UNX3A57X.js";
import "./chunk-W6FEFAZR.js";
import "./chunk-NYDAODAT.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

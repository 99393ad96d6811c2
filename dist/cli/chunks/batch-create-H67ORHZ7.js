import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-HIK72UJG.js";
import "./chunk-5ROZHG7Y.js";
import "./chunk-3WKFOYO3.js";
import "./chunk-HCNXLQHN.js";
import "./chunk-MAUHH7ZD.js";
import "./chunk-J46WU4UG.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

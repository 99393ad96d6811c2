import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-KSERWL5R.js";
import "./chunk-5ROZHG7Y.js";
import "./chunk-TQ2GPB5U.js";
import "./chunk-AT55WX44.js";
import "./chunk-LS3T3EUZ.js";
import "./chunk-4TW74RDJ.js";
import "./chunk-XRNPQRQZ.js";
import "./chunk-A4S3Y5GY.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

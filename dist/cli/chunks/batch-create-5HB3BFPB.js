import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUsersFile,
  runBatchCreate
} from "./chunk-ZSZ5RDDC.js";
import "./chunk-5ROZHG7Y.js";
import "./chunk-DRS577R6.js";
import "./chunk-JOM5T2M7.js";
import "./chunk-POITQI3T.js";
import "./chunk-B7SBYWOE.js";
import "./chunk-XRNPQRQZ.js";
import "./chunk-A4S3Y5GY.js";
import "./chunk-PBLT54OD.js";
import "./chunk-FN7Q5BLS.js";
import "./chunk-XUY2FQ57.js";
export {
  readUsersFile,
  runBatchCreate
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  REPLAYED_INITIALIZE_ID,
  answerHandshake
} from "./chunk-ASBGWT27.js";
import "./chunk-FH5VPH3F.js";
export {
  REPLAYED_INITIALIZE_ID,
  answerHandshake
};

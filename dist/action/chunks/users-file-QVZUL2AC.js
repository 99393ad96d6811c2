import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  formatFromFileName,
  parseUsersDocument
} from "./chunk-PXSUFD6E.js";
import "./chunk-XUY2FQ57.js";
export {
  formatFromFileName,
  parseUsersDocument
};

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-65LDG4ZW.js";
import "./chunk-QUVN73Q4.js";
import "./chunk-QSJKZVOZ.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-OS67WIK5.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-CMD7LQST.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-HJTVCLO4.js";
import "./chunk-3X4DT7ZI.js";
import "./chunk-UEC6N6PC.js";
import "./chunk-ECGFR655.js";
export {
  resolveBenchmark,
  similarCommand
};

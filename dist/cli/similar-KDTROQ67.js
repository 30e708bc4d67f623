import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-GOECO6AP.js";
import "./chunk-U4HQ4HIJ.js";
import "./chunk-CGSTHETV.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-TFNG7XHC.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-IYI655C6.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import "./chunk-3X4DT7ZI.js";
import "./chunk-UEC6N6PC.js";
import "./chunk-ECGFR655.js";
export {
  resolveBenchmark,
  similarCommand
};

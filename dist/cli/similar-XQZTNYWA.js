import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-Q27CBRYG.js";
import "./chunk-5CTFPH4A.js";
import "./chunk-EULI5TZF.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-2TCWIXZI.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-7F2XI4T7.js";
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

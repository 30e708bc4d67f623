import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-UX4DHQRB.js";
import "./chunk-BYKM7SNL.js";
import "./chunk-QS6MSSUF.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-AQ6VP3XR.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-4HIWRUUM.js";
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

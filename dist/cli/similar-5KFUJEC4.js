import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-KRZWYKXF.js";
import "./chunk-ODW4R6P4.js";
import "./chunk-PGNH72GG.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-OUMOTTCZ.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-RPJ664QX.js";
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

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-I42CZOX2.js";
import "./chunk-JOXZBUXQ.js";
import "./chunk-HBIDPGWS.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-CHLQ3HPO.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-HGYGPOM4.js";
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

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-PUCKVMGS.js";
import "./chunk-VBI7XRE6.js";
import "./chunk-LVUCPIGZ.js";
import "./chunk-BZDELKGT.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-ND35547F.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-PJZWZUDT.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import "./chunk-UH3OXTXY.js";
export {
  resolveBenchmark,
  similarCommand
};

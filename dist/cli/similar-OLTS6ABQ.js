import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-4MVTIXCU.js";
import "./chunk-A3ESXRDA.js";
import "./chunk-3Z7S4PWI.js";
import "./chunk-XL3VIKI6.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-ZSYMW6BR.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-Y2CCXUO3.js";
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

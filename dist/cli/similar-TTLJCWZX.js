import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-WKQI2NES.js";
import "./chunk-E6UTM63L.js";
import "./chunk-MDZ6XX33.js";
import "./chunk-M47W3GED.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-NMN7G3W4.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-NLCCJDGP.js";
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

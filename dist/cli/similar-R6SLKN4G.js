import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-6XQAYDGM.js";
import "./chunk-UVUIQWVH.js";
import "./chunk-MSHXDAAM.js";
import "./chunk-ITZ4O7T4.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-M2RVFO27.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-RLNFLA24.js";
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

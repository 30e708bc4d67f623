import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-22AMH2D2.js";
import "./chunk-WNYKUDA7.js";
import "./chunk-QIYYX4E5.js";
import "./chunk-OTFYZGNY.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-27H2BN3P.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-AN6SZCQN.js";
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

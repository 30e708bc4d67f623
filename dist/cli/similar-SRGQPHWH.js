import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-D57TLDR6.js";
import "./chunk-B7ARAH2R.js";
import "./chunk-NP443QPO.js";
import "./chunk-SZ4LRBFA.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-A53RNN27.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-24OGUALN.js";
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

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-GBXR2JFG.js";
import "./chunk-KVKN7CD4.js";
import "./chunk-6N3V2UNE.js";
import "./chunk-GFVFOPYZ.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-U6NFNFV4.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-VUYOPKZS.js";
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

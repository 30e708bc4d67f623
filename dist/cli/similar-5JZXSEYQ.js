import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-YIGZCWNA.js";
import "./chunk-SD3CLSK4.js";
import "./chunk-RDVHSEW2.js";
import "./chunk-JWADAQ3H.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-TWHVM2KI.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-BA52AOEU.js";
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

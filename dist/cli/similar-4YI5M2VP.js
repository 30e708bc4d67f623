import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-W446XPGW.js";
import "./chunk-S5BJTYW3.js";
import "./chunk-IANURNSJ.js";
import "./chunk-VIJBSOCK.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-FG7BF7JV.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-4Z7CGLRV.js";
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

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-OSNC3YYK.js";
import "./chunk-LQ6R7UVA.js";
import "./chunk-ZOUVVXKD.js";
import "./chunk-5BRH2DBI.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-U27X77F2.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-LGJPEGUI.js";
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

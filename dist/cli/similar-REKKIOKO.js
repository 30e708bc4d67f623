import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-IIRUDWVB.js";
import "./chunk-YCKFH6UB.js";
import "./chunk-OFHDLQYX.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-ORA33N47.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-XS2NRSB6.js";
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

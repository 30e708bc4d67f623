import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-RA3OMHG7.js";
import "./chunk-5SERLNL2.js";
import "./chunk-EIFGA4YO.js";
import "./chunk-O6TZXYTP.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-BF6QZBTC.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-VKPOR754.js";
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

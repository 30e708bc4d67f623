import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-276RHRNT.js";
import "./chunk-WQ3TMPBT.js";
import "./chunk-OIAFJMER.js";
import "./chunk-I2SOMBBY.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-BDPTSPK4.js";
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

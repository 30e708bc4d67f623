import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-4I3SAWPQ.js";
import "./chunk-SOY6624G.js";
import "./chunk-OAYZALVS.js";
import "./chunk-5BRH2DBI.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-MPAMXJDS.js";
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

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-DJ7BQ3ZO.js";
import "./chunk-OFQ2IJYP.js";
import "./chunk-47LS5TAB.js";
import "./chunk-FXCPB3SW.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-XAR3ODBE.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-C4WVSIKP.js";
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

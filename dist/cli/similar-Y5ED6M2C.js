import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark,
  similarCommand
} from "./chunk-QWPYZFCH.js";
import "./chunk-UNKB7BQA.js";
import "./chunk-EIGAL3TT.js";
import "./chunk-IODR2PTS.js";
import "./chunk-WUSCOLWA.js";
import "./chunk-BWO7U2SE.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-TBGYPHYW.js";
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

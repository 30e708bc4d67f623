#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
var program = "./cli-run.js";
await import(program);

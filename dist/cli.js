#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/main.ts
import { fileURLToPath } from "node:url";

// src/cli/code-cache.ts
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

// src/cli/command-names.ts
var COMMAND_NAMES = [
  "validate",
  "leaderboard",
  "score",
  "agree",
  "aggregate",
  "diff",
  "similar",
  "alternatives",
  "subset",
  "merge",
  "site",
  "simulate",
  "import-benchbench",
  "init"
];
var VERSION_FLAGS = ["-V", "--version"];

// src/cli/code-cache.ts
var CACHE_FOLDER = "benchbench-code-cache";
function cacheFile(program, key, env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const dir = path.join(os.tmpdir(), CACHE_FOLDER);
  if (!ownPrivateFolder(dir)) return void 0;
  const { size, mtimeMs } = statSync(program);
  const stamp = `${key.build}-${size}-${Math.trunc(mtimeMs)}`;
  return {
    dir,
    stamp,
    path: path.join(dir, `${stamp}-${process.version}-${process.arch}-${key.command}.bin`)
  };
}
function runOf(argv) {
  const args = argv.slice(2);
  const first = args[0] ?? "";
  if (VERSION_FLAGS.includes(first)) return "version";
  if (!COMMAND_NAMES.includes(first)) return "all";
  return args.some((a) => a === "-h" || a === "--help") ? `${first}-help` : first;
}
function ownPrivateFolder(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const s = lstatSync(dir);
    if (!s.isDirectory()) return false;
    if (process.getuid === void 0) return true;
    return s.uid === process.getuid() && (s.mode & 18) === 0;
  } catch {
    return false;
  }
}
function runProgram(program, key) {
  const source = readFileSync(program, "latin1");
  const file = cacheFile(program, key);
  const cachedData = file === void 0 ? void 0 : readCache(file.path);
  const script = new vm.Script(Module.wrap(source), {
    filename: program,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  if (file !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true))
    process.once("exit", (code) => code === 0 && writeCache(file, script));
  const wrapper = script.runInThisContext();
  const module = { exports: {}, filename: program, id: program };
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(program),
    module,
    program,
    path.dirname(program)
  );
}
function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeCache(file, script) {
  try {
    for (const old of readdirSync(file.dir))
      if (!old.startsWith(`${file.stamp}-`)) rmSync(path.join(file.dir, old), { force: true });
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, script.createCachedData(), { mode: 384 });
    renameSync(partial, file.path);
  } catch {
  }
}

// src/cli/main.ts
runProgram(fileURLToPath(new URL("./cli-run.cjs", import.meta.url)), {
  build: "3c0d01da37d3eff8",
  command: runOf(process.argv)
});

#!/usr/bin/env node

"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/main.ts
var import_node_path2 = __toESM(require("node:path"), 1);

// src/cli/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);

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
var isCommandName = (name) => COMMAND_NAMES.includes(name);
var VERSION_FLAGS = ["-V", "--version"];

// src/cli/code-cache.ts
var CACHE_FOLDER = "benchbench-code-cache";
function cacheFile(program, key, env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const dir = import_node_path.default.join(import_node_os.default.tmpdir(), CACHE_FOLDER);
  if (!ownPrivateFolder(dir)) return void 0;
  const { size, mtimeMs } = (0, import_node_fs.statSync)(program);
  const stamp = `${key.build}-${size}-${Math.trunc(mtimeMs)}`;
  return {
    dir,
    stamp,
    path: import_node_path.default.join(dir, `${stamp}-${process.version}-${process.arch}-${key.command}.bin`)
  };
}
function runOf(argv) {
  const args = argv.slice(2);
  const first = args[0] ?? "";
  if (VERSION_FLAGS.includes(first)) return "version";
  if (!isCommandName(first)) return "all";
  return args.some((a) => a === "-h" || a === "--help") ? `${first}-help` : first;
}
function ownPrivateFolder(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const s = (0, import_node_fs.lstatSync)(dir);
    if (!s.isDirectory()) return false;
    if (process.getuid === void 0) return true;
    return s.uid === process.getuid() && (s.mode & 18) === 0;
  } catch {
    return false;
  }
}
function runProgram(program, key) {
  const source = (0, import_node_fs.readFileSync)(program, "latin1");
  const file = cacheFile(program, key);
  const cachedData = file === void 0 ? void 0 : readCache(file.path);
  const script = new import_node_vm.default.Script(import_node_module.default.wrap(source), {
    filename: program,
    cachedData,
    importModuleDynamically: import_node_vm.default.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  if (file !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true))
    process.once("exit", (code) => code === 0 && writeCache(file, script));
  const wrapper = script.runInThisContext();
  const module2 = { exports: {}, filename: program, id: program };
  wrapper.call(
    module2.exports,
    module2.exports,
    (0, import_node_module.createRequire)(program),
    module2,
    program,
    import_node_path.default.dirname(program)
  );
}
function readCache(file) {
  try {
    return (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
}
var STALE_AFTER = 7 * 24 * 3600 * 1e3;
function writeCache(file, script) {
  try {
    const now = Date.now();
    for (const old of (0, import_node_fs.readdirSync)(file.dir)) {
      if (old.startsWith(`${file.stamp}-`)) continue;
      const at = import_node_path.default.join(file.dir, old);
      const { atimeMs, mtimeMs } = (0, import_node_fs.statSync)(at);
      if (now - Math.max(atimeMs, mtimeMs) > STALE_AFTER) (0, import_node_fs.rmSync)(at, { force: true });
    }
    const partial = `${file.path}.${process.pid}.partial`;
    (0, import_node_fs.writeFileSync)(partial, script.createCachedData(), { mode: 384 });
    (0, import_node_fs.renameSync)(partial, file.path);
  } catch {
  }
}

// src/cli/main.ts
runProgram(import_node_path2.default.join(__dirname, "cli-run.cjs"), {
  build: "cbcc6aad96b11af5",
  command: runOf(process.argv)
});

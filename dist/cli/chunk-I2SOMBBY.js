import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_LIMITS,
  TotalBytes,
  byPath,
  configuredLimits,
  loadCatalog
} from "./chunk-BDPTSPK4.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import {
  requirePath
} from "./chunk-4OHGSMT4.js";
import {
  makeIssue
} from "./chunk-UH3OXTXY.js";

// src/sources/read-folder.ts
import { constants as constants2 } from "node:fs";
import { lstat, open, readdir, stat } from "node:fs/promises";
import path from "node:path";

// src/sources/folder-files.ts
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
var FolderFiles = class {
  /**
   * `listed`: relative path -> full path, in path order. `unread` hears of a file that cannot be
   * read, with the reason: an error code, or TOO_LARGE / ENOTFILE.
   */
  constructor(listed, maxFileBytes, unread) {
    this.listed = listed;
    this.maxFileBytes = maxFileBytes;
    this.unread = unread;
  }
  listed;
  maxFileBytes;
  unread;
  get size() {
    return this.listed.size;
  }
  has(path2) {
    return this.listed.has(path2);
  }
  get(path2) {
    const full = this.listed.get(path2);
    if (full === void 0) return void 0;
    const bytes = readRegularFileSync(full, this.maxFileBytes);
    if (typeof bytes !== "string") return bytes;
    this.listed.delete(path2);
    this.unread(path2, bytes);
    return void 0;
  }
  keys() {
    return this.listed.keys();
  }
  *entries() {
    for (const path2 of [...this.listed.keys()]) {
      const bytes = this.get(path2);
      if (bytes) yield [path2, bytes];
    }
  }
  *values() {
    for (const [, bytes] of this.entries()) yield bytes;
  }
  forEach(callback, thisArg) {
    for (const [path2, bytes] of this.entries()) callback.call(thisArg, bytes, path2, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
function readRegularFileSync(full, maxBytes) {
  let fd;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    return e.code ?? String(e);
  }
  try {
    const stat2 = fstatSync(fd);
    if (!stat2.isFile()) return "ENOTFILE";
    if (stat2.size > maxBytes) return "TOO_LARGE";
    const buffer = readFileSync(fd);
    if (buffer.length > maxBytes) return "TOO_LARGE";
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  } catch (e) {
    return e.code ?? String(e);
  } finally {
    closeSync(fd);
  }
}

// src/sources/read-folder.ts
var MAX_DEPTH = 32;
var READ_BATCH = 64;
async function readCatalogFolder(dir, limits, onProgress, onDemand = false) {
  const root = path.resolve(dir);
  const reader = new FolderReader(root, limits ?? await ownLimits(root), onDemand);
  const problem = await stat(root).then(
    (s) => s.isDirectory() ? void 0 : [`${dir} is not a folder.`, "Give the path of the catalog folder."],
    (e) => [`${dir} cannot be read (${code(e)}).`, "Give the path of an existing catalog folder."]
  );
  if (problem) {
    reader.issue("not-a-folder", dir, problem[0], problem[1]);
  } else {
    await reader.walk("", 0);
    await (onDemand ? reader.sizeListed(onProgress) : reader.readListed(onProgress));
  }
  return reader.result();
}
async function ownLimits(root) {
  const config = await readRegularFile(path.join(root, "benchbench.yaml"), DEFAULT_LIMITS.maxFileBytes).catch(
    () => ""
  );
  return configuredLimits(typeof config === "string" ? void 0 : config);
}
var FolderReader = class {
  constructor(root, limits, onDemand) {
    this.root = root;
    this.limits = limits;
    this.onDemand = onDemand;
    this.total = new TotalBytes(limits.maxTotalBytes);
  }
  root;
  limits;
  onDemand;
  files = /* @__PURE__ */ new Map();
  /** With onDemand: the files admitted, relative path -> full path. */
  listed = /* @__PURE__ */ new Map();
  issues = [];
  total;
  /** The regular files found, with their full paths. */
  pending = [];
  issue(code2, file, message, hint) {
    this.issues.push(makeIssue({ code: code2, file, message, hint }));
  }
  /** Lists the folder `rel` (and those in it) into `pending`, with an issue for each entry not read. */
  async walk(rel, depth) {
    if (depth > MAX_DEPTH) {
      this.issue(
        "too-deep",
        rel,
        `Folders are nested more than ${MAX_DEPTH} deep; the rest is skipped.`,
        "Flatten the catalog."
      );
      return;
    }
    let entries;
    try {
      entries = await readdir(path.join(this.root, rel), { withFileTypes: true });
    } catch (e) {
      this.issue(
        "unreadable-file",
        rel || ".",
        `This folder cannot be read (${code(e)}).`,
        "Check its permissions."
      );
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(this.root, relPath);
      const inside = path.relative(this.root, full);
      if (inside.startsWith("..") || path.isAbsolute(inside) || entry.name.includes("\\")) {
        this.issue(
          "path-escape",
          relPath,
          "This path leads outside the catalog folder.",
          "Keep every file inside the catalog folder."
        );
      } else if (entry.isSymbolicLink()) {
        this.issue(
          "symlink",
          relPath,
          "Symbolic links are not read.",
          "Replace the link with the file itself."
        );
      } else if (entry.isDirectory()) {
        await this.walk(relPath, depth + 1);
      } else if (!entry.isFile()) {
        this.issue(
          "not-a-file",
          relPath,
          "This is not a regular file and is not read.",
          "Remove it from the catalog."
        );
      } else {
        this.pending.push({ path: relPath, full });
      }
    }
  }
  /** Reads the files listed, in path order, a batch at a time (bounded open files). */
  async readListed(onProgress) {
    const { pending, total } = this;
    pending.sort(byPath);
    for (let i = 0; i < pending.length; i += READ_BATCH) {
      const batch = pending.slice(i, i + READ_BATCH);
      if (total.issue()) batch.forEach((p) => total.admit(p.path, 0));
      else {
        const read = await Promise.all(
          batch.map((p) => readRegularFile(p.full, this.limits.maxFileBytes).catch((e) => code(e)))
        );
        batch.forEach((p, j) => this.record(p.path, read[j]));
      }
      onProgress?.(Math.min(i + READ_BATCH, pending.length), pending.length);
    }
  }
  /** Sizes the files listed, in path order, a batch at a time: those within the caps are read later. */
  async sizeListed(onProgress) {
    const { pending, total } = this;
    pending.sort(byPath);
    for (let i = 0; i < pending.length; i += READ_BATCH) {
      const batch = pending.slice(i, i + READ_BATCH);
      const sizes = await Promise.all(
        batch.map(
          (p) => lstat(p.full).then(
            (s) => fileSize(s, this.limits.maxFileBytes),
            (e) => code(e)
          )
        )
      );
      batch.forEach((p, j) => {
        const size = sizes[j];
        if (typeof size === "string") this.unread(p.path, size);
        else if (total.admit(p.path, size)) this.listed.set(p.path, p.full);
      });
      onProgress?.(Math.min(i + READ_BATCH, pending.length), pending.length);
    }
  }
  /** A file read (its bytes), or why it was not (an issue). */
  record(relPath, bytes) {
    if (typeof bytes === "string") this.unread(relPath, bytes);
    else if (this.total.admit(relPath, bytes.length)) this.files.set(relPath, bytes);
  }
  /** The issue of a file that is not read: `reason` is an error code, or TOO_LARGE / ENOTFILE. */
  unread(relPath, reason) {
    if (reason === "TOO_LARGE") {
      this.issue(
        "limit-file-bytes",
        relPath,
        `The file is larger than maxFileBytes (${this.limits.maxFileBytes} bytes) and is not read.`,
        "Split the file, or raise limits.max_file_bytes in benchbench.yaml."
      );
    } else if (reason === "ELOOP") {
      this.issue(
        "symlink",
        relPath,
        "Symbolic links are not read.",
        "Replace the link with the file itself."
      );
    } else {
      this.issue(
        "unreadable-file",
        relPath,
        `The file cannot be read (${reason}).`,
        "Check its permissions."
      );
    }
  }
  result() {
    const over = this.total.issue();
    if (over) this.issues.push(over);
    const files = this.onDemand ? new FolderFiles(this.listed, this.limits.maxFileBytes, (p, reason) => this.unread(p, reason)) : this.files;
    return { files, issues: this.issues };
  }
};
async function readRegularFile(full, maxBytes) {
  const handle = await open(full, constants2.O_RDONLY | constants2.O_NOFOLLOW);
  try {
    const stat2 = await handle.stat();
    if (!stat2.isFile()) return "ENOTFILE";
    if (stat2.size > maxBytes) return "TOO_LARGE";
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
var fileSize = (s, maxBytes) => s.isSymbolicLink() ? "ELOOP" : !s.isFile() ? "ENOTFILE" : s.size > maxBytes ? "TOO_LARGE" : s.size;
var code = (e) => e.code ?? String(e);

// src/cli/load.ts
async function readFolderFiles(dir, onDemand = false) {
  requirePath(dir, "folder");
  const bar = progress("reading");
  try {
    return await readCatalogFolder(dir, void 0, bar.update, onDemand);
  } finally {
    bar.done();
  }
}
async function loadCatalogFolder(dir, preset) {
  const read = await readFolderFiles(dir);
  const catalog = loadCatalog(read.files, preset ? { preset } : {});
  return { files: read.files, catalog, issues: [...read.issues, ...catalog.issues] };
}
async function catalogOfFolder(dir, preset) {
  const read = await readFolderFiles(dir, true);
  const catalog = loadCatalog(read.files, preset ? { preset } : {});
  return { catalog, issues: [...read.issues, ...catalog.issues] };
}

export {
  readFolderFiles,
  loadCatalogFolder,
  catalogOfFolder
};

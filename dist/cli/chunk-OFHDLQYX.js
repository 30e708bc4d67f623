import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_LIMITS,
  TotalBytes,
  byPath,
  configuredLimits,
  loadCatalog
} from "./chunk-XS2NRSB6.js";
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
import { constants } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
var MAX_DEPTH = 32;
var READ_BATCH = 64;
async function readCatalogFolder(dir, limits, onProgress) {
  const root = path.resolve(dir);
  if (limits === void 0) {
    const config = await readRegularFile(
      path.join(root, "benchbench.yaml"),
      DEFAULT_LIMITS.maxFileBytes
    ).catch(() => "");
    limits = configuredLimits(typeof config === "string" ? void 0 : config);
  }
  const cap = limits.maxFileBytes;
  const total = new TotalBytes(limits.maxTotalBytes);
  const files = /* @__PURE__ */ new Map();
  const issues = [];
  const issue = (code2, file, message, hint) => issues.push(makeIssue({ code: code2, file, message, hint }));
  try {
    if (!(await stat(root)).isDirectory()) {
      issue("not-a-folder", dir, `${dir} is not a folder.`, "Give the path of the catalog folder.");
      return { files, issues };
    }
  } catch (e) {
    issue(
      "not-a-folder",
      dir,
      `${dir} cannot be read (${code(e)}).`,
      "Give the path of an existing catalog folder."
    );
    return { files, issues };
  }
  const walk = async (rel, depth) => {
    if (depth > MAX_DEPTH) {
      issue(
        "too-deep",
        rel,
        `Folders are nested more than ${MAX_DEPTH} deep; the rest is skipped.`,
        "Flatten the catalog."
      );
      return;
    }
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (e) {
      issue(
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
      const full = path.join(root, relPath);
      const inside = path.relative(root, full);
      if (inside.startsWith("..") || path.isAbsolute(inside) || entry.name.includes("\\")) {
        issue(
          "path-escape",
          relPath,
          "This path leads outside the catalog folder.",
          "Keep every file inside the catalog folder."
        );
      } else if (entry.isSymbolicLink()) {
        issue("symlink", relPath, "Symbolic links are not read.", "Replace the link with the file itself.");
      } else if (entry.isDirectory()) {
        await walk(relPath, depth + 1);
      } else if (!entry.isFile()) {
        issue(
          "not-a-file",
          relPath,
          "This is not a regular file and is not read.",
          "Remove it from the catalog."
        );
      } else {
        pending.push({ path: relPath, full });
      }
    }
  };
  const pending = [];
  const record = (relPath, bytes) => {
    if (typeof bytes !== "string") {
      if (total.admit(relPath, bytes.length)) files.set(relPath, bytes);
    } else if (bytes === "TOO_LARGE") {
      issue(
        "limit-file-bytes",
        relPath,
        `The file is larger than maxFileBytes (${cap} bytes) and is not read.`,
        "Split the file, or raise limits.max_file_bytes in benchbench.yaml."
      );
    } else if (bytes === "ELOOP") {
      issue("symlink", relPath, "Symbolic links are not read.", "Replace the link with the file itself.");
    } else {
      issue("unreadable-file", relPath, `The file cannot be read (${bytes}).`, "Check its permissions.");
    }
  };
  await walk("", 0);
  pending.sort(byPath);
  for (let i = 0; i < pending.length; i += READ_BATCH) {
    const batch = pending.slice(i, i + READ_BATCH);
    if (total.issue()) batch.forEach((p) => total.admit(p.path, 0));
    else {
      const read = await Promise.all(
        batch.map((p) => readRegularFile(p.full, cap).catch((e) => code(e)))
      );
      batch.forEach((p, j) => record(p.path, read[j]));
    }
    onProgress?.(Math.min(i + READ_BATCH, pending.length), pending.length);
  }
  const over = total.issue();
  if (over) issues.push(over);
  return { files, issues };
}
async function readRegularFile(full, maxBytes) {
  const handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat2 = await handle.stat();
    if (!stat2.isFile()) return "ENOTFILE";
    if (stat2.size > maxBytes) return "TOO_LARGE";
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
var code = (e) => e.code ?? String(e);

// src/cli/load.ts
async function readFolderFiles(dir) {
  requirePath(dir, "folder");
  const bar = progress("reading");
  try {
    return await readCatalogFolder(dir, void 0, bar.update);
  } finally {
    bar.done();
  }
}
async function loadCatalogFolder(dir, preset) {
  const read = await readFolderFiles(dir);
  const catalog = loadCatalog(read.files, preset ? { preset } : {});
  return { files: read.files, catalog, issues: [...read.issues, ...catalog.issues] };
}

export {
  readFolderFiles,
  loadCatalogFolder
};

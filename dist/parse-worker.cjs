"use strict";

// src/sources/parse-worker.ts
var import_node_worker_threads = require("node:worker_threads");

// src/model/issue.ts
var error = { severities: ["error"] };
var warning = { severities: ["warning"] };
var note = { severities: ["note"] };
var ISSUE_CODES = {
  // Reading the folder or the commit (src/sources).
  "not-a-folder": error,
  "unreadable-file": error,
  "too-deep": error,
  "path-escape": error,
  symlink: error,
  submodule: error,
  "not-a-file": error,
  "limit-file-bytes": error,
  "limit-total-bytes": {
    severities: ["error"],
    hint: "Raise limits.max_total_bytes in benchbench.yaml, or keep the catalog smaller."
  },
  // Text and YAML.
  utf16: error,
  "invalid-utf8": error,
  "nul-byte": error,
  "yaml-syntax": error,
  "yaml-duplicate-key": error,
  "yaml-tag": error,
  "yaml-alias": error,
  "limit-yaml-chars": error,
  "limit-yaml-depth": error,
  "limit-yaml-keys": error,
  "unknown-key": error,
  "missing-key": error,
  "wrong-type": error,
  "invalid-value": error,
  "duplicate-value": error,
  // Catalog files.
  "missing-config": error,
  "missing-metadata": error,
  "orphan-metadata": warning,
  "unknown-file": note,
  "duplicate-benchmark-id": error,
  /** An error in a catalog; a warning in `import-benchbench` (the copy sharing most models is kept). */
  "duplicate-scenario": { severities: ["error", "warning"] },
  /** An error in a catalog or an upload; a note in `import-benchbench` (the higher score is kept). */
  "duplicate-model": { severities: ["error", "note"] },
  "empty-scenario": warning,
  /** An error when the metadata declares the scenario `lower`, a warning otherwise. */
  "unknown-scenario": { severities: ["warning", "error"] },
  "conflicting-direction": error,
  "unknown-aggregate-scenario": warning,
  "preset-scenario-absent": {
    severities: ["note"],
    hint: "Nothing to do, unless the catalog should have it: add its results, with `scenarios.<id>.name` set to that display name."
  },
  "aggregate-too-small": error,
  "unknown-leaderboard-scenario": warning,
  "model-id-not-normalised": warning,
  "alias-conflict": error,
  "empty-model-id": error,
  // Results CSV.
  "empty-file": error,
  "no-rows": error,
  "csv-syntax": error,
  "missing-model-column": error,
  "empty-column-name": error,
  /** An error in a catalog; a warning in `import-benchbench` (read as pandas does). */
  "duplicate-column": { severities: ["error", "warning"] },
  "column-count": error,
  /** A warning in a catalog; a note in `import-benchbench`. */
  "short-row": { severities: ["warning", "note"] },
  "empty-model": error,
  "empty-scenario-name": error,
  "non-numeric-score": error,
  "non-finite-score": error,
  "spreadsheet-formula": error,
  "missing-score": note,
  "limit-rows": error,
  "limit-columns": error,
  "limit-time": error,
  "limit-files": error,
  "limit-issues": { severities: ["error"], hint: "Fix the issues shown first: they often cause the rest." },
  "invisible-character": error,
  "limit-cell-chars": error,
  // Pull-request report.
  "config-from-base": note,
  "unmatched-model": note,
  // `benchbench import-benchbench`.
  "unsafe-file-name": error,
  "unrecognised-file-name": note,
  "invalid-snapshot": warning,
  "unknown-lower-is-better": warning,
  "unsupported-long-format": error,
  "blank-column-name": error,
  "duplicate-scenario-column": note,
  "missing-model": error,
  "long-row": error,
  "invalid-score": error,
  "scenario-id-collision": warning
};
function makeIssue(input) {
  const rule = ISSUE_CODES[input.code];
  const severity = input.severity ?? rule.severities[0];
  if (!rule.severities.includes(severity)) {
    throw new Error(`issue code ${input.code} is never a ${severity} (ISSUE_CODES)`);
  }
  const hint2 = rule.hint ?? input.hint;
  return {
    severity,
    code: input.code,
    file: input.file,
    ...input.line !== void 0 && { line: input.line },
    ...input.column !== void 0 && { column: input.column },
    message: input.message,
    ...hint2 !== void 0 && { hint: hint2 }
  };
}

// src/catalog/text-position.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  text;
  /** Offset of the first character of each line. */
  starts = [0];
  /** Offset of the first character of a 1-based line (the text's length past the end). */
  lineStart(line) {
    return this.starts[line - 1] ?? this.text.length;
  }
  positionAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};

// src/catalog/decode-text.ts
var hint = 'Save the file as UTF-8 (in most editors: "Save with encoding" -> UTF-8).';
function decodeText(file, bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return fail(
      file,
      "utf16",
      "The file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8.",
      1,
      1
    );
  }
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const body = bytes.subarray(start);
  const text = utf8(body);
  if (text !== void 0 && !text.includes("\0"))
    return { text, issues: [], ...text.length === body.length && { units: body } };
  const nul = body.indexOf(0);
  const badUtf8 = firstInvalidUtf8(body);
  const offset = badUtf8 < 0 ? nul : nul < 0 ? badUtf8 : Math.min(nul, badUtf8);
  const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body.subarray(0, offset), {
    stream: true
  });
  const { line, column } = new LineIndex(before).positionAt(before.length);
  const byte = start + offset;
  return offset === nul ? fail(
    file,
    "nul-byte",
    `NUL byte (0x00) at byte offset ${byte}: this is not a text file.`,
    line,
    column,
    looksUtf16(body)
  ) : fail(
    file,
    "invalid-utf8",
    `The byte at offset ${byte} (0x${hex(bytes[byte])}) is not valid UTF-8.`,
    line,
    column
  );
}
function fail(file, code, message, line, column, extra = "") {
  return { issues: [makeIssue({ code, file, line, column, message, hint: extra + hint })] };
}
function firstInvalidUtf8(bytes) {
  if (ok(bytes, bytes.length, false)) return -1;
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (ok(bytes, mid, true)) lo = mid;
    else hi = mid - 1;
  }
  if (ok(bytes, lo, false)) return lo;
  let offset = lo;
  while (offset > 0 && (bytes[offset - 1] & 192) === 128) offset--;
  return offset > 0 ? offset - 1 : 0;
}
function utf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function ok(bytes, length, stream) {
  try {
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream });
    return true;
  } catch {
    return false;
  }
}
var looksUtf16 = (bytes) => bytes.length > 1 && (bytes[1] === 0 || bytes[0] === 0) ? "It looks like UTF-16 without a byte order mark. " : "";
var hex = (b) => b.toString(16).padStart(2, "0").toUpperCase();

// src/catalog/grown.ts
function grown(array, size) {
  const copy = new array.constructor(Math.max(size, array.length));
  copy.set(array);
  return copy;
}

// src/catalog/invisible.ts
var INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uDB40[\uDC00-\uDDEF]/;
var NAMES = {
  173: "SOFT HYPHEN",
  847: "COMBINING GRAPHEME JOINER",
  1564: "ARABIC LETTER MARK",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8288: "WORD JOINER",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  65279: "ZERO WIDTH NO-BREAK SPACE"
};
function findInvisible(name) {
  const m = INVISIBLE.exec(name);
  if (!m) return void 0;
  const cp = m[0].codePointAt(0);
  let position = 1;
  for (let i = 0; i < m.index; i++) {
    const c = name.charCodeAt(i);
    if (!(c >= 56320 && c <= 57343 && i > 0 && name.charCodeAt(i - 1) >= 55296 && name.charCodeAt(i - 1) <= 56319))
      position++;
  }
  const hex2 = cp.toString(16).toUpperCase().padStart(4, "0");
  const tag = cp >= 917504 && cp <= 917631 ? "TAG CHARACTER" : NAMES[cp];
  return { position, label: `U+${hex2}${tag ? ` ${tag}` : ""}` };
}

// src/catalog/own-string.ts
function ownString(text) {
  return text.length < 13 ? text : text.split("").join("");
}

// src/catalog/model-spellings.ts
function spellingHash(units, start, end) {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, units[i]);
  return hashEnd(h);
}
var HASH_START = 2166136261;
var hashStep = (h, unit) => Math.imul(h ^ unit, 16777619);
var hashEnd = (h) => h & 1073741823;
var ModelSpellings = class {
  /** Spelling n, as first met. */
  written = [];
  /** The file being read (startFile), and spelling n -> its index in that file if stamped with it. */
  file = 0;
  stamp = new Int32Array(256);
  indexIn = new Int32Array(256);
  /** Spelling n -> 1 when it holds an invisible character (invisible.ts), looked at once, when added. */
  invisible = new Uint8Array(256);
  /** How many spellings hold one: none, the common case, lets a file's names go unlooked at. */
  invisibleCount = 0;
  /** Spelling n -> 1 + the spelling that followed it on the next row the last time (0: none yet). */
  next = new Int32Array(256);
  hashes = new Int32Array(256);
  /** The code units of every spelling, one after the other: spelling n is pool[from[n], from[n + 1]). */
  pool = new Uint16Array(4096);
  from = new Int32Array(257);
  /** Open addressing: slot -> spelling number + 1 (0 = empty), at most half full. */
  slots = new Int32Array(1024);
  scratch = new Uint16Array(64);
  /** Starts reading a file: no spelling has an index in it yet. */
  startFile() {
    this.file++;
  }
  /** The index spelling n was given in the file being read, if any (arrays, not a Map per file). */
  indexInFile(n) {
    return this.stamp[n] === this.file ? this.indexIn[n] : void 0;
  }
  setIndexInFile(n, index) {
    this.stamp[n] = this.file;
    this.indexIn[n] = index;
  }
  /** Whether spelling n holds an invisible character (invisible.ts). */
  holdsInvisible(n) {
    return this.invisible[n] === 1;
  }
  /** Whether any spelling so far holds an invisible character. */
  get anyInvisible() {
    return this.invisibleCount > 0;
  }
  /**
   * The number of a spelling, given on first sight. `after` is the number of the spelling on the
   * row before, when there is one: files tend to list models in the same order, so the spelling
   * that followed it last time is tried first.
   */
  numberOf(spelling, after = -1) {
    if (this.scratch.length < spelling.length) this.scratch = new Uint16Array(2 * spelling.length);
    const units = this.scratch;
    for (let i = 0; i < spelling.length; i++) units[i] = spelling.charCodeAt(i);
    return this.numberAt(units, 0, spelling.length, spelling, after);
  }
  /**
   * The number of the spelling units[start, end) (the code units of `text`), found without
   * cutting it out of the text: its hash (spellingHash, `h` when the caller has it) probes an
   * open-addressing table of numbers, and a hit is confirmed by comparing units with the
   * spelling's, kept in one pool. Only a spelling seen for the first time is cut from `text`.
   */
  numberAt(units, start, end, text, after = -1, h = spellingHash(units, start, end)) {
    let guess = after >= 0 ? this.next[after] - 1 : -1;
    for (let tries = 0; guess >= 0 && tries < 3; tries++) {
      if (this.hashes[guess] === h && this.sameUnits(guess, units, start, end)) {
        if (tries > 0) this.next[after] = guess + 1;
        return guess;
      }
      guess = this.next[guess] - 1;
    }
    const mask = this.slots.length - 1;
    let slot = h & mask;
    let n;
    for (; ; ) {
      const found = this.slots[slot] - 1;
      if (found < 0) {
        n = this.add(text.slice(start, end), units, start, end, h, slot);
        break;
      }
      if (this.hashes[found] === h && this.sameUnits(found, units, start, end)) {
        n = found;
        break;
      }
      slot = slot + 1 & mask;
    }
    if (after >= 0) this.next[after] = n + 1;
    return n;
  }
  sameUnits(n, units, start, end) {
    const from = this.from[n];
    if (this.from[n + 1] - from !== end - start) return false;
    const { pool } = this;
    for (let i = start; i < end; i++) if (pool[from + i - start] !== units[i]) return false;
    return true;
  }
  add(spelling, units, start, end, h, slot) {
    const n = this.written.length;
    if (n + 1 === this.stamp.length) this.growColumns();
    this.written.push(ownString(spelling));
    if (findInvisible(spelling)) {
      this.invisible[n] = 1;
      this.invisibleCount++;
    }
    this.hashes[n] = h;
    const at = this.from[n];
    if (at + end - start > this.pool.length) this.pool = grown(this.pool, 2 * (at + end - start));
    this.pool.set(units.subarray(start, end), at);
    this.from[n + 1] = at + end - start;
    this.slots[slot] = n + 1;
    if (2 * this.written.length > this.slots.length) this.rehash();
    return n;
  }
  growColumns() {
    const size = 2 * this.stamp.length;
    this.stamp = grown(this.stamp, size);
    this.indexIn = grown(this.indexIn, size);
    this.invisible = grown(this.invisible, size);
    this.next = grown(this.next, size);
    this.hashes = grown(this.hashes, size);
    this.from = grown(this.from, size + 1);
  }
  rehash() {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let n = 0; n < this.written.length; n++) {
      let slot = this.hashes[n] & mask;
      while (this.slots[slot] !== 0) slot = slot + 1 & mask;
      this.slots[slot] = n + 1;
    }
  }
};

// src/catalog/code-units.ts
var encoder = new TextEncoder();
function codeUnits(text) {
  const bytes = new Uint8Array(text.length);
  const { read, written } = encoder.encodeInto(text, bytes);
  if (read === text.length && written === text.length) return bytes;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error2 = parser.parse(data, true, push, close);
      if (error2 !== void 0) throw error2;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error2 = parser.parse(data, true, push, close);
  if (error2 !== void 0) throw error2;
  return records;
};

// src/catalog/quote-free-lines.ts
function quoteFreeLines(source, maxRecords, maxRecordSize) {
  let capacity = 1;
  for (let i = source.indexOf("\n"); i >= 0 && capacity <= maxRecords; i = source.indexOf("\n", i + 1))
    capacity++;
  capacity = Math.min(capacity, maxRecords);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const lines = new Int32Array(capacity);
  let count = 0;
  let start = 0;
  for (let line = 1; start < source.length && count < maxRecords; line++) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    if (end > start) {
      if (3 * (end - start) > maxRecordSize) return void 0;
      starts[count] = start;
      ends[count] = end;
      lines[count] = line;
      count++;
    }
    start = end + 1;
  }
  return { count, starts, ends, lines };
}
function splitLine(source, start, end) {
  const cells = [];
  let cell = start;
  for (let i = start; i < end; i++) {
    if (source.charCodeAt(i) === 44) {
      cells.push(source.slice(cell, i));
      cell = i + 1;
    }
  }
  cells.push(source.slice(cell, end));
  return cells;
}
function isBlankLine(source, start, end) {
  const first = source.charCodeAt(start);
  if (first > 32 && first < 127 && first !== 44) return false;
  BLANK.lastIndex = start;
  return BLANK.test(source) && BLANK.lastIndex >= end;
}
var BLANK = /(?:[^\S\n]|,)*/y;

// src/catalog/record-source.ts
var QUOTE_HINT = 'Quote a cell that holds a comma or a quote, and double every quote inside it: "a ""b"", c".';
var CSV_OPTIONS = {
  bom: false,
  relax_column_count: true,
  skip_empty_lines: true,
  record_delimiter: "\n"
};
function readRecords(source, limits, report) {
  const at = report;
  const options = {
    ...CSV_OPTIONS,
    to: limits.maxRows + 2,
    max_record_size: (limits.maxCellChars + 3) * (limits.maxColumns + 1)
  };
  const lineIndex = lazyLineIndex(source);
  const records = source.includes('"') ? csvParseSource(source, options, lineIndex, at) : quoteFreeSource(source, options) ?? csvParseSource(source, options, lineIndex, at);
  if (!records) return void 0;
  const places = placesOf(source, records);
  const kept = new Int32Array(records.count);
  let count = 0;
  for (let r = 0; r < records.count; r++) {
    if (r > limits.maxRows) {
      at(
        "error",
        "limit-rows",
        { line: places.line(r), column: 1 },
        `The file has more than ${limits.maxRows} rows; the limit maxRows is ${limits.maxRows}.`,
        "Split the file, or raise limits.max_rows in benchbench.yaml."
      );
      return void 0;
    }
    if (r > 0 && records.isBlank(r)) continue;
    kept[count++] = r;
  }
  return {
    row: (r) => records.row(r),
    kept: kept.subarray(0, count),
    places,
    ...records.quoteFree && { quoteFree: records.quoteFree }
  };
}
var lazyLineIndex = (source) => {
  let index;
  return () => index ??= new LineIndex(source);
};
function quoteFreeSource(source, options) {
  const lines = quoteFreeLines(source, options.to, options.max_record_size);
  if (!lines) return void 0;
  let lastRow = -1;
  let lastCells = [];
  const row = (r) => {
    if (r !== lastRow) [lastRow, lastCells] = [r, splitLine(source, lines.starts[r], lines.ends[r])];
    return lastCells;
  };
  return {
    count: lines.count,
    row,
    start: (r) => r < lines.count ? lines.starts[r] : source.length,
    isBlank: (r) => isBlankLine(source, lines.starts[r], lines.ends[r]),
    line: (r) => lines.lines[r],
    // A quote-free record is one line, whose number is known.
    position: (r, offset) => ({ line: lines.lines[r], column: offset - lines.starts[r] + 1 }),
    quoteFree: lines
  };
}
function csvParseSource(source, options, lineIndex, at) {
  const collected = [];
  try {
    parse(source, {
      ...options,
      on_record: (record, context) => {
        collected.push({ record, lines: context.lines });
        return null;
      }
    });
  } catch (e) {
    const last = collected[collected.length - 1];
    syntaxError(source, lineIndex(), last ? lineIndex().lineStart(last.lines + 1) : 0, e, at);
    return void 0;
  }
  const records = collected.map((c) => c.record);
  const starts = collected.map(({ record, lines }) => lineIndex().lineStart(lines - newlines(record)));
  const start = (r) => starts[r];
  return {
    count: records.length,
    row: (r) => records[r],
    start,
    isBlank: (r) => records[r].every((t) => t.trim() === ""),
    line: (r) => lineIndex().positionAt(start(r)).line,
    position: (_, offset) => lineIndex().positionAt(offset)
  };
}
function placesOf(source, records) {
  const fieldCache = /* @__PURE__ */ new Map();
  const fields = (r) => {
    let f = fieldCache.get(r);
    if (!f) fieldCache.set(r, f = scanRecord(source, records.start(r)));
    return f;
  };
  return {
    line: (r) => records.line(r),
    cell(r, i) {
      const record = records.row(r);
      if (i >= record.length) {
        const last = this.cell(r, record.length - 1);
        return { line: last.line, column: last.column + record[record.length - 1].trim().length };
      }
      const raw = record[i];
      const start = fields(r)[i]?.start ?? 0;
      const lead = raw.length - raw.trimStart().length;
      const quoted = source[start] === '"';
      return records.position(r, start + (quoted || lead === raw.length ? 0 : lead));
    }
  };
}
var newlines = (record) => record.reduce((n, t) => n + (t.match(/\n/g)?.length ?? 0), 0);
function scanRecord(source, start) {
  const fields = [];
  let fieldStart = start;
  let afterQuote;
  let i = start;
  while (i <= source.length) {
    if (i === fieldStart && source[i] === '"') {
      let j = i + 1;
      for (; ; ) {
        const q = source.indexOf('"', j);
        if (q < 0) {
          fields.push({ start: fieldStart, afterQuote: -1 });
          return fields;
        }
        if (source[q + 1] === '"') j = q + 2;
        else {
          afterQuote = q + 1;
          i = q + 1;
          break;
        }
      }
      continue;
    }
    const c = source[i];
    if (c === "," || c === "\n" || i === source.length) {
      fields.push(afterQuote === void 0 ? { start: fieldStart } : { start: fieldStart, afterQuote });
      if (c !== ",") return fields;
      fieldStart = i + 1;
      afterQuote = void 0;
    }
    i++;
  }
  return fields;
}
function syntaxError(source, index, start, e, at) {
  if (e.code === "CSV_MAX_RECORD_SIZE") {
    at(
      "error",
      "limit-cell-chars",
      { line: e.lines },
      "A record is longer than the limits allow (maxCellChars per cell and maxColumns cells).",
      "Check the quotes of this line (an unclosed quote swallows the rest of the file), or raise limits in benchbench.yaml."
    );
    return;
  }
  while (source[start] === "\n") start++;
  const fields = scanRecord(source, start);
  const field = fields[e.column ?? 0];
  let offset;
  let message = `The CSV cannot be read: ${e.message}`;
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    offset = fields.find((f) => f.afterQuote === -1)?.start;
    message = "This quote is never closed.";
  } else if (e.code === "INVALID_OPENING_QUOTE" && field) {
    offset = source.indexOf('"', field.start);
    message = "A quote inside a cell that does not start with a quote.";
  } else if (e.code === "CSV_INVALID_CLOSING_QUOTE" && field?.afterQuote !== void 0 && field.afterQuote >= 0) {
    offset = field.afterQuote;
    message = "Text follows the closing quote of a quoted cell.";
  }
  const place = offset === void 0 || offset < 0 ? { line: e.lines } : index.positionAt(offset);
  at("error", "csv-syntax", place, message, QUOTE_HINT);
}

// src/catalog/score-list.ts
var ScoreList = class {
  count = 0;
  modelIndex;
  values;
  /** The record of each score. */
  records;
  constructor(capacity) {
    this.modelIndex = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.records = new Int32Array(capacity);
  }
  push(model, value, record) {
    if (this.count === this.values.length) this.grow(Math.max(16, 2 * this.count));
    this.modelIndex[this.count] = model;
    this.values[this.count] = value;
    this.records[this.count] = record;
    this.count++;
  }
  /** The arrays cut to the scores read (copied only when capacity is left over). */
  done() {
    if (this.count < this.values.length) this.grow(this.count);
    return { modelIndex: this.modelIndex, values: this.values, records: this.records };
  }
  /** Moves the scores into arrays of `capacity` (at least `count`). */
  grow(capacity) {
    const modelIndex = new Int32Array(capacity);
    const values = new Float64Array(capacity);
    const records = new Int32Array(capacity);
    modelIndex.set(this.modelIndex.subarray(0, this.count));
    values.set(this.values.subarray(0, this.count));
    records.set(this.records.subarray(0, this.count));
    [this.modelIndex, this.values, this.records] = [modelIndex, values, records];
  }
};

// src/catalog/parse-csv.ts
var MISSING = /* @__PURE__ */ new Set(["", "-", "na", "n/a", "nan"]);
var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseResultsCsv(file, text, limits, spellings = new ModelSpellings(), units) {
  const issues = [];
  const at = (severity, code, place, message, hint2) => issues.push(makeIssue({ severity, code, file, line: place.line, column: place.column, message, hint: hint2 }));
  const source = readableText(text, limits, at);
  const records = source === void 0 ? void 0 : readRecords(source, limits, at);
  const header = records && readHeader(records, limits, at);
  if (source === void 0 || !records || !header) return emptyResults(issues);
  const sourceUnits = units && source === text ? units : void 0;
  const results = new ResultsFile(source, records, header, limits, spellings, at, sourceUnits);
  results.readRows();
  missingNotes(results.missing, at);
  return results.results(issues);
}
function readableText(text, limits, at) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.maxFileBytes) {
    at(
      "error",
      "limit-file-bytes",
      {},
      `The file is ${bytes} bytes; the limit maxFileBytes is ${limits.maxFileBytes}.`,
      "Split the file, or raise limits.max_file_bytes in benchbench.yaml."
    );
    return void 0;
  }
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
var emptyResults = (issues) => ({
  modelNames: [],
  modelSpellings: new Int32Array(0),
  models: [],
  modelLines: new Int32Array(0),
  scenarios: [],
  issues
});
function readHeader(records, limits, at) {
  const { kept, places } = records;
  if (kept.length === 0) {
    at(
      "error",
      "empty-file",
      {},
      "The file is empty.",
      "Write a header line `model,<scenario>...` and one row per model."
    );
    return void 0;
  }
  const header = records.row(kept[0]).map((raw, i) => ({
    text: raw.trim(),
    ...places.cell(kept[0], i)
  }));
  if (header.length > limits.maxColumns) {
    at(
      "error",
      "limit-columns",
      header[limits.maxColumns],
      `The header has ${header.length} columns; the limit maxColumns is ${limits.maxColumns}.`,
      "Split the file, or raise limits.max_columns in benchbench.yaml."
    );
    return void 0;
  }
  return header[0].text.toLowerCase() === "model" ? header : missingModelColumn(header, at);
}
function missingModelColumn(header, at) {
  const first = header[0];
  const elsewhere = header.findIndex((c) => c.text.toLowerCase() === "model");
  const separator = header.length === 1 ? [";", "	", "|"].find((s) => first.text.includes(s)) : void 0;
  const hint2 = elsewhere > 0 ? `Move the \`model\` column (column ${elsewhere + 1}) to the front.` : separator ? `The header seems to use ${JSON.stringify(separator)} between cells; use commas.` : `Rename the first column ${JSON.stringify(first.text)} to \`model\`: the header must start with \`model,\`.`;
  at(
    "error",
    "missing-model-column",
    first,
    `The first column is ${JSON.stringify(first.text)}, not \`model\`.`,
    hint2
  );
  return void 0;
}
function usableColumns(header, limits, at) {
  const seenColumn = /* @__PURE__ */ new Map();
  return header.map((cell, i) => {
    if (i > 0 && cell.text === "") {
      at(
        "error",
        "empty-column-name",
        cell,
        `Column ${i + 1} has no name.`,
        "Name every column, or delete the empty column."
      );
      return false;
    }
    if (!cellOk(cell.text, () => cell, limits, at)) return false;
    if (isFormula(cell.text)) {
      formula(at, cell.text, cell);
      return false;
    }
    const previous = seenColumn.get(cell.text.toLowerCase());
    if (previous !== void 0) {
      at(
        "error",
        "duplicate-column",
        cell,
        `Column ${i + 1} repeats the name ${JSON.stringify(cell.text)} of column ${previous + 1}.`,
        "Give every column a distinct name; the first of the two is used."
      );
      return false;
    }
    seenColumn.set(cell.text.toLowerCase(), i);
    return true;
  });
}
function missingNotes(missing, at) {
  for (const [spelling, { count, first }] of missing) {
    const s = count > 1 ? "s" : "";
    const what = spelling === "" ? `blank cell${s}` : `cell${s} written ${JSON.stringify(spelling)}`;
    at(
      "note",
      "missing-score",
      first,
      `${count} ${what} read as missing score${s} (the first here).`,
      "A missing score is fine: the model is left out of that scenario. An empty cell is the preferred spelling."
    );
  }
}
function formula(at, t, place) {
  at(
    "error",
    "spreadsheet-formula",
    place,
    `The cell ${JSON.stringify(t.slice(0, 40))} looks like a spreadsheet formula.`,
    "Export values, not formulas; a cell must not start with =, + or @ unless it is a number."
  );
}
var ResultsFile = class {
  constructor(source, records, header, limits, spellings, at, units) {
    this.records = records;
    this.limits = limits;
    this.spellings = spellings;
    this.at = at;
    this.places = records.places;
    this.width = header.length;
    const usable = usableColumns(header, limits, at);
    const names = header.map((c) => c.text.toLowerCase());
    this.scenarioCol = names.indexOf("scenario");
    this.scoreCol = names.indexOf("score");
    this.format = this.scenarioCol > 0 && this.scoreCol > 0 ? "long" : "wide";
    const wideScenarios = [];
    if (this.format === "wide")
      header.forEach(
        (cell, i) => wideScenarios[i] = i > 0 && usable[i] ? this.scenario(cell.text, () => cell, i) : void 0
      );
    spellings.startFile();
    this.models = new FileModels(records.kept.length);
    if (records.kept.length === 1) {
      at(
        "error",
        "no-rows",
        { line: header[0].line },
        "The file has a header but no rows of scores.",
        "Add one row per model below the header."
      );
    }
    this.plain = {
      source,
      units: records.quoteFree && this.format === "wide" ? units ?? codeUnits(source) : new Uint8Array(0),
      maxCellChars: limits.maxCellChars,
      cellEnds: new Int32Array(this.width),
      values: new Float64Array(this.width),
      spellings,
      scenarios: wideScenarios,
      models: this.models,
      countMissing: (r, i) => this.countMissing("", r, i)
    };
  }
  records;
  limits;
  spellings;
  at;
  format;
  /** Missing-score spelling -> how many, and the first cell. */
  missing = /* @__PURE__ */ new Map();
  places;
  width;
  scenarioCol;
  scoreCol;
  scenarios = /* @__PURE__ */ new Map();
  plain;
  /** The file's models: spelling number and record of first appearance. */
  models;
  scenario(id, place, field) {
    let s = this.scenarios.get(id);
    if (!s) {
      const { line, column } = place();
      const capacity = this.format === "wide" ? this.records.kept.length - 1 : 16;
      s = { id: ownString(id), line, column, field, scores: new ScoreList(capacity), rows: /* @__PURE__ */ new Map() };
      this.scenarios.set(id, s);
    }
    return s;
  }
  readRows() {
    const { kept, quoteFree } = this.records;
    if (quoteFree && this.format === "wide")
      readPlainRows(this.plain, kept, quoteFree, (r) => this.readRow(r));
    else for (let k = 1; k < kept.length; k++) this.readRow(kept[k]);
  }
  /** Any row: its cell count and sizes checked, its model named, then its scores. */
  readRow(r) {
    const { at, places, width } = this;
    const row = this.records.row(r);
    if (row.length > width) {
      at(
        "error",
        "column-count",
        places.cell(r, width),
        `This row has ${row.length} cells; the header has ${width}.`,
        `Remove the extra cells, or quote a cell that contains a comma. ${QUOTE_HINT}`
      );
      return;
    }
    if (row.length < width) {
      at(
        "warning",
        "short-row",
        places.cell(r, row.length),
        `This row has ${row.length} cell${row.length > 1 ? "s" : ""}; the header has ${width}. The missing cells are read as missing scores.`,
        "End the row with empty cells (commas) so that every row has as many cells as the header."
      );
    }
    for (let i = 0; i < row.length; i++) {
      if (row[i].length > this.limits.maxCellChars && !cellOk(row[i].trim(), () => places.cell(r, i), this.limits, at))
        return;
    }
    const model = this.modelOf(r, row);
    if (model === void 0) return;
    if (this.format === "wide") this.wideScores(r, row, model);
    else this.longScore(r, row, model);
  }
  /** The row's model (its name and index in the file, and whether it was named before), or undefined (an issue). */
  modelOf(r, row) {
    const { at } = this;
    const name = row[0].trim();
    if (name === "") {
      at(
        "error",
        "empty-model",
        this.places.cell(r, 0),
        "This row has no model name.",
        "Write the model name in the first cell, or delete the row."
      );
      return void 0;
    }
    if (isFormula(name)) {
      formula(at, name, this.places.cell(r, 0));
      return void 0;
    }
    const { spellings, models } = this;
    const spelling = spellings.numberOf(name, models.previous);
    models.previous = spelling;
    let m = spellings.indexInFile(spelling);
    const seen = m !== void 0;
    if (m === void 0) spellings.setIndexInFile(spelling, m = models.add(spelling, r));
    return { name, m, seen };
  }
  wideScores(r, row, model) {
    const { places } = this;
    if (model.seen) {
      this.at(
        "error",
        "duplicate-model",
        places.cell(r, 0),
        `Model ${JSON.stringify(model.name)} is listed twice: lines ${places.line(this.models.records[model.m])} and ${places.line(r)}.`,
        "Keep one row per model (the first is used)."
      );
      return;
    }
    for (let i = 1; i < this.width; i++) {
      const s = this.plain.scenarios[i];
      if (s === void 0 || i >= row.length) continue;
      const value = this.score(row[i].trim(), r, i);
      if (value !== void 0) s.scores.push(model.m, value, r);
    }
  }
  longScore(r, row, model) {
    const { at, places, scenarioCol, scoreCol } = this;
    const id = scenarioCol < row.length ? row[scenarioCol].trim() : "";
    if (id === "") {
      at(
        "error",
        "empty-scenario-name",
        places.cell(r, scenarioCol),
        "This row has no scenario name.",
        "Write the scenario id in the `scenario` column."
      );
      return;
    }
    if (isFormula(id)) {
      formula(at, id, places.cell(r, scenarioCol));
      return;
    }
    const value = scoreCol < row.length ? this.score(row[scoreCol].trim(), r, scoreCol) : void 0;
    const s = this.scenario(id, () => places.cell(r, scenarioCol), scoreCol);
    const previous = s.rows.get(model.name);
    if (previous !== void 0) {
      at(
        "error",
        "duplicate-model",
        places.cell(r, 0),
        `Model ${JSON.stringify(model.name)} is listed twice for scenario ${JSON.stringify(id)}: lines ${places.line(previous)} and ${places.line(r)}.`,
        "Keep one row per model and scenario (the first is used)."
      );
      return;
    }
    s.rows.set(model.name, r);
    if (value !== void 0) s.scores.push(model.m, value, r);
  }
  /** The score a trimmed cell holds, or undefined (a missing score, or an issue). */
  score(t, r, i) {
    const { at, places } = this;
    if (NUMBER.test(t)) {
      const v = Number(t);
      if (Number.isFinite(v)) return v;
      at(
        "error",
        "non-finite-score",
        places.cell(r, i),
        `The score ${JSON.stringify(t)} is too large to be a finite number.`,
        "Write a finite decimal number."
      );
      return void 0;
    }
    if (MISSING.has(t.toLowerCase())) {
      this.countMissing(t, r, i);
      return void 0;
    }
    if (/^[+-]?inf(inity)?$/i.test(t)) {
      at(
        "error",
        "non-finite-score",
        places.cell(r, i),
        `The score ${JSON.stringify(t)} is infinite.`,
        "Write a finite decimal number, or leave the cell empty for a missing score."
      );
      return void 0;
    }
    if (isFormula(t)) {
      formula(at, t, places.cell(r, i));
      return void 0;
    }
    const hint2 = /^[+-]?\d+(\.\d+)?\s*%$/.test(t) ? `Write the number without the percent sign (${t.replace(/\s*%$/, "")}).` : /^[+-]?\d+,\d+$/.test(t) ? `Use a decimal point, not a comma (${t.replace(",", ".")}).` : "Write a decimal number such as 71.3 or 0.713, or leave the cell empty for a missing score.";
    at(
      "error",
      "non-numeric-score",
      places.cell(r, i),
      `The score ${JSON.stringify(t)} is not a number.`,
      hint2
    );
    return void 0;
  }
  countMissing(t, r, i) {
    const m = this.missing.get(t);
    if (m) m.count++;
    else this.missing.set(t, { count: 1, first: this.places.cell(r, i) });
  }
  /** What was read, with places found on first use. */
  results(issues) {
    const { places } = this;
    const { quoteFree } = this.records;
    const modelSpellings = this.models.spellings.subarray(0, this.models.count);
    const modelRecords = this.models.records.subarray(0, this.models.count);
    const { written } = this.spellings;
    let modelNames;
    const names = () => modelNames ??= Array.from(modelSpellings, (n) => written[n]);
    let modelCells;
    let modelLines;
    return {
      format: this.format,
      get modelNames() {
        return names();
      },
      modelSpellings,
      get models() {
        return modelCells ??= names().map((text, i) => ({ text, ...places.cell(modelRecords[i], 0) }));
      },
      get modelLines() {
        if (!modelLines) {
          modelLines = new Int32Array(modelRecords.length);
          const lines = quoteFree?.lines;
          for (let i = 0; i < modelRecords.length; i++)
            modelLines[i] = lines ? lines[modelRecords[i]] : places.line(modelRecords[i]);
        }
        return modelLines;
      },
      scenarios: [...this.scenarios.values()].map((s) => parsedScenario(s, places, names)),
      issues
    };
  }
};
function parsedScenario(s, places, modelNames) {
  let cells;
  const { modelIndex, values, records } = s.scores.done();
  const place = (k) => places.cell(records[k], s.field);
  return {
    id: s.id,
    line: s.line,
    column: s.column,
    modelIndex,
    values,
    place,
    rowLine: (k) => places.line(records[k]),
    get cells() {
      return cells ??= Array.from(values, (value, k) => ({
        model: modelNames()[modelIndex[k]],
        value,
        ...place(k)
      }));
    }
  };
}
var FileModels = class {
  count = 0;
  previous = -1;
  spellings;
  records;
  constructor(capacity) {
    this.spellings = new Int32Array(capacity);
    this.records = new Int32Array(capacity);
  }
  /** Adds a model: its index in the file. */
  add(spelling, record) {
    this.spellings[this.count] = spelling;
    this.records[this.count] = record;
    return this.count++;
  }
};
function readPlainRows(p, kept, q, general) {
  const { units, source, maxCellChars, cellEnds, values, spellings, scenarios, models } = p;
  const { starts, ends } = q;
  const width = cellEnds.length;
  for (let k = 1; k < kept.length; k++) {
    const r = kept[k];
    const start = starts[r];
    const hash = scanPlainRow(units, source, start, ends[r], maxCellChars, cellEnds, values);
    if (hash < 0) {
      general(r);
      continue;
    }
    const spelling = spellings.numberAt(units, start, cellEnds[0], source, models.previous, hash);
    if (spellings.indexInFile(spelling) !== void 0) {
      general(r);
      continue;
    }
    models.previous = spelling;
    const m = models.add(spelling, r);
    spellings.setIndexInFile(spelling, m);
    for (let i = 1; i < width; i++) {
      const s = scenarios[i];
      if (s === void 0) continue;
      const value = values[i];
      if (value === value) s.scores.push(m, value, r);
      else p.countMissing(r, i);
    }
  }
}
function scanPlainRow(units, source, start, end, maxCellChars, cellEnds, values) {
  let i = start;
  let h = HASH_START;
  for (; i < end; i++) {
    const u = units[i];
    if (u === 44) break;
    h = hashStep(h, u);
  }
  if (i === start || i - start > maxCellChars || !plainName(units[start], units[i - 1])) return -1;
  cellEnds[0] = i;
  for (let cell = 1; cell < cellEnds.length; cell++) {
    if (i === end) return -1;
    const from = ++i;
    i = scanNumber(units, source, from, end, values, cell);
    if (i < 0 || i - from > maxCellChars) return -1;
    cellEnds[cell] = i;
  }
  return i === end ? hashEnd(h) : -1;
}
var plainName = (first, last) => first > 32 && first < 127 && first !== 61 && first !== 43 && first !== 64 && last > 32 && last < 127;
function scanNumber(units, source, from, end, values, cell) {
  let i = from;
  const sign = units[i];
  if (sign === 43 || sign === 45) i++;
  let digits = 0;
  let fraction = -1;
  let mantissa = 0;
  for (; i < end; i++) {
    const c = units[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else break;
  }
  if (digits > 0 && digits <= 15 && (i === end || units[i] === 44)) {
    const value2 = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
    values[cell] = sign === 45 ? -value2 : value2;
    return i;
  }
  let j = i;
  while (j < end && units[j] !== 44) j++;
  const value = j === from ? NaN : otherNumber(source.slice(from, j));
  if (value === void 0) return -1;
  values[cell] = value;
  return j;
}
var POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
function otherNumber(text) {
  if (!NUMBER.test(text)) return void 0;
  const value = Number(text);
  return Number.isFinite(value) ? value : void 0;
}
function isFormula(t) {
  const c = t.charCodeAt(0);
  return (c === 61 || c === 43 || c === 64) && !NUMBER.test(t);
}
function cellOk(text, place, limits, at) {
  if (text.length <= limits.maxCellChars) return true;
  at(
    "error",
    "limit-cell-chars",
    place(),
    `This cell has ${text.length} characters; the limit maxCellChars is ${limits.maxCellChars}.`,
    "Shorten the cell, or raise limits.max_cell_chars in benchbench.yaml."
  );
  return false;
}

// src/catalog/parsed-elsewhere.ts
function parseResultsFile(path, bytes, limits, spellings) {
  const { text, units, issues } = decodeText(path, bytes);
  if (text === void 0) return { readIssues: issues };
  return { readIssues: issues, parsed: parseResultsCsv(path, text, limits, spellings, units) };
}
var ParseSender = class {
  spellings = new ModelSpellings();
  sent = 0;
  /** The parse of one file to send, and the buffers to move with it. */
  parse(path, bytes, limits) {
    const { readIssues, parsed } = parseResultsFile(path, bytes, limits, this.spellings);
    const { written } = this.spellings;
    const newSpellings = written.slice(this.sent);
    this.sent = written.length;
    if (!parsed) return { sent: { readIssues, newSpellings }, transfer: [] };
    const scenarios = parsed.scenarios.map((s) => ({
      id: s.id,
      line: s.line,
      column: s.column,
      modelIndex: s.modelIndex,
      values: s.values,
      ...parsed.format === "long" && { rowLines: Int32Array.from(s.values, (_, k) => s.rowLine(k)) }
    }));
    const sent = {
      readIssues,
      newSpellings,
      parsed: {
        ...parsed.format && { format: parsed.format },
        modelSpellings: parsed.modelSpellings,
        modelLines: parsed.modelLines,
        scenarios,
        issues: parsed.issues
      }
    };
    const arrays = [parsed.modelSpellings, parsed.modelLines, ...scenarios.flatMap(arraysOf)];
    return { sent, transfer: [...new Set(arrays.map((a) => a.buffer))] };
  }
};
var arraysOf = (s) => s.rowLines ? [s.modelIndex, s.values, s.rowLines] : [s.modelIndex, s.values];

// src/sources/parse-worker.ts
var sender = new ParseSender();
import_node_worker_threads.parentPort?.on("message", ({ file, bytes, limits }) => {
  let reply;
  let transfer = [];
  try {
    const parse2 = sender.parse(file, bytes, limits);
    reply = { sent: parse2.sent };
    transfer = parse2.transfer;
  } catch (e) {
    reply = { failed: `parsing ${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  import_node_worker_threads.parentPort.postMessage(reply, transfer);
});

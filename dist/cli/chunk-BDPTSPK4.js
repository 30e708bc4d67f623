import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  benchbenchModelName,
  parse
} from "./chunk-R75JC2LW.js";
import {
  ACCESS_LEVELS,
  DEFAULT_METHOD,
  METHOD_KEYS,
  METHOD_KEY_NAMES
} from "./chunk-E462UKO2.js";
import {
  require_dist
} from "./chunk-4OHGSMT4.js";
import {
  Deadline,
  TimeLimitError
} from "./chunk-UEC6N6PC.js";
import {
  __commonJS,
  __toESM,
  capIssuesPerFile,
  makeIssue,
  pushAll,
  sortIssues
} from "./chunk-UH3OXTXY.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score2 = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score2 += ph >>> m - 1 & 1;
        score2 -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score2;
    };
    var distance3 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance3;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance3(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/catalog/did-you-mean.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var fold = (s) => s.toLowerCase().replace(/-/g, "_");
var SUGGESTION_BUDGET = 2e7;
var SuggestionBudget = class {
  left;
  constructor(total = SUGGESTION_BUDGET) {
    this.left = total;
  }
  /** Takes `cost` from the budget; false (and nothing taken) when that would overspend it. */
  spend(cost) {
    if (cost > this.left) return false;
    this.left -= cost;
    return true;
  }
  get spent() {
    return this.left <= 0;
  }
};
function didYouMean(word, candidates, budget = new SuggestionBudget()) {
  const w = fold(word);
  const limit = w.length <= 3 ? 1 : Math.max(2, Math.floor(w.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (!budget.spend(1)) return void 0;
    if (Math.abs(c.length - w.length) > limit + 1) continue;
    const f = fold(c);
    if (Math.abs(f.length - w.length) > limit) continue;
    if (!budget.spend(w.length * f.length)) return void 0;
    const d = (0, import_fastest_levenshtein.distance)(w, f);
    if (d < bestDistance || d === bestDistance && best !== void 0 && c < best)
      [best, bestDistance] = [c, d];
  }
  return bestDistance <= limit ? best : void 0;
}
function unknownKeyHint(word, allowed) {
  const guess = didYouMean(word, allowed);
  return guess !== void 0 ? `Did you mean \`${guess}\`?` : `Allowed keys here: ${allowed.map((k) => `\`${k}\``).join(", ")}.`;
}

// src/catalog/content-hash.ts
import { createHash } from "node:crypto";

// src/catalog/file-memo.ts
var FileMemo = class {
  entries = /* @__PURE__ */ new Map();
  /** The remembered value of `compute` for this step, path, bytes and dependencies, or a new one. */
  get(step, path, bytes, deps, compute) {
    const key = `${step}\0${path}`;
    const entry = this.entries.get(key);
    if (entry && sameBytes(entry.bytes, bytes) && entry.deps.length === deps.length && entry.deps.every((d, i) => d === deps[i])) {
      return entry.value;
    }
    const value = compute();
    this.entries.set(key, { bytes, deps, value });
    return value;
  }
  /** A value that belongs to no file (a model table): the same while `deps` are (===). */
  shared(step, deps, compute) {
    return this.get(step, "", NO_BYTES, deps, compute);
  }
};
var NO_BYTES = new Uint8Array(0);
function sameBytes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

// src/catalog/content-hash.ts
function contentHash(files) {
  const hash = createHash("sha256");
  for (const [path, bytes] of inPathOrder(files)) addFile(hash, path, bytes);
  return `sha256:${hash.digest("hex")}`;
}
var ContentHashes = class {
  /** The last catalog's files in path order, each with the hash's state after it. */
  after = [];
  of(files) {
    const list = [...inPathOrder(files)];
    let k = 0;
    while (k < list.length && k < this.after.length && sameFile(this.after[k], list[k])) k++;
    const hash = k > 0 ? this.after[k - 1].state.copy() : createHash("sha256");
    const after = this.after.slice(0, k);
    for (const [path, bytes] of list.slice(k)) {
      addFile(hash, path, bytes);
      after.push({ path, bytes, state: hash.copy() });
    }
    this.after = after;
    return `sha256:${hash.digest("hex")}`;
  }
};
var sameFile = (a, [path, bytes]) => a.path === path && sameBytes(a.bytes, bytes);
function* inPathOrder(files) {
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path);
    if (bytes !== void 0) yield [path, bytes];
  }
}
function addFile(hash, path, bytes) {
  const name = Buffer.from(path, "utf8");
  hash.update(length(name.length)).update(name).update(length(bytes.length)).update(bytes);
}
function length(n) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/regexes.js
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length2 <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse2 = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys2 = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys2, ...symbolKeys] : keys2;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys2),
    numKeys: keys2.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse2(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullish2(innerType) {
  return /* @__PURE__ */ optional(/* @__PURE__ */ nullable(innerType));
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniReadonly = /* @__PURE__ */ $constructor("ZodMiniReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function readonly(innerType) {
  return new ZodMiniReadonly({
    type: "readonly",
    innerType
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/core/count-below.ts
function countBelow(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/core/mean-win-rate.ts
function meanWinRate(rows, minScenarios) {
  const nModels = rows[0]?.length ?? 0;
  const presentIn = new Int32Array(nModels);
  for (const row of rows) for (let m = 0; m < nModels; m++) if (!Number.isNaN(row[m])) presentIn[m]++;
  const sum2 = new Float64Array(nModels);
  const count2 = new Int32Array(nModels);
  for (const row of rows) {
    const kept = [];
    for (let m = 0; m < nModels; m++)
      if (presentIn[m] >= minScenarios && !Number.isNaN(row[m])) kept.push(m);
    if (kept.length < 2) continue;
    const sorted = Float64Array.from(kept, (m) => row[m]).sort();
    for (const m of kept) {
      sum2[m] += countBelow(sorted, row[m]) / (kept.length - 1);
      count2[m]++;
    }
  }
  return Float64Array.from(sum2, (s, m) => count2[m] > 0 ? s / count2[m] : NaN);
}
var defaultMinScenarios = (configured) => Math.max(1, Math.floor(configured / 3));

// src/catalog/presets.ts
var PRESET_NAMES = ["benchbench-space"];
var PRESETS = {
  "benchbench-space": {
    aggregate: [
      "Helm Lite",
      "HF OpenLLM v2",
      "OpenCompass Academic",
      "LMSys Arena",
      "Helm Classic",
      "AlphacaEval v2lc",
      "LiveBench 240725",
      "WildBench Elo LC"
    ],
    minScenariosPerModel: 2,
    method: { correlation: "kendall", modelsPerSample: 8, samples: 10 }
  }
};
var loose = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_|_$/g, "");
function resolveScenarioNames(names2, scenarios) {
  const sorted = [...scenarios].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const steps = [
    (s, n) => s.id === n,
    (s, n) => s.name === n,
    (s, n) => loose(s.id) === loose(n) || loose(s.name) === loose(n)
  ];
  const ids = [];
  const missing = [];
  for (const name of names2) {
    let found;
    for (const step of steps) if (found = sorted.find((s) => step(s, name))) break;
    if (!found) missing.push(name);
    else if (!ids.includes(found.id)) ids.push(found.id);
  }
  return { ids, missing };
}
function missingPresetScenarios(preset, missing, at) {
  return missing.map(
    (name) => makeIssue({
      code: "preset-scenario-absent",
      severity: "note",
      ...at,
      message: `The preset ${preset} aggregates "${name}", which this catalog does not have; the aggregate is formed without it, as the BenchBench Space does.`
    })
  );
}
function withPreset(config2, name) {
  const preset = PRESETS[name];
  return {
    ...config2,
    preset: name,
    method: { ...config2.method, ...preset.method },
    aggregate: {
      scenarios: preset.aggregate,
      minScenariosPerModel: preset.minScenariosPerModel,
      byName: true
    }
  };
}
function resolvePresetAggregate(config2, places, scenarios, file) {
  if (!config2.aggregate.byName || !config2.preset) return { config: config2, places, issues: [] };
  const { ids, missing } = resolveScenarioNames(config2.aggregate.scenarios, scenarios);
  const at = {
    file,
    ...places[0]?.line !== void 0 && { line: places[0].line, column: places[0].column }
  };
  const { minScenariosPerModel } = config2.aggregate;
  return {
    config: { ...config2, aggregate: { scenarios: [...ids, ...missing], minScenariosPerModel } },
    places: ids.map((name) => ({ ...places[0], name })),
    issues: missingPresetScenarios(config2.preset, missing, at)
  };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
function sampleStandardDeviation(x) {
  var sampleVarianceX = sampleVariance(x);
  return Math.sqrt(sampleVarianceX);
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
function medianAbsoluteDeviation(x) {
  var medianValue = median(x);
  var medianAbsoluteDeviations = [];
  for (var i = 0; i < x.length; i++) {
    medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
  }
  return median(medianAbsoluteDeviations);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/core/sort-indices.ts
var RUN = 16;
var scratch = new Uint32Array(64);
function sortIndices(order2, n, primary, secondary) {
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, 2 * scratch.length));
  for (let i = 0; i < n; i++) order2[i] = i;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = order2[i];
      const pv = primary[v];
      const sv = secondary[v];
      let j = i - 1;
      while (j >= lo) {
        const w = order2[j];
        const pw = primary[w];
        if (pw < pv || pw === pv && secondary[w] <= sv) break;
        order2[j + 1] = w;
        j--;
      }
      order2[j + 1] = v;
    }
  }
  let src = order2;
  let dst = scratch;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = src[i];
        const b = src[j];
        const pa = primary[a];
        const pb = primary[b];
        if (pb < pa || pb === pa && secondary[b] < secondary[a]) {
          dst[k++] = b;
          j++;
        } else {
          dst[k++] = a;
          i++;
        }
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== order2) for (let i = 0; i < n; i++) order2[i] = src[i];
}

// src/core/average-ranks.ts
var keys = new Float64Array(64);
var order = new Uint32Array(64);
function averageRanks(values, out) {
  const n = values.length;
  const ranks = out ?? new Float64Array(n);
  if (ranks.length < n) throw new RangeError(`out holds ${ranks.length} values, fewer than ${n}`);
  if (keys.length < n) {
    keys = new Float64Array(Math.max(n, 2 * keys.length));
    order = new Uint32Array(keys.length);
  }
  for (let i = 0; i < n; i++) keys[i] = values[i];
  sortIndices(order, n, keys, keys);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && keys[order[end]] === keys[order[start]]) end++;
    const rank = 0.5 * (end + start + 1);
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

// src/core/plausibility.ts
var DEFAULT_PLAUSIBILITY = {
  madMultiplier: 3,
  minGapShare: 0.25,
  minModels: 10
};
function plausibility(scores, aggregate, models, thresholds = DEFAULT_PLAUSIBILITY) {
  const shared2 = [];
  for (let i = 0; i < models.length; i++) {
    if (Number.isFinite(scores[i]) && Number.isFinite(aggregate[i])) shared2.push(i);
  }
  const n = shared2.length;
  if (n < thresholds.minModels || n === 0) {
    return { shared: n, checked: false, medianGap: null, mad: null, threshold: null, flagged: [] };
  }
  const r = averageRanks(shared2.map((i) => -scores[i]));
  const a = averageRanks(shared2.map((i) => -aggregate[i]));
  const gaps = shared2.map((_, k) => Math.abs(r[k] - a[k]));
  const m = median(gaps);
  const mad = medianAbsoluteDeviation(gaps);
  const threshold = Math.max(m + thresholds.madMultiplier * mad, thresholds.minGapShare * n);
  const flagged = [];
  shared2.forEach((i, k) => {
    if (gaps[k] > threshold)
      flagged.push({ model: models[i], rank: r[k], aggregateRank: a[k], gap: gaps[k] });
  });
  flagged.sort((x, y) => y.gap - x.gap || (x.model < y.model ? -1 : x.model > y.model ? 1 : 0));
  return { shared: n, checked: true, medianGap: m, mad, threshold, flagged };
}

// src/core/saturation.ts
var DEFAULT_SATURATION = {
  nearBest: 0.02,
  saturatedShare: 0.25,
  topModels: 10,
  minTopSpread: 0.05,
  minModels: 10
};
var ROUNDING = 1e-9;
function saturation(scores, direction, thresholds = DEFAULT_SATURATION) {
  const sign = direction === "lower" ? 1 : -1;
  let n = 0;
  const losses = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i];
    if (Number.isFinite(v)) losses[n++] = sign * v;
  }
  if (n === 0) {
    return { models: 0, nearBest: 0, nearBestShare: null, topModels: 0, topSpread: null, saturated: null };
  }
  const values = losses.subarray(0, n).sort();
  if (values[n - 1] - values[0] === Infinity) for (let i = 0; i < n; i++) values[i] = values[i] / 2;
  const best = values[0];
  const range = values[n - 1] - best;
  const band = thresholds.nearBest * range + ROUNDING * range;
  let nearBest = 0;
  while (nearBest < n && values[nearBest] - best <= band) nearBest++;
  const k = Math.min(thresholds.topModels, n);
  const nearBestShare = nearBest / n;
  const topSpread = range > 0 ? (values[k - 1] - best) / range : 0;
  const saturated = n < thresholds.minModels ? null : nearBestShare >= thresholds.saturatedShare || topSpread < thresholds.minTopSpread;
  return { models: n, nearBest, nearBestShare, topModels: k, topSpread, saturated };
}

// src/catalog/parse-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/catalog/plain-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var tags;
var coreTags = () => tags ??= new import_yaml.Schema({ schema: "core", merge: false }).tags.filter(
  (t) => !("collection" in t && t.collection) && t.default === true && t.test !== void 0
);
var OUTSIDE = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
var INDICATOR = /[-?:,[\]{}#&*!|>'"%@`\s]/;
var MAX_KEY = 1e3;
function parsePlainYaml(text2, lines) {
  if (OUTSIDE.test(text2)) return void 0;
  const content = [];
  const starts = [];
  for (let start = 0; start <= text2.length; ) {
    let end = text2.indexOf("\n", start);
    if (end === -1) end = text2.length;
    starts.push(start);
    let from = start;
    while (from < end && text2.charCodeAt(from) === 32) from++;
    if (from < end && text2[from] !== "#") {
      if (from === start && /^(---|\.\.\.|%)/.test(text2.slice(start, start + 3))) return void 0;
      content.push({ indent: from - start, from, end });
    }
    if (end === text2.length) break;
    start = end + 1;
  }
  if (content.length === 0 || content[0].indent !== 0) return void 0;
  const reader = new Reader(text2, content);
  const root = reader.map(0, 0);
  if (root === void 0 || reader.at !== content.length) return void 0;
  for (const s of starts) lines.addNewLine(s);
  return root;
}
var Reader = class {
  constructor(text2, lines) {
    this.text = text2;
    this.lines = lines;
  }
  text;
  lines;
  /** Index of the next content line. */
  at = 0;
  /** A block mapping whose keys start at `indent`, from line `i`. */
  map(i, indent) {
    const map = new import_yaml.YAMLMap();
    map.range = [this.lines[i].from, 0, 0];
    this.at = i;
    while (this.at < this.lines.length && this.lines[this.at].indent === indent) {
      const line = this.lines[this.at];
      if (this.isItem(line)) return void 0;
      const key = this.key(line);
      if (key === void 0) return void 0;
      const value = this.valueAfter(key.after, line, indent);
      if (value === void 0) return void 0;
      map.items.push(new import_yaml.Pair(key.node, value));
    }
    if (this.at < this.lines.length && this.lines[this.at].indent > indent) return void 0;
    map.range[1] = map.range[2] = this.endOfLast();
    return map;
  }
  /** A block list of `- item` lines at `indent`, from line `i`. */
  list(i, indent) {
    const seq = new import_yaml.YAMLSeq();
    seq.range = [this.lines[i].from, 0, 0];
    this.at = i;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line.indent !== indent || !this.isItem(line)) break;
      let p = line.from + 1;
      while (p < line.end && this.text.charCodeAt(p) === 32) p++;
      const item = this.inline(p, line);
      if (item === void 0) return void 0;
      seq.items.push(item);
      this.at++;
      if (this.at < this.lines.length && this.lines[this.at].indent > indent) return void 0;
    }
    seq.range[1] = seq.range[2] = this.endOfLast();
    return seq;
  }
  /** The value of the key on `line` whose `:` ends at `after`: on the line, or the block below it. */
  valueAfter(after, line, indent) {
    let p = after;
    while (p < line.end && this.text.charCodeAt(p) === 32) p++;
    if (p < line.end && this.text[p] !== "#") {
      const value = this.inline(p, line);
      this.at++;
      if (this.at < this.lines.length && this.lines[this.at].indent > indent) return void 0;
      return value;
    }
    const next = this.lines[this.at + 1];
    if (next === void 0) return void 0;
    if (this.isItem(next) && next.indent >= indent) return this.list(this.at + 1, next.indent);
    if (!this.isItem(next) && next.indent > indent) return this.map(this.at + 1, next.indent);
    return void 0;
  }
  isItem(line) {
    const c = this.text.charCodeAt(line.from + 1);
    return this.text[line.from] === "-" && (line.from + 1 === line.end || c === 32);
  }
  /** The key at the start of `line` and the offset just after its `:`. */
  key(line) {
    const t = this.text;
    const q = t[line.from];
    let node;
    let colon;
    if (q === '"' || q === "'") {
      const close = t.indexOf(q, line.from + 1);
      if (close === -1 || close > line.end) return void 0;
      node = this.quoted(line.from, close);
      colon = close + 1;
      if (t[colon] !== ":") return void 0;
    } else {
      colon = line.from;
      for (; ; ) {
        colon = t.indexOf(":", colon + 1);
        if (colon === -1 || colon >= line.end) return void 0;
        if (colon + 1 === line.end || t.charCodeAt(colon + 1) === 32) break;
      }
      let keyEnd = colon;
      while (t.charCodeAt(keyEnd - 1) === 32) keyEnd--;
      node = this.plain(line.from, keyEnd, false);
    }
    if (node === void 0 || colon - line.from > MAX_KEY) return void 0;
    if (colon + 1 < line.end && t.charCodeAt(colon + 1) !== 32) return void 0;
    return { node, after: colon + 1 };
  }
  /** A scalar or a flow list from `p` to the end of `line` (a comment may follow). */
  inline(p, line) {
    const t = this.text;
    if (p >= line.end) return void 0;
    let node;
    let rest;
    if (t[p] === "[") {
      const flow = this.flowList(p, line.end);
      if (flow === void 0) return void 0;
      [node, rest] = flow;
    } else if (t[p] === '"' || t[p] === "'") {
      const close = t.indexOf(t[p], p + 1);
      if (close === -1 || close >= line.end) return void 0;
      node = this.quoted(p, close);
      rest = close + 1;
    } else {
      let end = p;
      while (end < line.end && !(t[end] === "#" && t.charCodeAt(end - 1) === 32)) end++;
      if (end < line.end) end--;
      while (t.charCodeAt(end - 1) === 32) end--;
      node = this.plain(p, end, false);
      rest = end;
    }
    return node !== void 0 && this.onlyComment(rest, line.end) ? node : void 0;
  }
  /** `[a, "b"]` from `p`: the list and the offset after `]`. */
  flowList(p, lineEnd) {
    const t = this.text;
    const seq = new import_yaml.YAMLSeq();
    seq.flow = true;
    let i = p + 1;
    const skip = () => {
      while (i < lineEnd && t.charCodeAt(i) === 32) i++;
    };
    skip();
    if (t[i] !== "]") {
      for (; ; ) {
        skip();
        let item;
        if (t[i] === '"' || t[i] === "'") {
          const close = t.indexOf(t[i], i + 1);
          if (close === -1 || close >= lineEnd) return void 0;
          item = this.quoted(i, close);
          i = close + 1;
        } else {
          const start = i;
          while (i < lineEnd && t[i] !== "," && t[i] !== "]") i++;
          let end = i;
          while (t.charCodeAt(end - 1) === 32) end--;
          item = this.plain(start, end, true);
        }
        if (item === void 0) return void 0;
        seq.items.push(item);
        skip();
        if (t[i] === "]") break;
        if (t[i] !== ",") return void 0;
        i++;
        skip();
        if (t[i] === "]") return void 0;
      }
    }
    seq.range = [p, i + 1, i + 1];
    return [seq, i + 1];
  }
  /** A plain scalar `text[from, to)`, resolved by the core schema; undefined when it is not plain. */
  plain(from, to, flow) {
    if (to <= from) return void 0;
    const source = this.text.slice(from, to);
    const first = /^[-?:]/.test(source) ? source.slice(1, 2) : source[0];
    if (first === "" || INDICATOR.test(first)) return void 0;
    if (source.endsWith(":") || source.includes(": ") || source.includes(" #")) return void 0;
    if (flow && /[[\]{},]|:[,\]]/.test(source)) return void 0;
    const tag = /^[-+.0-9~nNtTfF]/.test(source) ? coreTags().find((t) => t.test.test(source)) : void 0;
    let failed = false;
    const value = tag ? tag.resolve(source, () => failed = true, {}) : source;
    if (failed) return void 0;
    const node = value instanceof import_yaml.Scalar ? value : new import_yaml.Scalar(value);
    node.range = [from, to, to];
    node.source = source;
    node.type = "PLAIN";
    if (tag?.format) node.format = tag.format;
    return node;
  }
  /** `"..."` or `'...'` from `open` to `close` (no escapes, no doubled quotes). */
  quoted(open, close) {
    const value = this.text.slice(open + 1, close);
    const double = this.text[open] === '"';
    if (double ? value.includes("\\") : this.text[close + 1] === "'") return void 0;
    const node = new import_yaml.Scalar(value);
    node.range = [open, close + 1, close + 1];
    node.source = value;
    node.type = double ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
    return node;
  }
  /** Whether only spaces and a comment (` # ...`) follow `p` on its line. */
  onlyComment(p, lineEnd) {
    let i = p;
    while (i < lineEnd && this.text.charCodeAt(i) === 32) i++;
    return i === lineEnd || i > p && this.text[i] === "#";
  }
  /** The end of the last line read. */
  endOfLast() {
    return this.lines[this.at - 1].end;
  }
};

// src/catalog/yaml-depth.ts
function yamlTooDeepAt(text2, max) {
  const indents = [];
  let flow = 0;
  let i = 0;
  const n = text2.length;
  while (i < n) {
    let indent = 0;
    while (i + indent < n && text2.charCodeAt(i + indent) === 32) indent++;
    let j = i + indent;
    const c = text2.charCodeAt(j);
    if (flow === 0 && j < n && c !== 10 && c !== 13 && c !== 35) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      let block = indents.length;
      while (j + 1 < n && (text2[j] === "-" || text2[j] === "?") && (text2[j + 1] === " " || text2[j + 1] === "	")) {
        block++;
        j += 2;
        while (j < n && text2.charCodeAt(j) === 32) j++;
      }
      if (block > max) return i + indent;
    }
    let k = j;
    while (k < n && text2.charCodeAt(k) !== 10) {
      const ch = text2[k];
      if ((ch === '"' || ch === "'") && (k === j || /[\s[{,:]/.test(text2[k - 1]))) {
        k = quotedEnd(text2, k);
        continue;
      }
      if (ch === "#" && (k === 0 || /\s/.test(text2[k - 1]))) {
        while (k < n && text2.charCodeAt(k) !== 10) k++;
        break;
      }
      if (ch === "[" || ch === "{") {
        flow++;
        if (flow + indents.length > max) return k;
      } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
      k++;
    }
    i = k + 1;
  }
  return void 0;
}
function quotedEnd(text2, k) {
  const quote = text2[k];
  let m = k + 1;
  while (m < text2.length && text2[m] !== "\n") {
    if (quote === '"' && text2[m] === "\\") m += 2;
    else if (text2[m] === quote) {
      if (quote === "'" && text2[m + 1] === "'") m += 2;
      else return m + 1;
    } else m++;
  }
  return m;
}

// src/catalog/parse-yaml.ts
var MAX_ALIASES = 10;
var MAX_YAML_CHARS = 131072;
var MAX_YAML_DEPTH = 64;
var MAX_YAML_KEYS = 5e3;
var YAML_LIMITS = { maxChars: MAX_YAML_CHARS, maxKeys: MAX_YAML_KEYS };
var MODELS_YAML_LIMITS = { maxChars: 4194304, maxKeys: 5e4 };
var YamlFile = class {
  constructor(file, text2, limits = YAML_LIMITS) {
    this.file = file;
    this.text = text2;
    this.limits = limits;
    if (text2.length > limits.maxChars) {
      const name = limits === MODELS_YAML_LIMITS ? "MODELS_YAML_LIMITS" : "MAX_YAML_CHARS";
      this.issues.push(
        makeIssue({
          code: "limit-yaml-chars",
          file,
          message: `The file has ${text2.length} characters; this YAML file may have at most ${limits.maxChars} (${name}).`,
          hint: "Catalog YAML files are small: split the file, or move data into a results CSV."
        })
      );
      return;
    }
    const deep = yamlTooDeepAt(text2, MAX_YAML_DEPTH);
    if (deep !== void 0) {
      this.issue(
        deep,
        "limit-yaml-depth",
        `The YAML nests more than ${MAX_YAML_DEPTH} levels deep here (MAX_YAML_DEPTH).`,
        "Catalog YAML files nest a few levels: check the brackets and the indentation.",
        text2
      );
      return;
    }
    const plain2 = parsePlainYaml(text2, this.lines);
    if (plain2 !== void 0) {
      this.checkMappings(plain2);
      this.root = plain2;
      return;
    }
    this.doc = (0, import_yaml2.parseDocument)(text2, {
      lineCounter: this.lines,
      schema: "core",
      version: "1.2",
      merge: false,
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false
    });
    for (const e of this.doc.errors) {
      this.issue(
        e.pos[0],
        "yaml-syntax",
        firstLine(e.message),
        "Fix the YAML syntax here (check indentation, colons and quotes)."
      );
    }
    for (const w of this.doc.warnings) {
      this.issue(
        w.pos[0],
        w.code === "TAG_RESOLVE_FAILED" ? "yaml-tag" : "yaml-syntax",
        firstLine(w.message),
        "Catalog files take plain YAML: no tags (`!something`)."
      );
    }
    if (this.doc.errors.length === 0 && this.doc.contents) this.checkMappings(this.doc.contents);
    const root = this.doc.errors.length === 0 ? this.doc.contents : null;
    this.root = root === null ? void 0 : this.deref(root);
  }
  file;
  text;
  limits;
  issues = [];
  /** The document's top node; undefined for an empty document or one with syntax errors. */
  root;
  lines = new import_yaml2.LineCounter();
  doc;
  aliases = 0;
  /** Pairs whose key repeats an earlier key of the same mapping (left out of `entries`). */
  duplicates = /* @__PURE__ */ new WeakSet();
  /** Duplicate keys (one Set per mapping: linear) and mappings of more than `maxKeys` entries (cut). */
  checkMappings(root) {
    const max = this.limits.maxKeys;
    eachMapping(root, (map) => {
      if (map.items.length > max) {
        const name = this.limits === MODELS_YAML_LIMITS ? "MODELS_YAML_LIMITS" : "MAX_YAML_KEYS";
        this.error(
          map.items[max].key,
          "limit-yaml-keys",
          `This mapping has ${map.items.length} keys; at most ${max} are read (${name}).`,
          "Split the file, or move data into a results CSV."
        );
        map.items.length = max;
      }
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        const k = pair.key;
        if (!(0, import_yaml2.isScalar)(k) || typeof k.value !== "string" && typeof k.value !== "number") continue;
        const key = String(k.value);
        if (!seen.has(key)) seen.add(key);
        else {
          this.duplicates.add(pair);
          this.error(
            k,
            "yaml-duplicate-key",
            `Map keys must be unique; \`${key}\` appears again.`,
            "Each key may appear once; merge the two entries."
          );
        }
      }
    });
  }
  at(node) {
    const offset = node?.range?.[0];
    if (offset === void 0) return void 0;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
  error(node, code, message, hint2) {
    this.issues.push(makeIssue({ code, file: this.file, ...this.at(node), message, hint: hint2 }));
  }
  /** The entries of a mapping (keys must be strings or numbers), or undefined with an issue. */
  entries(node, what) {
    const n = this.deref(node);
    if (n === void 0 || isNull(n)) return [];
    if (!(0, import_yaml2.isMap)(n)) return this.wrongType(n, what, "a mapping (`key: value` lines)");
    const out = [];
    for (const pair of n.items) {
      if (this.duplicates.has(pair)) continue;
      const keyNode = this.deref(pair.key);
      if (!(0, import_yaml2.isScalar)(keyNode) || !["string", "number"].includes(typeof keyNode.value)) {
        this.error(
          keyNode,
          "wrong-type",
          `A key in ${what} is not a plain name.`,
          "Use plain names as keys."
        );
        continue;
      }
      out.push({
        key: String(keyNode.value),
        keyNode,
        value: this.deref(pair.value ?? void 0)
      });
    }
    return out;
  }
  /**
   * A mapping with a fixed set of keys: unknown keys are errors with a did-you-mean hint.
   * Returns a null-prototype record of the known keys present.
   */
  fields(node, what, allowed) {
    const entries = this.entries(node, what);
    if (!entries) return void 0;
    const out = /* @__PURE__ */ Object.create(null);
    for (const e of entries) {
      if (allowed.includes(e.key)) out[e.key] = e;
      else
        this.error(
          e.keyNode,
          "unknown-key",
          `Unknown key \`${e.key}\` in ${what}.`,
          unknownKeyHint(e.key, allowed)
        );
    }
    return out;
  }
  string(node, what) {
    const n = this.deref(node);
    if ((0, import_yaml2.isScalar)(n) && typeof n.value === "string") return n.value.trim();
    if ((0, import_yaml2.isScalar)(n) && typeof n.value === "number" && n.range) return this.written(n);
    return this.wrongType(n, what, "a text value");
  }
  /** A node's text as written in the file, trimmed; undefined for a node without a place. */
  written(node) {
    return node.range ? this.text.slice(node.range[0], node.range[1]).trim() : void 0;
  }
  integer(node, what, min) {
    const n = this.deref(node);
    if (!(0, import_yaml2.isScalar)(n) || typeof n.value !== "number")
      return this.wrongType(n, what, `a whole number (at least ${min})`);
    if (!Number.isSafeInteger(n.value) || n.value < min) {
      this.error(
        n,
        "invalid-value",
        `${what} is ${String(n.value)}; it must be a whole number of at least ${min}.`,
        `Write a whole number of at least ${min}.`
      );
      return void 0;
    }
    return n.value;
  }
  /** A finite number of at least `min` (`12`, `0.5`, `1e3`; not `.inf`, `.nan` or text). */
  number(node, what, min) {
    const n = this.deref(node);
    if (!(0, import_yaml2.isScalar)(n) || typeof n.value !== "number")
      return this.wrongType(n, what, `a number (at least ${min})`);
    if (!Number.isFinite(n.value) || n.value < min) {
      this.error(
        n,
        "invalid-value",
        `${what} is ${String(n.value)}; it must be a finite number of at least ${min}.`,
        `Write a number of at least ${min}, such as \`12.5\`.`
      );
      return void 0;
    }
    return n.value;
  }
  boolean(node, what) {
    const n = this.deref(node);
    if ((0, import_yaml2.isScalar)(n) && typeof n.value === "boolean") return n.value;
    return this.wrongType(n, what, "`true` or `false`");
  }
  /** One of a fixed set of words. */
  choice(node, what, options) {
    const value = this.string(node, what);
    if (value === void 0) return void 0;
    if (options.includes(value)) return value;
    const guess = unknownKeyHint(value, options).replace("Allowed keys here", "Allowed values");
    this.error(
      this.deref(node),
      "invalid-value",
      `${what} is \`${value}\`; it must be one of ${options.join(", ")}.`,
      guess
    );
    return void 0;
  }
  /** A list of texts (a single text is not accepted: lists are written `[a, b]` or as `- a` lines). */
  strings(node, what) {
    const n = this.deref(node);
    if (n === void 0 || isNull(n)) return [];
    if (!(0, import_yaml2.isSeq)(n)) return this.wrongType(n, what, "a list such as `[a, b]`");
    const out = [];
    for (const item of n.items) {
      const itemNode = this.deref(item);
      const value = this.string(itemNode, `an item of ${what}`);
      if (value !== void 0 && itemNode) out.push({ value, node: itemNode });
    }
    return out;
  }
  /** The items of a list. */
  items(node, what) {
    const n = this.deref(node);
    if (n === void 0 || isNull(n)) return [];
    if (!(0, import_yaml2.isSeq)(n)) return this.wrongType(n, what, "a list");
    return n.items.map((i) => this.deref(i));
  }
  /** Follows an alias to the node it names, within the alias budget. */
  deref(node) {
    if (node === null || node === void 0) return void 0;
    if (!(0, import_yaml2.isAlias)(node)) return node;
    if (++this.aliases > MAX_ALIASES) {
      if (this.aliases === MAX_ALIASES + 1) {
        this.error(
          node,
          "yaml-alias",
          `More than ${MAX_ALIASES} aliases (\`*name\`) in one file.`,
          "Write the values out instead of using anchors and aliases."
        );
      }
      return void 0;
    }
    return this.deref(node.resolve(this.doc));
  }
  /**
   * The node an alias names, not counted against the alias budget: for finding again a node
   * already read (to place an issue at it). Undefined for an alias that names nothing.
   */
  follow(node) {
    let n = node ?? void 0;
    for (let hops = 0; n !== void 0 && (0, import_yaml2.isAlias)(n); hops++)
      n = hops > MAX_ALIASES ? void 0 : n.resolve(this.doc) ?? void 0;
    return n;
  }
  wrongType(node, what, expected) {
    const found = node === void 0 || isNull(node) ? "empty" : (0, import_yaml2.isMap)(node) ? "a mapping" : (0, import_yaml2.isSeq)(node) ? "a list" : `\`${scalarText(this, node)}\``;
    this.error(
      node,
      "wrong-type",
      `${what} must be ${expected}; found ${found}.`,
      `Write ${what} as ${expected}.`
    );
    return void 0;
  }
  issue(offset, code, message, hint2, text2) {
    if (text2 !== void 0)
      for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1))
        this.lines.addNewLine(i + 1);
    const { line, col } = this.lines.linePos(offset);
    this.issues.push(makeIssue({ code, file: this.file, line, column: col, message, hint: hint2 }));
  }
};
var isNull = (node) => (0, import_yaml2.isScalar)(node) && node.value === null;
var scalarText = (y, node) => {
  const value = node.value;
  return value !== null && typeof value === "object" ? y.written(node) ?? "" : String(value);
};
var firstLine = (message) => message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
function eachMapping(node, f) {
  if ((0, import_yaml2.isMap)(node)) {
    f(node);
    for (const pair of node.items) {
      eachMapping(pair.key, f);
      eachMapping(pair.value, f);
    }
  } else if ((0, import_yaml2.isSeq)(node)) {
    for (const item of node.items) eachMapping(item, f);
  } else if ((0, import_yaml2.isPair)(node)) {
    eachMapping(node.key, f);
    eachMapping(node.value, f);
  }
}

// src/catalog/yaml-schema.ts
var import_yaml3 = __toESM(require_dist(), 1);
var TEXTS = /* @__PURE__ */ new WeakSet();
var taking = (schema) => (TEXTS.add(schema), schema);
function shared(build) {
  const made = /* @__PURE__ */ new Map();
  return (...args) => {
    const key = JSON.stringify(args);
    let schema = made.get(key);
    if (schema === void 0) made.set(key, schema = build(...args));
    return schema;
  };
}
var section = (shape) => nullish2(
  strictObject(
    Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, optional(value)])),
    { error: "a mapping" }
  )
);
var wholeAtLeast = shared((min, error) => {
  const e = error ?? `a whole number of at least ${min}`;
  return int({ error: e }).check(_gte(min, { error: e }));
});
var text = shared((error) => taking(string2({ error: error ?? "a text value" })));
var textMatching = (pattern, error) => taking(string2({ error: "a text value" }).check(_regex(pattern, { error })));
var choice = (values, error = `one of ${values.join(", ")}`) => taking(_enum(values, { error }));
var rule = (check) => superRefine(check, { when: () => true });
function problem(ctx, path, code, message, hint2) {
  ctx.addIssue({ code: "custom", path: [...path], message, params: { code, hint: hint2 } });
}
var names = shared(
  () => nullish2(
    array(text(), { error: "a list such as `[a, b]`" }).check(
      rule((items, ctx) => {
        const seen = /* @__PURE__ */ new Set();
        if (!Array.isArray(items)) return;
        items.forEach((item, i) => {
          if (typeof item !== "string") return;
          if (item === "")
            problem(ctx, [i], "invalid-value", "An item of {in} is empty.", "Remove the empty item.");
          else if (seen.has(item))
            problem(
              ctx,
              [i],
              "duplicate-value",
              `\`${item}\` is listed twice in {in}.`,
              "List every name once."
            );
          else seen.add(item);
        });
      })
    )
  )
);
function readSection(y, node, schema, label) {
  let data = plain(y, node, schema);
  for (let round = 0; round < 6; round++) {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const offset = (i) => (i.code === "unrecognized_keys" ? nodeAt(y, node, [...i.path, i.keys[0]], true) : nodeAt(y, node, i.path))?.range?.[0] ?? 0;
    if (round === 0)
      for (const issue2 of [...result.error.issues].sort((a, b) => offset(a) - offset(b)))
        report(y, node, label, schema, data, issue2);
    for (const issue2 of result.error.issues) data = without(data, issue2);
    data = compact(data);
  }
  return void 0;
}
function unwrapped(schema) {
  let s = schema;
  for (; ; ) {
    if (s === void 0 || TEXTS.has(s)) return s;
    const def = s._zod.def;
    const inner = def.innerType ?? def.in;
    if (!inner) return s;
    s = inner;
  }
}
var defOf = (schema) => schema?._zod.def;
function plain(y, node, schema) {
  const n = y.deref(node);
  if (n === void 0) return void 0;
  const s = unwrapped(schema);
  if ((0, import_yaml3.isScalar)(n)) {
    if (s !== void 0 && TEXTS.has(s)) {
      if (typeof n.value === "string") return n.value.trim();
      if (typeof n.value === "number" && n.range) return y.string(n, "a text");
    }
    return n.value !== null && typeof n.value === "object" ? y.written(n) ?? "" : n.value;
  }
  if ((0, import_yaml3.isSeq)(n)) return n.items.map((item) => plain(y, item, defOf(s)?.element));
  if ((0, import_yaml3.isMap)(n)) {
    const shape = defOf(s)?.shape;
    const out = /* @__PURE__ */ Object.create(null);
    for (const pair of n.items) {
      const key = y.deref(pair.key);
      if ((0, import_yaml3.isScalar)(key) && ["string", "number"].includes(typeof key.value)) {
        const name = String(key.value);
        const inner = shape && Object.hasOwn(shape, name) ? shape[name] : void 0;
        out[name] = plain(y, pair.value ?? void 0, inner);
      }
    }
    return out;
  }
  return void 0;
}
function nodeAt(y, node, path, key = false) {
  let at = y.follow(node);
  for (const [i, step] of path.entries()) {
    if ((0, import_yaml3.isMap)(at)) {
      const pair = at.items.find((p) => {
        const k = y.follow(p.key);
        return (0, import_yaml3.isScalar)(k) && String(k.value) === String(step);
      });
      if (!pair) return at;
      if (key && i === path.length - 1) return y.follow(pair.key);
      at = y.follow(pair.value ?? void 0);
    } else if ((0, import_yaml3.isSeq)(at) && typeof step === "number") {
      at = y.follow(at.items[step]);
    } else return at;
  }
  return at;
}
function writtenKeys(y, node) {
  const map = y.follow(node);
  if (!(0, import_yaml3.isMap)(map)) return [];
  return map.items.flatMap((pair) => {
    const key = y.follow(pair.key);
    return (0, import_yaml3.isScalar)(key) && ["string", "number"].includes(typeof key.value) ? [String(key.value)] : [];
  });
}
function writesKey(y, node, path, key) {
  const at = nodeAt(y, node, path);
  const found = nodeAt(y, at, [key], true);
  return found !== void 0 && found !== at;
}
function placesIn(y, list, texts) {
  const first = /* @__PURE__ */ new Map();
  const seq = y.follow(list);
  for (const item of (0, import_yaml3.isSeq)(seq) ? seq.items : []) {
    const n = y.follow(item);
    if (!(0, import_yaml3.isScalar)(n) || !n.range) continue;
    const spelled = typeof n.value === "string" ? n.value.trim() : y.string(n, "a text");
    if (spelled !== void 0 && !first.has(spelled)) first.set(spelled, n);
  }
  return texts.map((name) => ({ name, ...y.at(first.get(name)) }));
}
var valueAt = (data, path) => path.reduce(
  (v, step) => v !== null && typeof v === "object" ? v[step] : void 0,
  data
);
var REMOVED = /* @__PURE__ */ Symbol("removed");
function without(data, issue2) {
  const keys2 = issue2.code === "unrecognized_keys" ? issue2.keys.map((k) => [...issue2.path, k]) : [issue2.path];
  for (const path of keys2) {
    if (path.length === 0) return void 0;
    const parent = valueAt(data, path.slice(0, -1));
    const last2 = path.at(-1);
    if (Array.isArray(parent) && typeof last2 === "number") parent[last2] = REMOVED;
    else if (parent !== null && typeof parent === "object")
      delete parent[last2];
  }
  return data;
}
function compact(data) {
  if (Array.isArray(data)) return data.filter((v) => v !== REMOVED).map(compact);
  if (data !== null && typeof data === "object") {
    const record2 = data;
    for (const key of Object.keys(record2)) record2[key] = compact(record2[key]);
  }
  return data;
}
function keysAt(schema, path) {
  let s = unwrapped(schema);
  for (const step of path) {
    const def = defOf(s);
    s = unwrapped(typeof step === "number" ? def?.element : def?.shape?.[String(step)]);
    if (!s) return [];
  }
  return Object.keys(defOf(s)?.shape ?? {});
}
var pathName = (label, path) => path.length === 0 ? label : `\`${path.map((step, i) => typeof step === "number" ? `[${step}]` : `${i ? "." : ""}${String(step)}`).join("")}\``;
function report(y, node, label, schema, data, issue2) {
  const what = (path) => pathName(label, path);
  if (issue2.code === "unrecognized_keys") {
    for (const key of issue2.keys) {
      y.error(
        nodeAt(y, node, [...issue2.path, key], true),
        "unknown-key",
        `Unknown key \`${key}\` in ${what(issue2.path)}.`,
        unknownKeyHint(key, keysAt(schema, issue2.path))
      );
    }
    return;
  }
  const at = nodeAt(y, node, issue2.path);
  const params = issue2.params;
  if (issue2.code === "custom" && params?.code) {
    const message = issue2.message.replace("{at}", what(issue2.path)).replace("{in}", what(issue2.path.slice(0, -1)));
    y.error(at, params.code, message, params.hint ?? "");
    return;
  }
  if (issue2.code === "invalid_type" && issue2.expected === "object") {
    y.wrongType(at, what(issue2.path), "a mapping (`key: value` lines)");
    return;
  }
  const v = valueAt(data, issue2.path);
  const found = v === null || v === void 0 ? "empty" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : `\`${String(v)}\``;
  const wrongKind = v === null || typeof v === "object" || issue2.code === "invalid_union" || issue2.code === "invalid_value" && typeof v !== "string" || issue2.code === "invalid_type" && typeof v !== "number";
  const inList = issue2.path.some((step) => typeof step === "number");
  y.error(
    at,
    wrongKind ? "wrong-type" : "invalid-value",
    `${what(issue2.path)} is ${found}; it must be ${issue2.message}.`,
    issue2.code === "invalid_value" && typeof v === "string" ? unknownKeyHint(v, issue2.values.map(String)).replace("Allowed keys here", "Allowed values") : `Write ${issue2.message}${inList ? "" : ", or remove the key for the default"}.`
  );
}

// src/catalog/trust-config.ts
var between = shared((min, max) => {
  const error = `a number from ${min} to ${max}`;
  return number2({ error }).check(_gte(min, { error }), _lte(max, { error }));
});
var aboveAtMost = (min, max) => {
  const error = `a number above ${min} and at most ${max}`;
  return number2({ error }).check(_gt(min, { error }), _lte(max, { error }));
};
var atLeast = (min) => {
  const error = `a number of at least ${min}`;
  return number2({ error }).check(_gte(min, { error }));
};
var count = () => wholeAtLeast(2);
var SATURATION_KEYS = ["near_best", "saturated_share", "top_models", "min_top_spread", "min_models"];
var PLAUSIBILITY_KEYS = ["mad_multiplier", "min_gap_share", "min_models"];
var trustSchema = shared(
  () => section({
    saturation: section({
      near_best: between(0, 1),
      saturated_share: aboveAtMost(0, 1),
      top_models: count(),
      min_top_spread: between(0, 1),
      min_models: count()
    }),
    plausibility: section({
      mad_multiplier: atLeast(0),
      min_gap_share: between(0, 1),
      min_models: count()
    })
  })
);
var TRUST_YAML_KEYS = [
  "saturation",
  "plausibility",
  ...SATURATION_KEYS,
  ...PLAUSIBILITY_KEYS
];
function trustOf(t) {
  const s = t?.saturation;
  const p = t?.plausibility;
  return {
    saturation: {
      nearBest: s?.near_best ?? DEFAULT_SATURATION.nearBest,
      saturatedShare: s?.saturated_share ?? DEFAULT_SATURATION.saturatedShare,
      topModels: s?.top_models ?? DEFAULT_SATURATION.topModels,
      minTopSpread: s?.min_top_spread ?? DEFAULT_SATURATION.minTopSpread,
      minModels: s?.min_models ?? DEFAULT_SATURATION.minModels
    },
    plausibility: {
      madMultiplier: p?.mad_multiplier ?? DEFAULT_PLAUSIBILITY.madMultiplier,
      minGapShare: p?.min_gap_share ?? DEFAULT_PLAUSIBILITY.minGapShare,
      minModels: p?.min_models ?? DEFAULT_PLAUSIBILITY.minModels
    }
  };
}

// src/catalog/types.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 20 * 1024 * 1024,
  maxTotalBytes: 320 * 1024 * 1024,
  maxRows: 2e5,
  maxColumns: 5e3,
  maxCellChars: 1e3,
  maxSeconds: 240
};

// src/catalog/config.ts
var DEFAULT_LEADERBOARD = { id: "main", title: "Leaderboard" };
var LIMIT_KEYS = {
  max_file_bytes: "maxFileBytes",
  max_total_bytes: "maxTotalBytes",
  max_rows: "maxRows",
  max_columns: "maxColumns",
  max_cell_chars: "maxCellChars",
  max_seconds: "maxSeconds"
};
var LIMIT_YAML_KEYS = Object.keys(LIMIT_KEYS);
var MODEL_NAMINGS = ["standard", "benchbench"];
var LEADERBOARD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function methodKey(key) {
  const r = METHOD_KEYS[key];
  if ("values" in r) return choice(r.values, r.rule);
  const not = "not" in r ? r.not : void 0;
  return wholeAtLeast(r.min, r.rule).check(refine((v) => v !== not, { error: r.rule }));
}
var leaderboards = () => nullish2(
  array(
    strictObject(
      {
        id: optional(
          textMatching(
            LEADERBOARD_ID,
            "a short name: letters, digits, - and _, starting with a letter or digit"
          )
        ),
        title: optional(text()),
        categories: names(),
        scenarios: names()
      },
      { error: "a mapping" }
    ),
    { error: "a list" }
  ).check(
    rule((boards, ctx) => {
      if (Array.isArray(boards) && boards.length === 0)
        problem(
          ctx,
          [],
          "invalid-value",
          "{at} is empty.",
          "List at least one leaderboard, or remove the key to get the default one."
        );
      if (!Array.isArray(boards)) return;
      const ids = /* @__PURE__ */ new Set();
      boards.forEach((board, i) => {
        if (board === null || typeof board !== "object") return;
        const { id } = board;
        if (id === void 0)
          problem(
            ctx,
            [i],
            "missing-key",
            "This leaderboard has no `id`.",
            "Add `id: <short-name>` (letters, digits, - and _)."
          );
        else if (typeof id !== "string" || !LEADERBOARD_ID.test(id)) return;
        else if (ids.has(id))
          problem(
            ctx,
            [i, "id"],
            "duplicate-value",
            `Two leaderboards have the id \`${id}\`.`,
            "Give every leaderboard its own id."
          );
        else ids.add(id);
      });
    })
  )
);
var PARTS = {
  aggregate: shared(() => section({ scenarios: names(), min_scenarios_per_model: wholeAtLeast(1) })),
  method: shared(
    () => section({
      preset: choice(PRESET_NAMES),
      ...Object.fromEntries(METHOD_KEY_NAMES.map((key) => [key, methodKey(key)]))
    })
  ),
  leaderboards: shared(leaderboards),
  limits: shared(() => section(Object.fromEntries(LIMIT_YAML_KEYS.map((key) => [key, wholeAtLeast(1)])))),
  model_names: shared(() => choice(MODEL_NAMINGS)),
  trust: trustSchema
};
var configOf = (parts) => section(parts);
var UNWRITTEN = unknown();
var configFor = shared(
  (written) => configOf(
    Object.fromEntries(
      Object.entries(PARTS).map(([key, part]) => [key, written.includes(key) ? part() : UNWRITTEN])
    )
  )
);
function parseConfig(file, text2) {
  if (last?.file !== file || last.text !== text2) last = { file, text: text2, parsed: readConfig(file, text2) };
  return last.parsed;
}
var last;
function readConfig(file, text2) {
  const y = new YamlFile(file, text2);
  const written = writtenKeys(y, y.root).filter((key) => Object.hasOwn(PARTS, key));
  const data = readSection(y, y.root, configFor([...new Set(written)].sort()), "the config") ?? {};
  const presetName = data.method?.preset;
  const preset = presetName ? PRESETS[presetName] : void 0;
  const explicit = data.aggregate?.scenarios ? placesIn(y, nodeAt(y, y.root, ["aggregate", "scenarios"]), data.aggregate.scenarios) : void 0;
  const presetAt = y.at(nodeAt(y, y.root, ["method", "preset"]));
  const scenarios = explicit ?? (preset ? preset.aggregate.map((name) => ({ name, ...presetAt })) : []);
  const unreadable = y.root === void 0 && y.issues.length > 0;
  if (!writesKey(y, y.root, ["aggregate"], "scenarios") && !preset && !unreadable) {
    y.error(
      writesKey(y, y.root, [], "aggregate") ? nodeAt(y, y.root, ["aggregate"], true) : y.root,
      "missing-key",
      "The config does not say which scenarios form the aggregate.",
      "Add `aggregate: { scenarios: [<scenario id>, <scenario id>, ...] }` (several scenarios; one is accepted, with a warning)."
    );
  }
  const method = { ...DEFAULT_METHOD, ...preset?.method };
  for (const key of METHOD_KEY_NAMES) {
    const value = data.method?.[key];
    if (value !== void 0) method[METHOD_KEYS[key].field] = value;
  }
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, field] of Object.entries(LIMIT_KEYS)) {
    const value = data.limits?.[key];
    if (value !== void 0) limits[field] = value;
  }
  const boards = leaderboardsOf(y, data.leaderboards);
  return {
    config: {
      aggregate: {
        scenarios: scenarios.map((s) => s.name),
        minScenariosPerModel: data.aggregate?.min_scenarios_per_model ?? preset?.minScenariosPerModel ?? defaultMinScenarios(scenarios.length),
        ...!explicit && preset && { byName: true }
      },
      ...presetName && { preset: presetName },
      method,
      leaderboards: boards.leaderboards,
      limits,
      modelNames: data.model_names ?? "standard",
      trust: trustOf(data.trust)
    },
    issues: y.issues,
    places: { aggregate: scenarios, leaderboardScenarios: boards.places }
  };
}
function leaderboardsOf(y, boards) {
  const places = [];
  const items = nodeAt(y, y.root, ["leaderboards"]);
  const leaderboards2 = (boards ?? []).flatMap((b) => {
    if (b.id === void 0) return [];
    if (b.scenarios) places.push(...placesIn(y, boardNode(y, items, b.id, "scenarios"), b.scenarios));
    return [
      {
        id: b.id,
        title: b.title || b.id,
        ...b.categories && { categories: b.categories },
        ...b.scenarios && { scenarios: b.scenarios }
      }
    ];
  });
  return { leaderboards: leaderboards2.length ? leaderboards2 : [DEFAULT_LEADERBOARD], places };
}
function boardNode(y, items, id, key) {
  const list = y.items(items, "`leaderboards`") ?? [];
  const board = list.find((item) => y.string(nodeAt(y, item, ["id"]), "`id`") === id);
  return nodeAt(y, board, [key]);
}
var defaultConfig = () => readConfig("benchbench.yaml", "").config;
function configuredLimits(configBytes) {
  if (!configBytes) return DEFAULT_LIMITS;
  const text2 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(configBytes);
  return parseConfig("benchbench.yaml", text2).config.limits;
}

// src/catalog/text-position.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10 || c === 13 && text2.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
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
  const nul = body.indexOf(0);
  const text2 = nul < 0 ? utf8(body) : void 0;
  if (text2 !== void 0) return { text: text2, issues: [], ...text2.length === body.length && { units: body } };
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
function ok(bytes, length2, stream) {
  try {
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length2), { stream });
    return true;
  } catch {
    return false;
  }
}
var looksUtf16 = (bytes) => bytes.length > 1 && (bytes[1] === 0 || bytes[0] === 0) ? "It looks like UTF-16 without a byte order mark. " : "";
var hex = (b) => b.toString(16).padStart(2, "0").toUpperCase();

// src/catalog/code-units.ts
var encoder = new TextEncoder();
function codeUnits(text2) {
  const bytes = new Uint8Array(text2.length);
  const { read, written } = encoder.encodeInto(text2, bytes);
  if (read === text2.length && written === text2.length) return bytes;
  const units = new Uint16Array(text2.length);
  for (let i = 0; i < text2.length; i++) units[i] = text2.charCodeAt(i);
  return units;
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
function invisibleIssue(what, name, file, place2 = {}) {
  const found = findInvisible(name);
  if (!found) return void 0;
  const message = invisibleMessage(what, name, found);
  return makeIssue({ code: "invisible-character", file, ...place2, message, hint: INVISIBLE_HINT });
}
function invisibleMessage(what, name, found) {
  return `The ${what} ${JSON.stringify(name)} holds an invisible character, ${found.label}, at character ${found.position}: it could display as another name.`;
}
var INVISIBLE_HINT = "Delete the character (retype the name): names may hold only visible characters.";

// src/catalog/grown.ts
function grown(array2, size) {
  const copy = new array2.constructor(Math.max(size, array2.length));
  copy.set(array2);
  return copy;
}

// src/catalog/own-string.ts
function ownString(text2) {
  return text2.length < 13 ? text2 : text2.split("").join("");
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
  /** Spelling n -> 0 not looked at yet, 1 holds an invisible character, 2 does not. */
  invisible = new Uint8Array(256);
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
  /** Whether spelling n holds an invisible character (invisible.ts), looked at once per spelling. */
  holdsInvisible(n) {
    if (this.invisible[n] === 0) this.invisible[n] = findInvisible(this.written[n]) ? 1 : 2;
    return this.invisible[n] === 1;
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
  numberAt(units, start, end, text2, after = -1, h = spellingHash(units, start, end)) {
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
        n = this.add(text2.slice(start, end), units, start, end, h, slot);
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

// src/catalog/quote-free-lines.ts
function quoteFreeLines(source, maxRecords, maxRecordSize) {
  let capacity = 1;
  for (let i = source.indexOf("\n"); i >= 0 && capacity <= maxRecords; i = source.indexOf("\n", i + 1))
    capacity++;
  capacity = Math.min(capacity, maxRecords);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const lines = new Int32Array(capacity);
  let count2 = 0;
  let start = 0;
  for (let line = 1; start < source.length && count2 < maxRecords; line++) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    if (end > start) {
      if (3 * (end - start) > maxRecordSize) return void 0;
      starts[count2] = start;
      ends[count2] = end;
      lines[count2] = line;
      count2++;
    }
    start = end + 1;
  }
  return { count: count2, starts, ends, lines };
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
function readRecords(source, limits, report2) {
  const at = report2;
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
  let count2 = 0;
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
    kept[count2++] = r;
  }
  return {
    row: (r) => records.row(r),
    kept: kept.subarray(0, count2),
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
      on_record: (record2, context) => {
        collected.push({ record: record2, lines: context.lines });
        return null;
      }
    });
  } catch (e) {
    const last2 = collected[collected.length - 1];
    syntaxError(source, lineIndex(), last2 ? lineIndex().lineStart(last2.lines + 1) : 0, e, at);
    return void 0;
  }
  const records = collected.map((c) => c.record);
  const starts = collected.map(({ record: record2, lines }) => lineIndex().lineStart(lines - newlines(record2)));
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
      const record2 = records.row(r);
      if (i >= record2.length) {
        const last2 = this.cell(r, record2.length - 1);
        return { line: last2.line, column: last2.column + record2[record2.length - 1].trim().length };
      }
      const raw = record2[i];
      const start = fields(r)[i]?.start ?? 0;
      const lead = raw.length - raw.trimStart().length;
      const quoted = source[start] === '"';
      return records.position(r, start + (quoted || lead === raw.length ? 0 : lead));
    }
  };
}
var newlines = (record2) => record2.reduce((n, t) => n + (t.match(/\n/g)?.length ?? 0), 0);
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
  const place2 = offset === void 0 || offset < 0 ? { line: e.lines } : index.positionAt(offset);
  at("error", "csv-syntax", place2, message, QUOTE_HINT);
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
  push(model, value, record2) {
    if (this.count === this.values.length) this.grow(Math.max(16, 2 * this.count));
    this.modelIndex[this.count] = model;
    this.values[this.count] = value;
    this.records[this.count] = record2;
    this.count++;
  }
  /** The arrays cut to the scores read (copied only when capacity is left over). */
  done() {
    if (this.count < this.values.length) this.grow(this.count);
    return { modelIndex: this.modelIndex, values: this.values, records: this.records };
  }
  /** Moves the scores into arrays of `capacity` (at least `count`). */
  grow(capacity) {
    const modelIndex2 = new Int32Array(capacity);
    const values = new Float64Array(capacity);
    const records = new Int32Array(capacity);
    modelIndex2.set(this.modelIndex.subarray(0, this.count));
    values.set(this.values.subarray(0, this.count));
    records.set(this.records.subarray(0, this.count));
    [this.modelIndex, this.values, this.records] = [modelIndex2, values, records];
  }
};

// src/catalog/parse-csv.ts
var MISSING = /* @__PURE__ */ new Set(["", "-", "na", "n/a", "nan"]);
var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseResultsCsv(file, text2, limits, spellings = new ModelSpellings(), units) {
  const issues = [];
  const at = (severity, code, place2, message, hint2) => issues.push(makeIssue({ severity, code, file, line: place2.line, column: place2.column, message, hint: hint2 }));
  const source = readableText(text2, limits, at);
  const records = source === void 0 ? void 0 : readRecords(source, limits, at);
  const header = records && readHeader(records, limits, at);
  if (source === void 0 || !records || !header) return emptyResults(issues);
  const sourceUnits = units && source === text2 ? units : void 0;
  const results = new ResultsFile(source, records, header, limits, spellings, at, sourceUnits);
  results.readRows();
  missingNotes(results.missing, at);
  return results.results(issues);
}
function readableText(text2, limits, at) {
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  const bytes = Buffer.byteLength(text2, "utf8");
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
  return text2.includes("\r") ? text2.replace(/\r\n?/g, "\n") : text2;
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
  for (const [spelling, { count: count2, first }] of missing) {
    const s = count2 > 1 ? "s" : "";
    const what = spelling === "" ? `blank cell${s}` : `cell${s} written ${JSON.stringify(spelling)}`;
    at(
      "note",
      "missing-score",
      first,
      `${count2} ${what} read as missing score${s} (the first here).`,
      "A missing score is fine: the model is left out of that scenario. An empty cell is the preferred spelling."
    );
  }
}
function formula(at, t, place2) {
  at(
    "error",
    "spreadsheet-formula",
    place2,
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
    const names2 = header.map((c) => c.text.toLowerCase());
    this.scenarioCol = names2.indexOf("scenario");
    this.scoreCol = names2.indexOf("score");
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
  scenario(id, place2, field) {
    let s = this.scenarios.get(id);
    if (!s) {
      const { line, column } = place2();
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
    const names2 = () => modelNames ??= Array.from(modelSpellings, (n) => written[n]);
    let modelCells;
    let modelLines;
    return {
      format: this.format,
      get modelNames() {
        return names2();
      },
      modelSpellings,
      get models() {
        return modelCells ??= names2().map((text2, i) => ({ text: text2, ...places.cell(modelRecords[i], 0) }));
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
      scenarios: [...this.scenarios.values()].map((s) => parsedScenario(s, places, names2)),
      issues
    };
  }
};
function parsedScenario(s, places, modelNames) {
  let cells;
  const { modelIndex: modelIndex2, values, records } = s.scores.done();
  const place2 = (k) => places.cell(records[k], s.field);
  return {
    id: s.id,
    line: s.line,
    column: s.column,
    modelIndex: modelIndex2,
    values,
    place: place2,
    rowLine: (k) => places.line(records[k]),
    get cells() {
      return cells ??= Array.from(values, (value, k) => ({
        model: modelNames()[modelIndex2[k]],
        value,
        ...place2(k)
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
  add(spelling, record2) {
    this.spellings[this.count] = spelling;
    this.records[this.count] = record2;
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
var plainName = (first, last2) => first > 32 && first < 127 && first !== 61 && first !== 43 && first !== 64 && last2 > 32 && last2 < 127;
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
function otherNumber(text2) {
  if (!NUMBER.test(text2)) return void 0;
  const value = Number(text2);
  return Number.isFinite(value) ? value : void 0;
}
function isFormula(t) {
  const c = t.charCodeAt(0);
  return (c === 61 || c === 43 || c === 64) && !NUMBER.test(t);
}
function cellOk(text2, place2, limits, at) {
  if (text2.length <= limits.maxCellChars) return true;
  at(
    "error",
    "limit-cell-chars",
    place2(),
    `This cell has ${text2.length} characters; the limit maxCellChars is ${limits.maxCellChars}.`,
    "Shorten the cell, or raise limits.max_cell_chars in benchbench.yaml."
  );
  return false;
}

// src/catalog/metadata.ts
var import_yaml4 = __toESM(require_dist(), 1);
var DIRECTIONS = ["higher", "lower"];
var TEXT_KEYS = ["name", "snapshot", "category", "license", "description"];
var fileStem = (file) => (file.split("/").pop() ?? file).replace(/\.[^.]*$/, "");
var defaultMetadata = (stem) => ({
  name: stem,
  direction: "higher",
  scenarios: /* @__PURE__ */ Object.create(null)
});
function parseMetadata(file, text2) {
  const y = new YamlFile(file, text2);
  const f = y.fields(y.root, "the metadata", [
    ...TEXT_KEYS,
    "url",
    "simulated",
    ...RESOURCE_KEYS,
    "direction",
    "scenarios"
  ]) ?? {};
  const out = defaultMetadata(
    fileStem(file)
  );
  for (const key of TEXT_KEYS) {
    const value = f[key] && y.string(f[key].value, `\`${key}\``);
    if (value) out[key] = value;
  }
  if (f.url) {
    const url = y.string(f.url.value, "`url`");
    if (url !== void 0 && isWebUrl(url)) out.url = url;
    else if (url !== void 0) {
      y.error(
        f.url.value,
        "invalid-value",
        `\`url\` is not an http(s) address: ${JSON.stringify(url)}.`,
        "Write a full address starting with https://."
      );
    }
  }
  if (f.simulated) {
    const simulated = y.boolean(f.simulated.value, "`simulated`");
    if (simulated !== void 0) out.simulated = simulated;
  }
  Object.assign(out, resources(y, f));
  const scenarios = out.scenarios;
  const places = /* @__PURE__ */ new Map();
  const scenario = (id, at) => {
    if (!places.has(id)) places.set(id, at);
    return scenarios[id] ??= {};
  };
  if (f.direction) {
    if ((0, import_yaml4.isMap)(y.deref(f.direction.value))) {
      for (const e of y.entries(f.direction.value, "`direction`") ?? []) {
        const d = y.choice(e.value, `the direction of \`${e.key}\``, DIRECTIONS);
        if (d) scenario(e.key, y.at(e.keyNode)).direction = d;
      }
    } else {
      out.direction = y.choice(f.direction.value, "`direction`", DIRECTIONS) ?? "higher";
    }
  }
  if (f.scenarios) {
    for (const e of y.entries(f.scenarios.value, "`scenarios`") ?? []) {
      const s = y.fields(e.value, `scenario \`${e.key}\``, ["name", "direction"]);
      const meta2 = scenario(e.key, y.at(e.keyNode));
      if (!s) continue;
      const name = s.name && y.string(s.name.value, `the name of \`${e.key}\``);
      if (name) meta2.name = name;
      const d = s.direction && y.choice(s.direction.value, `the direction of \`${e.key}\``, DIRECTIONS);
      if (d && meta2.direction && meta2.direction !== d) {
        y.error(
          s.direction.value,
          "conflicting-direction",
          `Scenario \`${e.key}\` is declared both ${meta2.direction} and ${d} is better.`,
          "Declare the direction of a scenario in one place."
        );
      } else if (d) meta2.direction = d;
    }
  }
  return { metadata: out, issues: y.issues, scenarioPlaces: places };
}
var RESOURCE_KEYS = ["access", "cost", "items"];
function resources(y, f) {
  const out = {};
  const access = f.access && y.choice(f.access.value, "`access`", ACCESS_LEVELS);
  if (access) out.access = access;
  const items = f.items && y.integer(f.items.value, "`items`", 1);
  if (items !== void 0) out.items = items;
  if (f.cost) {
    const c = y.fields(f.cost.value, "`cost`", ["value", "unit"]);
    if (c && (!c.value || !c.unit)) {
      const absent = !c.value ? "value" : "unit";
      y.error(
        f.cost.value ?? f.cost.keyNode,
        "missing-key",
        `\`cost\` has no \`${absent}\`.`,
        "Write `cost: { value: 12, unit: GPU-hours per model }`."
      );
    } else if (c) {
      const value = y.number(c.value.value, "`cost.value`", 0);
      const unit = y.string(c.unit.value, "`cost.unit`");
      if (unit === "")
        y.error(
          c.unit.value,
          "invalid-value",
          "`cost.unit` is empty.",
          "Name the unit, e.g. `GPU-hours per model` or `USD`."
        );
      else if (value !== void 0 && unit !== void 0) out.cost = { value, unit };
    }
  }
  return out;
}
function isWebUrl(text2) {
  try {
    const u = new URL(text2);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

// src/catalog/model-names.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
function normaliseModelName(raw) {
  const cached2 = cache.get(raw);
  if (cached2 !== void 0) return cached2;
  const n = raw.replace(/[\p{Cc}\p{Cf}]/gu, (c) => /\s/u.test(c) ? " " : "").normalize("NFKC").trim().toLowerCase().replace(/[\s_.-]+/gu, "-").replace(/^-+|-+$/g, "");
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(raw, n);
  return n;
}
var CACHE_SIZE = 1e5;
var cache = /* @__PURE__ */ new Map();
var EMPTY_REGISTRY = Object.freeze({ models: /* @__PURE__ */ new Map(), aliases: /* @__PURE__ */ new Map() });
var emptyRegistry = () => EMPTY_REGISTRY;
function resolveModel(registry2, raw, naming = "standard") {
  const n = normaliseModelName(raw);
  return registry2.aliases.get(n) ?? (naming === "benchbench" ? benchbenchModelName(raw) : n);
}
function parseModels(file, text2) {
  const y = new YamlFile(file, text2, MODELS_YAML_LIMITS);
  const top = y.fields(y.root, "models.yaml", ["models"]) ?? {};
  const models = /* @__PURE__ */ new Map();
  const aliases = /* @__PURE__ */ new Map();
  const claimedAt = /* @__PURE__ */ new Map();
  const issues = [];
  const claim2 = (alias, id, node, written) => {
    const owner = aliases.get(alias);
    if (owner === void 0) {
      aliases.set(alias, id);
      claimedAt.set(alias, place(y.at(node)));
    } else if (owner !== id) {
      y.error(
        node,
        "alias-conflict",
        `${JSON.stringify(written)} (normalised \`${alias}\`) is claimed by both \`${owner}\` (${claimedAt.get(alias)}) and \`${id}\`.`,
        "A name may belong to one model only: remove it from one of them."
      );
    }
  };
  for (const e of y.entries(top.models?.value, "`models`") ?? []) {
    const id = normaliseModelName(e.key);
    if (id === "") {
      y.error(
        e.keyNode,
        "empty-model-id",
        "A model id is empty once normalised.",
        "Give the model a name with letters or digits."
      );
      continue;
    }
    if (id !== e.key) {
      issues.push(
        makeIssue({
          code: "model-id-not-normalised",
          file,
          ...y.at(e.keyNode),
          message: `The model id ${JSON.stringify(e.key)} is read as \`${id}\`.`,
          hint: `Write the id as \`${id}\` and keep the other spelling under \`aliases\`.`
        })
      );
    }
    if (models.has(id)) {
      y.error(
        e.keyNode,
        "alias-conflict",
        `The model id \`${id}\` is listed twice (${claimedAt.get(id)}).`,
        "List each model once and merge their aliases."
      );
      continue;
    }
    const f = y.fields(e.value, `model \`${e.key}\``, ["name", "aliases"]) ?? {};
    const name = f.name && y.string(f.name.value, `the name of \`${e.key}\``) || id;
    models.set(id, name);
    claim2(id, id, e.keyNode, e.key);
    for (const a of y.strings(f.aliases?.value, `the aliases of \`${e.key}\``) ?? []) {
      const alias = normaliseModelName(a.value);
      if (alias !== "") claim2(alias, id, a.node, a.value);
    }
  }
  return { registry: { models, aliases }, issues: [...y.issues, ...issues] };
}
var place = (p) => p ? `line ${p.line}` : "above";
var tokens = (normalised) => new Set(normalised.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
function modelSuggester(known) {
  const names2 = [...new Set(known)];
  const prepared = new Array(names2.length);
  const at = (i) => {
    let k = prepared[i];
    if (!k) {
      const n = normaliseModelName(names2[i]);
      prepared[i] = k = { name: names2[i], n, tokens: tokens(n) };
    }
    return k;
  };
  return (name, limit = 3, { skip, budget } = {}) => {
    const a = normaliseModelName(name);
    const ta = tokens(a);
    const scored = [];
    const [from, to] = skip ?? [0, 0];
    for (let i = 0; i < names2.length; i++) {
      if (i === from && to > from) i = to;
      if (i >= names2.length) break;
      const k = at(i);
      if (budget && !budget.spend(a.length * k.n.length + ta.size + 1)) return [];
      let shared2 = 0;
      for (const t of ta) if (k.tokens.has(t)) shared2++;
      const score2 = (0, import_fastest_levenshtein2.distance)(a, k.n) / Math.max(a.length, k.n.length, 1) - 0.5 * shared2 / Math.max(Math.min(ta.size, k.tokens.size), 1);
      if (score2 <= 0.5) scored.push({ name: k.name, score: score2 });
    }
    return scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)).slice(0, limit).map((s) => s.name);
  };
}

// src/catalog/results-table.ts
var ModelTable = class {
  constructor(registry2, naming) {
    this.registry = registry2;
    this.naming = naming;
  }
  registry;
  naming;
  /** Canonical id of model number n. */
  ids = [];
  numbers = /* @__PURE__ */ new Map();
  /** Names as written, numbered once per table (model-spellings.ts). */
  spellings = new ModelSpellings();
  /** Spelling number -> 1 + its model number (0: not resolved yet), grown by doubling. */
  modelOf = new Int32Array(256);
  /** Model number -> the stamp of the last file that named it (see `startFile`), grown by doubling. */
  lastFile = new Int32Array(256);
  file = 0;
  /** The model number of spelling s (of `spellings`), resolved to its canonical id once. */
  spellingNumber(s) {
    if (s < this.modelOf.length && this.modelOf[s] > 0) return this.modelOf[s] - 1;
    const id = resolveModel(this.registry, this.spellings.written[s], this.naming);
    let n = this.numbers.get(id);
    if (n === void 0) {
      this.numbers.set(id, n = this.ids.length);
      this.ids.push(id);
    }
    if (s >= this.modelOf.length) this.modelOf = grown(this.modelOf, 2 * s);
    this.modelOf[s] = n + 1;
    return n;
  }
  /** The model number of a canonical id, if a file of the table named it. */
  numberOf(id) {
    return this.numbers.get(id);
  }
  /** Starts a file: `namedAgain` then says whether a model was already named in it. */
  startFile() {
    this.file++;
  }
  /** Marks model n as named in the current file; true when it already was (two spellings, one model). */
  namedAgain(n) {
    if (n >= this.lastFile.length) this.lastFile = grown(this.lastFile, 2 * n);
    if (this.lastFile[n] === this.file) return true;
    this.lastFile[n] = this.file;
    return false;
  }
};
var PositionalMap = class {
  index;
  get(key) {
    const k = this.lookup().get(key);
    return k === void 0 ? void 0 : this.valueAt(k);
  }
  has(key) {
    return this.lookup().has(key);
  }
  forEach(callback, thisArg) {
    for (let k = 0; k < this.size; k++) callback.call(thisArg, this.valueAt(k), this.keyAt(k), this);
  }
  *entries() {
    for (let k = 0; k < this.size; k++) yield [this.keyAt(k), this.valueAt(k)];
  }
  *keys() {
    for (let k = 0; k < this.size; k++) yield this.keyAt(k);
  }
  *values() {
    for (let k = 0; k < this.size; k++) yield this.valueAt(k);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  lookup() {
    if (!this.index) {
      this.index = /* @__PURE__ */ new Map();
      for (let k = 0; k < this.size; k++) this.index.set(this.keyAt(k), k);
    }
    return this.index;
  }
};
var ModelColumn = class extends PositionalMap {
  constructor(table, modelNumbers, modelValues) {
    super();
    this.table = table;
    this.modelNumbers = modelNumbers;
    this.modelValues = modelValues;
  }
  table;
  modelNumbers;
  modelValues;
  get modelIds() {
    return this.table.ids;
  }
  get size() {
    return this.modelNumbers.length;
  }
  keyAt(k) {
    return this.table.ids[this.modelNumbers[k]];
  }
  valueAt(k) {
    return this.modelValues[k];
  }
};
var ModelNames = class extends PositionalMap {
  /** `spellings[k]`: the number of name k in the table's spellings (model-spellings.ts). */
  constructor(table, spellings, models) {
    super();
    this.table = table;
    this.spellings = spellings;
    this.models = models;
  }
  table;
  spellings;
  models;
  get size() {
    return this.spellings.length;
  }
  /** Name k as written. */
  nameAt(k) {
    return this.table.spellings.written[this.spellings[k]];
  }
  keyAt(k) {
    return this.nameAt(k);
  }
  valueAt(k) {
    return this.table.ids[this.models[k]];
  }
};
function valuesFor(map, ids) {
  if (!(map instanceof ModelColumn)) return ids.map((id) => map.get(id));
  const { modelNumbers, modelValues } = map;
  return byNumber(map.table, ids, (visit) => {
    for (let k = 0; k < modelNumbers.length; k++) visit(modelNumbers[k], modelValues[k]);
  });
}
function firstNamesOf(names2, ids) {
  if (names2 instanceof ModelNames)
    return byNumber(names2.table, ids, (visit) => {
      for (let k = 0; k < names2.models.length; k++) visit(names2.models[k], names2.nameAt(k));
    });
  const first = /* @__PURE__ */ new Map();
  for (const [name, id] of names2) if (!first.has(id)) first.set(id, name);
  return ids.map((id) => first.get(id));
}
function byNumber(table, ids, scan) {
  const numbers = ids.map((id) => table.numberOf(id));
  const found = /* @__PURE__ */ new Map();
  for (const n of numbers) if (n !== void 0) found.set(n, {});
  scan((n, value) => {
    const slot = found.get(n);
    if (slot && !("value" in slot)) slot.value = value;
  });
  return numbers.map((n) => n === void 0 ? void 0 : found.get(n).value);
}

// src/catalog/load-catalog.ts
var CONFIG_FILE = "benchbench.yaml";
var MODELS_FILE = "models.yaml";
var RESULTS = /^benchmarks\/(.+\/)?[^/]+\.csv$/;
var METADATA = /^benchmarks\/(.+\/)?[^/]+\.yaml$/;
function loadCatalog(files, options = {}) {
  return new CatalogLoader(files, options).load();
}
function catalogPreparer(paths, memo) {
  const listed = new Set([...paths].sort().slice(0, MAX_CATALOG_FILES));
  const files = /* @__PURE__ */ new Map();
  const loader = new CatalogLoader(files, { memo });
  const needed = [CONFIG_FILE, MODELS_FILE].filter((p) => listed.has(p));
  let waiting;
  let inTime = true;
  return (path, bytes) => {
    if (!listed.has(path)) return;
    files.set(path, bytes);
    if (!waiting) {
      if (!needed.every((p) => files.has(p))) return;
      loader.begin();
      waiting = [...files.keys()].filter((p) => RESULTS.test(p));
    } else if (RESULTS.test(path)) waiting.push(path);
    while (inTime && waiting.length > 0) {
      const next = waiting[0];
      const metadata = next.replace(/\.csv$/, ".yaml");
      if (listed.has(metadata) && !files.has(metadata)) break;
      waiting.shift();
      inTime = loader.visit(next);
    }
  };
}
var CatalogLoader = class {
  constructor(files, options) {
    this.files = files;
    this.options = options;
  }
  files;
  options;
  issues = [];
  suggestions = new SuggestionBudget();
  limits = DEFAULT_LIMITS;
  config = defaultConfig();
  aggregatePlaces = [];
  boardPlaces = [];
  configText;
  registry = emptyRegistry();
  modelNaming = "standard";
  table;
  deadline;
  benchmarks = [];
  /** Lowercased benchmark id -> the file that has it. */
  benchmarkIds = /* @__PURE__ */ new Map();
  /** Lowercased scenario id -> where it was first named. */
  scenarioOwners = /* @__PURE__ */ new Map();
  load() {
    const paths = this.catalogPaths();
    this.begin();
    const { established } = this.options;
    const rank = (p) => established?.has(p) ? 0 : 1;
    for (const path of paths.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)))
      if (!this.visit(path)) break;
    const named = this.benchmarks.flatMap((b) => b.scenarios);
    const resolved = resolvePresetAggregate(this.config, this.aggregatePlaces, named, CONFIG_FILE);
    ({ config: this.config, places: this.aggregatePlaces } = resolved);
    this.issues.push(...resolved.issues);
    if (this.configText !== void 0) this.checkConfigScenarios(new Set(named.map((s) => s.id)));
    this.benchmarks.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return {
      config: this.config,
      registry: this.registry,
      benchmarks: this.benchmarks,
      issues: capIssuesPerFile(sortIssues(this.issues)),
      // A memo's catalogs share files: their hashes share the work of hashing them (content-hash.ts).
      contentHash: this.options.memo ? this.options.memo.shared("content-hashes", [], () => new ContentHashes()).of(this.files) : contentHash(this.files)
    };
  }
  /** benchbench.yaml, models.yaml, then what every file is read with: the deadline and the model table. */
  begin() {
    this.readConfig();
    this.readModels();
    const { memo, clock } = this.options;
    const { registry: registry2, modelNaming } = this;
    this.deadline = this.options.deadline ?? new Deadline(this.limits.maxSeconds, clock);
    const newTable = () => new ModelTable(registry2, modelNaming);
    this.table = memo ? memo.shared("model-table", [registry2, modelNaming], newTable) : newTable();
  }
  /** The catalog's paths in order, at most MAX_CATALOG_FILES (an issue for the rest). */
  catalogPaths() {
    const paths = [...this.files.keys()].sort();
    if (paths.length > MAX_CATALOG_FILES) {
      this.issues.push(
        makeIssue({
          severity: "error",
          code: "limit-files",
          file: paths[MAX_CATALOG_FILES],
          message: `The catalog has ${paths.length} files; at most ${MAX_CATALOG_FILES} are read (MAX_CATALOG_FILES), in path order: this one and the ${paths.length - MAX_CATALOG_FILES - 1} after it are not.`,
          hint: "Merge small results files into fewer, larger ones."
        })
      );
      paths.length = MAX_CATALOG_FILES;
    }
    return paths;
  }
  /** The text of a file, with the issues of reading it added to `out`. */
  readInto(path, out) {
    return this.decodeInto(path, out)?.text;
  }
  /** The text of a file (and its code units when it is ASCII), with the issues of reading it added to `out`. */
  decodeInto(path, out) {
    const bytes = this.files.get(path);
    if (bytes === void 0) return void 0;
    if (bytes.length > this.limits.maxFileBytes) {
      out.push(
        makeIssue({
          severity: "error",
          code: "limit-file-bytes",
          file: path,
          message: `The file is ${bytes.length} bytes; the limit maxFileBytes is ${this.limits.maxFileBytes}.`,
          hint: "Split the file, or raise limits.max_file_bytes in benchbench.yaml."
        })
      );
      return void 0;
    }
    const decoded = decodeText(path, bytes);
    pushAll(out, decoded.issues);
    return decoded;
  }
  /** What `compute` gives for a file that exists, remembered by the memo when there is one. */
  remember(step, path, deps, compute) {
    const { memo } = this.options;
    return memo ? memo.get(step, path, this.files.get(path), deps, compute) : compute();
  }
  limitValues() {
    const { maxFileBytes, maxRows, maxColumns, maxCellChars } = this.limits;
    return [maxFileBytes, maxRows, maxColumns, maxCellChars];
  }
  /** benchbench.yaml (required), then the limits, preset and naming that the rest is read with. */
  readConfig() {
    if (this.files.has(CONFIG_FILE)) {
      const step = this.remember("config", CONFIG_FILE, this.limitValues(), () => {
        const out = [];
        const text2 = this.readInto(CONFIG_FILE, out);
        return { out, text: text2, parsed: text2 === void 0 ? void 0 : parseConfig(CONFIG_FILE, text2) };
      });
      pushAll(this.issues, step.out);
      this.configText = step.text;
      if (step.parsed) {
        pushAll(this.issues, step.parsed.issues);
        this.config = step.parsed.config;
        ({ aggregate: this.aggregatePlaces, leaderboardScenarios: this.boardPlaces } = step.parsed.places);
      }
    } else {
      this.issues.push(
        makeIssue({
          severity: "error",
          code: "missing-config",
          file: CONFIG_FILE,
          message: "The catalog has no benchbench.yaml.",
          hint: "Add benchbench.yaml with at least `aggregate: { scenarios: [...] }`."
        })
      );
    }
    this.limits = this.options.limits ?? this.config.limits;
    if (this.options.preset) {
      this.config = withPreset(this.config, this.options.preset);
      this.aggregatePlaces = this.config.aggregate.scenarios.map((name) => ({ name }));
    }
    this.modelNaming = this.options.modelNames ?? this.config.modelNames;
  }
  /** models.yaml (optional): canonical ids and aliases. */
  readModels() {
    if (!this.files.has(MODELS_FILE)) return;
    const step = this.remember("models", MODELS_FILE, this.limitValues(), () => {
      const out = [];
      const text2 = this.readInto(MODELS_FILE, out);
      const parsed = text2 === void 0 ? void 0 : parseModels(MODELS_FILE, text2);
      if (parsed) pushAll(out, parsed.issues);
      return { out, registry: parsed?.registry };
    });
    pushAll(this.issues, step.out);
    if (step.registry) this.registry = step.registry;
  }
  /** One path of the catalog: a results file is loaded, anything else checked; false once out of time. */
  visit(path) {
    if (path === CONFIG_FILE || path === MODELS_FILE) return true;
    if (METADATA.test(path)) {
      if (!this.files.has(path.replace(/\.yaml$/, ".csv"))) {
        this.issues.push(
          makeIssue({
            severity: "warning",
            code: "orphan-metadata",
            file: path,
            message: `There is no results file ${path.replace(/\.yaml$/, ".csv")} for this metadata.`,
            hint: "Rename the metadata to the stem of its results file, or delete it."
          })
        );
      }
      return true;
    }
    if (!RESULTS.test(path)) {
      this.issues.push(
        makeIssue({
          severity: "note",
          code: "unknown-file",
          file: path,
          message: "This file is not part of the catalog format and is ignored.",
          hint: unknownFileHint(path)
        })
      );
      return true;
    }
    if (!this.inTime(path)) return false;
    const id = fileStem(path);
    if (!this.ownBenchmarkId(path, id)) return true;
    const benchmark = this.loadBenchmark(path, id);
    if (benchmark) this.benchmarks.push(benchmark);
    return true;
  }
  inTime(path) {
    try {
      this.deadline.check(path);
      return true;
    } catch (e) {
      if (!(e instanceof TimeLimitError)) throw e;
      this.issues.push(
        makeIssue({
          severity: "error",
          code: "limit-time",
          file: path,
          message: `${e.message} This file and the ones after it were not read.`,
          hint: "Raise limits.max_seconds in benchbench.yaml."
        })
      );
      return false;
    }
  }
  /** Whether the file's benchmark id is its own (ids that differ only in case clash), and visible. */
  ownBenchmarkId(path, id) {
    const clash = this.benchmarkIds.get(id.toLowerCase());
    if (clash !== void 0) {
      this.issues.push(
        makeIssue({
          severity: "error",
          code: "duplicate-benchmark-id",
          file: path,
          message: `${clash} and ${path} have the same file name${fileStem(clash) === id ? "" : " but for case"}; benchmark ids must be unique, ignoring case.`,
          hint: "Rename one of the two files (and its metadata)."
        })
      );
      return false;
    }
    this.benchmarkIds.set(id.toLowerCase(), path);
    const hidden = invisibleIssue("file name", path, path);
    if (hidden) this.issues.push(hidden);
    return true;
  }
  /** A results file with its metadata: the scenarios it owns, then the metadata's unknown scenarios. */
  loadBenchmark(path, id) {
    const { registry: registry2, modelNaming } = this;
    const results = this.remember(
      "results",
      path,
      [...this.limitValues(), registry2, modelNaming],
      () => this.readResults(path)
    );
    pushAll(this.issues, results.readIssues);
    const metadataFile = path.replace(/\.csv$/, ".yaml");
    const { metadata, places } = this.readMetadata(path, id, metadataFile);
    pushAll(this.issues, results.parseIssues);
    if (!results.readable) return void 0;
    const scenarios = this.ownScenarios(path, id, results, metadata);
    this.unknownScenarios(path, metadataFile, results, metadata, places);
    return {
      id,
      file: path,
      ...this.files.has(metadataFile) && { metadataFile },
      metadata,
      scenarios,
      modelNames: results.modelNames
    };
  }
  /** The metadata of a results file, or the defaults (with an error when the file is missing). */
  readMetadata(path, id, metadataFile) {
    if (!this.files.has(metadataFile)) {
      this.issues.push(
        makeIssue({
          severity: "error",
          code: "missing-metadata",
          file: path,
          message: `The results file has no metadata file ${metadataFile}.`,
          hint: `Add ${metadataFile} with at least \`name:\` and \`direction: higher\` (or \`lower\`).`
        })
      );
      return { metadata: defaultMetadata(id), places: /* @__PURE__ */ new Map() };
    }
    const step = this.remember("metadata", metadataFile, this.limitValues(), () => {
      const out = [];
      const text2 = this.readInto(metadataFile, out);
      const parsed = text2 === void 0 ? void 0 : parseMetadata(metadataFile, text2);
      if (parsed) pushAll(out, parsed.issues);
      return { out, parsed };
    });
    pushAll(this.issues, step.out);
    if (!step.parsed) return { metadata: defaultMetadata(id), places: /* @__PURE__ */ new Map() };
    return { metadata: step.parsed.metadata, places: step.parsed.scenarioPlaces };
  }
  /** The file's scenarios whose id no earlier file has (ignoring case), named and directed by the metadata. */
  ownScenarios(path, id, results, metadata) {
    const scenarios = [];
    for (const s of results.scenarios) {
      const owner = this.scenarioOwners.get(s.id.toLowerCase());
      if (owner) {
        this.issues.push(
          makeIssue({
            severity: "error",
            code: "duplicate-scenario",
            file: path,
            line: s.line,
            column: s.column,
            message: `The scenario id \`${s.id}\` is already used by ${owner.file} (line ${owner.line})${owner.id === s.id ? "" : ` as \`${owner.id}\``}.`,
            hint: "Scenario ids are unique across the catalog, ignoring case: rename the column (or the scenario) in one of the files."
          })
        );
        continue;
      }
      this.scenarioOwners.set(s.id.toLowerCase(), { file: path, line: s.line, id: s.id });
      const hidden = invisibleIssue("scenario id", s.id, path, { line: s.line, column: s.column });
      if (hidden) this.issues.push(hidden);
      pushAll(this.issues, s.issues);
      const meta2 = metadata.scenarios[s.id];
      scenarios.push({
        id: s.id,
        name: meta2?.name ?? (results.scenarios.length === 1 ? metadata.name : s.id),
        benchmark: id,
        direction: meta2?.direction ?? metadata.direction,
        scores: s.scores,
        lines: s.lines
      });
    }
    return scenarios;
  }
  /** Scenarios the metadata describes that the results file lacks: an error when declared lower-is-better. */
  unknownScenarios(path, metadataFile, results, metadata, places) {
    const ids = results.scenarios.map((s) => s.id);
    const idSet = new Set(ids);
    for (const [scenario, place2] of places) {
      if (idSet.has(scenario)) continue;
      const lower = metadata.scenarios[scenario]?.direction === "lower";
      const guess = didYouMean(scenario, ids, this.suggestions);
      this.issues.push(
        makeIssue({
          severity: lower ? "error" : "warning",
          code: "unknown-scenario",
          file: metadataFile,
          ...place2,
          message: `${lower ? "Lower-is-better is declared for" : "The metadata describes"} scenario \`${scenario}\`, which ${path} does not have.`,
          hint: guess ? `Did you mean \`${guess}\`?` : `The scenarios of ${path}: ${listSome(ids)}.`
        })
      );
    }
  }
  /**
   * A results file on its own: what reading and parsing it says, and its scenarios with scores
   * by canonical model id (given the registry), before any check against other files.
   */
  readResults(path) {
    const { table } = this;
    const readIssues = [];
    const { text: text2, units } = this.decodeInto(path, readIssues) ?? {};
    const none = {
      readIssues,
      parseIssues: [],
      readable: false,
      modelNames: new ModelNames(table, new Int32Array(0), new Int32Array(0)),
      scenarios: []
    };
    if (text2 === void 0) return none;
    const parsed = parseResultsCsv(path, text2, this.limits, table.spellings, units);
    if (parsed.format === void 0) return { ...none, parseIssues: parsed.issues };
    table.startFile();
    let clashes = false;
    const models = new Int32Array(parsed.modelSpellings.length);
    for (let i = 0; i < models.length; i++) {
      models[i] = table.spellingNumber(parsed.modelSpellings[i]);
      if (table.namedAgain(models[i])) clashes = true;
    }
    return {
      readIssues,
      parseIssues: withInvisibleNames(path, parsed, table.spellings),
      readable: true,
      modelNames: new ModelNames(table, Int32Array.from(parsed.modelSpellings), models),
      scenarios: clashes ? this.clashingScenarios(path, parsed, models) : this.distinctScenarios(path, parsed, models)
    };
  }
  /** Every score kept: the parse's own arrays, its model indices renumbered in place (it is not used after), or the file's. */
  distinctScenarios(path, parsed, models) {
    const wideLines = parsed.format === "wide" ? new ModelColumn(this.table, models, parsed.modelLines) : void 0;
    return parsed.scenarios.map((s) => {
      const lines = wideLines ?? Int32Array.from(s.values, (_, k) => s.rowLine(k));
      const numbers = sameOrOwn(models, s.modelIndex);
      return {
        id: s.id,
        line: s.line,
        column: s.column,
        scores: new ModelColumn(this.table, numbers, s.values),
        lines: lines instanceof ModelColumn ? lines : new ModelColumn(this.table, numbers, lines),
        issues: emptyScenarioIssues(path, s, numbers.length)
      };
    });
  }
  /** Two names of the file are one model: in each scenario the first score of a model is kept, the others are errors. */
  clashingScenarios(path, parsed, models) {
    return parsed.scenarios.map((s) => {
      const scenarioIssues = [];
      const firstCell = /* @__PURE__ */ new Map();
      const kept = [];
      const { modelIndex: modelIndex2, values } = s;
      for (let k = 0; k < values.length; k++) {
        const n = models[modelIndex2[k]];
        const first = firstCell.get(n);
        if (first !== void 0) {
          const { line, column } = s.place(k);
          scenarioIssues.push(
            makeIssue({
              severity: "error",
              code: "duplicate-model",
              file: path,
              line,
              column,
              message: `${JSON.stringify(parsed.modelNames[modelIndex2[k]])} (line ${line}) and ${JSON.stringify(parsed.modelNames[modelIndex2[first]])} (line ${s.place(first).line}) are the same model \`${this.table.ids[n]}\` in scenario \`${s.id}\`.`,
              hint: "Keep one row per model (the first is used), or list them as different models in models.yaml."
            })
          );
          continue;
        }
        firstCell.set(n, k);
        kept.push(k);
      }
      const numbers = Int32Array.from(kept, (k) => models[modelIndex2[k]]);
      pushAll(scenarioIssues, emptyScenarioIssues(path, s, kept.length));
      return {
        id: s.id,
        line: s.line,
        column: s.column,
        scores: new ModelColumn(
          this.table,
          numbers,
          Float64Array.from(kept, (k) => values[k])
        ),
        lines: new ModelColumn(
          this.table,
          numbers,
          Int32Array.from(kept, (k) => s.rowLine(k))
        ),
        issues: scenarioIssues
      };
    });
  }
  checkConfigScenarios(known) {
    const unknown2 = (p, code, what) => {
      const guess = didYouMean(p.name, known, this.suggestions);
      this.issues.push(
        makeIssue({
          severity: "warning",
          code,
          file: CONFIG_FILE,
          line: p.line,
          column: p.column,
          message: `The ${what} scenario \`${p.name}\` matches no scenario of the catalog and is left out.`,
          hint: guess ? `Did you mean \`${guess}\`?` : "Check the scenario id: it is a column name of a results file (wide) or a value of its `scenario` column (long)."
        })
      );
    };
    const { aggregatePlaces, boardPlaces } = this;
    const matched = aggregatePlaces.filter((p) => known.has(p.name));
    for (const p of aggregatePlaces)
      if (!known.has(p.name)) unknown2(p, "unknown-aggregate-scenario", "aggregate");
    if (matched.length < 1) {
      const first = aggregatePlaces[0];
      this.issues.push(
        makeIssue({
          severity: "error",
          code: "aggregate-too-small",
          file: CONFIG_FILE,
          line: first?.line,
          column: first?.column,
          message: `The aggregate needs at least 1 scenario of the catalog; none of the ${aggregatePlaces.length} configured match.`,
          hint: "List existing scenario ids under `aggregate.scenarios` (several: agreement with a single reference is what BenchBench warns against)."
        })
      );
    }
    for (const p of boardPlaces)
      if (!known.has(p.name)) unknown2(p, "unknown-leaderboard-scenario", "leaderboard");
  }
};
function sameOrOwn(models, index) {
  let identity = index.length === models.length;
  for (let k = 0; k < index.length; k++) {
    if (index[k] !== k) identity = false;
    index[k] = models[index[k]];
  }
  return identity ? models : index;
}
function emptyScenarioIssues(path, s, count2) {
  if (count2 > 0) return [];
  return [
    makeIssue({
      severity: "warning",
      code: "empty-scenario",
      file: path,
      line: s.line,
      column: s.column,
      message: `The scenario \`${s.id}\` has no scores.`,
      hint: "Fill in its scores, or remove the column."
    })
  ];
}
var MAX_CATALOG_FILES = 2e4;
function listSome(ids) {
  if (ids.length === 0) return "none";
  const shown = ids.slice(0, 10).map((i) => `\`${i}\``).join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}
function unknownFileHint(path) {
  if (/\.yml$/.test(path)) return "Catalog YAML files end in `.yaml`: rename the file.";
  if (/\.(csv|yaml)$/.test(path) && !path.startsWith("benchmarks/"))
    return "Results and their metadata belong under `benchmarks/`.";
  return "Expected: benchbench.yaml, models.yaml, and benchmarks/<name>.csv with benchmarks/<name>.yaml.";
}
var MAX_SUGGESTED = 500;
var modelIndexes = /* @__PURE__ */ new WeakMap();
function modelIndex(catalog) {
  let index = modelIndexes.get(catalog);
  if (index) return index;
  const { ids, perBenchmark } = numberedModels(catalog);
  const counts = new Int32Array(ids.length);
  const seenIn = new Int32Array(ids.length).fill(-1);
  perBenchmark.forEach((models, b) => {
    for (const n of models) {
      if (seenIn[n] === b) continue;
      seenIn[n] = b;
      counts[n]++;
    }
  });
  const shared2 = /* @__PURE__ */ new Set();
  counts.forEach((c, n) => c > 1 && shared2.add(ids[n]));
  const order2 = [...shared2].sort();
  const blocks = /* @__PURE__ */ new Map();
  seenIn.fill(-1);
  catalog.benchmarks.forEach((benchmark, b) => {
    const from = order2.length;
    for (const n of perBenchmark[b]) {
      if (counts[n] !== 1 || seenIn[n] === b) continue;
      seenIn[n] = b;
      order2.push(ids[n]);
    }
    blocks.set(benchmark.id, [from, order2.length]);
  });
  index = { suggest: modelSuggester(order2), blocks, shared: shared2 };
  modelIndexes.set(catalog, index);
  return index;
}
function numberedModels(catalog) {
  const first = catalog.benchmarks[0]?.modelNames;
  if (first instanceof ModelNames && catalog.benchmarks.every((b) => b.modelNames instanceof ModelNames && b.modelNames.table === first.table))
    return {
      ids: first.table.ids,
      perBenchmark: catalog.benchmarks.map((b) => b.modelNames.models)
    };
  const ids = [];
  const numbers = /* @__PURE__ */ new Map();
  const numberOf = (id) => {
    let n = numbers.get(id);
    if (n === void 0) numbers.set(id, n = ids.push(id) - 1);
    return n;
  };
  return {
    ids,
    perBenchmark: catalog.benchmarks.map((b) => Int32Array.from(b.modelNames.values(), numberOf))
  };
}
function unmatchedModels(catalog, benchmarkId, budget = new SuggestionBudget()) {
  const benchmark = catalog.benchmarks.find((b) => b.id === benchmarkId);
  if (!benchmark) return [];
  const { suggest, blocks, shared: shared2 } = modelIndex(catalog);
  const unmatched = [...benchmark.modelNames].filter(([, id]) => !shared2.has(id));
  if (unmatched.length === 0) return [];
  const options = { budget, skip: blocks.get(benchmark.id) };
  return unmatched.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name], i) => ({ name, suggestions: i < MAX_SUGGESTED ? suggest(name, 3, options) : [] }));
}
function withInvisibleNames(path, parsed, spellings) {
  const out = [];
  parsed.modelSpellings.forEach((spelling, i) => {
    if (!spellings.holdsInvisible(spelling)) return;
    const { line, column } = parsed.models[i];
    out.push(invisibleIssue("model name", spellings.written[spelling], path, { line, column }));
  });
  if (out.length === 0) return parsed.issues;
  pushAll(out, parsed.issues);
  return out;
}

// src/sources/total-bytes.ts
var TotalBytes = class {
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  total = 0;
  first;
  leftOut = 0;
  /** Whether a file of `size` bytes, next in path order, is read. */
  admit(file, size) {
    if (this.first === void 0 && this.total + size <= this.cap) {
      this.total += size;
      return true;
    }
    this.first ??= file;
    this.leftOut++;
    return false;
  }
  /** The one issue, once a file was left out. */
  issue() {
    if (this.first === void 0) return void 0;
    const others = this.leftOut - 1;
    return makeIssue({
      code: "limit-total-bytes",
      severity: "error",
      file: this.first,
      message: `The catalog's files add up to more than ${this.cap} bytes; the limit maxTotalBytes is ${this.cap}. This file` + (others > 0 ? ` and the ${others} after it in path order are` : " is") + " not read."
    });
  }
};
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

export {
  getEnumValues,
  assignProp,
  NUMBER_FORMAT_RANGES,
  BIGINT_FORMAT_RANGES,
  base64,
  base64url,
  integer,
  number,
  base64Charset,
  base64urlCharset,
  globalRegistry,
  _lte,
  _gte,
  _nonnegative,
  _maxLength,
  _regex,
  string2 as string,
  number2,
  int,
  boolean2 as boolean,
  unknown,
  array,
  strictObject,
  union,
  tuple,
  record,
  _enum,
  literal,
  transform,
  optional,
  nullable,
  pipe,
  readonly,
  refine,
  countBelow,
  meanWinRate,
  defaultMinScenarios,
  require_mod,
  SuggestionBudget,
  didYouMean,
  PRESET_NAMES,
  PRESETS,
  resolveScenarioNames,
  mean,
  sampleStandardDeviation,
  sortIndices,
  averageRanks,
  plausibility,
  saturation,
  DEFAULT_LIMITS,
  configuredLimits,
  FileMemo,
  contentHash,
  decodeText,
  parseResultsCsv,
  ModelColumn,
  valuesFor,
  firstNamesOf,
  CONFIG_FILE,
  MODELS_FILE,
  loadCatalog,
  catalogPreparer,
  unmatchedModels,
  TotalBytes,
  byPath
};

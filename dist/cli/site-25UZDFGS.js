import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  writeFiles
} from "./chunk-W25NUO4V.js";
import {
  LEADERBOARD_SCHEMA,
  LEADERBOARD_SCHEMA_FILE,
  LEADERBOARD_SCHEMA_VERSION,
  leaderboardDocument,
  leaderboardMarkdown
} from "./chunk-EAI2XF2A.js";
import {
  pairwiseAgreements
} from "./chunk-K3L4XTES.js";
import {
  escapeHtml,
  methodLine
} from "./chunk-UFSFVSIK.js";
import "./chunk-CI7HPVOO.js";
import {
  rankSimilar
} from "./chunk-ODW4R6P4.js";
import {
  loadCatalogFolder
} from "./chunk-PGNH72GG.js";
import "./chunk-WUSCOLWA.js";
import {
  aggregateRow,
  presetOption,
  scoreCatalog
} from "./chunk-OUMOTTCZ.js";
import "./chunk-ITNWOIZY.js";
import {
  $ZodAny,
  $ZodArray,
  $ZodBase64,
  $ZodBase64URL,
  $ZodBigInt,
  $ZodBigIntFormat,
  $ZodBoolean,
  $ZodCIDRv4,
  $ZodCIDRv6,
  $ZodCUID,
  $ZodCUID2,
  $ZodCatch,
  $ZodCheck,
  $ZodCodec,
  $ZodCreditCard,
  $ZodCustom,
  $ZodCustomStringFormat,
  $ZodDate,
  $ZodDefault,
  $ZodDiscriminatedUnion,
  $ZodE164,
  $ZodEmail,
  $ZodEmoji,
  $ZodEncodeError,
  $ZodEnum,
  $ZodError,
  $ZodExactOptional,
  $ZodFile,
  $ZodFunction,
  $ZodGUID,
  $ZodIBAN,
  $ZodIPv4,
  $ZodIPv6,
  $ZodISODate,
  $ZodISODateTime,
  $ZodISODuration,
  $ZodISOTime,
  $ZodIntersection,
  $ZodJWT,
  $ZodKSUID,
  $ZodLazy,
  $ZodLiteral,
  $ZodMAC,
  $ZodMap,
  $ZodNaN,
  $ZodNanoID,
  $ZodNever,
  $ZodNonOptional,
  $ZodNull,
  $ZodNullable,
  $ZodNumber,
  $ZodNumberFormat,
  $ZodObjectJIT,
  $ZodOptional,
  $ZodPipe,
  $ZodPrefault,
  $ZodPreprocess,
  $ZodPromise,
  $ZodReadonly,
  $ZodRecord,
  $ZodSet,
  $ZodString,
  $ZodStringFormat,
  $ZodSuccess,
  $ZodSymbol,
  $ZodTemplateLiteral,
  $ZodTransform,
  $ZodTuple,
  $ZodType,
  $ZodULID,
  $ZodURL,
  $ZodUUID,
  $ZodUndefined,
  $ZodUnion,
  $ZodUnknown,
  $ZodVoid,
  $ZodXID,
  $ZodXor,
  $brand,
  $constructor,
  $input,
  $output,
  INVALID,
  NEVER,
  TimePrecision,
  ZodCompileAsyncError,
  ZodCompileUnsupportedError,
  _any,
  _array,
  _base64,
  _base64url,
  _bigint,
  _boolean,
  _cidrv4,
  _cidrv6,
  _coercedBigint,
  _coercedBoolean,
  _coercedDate,
  _coercedNumber,
  _coercedString,
  _creditCard,
  _cuid,
  _cuid2,
  _custom,
  _date,
  _decode,
  _decodeAsync,
  _e164,
  _email,
  _emoji,
  _encode,
  _encodeAsync,
  _endsWith,
  _file,
  _float32,
  _float64,
  _gt,
  _gte,
  _guid,
  _iban,
  _includes,
  _int,
  _int32,
  _int64,
  _ipv4,
  _ipv6,
  _isoDate,
  _isoDateTime,
  _isoDuration,
  _isoTime,
  _jwt,
  _ksuid,
  _length,
  _lowercase,
  _lt,
  _lte,
  _mac,
  _maxLength,
  _maxSize,
  _mime,
  _minLength,
  _minSize,
  _multipleOf,
  _nan,
  _nanoid,
  _negative,
  _never,
  _nonnegative,
  _nonpositive,
  _normalize,
  _null,
  _number,
  _overwrite,
  _parse,
  _parseAsync,
  _positive,
  _properties,
  _property,
  _refine,
  _regex,
  _safeDecode,
  _safeDecodeAsync,
  _safeEncode,
  _safeEncodeAsync,
  _safeParse,
  _safeParseAsync,
  _size,
  _slugify,
  _startsWith,
  _string,
  _stringFormat,
  _stringbool,
  _superRefine,
  _symbol,
  _toLowerCase,
  _toUpperCase,
  _trim,
  _uint32,
  _uint64,
  _ulid,
  _undefined,
  _unknown,
  _uppercase,
  _url,
  _uuid,
  _uuidv4,
  _uuidv6,
  _uuidv7,
  _void,
  _xid,
  aggregateChecks,
  anyProcessor,
  arrayProcessor,
  assignProp,
  bigintProcessor,
  booleanProcessor,
  catchProcessor,
  clone,
  compile,
  config,
  core_exports,
  createStandardJSONSchemaMethod,
  createToJSONSchemaMethod,
  currencyCode,
  customProcessor,
  dateProcessor,
  defaultProcessor,
  describe,
  domain,
  en_default,
  enumProcessor,
  fileProcessor,
  flattenError,
  formatError,
  functionProcessor,
  getDiscriminatedOption,
  globalConfig,
  globalRegistry,
  hex,
  hostname,
  httpProtocol,
  intersectionProcessor,
  isPlainObject,
  jsonStringifyReplacer,
  lazyProcessor,
  literalProcessor,
  locales_exports,
  mapProcessor,
  memoizer,
  mergeDefs,
  meta,
  nanProcessor,
  neverProcessor,
  nonoptionalProcessor,
  nullProcessor,
  nullableProcessor,
  numberProcessor,
  objectProcessor,
  optionalProcessor,
  pipeProcessor,
  prefaultProcessor,
  prettifyError,
  promiseProcessor,
  readonlyProcessor,
  recordProcessor,
  regexes_exports,
  registry,
  setProcessor,
  standardProps,
  stringProcessor,
  successProcessor,
  symbolProcessor,
  templateLiteralProcessor,
  toJSONSchema,
  toZod,
  transformProcessor,
  treeifyError,
  tupleProcessor,
  undefinedProcessor,
  unionProcessor,
  unknownProcessor,
  util_exports,
  validate,
  validateAsync,
  voidProcessor,
  withParser
} from "./chunk-RPJ664QX.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  forceOption,
  plural,
  verboseOption
} from "./chunk-3X4DT7ZI.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  Option,
  __export,
  reportIssues,
  wholeNumber
} from "./chunk-ECGFR655.js";

// src/cli/commands/site.ts
import { existsSync, readdirSync, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// src/pipeline/build-site.ts
import { deflateRawSync } from "node:zlib";

// src/report/badges.ts
var BADGE_FOLDER = "badges";
var LEADERBOARD_BADGE = `${BADGE_FOLDER}/leaderboard.json`;
var LEADERBOARD_STEM = "leaderboard";
var MAX_STEM = 120;
function badgeFileName(scenario) {
  let stem = "";
  for (const byte of new TextEncoder().encode(scenario)) {
    const c = String.fromCharCode(byte);
    stem += /[A-Za-z0-9_-]/.test(c) ? c : `~${byte.toString(16).padStart(2, "0")}`;
  }
  if (stem === LEADERBOARD_STEM) stem = `~6c${stem.slice(1)}`;
  if (stem === "") stem = "~~";
  if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM - 18)}~~${fnv1a(scenario)}`;
  return `${stem}.json`;
}
function badgeFiles(doc) {
  const files = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  files.set(LEADERBOARD_BADGE, json(leaderboardBadge(doc)));
  doc.boards.forEach((board, b) => {
    const scored = board.rows.filter((r) => r.rank !== null).length;
    for (const row of board.rows) {
      if (seen.has(row.scenario)) continue;
      seen.add(row.scenario);
      const label = b === 0 ? "BenchBench" : `BenchBench ${clip(board.title, 40)}`;
      files.set(`${BADGE_FOLDER}/${badgeFileName(row.scenario)}`, json(scenarioBadge(row, scored, label)));
    }
  });
  return files;
}
function scenarioBadge(row, scored, label = "BenchBench") {
  if (row.z === null || row.rank === null)
    return { schemaVersion: 1, label, message: "not scored", color: "lightgrey" };
  const iv = row.z_interval ? ` [${signed(row.z_interval[0])}, ${signed(row.z_interval[1])}]` : "";
  return {
    schemaVersion: 1,
    label,
    message: `Z ${signed(row.z)}${iv} · rank ${row.rank}/${scored}`,
    color: zColor(row.z)
  };
}
function leaderboardBadge(doc) {
  const scored = new Set(
    doc.boards.flatMap((b) => b.rows.filter((r) => r.rank !== null).map((r) => r.scenario))
  );
  return {
    schemaVersion: 1,
    label: "BenchBench",
    message: `${scored.size} ${scored.size === 1 ? "benchmark" : "benchmarks"} scored · ${doc.catalog.models} ${doc.catalog.models === 1 ? "model" : "models"}`,
    color: "blue"
  };
}
function zColor(z2) {
  if (z2 >= 1) return "brightgreen";
  if (z2 >= 0) return "green";
  if (z2 >= -1) return "yellow";
  return "orange";
}
var signed = (v) => {
  const s = Math.abs(v).toFixed(2);
  return Number(s) === 0 ? "0.00" : `${v < 0 ? "-" : "+"}${s}`;
};
var clip = (s, n) => {
  const chars = [...s.replace(/[\x00-\x1f\x7f]/g, " ")];
  return chars.length > n ? chars.slice(0, n - 1).join("") + "…" : chars.join("");
};
var json = (b) => JSON.stringify(b, null, 2) + "\n";
function fnv1a(s) {
  const run = (seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, "0");
  };
  return run(2166136261) + run(2166136261 ^ 1540483477);
}

// node_modules/zod/v4/classic/external.js
var external_exports = {};
__export(external_exports, {
  $brand: () => $brand,
  $input: () => $input,
  $output: () => $output,
  INVALID: () => INVALID,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodError: () => ZodError,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFirstPartyTypeKind: () => ZodFirstPartyTypeKind,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodIssueCode: () => ZodIssueCode,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRealError: () => ZodRealError,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base64,
  base64url: () => base64url,
  bigint: () => bigint,
  boolean: () => boolean,
  catch: () => _catch,
  check: () => check,
  cidrv4: () => cidrv4,
  cidrv6: () => cidrv6,
  clone: () => clone,
  codec: () => codec,
  coerce: () => coerce_exports,
  compile: () => compile,
  config: () => config,
  core: () => core_exports,
  creditCard: () => creditCard,
  cuid: () => cuid,
  cuid2: () => cuid2,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date,
  decode: () => decode,
  decodeAsync: () => decodeAsync,
  deepPartial: () => deepPartial,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e164,
  email: () => email,
  emoji: () => emoji,
  encode: () => encode,
  encodeAsync: () => encodeAsync,
  endsWith: () => _endsWith,
  enum: () => _enum,
  exactOptional: () => exactOptional,
  file: () => file,
  flattenError: () => flattenError,
  float32: () => float32,
  float64: () => float64,
  formatError: () => formatError,
  fromJSONSchema: () => fromJSONSchema,
  function: () => _function,
  getDiscriminatedOption: () => getDiscriminatedOption,
  getErrorMap: () => getErrorMap,
  globalRegistry: () => globalRegistry,
  gt: () => _gt,
  gte: () => _gte,
  guid: () => guid,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban,
  includes: () => _includes,
  input: () => input,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  iso: () => iso_exports,
  json: () => json2,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid,
  lazy: () => lazy,
  length: () => _length,
  literal: () => literal,
  locales: () => locales_exports,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  mac: () => mac,
  map: () => map,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  memoizer: () => memoizer,
  meta: () => meta2,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  nan: () => nan,
  nanoid: () => nanoid,
  nativeEnum: () => nativeEnum,
  negative: () => _negative,
  never: () => never,
  nonnegative: () => _nonnegative,
  nonoptional: () => nonoptional,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  null: () => _null2,
  nullable: () => nullable,
  nullish: () => nullish,
  number: () => number,
  object: () => object,
  optional: () => optional,
  output: () => output,
  overwrite: () => _overwrite,
  parse: () => parse,
  parseAsync: () => parseAsync,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  positive: () => _positive,
  prefault: () => prefault,
  preprocess: () => preprocess,
  prettifyError: () => prettifyError,
  promise: () => promise,
  properties: () => _properties,
  property: () => _property,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  regex: () => _regex,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode,
  safeDecodeAsync: () => safeDecodeAsync,
  safeEncode: () => safeEncode,
  safeEncodeAsync: () => safeEncodeAsync,
  safeParse: () => safeParse,
  safeParseAsync: () => safeParseAsync,
  set: () => set,
  setErrorMap: () => setErrorMap,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  strictObject: () => strictObject,
  string: () => string,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  toJSONSchema: () => toJSONSchema,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  toZod: () => toZod,
  transform: () => transform,
  treeifyError: () => treeifyError,
  trim: () => _trim,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid,
  undefined: () => _undefined2,
  union: () => union,
  unknown: () => unknown,
  uppercase: () => _uppercase,
  url: () => url,
  util: () => util_exports,
  uuid: () => uuid,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  validate: () => validate,
  validateAsync: () => validateAsync,
  void: () => _void2,
  withParser: () => withParser,
  xid: () => xid,
  xor: () => xor
});

// node_modules/zod/v4/classic/schemas.js
var schemas_exports = {};
__export(schemas_exports, {
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base64,
  base64url: () => base64url,
  bigint: () => bigint,
  boolean: () => boolean,
  catch: () => _catch,
  check: () => check,
  cidrv4: () => cidrv4,
  cidrv6: () => cidrv6,
  codec: () => codec,
  creditCard: () => creditCard,
  cuid: () => cuid,
  cuid2: () => cuid2,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e164,
  email: () => email,
  emoji: () => emoji,
  enum: () => _enum,
  exactOptional: () => exactOptional,
  file: () => file,
  float32: () => float32,
  float64: () => float64,
  function: () => _function,
  guid: () => guid,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  json: () => json2,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid,
  lazy: () => lazy,
  literal: () => literal,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  mac: () => mac,
  map: () => map,
  meta: () => meta2,
  nan: () => nan,
  nanoid: () => nanoid,
  nativeEnum: () => nativeEnum,
  never: () => never,
  nonoptional: () => nonoptional,
  null: () => _null2,
  nullable: () => nullable,
  nullish: () => nullish,
  number: () => number,
  object: () => object,
  optional: () => optional,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  prefault: () => prefault,
  preprocess: () => preprocess,
  promise: () => promise,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  set: () => set,
  strictObject: () => strictObject,
  string: () => string,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  transform: () => transform,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid,
  undefined: () => _undefined2,
  union: () => union,
  unknown: () => unknown,
  url: () => url,
  uuid: () => uuid,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  void: () => _void2,
  xid: () => xid,
  xor: () => xor
});

// node_modules/zod/v4/classic/checks.js
var checks_exports = {};
__export(checks_exports, {
  endsWith: () => _endsWith,
  gt: () => _gt,
  gte: () => _gte,
  includes: () => _includes,
  length: () => _length,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  negative: () => _negative,
  nonnegative: () => _nonnegative,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  overwrite: () => _overwrite,
  positive: () => _positive,
  properties: () => _properties,
  property: () => _property,
  regex: () => _regex,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  trim: () => _trim,
  uppercase: () => _uppercase
});

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue) => {
    self.issues.push(issue);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodError = /* @__PURE__ */ $constructor("ZodError", initializer);
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta3) {
    reg.add(this, meta3);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json3, params) => stringProcessor(inst, ctx, json3, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function email(params) {
  return _email(ZodEmail, params);
}
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function guid(params) {
  return _guid(ZodGUID, params);
}
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function uuid(params) {
  return _uuid(ZodUUID, params);
}
function uuidv4(params) {
  return _uuidv4(ZodUUID, params);
}
function uuidv6(params) {
  return _uuidv6(ZodUUID, params);
}
function uuidv7(params) {
  return _uuidv7(ZodUUID, params);
}
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function url(params) {
  return _url(ZodURL, params);
}
function httpUrl(params) {
  return _url(ZodURL, {
    protocol: httpProtocol,
    hostname: domain,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function emoji(params) {
  return _emoji(ZodEmoji, params);
}
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function nanoid(params) {
  return _nanoid(ZodNanoID, params);
}
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid(params) {
  return _cuid(ZodCUID, params);
}
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid2(params) {
  return _cuid2(ZodCUID2, params);
}
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ulid(params) {
  return _ulid(ZodULID, params);
}
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function xid(params) {
  return _xid(ZodXID, params);
}
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ksuid(params) {
  return _ksuid(ZodKSUID, params);
}
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv4(params) {
  return _ipv4(ZodIPv4, params);
}
var ZodMAC = /* @__PURE__ */ $constructor("ZodMAC", (inst, def) => {
  $ZodMAC.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function mac(params) {
  return _mac(ZodMAC, params);
}
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv6(params) {
  return _ipv6(ZodIPv6, params);
}
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv4(params) {
  return _cidrv4(ZodCIDRv4, params);
}
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv6(params) {
  return _cidrv6(ZodCIDRv6, params);
}
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base64(params) {
  return _base64(ZodBase64, params);
}
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base64url(params) {
  return _base64url(ZodBase64URL, params);
}
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function e164(params) {
  return _e164(ZodE164, params);
}
var ZodCreditCard = /* @__PURE__ */ $constructor("ZodCreditCard", (inst, def) => {
  $ZodCreditCard.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function creditCard(params) {
  return _creditCard(ZodCreditCard, params);
}
var ZodIBAN = /* @__PURE__ */ $constructor("ZodIBAN", (inst, def) => {
  $ZodIBAN.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function iban(params) {
  return _iban(ZodIBAN, params);
}
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function jwt(params) {
  return _jwt(ZodJWT, params);
}
var ZodCustomStringFormat = /* @__PURE__ */ $constructor("ZodCustomStringFormat", (inst, def) => {
  $ZodCustomStringFormat.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function stringFormat(format, fnOrRegex, _params = {}) {
  return _stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hostname", hostname, _params);
}
function hex2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hex", hex, _params);
}
function currencyCode2(_params) {
  return _stringFormat(ZodCustomStringFormat, "currency_code", currencyCode, _params);
}
function hash(alg, params) {
  const enc = params?.enc ?? "hex";
  const format = `${alg}_${enc}`;
  const regex = regexes_exports[format];
  if (!regex)
    throw new Error(`Unrecognized hash format: ${format}`);
  return _stringFormat(ZodCustomStringFormat, format, regex, params);
}
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json3, params) => numberProcessor(inst, ctx, json3, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
function float32(params) {
  return _float32(ZodNumberFormat, params);
}
function float64(params) {
  return _float64(ZodNumberFormat, params);
}
function int32(params) {
  return _int32(ZodNumberFormat, params);
}
function uint32(params) {
  return _uint32(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => booleanProcessor(inst, ctx, json3, params);
});
function boolean(params) {
  return _boolean(ZodBoolean, params);
}
var ZodBigInt = /* @__PURE__ */ $constructor(
  "ZodBigInt",
  (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json3, params) => bigintProcessor(inst, ctx, json3, params);
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    positive(params) {
      return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
      return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
      return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
      return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    }
  })
);
function bigint(params) {
  return _bigint(ZodBigInt, params);
}
var ZodBigIntFormat = /* @__PURE__ */ $constructor("ZodBigIntFormat", (inst, def) => {
  $ZodBigIntFormat.init(inst, def);
  ZodBigInt.init(inst, def);
});
function int64(params) {
  return _int64(ZodBigIntFormat, params);
}
function uint64(params) {
  return _uint64(ZodBigIntFormat, params);
}
var ZodSymbol = /* @__PURE__ */ $constructor("ZodSymbol", (inst, def) => {
  $ZodSymbol.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => symbolProcessor(inst, ctx, json3, params);
});
function symbol(params) {
  return _symbol(ZodSymbol, params);
}
var ZodUndefined = /* @__PURE__ */ $constructor("ZodUndefined", (inst, def) => {
  $ZodUndefined.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => undefinedProcessor(inst, ctx, json3, params);
});
function _undefined2(params) {
  return _undefined(ZodUndefined, params);
}
var ZodNull = /* @__PURE__ */ $constructor("ZodNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => nullProcessor(inst, ctx, json3, params);
});
function _null2(params) {
  return _null(ZodNull, params);
}
var ZodAny = /* @__PURE__ */ $constructor("ZodAny", (inst, def) => {
  $ZodAny.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => anyProcessor(inst, ctx, json3, params);
});
function any() {
  return _any(ZodAny);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => unknownProcessor(inst, ctx, json3, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => neverProcessor(inst, ctx, json3, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodVoid = /* @__PURE__ */ $constructor("ZodVoid", (inst, def) => {
  $ZodVoid.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => voidProcessor(inst, ctx, json3, params);
});
function _void2(params) {
  return _void(ZodVoid, params);
}
var ZodDate = /* @__PURE__ */ $constructor(
  "ZodDate",
  (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json3, params) => dateProcessor(inst, ctx, json3, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
  },
  /* @__PURE__ */ util_exports.derived({
    minDate: (inst) => {
      const { minimum } = aggregateChecks(inst);
      return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
      const { maximum } = aggregateChecks(inst);
      return maximum ? new Date(maximum) : null;
    }
  }, {})
);
function date(params) {
  return _date(ZodDate, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => arrayProcessor(inst, ctx, json3, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
function keyof(schema) {
  const shape = schema._zod.def.shape;
  return _enum(Object.keys(shape));
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => objectProcessor(inst, ctx, json3, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => unionProcessor(inst, ctx, json3, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodXor = /* @__PURE__ */ $constructor("ZodXor", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodXor.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => unionProcessor(inst, ctx, json3, params);
  inst.options = def.options;
});
function xor(options, params) {
  return new ZodXor({
    type: "union",
    options,
    inclusive: false,
    ...util_exports.normalizeParams(params)
  });
}
var ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => intersectionProcessor(inst, ctx, json3, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodTuple = /* @__PURE__ */ $constructor("ZodTuple", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTuple.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => tupleProcessor(inst, ctx, json3, params);
}, {
  rest(rest) {
    return this.clone({
      ...this._zod.def,
      rest
    });
  },
  partial() {
    const def = this._zod.def;
    if (def.checks?.length)
      throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return this.clone({
      ...def,
      items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item }))
    });
  }
});
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodTuple({
    type: "tuple",
    items,
    rest,
    ...util_exports.normalizeParams(params)
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => recordProcessor(inst, ctx, json3, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function partialRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params),
    partial: true
  });
}
function looseRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    mode: "loose",
    ...util_exports.normalizeParams(params)
  });
}
var ZodMap = /* @__PURE__ */ $constructor("ZodMap", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodMap.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => mapProcessor(inst, ctx, json3, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
  inst.min = (...args) => inst.check(_minSize(...args));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args) => inst.check(_maxSize(...args));
  inst.size = (...args) => inst.check(_size(...args));
});
function map(keyType, valueType, params) {
  return new ZodMap({
    type: "map",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSet = /* @__PURE__ */ $constructor("ZodSet", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodSet.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => setProcessor(inst, ctx, json3, params);
  inst.min = (...args) => inst.check(_minSize(...args));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args) => inst.check(_maxSize(...args));
  inst.size = (...args) => inst.check(_size(...args));
});
function set(valueType, params) {
  return new ZodSet({
    type: "set",
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => enumProcessor(inst, ctx, json3, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function nativeEnum(entries, params) {
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => literalProcessor(inst, ctx, json3, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodFile = /* @__PURE__ */ $constructor("ZodFile", (inst, def) => {
  $ZodFile.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => fileProcessor(inst, ctx, json3, params);
  inst.min = (size, params) => inst.check(_minSize(size, params));
  inst.max = (size, params) => inst.check(_maxSize(size, params));
  inst.mime = (types, params) => inst.check(_mime(Array.isArray(types) ? types : [types], params));
});
function file(params) {
  return _file(ZodFile, params);
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => transformProcessor(inst, ctx, json3, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue) => {
      if (typeof issue === "string") {
        payload.issues.push(util_exports.issue(issue, payload.value, def));
      } else {
        const _issue = issue;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output2 = def.transform(payload.value, payload);
    if (output2 instanceof Promise) {
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    payload.value = output2;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => optionalProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => optionalProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => nullableProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function nullish(innerType) {
  return optional(nullable(innerType));
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => defaultProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => prefaultProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => nonoptionalProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSuccess = /* @__PURE__ */ $constructor("ZodSuccess", (inst, def) => {
  $ZodSuccess.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => successProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function success(innerType) {
  return new ZodSuccess({
    type: "success",
    innerType
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => catchProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodNaN = /* @__PURE__ */ $constructor("ZodNaN", (inst, def) => {
  $ZodNaN.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => nanProcessor(inst, ctx, json3, params);
});
function nan(params) {
  return _nan(ZodNaN, params);
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => pipeProcessor(inst, ctx, json3, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodCodec = /* @__PURE__ */ $constructor("ZodCodec", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
function codec(in_, out, params) {
  return new ZodCodec({
    type: "pipe",
    in: in_,
    out,
    transform: params.decode,
    reverseTransform: params.encode
  });
}
function invertCodec(codec2) {
  const def = codec2._zod.def;
  return new ZodCodec({
    type: "pipe",
    in: def.out,
    out: def.in,
    transform: def.reverseTransform,
    reverseTransform: def.transform
  });
}
var ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodPreprocess.init(inst, def);
});
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => readonlyProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodTemplateLiteral = /* @__PURE__ */ $constructor("ZodTemplateLiteral", (inst, def) => {
  $ZodTemplateLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => templateLiteralProcessor(inst, ctx, json3, params);
});
function templateLiteral(parts, params) {
  return new ZodTemplateLiteral({
    type: "template_literal",
    parts,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLazy = /* @__PURE__ */ $constructor("ZodLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => lazyProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
  return new ZodLazy({
    type: "lazy",
    getter
  });
}
var ZodPromise = /* @__PURE__ */ $constructor("ZodPromise", (inst, def) => {
  $ZodPromise.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => promiseProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function promise(innerType) {
  return new ZodPromise({
    type: "promise",
    innerType
  });
}
var ZodFunction = /* @__PURE__ */ $constructor("ZodFunction", (inst, def) => {
  $ZodFunction.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => functionProcessor(inst, ctx, json3, params);
});
function _function(params) {
  return new ZodFunction({
    type: "function",
    input: Array.isArray(params?.input) ? tuple(params?.input) : params?.input ?? array(unknown()),
    output: params?.output ?? unknown()
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => customProcessor(inst, ctx, json3, params);
});
function check(fn) {
  const ch = new $ZodCheck({
    check: "custom"
    // ...util.normalizeParams(params),
  });
  ch._zod.check = fn;
  return ch;
}
function custom(fn, _params) {
  return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;
var meta2 = meta;
var ZodInstanceOf = /* @__PURE__ */ $constructor("ZodInstanceOf", (inst, def) => {
  ZodCustom.init(inst, def);
}, {
  properties(shape, params) {
    return this.check(_properties(shape, params));
  }
});
function _instanceof(cls, params = {}) {
  const inst = new ZodInstanceOf({
    type: "custom",
    check: "custom",
    fn: (data) => data instanceof cls,
    abort: true,
    ...util_exports.normalizeParams(params)
  });
  inst._zod.bag.Class = cls;
  inst._zod.check = (payload) => {
    if (!(payload.value instanceof cls)) {
      payload.issues.push({
        code: "invalid_type",
        expected: cls.name,
        input: payload.value,
        inst,
        path: [...inst._zod.def.path ?? []]
      });
    }
  };
  return inst;
}
var stringbool = (...args) => _stringbool({
  Codec: ZodCodec,
  Boolean: ZodBoolean,
  String: ZodString
}, ...args);
function json2(params) {
  const jsonSchema = lazy(() => {
    return union([string(params), number(), boolean(), _null2(), array(jsonSchema), record(string(), jsonSchema)]);
  });
  return jsonSchema;
}
function preprocess(fn, schema) {
  return new ZodPreprocess({
    type: "pipe",
    in: transform(fn),
    out: schema
  });
}

// node_modules/zod/v4/classic/compat.js
var ZodIssueCode = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom"
};
function setErrorMap(map2) {
  config({
    customError: map2
  });
}
function getErrorMap() {
  return config().customError;
}
var ZodFirstPartyTypeKind;
/* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date2,
  datetime: () => datetime,
  duration: () => duration,
  time: () => time
});
function datetime(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date2(params) {
  return _isoDate(ZodISODate, params);
}
function time(params) {
  return _isoTime(ZodISOTime, params);
}
function duration(params) {
  return _isoDuration(ZodISODuration, params);
}

// node_modules/zod/v4/classic/from-json-schema.js
var z = {
  ...schemas_exports,
  ...checks_exports,
  iso: iso_exports
};
var RECOGNIZED_KEYS = /* @__PURE__ */ new Set([
  // Schema identification
  "$schema",
  "$ref",
  "$defs",
  "definitions",
  // Core schema keywords
  "$id",
  "id",
  "$comment",
  "$anchor",
  "$vocabulary",
  "$dynamicRef",
  "$dynamicAnchor",
  // Type
  "type",
  "enum",
  "const",
  // Composition
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  // Object
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  // Array
  "items",
  "prefixItems",
  "additionalItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "minContains",
  "maxContains",
  // String
  "minLength",
  "maxLength",
  "pattern",
  "format",
  // Number
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  // Already handled metadata
  "description",
  "default",
  // Content
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  // Unsupported (error-throwing)
  "unevaluatedItems",
  "unevaluatedProperties",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "dependentRequired",
  // OpenAPI
  "nullable",
  "readOnly"
]);
function detectVersion(schema, defaultTarget) {
  const $schema = schema.$schema;
  if ($schema === "https://json-schema.org/draft/2020-12/schema") {
    return "draft-2020-12";
  }
  if ($schema === "http://json-schema.org/draft-07/schema#") {
    return "draft-7";
  }
  if ($schema === "http://json-schema.org/draft-04/schema#") {
    return "draft-4";
  }
  return defaultTarget ?? "draft-2020-12";
}
function applyMinItems(items, minItems) {
  return items.map((item, index) => index < minItems ? item : item.optional());
}
function decodeJSONPointerSegment(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function resolveRef(ref, ctx) {
  if (!ref.startsWith("#")) {
    throw new Error("External $ref is not supported, only local refs (#/...) are allowed");
  }
  const path3 = ref.slice(1).split("/").filter(Boolean);
  if (path3.length === 0) {
    return ctx.rootSchema;
  }
  const defsKey = ctx.version === "draft-2020-12" ? "$defs" : "definitions";
  if (path3[0] === defsKey) {
    const key = path3[1] === void 0 ? void 0 : decodeJSONPointerSegment(path3[1]);
    if (!key || !ctx.defs[key]) {
      throw new Error(`Reference not found: ${ref}`);
    }
    return ctx.defs[key];
  }
  throw new Error(`Reference not found: ${ref}`);
}
function checkObjectGuards(objectSchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const value = payload.value;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return;
    const keys = Object.getOwnPropertyNames(value);
    if (guards.minProperties !== void 0 && keys.length < guards.minProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_small",
        minimum: guards.minProperties,
        inclusive: true,
        message: `Too small: expected object to have >=${guards.minProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.maxProperties !== void 0 && keys.length > guards.maxProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_big",
        maximum: guards.maxProperties,
        inclusive: true,
        message: `Too big: expected object to have <=${guards.maxProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.keySchema) {
      for (const key of keys) {
        const result = guards.keySchema.safeParse(key);
        if (result.success)
          continue;
        payload.issues.push({
          code: "invalid_key",
          origin: "record",
          issues: result.error.issues,
          input: key,
          path: [key],
          continue: true
        });
      }
    }
  });
  return guard.pipe(objectSchema);
}
function canonicalKey(value, seen) {
  if (value === null)
    return "z";
  const type = typeof value;
  if (type !== "object") {
    if (type === "number" && Number.isNaN(value))
      return null;
    const raw = String(value);
    return `${type[0]}${raw.length}:${raw}`;
  }
  if (seen.has(value))
    return null;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const parts2 = [];
      for (const item of value) {
        const key = canonicalKey(item, seen);
        if (key === null)
          return null;
        parts2.push(key);
      }
      return `a${parts2.length}:[${parts2.join(",")}]`;
    }
    const keys = Object.keys(value).sort();
    const parts = [];
    for (const k of keys) {
      const key = canonicalKey(value[k], seen);
      if (key === null)
        return null;
      parts.push(`${k.length}:${k}=${key}`);
    }
    return `o${parts.length}:{${parts.join(",")}}`;
  } finally {
    seen.delete(value);
  }
}
var SCHEMA_KEYWORDS = /* @__PURE__ */ new Set([
  "items",
  "prefixItems",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema"
]);
var SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "dependencies",
  "$defs",
  "definitions"
]);
function containsRef(value) {
  if (typeof value !== "object" || value === null)
    return false;
  if (Array.isArray(value))
    return value.some(containsRef);
  if (typeof value.$ref === "string")
    return true;
  return Object.entries(value).some(([key, sub]) => {
    if (SCHEMA_KEYWORDS.has(key))
      return containsRef(sub);
    if (!SCHEMA_MAP_KEYWORDS.has(key) || typeof sub !== "object" || sub === null)
      return false;
    return Object.values(sub).some(containsRef);
  });
}
function plural2(n) {
  return n === 1 ? "element" : "elements";
}
function checkArrayGuards(arraySchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const items = payload.value;
    if (!Array.isArray(items))
      return;
    if (guards.uniqueItems === true) {
      const firstSeen = /* @__PURE__ */ new Map();
      for (let i = 0; i < items.length; i++) {
        const key = canonicalKey(items[i], /* @__PURE__ */ new Set());
        if (key === null)
          continue;
        const first = firstSeen.get(key);
        if (first === void 0) {
          firstSeen.set(key, i);
          continue;
        }
        payload.issues.push({
          code: "custom",
          message: `Array items must be unique: element at index ${i} duplicates the one at index ${first}`,
          input: items,
          path: [i],
          continue: true
        });
      }
    }
    if (guards.containsSchema) {
      const minContains = guards.minContains ?? 1;
      const ceiling = guards.maxContains !== void 0 ? guards.maxContains + 1 : Number.POSITIVE_INFINITY;
      let matches = 0;
      for (const item of items) {
        if (guards.containsSchema.safeParse(item).success && ++matches >= ceiling)
          break;
      }
      if (matches < minContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at least ${minContains} matching ${plural2(minContains)}; found ${matches}`,
          input: items,
          continue: true
        });
      }
      if (guards.maxContains !== void 0 && matches > guards.maxContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at most ${guards.maxContains} matching ${plural2(guards.maxContains)}`,
          input: items,
          continue: true
        });
      }
    }
  });
  return guard.pipe(arraySchema);
}
function getTupleRest(restSchema, ctx) {
  if (restSchema === false) {
    return void 0;
  }
  if (restSchema === void 0 || restSchema === true) {
    return z.any();
  }
  return convertSchema(restSchema, ctx);
}
var fullTime = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function convertBaseSchema(schema, ctx) {
  if (schema.not !== void 0) {
    if (typeof schema.not === "object" && Object.keys(schema.not).length === 0) {
      return z.never();
    }
    throw new Error("not is not supported in Zod (except { not: {} } for never)");
  }
  if (schema.unevaluatedItems !== void 0) {
    throw new Error("unevaluatedItems is not supported");
  }
  if (schema.unevaluatedProperties !== void 0) {
    throw new Error("unevaluatedProperties is not supported");
  }
  if (schema.if !== void 0 || schema.then !== void 0 || schema.else !== void 0) {
    throw new Error("Conditional schemas (if/then/else) are not supported");
  }
  if (schema.dependentSchemas !== void 0 || schema.dependentRequired !== void 0) {
    throw new Error("dependentSchemas and dependentRequired are not supported");
  }
  if (schema.$ref) {
    const refPath = schema.$ref;
    if (ctx.refs.has(refPath)) {
      return ctx.refs.get(refPath);
    }
    if (ctx.processing.has(refPath)) {
      return z.lazy(() => {
        if (!ctx.refs.has(refPath)) {
          throw new Error(`Circular reference not resolved: ${refPath}`);
        }
        return ctx.refs.get(refPath);
      });
    }
    ctx.processing.add(refPath);
    const resolved = resolveRef(refPath, ctx);
    const zodSchema2 = convertSchema(resolved, ctx);
    ctx.refs.set(refPath, zodSchema2);
    ctx.processing.delete(refPath);
    return zodSchema2;
  }
  if (schema.enum !== void 0) {
    const enumValues = schema.enum;
    if (ctx.version === "openapi-3.0" && schema.nullable === true && enumValues.length === 1 && enumValues[0] === null) {
      return z.null();
    }
    if (enumValues.length === 0) {
      return z.never();
    }
    if (enumValues.length === 1) {
      return z.literal(enumValues[0]);
    }
    if (enumValues.every((v) => typeof v === "string")) {
      return z.enum(enumValues);
    }
    const literalSchemas = enumValues.map((v) => z.literal(v));
    if (literalSchemas.length < 2) {
      return literalSchemas[0];
    }
    return z.union([literalSchemas[0], literalSchemas[1], ...literalSchemas.slice(2)]);
  }
  if (schema.const !== void 0) {
    return z.literal(schema.const);
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    const typeSchemas = type.map((t) => {
      const typeSchema = { ...schema, type: t };
      return convertBaseSchema(typeSchema, ctx);
    });
    if (typeSchemas.length === 0) {
      return z.never();
    }
    if (typeSchemas.length === 1) {
      return typeSchemas[0];
    }
    return z.union(typeSchemas);
  }
  if (!type) {
    return z.any();
  }
  let zodSchema;
  switch (type) {
    case "string": {
      let stringSchema = z.string();
      if (schema.format) {
        const format = schema.format;
        if (format === "email") {
          stringSchema = stringSchema.check(z.email());
        } else if (format === "uri" || format === "uri-reference") {
          stringSchema = stringSchema.check(z.url());
        } else if (format === "uuid" || format === "guid") {
          stringSchema = stringSchema.check(z.uuid());
        } else if (format === "date-time") {
          stringSchema = stringSchema.check(z.iso.datetime({ offset: true }));
        } else if (format === "date") {
          stringSchema = stringSchema.check(z.iso.date());
        } else if (format === "time") {
          stringSchema = stringSchema.check(z.regex(fullTime));
        } else if (format === "duration") {
          stringSchema = stringSchema.check(z.iso.duration());
        } else if (format === "hostname") {
          stringSchema = stringSchema.check(z.hostname());
        } else if (format === "ipv4") {
          stringSchema = stringSchema.check(z.ipv4());
        } else if (format === "ipv6") {
          stringSchema = stringSchema.check(z.ipv6());
        } else if (format === "mac") {
          stringSchema = stringSchema.check(z.mac());
        } else if (format === "cidr") {
          stringSchema = stringSchema.check(z.cidrv4());
        } else if (format === "cidr-v6") {
          stringSchema = stringSchema.check(z.cidrv6());
        } else if (format === "base64") {
          stringSchema = stringSchema.check(z.base64());
        } else if (format === "base64url") {
          stringSchema = stringSchema.check(z.base64url());
        } else if (format === "e164") {
          stringSchema = stringSchema.check(z.e164());
        } else if (format === "credit_card") {
          stringSchema = stringSchema.check(z.creditCard());
        } else if (format === "iban") {
          stringSchema = stringSchema.check(z.iban());
        } else if (format === "jwt") {
          stringSchema = stringSchema.check(z.jwt());
        } else if (format === "emoji") {
          stringSchema = stringSchema.check(z.emoji());
        } else if (format === "nanoid") {
          stringSchema = stringSchema.check(z.nanoid());
        } else if (format === "cuid") {
          stringSchema = stringSchema.check(z.cuid());
        } else if (format === "cuid2") {
          stringSchema = stringSchema.check(z.cuid2());
        } else if (format === "ulid") {
          stringSchema = stringSchema.check(z.ulid());
        } else if (format === "xid") {
          stringSchema = stringSchema.check(z.xid());
        } else if (format === "ksuid") {
          stringSchema = stringSchema.check(z.ksuid());
        }
      }
      if (typeof schema.minLength === "number") {
        stringSchema = stringSchema.min(schema.minLength);
      }
      if (typeof schema.maxLength === "number") {
        stringSchema = stringSchema.max(schema.maxLength);
      }
      if (schema.pattern) {
        stringSchema = stringSchema.regex(new RegExp(schema.pattern));
      }
      zodSchema = stringSchema;
      break;
    }
    case "number":
    case "integer": {
      let numberSchema = type === "integer" ? z.number().int() : z.number();
      if (typeof schema.minimum === "number" && schema.exclusiveMinimum !== true) {
        numberSchema = numberSchema.min(schema.minimum);
      }
      if (typeof schema.maximum === "number" && schema.exclusiveMaximum !== true) {
        numberSchema = numberSchema.max(schema.maximum);
      }
      if (typeof schema.exclusiveMinimum === "number") {
        numberSchema = numberSchema.gt(schema.exclusiveMinimum);
      } else if (schema.exclusiveMinimum === true && typeof schema.minimum === "number") {
        numberSchema = numberSchema.gt(schema.minimum);
      }
      if (typeof schema.exclusiveMaximum === "number") {
        numberSchema = numberSchema.lt(schema.exclusiveMaximum);
      } else if (schema.exclusiveMaximum === true && typeof schema.maximum === "number") {
        numberSchema = numberSchema.lt(schema.maximum);
      }
      if (typeof schema.multipleOf === "number") {
        numberSchema = numberSchema.multipleOf(schema.multipleOf);
      }
      zodSchema = numberSchema;
      break;
    }
    case "boolean": {
      zodSchema = z.boolean();
      break;
    }
    case "null": {
      zodSchema = z.null();
      break;
    }
    case "object": {
      const shape = {};
      const properties = schema.properties || {};
      const requiredSet = new Set(schema.required || []);
      const additionalSchema = typeof schema.additionalProperties === "object" ? convertSchema(schema.additionalProperties, ctx) : void 0;
      for (const [key, propSchema] of Object.entries(properties)) {
        const propZodSchema = convertSchema(propSchema, ctx);
        assignProp(shape, key, requiredSet.has(key) ? propZodSchema : propZodSchema.optional());
      }
      if (schema.patternProperties) {
        const patternProps = schema.patternProperties;
        const patternKeys = Object.keys(patternProps);
        const looseRecords = [];
        for (const pattern of patternKeys) {
          const patternValue = convertSchema(patternProps[pattern], ctx);
          const keySchema = z.string().regex(new RegExp(pattern));
          looseRecords.push(z.looseRecord(keySchema, patternValue));
        }
        const schemasToIntersect = [];
        if (Object.keys(shape).length > 0) {
          schemasToIntersect.push(z.object(shape).passthrough());
        }
        schemasToIntersect.push(...looseRecords);
        if (schemasToIntersect.length === 0) {
          zodSchema = z.object({}).passthrough();
        } else if (schemasToIntersect.length === 1) {
          zodSchema = schemasToIntersect[0];
        } else {
          let result = z.intersection(schemasToIntersect[0], schemasToIntersect[1]);
          for (let i = 2; i < schemasToIntersect.length; i++) {
            result = z.intersection(result, schemasToIntersect[i]);
          }
          zodSchema = result;
        }
        if (schema.additionalProperties === false) {
          const propertyKeys = Object.keys(shape);
          const patterns = patternKeys.map((p) => new RegExp(p));
          const basePatternSchema = zodSchema;
          zodSchema = zodSchema.check((payload) => {
            if (!isPlainObject(payload.value))
              return;
            const unrecognized = [];
            for (const key of Object.keys(payload.value)) {
              if (propertyKeys.includes(key))
                continue;
              if (patterns.some((regex) => regex.test(key)))
                continue;
              unrecognized.push(key);
            }
            if (unrecognized.length) {
              payload.issues.push({
                code: "unrecognized_keys",
                keys: unrecognized,
                input: payload.value,
                inst: basePatternSchema
              });
            }
          });
        }
      } else {
        const objectSchema = z.object(shape);
        if (schema.additionalProperties === false) {
          zodSchema = objectSchema.strict();
        } else if (additionalSchema) {
          zodSchema = objectSchema.catchall(additionalSchema);
        } else {
          zodSchema = objectSchema.passthrough();
        }
      }
      const hasKeyGuard = schema.propertyNames !== void 0 && schema.propertyNames !== true;
      const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : void 0;
      const maxProperties = typeof schema.maxProperties === "number" ? schema.maxProperties : void 0;
      if (hasKeyGuard || minProperties !== void 0 || maxProperties !== void 0) {
        let keySchema;
        if (hasKeyGuard) {
          const keyJSONSchema = typeof schema.propertyNames === "object" && schema.propertyNames.type === void 0 ? { type: "string", ...schema.propertyNames } : schema.propertyNames;
          keySchema = convertSchema(keyJSONSchema, ctx);
        }
        zodSchema = checkObjectGuards(zodSchema, { keySchema, minProperties, maxProperties });
      }
      break;
    }
    case "array": {
      const prefixItems = schema.prefixItems;
      const items = schema.items;
      if (prefixItems && Array.isArray(prefixItems)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = prefixItems.map((item) => convertSchema(item, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = !Array.isArray(items) ? getTupleRest(items, ctx) : void 0;
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (Array.isArray(items)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = items.map((item) => convertSchema(item, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = getTupleRest(schema.additionalItems, ctx);
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (items !== void 0) {
        const element = convertSchema(items, ctx);
        let arraySchema = z.array(element);
        if (typeof schema.minItems === "number") {
          arraySchema = arraySchema.min(schema.minItems);
        }
        if (typeof schema.maxItems === "number") {
          arraySchema = arraySchema.max(schema.maxItems);
        }
        zodSchema = arraySchema;
      } else {
        zodSchema = z.array(z.any());
      }
      if (schema.uniqueItems === true || schema.contains !== void 0) {
        zodSchema = checkArrayGuards(zodSchema, {
          uniqueItems: schema.uniqueItems === true,
          containsSchema: schema.contains !== void 0 ? convertSchema(schema.contains, ctx) : void 0,
          minContains: typeof schema.minContains === "number" ? schema.minContains : void 0,
          maxContains: typeof schema.maxContains === "number" ? schema.maxContains : void 0
        });
      }
      break;
    }
    default:
      throw new Error(`Unsupported type: ${type}`);
  }
  return zodSchema;
}
function convertSchema(schema, ctx) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let baseSchema = convertBaseSchema(schema, ctx);
  const hasExplicitType = schema.type || schema.enum !== void 0 || schema.const !== void 0;
  if (schema.anyOf && Array.isArray(schema.anyOf)) {
    const options = schema.anyOf.map((s) => convertSchema(s, ctx));
    const anyOfUnion = z.union(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, anyOfUnion) : anyOfUnion;
  }
  if (schema.oneOf && Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.map((s) => convertSchema(s, ctx));
    const oneOfUnion = z.xor(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, oneOfUnion) : oneOfUnion;
  }
  if (schema.allOf && Array.isArray(schema.allOf)) {
    if (schema.allOf.length === 0) {
      baseSchema = hasExplicitType ? baseSchema : z.any();
    } else {
      let result = hasExplicitType ? baseSchema : convertSchema(schema.allOf[0], ctx);
      const startIdx = hasExplicitType ? 0 : 1;
      for (let i = startIdx; i < schema.allOf.length; i++) {
        result = z.intersection(result, convertSchema(schema.allOf[i], ctx));
      }
      baseSchema = result;
    }
  }
  if (schema.nullable === true && ctx.version === "openapi-3.0") {
    baseSchema = z.nullable(baseSchema);
  }
  if (schema.readOnly === true) {
    baseSchema = z.readonly(baseSchema);
  }
  if (schema.default !== void 0) {
    baseSchema = baseSchema.default(schema.default);
  }
  const extraMeta = {};
  const coreMetadataKeys = ["$id", "id", "$comment", "$anchor", "$vocabulary", "$dynamicRef", "$dynamicAnchor"];
  for (const key of coreMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  const contentMetadataKeys = ["contentEncoding", "contentMediaType", "contentSchema"];
  for (const key of contentMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "object" && schema.$ref === void 0) {
    if (schema.propertyNames !== void 0 && !containsRef(schema.propertyNames)) {
      extraMeta.propertyNames = schema.propertyNames;
    }
    for (const key of ["minProperties", "maxProperties"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "array" && schema.$ref === void 0) {
    if (schema.contains !== void 0 && !containsRef(schema.contains)) {
      extraMeta.contains = schema.contains;
    }
    for (const key of ["uniqueItems", "minContains", "maxContains"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  for (const key of Object.keys(schema)) {
    if (!RECOGNIZED_KEYS.has(key)) {
      assignProp(extraMeta, key, schema[key]);
    }
  }
  if (Object.keys(extraMeta).length > 0) {
    ctx.registry.add(baseSchema, extraMeta);
  }
  if (schema.description) {
    baseSchema = baseSchema.describe(schema.description);
  }
  return baseSchema;
}
function fromJSONSchema(schema, params) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let normalized;
  try {
    normalized = JSON.parse(JSON.stringify(schema));
  } catch {
    throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas");
  }
  const version = detectVersion(normalized, params?.defaultTarget);
  const defs = normalized.$defs || normalized.definitions || {};
  const ctx = {
    version,
    defs,
    refs: /* @__PURE__ */ new Map(),
    processing: /* @__PURE__ */ new Set(),
    rootSchema: normalized,
    registry: params?.registry ?? globalRegistry
  };
  return convertSchema(normalized, ctx);
}

// node_modules/zod/v4/core/visit.js
var RESOLVING = /* @__PURE__ */ Symbol("z.visit/resolving");
function visit(schema, fnOrHandlers) {
  const fn = typeof fnOrHandlers === "function" ? fnOrHandlers : (node, rewritten) => {
    const h = fnOrHandlers[node._zod.def.type];
    return h ? h(node, rewritten) : node;
  };
  const cache = /* @__PURE__ */ new Map();
  function run(s) {
    const cached = cache.get(s);
    if (cached === RESOLVING) {
      return new $ZodLazy({
        type: "lazy",
        getter: () => cache.get(s)
      });
    }
    if (cached !== void 0)
      return cached;
    cache.set(s, RESOLVING);
    const inner = mapInner(s);
    const mapped = fn(inner, inner !== s);
    cache.set(s, mapped);
    return mapped;
  }
  function mapInner(s) {
    const def = s._zod.def;
    const kind = def.type;
    switch (kind) {
      case "object": {
        const oldShape = def.shape;
        const keys = Object.keys(oldShape);
        let changed = false;
        const newShape = {};
        for (const k of keys) {
          const mapped = run(oldShape[k]);
          if (mapped !== oldShape[k])
            changed = true;
          newShape[k] = mapped;
        }
        let newCatchall = def.catchall;
        if (def.catchall) {
          newCatchall = run(def.catchall);
          if (newCatchall !== def.catchall)
            changed = true;
        }
        return changed ? clone(s, { ...def, shape: newShape, catchall: newCatchall }) : s;
      }
      case "array": {
        const mapped = run(def.element);
        return mapped === def.element ? s : clone(s, { ...def, element: mapped });
      }
      case "tuple": {
        const oldItems = def.items;
        let changed = false;
        const newItems = [];
        for (const item of oldItems) {
          const mapped = run(item);
          if (mapped !== item)
            changed = true;
          newItems.push(mapped);
        }
        let newRest = def.rest;
        if (def.rest) {
          newRest = run(def.rest);
          if (newRest !== def.rest)
            changed = true;
        }
        return changed ? clone(s, { ...def, items: newItems, rest: newRest }) : s;
      }
      case "record":
      case "map": {
        const newKey = run(def.keyType);
        const newVal = run(def.valueType);
        return newKey === def.keyType && newVal === def.valueType ? s : clone(s, { ...def, keyType: newKey, valueType: newVal });
      }
      case "set": {
        const newVal = run(def.valueType);
        return newVal === def.valueType ? s : clone(s, { ...def, valueType: newVal });
      }
      case "union": {
        const oldOptions = def.options;
        let changed = false;
        const newOptions = [];
        for (const opt of oldOptions) {
          const mapped = run(opt);
          if (mapped !== opt)
            changed = true;
          newOptions.push(mapped);
        }
        return changed ? clone(s, { ...def, options: newOptions }) : s;
      }
      case "intersection": {
        const newLeft = run(def.left);
        const newRight = run(def.right);
        return newLeft === def.left && newRight === def.right ? s : clone(s, { ...def, left: newLeft, right: newRight });
      }
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success": {
        const newInner = run(def.innerType);
        return newInner === def.innerType ? s : clone(s, { ...def, innerType: newInner });
      }
      case "pipe": {
        const newIn = run(def.in);
        const newOut = run(def.out);
        return newIn === def.in && newOut === def.out ? s : clone(s, { ...def, in: newIn, out: newOut });
      }
      case "function": {
        const newInput = run(def.input);
        const newOutput = run(def.output);
        return newInput === def.input && newOutput === def.output ? s : clone(s, { ...def, input: newInput, output: newOutput });
      }
      case "lazy": {
        const original = def.getter;
        const { _cachedInner, ...rest } = def;
        return clone(s, { ...rest, getter: () => run(original()) });
      }
      // A leaf by choice: `parts` are regex fragments, not data positions.
      case "template_literal":
      // Leaves.
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        return s;
      default: {
        kind;
        return s;
      }
    }
  }
  return run(schema);
}

// node_modules/zod/v4/classic/deep-partial.js
function deepPartial(schema) {
  return visit(schema, {
    object: (s) => s.partial(),
    // Every partialed option now admits `undefined`, which the constructor rejects as a duplicate.
    union: (s) => {
      const def = s._zod.def;
      return def.discriminator === void 0 ? s : union(def.options);
    }
  });
}

// node_modules/zod/v4/classic/in-out.js
function withChecks(side, checks) {
  if (!checks?.length)
    return side;
  const def = side._zod.def;
  return clone(side, mergeDefs(def, { checks: [...def.checks ?? [], ...checks] }), { parent: true });
}
function outSide(def) {
  return withChecks(def.out, def.checks);
}
function inSide(def) {
  return def.in._zod.traits.has("$ZodTransform") ? outSide(def) : def.in;
}
function input(schema) {
  return visit(schema, {
    pipe: (s) => inSide(s._zod.def),
    // A default value belongs to the output side, so a rewritten inner type leaves it stranded. `.default()` widens the declared input type with `undefined`, and `optional` is what carries that across.
    default: (s, rewritten) => rewritten ? optional(s._zod.def.innerType) : s,
    // A catch value is output-side too, but `.catch()` leaves the declared input type alone, so the inner schema stands on its own.
    catch: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}
function output(schema) {
  return visit(schema, {
    pipe: (s) => outSide(s._zod.def),
    // A prefault value is fed through the schema, which makes it input-side, so a rewritten inner type leaves it stranded.
    prefault: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}

// node_modules/zod/v4/classic/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint2,
  boolean: () => boolean2,
  date: () => date3,
  number: () => number2,
  string: () => string2
});
function string2(params) {
  return _coercedString(ZodString, params);
}
function number2(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean2(params) {
  return _coercedBoolean(ZodBoolean, params);
}
function bigint2(params) {
  return _coercedBigint(ZodBigInt, params);
}
function date3(params) {
  return _coercedDate(ZodDate, params);
}

// src/model/leaderboard-json.ts
var count = external_exports.number().int().nonnegative();
var maybe = (t) => t.nullable();
var interval = external_exports.tuple([external_exports.number(), external_exports.number()]).readonly();
var strings = external_exports.array(external_exports.string()).readonly();
var saturationSchema = external_exports.object({
  models: count,
  near_best: count,
  near_best_share: maybe(external_exports.number()),
  top_models: count,
  top_spread: maybe(external_exports.number()),
  saturated: maybe(external_exports.boolean())
});
var flaggedRowSchema = external_exports.object({
  model: external_exports.string(),
  name: external_exports.string(),
  file: external_exports.string(),
  line: maybe(count),
  rank: external_exports.number(),
  aggregate_rank: external_exports.number(),
  gap: external_exports.number()
});
var plausibilitySchema = external_exports.object({
  shared: count,
  checked: external_exports.boolean(),
  median_gap: maybe(external_exports.number()),
  mad: maybe(external_exports.number()),
  threshold: maybe(external_exports.number()),
  /** How many rows are flagged; `flagged` lists them all here (the page keeps the largest gaps). */
  flagged_count: count,
  flagged: external_exports.array(flaggedRowSchema)
});
var rowSchema = external_exports.object({
  scenario: external_exports.string(),
  name: external_exports.string(),
  benchmark: external_exports.string(),
  category: maybe(external_exports.string()),
  direction: external_exports.enum(["higher", "lower"]),
  rank: maybe(external_exports.number()),
  rank_interval: maybe(interval),
  z: maybe(external_exports.number()),
  z_interval: maybe(interval),
  agreement: maybe(external_exports.number()),
  agreement_interval: maybe(interval),
  p_value: maybe(external_exports.number()),
  n_common: count,
  models: count,
  models_per_sample: count,
  experiments: count,
  in_aggregate: external_exports.boolean(),
  skipped: maybe(external_exports.string()),
  warnings: strings,
  /** How far to trust the scenario's scores (docs/method.md): never part of the score. */
  saturation: saturationSchema,
  plausibility: plausibilitySchema
});
var methodSchema = external_exports.object({
  correlation: external_exports.string(),
  models_per_sample: count,
  sampling: external_exports.string(),
  samples: count,
  seed: external_exports.number().int(),
  min_common_models: count
});
var trustSchema = external_exports.object({
  saturation: external_exports.object({
    near_best: external_exports.number(),
    saturated_share: external_exports.number(),
    top_models: count,
    min_top_spread: external_exports.number(),
    min_models: count
  }),
  plausibility: external_exports.object({ mad_multiplier: external_exports.number(), min_gap_share: external_exports.number(), min_models: count })
});
var benchmarkSchema = external_exports.object({
  id: external_exports.string(),
  file: external_exports.string(),
  name: external_exports.string(),
  category: maybe(external_exports.string()),
  url: maybe(external_exports.string()),
  snapshot: maybe(external_exports.string()),
  license: maybe(external_exports.string()),
  description: maybe(external_exports.string()),
  simulated: external_exports.boolean(),
  access: maybe(external_exports.enum(["open", "gated", "private"])),
  cost: maybe(external_exports.object({ value: external_exports.number(), unit: external_exports.string() })),
  items: maybe(count),
  scenarios: external_exports.array(external_exports.string())
});
var pairSchema = external_exports.object({
  a: external_exports.string(),
  b: external_exports.string(),
  agreement: maybe(external_exports.number()),
  interval: maybe(interval),
  n_common: count
});
var leaderboardSchema = external_exports.object({
  schema: external_exports.literal(LEADERBOARD_SCHEMA),
  version: external_exports.literal(LEADERBOARD_SCHEMA_VERSION),
  generator: external_exports.string(),
  catalog: external_exports.object({ hash: external_exports.string(), benchmarks: count, scenarios: count, models: count }),
  method: methodSchema,
  trust: trustSchema,
  aggregate: external_exports.object({
    scenarios: strings,
    missing: strings,
    min_scenarios_per_model: count,
    /** About the aggregate itself (a single scenario, ...), shown beside every board. */
    warnings: strings,
    /** Each kept model's mean win rate (a result, not a raw score). */
    scores: external_exports.record(external_exports.string(), external_exports.number())
  }),
  boards: external_exports.array(external_exports.object({ id: external_exports.string(), title: external_exports.string(), rows: external_exports.array(rowSchema) })),
  benchmarks: external_exports.array(benchmarkSchema),
  /** Display name of every model of the catalog (its canonical id when the registry has none). */
  model_names: external_exports.record(external_exports.string(), external_exports.string()),
  /** The scenarios among which every pair's agreement was computed (`pairs`), by id; empty when none. */
  pair_scenarios: external_exports.array(external_exports.string()),
  /** Agreement of every pair of `pair_scenarios`, when computed (`site`). */
  pairs: external_exports.array(pairSchema)
});
function leaderboardJsonSchema() {
  const schema = external_exports.toJSONSchema(leaderboardSchema, { target: "draft-2020-12" });
  return JSON.stringify(
    {
      ...schema,
      title: `${LEADERBOARD_SCHEMA} version ${LEADERBOARD_SCHEMA_VERSION} (docs/leaderboard-json.md)`
    },
    null,
    2
  ) + "\n";
}

// src/report/site/page-data.ts
var PAGE_DATA_ID = "benchbench-data";
var PAGE_DATA_ENCODING = "deflate-raw+base64";
var SCORES_PARQUET = "scores.parquet";
var PAGE_FLAGGED_ROWS = 3;

// src/report/site/page-script.generated.ts
var PAGE_SCRIPT = '/*! d3-scale, d3-array, d3-format, d3-interpolate, d3-color (https://d3js.org), ISC License:\nCopyright 2010-2026 Mike Bostock\n\nPermission to use, copy, modify, and/or distribute this software for any purpose\nwith or without fee is hereby granted, provided that the above copyright notice\nand this permission notice appear in all copies.\n\nTHE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH\nREGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND\nFITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,\nINDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS\nOF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER\nTORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF\nTHIS SOFTWARE.\n*/\n"use strict";(()=>{var J6=Object.create;var Cn=Object.defineProperty;var z6=Object.getOwnPropertyDescriptor;var ev=Object.getOwnPropertyNames;var rv=Object.getPrototypeOf,tv=Object.prototype.hasOwnProperty;var nv=(e,r,t)=>r in e?Cn(e,r,{enumerable:!0,configurable:!0,writable:!0,value:t}):e[r]=t;var m=(e,r)=>()=>{try{return r||e((r={exports:{}}).exports,r),r.exports}catch(t){throw r=0,t}};var iv=(e,r,t,n)=>{if(r&&typeof r=="object"||typeof r=="function")for(let i of ev(r))!tv.call(e,i)&&i!==t&&Cn(e,i,{get:()=>r[i],enumerable:!(n=z6(r,i))||n.enumerable});return e};var Da=(e,r,t)=>(t=e!=null?J6(rv(e)):{},iv(r||!e||!e.__esModule?Cn(t,"default",{value:e,enumerable:!0}):t,e));var B=(e,r,t)=>nv(e,typeof r!="symbol"?r+"":r,t);var Ms=m((YT,ws)=>{"use strict";function X3(e){return e!==e}ws.exports=X3});var C=m((ZT,Ss)=>{"use strict";var K3=Ms();Ss.exports=K3});var qs=m((QT,As)=>{"use strict";var Y3=Math.floor;As.exports=Y3});var se=m((JT,Ns)=>{"use strict";var Z3=qs();Ns.exports=Z3});var _s=m((zT,Es)=>{"use strict";var Q3=Math.ceil;Es.exports=Q3});var ks=m((ex,Is)=>{"use strict";var J3=_s();Is.exports=J3});var xs=m((rx,Ts)=>{"use strict";var z3=se(),e4=ks();function r4(e){return e<0?e4(e):z3(e)}Ts.exports=r4});var Wt=m((tx,Rs)=>{"use strict";var t4=xs();Rs.exports=t4});var Cs=m((nx,Ls)=>{"use strict";Ls.exports=Number});var $s=m((ix,Fs)=>{"use strict";var n4=Cs();Fs.exports=n4});var K=m((ax,Os)=>{"use strict";var i4=$s(),a4=i4.NEGATIVE_INFINITY;Os.exports=a4});var H=m((ox,Ps)=>{"use strict";var o4=Number.POSITIVE_INFINITY;Ps.exports=o4});var _e=m((sx,Hs)=>{"use strict";var s4=1023;Hs.exports=s4});var Us=m((ux,Ds)=>{"use strict";var u4=1023;Ds.exports=u4});var Bs=m((lx,Gs)=>{"use strict";var l4=-1023;Gs.exports=l4});var js=m((cx,Ws)=>{"use strict";var c4=-1074;Ws.exports=c4});var Xs=m((fx,Vs)=>{"use strict";var f4=H(),m4=K();function d4(e){return e===f4||e===m4}Vs.exports=d4});var je=m((mx,Ks)=>{"use strict";var p4=Xs();Ks.exports=p4});var Zs=m((dx,Ys)=>{"use strict";var h4=2147483648;Ys.exports=h4});var Ie=m((px,Qs)=>{"use strict";var g4=2147483647;Qs.exports=g4});var zs=m((hx,Js)=>{"use strict";var v4=typeof Object.defineProperty=="function"?Object.defineProperty:null;Js.exports=v4});var r0=m((gx,e0)=>{"use strict";var y4=zs();function b4(){try{return y4({},"x",{}),!0}catch{return!1}}e0.exports=b4});var n0=m((vx,t0)=>{"use strict";var w4=Object.defineProperty;t0.exports=w4});var ai=m((yx,i0)=>{"use strict";function M4(e){return typeof e=="number"}i0.exports=M4});var oi=m((bx,o0)=>{"use strict";function S4(e){return e[0]==="-"}function a0(e){var r="",t;for(t=0;t<e;t++)r+="0";return r}function A4(e,r,t){var n=!1,i=r-e.length;return i<0||(S4(e)&&(n=!0,e=e.substr(1)),e=t?e+a0(i):a0(i)+e,n&&(e="-"+e)),e}o0.exports=A4});var c0=m((wx,l0)=>{"use strict";var q4=ai(),s0=oi(),N4=String.prototype.toLowerCase,u0=String.prototype.toUpperCase;function E4(e){var r,t,n;switch(e.specifier){case"b":r=2;break;case"o":r=8;break;case"x":case"X":r=16;break;default:r=10;break}if(t=e.arg,n=parseInt(t,10),!isFinite(n)){if(!q4(t))throw new Error("invalid integer. Value: "+t);n=0}return n<0&&(e.specifier==="u"||r!==10)&&(n=4294967295+n+1),n<0?(t=(-n).toString(r),e.precision&&(t=s0(t,e.precision,e.padRight)),t="-"+t):(t=n.toString(r),!n&&!e.precision?t="":e.precision&&(t=s0(t,e.precision,e.padRight)),e.sign&&(t=e.sign+t)),r===16&&(e.alternate&&(t="0x"+t),t=e.specifier===u0.call(e.specifier)?u0.call(t):N4.call(t)),r===8&&e.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}l0.exports=E4});var m0=m((Mx,f0)=>{"use strict";function _4(e){return typeof e=="string"}f0.exports=_4});var h0=m((Sx,p0)=>{"use strict";var I4=Math.abs,k4=String.prototype.toLowerCase,d0=String.prototype.toUpperCase,Ve=String.prototype.replace,T4=/e\\+(\\d)$/,x4=/e-(\\d)$/,R4=/^(\\d+)$/,L4=/^(\\d+)e/,C4=/\\.0$/,F4=/\\.0*e/,$4=/(\\..*[^0])0*e/;function O4(e,r){var t,n;switch(r.specifier){case"e":case"E":n=e.toExponential(r.precision);break;case"f":case"F":n=e.toFixed(r.precision);break;case"g":case"G":I4(e)<1e-4?(t=r.precision,t>0&&(t-=1),n=e.toExponential(t)):n=e.toPrecision(r.precision),r.alternate||(n=Ve.call(n,$4,"$1e"),n=Ve.call(n,F4,"e"),n=Ve.call(n,C4,""));break;default:throw new Error("invalid double notation. Value: "+r.specifier)}return n=Ve.call(n,T4,"e+0$1"),n=Ve.call(n,x4,"e-0$1"),r.alternate&&(n=Ve.call(n,R4,"$1."),n=Ve.call(n,L4,"$1.e")),e>=0&&r.sign&&(n=r.sign+n),n=r.specifier===d0.call(r.specifier)?d0.call(n):k4.call(n),n}p0.exports=O4});var y0=m((Ax,v0)=>{"use strict";function g0(e){var r="",t;for(t=0;t<e;t++)r+=" ";return r}function P4(e,r,t){var n=r-e.length;return n<0||(e=t?e+g0(n):g0(n)+e),e}v0.exports=P4});var w0=m((qx,b0)=>{"use strict";var H4=c0(),D4=m0(),U4=ai(),G4=h0(),B4=y0(),W4=oi(),j4=String.fromCharCode,V4=Array.isArray;function jt(e){return e!==e}function X4(e){var r={};return r.specifier=e.specifier,r.precision=e.precision===void 0?1:e.precision,r.width=e.width,r.flags=e.flags||"",r.mapping=e.mapping,r}function K4(e){var r,t,n,i,a,o,s,c,l,u;if(!V4(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(o="",s=1,l=0;l<e.length;l++)if(n=e[l],D4(n))o+=n;else{if(r=n.precision!==void 0,n=X4(n),!n.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+l+"`. Value: `"+n+"`.");for(n.mapping&&(s=n.mapping),t=n.flags,u=0;u<t.length;u++)switch(i=t.charAt(u),i){case" ":n.sign=" ";break;case"+":n.sign="+";break;case"-":n.padRight=!0,n.padZeros=!1;break;case"0":n.padZeros=t.indexOf("-")<0;break;case"#":n.alternate=!0;break;default:throw new Error("invalid flag: "+i)}if(n.width==="*"){if(n.width=parseInt(arguments[s],10),s+=1,jt(n.width))throw new TypeError("the argument for * width at position "+s+" is not a number. Value: `"+n.width+"`.");n.width<0&&(n.padRight=!0,n.width=-n.width)}if(r&&n.precision==="*"){if(n.precision=parseInt(arguments[s],10),s+=1,jt(n.precision))throw new TypeError("the argument for * precision at position "+s+" is not a number. Value: `"+n.precision+"`.");n.precision<0&&(n.precision=1,r=!1)}switch(n.arg=arguments[s],n.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":r&&(n.padZeros=!1),n.arg=H4(n);break;case"s":n.maxWidth=r?n.precision:-1,n.arg=String(n.arg);break;case"c":if(!jt(n.arg)){if(a=parseInt(n.arg,10),a<0||a>127)throw new Error("invalid character code. Value: "+n.arg);n.arg=jt(a)?String(n.arg):j4(a)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(r||(n.precision=6),c=parseFloat(n.arg),!isFinite(c)){if(!U4(n.arg))throw new Error("invalid floating-point number. Value: "+o);c=n.arg,n.padZeros=!1}n.arg=G4(c,n);break;default:throw new Error("invalid specifier: "+n.specifier)}n.maxWidth>=0&&n.arg.length>n.maxWidth&&(n.arg=n.arg.substring(0,n.maxWidth)),n.padZeros?n.arg=W4(n.arg,n.width||n.precision,n.padRight):n.width&&(n.arg=B4(n.arg,n.width,n.padRight)),o+=n.arg||"",s+=1}return o}b0.exports=K4});var S0=m((Nx,M0)=>{"use strict";var Y4=w0();M0.exports=Y4});var q0=m((Ex,A0)=>{"use strict";var Vt=/%(?:([1-9]\\d*)\\$)?([0 +\\-#]*)(\\*|\\d+)?(?:(\\.)(\\*|\\d+)?)?[hlL]?([%A-Za-z])/g;function Z4(e){var r={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return e[4]==="."&&e[5]===void 0&&(r.precision="1"),r}function Q4(e){var r,t,n,i;for(t=[],i=0,n=Vt.exec(e);n;)r=e.slice(i,Vt.lastIndex-n[0].length),r.length&&t.push(r),n[6]==="%"?t.push("%"):t.push(Z4(n)),i=Vt.lastIndex,n=Vt.exec(e);return r=e.slice(i),r.length&&t.push(r),t}A0.exports=Q4});var E0=m((_x,N0)=>{"use strict";var J4=q0();N0.exports=J4});var I0=m((Ix,_0)=>{"use strict";function z4(e){return typeof e=="string"}_0.exports=z4});var x0=m((kx,T0)=>{"use strict";var e5=S0(),r5=E0(),t5=I0();function k0(e){var r,t;if(!t5(e))throw new TypeError(k0("invalid argument. First argument must be a string. Value: `%s`.",e));for(r=[r5(e)],t=1;t<arguments.length;t++)r.push(arguments[t]);return e5.apply(null,r)}T0.exports=k0});var L0=m((Tx,R0)=>{"use strict";var n5=x0();R0.exports=n5});var H0=m((xx,P0)=>{"use strict";var C0=L0(),dr=Object.prototype,F0=dr.toString,$0=dr.__defineGetter__,O0=dr.__defineSetter__,i5=dr.__lookupGetter__,a5=dr.__lookupSetter__;function o5(e,r,t){var n,i,a,o;if(typeof e!="object"||e===null||F0.call(e)==="[object Array]")throw new TypeError(C0("invalid argument. First argument must be an object. Value: `%s`.",e));if(typeof t!="object"||t===null||F0.call(t)==="[object Array]")throw new TypeError(C0("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(i="value"in t,i&&(i5.call(e,r)||a5.call(e,r)?(n=e.__proto__,e.__proto__=dr,delete e[r],e[r]=t.value,e.__proto__=n):e[r]=t.value),a="get"in t,o="set"in t,i&&(a||o))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return a&&$0&&$0.call(e,r,t.get),o&&O0&&O0.call(e,r,t.set),e}P0.exports=o5});var U0=m((Rx,D0)=>{"use strict";var s5=r0(),u5=n0(),l5=H0(),si;s5()?si=u5:si=l5;D0.exports=si});var B0=m((Lx,G0)=>{"use strict";var c5=U0();function f5(e,r,t){c5(e,r,{configurable:!1,enumerable:!1,writable:!1,value:t})}G0.exports=f5});var Or=m((Cx,W0)=>{"use strict";var m5=B0();W0.exports=m5});var V0=m((Fx,j0)=>{"use strict";function d5(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}j0.exports=d5});var K0=m(($x,X0)=>{"use strict";var p5=V0();X0.exports=p5});var Z0=m((Ox,Y0)=>{"use strict";var h5=K0(),g5=h5();function v5(){return g5&&typeof Symbol.toStringTag=="symbol"}Y0.exports=v5});var J0=m((Px,Q0)=>{"use strict";var y5=Z0();Q0.exports=y5});var ui=m((Hx,z0)=>{"use strict";var b5=Object.prototype.toString;z0.exports=b5});var ru=m((Dx,eu)=>{"use strict";var w5=ui();function M5(e){return w5.call(e)}eu.exports=M5});var nu=m((Ux,tu)=>{"use strict";var S5=Object.prototype.hasOwnProperty;function A5(e,r){return e==null?!1:S5.call(e,r)}tu.exports=A5});var au=m((Gx,iu)=>{"use strict";var q5=nu();iu.exports=q5});var su=m((Bx,ou)=>{"use strict";var N5=typeof Symbol=="function"?Symbol:void 0;ou.exports=N5});var lu=m((Wx,uu)=>{"use strict";var E5=su();uu.exports=E5});var mu=m((jx,fu)=>{"use strict";var cu=lu(),_5=typeof cu=="function"?cu.toStringTag:"";fu.exports=_5});var pu=m((Vx,du)=>{"use strict";var I5=au(),Pr=mu(),li=ui();function k5(e){var r,t,n;if(e==null)return li.call(e);t=e[Pr],r=I5(e,Pr);try{e[Pr]=void 0}catch{return li.call(e)}return n=li.call(e),r?e[Pr]=t:delete e[Pr],n}du.exports=k5});var Hr=m((Xx,hu)=>{"use strict";var T5=J0(),x5=ru(),R5=pu(),ci;T5()?ci=R5:ci=x5;hu.exports=ci});var vu=m((Kx,gu)=>{"use strict";var L5=Hr(),C5=typeof Uint32Array=="function";function F5(e){return C5&&e instanceof Uint32Array||L5(e)==="[object Uint32Array]"}gu.exports=F5});var bu=m((Yx,yu)=>{"use strict";var $5=vu();yu.exports=$5});var Mu=m((Zx,wu)=>{"use strict";var O5=4294967295;wu.exports=O5});var Au=m((Qx,Su)=>{"use strict";var P5=typeof Uint32Array=="function"?Uint32Array:null;Su.exports=P5});var Eu=m((Jx,Nu)=>{"use strict";var H5=bu(),fi=Mu(),qu=Au();function D5(){var e,r;if(typeof qu!="function")return!1;try{r=[1,3.14,-3.14,fi+1,fi+2],r=new qu(r),e=H5(r)&&r[0]===1&&r[1]===3&&r[2]===fi-2&&r[3]===0&&r[4]===1}catch{e=!1}return e}Nu.exports=D5});var Iu=m((zx,_u)=>{"use strict";var U5=Eu();_u.exports=U5});var Tu=m((eR,ku)=>{"use strict";var G5=typeof Uint32Array=="function"?Uint32Array:void 0;ku.exports=G5});var Ru=m((rR,xu)=>{"use strict";function B5(){throw new Error("not implemented")}xu.exports=B5});var Xe=m((tR,Lu)=>{"use strict";var W5=Iu(),j5=Tu(),V5=Ru(),mi;W5()?mi=j5:mi=V5;Lu.exports=mi});var Fu=m((nR,Cu)=>{"use strict";var X5=Hr(),K5=typeof Float64Array=="function";function Y5(e){return K5&&e instanceof Float64Array||X5(e)==="[object Float64Array]"}Cu.exports=Y5});var Ou=m((iR,$u)=>{"use strict";var Z5=Fu();$u.exports=Z5});var Hu=m((aR,Pu)=>{"use strict";var Q5=typeof Float64Array=="function"?Float64Array:null;Pu.exports=Q5});var Gu=m((oR,Uu)=>{"use strict";var J5=Ou(),Du=Hu();function z5(){var e,r;if(typeof Du!="function")return!1;try{r=new Du([1,3.14,-3.14,NaN]),e=J5(r)&&r[0]===1&&r[1]===3.14&&r[2]===-3.14&&r[3]!==r[3]}catch{e=!1}return e}Uu.exports=z5});var Wu=m((sR,Bu)=>{"use strict";var e8=Gu();Bu.exports=e8});var Vu=m((uR,ju)=>{"use strict";var r8=typeof Float64Array=="function"?Float64Array:void 0;ju.exports=r8});var Ku=m((lR,Xu)=>{"use strict";function t8(){throw new Error("not implemented")}Xu.exports=t8});var Ke=m((cR,Yu)=>{"use strict";var n8=Wu(),i8=Vu(),a8=Ku(),di;n8()?di=i8:di=a8;Yu.exports=di});var Qu=m((fR,Zu)=>{"use strict";var o8=Hr(),s8=typeof Uint8Array=="function";function u8(e){return s8&&e instanceof Uint8Array||o8(e)==="[object Uint8Array]"}Zu.exports=u8});var zu=m((mR,Ju)=>{"use strict";var l8=Qu();Ju.exports=l8});var rl=m((dR,el)=>{"use strict";var c8=255;el.exports=c8});var nl=m((pR,tl)=>{"use strict";var f8=typeof Uint8Array=="function"?Uint8Array:null;tl.exports=f8});var ol=m((hR,al)=>{"use strict";var m8=zu(),pi=rl(),il=nl();function d8(){var e,r;if(typeof il!="function")return!1;try{r=[1,3.14,-3.14,pi+1,pi+2],r=new il(r),e=m8(r)&&r[0]===1&&r[1]===3&&r[2]===pi-2&&r[3]===0&&r[4]===1}catch{e=!1}return e}al.exports=d8});var ul=m((gR,sl)=>{"use strict";var p8=ol();sl.exports=p8});var cl=m((vR,ll)=>{"use strict";var h8=typeof Uint8Array=="function"?Uint8Array:void 0;ll.exports=h8});var ml=m((yR,fl)=>{"use strict";function g8(){throw new Error("not implemented")}fl.exports=g8});var pl=m((bR,dl)=>{"use strict";var v8=ul(),y8=cl(),b8=ml(),hi;v8()?hi=y8:hi=b8;dl.exports=hi});var gl=m((wR,hl)=>{"use strict";var w8=Hr(),M8=typeof Uint16Array=="function";function S8(e){return M8&&e instanceof Uint16Array||w8(e)==="[object Uint16Array]"}hl.exports=S8});var yl=m((MR,vl)=>{"use strict";var A8=gl();vl.exports=A8});var wl=m((SR,bl)=>{"use strict";var q8=65535;bl.exports=q8});var Sl=m((AR,Ml)=>{"use strict";var N8=typeof Uint16Array=="function"?Uint16Array:null;Ml.exports=N8});var Nl=m((qR,ql)=>{"use strict";var E8=yl(),gi=wl(),Al=Sl();function _8(){var e,r;if(typeof Al!="function")return!1;try{r=[1,3.14,-3.14,gi+1,gi+2],r=new Al(r),e=E8(r)&&r[0]===1&&r[1]===3&&r[2]===gi-2&&r[3]===0&&r[4]===1}catch{e=!1}return e}ql.exports=_8});var _l=m((NR,El)=>{"use strict";var I8=Nl();El.exports=I8});var kl=m((ER,Il)=>{"use strict";var k8=typeof Uint16Array=="function"?Uint16Array:void 0;Il.exports=k8});var xl=m((_R,Tl)=>{"use strict";function T8(){throw new Error("not implemented")}Tl.exports=T8});var Ll=m((IR,Rl)=>{"use strict";var x8=_l(),R8=kl(),L8=xl(),vi;x8()?vi=R8:vi=L8;Rl.exports=vi});var Fl=m((kR,Cl)=>{"use strict";var C8=pl(),F8=Ll(),$8={uint16:F8,uint8:C8};Cl.exports=$8});var Hl=m((TR,Pl)=>{"use strict";var $l=Fl(),Ol;function O8(){var e,r;return e=new $l.uint16(1),e[0]=4660,r=new $l.uint8(e.buffer),r[0]===52}Ol=O8();Pl.exports=Ol});var Ye=m((xR,Dl)=>{"use strict";var P8=Hl();Dl.exports=P8});var Bl=m((RR,Gl)=>{"use strict";var H8=Ye(),Ul,yi,bi;H8===!0?(yi=1,bi=0):(yi=0,bi=1);Ul={HIGH:yi,LOW:bi};Gl.exports=Ul});var wi=m((LR,Xl)=>{"use strict";var D8=Xe(),U8=Ke(),jl=Bl(),Vl=new U8(1),Wl=new D8(Vl.buffer),G8=jl.HIGH,B8=jl.LOW;function W8(e,r,t,n){return Vl[0]=e,r[n]=Wl[G8],r[n+t]=Wl[B8],r}Xl.exports=W8});var Yl=m((CR,Kl)=>{"use strict";var j8=wi();function V8(e){return j8(e,[0,0],1,0)}Kl.exports=V8});var Xt=m((FR,Ql)=>{"use strict";var X8=Or(),Zl=Yl(),K8=wi();X8(Zl,"assign",K8);Ql.exports=Zl});var zl=m(($R,Jl)=>{"use strict";var Y8=Ye(),Mi;Y8===!0?Mi=1:Mi=0;Jl.exports=Mi});var tc=m((OR,rc)=>{"use strict";var Z8=Xe(),Q8=Ke(),J8=zl(),ec=new Q8(1),z8=new Z8(ec.buffer);function e9(e){return ec[0]=e,z8[J8]}rc.exports=e9});var Q=m((PR,nc)=>{"use strict";var r9=tc();nc.exports=r9});var oc=m((HR,ac)=>{"use strict";var t9=Ye(),ic,Si,Ai;t9===!0?(Si=1,Ai=0):(Si=0,Ai=1);ic={HIGH:Si,LOW:Ai};ac.exports=ic});var fc=m((DR,cc)=>{"use strict";var n9=Xe(),i9=Ke(),uc=oc(),lc=new i9(1),sc=new n9(lc.buffer),a9=uc.HIGH,o9=uc.LOW;function s9(e,r){return sc[a9]=e,sc[o9]=r,lc[0]}cc.exports=s9});var Dr=m((UR,mc)=>{"use strict";var u9=fc();mc.exports=u9});var pc=m((GR,dc)=>{"use strict";var l9=Zs(),c9=Ie(),f9=Xt(),m9=Q(),d9=Dr(),qi=[0,0];function p9(e,r){var t,n;return f9.assign(e,qi,1,0),t=qi[0],t&=c9,n=m9(r),n&=l9,t|=n,d9(t,qi[1])}dc.exports=p9});var Kt=m((BR,hc)=>{"use strict";var h9=pc();hc.exports=h9});var pr=m((WR,gc)=>{"use strict";var g9=22250738585072014e-324;gc.exports=g9});var yc=m((jR,vc)=>{"use strict";function v9(e){return Math.abs(e)}vc.exports=v9});var L=m((VR,bc)=>{"use strict";var y9=yc();bc.exports=y9});var Ni=m((XR,wc)=>{"use strict";var b9=pr(),w9=je(),M9=C(),S9=L(),A9=4503599627370496;function q9(e,r,t,n){return M9(e)||w9(e)?(r[n]=e,r[n+t]=0,r):e!==0&&S9(e)<b9?(r[n]=e*A9,r[n+t]=-52,r):(r[n]=e,r[n+t]=0,r)}wc.exports=q9});var Sc=m((KR,Mc)=>{"use strict";var N9=Ni();function E9(e){return N9(e,[0,0],1,0)}Mc.exports=E9});var Nc=m((YR,qc)=>{"use strict";var _9=Or(),Ac=Sc(),I9=Ni();_9(Ac,"assign",I9);qc.exports=Ac});var Ur=m((ZR,Ec)=>{"use strict";var k9=2146435072;Ec.exports=k9});var Ic=m((QR,_c)=>{"use strict";var T9=Q(),x9=Ur(),R9=_e();function L9(e){var r=T9(e);return r=(r&x9)>>>20,r-R9|0}_c.exports=L9});var Tc=m((JR,kc)=>{"use strict";var C9=Ic();kc.exports=C9});var Rc=m((zR,xc)=>{"use strict";var F9=H(),$9=K(),O9=_e(),P9=Us(),H9=Bs(),D9=js(),U9=C(),G9=je(),B9=Kt(),W9=Nc().assign,j9=Tc(),V9=Xt(),X9=Dr(),K9=2220446049250313e-31,Y9=2148532223,Ei=[0,0],_i=[0,0];function Z9(e,r){var t,n;return r===0||e===0||U9(e)||G9(e)?e:(W9(e,Ei,1,0),e=Ei[0],r+=Ei[1],r+=j9(e),r<D9?B9(0,e):r>P9?e<0?$9:F9:(r<=H9?(r+=52,n=K9):n=1,V9.assign(e,_i,1,0),t=_i[0],t&=Y9,t|=r+O9<<20,n*X9(t,_i[1])))}xc.exports=Z9});var Yt=m((eL,Lc)=>{"use strict";var Q9=Rc();Lc.exports=Q9});var Fc=m((rL,Cc)=>{"use strict";function J9(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}Cc.exports=J9});var Oc=m((tL,$c)=>{"use strict";var z9=Yt(),e7=Fc();function r7(e,r,t){var n,i,a,o;return n=e-r,i=n*n,a=n-i*e7(i),o=1-(r-n*a/(2-a)-e),z9(o,t)}$c.exports=r7});var Bc=m((nL,Gc)=>{"use strict";var t7=C(),Pc=Wt(),n7=K(),Hc=H(),i7=Oc(),a7=.6931471803691238,o7=19082149292705877e-26,Dc=1.4426950408889634,s7=709.782712893384,u7=-745.1332191019411,Uc=1/(1<<28),l7=-Uc;function c7(e){var r,t,n;return t7(e)||e===Hc?e:e===n7?0:e>s7?Hc:e<u7?0:e>l7&&e<Uc?1+e:(e<0?n=Pc(Dc*e-.5):n=Pc(Dc*e+.5),r=e-n*a7,t=n*o7,i7(r,t,n))}Gc.exports=c7});var G=m((iL,Wc)=>{"use strict";var f7=Bc();Wc.exports=f7});var Vc=m((aL,jc)=>{"use strict";var m7=Ye(),Ii;m7===!0?Ii=0:Ii=1;jc.exports=Ii});var Kc=m((oL,Xc)=>{"use strict";var d7=Xe(),p7=Ke(),h7=Vc(),ki=new p7(1),g7=new d7(ki.buffer);function v7(e,r){return ki[0]=e,g7[h7]=r>>>0,ki[0]}Xc.exports=v7});var hr=m((sL,Yc)=>{"use strict";var y7=Kc();Yc.exports=y7});var Qc=m((uL,Zc)=>{"use strict";function b7(e){return e===0?-.3250421072470015:-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}Zc.exports=b7});var zc=m((lL,Jc)=>{"use strict";function w7(e){return e===0?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}Jc.exports=w7});var rf=m((cL,ef)=>{"use strict";function M7(e){return e===0?.41485611868374833:.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}ef.exports=M7});var nf=m((fL,tf)=>{"use strict";function S7(e){return e===0?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}tf.exports=S7});var of=m((mL,af)=>{"use strict";function A7(e){return e===0?-.6938585727071818:-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}af.exports=A7});var uf=m((dL,sf)=>{"use strict";function q7(e){return e===0?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}sf.exports=q7});var cf=m((pL,lf)=>{"use strict";function N7(e){return e===0?-.799283237680523:-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}lf.exports=N7});var mf=m((hL,ff)=>{"use strict";function E7(e){return e===0?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}ff.exports=E7});var gf=m((gL,hf)=>{"use strict";var _7=C(),df=G(),I7=hr(),k7=H(),T7=K(),x7=Qc(),R7=zc(),L7=rf(),C7=nf(),F7=of(),$7=uf(),O7=cf(),P7=mf(),Zt=1e-300,H7=13877787807814457e-33,pf=.8450629115104675,D7=.12837916709551256,U7=1,G7=-.0023621185607526594,B7=1,W7=-.009864944034847148,j7=1,V7=-.0098649429247001,X7=1;function K7(e){var r,t,n,i,a,o,s,c;if(_7(e))return NaN;if(e===k7)return 0;if(e===T7)return 2;if(e===0)return 1;if(e<0?(r=!0,t=-e):(r=!1,t=e),t<.84375)return t<H7?1-e:(n=e*e,i=D7+n*x7(n),a=U7+n*R7(n),o=i/a,e<.25?1-(e+e*o):(i=e*o,i+=e-.5,.5-i));if(t<1.25)return a=t-1,s=G7+a*L7(a),c=B7+a*C7(a),r?1+pf+s/c:1-pf-s/c;if(t<28){if(a=1/(t*t),t<2.857142857142857)i=W7+a*F7(a),a=j7+a*$7(a);else{if(e<-6)return 2-Zt;i=V7+a*O7(a),a=X7+a*P7(a)}return n=I7(t,0),i=df(-(n*n)-.5625)*df((n-t)*(n+t)+i/a),r?2-i/t:i/t}return r?2-Zt:Zt*Zt}hf.exports=K7});var Qt=m((vL,vf)=>{"use strict";var Y7=gf();vf.exports=Y7});var bf=m((OL,yf)=>{"use strict";var z7=Ye(),Ti;z7===!0?Ti=1:Ti=0;yf.exports=Ti});var Mf=m((PL,wf)=>{"use strict";var ey=Xe(),ry=Ke(),ty=bf(),xi=new ry(1),ny=new ey(xi.buffer);function iy(e,r){return xi[0]=e,ny[ty]=r>>>0,xi[0]}wf.exports=iy});var gr=m((HL,Sf)=>{"use strict";var ay=Mf();Sf.exports=ay});var qf=m((DL,Af)=>{"use strict";var oy=.34657359027997264;Af.exports=oy});var Ef=m((UL,Nf)=>{"use strict";function sy(e){return e===0?-.03333333333333313:-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-20109921818362437e-23)))}Nf.exports=sy});var Rf=m((GL,xf)=>{"use strict";var uy=C(),_f=Q(),Ri=gr(),ly=Dr(),If=H(),cy=K(),kf=_e(),fy=qf(),my=Ef(),dy=709.782712893384,Li=.6931471803691238,Ci=19082149292705877e-26,Tf=1.4426950408889634,py=38.816242111356935,hy=1.0397207708399179;function gy(e){var r,t,n,i,a,o,s,c,l,u,f,h,p;if(e===If||uy(e))return e;if(e===cy)return-1;if(e===0)return e;if(e<0?(n=!0,c=-e):(n=!1,c=e),c>=py){if(n)return-1;if(c>=dy)return If}if(o=_f(c)|0,c>fy)c<hy?n?(i=e+Li,a=-Ci,p=-1):(i=e-Li,a=Ci,p=1):(n?p=Tf*e-.5:p=Tf*e+.5,p|=0,f=p,i=e-f*Li,a=f*Ci),e=i-a,u=i-e-a;else{if(o<1016070144)return e;p=0}return r=.5*e,l=e*r,s=1+l*my(l),f=3-s*r,h=l*((s-f)/(6-e*f)),p===0?e-(e*h-l):(t=ly(kf+p<<20,0),h=e*(h-u)-u,h-=l,p===-1?.5*(e-h)-.5:p===1?e<-.25?-2*(h-(e+.5)):1+2*(e-h):p<=-2||p>56?(c=1-(h-e),p===1024?(i=_f(c)+(p<<20)|0,c=Ri(c,i)):c*=t,c-1):(f=1,p<20?(i=1072693248-(2097152>>p)|0,f=Ri(f,i),c=f-(h-e)):(i=kf-p<<20|0,f=Ri(f,i),c=e-(h+f),c+=1),c*=t,c))}xf.exports=gy});var Gr=m((BL,Lf)=>{"use strict";var vy=Rf();Lf.exports=vy});var Ff=m((WL,Cf)=>{"use strict";function yy(e){return e===0?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}Cf.exports=yy});var Df=m((jL,Hf)=>{"use strict";var by=C(),$f=Q(),Of=gr(),wy=H(),My=K(),Pf=_e(),Sy=Ff(),Fi=.6931471803691238,$i=19082149292705877e-26,Ay=.41421356237309503,qy=-.2928932188134525,Ny=1862645149230957e-24,Ey=5551115123125783e-32,_y=9007199254740992,Iy=.6666666666666666;function ky(e){var r,t,n,i,a,o,s,c,l,u;if(e<-1||by(e))return NaN;if(e===-1)return My;if(e===wy||e===0)return e;if(e<0?n=-e:n=e,u=1,n<Ay){if(n<Ny)return n<Ey?e:e-e*e*.5;e>qy&&(u=0,i=e,t=1)}return u!==0&&(n<_y?(l=1+e,t=$f(l),u=(t>>20)-Pf,u>0?a=1-(l-e):a=e-(l-1),a/=l):(l=e,t=$f(l),u=(t>>20)-Pf,a=0),t&=1048575,t<434334?l=Of(l,t|1072693248):(u+=1,l=Of(l,t|1071644672),t=1048576-t>>2),i=l-1),r=.5*i*i,t===0?i===0?(a+=u*$i,u*Fi+a):(c=r*(1-Iy*i),u*Fi-(c-(u*$i+a)-i)):(o=i/(2+i),s=o*o,c=s*Sy(s),u===0?i-(r-o*(r+c)):u*Fi-(r-(o*(r+c)+(u*$i+a))-i))}Hf.exports=ky});var be=m((VL,Uf)=>{"use strict";var Ty=Df();Uf.exports=Ty});var Bf=m((XL,Gf)=>{"use strict";var xy=Math.sqrt;Gf.exports=xy});var te=m((KL,Wf)=>{"use strict";var Ry=Bf();Wf.exports=Ry});var Vf=m((YL,jf)=>{"use strict";var Ly=.7853981633974483;jf.exports=Ly});var Kf=m((ZL,Xf)=>{"use strict";function Cy(e){var r,t,n;return e===0?.16666666666666713:(e<0?r=-e:r=e,r<=1?(t=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428)))),n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))):(e=1/e,t=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825)))),n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))),t/n)}Xf.exports=Cy});var Zf=m((QL,Yf)=>{"use strict";function Fy(e){var r,t,n;return e===0?.08333333333333809:(e<0?r=-e:r=e,r<=1?(t=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243))),n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))):(e=1/e,t=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616))),n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))),t/n)}Yf.exports=Fy});var zf=m((JL,Jf)=>{"use strict";var $y=C(),Oy=te(),Qf=Vf(),Py=Kf(),Hy=Zf(),Dy=6123233995736766e-32;function Uy(e){var r,t,n,i,a;if($y(e))return NaN;if(e>0?n=e:(r=!0,n=-e),n>1)return NaN;if(n>.625)t=1-n,i=t*Hy(t),t=Oy(t+t),a=Qf-t,t=t*i-Dy,a-=t,a+=Qf;else{if(n<1e-8)return e;t=n*n,a=t*Py(t),a=n*a+n}return r?-a:a}Jf.exports=Uy});var r1=m((zL,e1)=>{"use strict";var Gy=zf();e1.exports=Gy});var n1=m((eC,t1)=>{"use strict";var By=se();function Wy(e){return By(e)===e}t1.exports=Wy});var Ze=m((rC,i1)=>{"use strict";var jy=n1();i1.exports=jy});var o1=m((tC,a1)=>{"use strict";var Vy=Ze();function Xy(e){return Vy(e/2)}a1.exports=Xy});var u1=m((nC,s1)=>{"use strict";var Ky=o1();s1.exports=Ky});var f1=m((iC,c1)=>{"use strict";var l1=u1();function Yy(e){return e>0?l1(e-1):l1(e+1)}c1.exports=Yy});var Jt=m((aC,m1)=>{"use strict";var Zy=f1();m1.exports=Zy});var p1=m((oC,d1)=>{"use strict";function Qy(e){return e|0}d1.exports=Qy});var Oi=m((sC,h1)=>{"use strict";var Jy=p1();h1.exports=Jy});var y1=m((uC,v1)=>{"use strict";var g1=Jt(),zy=Kt(),eb=K(),zt=H();function rb(e,r){return r===eb?zt:r===zt?0:r>0?g1(r)?e:0:g1(r)?zy(zt,e):zt}v1.exports=rb});var w1=m((lC,b1)=>{"use strict";var tb=Ie(),nb=Q(),ib=1072693247,en=1e300,rn=1e-300;function ab(e,r){var t,n;return n=nb(e),t=n&tb,t<=ib?r<0?en*en:rn*rn:r>0?en*en:rn*rn}b1.exports=ab});var A1=m((cC,S1)=>{"use strict";var ob=L(),M1=H();function sb(e,r){return e===-1?(e-e)/(e-e):e===1?1:ob(e)<1==(r===M1)?0:M1}S1.exports=sb});var Pi=m((fC,q1)=>{"use strict";var ub=20;q1.exports=ub});var E1=m((mC,N1)=>{"use strict";function lb(e){return e===0?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}N1.exports=lb});var T1=m((dC,k1)=>{"use strict";var cb=Q(),tn=hr(),_1=gr(),fb=_e(),mb=Pi(),db=E1(),pb=1048575,I1=1048576,hb=1072693248,gb=536870912,vb=524288,yb=9007199254740992,bb=.9617966939259756,wb=.9617967009544373,Mb=-7028461650952758e-24,Sb=[1,1.5],Ab=[0,.5849624872207642],qb=[0,1350039202129749e-23];function Nb(e,r,t){var n,i,a,o,s,c,l,u,f,h,p,v,g,y,b,S,w,N,E,q,k,A;return q=0,t<I1&&(r*=yb,q-=53,t=cb(r)),q+=(t>>mb)-fb|0,k=t&pb|0,t=k|hb|0,k<=235662?A=0:k<767610?A=1:(A=0,q+=1,t-=I1),r=_1(r,t),u=Sb[A],N=r-u,E=1/(r+u),i=N*E,o=tn(i,0),n=(t>>1|gb)+vb,n+=A<<18,c=_1(0,n),l=r-(c-u),s=E*(N-o*c-o*l),a=i*i,w=a*a*db(a),w+=s*(o+i),a=o*o,c=3+a+w,c=tn(c,0),l=w-(c-3-a),N=o*c,E=s*c+l*i,h=N+E,h=tn(h,0),p=E-(h-N),v=wb*h,g=Mb*h+p*bb+qb[A],f=Ab[A],S=q,y=v+g+f+S,y=tn(y,0),b=g-(y-S-f-v),e[0]=y,e[1]=b,e}k1.exports=Nb});var R1=m((pC,x1)=>{"use strict";function Eb(e){return e===0?.5:.5+e*(-.3333333333333333+e*.25)}x1.exports=Eb});var C1=m((hC,L1)=>{"use strict";var _b=hr(),Ib=R1(),kb=1.4426950408889634,Tb=1.4426950216293335,xb=19259629911266175e-24;function Rb(e,r){var t,n,i,a,o,s;return i=r-1,a=i*i*Ib(i),o=Tb*i,s=i*xb-a*kb,n=o+s,n=_b(n,0),t=s-(n-o),e[0]=n,e[1]=t,e}L1.exports=Rb});var $1=m((gC,F1)=>{"use strict";var Lb=.6931471805599453;F1.exports=Lb});var Hi=m((vC,O1)=>{"use strict";var Cb=1048575;O1.exports=Cb});var H1=m((yC,P1)=>{"use strict";function Fb(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}P1.exports=Fb});var V1=m((bC,j1)=>{"use strict";var $b=Q(),D1=gr(),Ob=hr(),Pb=Oi(),Hb=Yt(),Db=$1(),U1=_e(),G1=Ie(),B1=Hi(),Br=Pi(),Ub=H1(),W1=1048576,Gb=1071644672,Bb=.6931471824645996,Wb=-1904654299957768e-24;function jb(e,r,t){var n,i,a,o,s,c,l,u,f,h,p;return h=e&G1|0,p=(h>>Br)-U1|0,f=0,h>Gb&&(f=e+(W1>>p+1)>>>0,p=((f&G1)>>Br)-U1|0,n=(f&~(B1>>p))>>>0,a=D1(0,n),f=(f&B1|W1)>>Br-p>>>0,e<0&&(f=-f),r-=a),a=t+r,a=Ob(a,0),s=a*Bb,c=(t-(a-r))*Db+a*Wb,u=s+c,l=c-(u-s),a=u*u,i=u-a*Ub(a),o=u*i/(i-2)-(l+u*l),u=1-(o-u),e=$b(u),e=Pb(e),e+=f<<Br>>>0,e>>Br<=0?u=Hb(u,f):u=D1(u,e),u}j1.exports=jb});var nm=m((wC,tm)=>{"use strict";var X1=C(),K1=Jt(),Y1=je(),Vb=Ze(),Z1=te(),Xb=L(),Di=Xt(),Kb=hr(),Q1=Oi(),Yb=K(),Zb=H(),Ui=Ie(),Qb=y1(),Jb=w1(),zb=A1(),ew=T1(),rw=C1(),tw=V1(),nw=1072693247,iw=1105199104,aw=1139802112,J1=1083179008,ow=1072693248,sw=1083231232,uw=3230714880,z1=31,ke=1e300,Te=1e-300,lw=8008566259537294e-32,we=[0,0],em=[0,0];function rm(e,r){var t,n,i,a,o,s,c,l,u,f,h,p,v,g,y,b;if(X1(e)||X1(r))return NaN;if(Di.assign(r,we,1,0),s=we[0],c=we[1],c===0){if(r===0)return 1;if(r===1)return e;if(r===-1)return 1/e;if(r===.5)return Z1(e);if(r===-.5)return 1/Z1(e);if(r===2)return e*e;if(r===3)return e*e*e;if(r===4)return e*=e,e*e;if(Y1(r))return zb(e,r)}if(Di.assign(e,we,1,0),a=we[0],o=we[1],o===0){if(a===0)return Qb(e,r);if(e===1)return 1;if(e===-1&&K1(r))return-1;if(Y1(e))return e===Yb?rm(-0,-r):r<0?0:Zb}if(e<0&&Vb(r)===!1)return(e-e)/(e-e);if(i=Xb(e),t=a&Ui|0,n=s&Ui|0,l=a>>>z1|0,u=s>>>z1|0,l&&K1(r)?l=-1:l=1,n>iw){if(n>aw)return Jb(e,r);if(t<nw)return u===1?l*ke*ke:l*Te*Te;if(t>ow)return u===0?l*ke*ke:l*Te*Te;v=rw(em,i)}else v=ew(em,i,t);if(f=Kb(r,0),p=(r-f)*v[0]+r*v[1],h=f*v[0],g=p+h,Di.assign(g,we,1,0),y=Q1(we[0]),b=Q1(we[1]),y>=J1){if((y-J1|b)!==0||p+lw>g-h)return l*ke*ke}else if((y&Ui)>=sw&&((y-uw|b)!==0||p<=g-h))return l*Te*Te;return g=tw(y,h,p),l*g}tm.exports=rm});var j=m((MC,im)=>{"use strict";var cw=nm();im.exports=cw});var Qe=m((SC,am)=>{"use strict";var fw=2.718281828459045;am.exports=fw});var ue=m((AC,om)=>{"use strict";var mw=2220446049250313e-31;om.exports=mw});var um=m((qC,sm)=>{"use strict";function dw(e){var r,t,n;return e===0?1/0:(e<0?r=-e:r=e,r<=1?(t=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,t=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),t/n)}sm.exports=dw});var fm=m((NC,cm)=>{"use strict";var lm=C(),pw=be(),hw=te(),gw=L(),vw=G(),Gi=j(),yw=Qe(),Bi=ue(),Wi=um(),ji=10.900511;function bw(e,r){var t,n,i,a,o,s,c;return lm(e)||lm(r)?NaN:e<0||r<0?NaN:r===1?1/e:e===1?1/r:(c=e+r,c<Bi?(o=c/e,o/=r,o):c===e&&r<Bi?1/r:c===r&&e<Bi?1/e:(e<r&&(s=r,r=e,e=s),n=e+ji-.5,i=r+ji-.5,a=c+ji-.5,o=Wi(e)*(Wi(r)/Wi(c)),t=e-.5-r,gw(r*t)<a*100&&e>100?o*=vw(t*pw(-r/a)):o*=Gi(n/a,t),a>1e10?o*=Gi(n/a*(i/a),r):o*=Gi(n*i/(a*a),r),o*=hw(yw/i),o))}cm.exports=bw});var dm=m((EC,mm)=>{"use strict";var ww=fm();mm.exports=ww});var hm=m((_C,pm)=>{"use strict";var Mw=H();function Sw(e){return e===0&&1/e===Mw}pm.exports=Sw});var vm=m((IC,gm)=>{"use strict";var Aw=hm();gm.exports=Aw});var wm=m((kC,bm)=>{"use strict";var qw=vm(),ym=C(),Vi=H();function Nw(e,r){return ym(e)||ym(r)?NaN:e===Vi||r===Vi?Vi:e===r&&e===0?qw(e)?e:r:e>r?e:r}bm.exports=Nw});var Wr=m((TC,Mm)=>{"use strict";var Ew=wm();Mm.exports=Ew});var Am=m((xC,Sm)=>{"use strict";var _w=K();function Iw(e){return e===0&&1/e===_w}Sm.exports=Iw});var Xi=m((RC,qm)=>{"use strict";var kw=Am();qm.exports=kw});var _m=m((LC,Em)=>{"use strict";var Tw=Xi(),Nm=C(),Ki=K();function xw(e,r){return Nm(e)||Nm(r)?NaN:e===Ki||r===Ki?Ki:e===r&&e===0?Tw(e)?e:r:e<r?e:r}Em.exports=xw});var vr=m((CC,Im)=>{"use strict";var Rw=_m();Im.exports=Rw});var nn=m((FC,km)=>{"use strict";var Lw=17976931348623157e292;km.exports=Lw});var Yi=m(($C,Tm)=>{"use strict";var Cw=2147483647;Tm.exports=Cw});var Rm=m((OC,xm)=>{"use strict";var Fw=1.5707963267948966;xm.exports=Fw});var yr=m((PC,Lm)=>{"use strict";var $w=3.141592653589793;Lm.exports=$w});var Fm=m((HC,Cm)=>{"use strict";function Ow(e){return e===0?.0416666666666666:.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}Cm.exports=Ow});var Om=m((DC,$m)=>{"use strict";function Pw(e){return e===0?-27557314351390663e-23:-27557314351390663e-23+e*(2087572321298175e-24+e*-11359647557788195e-27)}$m.exports=Pw});var Hm=m((UC,Pm)=>{"use strict";var Hw=Fm(),Dw=Om();function Uw(e,r){var t,n,i,a;return a=e*e,i=a*a,n=a*Hw(a),n+=i*i*Dw(a),t=.5*a,i=1-t,i+(1-i-t+(a*n-e*r))}Pm.exports=Uw});var Zi=m((GC,Dm)=>{"use strict";var Gw=Hm();Dm.exports=Gw});var Bm=m((BC,Gm)=>{"use strict";var Um=-.16666666666666632,Bw=.00833333333332249,Ww=-.0001984126982985795,jw=27557313707070068e-22,Vw=-25050760253406863e-24,Xw=158969099521155e-24;function Kw(e,r){var t,n,i,a;return a=e*e,i=a*a,t=Bw+a*(Ww+a*jw)+a*i*(Vw+a*Xw),n=a*e,r===0?e+n*(Um+a*t):e-(a*(.5*r-n*t)-r-n*Um)}Gm.exports=Kw});var Qi=m((WC,Wm)=>{"use strict";var Yw=Bm();Wm.exports=Yw});var Vm=m((jC,jm)=>{"use strict";var Zw=Ye(),Ji;Zw===!0?Ji=0:Ji=1;jm.exports=Ji});var Ym=m((VC,Km)=>{"use strict";var Qw=Xe(),Jw=Ke(),zw=Vm(),Xm=new Jw(1),eM=new Qw(Xm.buffer);function rM(e){return Xm[0]=e,eM[zw]}Km.exports=rM});var Qm=m((XC,Zm)=>{"use strict";var tM=Ym();Zm.exports=tM});var zm=m((KC,Jm)=>{"use strict";function nM(e,r){var t,n;for(t=[],n=0;n<r;n++)t.push(e);return t}Jm.exports=nM});var rd=m((YC,ed)=>{"use strict";var iM=zm();ed.exports=iM});var nd=m((ZC,td)=>{"use strict";var aM=rd();function oM(e){return aM(0,e)}td.exports=oM});var ad=m((QC,id)=>{"use strict";var sM=nd();id.exports=sM});var cd=m((JC,ld)=>{"use strict";var uM=se(),an=Yt(),un=ad(),sd=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],lM=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],zi=16777216,ea=5960464477539063e-23,on=un(20),od=un(20),sn=un(20),U=un(20);function ud(e,r,t,n,i,a,o,s,c){var l,u,f,h,p,v,g,y,b;for(h=a,b=n[t],y=t,p=0;y>0;p++)u=ea*b|0,U[p]=b-zi*u|0,b=n[y-1]+u,y-=1;if(b=an(b,i),b-=8*uM(b*.125),g=b|0,b-=g,f=0,i>0?(p=U[t-1]>>24-i,g+=p,U[t-1]-=p<<24-i,f=U[t-1]>>23-i):i===0?f=U[t-1]>>23:b>=.5&&(f=2),f>0){for(g+=1,l=0,p=0;p<t;p++)y=U[p],l===0?y!==0&&(l=1,U[p]=16777216-y):U[p]=16777215-y;if(i>0)switch(i){case 1:U[t-1]&=8388607;break;case 2:U[t-1]&=4194303;break}f===2&&(b=1-b,l!==0&&(b-=an(1,i)))}if(b===0){for(y=0,p=t-1;p>=a;p--)y|=U[p];if(y===0){for(v=1;U[a-v]===0;v++);for(p=t+1;p<=t+v;p++){for(c[s+p]=sd[o+p],u=0,y=0;y<=s;y++)u+=e[y]*c[s+(p-y)];n[p]=u}return t+=v,ud(e,r,t,n,i,a,o,s,c)}for(t-=1,i-=24;U[t]===0;)t-=1,i-=24}else b=an(b,-i),b>=zi?(u=ea*b|0,U[t]=b-zi*u|0,t+=1,i+=24,U[t]=u):U[t]=b|0;for(u=an(1,i),p=t;p>=0;p--)n[p]=u*U[p],u*=ea;for(p=t;p>=0;p--){for(u=0,v=0;v<=h&&v<=t-p;v++)u+=lM[v]*n[p+v];sn[t-p]=u}for(u=0,p=t;p>=0;p--)u+=sn[p];for(f===0?r[0]=u:r[0]=-u,u=sn[0]-u,p=1;p<=t;p++)u+=sn[p];return f===0?r[1]=u:r[1]=-u,g&7}function cM(e,r,t,n){var i,a,o,s,c,l,u,f,h;for(a=4,s=n-1,o=(t-3)/24|0,o<0&&(o=0),l=t-24*(o+1),f=o-s,h=s+a,u=0;u<=h;u++)f<0?on[u]=0:on[u]=sd[f],f+=1;for(u=0;u<=a;u++){for(i=0,f=0;f<=s;f++)i+=e[f]*on[s+(u-f)];od[u]=i}return c=a,ud(e,r,c,od,l,a,o,s,on)}ld.exports=cM});var md=m((zC,fd)=>{"use strict";var fM=Math.round;fd.exports=fM});var pd=m((eF,dd)=>{"use strict";var mM=md();dd.exports=mM});var yd=m((rF,vd)=>{"use strict";var dM=pd(),hd=Q(),pM=.6366197723675814,hM=1.5707963267341256,gM=6077100506506192e-26,vM=6077100506303966e-26,yM=20222662487959506e-37,bM=20222662487111665e-37,wM=84784276603689e-45,gd=2047;function MM(e,r,t){var n,i,a,o,s,c,l;return i=dM(e*pM),o=e-i*hM,s=i*gM,l=r>>20|0,t[0]=o-s,n=hd(t[0]),c=l-(n>>20&gd),c>16&&(a=o,s=i*vM,o=a-s,s=i*yM-(a-o-s),t[0]=o-s,n=hd(t[0]),c=l-(n>>20&gd),c>49&&(a=o,s=i*bM,o=a-s,s=i*wM-(a-o-s),t[0]=o-s)),t[1]=o-t[0]-s,i}vd.exports=MM});var wd=m((tF,bd)=>{"use strict";var SM=Ie(),AM=Ur(),qM=Hi(),NM=Q(),EM=Qm(),_M=Dr(),IM=cd(),ln=yd(),kM=0,TM=16777216,xe=1.5707963267341256,Je=6077100506506192e-26,cn=2*Je,fn=3*Je,mn=4*Je,xM=598523,RM=1072243195,LM=1073928572,CM=1074752122,FM=1074977148,$M=1075183036,OM=1075388923,PM=1075594811,HM=1094263291,jr=[0,0,0],Vr=[0,0];function DM(e,r){var t,n,i,a,o,s,c,l;if(i=NM(e)|0,a=i&SM|0,a<=RM)return r[0]=e,r[1]=0,0;if(a<=CM)return(a&qM)===xM?ln(e,a,r):a<=LM?i>0?(l=e-xe,r[0]=l-Je,r[1]=l-r[0]-Je,1):(l=e+xe,r[0]=l+Je,r[1]=l-r[0]+Je,-1):i>0?(l=e-2*xe,r[0]=l-cn,r[1]=l-r[0]-cn,2):(l=e+2*xe,r[0]=l+cn,r[1]=l-r[0]+cn,-2);if(a<=PM)return a<=$M?a===FM?ln(e,a,r):i>0?(l=e-3*xe,r[0]=l-fn,r[1]=l-r[0]-fn,3):(l=e+3*xe,r[0]=l+fn,r[1]=l-r[0]+fn,-3):a===OM?ln(e,a,r):i>0?(l=e-4*xe,r[0]=l-mn,r[1]=l-r[0]-mn,4):(l=e+4*xe,r[0]=l+mn,r[1]=l-r[0]+mn,-4);if(a<HM)return ln(e,a,r);if(a>=AM)return r[0]=NaN,r[1]=NaN,0;for(t=EM(e),n=(a>>20)-1046,l=_M(a-(n<<20|0),t),s=0;s<2;s++)jr[s]=l|0,l=(l-jr[s])*TM;for(jr[2]=l,o=3;jr[o-1]===kM;)o-=1;return c=IM(jr,Vr,n,o,1),i<0?(r[0]=-Vr[0],r[1]=-Vr[1],-c):(r[0]=Vr[0],r[1]=Vr[1],c)}bd.exports=DM});var ra=m((nF,Md)=>{"use strict";var UM=wd();Md.exports=UM});var qd=m((iF,Ad)=>{"use strict";var GM=Ie(),BM=Ur(),WM=Q(),Sd=Zi(),ta=Qi(),jM=ra(),VM=1072243195,XM=1045430272,Me=[0,0];function KM(e){var r,t;if(r=WM(e),r&=GM,r<=VM)return r<XM?e:ta(e,0);if(r>=BM)return NaN;switch(t=jM(e,Me),t&3){case 0:return ta(Me[0],Me[1]);case 1:return Sd(Me[0],Me[1]);case 2:return-ta(Me[0],Me[1]);default:return-Sd(Me[0],Me[1])}}Ad.exports=KM});var na=m((aF,Nd)=>{"use strict";var YM=qd();Nd.exports=YM});var ia=m((oF,Ed)=>{"use strict";var ZM=2.5066282746310007;Ed.exports=ZM});var Id=m((sF,_d)=>{"use strict";function QM(e){return e===0?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}_d.exports=QM});var xd=m((uF,Td)=>{"use strict";var JM=ia(),kd=j(),zM=G(),eS=Id(),rS=143.01608;function tS(e){var r,t,n;return r=1/e,r=1+r*eS(r),t=zM(e),e>rS?(n=kd(e,.5*e-.25),t=n*(n/t)):t=kd(e,e-.5)/t,JM*t*r}Td.exports=tS});var Ld=m((lF,Rd)=>{"use strict";var nS=.5772156649015329;Rd.exports=nS});var Fd=m((cF,Cd)=>{"use strict";var iS=Ld();function aS(e,r){return r/((1+iS*e)*e)}Cd.exports=aS});var Od=m((fF,$d)=>{"use strict";function oS(e){var r,t,n;return e===0?1:(e<0?r=-e:r=e,r<=1?(t=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0)))))),n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))):(e=1/e,t=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1)))))),n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))),t/n)}$d.exports=oS});var jd=m((mF,Wd)=>{"use strict";var sS=C(),uS=Ze(),lS=Xi(),Pd=L(),cS=se(),fS=na(),Hd=H(),Dd=K(),Ud=yr(),Gd=xd(),Bd=Fd(),mS=Od();function dS(e){var r,t,n,i;if(uS(e)&&e<0||e===Dd||sS(e))return NaN;if(e===0)return lS(e)?Dd:Hd;if(e>171.61447887182297)return Hd;if(e<-170.5674972726612)return 0;if(t=Pd(e),t>33)return e>=0?Gd(e):(n=cS(t),(n&1)===0?r=-1:r=1,i=t-n,i>.5&&(n+=1,i=t-n),i=t*fS(Ud*i),r*Ud/(Pd(i)*Gd(t)));for(i=1;e>=3;)e-=1,i*=e;for(;e<0;){if(e>-1e-9)return Bd(e,i);i/=e,e+=1}for(;e<2;){if(e<1e-9)return Bd(e,i);i/=e,e+=1}return e===2?i:(e-=2,i*mS(e))}Wd.exports=dS});var Re=m((dF,Vd)=>{"use strict";var pS=jd();Vd.exports=pS});var Xr=m((pF,Xd)=>{"use strict";var hS=170;Xd.exports=hS});var Kd=m((hF,gS)=>{gS.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var Zd=m((gF,Yd)=>{"use strict";var vS=C(),yS=Ze(),bS=Re(),wS=H(),MS=Xr(),SS=Kd();function AS(e){return vS(e)?NaN:yS(e)?e<0?NaN:e<=MS?SS[e]:wS:bS(e+1)}Yd.exports=AS});var aa=m((vF,Qd)=>{"use strict";var qS=Zd();Qd.exports=qS});var zd=m((yF,Jd)=>{"use strict";function NS(e){var r,t,n;return e===0?1/0:(e<0?r=-e:r=e,r<=1?(t=3847467039331777e-5+e*(3685766504351951e-5+e*(1588920245372942e-5+e*(4059208354298835e-6+e*(6805476611834733e-7+e*(7823975500312005e-8+e*(6246580776401795e-9+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,t=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580776401795e-9+e*(7823975500312005e-8+e*(6805476611834733e-7+e*(4059208354298835e-6+e*(1588920245372942e-5+e*(3685766504351951e-5+e*3847467039331777e-5))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),t/n)}Jd.exports=NS});var rp=m((bF,ep)=>{"use strict";var ES=zd();ep.exports=ES});var np=m((wF,tp)=>{"use strict";var _S=rp();tp.exports=_S});var br=m((MF,ip)=>{"use strict";var IS=10.900511;ip.exports=IS});var dp=m((SF,mp)=>{"use strict";var ap=np(),kS=Re(),TS=be(),op=L(),sp=G(),up=j(),lp=ue(),xS=Qe(),RS=br(),cp=Xr(),LS=4269068009004705e289;function fp(e,r){var t,n,i;return e<lp?r>=cp?(n=fp(r,cp-r),n*=e,n*=LS,1/n):1/(e*kS(e+r)):(i=e+RS-.5,e+r===e?op(r/i)<lp?t=sp(-r):t=1:(op(r)<10?t=sp((.5-e)*TS(r/i)):t=up(i/(i+r),e-.5),t*=ap(e)/ap(e+r)),t*=up(xS/(i+r),r),t)}mp.exports=fp});var bp=m((AF,yp)=>{"use strict";var CS=L(),pp=se(),hp=Re(),gp=aa(),vp=Xr(),FS=dp();function $S(e,r){var t,n,i;if(e<=0||e+r<=0)return hp(e)/hp(e+r);if(n=pp(r),n===r){if(i=pp(e),i===e&&e<=vp&&e+r<=vp)return gp(i-1)/gp(n+i-1);if(CS(r)<20){if(r===0)return 1;if(r<0){for(e-=1,t=e,r+=1;r!==0;)e-=1,t*=e,r+=1;return t}for(t=1/e,r-=1;r!==0;)e+=1,t/=e,r-=1;return t}}return FS(e,r)}yp.exports=$S});var Mp=m((qF,wp)=>{"use strict";var OS=bp();wp.exports=OS});var Ap=m((NF,Sp)=>{"use strict";function PS(e){return e===0?.3999999999940942:.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}Sp.exports=PS});var Np=m((EF,qp)=>{"use strict";function HS(e){return e===0?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}qp.exports=HS});var kp=m((_F,Ip)=>{"use strict";var Ep=Q(),DS=gr(),US=C(),GS=_e(),BS=K(),WS=Ap(),jS=Np(),dn=.6931471803691238,pn=19082149292705877e-26,VS=0x40000000000000,XS=.3333333333333333,_p=1048575,KS=2146435072,YS=1048576,ZS=1072693248;function QS(e){var r,t,n,i,a,o,s,c,l,u,f,h;return e===0?BS:US(e)||e<0?NaN:(t=Ep(e),a=0,t<YS&&(a-=54,e*=VS,t=Ep(e)),t>=KS?e+e:(a+=(t>>20)-GS|0,t&=_p,c=t+614244&1048576|0,e=DS(e,t|c^ZS),a+=c>>20|0,s=e-1,(_p&2+t)<3?s===0?a===0?0:a*dn+a*pn:(o=s*s*(.5-XS*s),a===0?s-o:a*dn-(o-a*pn-s)):(u=s/(2+s),h=u*u,c=t-398458|0,f=h*h,l=440401-t|0,i=f*WS(f),n=h*jS(f),c|=l,o=n+i,c>0?(r=.5*s*s,a===0?s-(r-u*(r+o)):a*dn-(r-(u*(r+o)+a*pn)-s)):a===0?s-u*(s-o):a*dn-(u*(s-o)-a*pn-s))))}Ip.exports=QS});var Y=m((IF,Tp)=>{"use strict";var JS=kp();Tp.exports=JS});var Lp=m((kF,Rp)=>{"use strict";var zS=Q(),oa=Zi(),xp=Qi(),eA=ra(),rA=Ie(),tA=Ur(),Se=[0,0],nA=1072243195,iA=1044381696;function aA(e){var r,t;if(r=zS(e),r&=rA,r<=nA)return r<iA?1:oa(e,0);if(r>=tA)return NaN;switch(t=eA(e,Se),t&3){case 0:return oa(Se[0],Se[1]);case 1:return-xp(Se[0],Se[1]);case 2:return-oa(Se[0],Se[1]);default:return xp(Se[0],Se[1])}}Rp.exports=aA});var Fp=m((TF,Cp)=>{"use strict";var oA=Lp();Cp.exports=oA});var Pp=m((xF,Op)=>{"use strict";var sA=C(),uA=je(),$p=Fp(),sa=na(),lA=L(),Kr=Kt(),Yr=yr();function cA(e){var r,t;return sA(e)?NaN:uA(e)?NaN:(t=e%2,r=lA(t),r===0||r===1?Kr(0,t):r<.25?sa(Yr*t):r<.75?(r=.5-r,Kr($p(Yr*r),t)):r<1.25?(t=Kr(1,t)-t,sa(Yr*t)):r<1.75?(r-=1.5,-Kr($p(Yr*r),t)):(t-=Kr(2,t),sa(Yr*t)))}Op.exports=cA});var Dp=m((RF,Hp)=>{"use strict";var fA=Pp();Hp.exports=fA});var Gp=m((LF,Up)=>{"use strict";function mA(e){return e===0?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}Up.exports=mA});var Wp=m((CF,Bp)=>{"use strict";function dA(e){return e===0?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}Bp.exports=dA});var Vp=m((FF,jp)=>{"use strict";function pA(e){return e===0?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}jp.exports=pA});var Kp=m(($F,Xp)=>{"use strict";function hA(e){return e===0?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}Xp.exports=hA});var Zp=m((OF,Yp)=>{"use strict";function gA(e){return e===0?-.032788541075985965:-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}Yp.exports=gA});var Jp=m((PF,Qp)=>{"use strict";function vA(e){return e===0?.01797067508118204:.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}Qp.exports=vA});var e2=m((HF,zp)=>{"use strict";function yA(e){return e===0?-.010314224129834144:-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}zp.exports=yA});var t2=m((DF,r2)=>{"use strict";function bA(e){return e===0?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}r2.exports=bA});var i2=m((UF,n2)=>{"use strict";function wA(e){return e===0?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}n2.exports=wA});var o2=m((GF,a2)=>{"use strict";function MA(e){return e===0?.08333333333333297:.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}a2.exports=MA});var l2=m((BF,u2)=>{"use strict";var SA=C(),AA=je(),qA=L(),wr=Y(),NA=Wt(),EA=Dp(),_A=yr(),ua=H(),IA=Gp(),kA=Wp(),TA=Vp(),xA=Kp(),RA=Zp(),LA=Jp(),CA=e2(),FA=t2(),$A=i2(),OA=o2(),PA=.07721566490153287,HA=.3224670334241136,DA=1,UA=-.07721566490153287,GA=.48383612272381005,BA=-.1475877229945939,WA=.06462494023913339,jA=-.07721566490153287,VA=1,XA=.4189385332046727,hn=1.4616321449683622,KA=4503599627370496,YA=72057594037927940,ZA=13877787807814457e-33,s2=1.4616321449683622,QA=-.12148629053584961,JA=-3638676997039505e-33;function zA(e){var r,t,n,i,a,o,s,c,l,u,f,h,p;if(SA(e)||AA(e))return e;if(e===0)return ua;if(e<0?(r=!0,e=-e):r=!1,e<ZA)return-wr(e);if(r){if(e>=KA||(l=EA(e),l===0))return ua;t=wr(_A/qA(l*e))}if(e===1||e===2)return 0;if(e<2)switch(e<=.9?(p=-wr(e),e>=hn-1+.27?(f=1-e,n=0):e>=hn-1-.27?(f=e-(s2-1),n=1):(f=e,n=2)):(p=0,e>=hn+.27?(f=2-e,n=0):e>=hn-.27?(f=e-s2,n=1):(f=e-1,n=2)),n){case 0:h=f*f,o=PA+h*IA(h),a=h*(HA+h*kA(h)),s=f*o+a,p+=s-.5*f;break;case 1:h=f*f,u=h*f,o=GA+u*RA(u),a=BA+u*LA(u),i=WA+u*CA(u),s=h*o-(JA-u*(a+f*i)),p+=QA+s;break;case 2:o=f*(jA+f*FA(f)),a=VA+f*$A(f),p+=-.5*f+o/a;break}else if(e<8)switch(n=NA(e),f=e-n,s=f*(UA+f*xA(f)),c=DA+f*TA(f),p=.5*f+s/c,h=1,n){case 7:h*=f+6;case 6:h*=f+5;case 5:h*=f+4;case 4:h*=f+3;case 3:h*=f+2,p+=wr(h)}else e<YA?(l=wr(e),h=1/e,f=h*h,u=XA+h*OA(f),p=(e-.5)*(l-1)+u):p=e*(wr(e)-1);return r&&(p=t-p),p}u2.exports=zA});var gn=m((WF,c2)=>{"use strict";var eq=l2();c2.exports=eq});var Ae=m((jF,f2)=>{"use strict";var rq=709.782712893384;f2.exports=rq});var d2=m((VF,m2)=>{"use strict";var tq=14901161193847656e-24;m2.exports=tq});var h2=m((XF,p2)=>{"use strict";var nq=eval;p2.exports=nq});var v2=m((KF,g2)=>{"use strict";var iq=h2();function aq(){var e;try{iq(\'"use strict"; (function* () {})\'),e=!0}catch{e=!1}return e}g2.exports=aq});var la=m((YF,y2)=>{"use strict";var oq=v2();y2.exports=oq});var w2=m((ZF,b2)=>{"use strict";var vn=L(),sq=ue(),uq=1e6;function lq(e,r){var t,n,i,a,o,s;if(s={},arguments.length>1&&(s=r),n=s.tolerance||sq,a=s.maxTerms||uq,o=s.initialValue||0,t=typeof e.next=="function",t===!0){for(i of e)if(o+=i,vn(n*o)>=vn(i)||--a===0)break}else do i=e(),o+=i;while(vn(n*o)<vn(i)&&--a);return o}b2.exports=lq});var A2=m((QF,S2)=>{"use strict";var M2=L(),cq=ue(),fq=1e6;function mq(e,r){var t,n,i,a,o;o={},arguments.length>1&&(o=r),t=o.tolerance||cq,i=o.maxTerms||fq,a=o.initialValue||0;do n=e(),a+=n;while(M2(t*a)<M2(n)&&--i);return a}S2.exports=mq});var Mr=m((JF,q2)=>{"use strict";var dq=la(),pq=w2(),hq=A2(),ca;dq()?ca=pq:ca=hq;q2.exports=ca});var E2=m((zF,N2)=>{"use strict";function gq(e,r){var t=1,n=e,i=r;return a;function a(){var o=t;return t*=n/i,n-=1,o}}N2.exports=gq});var I2=m((e$,_2)=>{"use strict";var vq=Mr(),yq=E2();function bq(e,r){var t,n;return n=yq(e,r),t=vq(n),t}_2.exports=bq});var T2=m((r$,k2)=>{"use strict";var wq=G();function Mq(e,r){var t,n,i,a;if(i=wq(-r),n=i,n!==0)for(t=n,a=1;a<e;++a)t/=a,t*=r,n+=t;return n}k2.exports=Mq});var L2=m((t$,R2)=>{"use strict";var Sq=Qt(),x2=te(),Aq=G(),qq=yr();function Nq(e,r){var t,n,i,a,o;if(a=Sq(x2(r)),a!==0&&e>1){for(n=Aq(-r)/x2(qq*r),n*=r,t=.5,n/=t,i=n,o=2;o<e;++o)n/=o-t,n*=r,i+=n;a+=i}return a}R2.exports=Nq});var ze=m((n$,C2)=>{"use strict";var Eq=-708.3964185322641;C2.exports=Eq});var P2=m((i$,O2)=>{"use strict";var Sr=G(),yn=j(),_q=Y(),F2=Ae(),$2=ze();function Iq(e,r){var t,n;return n=e*_q(r),r>=1?n<F2&&-r>$2?t=yn(r,e)*Sr(-r):e>=1?t=yn(r/Sr(r/e),e):t=Sr(n-r):n>$2?t=yn(r,e)*Sr(-r):r/e<F2?t=yn(r/Sr(r/e),e):t=Sr(n-r),t}O2.exports=Iq});var fa=m((a$,H2)=>{"use strict";function kq(e,r){var t,n;if(n=e.length,n<2||r===0)return n===0?0:e[0];for(n-=1,t=e[n]*r+e[n-1],n-=2;n>=0;)t=t*r+e[n],n-=1;return t}H2.exports=kq});var U2=m((o$,D2)=>{"use strict";var Tq=Function;D2.exports=Tq});var B2=m((s$,G2)=>{"use strict";var xq=U2();G2.exports=xq});var j2=m((u$,W2)=>{"use strict";var Rq=B2(),Lq=fa();function Cq(e){var r,t,n,i;if(e.length>500)return a;if(r="return function evalpoly(x){",t=e.length,t===0)r+="return 0.0;";else if(t===1)r+="return "+e[0]+";";else{for(r+="if(x===0.0){return "+e[0]+";}",r+="return "+e[0],n=t-1,i=1;i<t;i++)r+="+x*",i<n&&(r+="("),r+=e[i];for(i=0;i<n-1;i++)r+=")";r+=";"}return r+="}",r+="//# sourceURL=evalpoly.factory.js",new Rq(r)();function a(o){return Lq(e,o)}}W2.exports=Cq});var K2=m((l$,X2)=>{"use strict";var Fq=Or(),V2=fa(),$q=j2();Fq(V2,"factory",$q);X2.exports=V2});var Z2=m((c$,Y2)=>{"use strict";function Oq(e){var r=-e,t=-1,n=0;return i;function i(){return t*=r,n+=1,t/n}}Y2.exports=Oq});var J2=m((f$,Q2)=>{"use strict";var Pq=L(),Hq=Y(),Dq=ue(),Uq=Mr(),Gq=Z2();function Bq(e){var r,t;return e<=-1?NaN:(t=Pq(e),t>.95?Hq(1+e)-e:t<Dq?-e*e/2:(r={initialValue:-e},Uq(Gq(e),r)))}Q2.exports=Bq});var ma=m((m$,z2)=>{"use strict";var Wq=J2();z2.exports=Wq});var rh=m((d$,eh)=>{"use strict";var jq=6.283185307179586;eh.exports=jq});var nh=m((p$,th)=>{"use strict";function Vq(e){return e===0?-.3333333333333333:-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8296711340953087e-22+e*(-17665952736826078e-23+e*(6707853543401498e-24+e*(10261809784240309e-24+e*(-4382036018453353e-24+e*914769958223679e-24)))))))))))))}th.exports=Vq});var ah=m((h$,ih)=>{"use strict";function Xq(e){return e===0?-.001851851851851852:-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4018775720164609e-22+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4647127802807434e-24+e*(1378633446915721e-22+e*(-5752545603517705e-23+e*11951628599778148e-24)))))))))))}ih.exports=Xq});var sh=m((g$,oh)=>{"use strict";function Kq(e){return e===0?.004133597883597883:.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3423578734096138e-23+e*(13721957309062932e-22+e*(-6298992138380055e-22+e*14280614206064242e-23)))))))))}oh.exports=Kq});var lh=m((v$,uh)=>{"use strict";function Yq(e){return e===0?.0006494341563786008:.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2396505113867297e-22+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}uh.exports=Yq});var fh=m((y$,ch)=>{"use strict";function Zq(e){return e===0?-.0008618882909167117:-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}ch.exports=Zq});var dh=m((b$,mh)=>{"use strict";function Qq(e){return e===0?-.00033679855336635813:-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1419062920643967e-22+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}mh.exports=Qq});var hh=m((w$,ph)=>{"use strict";function Jq(e){return e===0?.0005313079364639922:.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7902353232660328e-22+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}ph.exports=Jq});var vh=m((M$,gh)=>{"use strict";function zq(e){return e===0?.00034436760689237765:.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}gh.exports=zq});var bh=m((S$,yh)=>{"use strict";function eN(e){return e===0?-.0006526239185953094:-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}yh.exports=eN});var Mh=m((A$,wh)=>{"use strict";var rN=K2(),tN=ma(),nN=Qt(),da=te(),iN=G(),aN=rh(),oN=nh(),sN=ah(),uN=sh(),lN=lh(),cN=fh(),fN=dh(),mN=hh(),dN=vh(),pN=bh(),ne=[0,0,0,0,0,0,0,0,0,0];function hN(e,r){var t,n,i,a,o;return n=(r-e)/e,i=-tN(n),a=e*i,o=da(2*i),r<e&&(o=-o),ne[0]=oN(o),ne[1]=sN(o),ne[2]=uN(o),ne[3]=lN(o),ne[4]=cN(o),ne[5]=fN(o),ne[6]=mN(o),ne[7]=dN(o),ne[8]=pN(o),ne[9]=-.0005967612901927463,t=rN(ne,1/e),t*=iN(-a)/da(aN*e),r<e&&(t=-t),t+=nN(da(a))/2,t}wh.exports=hN});var Ah=m((q$,Sh)=>{"use strict";function gN(e,r){var t=1,n=e,i=r;return a;function a(){var o=t;return n+=1,t*=i/n,o}}Sh.exports=gN});var pa=m((N$,qh)=>{"use strict";var vN=Mr(),yN=Ah();function bN(e,r,t){var n,i;return t=t||0,i=yN(e,r),n=vN(i,{initialValue:t}),n}qh.exports=bN});var Eh=m((E$,Nh)=>{"use strict";function wN(e){var r,t,n;return e===0?1/0:(e<0?r=-e:r=e,r<=1?(t=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,t=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),t/n)}Nh.exports=wN});var Ih=m((_$,_h)=>{"use strict";var MN=Eh();_h.exports=MN});var Zr=m((I$,kh)=>{"use strict";var SN=Ih();kh.exports=SN});var Rh=m((k$,xh)=>{"use strict";var AN=Zr(),qN=gn(),NN=Re(),EN=ma(),_N=te(),IN=L(),Le=G(),Qr=j(),ha=Wr(),ga=vr(),Th=Y(),kN=nn(),bn=Ae(),Jr=ze(),va=br(),TN=Qe();function xN(e,r){var t,n,i,a,o,s,c;return i=e+va-.5,c=(r-e-va+.5)/i,e<1?r<=Jr||e<1/kN?Le(e*Th(r)-r-qN(e)):Qr(r,e)*Le(-r)/NN(e):(IN(c*c*e)<=100&&e>150?(t=e*EN(c)+r*(.5-va)/i,t=Le(t)):(a=e*Th(r/i),o=e-r,ga(a,o)<=Jr||ha(a,o)>=bn?(n=o/e,ga(a,o)/2>Jr&&ha(a,o)/2<bn?(s=Qr(r/i,e/2)*Le(o/2),t=s*s):ga(a,o)/4>Jr&&ha(a,o)/4<bn&&r>e?(s=Qr(r/i,e/4)*Le(o/4),t=s*s,t*=t):n>Jr&&n<bn?t=Qr(r*Le(n)/i,e):t=Le(a+o)):t=Qr(r/i,e)*Le(o)),t*=_N(i/TN)/AN(e),t)}xh.exports=xN});var Fh=m((T$,Ch)=>{"use strict";var ya=C(),RN=je(),Lh=L(),LN=Gr(),CN=Y(),FN=j(),$N=Wt();function ON(e,r){var t,n;if(ya(e)||ya(r))return NaN;if(r===0)return 0;if(e===0)return-1;if(e<0&&r%2===0&&(e=-e),e>0){if((Lh(r*(e-1))<.5||Lh(r)<.2)&&(n=CN(e)*r,n<.5))return LN(n)}else if($N(r)!==r)return NaN;return t=FN(e,r)-1,RN(t)||ya(t)?NaN:t}Ch.exports=ON});var Oh=m((x$,$h)=>{"use strict";var PN=Fh();$h.exports=PN});var Hh=m((R$,Ph)=>{"use strict";function HN(e){var r,t,n;return e===0?-.01803556856784494:(e<0?r=-e:r=e,r<=1?(t=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0)))))),n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-22335276320861708e-23))))))):(e=1/e,t=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494)))))),n=-22335276320861708e-23+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))),t/n)}Ph.exports=HN});var Uh=m((L$,Dh)=>{"use strict";function DN(e){var r,t,n;return e===0?.04906224540690395:(e<0?r=-e:r=e,r<=1?(t=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955))))),n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))):(e=1/e,t=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395))))),n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))),t/n)}Dh.exports=DN});var Bh=m((C$,Gh)=>{"use strict";function UN(e){var r,t,n;return e===0?-.029232972183027003:(e<0?r=-e:r=e,r<=1?(t=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0))))),n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8271935218912905e-22)))))):(e=1/e,t=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003))))),n=-8271935218912905e-22+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))),t/n)}Gh.exports=UN});var jh=m((F$,Wh)=>{"use strict";var ba=Y(),GN=ue(),BN=Hh(),WN=Uh(),jN=Bh(),VN=.15896368026733398,XN=.5281534194946289,KN=.45201730728149414;function YN(e,r,t){var n,i,a,o;if(e<GN)return-ba(e);if(r===0||t===0)return 0;if(i=0,e>2){if(e>=3){do e-=1,t-=1,i+=ba(e);while(e>=3);t=e-2}return a=t*(e+1),o=BN(t),i+=a*VN+a*o,i}return e<1&&(i+=-ba(e),t=r,r=e,e+=1),e<=1.5?(a=WN(r),n=r*t,i+=n*XN+n*a,i):(a=t*r,o=jN(-t),i+=a*KN+a*o,i)}Wh.exports=YN});var Zh=m(($$,Yh)=>{"use strict";var Vh=Re(),Xh=Gr(),ZN=be(),QN=C(),Kh=jh();function JN(e){return QN(e)?NaN:e<0?e<-.5?Vh(1+e)-1:Xh(-ZN(e)+Kh(e+2,e+1,e)):e<2?Xh(Kh(e+1,e,e-1)):Vh(1+e)-1}Yh.exports=JN});var Jh=m((O$,Qh)=>{"use strict";var zN=Zh();Qh.exports=zN});var eg=m((P$,zh)=>{"use strict";function eE(e,r){var t,n,i,a;return t=-r,r=-r,n=e+1,i=1,o;function o(){return a=t/n,t*=r,i+=1,t/=i,n+=1,a}}zh.exports=eE});var tg=m((H$,rg)=>{"use strict";var rE=Oh(),tE=Mr(),nE=Jh(),iE=eg();function aE(e,r,t){var n,i,a,o,s;return i=nE(e),a=(i+1)/e,o=rE(r,e),i-=o,i/=e,s=iE(e,r),o+=1,n=t?a:0,i=-o*tE(s,{initialValue:(n-i)/o}),t&&(i=-i),[i,a]}rg.exports=aE});var wa=m((D$,ng)=>{"use strict";var oE=11754943508222875e-54;ng.exports=oE});var ag=m((U$,ig)=>{"use strict";var wn=L(),le=wa(),sE=ue(),uE=1e6;function lE(e,r,t){var n,i,a,o,s,c,l;if(n=typeof e.next=="function",l=n?e.next().value:e(),o=l[1],a=l[0],o===0&&(o=le),s=o,c=0,n===!0)do l=e.next().value,l&&(c=l[1]+l[0]*c,c===0&&(c=le),s=l[1]+l[0]/s,s===0&&(s=le),c=1/c,i=s*c,o*=i);while(wn(i-1)>r&&--t);else do l=e(),l&&(c=l[1]+l[0]*c,c===0&&(c=le),s=l[1]+l[0]/s,s===0&&(s=le),c=1/c,i=s*c,o*=i);while(l&&wn(i-1)>r&&--t);return a/o}function cE(e,r,t){var n,i,a,o,s,c;if(n=typeof e.next=="function",c=n?e.next().value:e(),a=c[1],a===0&&(a=le),o=a,s=0,n===!0)do c=e.next().value,c&&(s=c[1]+c[0]*s,s===0&&(s=le),o=c[1]+c[0]/o,o===0&&(o=le),s=1/s,i=o*s,a*=i);while(c&&wn(i-1)>r&&--t);else do c=e(),c&&(s=c[1]+c[0]*s,s===0&&(s=le),o=c[1]+c[0]/o,o===0&&(o=le),s=1/s,i=o*s,a*=i);while(c&&wn(i-1)>r&&--t);return a}function fE(e,r){var t,n,i;return n={},arguments.length>1&&(n=r),t=n.maxIter||uE,i=n.tolerance||sE,n.keep?cE(e,i,t):lE(e,i,t)}ig.exports=fE});var ug=m((G$,sg)=>{"use strict";var og=L(),mE=ue(),Ar=wa(),dE=1e6;function pE(e,r,t){var n,i,a,o,s,c;c=e(),s=c[1],i=c[0],s===0&&(s=Ar),a=s,o=0;do c=e(),c&&(o=c[1]+c[0]*o,o===0&&(o=Ar),a=c[1]+c[0]/a,a===0&&(a=Ar),o=1/o,n=a*o,s*=n);while(c&&og(n-1)>r&&--t);return i/s}function hE(e,r,t){var n,i,a,o,s;s=e(),o=s[1],o===0&&(o=Ar),i=o,a=0;do s=e(),s&&(a=s[1]+s[0]*a,a===0&&(a=Ar),i=s[1]+s[0]/i,i===0&&(i=Ar),a=1/a,n=i*a,o*=n);while(s&&og(n-1)>r&&--t);return o}function gE(e,r){var t,n,i;return n={},arguments.length>1&&(n=r),i=n.tolerance||mE,t=n.maxIter||dE,n.keep?hE(e,i,t):pE(e,i,t)}sg.exports=gE});var Sa=m((B$,lg)=>{"use strict";var vE=la(),yE=ag(),bE=ug(),Ma;vE()?Ma=yE:Ma=bE;lg.exports=Ma});var fg=m((W$,cg)=>{"use strict";function wE(e,r){var t=r-e+1,n=e,i=0;return a;function a(){return i+=1,t+=2,[i*(n-i),t]}}cg.exports=wE});var Aa=m((j$,mg)=>{"use strict";var ME=Sa(),SE=fg();function AE(e,r){var t=SE(e,r);return 1/(r-e+1+ME(t))}mg.exports=AE});var gg=m((V$,hg)=>{"use strict";var qE=se(),zr=Re(),qa=L(),dg=j(),NE=Y(),EE=d2(),pg=nn(),_E=Ae(),IE=I2(),kE=T2(),TE=L2(),Na=P2(),xE=Mh(),RE=pa(),Ea=Rh(),LE=tg(),CE=Aa();function FE(e,r,t,n){var i,a,o,s,c,l,u,f,h,p,v,g,y,b;switch(u=0,f=n,l=r<30&&r<=e+1&&e<_E,l?(y=qE(r),h=y===r,o=h?!1:qa(y-r)===.5):(h=!1,o=!1),h&&e>.6?(f=!f,a=0):o&&e>.2?(f=!f,a=1):e<EE&&r>1?a=6:e>1e3&&(r<e||qa(r-50)/e<1)?(f=!f,a=7):e<.5?-.4/NE(e)<r?a=2:a=3:e<1.1?e*.75<r?a=2:a=3:(c=!1,t&&r>20&&(p=qa((e-r)/r),r>200?20/r>p*p&&(c=!0):p<.4&&(c=!0)),c?a=5:e-1/(3*e)<r?a=2:(a=4,f=!f)),a){case 0:u=kE(r,e),t===!1&&(u*=zr(r));break;case 1:u=TE(r,e),t===!1&&(u*=zr(r));break;case 2:u=t?Ea(r,e):Na(r,e),u!==0&&(s=0,i=!1,f&&(s=t?1:zr(r),t||u>=1||pg*u>s?(s/=u,t||r<1||pg/r>s?(s*=-r,i=!0):s=0):s=0),u*=RE(r,e,s)/r,i&&(f=!1,u=-u));break;case 3:f=!f,v=LE(r,e,f),u=v[0],b=v[1],f=!1,t&&(u/=b);break;case 4:u=t?Ea(r,e):Na(r,e),u!==0&&(u*=CE(r,e));break;case 5:u=xE(r,e),e>=r&&(f=!f);break;case 6:u=t?dg(e,r)/zr(r+1):dg(e,r)/r,u*=1-r*e/(r+1);break;case 7:u=t?Ea(r,e):Na(r,e),u/=e,u!==0&&(u*=IE(r,e));break}return t&&u>1&&(u=1),f&&(g=t?1:zr(r),u=g-u),u}hg.exports=FE});var wg=m((X$,bg)=>{"use strict";var $E=gn(),OE=G(),ce=Y(),PE=ia(),HE=Ae(),DE=H(),UE=Xr(),vg=gg(),yg=pa(),GE=Aa();function BE(e,r,t,n){var i,a,o,s;return e<0||r<=0?NaN:(i=t===void 0?!0:t,o=n,r>=UE&&!i?(o&&r*4<e?(s=r*ce(e)-e,s+=ce(GE(r,e))):!o&&r>4*e?(s=r*ce(e)-e,a=0,s+=ce(yg(r,e,a)/r)):(s=vg(e,r,!0,o),s===0?o?(s=1+1/(12*r)+1/(288*r*r),s=ce(s)-r+(r-.5)*ce(r),s+=ce(PE)):(s=r*ce(e)-e,a=0,s+=ce(yg(r,e,a)/r)):s=ce(s)+$E(r)),s>HE?DE:OE(s)):vg(e,r,i,o))}bg.exports=BE});var Sg=m((K$,Mg)=>{"use strict";var WE=wg();Mg.exports=WE});var Eg=m((Y$,Ng)=>{"use strict";var qr=G(),Mn=j(),jE=Y(),Ag=Ae(),qg=ze();function VE(e,r){var t,n;return n=e*jE(r),r>=1?n<Ag&&-r>qg?t=Mn(r,e)*qr(-r):e>=1?t=Mn(r/qr(r/e),e):t=qr(n-r):n>qg?t=Mn(r,e)*qr(-r):r/e<Ag?t=Mn(r/qr(r/e),e):t=qr(n-r),t}Ng.exports=VE});var kg=m((Z$,Ig)=>{"use strict";var XE=Zr(),KE=gn(),YE=Re(),ZE=be(),QE=te(),JE=L(),Ce=G(),et=j(),_a=Wr(),Ia=vr(),_g=Y(),Sn=Ae(),rt=ze(),ka=br(),zE=Qe();function e_(e,r){var t,n,i,a,o,s,c;return i=e+ka-.5,c=(r-e-ka+.5)/i,e<1?r<=rt?Ce(e*_g(r)-r-KE(e)):et(r,e)*Ce(-r)/YE(e):(JE(c*c*e)<=100&&e>150?(t=e*(ZE(c)-c)+r*(.5-ka)/i,t=Ce(t)):(a=e*_g(r/i),o=e-r,Ia(a,o)<=rt||_a(a,o)>=Sn?(n=o/e,Ia(a,o)/2>rt&&_a(a,o)/2<Sn?(s=et(r/i,e/2)*Ce(o/2),t=s*s):Ia(a,o)/4>rt&&_a(a,o)/4<Sn&&r>e?(s=et(r/i,e/4)*Ce(o/4),t=s*s,t*=t):n>rt&&n<Sn?t=et(r*Ce(n)/i,e):t=Ce(a+o)):t=et(r/i,e)*Ce(o)),t*=QE(i/zE)/XE(e),t)}Ig.exports=e_});var Cg=m((Q$,Lg)=>{"use strict";var r_=Mp(),Tg=aa(),t_=Sg(),n_=be(),An=L(),xg=j(),i_=Y(),a_=pr(),Rg=ue(),o_=Eg(),s_=kg(),Fe=new Array(30);function u_(e,r,t,n,i,a,o){var s,c,l,u,f,h,p,v,g,y,b,S,w,N,E,q,k,A;if(h=r-1,k=e+h/2,n<.35?y=n_(-n):y=i_(t),A=-k*y,S=s_(r,A),S<=a_)return i;for(o?(s=S/r_(e,r),s/=xg(k,r)):s=o_(r,A)/xg(k,r),s*=a,Fe[0]=1,w=t_(A,r,!0,!0),w/=S,u=i+s*w,l=1,p=y/2,p*=p,v=1,b=4*k*k,f=r,E=1;E<Fe.length;++E){for(l+=2,Fe[E]=0,g=r-E,c=3,N=1;N<E;++N)g=N*r-E,Fe[E]+=g*Fe[E-N]/Tg(c),c+=2;if(Fe[E]/=E,Fe[E]+=h/Tg(l),w=(f*(f+1)*w+(A+f+1)*v)/b,v*=p,f+=2,q=s*Fe[E]*w,u+=q,q>1){if(An(q)<An(Rg*u))break}else if(An(q/Rg)<An(u))break}return u}Lg.exports=u_});var $g=m((J$,Fg)=>{"use strict";function l_(e,r,t){var n,i;if(t===0)return 1;for(n=1,i=0;i<t;i++)n*=(e+i)/(r+i);return n}Fg.exports=l_});var Hg=m((z$,Pg)=>{"use strict";var Og=L(),c_=Wr();function f_(e,r){return c_(Og(e),Og(r))}Pg.exports=f_});var Ug=m((eO,Dg)=>{"use strict";var m_=Hg();Dg.exports=m_});var Wg=m((rO,Bg)=>{"use strict";var Gg=L(),d_=vr();function p_(e,r){return d_(Gg(e),Gg(r))}Bg.exports=p_});var Vg=m((tO,jg)=>{"use strict";var h_=Wg();jg.exports=h_});var Nn=m((nO,Yg)=>{"use strict";var Ta=Zr(),g_=Ug(),v_=Vg(),Xg=Gr(),$e=be(),Kg=te(),qn=L(),fe=G(),me=j(),y_=vr(),J=Y(),de=Ae(),Nr=ze(),xa=br(),b_=Qe();function w_(e,r,t,n,i){var a,o,s,c,l,u,f,h,p,v,g,y,b,S;if(!i)return me(t,e)*me(n,r);if(b=e+r,c=e+xa-.5,l=r+xa-.5,u=b+xa-.5,a=Ta(b),a/=Ta(e)*Ta(r),a*=Kg(l/b_),a*=Kg(c/u),f=(t*r-n*c)/c,h=(n*e-t*l)/l,v_(f,h)<.2)if(f*h>0||y_(e,r)<1)qn(f)<.1?a*=fe(e*$e(f)):a*=me(t*u/c,e),qn(h)<.1?a*=fe(r*$e(h)):a*=me(n*u/l,r);else if(g_(f,h)<.5)o=e<r,s=r/e,o&&s*h<.1||!o&&f/s>.1?(p=Xg(s*$e(h)),p=f+p+p*f,p=e*$e(p),a*=fe(p)):(p=Xg($e(f)/s),p=h+p+p*h,p=r*$e(p),a*=fe(p));else if(qn(f)<qn(h))if(S=e*$e(f)+r*J(n*u/l),S<=Nr||S>=de){if(S+=J(a),S>=de)return NaN;a=fe(S)}else a*=fe(S);else if(S=r*$e(h)+e*J(t*u/c),S<=Nr||S>=de){if(S+=J(a),S>=de)return NaN;a=fe(S)}else a*=fe(S);else if(g=t*u/c,y=n*u/l,f=e*J(g),h=r*J(y),f>=de||f<=Nr||h>=de||h<=Nr)if(e<r)if(v=me(y,r/e),p=e*(J(g)+J(v)),p<de&&p>Nr)a*=me(v*g,e);else{if(h+=f+J(a),h>=de)return NaN;a=fe(h)}else if(v=me(g,e/r),p=(J(v)+J(y))*r,p<de&&p>Nr)a*=me(v*y,r);else{if(h+=f+J(a),h>=de)return NaN;a=fe(h)}else a*=me(g,e)*me(y,r);return a}Yg.exports=w_});var Qg=m((iO,Zg)=>{"use strict";var M_=Sa(),S_=Nn(),A_={keep:!0,maxIter:1e3};function q_(e,r,t,n){var i=0;return a;function a(){var o,s,c;return s=(e+i-1)*(e+r+i-1)*i*(r-i)*t*t,o=e+2*i-1,s/=o*o,c=i,c+=i*(r-i)*t/(e+2*i-1),c+=(e+i)*(e*n-r*t+1+i*(2-t))/(e+2*i+1),i+=1,[s,c]}}function N_(e,r,t,n,i,a){var o,s,c;return o=S_(e,r,t,n,i),a&&(a[1]=o),o===0?o:(c=q_(e,r,t,n),s=M_(c,A_),o/s)}Zg.exports=N_});var zg=m((aO,Jg)=>{"use strict";var E_=9007199254740991;Jg.exports=E_});var r6=m((oO,e6)=>{"use strict";function __(e,r){var t=0,n;if(e===0)return r;if(r===0)return e;for(;(e&1)===0&&(r&1)===0;)e>>>=1,r>>>=1,t+=1;for(;(e&1)===0;)e>>>=1;for(;r;){for(;(r&1)===0;)r>>>=1;e>r&&(n=r,r=e,e=n),r-=e}return e<<t}e6.exports=__});var n6=m((sO,t6)=>{"use strict";function I_(e,r){var t=1,n;if(e===0)return r;if(r===0)return e;for(;e%2===0&&r%2===0;)e/=2,r/=2,t*=2;for(;e%2===0;)e/=2;for(;r;){for(;r%2===0;)r/=2;e>r&&(n=r,r=e,e=n),r-=e}return t*e}t6.exports=I_});var c6=m((uO,l6)=>{"use strict";var i6=C(),a6=Ze(),o6=H(),s6=K(),u6=Yi(),k_=r6(),T_=n6();function x_(e,r){return i6(e)||i6(r)?NaN:e===o6||r===o6||e===s6||r===s6?NaN:a6(e)&&a6(r)?(e<0&&(e=-e),r<0&&(r=-r),e<=u6&&r<=u6?k_(e,r):T_(e,r)):NaN}l6.exports=x_});var m6=m((lO,f6)=>{"use strict";var R_=c6();f6.exports=R_});var g6=m((cO,h6)=>{"use strict";var L_=zg(),C_=H(),d6=Ze(),p6=C(),F_=Jt(),$_=se(),O_=m6();function Ra(e,r){var t,n,i,a,o,s,c;if(p6(e)||p6(r))return NaN;if(!d6(e)||!d6(r))return NaN;if(r<0||(n=1,e<0&&(e=-e+r-1,F_(r)&&(n*=-1)),r>e))return 0;if(r===0||r===e)return n;if(r===1||r===e-1)return n*e;for(e-r<r&&(r=e-r),c=$_(L_/e),t=1,o=1;o<=r&&!(t>c);o++)t*=e,t/=o,e-=1;return o>r?n*t:(i=Ra(e,r-o+1),i===C_?n*i:(a=Ra(r,r-o+1),s=O_(i,a),i/=s,a/=s,t/=a,n*t*i))}h6.exports=Ra});var y6=m((fO,v6)=>{"use strict";var P_=g6();v6.exports=P_});var M6=m((mO,w6)=>{"use strict";var b6=y6(),er=se(),tt=j(),H_=pr();function D_(e,r,t,n){var i,a,o,s,c;if(a=tt(t,e),a>H_)for(s=a,c=er(e-1);c>r;c--)s*=(c+1)*n/((e-c)*t),a+=s;else if(o=er(e*t),o<=r+1&&(o=er(r+2)),a=tt(t,o)*tt(n,e-o),a*=b6(er(e),er(o)),a===0)for(c=o-1;c>r;c--)a+=tt(t,c)*tt(n,e-c),a*=b6(er(e),er(c));else{for(s=a,i=a,c=o-1;c>r;c--)s*=(c+1)*n/((e-c)*t),a+=s;for(s=i,c=o+1;c<=e;c++)s*=(e-c+1)*t/(c*n),a+=s}return a}w6.exports=D_});var A6=m((dO,S6)=>{"use strict";var U_=Nn();function G_(e,r,t,n,i,a,o){var s,c,l,u;if(s=U_(e,r,t,n,a),o&&(o[1]=s),s/=e,s===0)return s;for(l=1,c=1,u=0;u<i-1;++u)c*=(e+r+u)*t/(e+u+1),l+=c;return s*=l,s}S6.exports=G_});var I6=m((pO,_6)=>{"use strict";var La=Zr(),B_=Mr(),W_=be(),j_=te(),Ca=G(),En=j(),nt=Y(),V_=pr(),q6=Ae(),N6=ze(),Fa=br(),X_=Qe(),E6={maxTerms:100};function K_(e,r,t,n){var i=1-r,a=1;return o;function o(){var s=n/e;return e+=1,n*=i*t/a,a+=1,i+=1,s}}function Y_(e,r,t,n,i,a,o){var s,c,l,u,f,h,p,v;return i?(p=e+r,c=e+Fa-.5,l=r+Fa-.5,u=p+Fa-.5,s=La(p)/(La(e)*La(r)),f=nt(u/l)*(r-.5),h=nt(t*u/c)*e,f>N6&&f<q6&&h>N6&&h<q6?(e*r<l*10?s*=Ca((r-.5)*W_(e/l)):s*=En(u/l,r-.5),s*=En(t*u/c,e),s*=j_(c/X_),a&&(a[1]=s*En(o,r))):(s=nt(s)+f+h+(nt(c)-1)/2,a&&(a[1]=Ca(s+r*nt(o))),s=Ca(s))):s=En(t,e),s<V_?n:(v=K_(e,r,t,s),E6.initialValue=n,B_(v,E6))}_6.exports=Y_});var Pa=m((hO,F6)=>{"use strict";var Z_=C(),Q_=Gr(),_n=se(),k6=be(),T6=r1(),z=dm(),$a=te(),J_=G(),it=j(),z_=Wr(),x6=vr(),In=nn(),R6=pr(),eI=Yi(),rI=Rm(),C6=yr(),Oe=Cg(),Oa=$g(),tI=Nn(),L6=Qg(),nI=M6(),at=A6(),pe=I6(),iI=1/C6;function aI(e,r,t,n,i,a,o,s){var c,l,u,f,h,p,v,g,y,b,S,w;if(w=1-e,v=s,g=s+o,a[g]=-1,Z_(e)||e<0||e>1)return a[v]=NaN,a[g]=NaN,a;if(n){if(r<0||t<0)return a[v]=NaN,a[g]=NaN,a;if(r===0){if(t===0)return a[v]=NaN,a[g]=NaN,a;if(t>0)return a[v]=i?0:1,a}else if(t===0&&r>0)return a[v]=i?1:0,a}else if(r<=0||t<=0)return a[v]=NaN,a[g]=NaN,a;return e===0?(r===1?a[g]=1:a[g]=r<1?In/2:R6*2,i?(a[v]=n?1:z(r,t),a):(a[v]=0,a)):e===1?(t===1?a[g]=1:a[g]=t<1?In/2:R6*2,i?a[v]=0:a[v]=n?1:z(r,t),a):r===.5&&t===.5?(a[g]=iI*$a(w*e),S=T6($a(i?w:e)),S/=rI,n||(S*=C6),a[v]=S,a):(r===1&&(p=t,t=r,r=p,p=w,w=e,e=p,i=!i),t===1?r===1?(a[v]=i?w:e,a[g]=1,a):(a[g]=r*it(e,r-1),w<.5?S=i?-Q_(r*k6(-w)):J_(r*k6(-w)):S=i?-(it(e,r)-1):it(e,r),n||(S/=r),a[v]=S,a):(x6(r,t)<=1?(e>.5&&(p=t,t=r,r=p,p=w,w=e,e=p,i=!i),z_(r,t)<=1?r>=x6(.2,t)||it(e,r)<=.9?i?(u=-(n?1:z(r,t)),i=!1,u=-pe(r,t,e,u,n,a,w)):u=pe(r,t,e,0,n,a,w):(p=t,t=r,r=p,p=w,w=e,e=p,i=!i,w>=.3?i?(u=-(n?1:z(r,t)),i=!1,u=-pe(r,t,e,u,n,a,w)):u=pe(r,t,e,0,n,a,w):(n?l=1:l=Oa(r+t,r,20),u=at(r,t,e,w,20,n,a),i?(u-=n?1:z(r,t),i=!1,u=-Oe(r+20,t,e,w,u,l,n)):u=Oe(r+20,t,e,w,u,l,n))):t<=1||e<.1&&it(t*e,r)<=.7?i?(u=-(n?1:z(r,t)),i=!1,u=-pe(r,t,e,u,n,a,w)):u=pe(r,t,e,0,n,a,w):(p=t,t=r,r=p,p=w,w=e,e=p,i=!i,w>=.3?i?(u=-(n?1:z(r,t)),i=!1,u=-pe(r,t,e,u,n,a,w)):u=pe(r,t,e,0,n,a,w):r>=15?i?(u=-(n?1:z(r,t)),i=!1,u=-Oe(r,t,e,w,u,1,n)):u=Oe(r,t,e,w,0,1,n):(n?l=1:l=Oa(r+t,r,20),u=at(r,t,e,w,20,n,a),i?(u-=n?1:z(r,t),i=!1,u=-Oe(r+20,t,e,w,u,l,n)):u=Oe(r+20,t,e,w,u,l,n)))):(r<t?c=r-(r+t)*e:c=(r+t)*w-t,c<0&&(p=t,t=r,r=p,p=w,w=e,e=p,i=!i),t<40?_n(r)===r&&_n(t)===t&&r<eI-100?(y=r-1,b=t+y,u=nI(b,y,e,w),n||(u*=z(r,t))):t*e<=.7?i?(u=-(n?1:z(r,t)),i=!1,u=-pe(r,t,e,u,n,a,w)):u=pe(r,t,e,0,n,a,w):r>15?(b=_n(t),b===t&&(b-=1),f=t-b,n?l=1:l=Oa(r+f,f,b),u=at(f,r,w,e,b,n),u=Oe(r,f,e,w,u,1,n),u/=l):n?(b=_n(t),f=t-b,f<=0&&(b-=1,f+=1),u=at(f,r,w,e,b,n),u+=at(r,f,e,w,20,n),i&&(u-=1),u=Oe(r+20,f,e,w,u,1,n),i&&(u=-u,i=!1)):u=L6(r,t,e,w,n,a):u=L6(r,t,e,w,n,a)),a[g]<0&&(a[g]=tI(r,t,e,w,!0)),h=w*e,a[g]!==0&&(In*h<a[g]?a[g]=In/2:a[g]/=h),a[v]=i?(n?1:z(r,t))-u:u,a))}F6.exports=aI});var O6=m((gO,$6)=>{"use strict";var oI=Pa();function sI(e,r,t,n,i){return oI(e,r,t,n,i,[0,0],1,0)}$6.exports=sI});var D6=m((vO,H6)=>{"use strict";var uI=Or(),P6=O6(),lI=Pa();uI(P6,"assign",lI);H6.exports=P6});var G6=m((yO,U6)=>{"use strict";var cI=D6().assign;function fI(e,r,t,n,i){var a=[0,0];return n=n!==!1,i=i===!0,cI(e,r,t,n,i,a,1,0),a[0]}U6.exports=fI});var W6=m((bO,B6)=>{"use strict";var mI=G6();B6.exports=mI});function W(e,r=2){if(e===null||!Number.isFinite(e))return"–";let t=Math.abs(e).toFixed(r);return Number(t)===0?0 .toFixed(r):(e<0?"−":"+")+t}function T(e,r=3){if(e===null||!Number.isFinite(e))return"–";let t=e.toFixed(r);return t.startsWith("-")?"−"+t.slice(1):t}function Pe(e,r=2,t=av){return e?`${t(e[0],r)} – ${t(e[1],r)}`:"–"}var av=(e,r)=>T(e,r);var Fn={kendall:"τ",pearson:"r",spearman:"ρ"},st={kendall:"Kendall τ-b",pearson:"Pearson r",spearman:"Spearman ρ"};function Ua(e,r,t){return{scenario:e.scenario,...r,rank:e.rank,rank_interval:e.rankInterval,z:e.z,z_interval:e.zInterval,agreement:e.agreement,agreement_interval:e.agreementInterval,p_value:e.pValue,n_common:e.nCommon,models:e.models,models_per_sample:e.modelsPerSample,experiments:e.experiments,in_aggregate:e.inAggregate,skipped:e.skipped,warnings:e.warnings,...t}}var ut=["kendall","pearson","spearman"],lt=["random","top","bottom","middle","adjacent"],Ga=["random","adjacent"],ge={correlation:{field:"correlation",flag:"--correlation",values:ut,rule:`one of ${ut.join(", ")}`},models_per_sample:{field:"modelsPerSample",flag:"--models-per-sample",min:0,not:1,rule:"0 (all shared models) or a whole number of at least 2"},sampling:{field:"sampling",flag:"--sampling",values:lt,rule:`one of ${lt.join(", ")}`},samples:{field:"samples",flag:"--samples",min:1,rule:"a whole number of at least 1"},seed:{field:"seed",flag:"--seed",min:0,rule:"a whole number"},min_common_models:{field:"minCommonModels",flag:"--min-common",min:2,rule:"a whole number of at least 2"}},He=Object.keys(ge),UI=["preset",...He],ov=e=>ge[e];function Ba(e,r){let t=ov(e);if("values"in t)return typeof r=="string"&&t.values.includes(r)?{ok:!0,value:r}:{ok:!1,rule:t.rule};let n=typeof r=="number"?r:typeof r=="string"&&/^\\d{1,15}$/.test(r)?Number(r):NaN;return Number.isSafeInteger(n)&&n>=t.min&&n!==t.not?{ok:!0,value:n}:{ok:!1,rule:t.rule}}function Wa(e){return Object.fromEntries(He.map(r=>[r,e[ge[r].field]]))}function ct(e){return Object.fromEntries(He.map(r=>[ge[r].field,e[r]]))}function ja(e,r){return He.filter(t=>e[ge[t].field]!==r[ge[t].field]).map(t=>[t,e[ge[t].field]])}var ve={symbol:"ᵃ",text:"ᵃ",meaning:"one of the aggregate’s scenarios: it is scored against an aggregate it helps form, so its agreement is biased upward"},tr={symbol:"⚠",text:"!",meaning:"a warning about this score, such as too few models shared with the aggregate"};function Va(e){return[...e.in_aggregate?[ve]:[],...e.warnings.length?[tr]:[]]}function $n(e){let r=new Set(e.flatMap(Va));return[ve,tr].filter(t=>r.has(t))}function On(e){let r=e.modelsPerSample===0?"all shared models":`${e.modelsPerSample}-model ${e.sampling} samples`,t=e.modelsPerSample===0||!Ga.includes(e.sampling)?"":` × ${e.samples}`;return`${st[e.correlation]}, ${r}${t}, seed ${e.seed}, at least ${e.minCommonModels} shared models`}function De(e){let r=e*100;return`${r<10?Number(r.toFixed(1)):Math.round(r)}%`}var Xa=e=>String(e),ft="saturated",sv=e=>`${e} row${e===1?"":"s"} to check`;function mt(e,r){return[...e?[ft]:[],...r>0?[sv(r)]:[]]}function Pn({saturation:e,plausibility:r}){return`${ft}: at least ${De(e.saturatedShare)} of the models score within ${De(e.nearBest)} of the score range from the best, or the top ${e.topModels} span less than ${De(e.minTopSpread)} of the range (no verdict below ${e.minModels} models). N rows to check: models whose rank in the scenario is further from their rank in the aggregate than ${r.madMultiplier} median absolute deviations above the median gap and than ${De(r.minGapShare)} of the shared models (checked from ${r.minModels} shared models). Neither changes the score.`}function Ka(e,r){return e.nearBestShare===null||e.topSpread===null?"no scores":`${De(e.nearBestShare)} of ${e.models} models within ${De(r.nearBest)} of the best; the top ${e.topModels} span ${De(e.topSpread)} of the range`}var uv={place:e=>e,name:e=>e};function _r(e,r,t=uv){return`${t.place(`${e.file}${e.line===null?"":`:${e.line}`}`)} ${t.name(e.name)}: rank ${Xa(e.rank)} in this scenario, ${Xa(e.aggregateRank)} in the aggregate (of ${r} shared models)`}function Ir(e){let{saturation:r,plausibility:t}=e.trust;return{saturation:{nearBest:r.near_best,saturatedShare:r.saturated_share,topModels:r.top_models,minTopSpread:r.min_top_spread,minModels:r.min_models},plausibility:{madMultiplier:t.mad_multiplier,minGapShare:t.min_gap_share,minModels:t.min_models}}}var tk=tr.text;var Ya="benchbench-data",Za="deflate-raw+base64",nr="scores.parquet";var Qa=["board",...He,"aggregate"];function Ja(e,r,t){let n=new URLSearchParams(e),i=[],a=[],o={...t.method},s=t.aggregate,c=(g,y,b)=>{a.push(`"${g}=${y}" is not valid: ${b}.`)};for(let g of new Set(n.keys()))Qa.includes(g)?n.getAll(g).length>1&&a.push(`"${g}" is given more than once.`):a.push(`"${g}" is not a setting of this page (it knows ${Qa.join(", ")}).`);let l=g=>n.get(g);for(let g of He){let y=l(g);if(y===null)continue;let b=Ba(g,y);b.ok?o[ge[g].field]=b.value:c(g,y,`write ${b.rule}`)}let u=l("aggregate");if(u!==null){let g=[...new Set(u.split(",").filter(b=>b!==""))],y=g.filter(b=>!t.scenarios.has(b));y.length?c("aggregate",u,`no scenario ${y.map(b=>`"${b}"`).join(", ")} in this catalog`):g.length<2?c("aggregate",u,"an aggregate needs at least 2 scenarios"):s=g}a.length&&i.push(...a,"Showing the catalog’s method instead.");let f=l("board");f!==null&&!t.boards.includes(f)&&(i.push(`There is no leaderboard "${f}" (this page has ${t.boards.join(", ")}): showing the first.`),f=null);let h=null,p=r.replace(/^#/,"");if(p){let g=p;try{g=decodeURIComponent(p)}catch{}t.scenarios.has(g)?h=g:i.push(`There is no benchmark "${g}" in this catalog, so no detail is open.`)}return{view:{method:a.length?t.method:o,aggregate:a.length?t.aggregate:s,board:f,open:h},problems:i}}var lv=(e,r)=>e.length===r.length&&e.every((t,n)=>t===r[n]);function za(e,r){let t=new URLSearchParams,n=e.method,i=r.method;e.board!==null&&e.board!==r.boards[0]&&t.set("board",e.board);for(let[o,s]of ja(n,i))t.set(o,String(s));lv(e.aggregate,r.aggregate)||t.set("aggregate",e.aggregate.join(","));let a=t.toString().replace(/%2C/g,",");return(a?`?${a}`:"")+(e.open?`#${encodeURIComponent(e.open)}`:"")}var eo=["open","gated","private"];var cv="http://www.w3.org/2000/svg";function ro(e,r,t){for(let[n,i]of Object.entries(r))i==null||i===!1||e.setAttribute(n,i===!0?"":String(i));for(let n of t)n==null||n===!1||e.appendChild(typeof n=="string"?document.createTextNode(n):n)}function d(e,r={},...t){let n=document.createElement(e);return ro(n,r,t),n}function x(e,r={},...t){let n=document.createElementNS(cv,e);return ro(n,r,t),n}var dt=e=>x("title",{},e),O=e=>(Math.round(e*10)/10).toString();function D(e,r,t){return d("data",{"data-field":e,value:r===null||!Number.isFinite(r)?null:String(r)},t)}function ie(e,r,t=2,n=T){return r?d("span",{class:"interval"},D(`${e}-lo`,r[0],n(r[0],t))," – ",D(`${e}-hi`,r[1],n(r[1],t))):d("span",{class:"interval"},"–")}var pt=(e,r,t)=>d("input",{id:e,type:"number",min:-1,max:1,step:r,value:t,inputmode:"decimal"}),V=(e,r)=>D(e,r,String(r));var ht="not stated";function mv(e,r){if(!r.access.has(e.access??ht))return!1;let t=r.maxCost;return!t||e.cost!==null&&e.cost.unit===t.unit&&e.cost.value<=t.value}var dv=e=>e?`${e.value} ${e.unit}`:"unknown";function pv(){let e=pt("alt-min",.05,.6),r=[...eo,ht].map(c=>{let l=`alt-access-${c.replace(" ","-")}`,u=d("input",{type:"checkbox",id:l,value:c,checked:!0});return{level:c,box:u,label:d("span",{class:"check"},u,d("label",{for:l},c))}}),t=d("input",{id:"alt-max-cost",type:"number",min:0,step:"any",inputmode:"decimal"}),n=d("select",{id:"alt-cost-unit","aria-label":"Unit of the highest cost"}),i=()=>{let c=t.value.trim()===""?NaN:Number(t.value);return{access:new Set(r.filter(l=>l.box.checked).map(l=>l.level)),maxCost:Number.isFinite(c)&&n.value?{value:c,unit:n.value}:null}},a=(c,l)=>{let u=[...new Set(c.flatMap(h=>h.cost?.unit??[]))].sort();l&&!u.includes(l)&&u.unshift(l);let f=n.value||l||u[0]||"";n.replaceChildren(...u.map(h=>d("option",{value:h,selected:h===f},h))),n.disabled=t.disabled=u.length===0},o=d("div",{class:"alt-filters"},d("div",{class:"field"},d("label",{for:e.id},"Agreeing at least"),e),d("fieldset",{class:"alt-access"},d("legend",{},"Access"),...r.map(c=>c.label)),d("div",{class:"field"},d("label",{for:t.id},"Cost at most"),d("span",{class:"alt-cost"},t,n)));return{min:e,filter:i,offerUnits:a,onFilter:c=>{for(let l of r)l.box.addEventListener("change",c);t.addEventListener("input",c),n.addEventListener("change",c)},element:o}}function to(e){let r=document.documentElement,t=pv(),{min:n}=t,i=d("p",{class:"alt-status","aria-live":"polite"}),a=d("div",{class:"alt-table"}),o=[];function s(){let l=t.filter(),u=o.filter(h=>mv(h,l)),f=Number(n.value);i.textContent=`${o.length} benchmark${o.length===1?"":"s"} agree at least ${T(f,2)} with this one`+(u.length===o.length?".":`; ${u.length} pass the filters.`),a.replaceChildren(u.length?hv(u,e):d("p",{},"No alternative passes."))}function c(){let l=Number(n.value);if(n.value.trim()===""||!(l>=-1&&l<=1)){i.textContent="The minimum agreement is a number from −1 to 1.";return}r.dataset.alternatives="busy",i.textContent="Finding alternatives in your browser…",e.ask(l,{result:u=>{o=u,t.offerUnits(u,e.own?.cost?.unit),s(),r.dataset.alternatives="done"},error:u=>{i.textContent=`The alternatives could not be computed: ${u}`,r.dataset.alternatives="done"}})}return n.addEventListener("change",c),t.onFilter(s),c(),d("section",{class:"alternatives","aria-labelledby":"alt-title"},d("h3",{id:"alt-title"},"Efficient alternatives"),d("p",{class:"hint"},`Benchmarks that rank models like this one, with what it takes to run them. This one: access ${e.own?.access??ht}, cost ${dv(e.own?.cost)}. As "benchbench alternatives ${e.scenario}".`),t.element,i,a)}function hv(e,r){let t=["Benchmark","Agreement","90% interval","Models shared","Access","Cost"];return d("table",{class:"alternatives-table"},d("caption",{},"Alternatives, most agreeing first"),d("thead",{},d("tr",{},...t.map((n,i)=>d("th",{scope:"col",class:i>0&&i<4?"num":null},n)))),d("tbody",{},...e.map(n=>{let i=d("button",{type:"button",class:"link","data-scenario":n.scenario},r.nameOf(n.scenario));i.addEventListener("click",()=>r.open(n.scenario));let a=n.cost?.relative;return d("tr",{"data-scenario":n.scenario},d("td",{class:"name"},i),d("td",{class:"num","data-label":"Agreement"},D("agreement",n.agreement,T(n.agreement))),d("td",{class:"num","data-label":"90% interval"},ie("interval",n.interval)),d("td",{class:"num","data-label":"Models shared"},V("n-common",n.nCommon)),d("td",{"data-label":"Access"},n.access??ht),d("td",{"data-label":"Cost"},n.cost?D("cost",n.cost.value,String(n.cost.value)):"unknown",n.cost?` ${n.cost.unit}`:"",a!=null?d("span",{class:"hint"}," (",D("relative-cost",a,T(a,2))," × its cost)"):null))})))}function no(e,r,t,n){let i=t.length,{left:a,top:o,cell:s}=r,c=d("p",{class:"heat-readout",id:"heat-readout","aria-live":"polite"},"Hover a cell, or focus the map and use the arrow keys, to read a pair."),l=x("rect",{class:"cursor",width:s,height:s,visibility:"hidden"});e.append(l),e.setAttribute("tabindex","0"),e.setAttribute("aria-describedby",c.id);let u=[0,0];function f(h,p){u=[h,p];let v=n[h*i+p]??null;l.setAttribute("x",String(a+p*s)),l.setAttribute("y",String(o+h*s)),l.setAttribute("visibility","visible"),c.textContent=h===p?`${t[h]} (row ${h+1} of ${i}) with itself`:`${t[h]} × ${t[p]}: agreement ${v===null?"none (too few shared models)":T(v)}`}return e.addEventListener("mousemove",h=>{let p=e.getBoundingClientRect(),v=r.width/p.width,g=Math.floor(((h.clientX-p.left)*v-a)/s),y=Math.floor(((h.clientY-p.top)*v-o)/s);y>=0&&g>=0&&y<i&&g<i&&(y!==u[0]||g!==u[1]||l.getAttribute("visibility")==="hidden")&&f(y,g)}),e.addEventListener("focus",()=>f(...u)),e.addEventListener("keydown",h=>{let[p,v]=u;if(h.key==="ArrowRight")v=Math.min(i-1,v+1);else if(h.key==="ArrowLeft")v=Math.max(0,v-1);else if(h.key==="ArrowDown")p=Math.min(i-1,p+1);else if(h.key==="ArrowUp")p=Math.max(0,p-1);else if(h.key==="Home")v=0;else if(h.key==="End")v=i-1;else return;h.preventDefault(),f(p,v)}),c}function kr(e,r){return e==null||r==null?NaN:e<r?-1:e>r?1:e>=r?0:NaN}function gv(e,r){return e==null||r==null?NaN:r<e?-1:r>e?1:r>=e?0:NaN}function io(e){let r,t,n;e.length!==2?(r=kr,t=(s,c)=>kr(e(s),c),n=(s,c)=>e(s)-c):(r=e===kr||e===gv?e:vv,t=e,n=e);function i(s,c,l=0,u=s.length){if(l<u){if(r(c,c)!==0)return u;do{let f=l+u>>>1;t(s[f],c)<0?l=f+1:u=f}while(l<u)}return l}function a(s,c,l=0,u=s.length){if(l<u){if(r(c,c)!==0)return u;do{let f=l+u>>>1;t(s[f],c)<=0?l=f+1:u=f}while(l<u)}return l}function o(s,c,l=0,u=s.length){let f=i(s,c,l,u-1);return f>l&&n(s[f-1],c)>-n(s[f],c)?f-1:f}return{left:i,center:o,right:a}}function vv(){return 0}function yv(e){return e===null?NaN:+e}var ao=io(kr),oo=ao.right,Sk=ao.left,Ak=io(yv).center;var qk=so(uo),Nk=so(bv);function so(e){return function(r,t,n=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((n=+n)>=0))throw new RangeError("invalid ry");let{data:i,width:a,height:o}=r;if(!((a=Math.floor(a))>=0))throw new RangeError("invalid width");if(!((o=Math.floor(o!==void 0?o:i.length/a))>=0))throw new RangeError("invalid height");if(!a||!o||!t&&!n)return r;let s=t&&e(t),c=n&&e(n),l=i.slice();return s&&c?(ir(s,l,i,a,o),ir(s,i,l,a,o),ir(s,l,i,a,o),ar(c,i,l,a,o),ar(c,l,i,a,o),ar(c,i,l,a,o)):s?(ir(s,i,l,a,o),ir(s,l,i,a,o),ir(s,i,l,a,o)):c&&(ar(c,i,l,a,o),ar(c,l,i,a,o),ar(c,i,l,a,o)),r}}function ir(e,r,t,n,i){for(let a=0,o=n*i;a<o;)e(r,t,a,a+=n,1)}function ar(e,r,t,n,i){for(let a=0,o=n*i;a<n;++a)e(r,t,a,a+o,n)}function bv(e){let r=uo(e);return(t,n,i,a,o)=>{i<<=2,a<<=2,o<<=2,r(t,n,i+0,a+0,o),r(t,n,i+1,a+1,o),r(t,n,i+2,a+2,o),r(t,n,i+3,a+3,o)}}function uo(e){let r=Math.floor(e);if(r===e)return wv(e);let t=e-r,n=2*e+1;return(i,a,o,s,c)=>{if(!((s-=c)>=o))return;let l=r*a[o],u=c*r,f=u+c;for(let h=o,p=o+u;h<p;h+=c)l+=a[Math.min(s,h)];for(let h=o,p=s;h<=p;h+=c)l+=a[Math.min(s,h+u)],i[h]=(l+t*(a[Math.max(o,h-f)]+a[Math.min(s,h+f)]))/n,l-=a[Math.max(o,h-u)]}}function wv(e){let r=2*e+1;return(t,n,i,a,o)=>{if(!((a-=o)>=i))return;let s=e*n[i],c=o*e;for(let l=i,u=i+c;l<u;l+=o)s+=n[Math.min(a,l)];for(let l=i,u=a;l<=u;l+=o)s+=n[Math.min(a,l+c)],t[l]=s/r,s-=n[Math.max(i,l-c)]}}var Mv=Array.prototype,Ek=Mv.slice;var Sv=Math.sqrt(50),Av=Math.sqrt(10),qv=Math.sqrt(2);function gt(e,r,t){let n=(r-e)/Math.max(0,t),i=Math.floor(Math.log10(n)),a=n/Math.pow(10,i),o=a>=Sv?10:a>=Av?5:a>=qv?2:1,s,c,l;return i<0?(l=Math.pow(10,-i)/o,s=Math.round(e*l),c=Math.round(r*l),s/l<e&&++s,c/l>r&&--c,l=-l):(l=Math.pow(10,i)*o,s=Math.round(e/l),c=Math.round(r/l),s*l<e&&++s,c*l>r&&--c),c<s&&.5<=t&&t<2?gt(e,r,t*2):[s,c,l]}function lo(e,r,t){if(r=+r,e=+e,t=+t,!(t>0))return[];if(e===r)return[e];let n=r<e,[i,a,o]=n?gt(r,e,t):gt(e,r,t);if(!(a>=i))return[];let s=a-i+1,c=new Array(s);if(n)if(o<0)for(let l=0;l<s;++l)c[l]=(a-l)/-o;else for(let l=0;l<s;++l)c[l]=(a-l)*o;else if(o<0)for(let l=0;l<s;++l)c[l]=(i+l)/-o;else for(let l=0;l<s;++l)c[l]=(i+l)*o;return c}function vt(e,r,t){return r=+r,e=+e,t=+t,gt(e,r,t)[2]}function co(e,r,t){r=+r,e=+e,t=+t;let n=r<e,i=n?vt(r,e,t):vt(e,r,t);return(n?-1:1)*(i<0?1/-i:i)}var _k=Nv(Math.random);function Nv(e){return function(t,n=0,i=t.length){let a=i-(n=+n);for(;a;){let o=e()*a--|0,s=t[a+n];t[a+n]=t[o+n],t[o+n]=s}return t}}function lr(e,r,t){e.prototype=r.prototype=t,t.constructor=e}function Rr(e,r){var t=Object.create(e.prototype);for(var n in r)t[n]=r[n];return t}function Ee(){}var We=.7,ur=1/We,or="\\\\s*([+-]?\\\\d+)\\\\s*",Tr="\\\\s*([+-]?(?:\\\\d*\\\\.)?\\\\d+(?:[eE][+-]?\\\\d+)?)\\\\s*",ae="\\\\s*([+-]?(?:\\\\d*\\\\.)?\\\\d+(?:[eE][+-]?\\\\d+)?)%\\\\s*",Ev=/^#([0-9a-f]{3,8})$/,_v=new RegExp(`^rgb\\\\(${or},${or},${or}\\\\)$`),Iv=new RegExp(`^rgb\\\\(${ae},${ae},${ae}\\\\)$`),kv=new RegExp(`^rgba\\\\(${or},${or},${or},${Tr}\\\\)$`),Tv=new RegExp(`^rgba\\\\(${ae},${ae},${ae},${Tr}\\\\)$`),xv=new RegExp(`^hsl\\\\(${Tr},${ae},${ae}\\\\)$`),Rv=new RegExp(`^hsla\\\\(${Tr},${ae},${ae},${Tr}\\\\)$`),fo={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};lr(Ee,cr,{copy(e){return Object.assign(new this.constructor,this,e)},displayable(){return this.rgb().displayable()},hex:mo,formatHex:mo,formatHex8:Lv,formatHsl:Cv,formatRgb:po,toString:po});function mo(){return this.rgb().formatHex()}function Lv(){return this.rgb().formatHex8()}function Cv(){return Ao(this).formatHsl()}function po(){return this.rgb().formatRgb()}function cr(e){var r,t;return e=(e+"").trim().toLowerCase(),(r=Ev.exec(e))?(t=r[1].length,r=parseInt(r[1],16),t===6?ho(r):t===3?new P(r>>8&15|r>>4&240,r>>4&15|r&240,(r&15)<<4|r&15,1):t===8?yt(r>>24&255,r>>16&255,r>>8&255,(r&255)/255):t===4?yt(r>>12&15|r>>8&240,r>>8&15|r>>4&240,r>>4&15|r&240,((r&15)<<4|r&15)/255):null):(r=_v.exec(e))?new P(r[1],r[2],r[3],1):(r=Iv.exec(e))?new P(r[1]*255/100,r[2]*255/100,r[3]*255/100,1):(r=kv.exec(e))?yt(r[1],r[2],r[3],r[4]):(r=Tv.exec(e))?yt(r[1]*255/100,r[2]*255/100,r[3]*255/100,r[4]):(r=xv.exec(e))?yo(r[1],r[2]/100,r[3]/100,1):(r=Rv.exec(e))?yo(r[1],r[2]/100,r[3]/100,r[4]):fo.hasOwnProperty(e)?ho(fo[e]):e==="transparent"?new P(NaN,NaN,NaN,0):null}function ho(e){return new P(e>>16&255,e>>8&255,e&255,1)}function yt(e,r,t,n){return n<=0&&(e=r=t=NaN),new P(e,r,t,n)}function Wn(e){return e instanceof Ee||(e=cr(e)),e?(e=e.rgb(),new P(e.r,e.g,e.b,e.opacity)):new P}function Lr(e,r,t,n){return arguments.length===1?Wn(e):new P(e,r,t,n??1)}function P(e,r,t,n){this.r=+e,this.g=+r,this.b=+t,this.opacity=+n}lr(P,Lr,Rr(Ee,{brighter(e){return e=e==null?ur:Math.pow(ur,e),new P(this.r*e,this.g*e,this.b*e,this.opacity)},darker(e){return e=e==null?We:Math.pow(We,e),new P(this.r*e,this.g*e,this.b*e,this.opacity)},rgb(){return this},clamp(){return new P(Ge(this.r),Ge(this.g),Ge(this.b),wt(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:go,formatHex:go,formatHex8:Fv,formatRgb:vo,toString:vo}));function go(){return`#${Ue(this.r)}${Ue(this.g)}${Ue(this.b)}`}function Fv(){return`#${Ue(this.r)}${Ue(this.g)}${Ue(this.b)}${Ue((isNaN(this.opacity)?1:this.opacity)*255)}`}function vo(){let e=wt(this.opacity);return`${e===1?"rgb(":"rgba("}${Ge(this.r)}, ${Ge(this.g)}, ${Ge(this.b)}${e===1?")":`, ${e})`}`}function wt(e){return isNaN(e)?1:Math.max(0,Math.min(1,e))}function Ge(e){return Math.max(0,Math.min(255,Math.round(e)||0))}function Ue(e){return e=Ge(e),(e<16?"0":"")+e.toString(16)}function yo(e,r,t,n){return n<=0?e=r=t=NaN:t<=0||t>=1?e=r=NaN:r<=0&&(e=NaN),new ee(e,r,t,n)}function Ao(e){if(e instanceof ee)return new ee(e.h,e.s,e.l,e.opacity);if(e instanceof Ee||(e=cr(e)),!e)return new ee;if(e instanceof ee)return e;e=e.rgb();var r=e.r/255,t=e.g/255,n=e.b/255,i=Math.min(r,t,n),a=Math.max(r,t,n),o=NaN,s=a-i,c=(a+i)/2;return s?(r===a?o=(t-n)/s+(t<n)*6:t===a?o=(n-r)/s+2:o=(r-t)/s+4,s/=c<.5?a+i:2-a-i,o*=60):s=c>0&&c<1?0:o,new ee(o,s,c,e.opacity)}function St(e,r,t,n){return arguments.length===1?Ao(e):new ee(e,r,t,n??1)}function ee(e,r,t,n){this.h=+e,this.s=+r,this.l=+t,this.opacity=+n}lr(ee,St,Rr(Ee,{brighter(e){return e=e==null?ur:Math.pow(ur,e),new ee(this.h,this.s,this.l*e,this.opacity)},darker(e){return e=e==null?We:Math.pow(We,e),new ee(this.h,this.s,this.l*e,this.opacity)},rgb(){var e=this.h%360+(this.h<0)*360,r=isNaN(e)||isNaN(this.s)?0:this.s,t=this.l,n=t+(t<.5?t:1-t)*r,i=2*t-n;return new P(Hn(e>=240?e-240:e+120,i,n),Hn(e,i,n),Hn(e<120?e+240:e-120,i,n),this.opacity)},clamp(){return new ee(bo(this.h),bt(this.s),bt(this.l),wt(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let e=wt(this.opacity);return`${e===1?"hsl(":"hsla("}${bo(this.h)}, ${bt(this.s)*100}%, ${bt(this.l)*100}%${e===1?")":`, ${e})`}`}}));function bo(e){return e=(e||0)%360,e<0?e+360:e}function bt(e){return Math.max(0,Math.min(1,e||0))}function Hn(e,r,t){return(e<60?r+(t-r)*e/60:e<180?t:e<240?r+(t-r)*(240-e)/60:r)*255}var qo=Math.PI/180,No=180/Math.PI,Mt=18,Eo=.96422,_o=1,Io=.82521,ko=4/29,sr=6/29,To=3*sr*sr,$v=sr*sr*sr;function xo(e){if(e instanceof oe)return new oe(e.l,e.a,e.b,e.opacity);if(e instanceof ye)return Lo(e);e instanceof P||(e=Wn(e));var r=Bn(e.r),t=Bn(e.g),n=Bn(e.b),i=Dn((.2225045*r+.7168786*t+.0606169*n)/_o),a,o;return r===t&&t===n?a=o=i:(a=Dn((.4360747*r+.3850649*t+.1430804*n)/Eo),o=Dn((.0139322*r+.0971045*t+.7141733*n)/Io)),new oe(116*i-16,500*(a-i),200*(i-o),e.opacity)}function Ro(e,r,t,n){return arguments.length===1?xo(e):new oe(e,r,t,n??1)}function oe(e,r,t,n){this.l=+e,this.a=+r,this.b=+t,this.opacity=+n}lr(oe,Ro,Rr(Ee,{brighter(e){return new oe(this.l+Mt*(e??1),this.a,this.b,this.opacity)},darker(e){return new oe(this.l-Mt*(e??1),this.a,this.b,this.opacity)},rgb(){var e=(this.l+16)/116,r=isNaN(this.a)?e:e+this.a/500,t=isNaN(this.b)?e:e-this.b/200;return r=Eo*Un(r),e=_o*Un(e),t=Io*Un(t),new P(Gn(3.1338561*r-1.6168667*e-.4906146*t),Gn(-.9787684*r+1.9161415*e+.033454*t),Gn(.0719453*r-.2289914*e+1.4052427*t),this.opacity)}}));function Dn(e){return e>$v?Math.pow(e,1/3):e/To+ko}function Un(e){return e>sr?e*e*e:To*(e-ko)}function Gn(e){return 255*(e<=.0031308?12.92*e:1.055*Math.pow(e,1/2.4)-.055)}function Bn(e){return(e/=255)<=.04045?e/12.92:Math.pow((e+.055)/1.055,2.4)}function Ov(e){if(e instanceof ye)return new ye(e.h,e.c,e.l,e.opacity);if(e instanceof oe||(e=xo(e)),e.a===0&&e.b===0)return new ye(NaN,0<e.l&&e.l<100?0:NaN,e.l,e.opacity);var r=Math.atan2(e.b,e.a)*No;return new ye(r<0?r+360:r,Math.sqrt(e.a*e.a+e.b*e.b),e.l,e.opacity)}function At(e,r,t,n){return arguments.length===1?Ov(e):new ye(e,r,t,n??1)}function ye(e,r,t,n){this.h=+e,this.c=+r,this.l=+t,this.opacity=+n}function Lo(e){if(isNaN(e.h))return new oe(e.l,0,0,e.opacity);var r=e.h*qo;return new oe(e.l,Math.cos(r)*e.c,Math.sin(r)*e.c,e.opacity)}lr(ye,At,Rr(Ee,{brighter(e){return new ye(this.h,this.c,this.l+Mt*(e??1),this.opacity)},darker(e){return new ye(this.h,this.c,this.l-Mt*(e??1),this.opacity)},rgb(){return Lo(this).rgb()}}));var Co=-.14861,jn=1.78277,Vn=-.29227,qt=-.90649,xr=1.97294,wo=xr*qt,Mo=xr*jn,So=jn*Vn-qt*Co;function Pv(e){if(e instanceof Be)return new Be(e.h,e.s,e.l,e.opacity);e instanceof P||(e=Wn(e));var r=e.r/255,t=e.g/255,n=e.b/255,i=(So*n+wo*r-Mo*t)/(So+wo-Mo),a=n-i,o=(xr*(t-i)-Vn*a)/qt,s=Math.sqrt(o*o+a*a)/(xr*i*(1-i)),c=s?Math.atan2(o,a)*No-120:NaN;return new Be(c<0?c+360:c,s,i,e.opacity)}function Nt(e,r,t,n){return arguments.length===1?Pv(e):new Be(e,r,t,n??1)}function Be(e,r,t,n){this.h=+e,this.s=+r,this.l=+t,this.opacity=+n}lr(Be,Nt,Rr(Ee,{brighter(e){return e=e==null?ur:Math.pow(ur,e),new Be(this.h,this.s,this.l*e,this.opacity)},darker(e){return e=e==null?We:Math.pow(We,e),new Be(this.h,this.s,this.l*e,this.opacity)},rgb(){var e=isNaN(this.h)?0:(this.h+120)*qo,r=+this.l,t=isNaN(this.s)?0:this.s*r*(1-r),n=Math.cos(e),i=Math.sin(e);return new P(255*(r+t*(Co*n+jn*i)),255*(r+t*(Vn*n+qt*i)),255*(r+t*(xr*n)),this.opacity)}}));function Po(e,r,t,n,i){var a=e*e,o=a*e;return((1-3*e+3*a-o)*r+(4-6*a+3*o)*t+(1+3*e+3*a-3*o)*n+o*i)/6}function Hv(e){var r=e.length-1;return function(t){var n=t<=0?t=0:t>=1?(t=1,r-1):Math.floor(t*r),i=e[n],a=e[n+1],o=n>0?e[n-1]:2*i-a,s=n<r-1?e[n+2]:2*a-i;return Po((t-n/r)*r,o,i,a,s)}}function Dv(e){var r=e.length;return function(t){var n=Math.floor(((t%=1)<0?++t:t)*r),i=e[(n+r-1)%r],a=e[n%r],o=e[(n+1)%r],s=e[(n+2)%r];return Po((t-n/r)*r,i,a,o,s)}}var _t=e=>()=>e;function Ho(e,r){return function(t){return e+t*r}}function Uv(e,r,t){return e=Math.pow(e,t),r=Math.pow(r,t)-e,t=1/t,function(n){return Math.pow(e+n*r,t)}}function Zn(e,r){var t=r-e;return t?Ho(e,t>180||t<-180?t-360*Math.round(t/360):t):_t(isNaN(e)?r:e)}function Gv(e){return(e=+e)==1?X:function(r,t){return t-r?Uv(r,t,e):_t(isNaN(r)?t:r)}}function X(e,r){var t=r-e;return t?Ho(e,t):_t(isNaN(e)?r:e)}var Fo=(function e(r){var t=Gv(r);function n(i,a){var o=t((i=Lr(i)).r,(a=Lr(a)).r),s=t(i.g,a.g),c=t(i.b,a.b),l=X(i.opacity,a.opacity);return function(u){return i.r=o(u),i.g=s(u),i.b=c(u),i.opacity=l(u),i+""}}return n.gamma=e,n})(1);function Do(e){return function(r){var t=r.length,n=new Array(t),i=new Array(t),a=new Array(t),o,s;for(o=0;o<t;++o)s=Lr(r[o]),n[o]=s.r||0,i[o]=s.g||0,a[o]=s.b||0;return n=e(n),i=e(i),a=e(a),s.opacity=1,function(c){return s.r=n(c),s.g=i(c),s.b=a(c),s+""}}}var xk=Do(Hv),Rk=Do(Dv);function Bv(e,r){r||(r=[]);var t=e?Math.min(r.length,e.length):0,n=r.slice(),i;return function(a){for(i=0;i<t;++i)n[i]=e[i]*(1-a)+r[i]*a;return n}}function Wv(e){return ArrayBuffer.isView(e)&&!(e instanceof DataView)}function jv(e,r){var t=r?r.length:0,n=e?Math.min(t,e.length):0,i=new Array(n),a=new Array(t),o;for(o=0;o<n;++o)i[o]=It(e[o],r[o]);for(;o<t;++o)a[o]=r[o];return function(s){for(o=0;o<n;++o)a[o]=i[o](s);return a}}function Vv(e,r){var t=new Date;return e=+e,r=+r,function(n){return t.setTime(e*(1-n)+r*n),t}}function re(e,r){return e=+e,r=+r,function(t){return e*(1-t)+r*t}}function Xv(e,r){var t={},n={},i;(e===null||typeof e!="object")&&(e={}),(r===null||typeof r!="object")&&(r={});for(i in r)i in e?t[i]=It(e[i],r[i]):n[i]=r[i];return function(a){for(i in t)n[i]=t[i](a);return n}}var Kn=/[-+]?(?:\\d+\\.?\\d*|\\.?\\d+)(?:[eE][-+]?\\d+)?/g,Xn=new RegExp(Kn.source,"g");function Kv(e){return function(){return e}}function Yv(e){return function(r){return e(r)+""}}function Zv(e,r){var t=Kn.lastIndex=Xn.lastIndex=0,n,i,a,o=-1,s=[],c=[];for(e=e+"",r=r+"";(n=Kn.exec(e))&&(i=Xn.exec(r));)(a=i.index)>t&&(a=r.slice(t,a),s[o]?s[o]+=a:s[++o]=a),(n=n[0])===(i=i[0])?s[o]?s[o]+=i:s[++o]=i:(s[++o]=null,c.push({i:o,x:re(n,i)})),t=Xn.lastIndex;return t<r.length&&(a=r.slice(t),s[o]?s[o]+=a:s[++o]=a),s.length<2?c[0]?Yv(c[0].x):Kv(r):(r=c.length,function(l){for(var u=0,f;u<r;++u)s[(f=c[u]).i]=f.x(l);return s.join("")})}function It(e,r){var t=typeof r,n;return r==null||t==="boolean"?_t(r):(t==="number"?re:t==="string"?(n=cr(r))?(r=n,Fo):Zv:r instanceof cr?Fo:r instanceof Date?Vv:Wv(r)?Bv:Array.isArray(r)?jv:typeof r.valueOf!="function"&&typeof r.toString!="function"||isNaN(r)?Xv:re)(e,r)}function Uo(e,r){return e=+e,r=+r,function(t){return Math.round(e*(1-t)+r*t)}}var $o=180/Math.PI,Yn={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function Go(e,r,t,n,i,a){var o,s,c;return(o=Math.sqrt(e*e+r*r))&&(e/=o,r/=o),(c=e*t+r*n)&&(t-=e*c,n-=r*c),(s=Math.sqrt(t*t+n*n))&&(t/=s,n/=s,c/=s),e*n<r*t&&(e=-e,r=-r,c=-c,o=-o),{translateX:i,translateY:a,rotate:Math.atan2(r,e)*$o,skewX:Math.atan(c)*$o,scaleX:o,scaleY:s}}var Et;function Qv(e){let r=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(e+"");return r.isIdentity?Yn:Go(r.a,r.b,r.c,r.d,r.e,r.f)}function Jv(e){return e==null||(Et||(Et=document.createElementNS("http://www.w3.org/2000/svg","g")),Et.setAttribute("transform",e),!(e=Et.transform.baseVal.consolidate()))?Yn:(e=e.matrix,Go(e.a,e.b,e.c,e.d,e.e,e.f))}function Bo(e,r,t,n){function i(l){return l.length?l.pop()+" ":""}function a(l,u,f,h,p,v){if(l!==f||u!==h){var g=p.push("translate(",null,r,null,t);v.push({i:g-4,x:re(l,f)},{i:g-2,x:re(u,h)})}else(f||h)&&p.push("translate("+f+r+h+t)}function o(l,u,f,h){l!==u?(l-u>180?u+=360:u-l>180&&(l+=360),h.push({i:f.push(i(f)+"rotate(",null,n)-2,x:re(l,u)})):u&&f.push(i(f)+"rotate("+u+n)}function s(l,u,f,h){l!==u?h.push({i:f.push(i(f)+"skewX(",null,n)-2,x:re(l,u)}):u&&f.push(i(f)+"skewX("+u+n)}function c(l,u,f,h,p,v){if(l!==f||u!==h){var g=p.push(i(p)+"scale(",null,",",null,")");v.push({i:g-4,x:re(l,f)},{i:g-2,x:re(u,h)})}else(f!==1||h!==1)&&p.push(i(p)+"scale("+f+","+h+")")}return function(l,u){var f=[],h=[];return l=e(l),u=e(u),a(l.translateX,l.translateY,u.translateX,u.translateY,f,h),o(l.rotate,u.rotate,f,h),s(l.skewX,u.skewX,f,h),c(l.scaleX,l.scaleY,u.scaleX,u.scaleY,f,h),l=u=null,function(p){for(var v=-1,g=h.length,y;++v<g;)f[(y=h[v]).i]=y.x(p);return f.join("")}}}var Lk=Bo(Qv,"px, ","px)","deg)"),Ck=Bo(Jv,", ",")",")"),zv=1e-12;function Oo(e){return((e=Math.exp(e))+1/e)/2}function e3(e){return((e=Math.exp(e))-1/e)/2}function r3(e){return((e=Math.exp(2*e))-1)/(e+1)}var Fk=(function e(r,t,n){function i(a,o){var s=a[0],c=a[1],l=a[2],u=o[0],f=o[1],h=o[2],p=u-s,v=f-c,g=p*p+v*v,y,b;if(g<zv)b=Math.log(h/l)/r,y=function(k){return[s+k*p,c+k*v,l*Math.exp(r*k*b)]};else{var S=Math.sqrt(g),w=(h*h-l*l+n*g)/(2*l*t*S),N=(h*h-l*l-n*g)/(2*h*t*S),E=Math.log(Math.sqrt(w*w+1)-w),q=Math.log(Math.sqrt(N*N+1)-N);b=(q-E)/r,y=function(k){var A=k*b,R=Oo(E),Z=l/(t*S)*(R*r3(r*A+E)-e3(E));return[s+Z*p,c+Z*v,l*R/Oo(r*A+E)]}}return y.duration=Math.abs(b)*1e3*r/Math.SQRT2,y}return i.rho=function(a){var o=Math.max(.001,+a),s=o*o,c=s*s;return e(o,s,c)},i})(Math.SQRT2,2,4);function Wo(e){return function(r,t){var n=e((r=St(r)).h,(t=St(t)).h),i=X(r.s,t.s),a=X(r.l,t.l),o=X(r.opacity,t.opacity);return function(s){return r.h=n(s),r.s=i(s),r.l=a(s),r.opacity=o(s),r+""}}}var $k=Wo(Zn),Ok=Wo(X);function jo(e){return function(r,t){var n=e((r=At(r)).h,(t=At(t)).h),i=X(r.c,t.c),a=X(r.l,t.l),o=X(r.opacity,t.opacity);return function(s){return r.h=n(s),r.c=i(s),r.l=a(s),r.opacity=o(s),r+""}}}var Pk=jo(Zn),Hk=jo(X);function Vo(e){return(function r(t){t=+t;function n(i,a){var o=e((i=Nt(i)).h,(a=Nt(a)).h),s=X(i.s,a.s),c=X(i.l,a.l),l=X(i.opacity,a.opacity);return function(u){return i.h=o(u),i.s=s(u),i.l=c(Math.pow(u,t)),i.opacity=l(u),i+""}}return n.gamma=r,n})(1)}var Dk=Vo(Zn),Uk=Vo(X);function t3(e){return Math.abs(e=Math.round(e))>=1e21?e.toLocaleString("en").replace(/,/g,""):e.toString(10)}function Tt(e,r){if(!isFinite(e)||e===0)return null;var t=(e=r?e.toExponential(r-1):e.toExponential()).indexOf("e"),n=e.slice(0,t);return[n.length>1?n[0]+n.slice(2):n,+e.slice(t+1)]}function fr(e){return e=Tt(Math.abs(e)),e?e[1]:NaN}function n3(e,r){return function(t,n){for(var i=t.length,a=[],o=0,s=e[0],c=0;i>0&&s>0&&(c+s+1>n&&(s=Math.max(1,n-c)),a.push(t.substring(i-=s,i+s)),!((c+=s+1)>n));)s=e[o=(o+1)%e.length];return a.reverse().join(r)}}function i3(e){return function(r){return r.replace(/[0-9]/g,function(t){return e[+t]})}}var a3=/^(?:(.)?([<>=^]))?([+\\-( ])?([$#])?(0)?(\\d+)?(,)?(\\.\\d+)?(~)?([a-z%])?$/i;function Cr(e){if(!(r=a3.exec(e)))throw new Error("invalid format: "+e);var r;return new Qn({fill:r[1],align:r[2],sign:r[3],symbol:r[4],zero:r[5],width:r[6],comma:r[7],precision:r[8]&&r[8].slice(1),trim:r[9],type:r[10]})}Cr.prototype=Qn.prototype;function Qn(e){this.fill=e.fill===void 0?" ":e.fill+"",this.align=e.align===void 0?">":e.align+"",this.sign=e.sign===void 0?"-":e.sign+"",this.symbol=e.symbol===void 0?"":e.symbol+"",this.zero=!!e.zero,this.width=e.width===void 0?void 0:+e.width,this.comma=!!e.comma,this.precision=e.precision===void 0?void 0:+e.precision,this.trim=!!e.trim,this.type=e.type===void 0?"":e.type+""}Qn.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function o3(e){e:for(var r=e.length,t=1,n=-1,i;t<r;++t)switch(e[t]){case".":n=i=t;break;case"0":n===0&&(n=t),i=t;break;default:if(!+e[t])break e;n>0&&(n=0);break}return n>0?e.slice(0,n)+e.slice(i+1):e}var xt;function s3(e,r){var t=Tt(e,r);if(!t)return xt=void 0,e.toPrecision(r);var n=t[0],i=t[1],a=i-(xt=Math.max(-8,Math.min(8,Math.floor(i/3)))*3)+1,o=n.length;return a===o?n:a>o?n+new Array(a-o+1).join("0"):a>0?n.slice(0,a)+"."+n.slice(a):"0."+new Array(1-a).join("0")+Tt(e,Math.max(0,r+a-1))[0]}function Xo(e,r){var t=Tt(e,r);if(!t)return e+"";var n=t[0],i=t[1];return i<0?"0."+new Array(-i).join("0")+n:n.length>i+1?n.slice(0,i+1)+"."+n.slice(i+1):n+new Array(i-n.length+2).join("0")}var Ko={"%":(e,r)=>(e*100).toFixed(r),b:e=>Math.round(e).toString(2),c:e=>e+"",d:t3,e:(e,r)=>e.toExponential(r),f:(e,r)=>e.toFixed(r),g:(e,r)=>e.toPrecision(r),o:e=>Math.round(e).toString(8),p:(e,r)=>Xo(e*100,r),r:Xo,s:s3,X:e=>Math.round(e).toString(16).toUpperCase(),x:e=>Math.round(e).toString(16)};function Yo(e){return e}var Zo=Array.prototype.map,Qo=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function u3(e){var r=e.grouping===void 0||e.thousands===void 0?Yo:n3(Zo.call(e.grouping,Number),e.thousands+""),t=e.currency===void 0?"":e.currency[0]+"",n=e.currency===void 0?"":e.currency[1]+"",i=e.decimal===void 0?".":e.decimal+"",a=e.numerals===void 0?Yo:i3(Zo.call(e.numerals,String)),o=e.percent===void 0?"%":e.percent+"",s=e.minus===void 0?"−":e.minus+"",c=e.nan===void 0?"NaN":e.nan+"";function l(f,h){f=Cr(f);var p=f.fill,v=f.align,g=f.sign,y=f.symbol,b=f.zero,S=f.width,w=f.comma,N=f.precision,E=f.trim,q=f.type;q==="n"?(w=!0,q="g"):Ko[q]||(N===void 0&&(N=12),E=!0,q="g"),(b||p==="0"&&v==="=")&&(b=!0,p="0",v="=");var k=(h&&h.prefix!==void 0?h.prefix:"")+(y==="$"?t:y==="#"&&/[boxX]/.test(q)?"0"+q.toLowerCase():""),A=(y==="$"?n:/[%p]/.test(q)?o:"")+(h&&h.suffix!==void 0?h.suffix:""),R=Ko[q],Z=/[defgprs%]/.test(q);N=N===void 0?6:/[gprs]/.test(q)?Math.max(1,Math.min(21,N)):Math.max(0,Math.min(20,N));function rr(I){var he=k,$=A,qe,ot,Ne;if(q==="c")$=R(I)+$,I="";else{I=+I;var M=I<0||1/I<0;if(I=isNaN(I)?c:R(Math.abs(I),N),E&&(I=o3(I)),M&&+I==0&&g!=="+"&&(M=!1),he=(M?g==="("?g:s:g==="-"||g==="("?"":g)+he,$=(q==="s"&&!isNaN(I)&&xt!==void 0?Qo[8+xt/3]:"")+$+(M&&g==="("?")":""),Z){for(qe=-1,ot=I.length;++qe<ot;)if(Ne=I.charCodeAt(qe),48>Ne||Ne>57){$=(Ne===46?i+I.slice(qe+1):I.slice(qe))+$,I=I.slice(0,qe);break}}}w&&!b&&(I=r(I,1/0));var _=he.length+I.length+$.length,F=_<S?new Array(S-_+1).join(p):"";switch(w&&b&&(I=r(F+I,F.length?S-$.length:1/0),F=""),v){case"<":I=he+I+$+F;break;case"=":I=he+F+I+$;break;case"^":I=F.slice(0,_=F.length>>1)+he+I+$+F.slice(_);break;default:I=F+he+I+$;break}return a(I)}return rr.toString=function(){return f+""},rr}function u(f,h){var p=Math.max(-8,Math.min(8,Math.floor(fr(h)/3)))*3,v=Math.pow(10,-p),g=l((f=Cr(f),f.type="f",f),{suffix:Qo[8+p/3]});return function(y){return g(v*y)}}return{format:l,formatPrefix:u}}var kt,Jn,zn;l3({thousands:",",grouping:[3],currency:["$",""]});function l3(e){return kt=u3(e),Jn=kt.format,zn=kt.formatPrefix,kt}function Jo(e){return Math.max(0,-fr(Math.abs(e)))}function zo(e,r){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(fr(r)/3)))*3-fr(Math.abs(e)))}function es(e,r){return e=Math.abs(e),r=Math.abs(r)-e,Math.max(0,fr(r)-fr(e))+1}function c3(e,r){switch(arguments.length){case 0:break;case 1:this.range(e);break;default:this.range(r).domain(e);break}return this}function f3(e){return function(){return e}}function m3(e){return+e}var rs=[0,1];function mr(e){return e}function ei(e,r){return(r-=e=+e)?function(t){return(t-e)/r}:f3(isNaN(r)?NaN:.5)}function d3(e,r){var t;return e>r&&(t=e,e=r,r=t),function(n){return Math.max(e,Math.min(r,n))}}function p3(e,r,t){var n=e[0],i=e[1],a=r[0],o=r[1];return i<n?(n=ei(i,n),a=t(o,a)):(n=ei(n,i),a=t(a,o)),function(s){return a(n(s))}}function h3(e,r,t){var n=Math.min(e.length,r.length)-1,i=new Array(n),a=new Array(n),o=-1;for(e[n]<e[0]&&(e=e.slice().reverse(),r=r.slice().reverse());++o<n;)i[o]=ei(e[o],e[o+1]),a[o]=t(r[o],r[o+1]);return function(s){var c=oo(e,s,1,n)-1;return a[c](i[c](s))}}function g3(e,r){return r.domain(e.domain()).range(e.range()).interpolate(e.interpolate()).clamp(e.clamp()).unknown(e.unknown())}function v3(){var e=rs,r=rs,t=It,n,i,a,o=mr,s,c,l;function u(){var h=Math.min(e.length,r.length);return o!==mr&&(o=d3(e[0],e[h-1])),s=h>2?h3:p3,c=l=null,f}function f(h){return h==null||isNaN(h=+h)?a:(c||(c=s(e.map(n),r,t)))(n(o(h)))}return f.invert=function(h){return o(i((l||(l=s(r,e.map(n),re)))(h)))},f.domain=function(h){return arguments.length?(e=Array.from(h,m3),u()):e.slice()},f.range=function(h){return arguments.length?(r=Array.from(h),u()):r.slice()},f.rangeRound=function(h){return r=Array.from(h),t=Uo,u()},f.clamp=function(h){return arguments.length?(o=h?!0:mr,u()):o!==mr},f.interpolate=function(h){return arguments.length?(t=h,u()):t},f.unknown=function(h){return arguments.length?(a=h,f):a},function(h,p){return n=h,i=p,u()}}function y3(){return v3()(mr,mr)}function b3(e,r,t,n){var i=co(e,r,t),a;switch(n=Cr(n??",f"),n.type){case"s":{var o=Math.max(Math.abs(e),Math.abs(r));return n.precision==null&&!isNaN(a=zo(i,o))&&(n.precision=a),zn(n,o)}case"":case"e":case"g":case"p":case"r":{n.precision==null&&!isNaN(a=es(i,Math.max(Math.abs(e),Math.abs(r))))&&(n.precision=a-(n.type==="e"));break}case"f":case"%":{n.precision==null&&!isNaN(a=Jo(i))&&(n.precision=a-(n.type==="%")*2);break}}return Jn(n)}function w3(e){var r=e.domain;return e.ticks=function(t){var n=r();return lo(n[0],n[n.length-1],t??10)},e.tickFormat=function(t,n){var i=r();return b3(i[0],i[i.length-1],t??10,n)},e.nice=function(t){t==null&&(t=10);var n=r(),i=0,a=n.length-1,o=n[i],s=n[a],c,l,u=10;for(s<o&&(l=o,o=s,s=l,l=i,i=a,a=l);u-- >0;){if(l=vt(o,s,t),l===c)return n[i]=o,n[a]=s,r(n);if(l>0)o=Math.floor(o/l)*l,s=Math.ceil(s/l)*l;else if(l<0)o=Math.ceil(o*l)/l,s=Math.floor(s*l)/l;else break;c=l}return e},e}function Rt(){var e=y3();return e.copy=function(){return g3(e,Rt())},c3.apply(e,arguments),w3(e)}function M3(e,r){let t=1/0,n=-1/0;for(let i of[...e,...r])Number.isFinite(i)&&(i<t&&(t=i),i>n&&(n=i));if(t>n)return[0,1];if(t===n){let i=Math.abs(t)*.05||1;return[t-i,n+i]}return[t,n]}function Lt(e,r,t,n,i=[]){return Rt().domain(M3(e,i)).range([r,t]).nice(n)}function Ct(e,r,t=",~f"){let n=e.tickFormat(r,t);return e.ticks(r).map(i=>({value:i,at:e(i),text:n(i)}))}function ts(e,r){return Ct(e,r,"+~f").map(t=>t.value===0?{...t,text:"0"}:t)}var S3="#d0d4d9",A3=Rt().domain([-1,0,1]).range(["rgb(179, 88, 6)","rgb(255, 255, 255)","rgb(8, 69, 148)"]).clamp(!0).unknown(S3),Ft=e=>A3(e??NaN);var Fr=16,ns=230,q3=420,is=7,$t=5,ri=(e,r=34)=>e.length>r?e.slice(0,r-1)+"…":e;function as(e,r,t=ns+q3+16){let n=e.filter(p=>p.z!==null),i=24,a=i+n.length*Fr+8,o=Math.min(ns,Math.round(t*.4)),s=t-o-16,c=Math.max(12,Math.floor(o/6.8)),l=n.flatMap(p=>[p.z,...p.z_interval??[]]),u=Lt(l,o,o+s,is,[-1,1]),f=x("svg",{class:"chart bar-chart",role:"img","aria-label":`${r}: Z score of ${n.length} benchmarks with their 90% intervals`,viewBox:`0 0 ${t} ${a}`,width:t,height:a}),h=x("g",{class:"axis","aria-hidden":"true"});for(let p of ts(u,is))h.append(x("line",{x1:O(p.at),x2:O(p.at),y1:i-4,y2:a-8,class:p.value===0?"zero":"grid"}),x("text",{x:O(p.at),y:i-8,"text-anchor":"middle"},p.text));return f.append(h),n.forEach((p,v)=>{let g=i+v*Fr,y=p.z,b=x("g",{class:"mark","data-scenario":p.scenario});if(b.append(dt(`${p.name}: Z ${W(y)}`+(p.z_interval?`, 90% interval ${W(p.z_interval[0])} to ${W(p.z_interval[1])}`:"")+`, rank ${p.rank??"–"}`),x("text",{x:o-6,y:g+Fr-4,"text-anchor":"end",class:"label"},ri(p.name,c)),x("rect",{class:y>=0?"bar pos":"bar neg",x:O(Math.min(u(0),u(y))),y:g+2,width:O(Math.max(1,Math.abs(u(y)-u(0)))),height:Fr-4})),p.z_interval){let[S,w]=p.z_interval,N=g+Fr/2;b.append(x("path",{class:"whisker",d:`M${O(u(S))} ${N-4}v8M${O(u(S))} ${N}H${O(u(w))}M${O(u(w))} ${N-4}v8`}))}f.append(b)}),f}function os(e,r){let i={l:64,r:12,t:12,b:40},a=e.map(f=>f.x),o=e.map(f=>f.y),s=Lt(a,i.l,360-i.r,$t,[0,1]),c=Lt(o,260-i.b,i.t,$t),l=x("svg",{class:"chart scatter",role:"img","aria-label":`Scatter of ${e.length} models: aggregate score against their score on ${r}`,viewBox:"0 0 360 260",width:360,height:260});l.append(x("line",{class:"axis-line",x1:i.l,x2:360-i.r,y1:260-i.b,y2:260-i.b}),x("line",{class:"axis-line",x1:i.l,x2:i.l,y1:i.t,y2:260-i.b}),x("text",{class:"axis-title",x:(i.l+360-i.r)/2,y:252,"text-anchor":"middle"},"aggregate (mean win rate)"),x("text",{class:"axis-title",x:14,y:(i.t+260-i.b)/2,"text-anchor":"middle",transform:`rotate(-90 14 ${(i.t+260-i.b)/2})`},ri(r,30)));let u=l.appendChild(x("g",{class:"ticks","aria-hidden":"true"}));for(let f of Ct(s,$t))u.append(x("line",{class:"axis-line",x1:O(f.at),x2:O(f.at),y1:260-i.b,y2:260-i.b+4}),x("text",{x:O(f.at),y:260-i.b+16,"text-anchor":"middle"},f.text));for(let f of Ct(c,$t))u.append(x("line",{class:"axis-line",x1:i.l-4,x2:i.l,y1:O(f.at),y2:O(f.at)}),x("text",{x:i.l-6,y:O(f.at+4),"text-anchor":"end"},f.text));for(let f of e)l.append(x("circle",{class:"dot",cx:O(s(f.x)),cy:O(c(f.y)),r:4},dt(`${f.label}: aggregate ${T(f.x)}, score ${T(f.y,4)}`)));return l}function ss(e,r,t){let n=e.length,i=n>100?6:12,a=i>=10?200:0,o=4,s=a+n*i+4,c=o+n*i+4,l=x("svg",{class:"chart heatmap",role:"img","aria-label":`Agreement between ${n} benchmarks, clustered so that similar benchmarks sit together; use the arrow keys to read each pair`,viewBox:`0 0 ${s} ${c}`,width:s,height:c});for(let u=0;u<n;u++){let f=x("g",{class:"heat-row","data-scenario":e[u]});a&&f.append(x("text",{x:a-4,y:o+u*i+i-2,"text-anchor":"end",class:"label"},ri(r[u],30)));for(let h=0;h<n;h++){let p=t[u*n+h]??null;f.append(x("rect",{class:"cell",x:a+h*i,y:o+u*i,width:i,height:i,fill:Ft(p)},dt(`${r[u]} × ${r[h]}: ${p===null?"no agreement (too few shared models)":T(p)}`)))}l.append(f)}return{svg:l,readout:no(l,{left:a,top:o,cell:i,width:s},r,t)}}function us(){return d("p",{class:"legend"},"Agreement: ",...[-1,-.5,0,.5,1].flatMap(r=>[d("span",{class:"swatch",style:`background:${Ft(r)}`}),` ${W(r,1)} `]),d("span",{class:"swatch",style:`background:${Ft(null)}`})," none")}var Ot=[{key:"rank",label:"Rank",numeric:!0},{key:"name",label:"Benchmark",numeric:!1},{key:"z",label:"Score (Z)",numeric:!0},{key:null,label:"Z 90% interval",numeric:!0},{key:"agreement",label:"Agreement",numeric:!0},{key:null,label:"Agreement 90% interval",numeric:!0},{key:"n_common",label:"Models shared",numeric:!0},{key:"category",label:"Category",numeric:!1}],N3=new Set(["z","agreement","n_common"]);function E3(e,r,t){let n=r[e],i=t[e];return typeof n=="number"&&typeof i=="number"?n-i:String(n??"").localeCompare(String(i??""))}function ls(e,r,t,n=""){let i=e.rows,a=[...new Set(i.map(q=>q.category??""))].filter(Boolean).sort(),o=`board-${e.id.replace(/[^A-Za-z0-9_-]/g,"_")}`,s={key:"rank",ascending:!0},c=d("select",{id:`${o}-category`,class:"category-filter"},d("option",{value:""},"All categories"),...a.map(q=>d("option",{value:q},q))),l=d("input",{id:`${o}-search`,class:"search",type:"search",placeholder:"name, scenario or benchmark file",autocomplete:"off"}),u=d("p",{class:"count","aria-live":"polite"}),f=Ot.map((q,k)=>k===4?`Agreement (${r})`:q.label),{headers:h,buttons:p}=I3(f,s,()=>w()),v=d("tbody"),g=d("table",{class:"leaderboard"},d("caption",{},`${e.title}: benchmarks by agreement with the aggregate`),d("thead",{},d("tr",{},...h)),v),y=d("div",{class:"chart-box"}),b=new Map(i.map(q=>[q.scenario,T3(q,f,()=>t(q.scenario,e.id))])),S=k3(o,f,s,()=>w());function w(){S.value=s.key;let q=x3(i,c.value,l.value,s);v.replaceChildren(...q.map(A=>b.get(A.scenario)));for(let[A,R]of p){let Z=R.parentElement;A===s.key?Z.setAttribute("aria-sort",s.ascending?"ascending":"descending"):Z.removeAttribute("aria-sort")}u.textContent=`Showing ${q.length} of ${i.length} benchmarks.`;let k=q.filter(A=>A.z!==null).sort((A,R)=>R.z-A.z||(A.scenario<R.scenario?-1:1));y.replaceChildren(k.length?as(k,e.title,F3()):d("p",{class:"empty"},"No scored benchmark matches the filters."))}return c.addEventListener("change",w),l.addEventListener("input",w),w(),{element:_3({category:c,search:l,phoneSort:S},u,C3(i,n),g,y)}}function _3({category:e,search:r,phoneSort:t},n,i,a,o){return d("div",{class:"board"},d("div",{class:"filters"},d("label",{for:e.id},"Category "),e,d("label",{for:r.id},"Search "),r),d("div",{class:"sort-phone"},d("label",{for:t.id},"Sort by "),t),n,i,d("div",{class:"table-wrap"},a),d("h3",{},"Score (Z) with 90% intervals"),d("p",{class:"legend"},"Each bar is a benchmark’s Z (blue above 0, orange below); the black whisker is its 90% interval."),o)}function cs(e,r,t){t&&e.key===r?e.ascending=!e.ascending:[e.key,e.ascending]=[r,!N3.has(r)]}function I3(e,r,t){let n=new Map;return{headers:Ot.map((a,o)=>{let s=d("th",{scope:"col",class:a.numeric?"num":null});if(a.key){let c=a.key,l=d("button",{type:"button",class:"sort","data-key":c},e[o]);l.addEventListener("click",()=>{cs(r,c,!0),t()}),n.set(c,l),s.append(l)}else s.textContent=a.label;return s}),buttons:n}}function k3(e,r,t,n){let i=d("select",{id:`${e}-sort`,class:"phone-sort"},...Ot.flatMap((a,o)=>a.key?[d("option",{value:a.key},r[o])]:[]));return i.addEventListener("change",()=>{cs(t,i.value,!1),n()}),i}function T3(e,r,t){let n=d("td",{class:"name"},e.name);e.in_aggregate&&n.append(R3()),e.warnings.length&&n.append(L3(e.warnings.join("; ")));for(let o of mt(e.saturation.saturated,e.plausibility.flagged_count))n.append(d("span",{class:"badge trust",title:"see the legend above the table"},o));n.append(d("span",{class:"scenario-id"},e.scenario));let i=(o,s)=>d("td",{class:Ot[o].numeric?"num":null,"data-label":r[o]},s),a=d("tr",{tabindex:0,"data-scenario":e.scenario,"aria-label":`${e.name}: open details`},i(0,e.rank===null?"–":String(e.rank)),n,i(2,e.z===null?e.skipped?"not scored":"–":W(e.z)),i(3,Pe(e.z_interval,2,(o,s)=>W(o,s))),i(4,T(e.agreement)),i(5,Pe(e.agreement_interval)),i(6,`${e.n_common} of ${e.models}`),i(7,e.category??""));return e.skipped&&(a.title=`Not scored: ${e.skipped}`),a.addEventListener("click",t),a.addEventListener("keydown",o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),t())}),a}function x3(e,r,t,n){let i=t.trim().toLowerCase(),a=e.filter(s=>(!r||s.category===r)&&(!i||s.name.toLowerCase().includes(i)||s.scenario.toLowerCase().includes(i)||s.benchmark.toLowerCase().includes(i))),o=n.ascending?1:-1;return a.sort((s,c)=>{let l=s[n.key]===null,u=c[n.key]===null;return l!==u?l?1:-1:o*E3(n.key,s,c)||(s.rank??1/0)-(c.rank??1/0)||(s.scenario<c.scenario?-1:1)})}function R3(){return d("span",{class:"badge",title:ve.meaning},`${ve.symbol} aggregate`)}function L3(e){return d("span",{class:"warn",title:e},d("span",{"aria-hidden":"true"},tr.symbol),d("span",{class:"visually-hidden"},` warning: ${e}`))}function C3(e,r){let t=e.some(n=>mt(n.saturation.saturated,n.plausibility.flagged_count).length);return d("ul",{class:"marks","aria-label":"What the marks beside a name mean"},...$n(e).map(n=>d("li",{},n===ve?d("span",{class:"badge"},`${n.symbol} aggregate`):d("span",{class:"warn","aria-hidden":"true"},n.symbol),n===ve?n.meaning:`${n.meaning} (hover the sign, or open the row, to read it)`)),d("li",{},d("strong",{},"not scored: "),"the benchmark has no Z (its row’s tooltip says why)"),d("li",{},d("strong",{},"–: "),"no value"),t&&r?d("li",{},d("span",{class:"badge trust"},"trust"),r):null)}function F3(){let e=document.getElementById("app"),r=e?e.clientWidth-12:680;return Math.max(300,Math.min(680,r))}function fs(e,r,t){let n=d("div",{class:"boards"}),i=[],a=0,o=[],s=[];function c(u,f=!0){a=u,o.forEach((h,p)=>{h.setAttribute("aria-selected",String(u===p)),h.tabIndex=u===p?0:-1,s[p].hidden=u!==p}),f&&r(i[u])}function l(u,f){i=u.map(p=>p.id);let h=d("div",{role:"tablist","aria-label":"Leaderboards",class:"tabs"});o=[],s=[],u.forEach((p,v)=>{let g=p.id.replace(/[^A-Za-z0-9_-]/g,"_"),y=d("button",{type:"button",role:"tab",id:`tab-${g}`,"aria-controls":`panel-${g}`},`${p.title} (${p.rows.length})`),b=d("section",{role:"tabpanel",id:`panel-${g}`,"aria-labelledby":y.id});b.append(ls(p,f,e,t).element),y.addEventListener("click",()=>c(v)),y.addEventListener("keydown",S=>{let w=u.length,E={ArrowRight:(v+1)%w,ArrowLeft:(v+w-1)%w,Home:0,End:w-1}[S.key];E!==void 0&&(S.preventDefault(),c(E),o[E].focus())}),o.push(y),s.push(b),h.append(y)}),n.replaceChildren(h,...s),c(Math.min(a,u.length-1),!1)}return{element:n,show:l,select:u=>{let f=i.indexOf(u);f>=0&&c(f,!1)}}}function Pt(e,r){return d("table",{class:"closest"},d("caption",{},"Closest benchmarks: the ones whose ranking of models agrees most with this one"),d("thead",{},d("tr",{},d("th",{scope:"col"},"Benchmark"),d("th",{scope:"col",class:"num"},"Agreement"),d("th",{scope:"col",class:"num"},"90% interval"),d("th",{scope:"col",class:"num"},"Models shared"))),d("tbody",{},...e.map(t=>d("tr",{"data-scenario":t.scenario},d("td",{},r(t.scenario)),d("td",{class:"num"},D("agreement",t.agreement,T(t.agreement))),d("td",{class:"num"},ie("interval",t.interval)),d("td",{class:"num"},V("n-common",t.nCommon))))))}var Ht=e=>d("dl",{class:"facts"},...e.flatMap(([r,t])=>[d("dt",{},r),d("dd",{},t)]));var Dt=(e,r)=>(e.saturated?`${ft}: `:"")+Ka(e,r);var $3=e=>e&&/^https?:\\/\\//i.test(e)?e:null;function ms(e,r,t,n){let i={boards:e.boards,aggregateScores:e.aggregate.scores},a=d("dialog",{id:"detail","aria-labelledby":"detail-title"});document.body.append(a);let o=new Map(e.benchmarks.map(p=>[p.id,p])),s=new Map,c=()=>{s=new Map;for(let p of[...i.boards].reverse())for(let v of p.rows)s.set(v.scenario,v)};c();let l=p=>s.get(p)?.name??p,u=p=>e.model_names[p]??p,f=null;a.addEventListener("close",()=>{f=null,r(null)});function h(p,v){let g=i.boards.find(N=>N.id===v),y=g?.rows.find(N=>N.scenario===p)??s.get(p);if(!y)return;let b=o.get(y.benchmark),S=N=>h(N,v),w=d("button",{type:"button",class:"close","aria-label":"Close details"},"×");w.addEventListener("click",()=>a.close()),a.replaceChildren(d("div",{class:"detail-head"},d("h2",{id:"detail-title"},y.name),w),...b?.description?[d("p",{class:"description"},b.description)]:[],Ht(O3(e,y,b,g??{id:v,title:v})),U3(y,t(p),i.aggregateScores,u),d("h3",{},"Closest benchmarks"),D3(e,p,l,S),n(p,S)),a.open||a.showModal(),f={scenario:p,board:v},r(p),w.focus()}return{open:h,update(p){i=p,c(),f&&a.open&&h(f.scenario,f.board)}}}function O3(e,r,t,n){let i=$3(t?.url??null),a=[["Scenario id",r.scenario],["Benchmark file",t?.file??r.benchmark],["Category",r.category??"–"],["Better scores are",r.direction],["Snapshot",t?.snapshot??"–"],["License",t?.license??"–"],["Source",i?d("a",{href:i,rel:"noopener noreferrer"},i):t?.url??"–"],["Score (Z)",`${W(r.z)} (90% interval ${Pe(r.z_interval,2,(o,s)=>W(o,s))})`],["Rank",`${r.rank??"–"} on ${n.title}`],["Agreement with the aggregate",`${T(r.agreement)} (90% interval ${Pe(r.agreement_interval)})`],["Models",`${r.models}, of which ${r.n_common} are in the aggregate`]];return r.in_aggregate&&a.push(["In the aggregate",`Yes: ${ve.meaning}`]),r.warnings.length&&a.push(["Warnings",r.warnings.join("; ")]),a.push(["Saturation",P3(e,r)]),r.plausibility.flagged.length&&a.push(["Rows to check",H3(r)]),r.skipped&&a.push(["Not scored",r.skipped]),t?.simulated&&a.push(["Data","simulated, not real results"]),a}function P3(e,r){let t=r.saturation;return Dt({models:t.models,nearBestShare:t.near_best_share,topModels:t.top_models,topSpread:t.top_spread,saturated:t.saturated},Ir(e).saturation)}function H3(e){let{flagged:r,flagged_count:t,shared:n}=e.plausibility,i=t-r.length;return d("ul",{class:"rows-to-check"},...r.map(a=>d("li",{},_r({...a,aggregateRank:a.aggregate_rank},n))),i>0?d("li",{},`… and ${i} more (largest gaps first; leaderboard.json lists every one)`):null)}function D3(e,r,t,n){let i=e.closest[r];if(!i?.length)return d("p",{class:"closest-none"},e.pair_scenarios.includes(r)?"No other benchmark shares enough models with this one to measure agreement.":`Closest benchmarks were computed among the ${e.pair_scenarios.length} benchmarks with the most models; run "benchbench similar ${r}" for this one.`);let a=o=>{let s=d("button",{type:"button",class:"link","data-scenario":o},t(o));return s.addEventListener("click",()=>n(o)),s};return Pt(i.map(o=>({...o,nCommon:o.n_common})),a)}function U3(e,r,t,n){let i=d("section",{class:"scatter-section","aria-live":"polite"},d("h3",{},"Scores against the aggregate"),d("p",{},"Loading every score (scores.parquet)…"));return r.then(a=>{let o=[...a.keys()].filter(s=>t[s]!==void 0).sort().map(s=>({label:n(s),x:t[s],y:a.get(s)}));i.replaceChildren(d("h3",{},`Scores against the aggregate (${o.length} shared models)`),o.length?os(o,e.name):d("p",{},"No model of this benchmark is in the aggregate."),d("details",{class:"shared-models"},d("summary",{},`The ${o.length} models shared with the aggregate`),d("ul",{},...o.map(s=>d("li",{},s.label)))))},a=>{i.replaceChildren(d("h3",{},"Scores against the aggregate"),d("p",{},`No scatter plot: ${a instanceof Error?a.message:String(a)}.`))}),i}var ti=e=>e instanceof Error?e.message:String(e),Ut=class{constructor(r,t,n){B(this,"source",r);B(this,"shape",t);B(this,"catalogHash",n);B(this,"worker",null);B(this,"uploader",null);B(this,"busy",!1);B(this,"askers",new Map);B(this,"questions",0);B(this,"latest",new Map);B(this,"next",0);B(this,"uploads",0);B(this,"matrix",null);B(this,"url",URL.createObjectURL(new Blob([\'/*! Engine worker. Bundles simple-statistics (ISC License, Copyright (c) 2014, Tom MacWright) and @stdlib/math-base-* packages (Apache License 2.0, Copyright (c) 2016-2026 The Stdlib Authors, https://github.com/stdlib-js/stdlib) and hyparquet (MIT License, Copyright (c) 2023 Hyperparam, https://github.com/hyparam/hyparquet). */\\n"use strict";(()=>{var x4=Object.create;var ys=Object.defineProperty;var D4=Object.getOwnPropertyDescriptor;var B4=Object.getOwnPropertyNames;var U4=Object.getPrototypeOf,$4=Object.prototype.hasOwnProperty;var G4=(e,t,r)=>t in e?ys(e,t,{enumerable:!0,configurable:!0,writable:!0,value:r}):e[t]=r;var V4=(e,t,r)=>()=>{if(r)throw r[0];try{return e&&(t=e(e=0)),t}catch(n){throw r=[n],n}};var g=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}};var H4=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of B4(t))!$4.call(e,i)&&i!==r&&ys(e,i,{get:()=>t[i],enumerable:!(n=D4(t,i))||n.enumerable});return e};var Sl=(e,t,r)=>(r=e!=null?x4(U4(e)):{},H4(t||!e||!e.__esModule?ys(r,"default",{value:e,enumerable:!0}):r,e));var C=(e,t,r)=>G4(e,typeof t!="symbol"?t+"":t,r);var Y4,m,l=V4(()=>{"use strict";Y4=new TextEncoder,m={byteLength:e=>Y4.encode(e).length}});var El=g((LR,Nl)=>{"use strict";l();function j4(e){return e!==e}Nl.exports=j4});var V=g((RR,ql)=>{"use strict";l();var W4=El();ql.exports=W4});var Tl=g((FR,Ol)=>{"use strict";l();var K4=Math.floor;Ol.exports=K4});var Te=g((xR,Ml)=>{"use strict";l();var J4=Tl();Ml.exports=J4});var Cl=g((BR,Ll)=>{"use strict";l();var X4=Math.ceil;Ll.exports=X4});var kl=g(($R,Rl)=>{"use strict";l();var Q4=Cl();Rl.exports=Q4});var Pl=g((VR,Fl)=>{"use strict";l();var Z4=Te(),z4=kl();function e5(e){return e<0?z4(e):Z4(e)}Fl.exports=e5});var An=g((YR,xl)=>{"use strict";l();var t5=Pl();xl.exports=t5});var Bl=g((WR,Dl)=>{"use strict";l();Dl.exports=Number});var $l=g((JR,Ul)=>{"use strict";l();var r5=Bl();Ul.exports=r5});var se=g((QR,Gl)=>{"use strict";l();var n5=$l(),i5=n5.NEGATIVE_INFINITY;Gl.exports=i5});var H=g((zR,Vl)=>{"use strict";l();var s5=Number.POSITIVE_INFINITY;Vl.exports=s5});var ft=g((tk,Hl)=>{"use strict";l();var o5=1023;Hl.exports=o5});var jl=g((nk,Yl)=>{"use strict";l();var a5=1023;Yl.exports=a5});var Kl=g((sk,Wl)=>{"use strict";l();var l5=-1023;Wl.exports=l5});var Xl=g((ak,Jl)=>{"use strict";l();var f5=-1074;Jl.exports=f5});var Zl=g((fk,Ql)=>{"use strict";l();var u5=H(),c5=se();function d5(e){return e===u5||e===c5}Ql.exports=d5});var Lt=g((ck,zl)=>{"use strict";l();var m5=Zl();zl.exports=m5});var tf=g((mk,ef)=>{"use strict";l();var h5=2147483648;ef.exports=h5});var ut=g((pk,rf)=>{"use strict";l();var p5=2147483647;rf.exports=p5});var sf=g((yk,nf)=>{"use strict";l();var g5=typeof Object.defineProperty=="function"?Object.defineProperty:null;nf.exports=g5});var af=g((wk,of)=>{"use strict";l();var y5=sf();function v5(){try{return y5({},"x",{}),!0}catch{return!1}}of.exports=v5});var ff=g((bk,lf)=>{"use strict";l();var w5=Object.defineProperty;lf.exports=w5});var vs=g((Sk,uf)=>{"use strict";l();function _5(e){return typeof e=="number"}uf.exports=_5});var ws=g((Nk,df)=>{"use strict";l();function b5(e){return e[0]==="-"}function cf(e){var t="",r;for(r=0;r<e;r++)t+="0";return t}function A5(e,t,r){var n=!1,i=t-e.length;return i<0||(b5(e)&&(n=!0,e=e.substr(1)),e=r?e+cf(i):cf(i)+e,n&&(e="-"+e)),e}df.exports=A5});var gf=g((qk,pf)=>{"use strict";l();var S5=vs(),mf=ws(),I5=String.prototype.toLowerCase,hf=String.prototype.toUpperCase;function N5(e){var t,r,n;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10;break}if(r=e.arg,n=parseInt(r,10),!isFinite(n)){if(!S5(r))throw new Error("invalid integer. Value: "+r);n=0}return n<0&&(e.specifier==="u"||t!==10)&&(n=4294967295+n+1),n<0?(r=(-n).toString(t),e.precision&&(r=mf(r,e.precision,e.padRight)),r="-"+r):(r=n.toString(t),!n&&!e.precision?r="":e.precision&&(r=mf(r,e.precision,e.padRight)),e.sign&&(r=e.sign+r)),t===16&&(e.alternate&&(r="0x"+r),r=e.specifier===hf.call(e.specifier)?hf.call(r):I5.call(r)),t===8&&e.alternate&&r.charAt(0)!=="0"&&(r="0"+r),r}pf.exports=N5});var vf=g((Tk,yf)=>{"use strict";l();function E5(e){return typeof e=="string"}yf.exports=E5});var bf=g((Lk,_f)=>{"use strict";l();var q5=Math.abs,O5=String.prototype.toLowerCase,wf=String.prototype.toUpperCase,Ct=String.prototype.replace,T5=/e\\\\+(\\\\d)$/,M5=/e-(\\\\d)$/,L5=/^(\\\\d+)$/,C5=/^(\\\\d+)e/,R5=/\\\\.0$/,k5=/\\\\.0*e/,F5=/(\\\\..*[^0])0*e/;function P5(e,t){var r,n;switch(t.specifier){case"e":case"E":n=e.toExponential(t.precision);break;case"f":case"F":n=e.toFixed(t.precision);break;case"g":case"G":q5(e)<1e-4?(r=t.precision,r>0&&(r-=1),n=e.toExponential(r)):n=e.toPrecision(t.precision),t.alternate||(n=Ct.call(n,F5,"$1e"),n=Ct.call(n,k5,"e"),n=Ct.call(n,R5,""));break;default:throw new Error("invalid double notation. Value: "+t.specifier)}return n=Ct.call(n,T5,"e+0$1"),n=Ct.call(n,M5,"e-0$1"),t.alternate&&(n=Ct.call(n,L5,"$1."),n=Ct.call(n,C5,"$1.e")),e>=0&&t.sign&&(n=t.sign+n),n=t.specifier===wf.call(t.specifier)?wf.call(n):O5.call(n),n}_f.exports=P5});var If=g((Rk,Sf)=>{"use strict";l();function Af(e){var t="",r;for(r=0;r<e;r++)t+=" ";return t}function x5(e,t,r){var n=t-e.length;return n<0||(e=r?e+Af(n):Af(n)+e),e}Sf.exports=x5});var Ef=g((Fk,Nf)=>{"use strict";l();var D5=gf(),B5=vf(),U5=vs(),$5=bf(),G5=If(),V5=ws(),H5=String.fromCharCode,Y5=Array.isArray;function Sn(e){return e!==e}function j5(e){var t={};return t.specifier=e.specifier,t.precision=e.precision===void 0?1:e.precision,t.width=e.width,t.flags=e.flags||"",t.mapping=e.mapping,t}function W5(e){var t,r,n,i,s,o,a,f,u,d;if(!Y5(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(o="",a=1,u=0;u<e.length;u++)if(n=e[u],B5(n))o+=n;else{if(t=n.precision!==void 0,n=j5(n),!n.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+u+"`. Value: `"+n+"`.");for(n.mapping&&(a=n.mapping),r=n.flags,d=0;d<r.length;d++)switch(i=r.charAt(d),i){case" ":n.sign=" ";break;case"+":n.sign="+";break;case"-":n.padRight=!0,n.padZeros=!1;break;case"0":n.padZeros=r.indexOf("-")<0;break;case"#":n.alternate=!0;break;default:throw new Error("invalid flag: "+i)}if(n.width==="*"){if(n.width=parseInt(arguments[a],10),a+=1,Sn(n.width))throw new TypeError("the argument for * width at position "+a+" is not a number. Value: `"+n.width+"`.");n.width<0&&(n.padRight=!0,n.width=-n.width)}if(t&&n.precision==="*"){if(n.precision=parseInt(arguments[a],10),a+=1,Sn(n.precision))throw new TypeError("the argument for * precision at position "+a+" is not a number. Value: `"+n.precision+"`.");n.precision<0&&(n.precision=1,t=!1)}switch(n.arg=arguments[a],n.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(n.padZeros=!1),n.arg=D5(n);break;case"s":n.maxWidth=t?n.precision:-1,n.arg=String(n.arg);break;case"c":if(!Sn(n.arg)){if(s=parseInt(n.arg,10),s<0||s>127)throw new Error("invalid character code. Value: "+n.arg);n.arg=Sn(s)?String(n.arg):H5(s)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(n.precision=6),f=parseFloat(n.arg),!isFinite(f)){if(!U5(n.arg))throw new Error("invalid floating-point number. Value: "+o);f=n.arg,n.padZeros=!1}n.arg=$5(f,n);break;default:throw new Error("invalid specifier: "+n.specifier)}n.maxWidth>=0&&n.arg.length>n.maxWidth&&(n.arg=n.arg.substring(0,n.maxWidth)),n.padZeros?n.arg=V5(n.arg,n.width||n.precision,n.padRight):n.width&&(n.arg=G5(n.arg,n.width,n.padRight)),o+=n.arg||"",a+=1}return o}Nf.exports=W5});var Of=g((xk,qf)=>{"use strict";l();var K5=Ef();qf.exports=K5});var Mf=g((Bk,Tf)=>{"use strict";l();var In=/%(?:([1-9]\\\\d*)\\\\$)?([0 +\\\\-#]*)(\\\\*|\\\\d+)?(?:(\\\\.)(\\\\*|\\\\d+)?)?[hlL]?([%A-Za-z])/g;function J5(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return e[4]==="."&&e[5]===void 0&&(t.precision="1"),t}function X5(e){var t,r,n,i;for(r=[],i=0,n=In.exec(e);n;)t=e.slice(i,In.lastIndex-n[0].length),t.length&&r.push(t),n[6]==="%"?r.push("%"):r.push(J5(n)),i=In.lastIndex,n=In.exec(e);return t=e.slice(i),t.length&&r.push(t),r}Tf.exports=X5});var Cf=g(($k,Lf)=>{"use strict";l();var Q5=Mf();Lf.exports=Q5});var kf=g((Vk,Rf)=>{"use strict";l();function Z5(e){return typeof e=="string"}Rf.exports=Z5});var xf=g((Yk,Pf)=>{"use strict";l();var z5=Of(),ew=Cf(),tw=kf();function Ff(e){var t,r;if(!tw(e))throw new TypeError(Ff("invalid argument. First argument must be a string. Value: `%s`.",e));for(t=[ew(e)],r=1;r<arguments.length;r++)t.push(arguments[r]);return z5.apply(null,t)}Pf.exports=Ff});var Bf=g((Wk,Df)=>{"use strict";l();var rw=xf();Df.exports=rw});var Yf=g((Jk,Hf)=>{"use strict";l();var Uf=Bf(),zt=Object.prototype,$f=zt.toString,Gf=zt.__defineGetter__,Vf=zt.__defineSetter__,nw=zt.__lookupGetter__,iw=zt.__lookupSetter__;function sw(e,t,r){var n,i,s,o;if(typeof e!="object"||e===null||$f.call(e)==="[object Array]")throw new TypeError(Uf("invalid argument. First argument must be an object. Value: `%s`.",e));if(typeof r!="object"||r===null||$f.call(r)==="[object Array]")throw new TypeError(Uf("invalid argument. Property descriptor must be an object. Value: `%s`.",r));if(i="value"in r,i&&(nw.call(e,t)||iw.call(e,t)?(n=e.__proto__,e.__proto__=zt,delete e[t],e[t]=r.value,e.__proto__=n):e[t]=r.value),s="get"in r,o="set"in r,i&&(s||o))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return s&&Gf&&Gf.call(e,t,r.get),o&&Vf&&Vf.call(e,t,r.set),e}Hf.exports=sw});var Wf=g((Qk,jf)=>{"use strict";l();var ow=af(),aw=ff(),lw=Yf(),_s;ow()?_s=aw:_s=lw;jf.exports=_s});var Jf=g((zk,Kf)=>{"use strict";l();var fw=Wf();function uw(e,t,r){fw(e,t,{configurable:!1,enumerable:!1,writable:!1,value:r})}Kf.exports=uw});var Fr=g((tF,Xf)=>{"use strict";l();var cw=Jf();Xf.exports=cw});var Zf=g((nF,Qf)=>{"use strict";l();function dw(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}Qf.exports=dw});var eu=g((sF,zf)=>{"use strict";l();var mw=Zf();zf.exports=mw});var ru=g((aF,tu)=>{"use strict";l();var hw=eu(),pw=hw();function gw(){return pw&&typeof Symbol.toStringTag=="symbol"}tu.exports=gw});var iu=g((fF,nu)=>{"use strict";l();var yw=ru();nu.exports=yw});var bs=g((cF,su)=>{"use strict";l();var vw=Object.prototype.toString;su.exports=vw});var au=g((mF,ou)=>{"use strict";l();var ww=bs();function _w(e){return ww.call(e)}ou.exports=_w});var fu=g((pF,lu)=>{"use strict";l();var bw=Object.prototype.hasOwnProperty;function Aw(e,t){return e==null?!1:bw.call(e,t)}lu.exports=Aw});var cu=g((yF,uu)=>{"use strict";l();var Sw=fu();uu.exports=Sw});var mu=g((wF,du)=>{"use strict";l();var Iw=typeof Symbol=="function"?Symbol:void 0;du.exports=Iw});var pu=g((bF,hu)=>{"use strict";l();var Nw=mu();hu.exports=Nw});var vu=g((SF,yu)=>{"use strict";l();var gu=pu(),Ew=typeof gu=="function"?gu.toStringTag:"";yu.exports=Ew});var _u=g((NF,wu)=>{"use strict";l();var qw=cu(),Pr=vu(),As=bs();function Ow(e){var t,r,n;if(e==null)return As.call(e);r=e[Pr],t=qw(e,Pr);try{e[Pr]=void 0}catch{return As.call(e)}return n=As.call(e),t?e[Pr]=r:delete e[Pr],n}wu.exports=Ow});var xr=g((qF,bu)=>{"use strict";l();var Tw=iu(),Mw=au(),Lw=_u(),Ss;Tw()?Ss=Lw:Ss=Mw;bu.exports=Ss});var Su=g((TF,Au)=>{"use strict";l();var Cw=xr(),Rw=typeof Uint32Array=="function";function kw(e){return Rw&&e instanceof Uint32Array||Cw(e)==="[object Uint32Array]"}Au.exports=kw});var Nu=g((LF,Iu)=>{"use strict";l();var Fw=Su();Iu.exports=Fw});var qu=g((RF,Eu)=>{"use strict";l();var Pw=4294967295;Eu.exports=Pw});var Tu=g((FF,Ou)=>{"use strict";l();var xw=typeof Uint32Array=="function"?Uint32Array:null;Ou.exports=xw});var Cu=g((xF,Lu)=>{"use strict";l();var Dw=Nu(),Is=qu(),Mu=Tu();function Bw(){var e,t;if(typeof Mu!="function")return!1;try{t=[1,3.14,-3.14,Is+1,Is+2],t=new Mu(t),e=Dw(t)&&t[0]===1&&t[1]===3&&t[2]===Is-2&&t[3]===0&&t[4]===1}catch{e=!1}return e}Lu.exports=Bw});var ku=g((BF,Ru)=>{"use strict";l();var Uw=Cu();Ru.exports=Uw});var Pu=g(($F,Fu)=>{"use strict";l();var $w=typeof Uint32Array=="function"?Uint32Array:void 0;Fu.exports=$w});var Du=g((VF,xu)=>{"use strict";l();function Gw(){throw new Error("not implemented")}xu.exports=Gw});var Rt=g((YF,Bu)=>{"use strict";l();var Vw=ku(),Hw=Pu(),Yw=Du(),Ns;Vw()?Ns=Hw:Ns=Yw;Bu.exports=Ns});var $u=g((WF,Uu)=>{"use strict";l();var jw=xr(),Ww=typeof Float64Array=="function";function Kw(e){return Ww&&e instanceof Float64Array||jw(e)==="[object Float64Array]"}Uu.exports=Kw});var Vu=g((JF,Gu)=>{"use strict";l();var Jw=$u();Gu.exports=Jw});var Yu=g((QF,Hu)=>{"use strict";l();var Xw=typeof Float64Array=="function"?Float64Array:null;Hu.exports=Xw});var Ku=g((zF,Wu)=>{"use strict";l();var Qw=Vu(),ju=Yu();function Zw(){var e,t;if(typeof ju!="function")return!1;try{t=new ju([1,3.14,-3.14,NaN]),e=Qw(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch{e=!1}return e}Wu.exports=Zw});var Xu=g((tP,Ju)=>{"use strict";l();var zw=Ku();Ju.exports=zw});var Zu=g((nP,Qu)=>{"use strict";l();var e9=typeof Float64Array=="function"?Float64Array:void 0;Qu.exports=e9});var ec=g((sP,zu)=>{"use strict";l();function t9(){throw new Error("not implemented")}zu.exports=t9});var kt=g((aP,tc)=>{"use strict";l();var r9=Xu(),n9=Zu(),i9=ec(),Es;r9()?Es=n9:Es=i9;tc.exports=Es});var nc=g((fP,rc)=>{"use strict";l();var s9=xr(),o9=typeof Uint8Array=="function";function a9(e){return o9&&e instanceof Uint8Array||s9(e)==="[object Uint8Array]"}rc.exports=a9});var sc=g((cP,ic)=>{"use strict";l();var l9=nc();ic.exports=l9});var ac=g((mP,oc)=>{"use strict";l();var f9=255;oc.exports=f9});var fc=g((pP,lc)=>{"use strict";l();var u9=typeof Uint8Array=="function"?Uint8Array:null;lc.exports=u9});var dc=g((yP,cc)=>{"use strict";l();var c9=sc(),qs=ac(),uc=fc();function d9(){var e,t;if(typeof uc!="function")return!1;try{t=[1,3.14,-3.14,qs+1,qs+2],t=new uc(t),e=c9(t)&&t[0]===1&&t[1]===3&&t[2]===qs-2&&t[3]===0&&t[4]===1}catch{e=!1}return e}cc.exports=d9});var hc=g((wP,mc)=>{"use strict";l();var m9=dc();mc.exports=m9});var gc=g((bP,pc)=>{"use strict";l();var h9=typeof Uint8Array=="function"?Uint8Array:void 0;pc.exports=h9});var vc=g((SP,yc)=>{"use strict";l();function p9(){throw new Error("not implemented")}yc.exports=p9});var _c=g((NP,wc)=>{"use strict";l();var g9=hc(),y9=gc(),v9=vc(),Os;g9()?Os=y9:Os=v9;wc.exports=Os});var Ac=g((qP,bc)=>{"use strict";l();var w9=xr(),_9=typeof Uint16Array=="function";function b9(e){return _9&&e instanceof Uint16Array||w9(e)==="[object Uint16Array]"}bc.exports=b9});var Ic=g((TP,Sc)=>{"use strict";l();var A9=Ac();Sc.exports=A9});var Ec=g((LP,Nc)=>{"use strict";l();var S9=65535;Nc.exports=S9});var Oc=g((RP,qc)=>{"use strict";l();var I9=typeof Uint16Array=="function"?Uint16Array:null;qc.exports=I9});var Lc=g((FP,Mc)=>{"use strict";l();var N9=Ic(),Ts=Ec(),Tc=Oc();function E9(){var e,t;if(typeof Tc!="function")return!1;try{t=[1,3.14,-3.14,Ts+1,Ts+2],t=new Tc(t),e=N9(t)&&t[0]===1&&t[1]===3&&t[2]===Ts-2&&t[3]===0&&t[4]===1}catch{e=!1}return e}Mc.exports=E9});var Rc=g((xP,Cc)=>{"use strict";l();var q9=Lc();Cc.exports=q9});var Fc=g((BP,kc)=>{"use strict";l();var O9=typeof Uint16Array=="function"?Uint16Array:void 0;kc.exports=O9});var xc=g(($P,Pc)=>{"use strict";l();function T9(){throw new Error("not implemented")}Pc.exports=T9});var Bc=g((VP,Dc)=>{"use strict";l();var M9=Rc(),L9=Fc(),C9=xc(),Ms;M9()?Ms=L9:Ms=C9;Dc.exports=Ms});var $c=g((YP,Uc)=>{"use strict";l();var R9=_c(),k9=Bc(),F9={uint16:k9,uint8:R9};Uc.exports=F9});var Yc=g((WP,Hc)=>{"use strict";l();var Gc=$c(),Vc;function P9(){var e,t;return e=new Gc.uint16(1),e[0]=4660,t=new Gc.uint8(e.buffer),t[0]===52}Vc=P9();Hc.exports=Vc});var Ft=g((JP,jc)=>{"use strict";l();var x9=Yc();jc.exports=x9});var Jc=g((QP,Kc)=>{"use strict";l();var D9=Ft(),Wc,Ls,Cs;D9===!0?(Ls=1,Cs=0):(Ls=0,Cs=1);Wc={HIGH:Ls,LOW:Cs};Kc.exports=Wc});var Rs=g((zP,zc)=>{"use strict";l();var B9=Rt(),U9=kt(),Qc=Jc(),Zc=new U9(1),Xc=new B9(Zc.buffer),$9=Qc.HIGH,G9=Qc.LOW;function V9(e,t,r,n){return Zc[0]=e,t[n]=Xc[$9],t[n+r]=Xc[G9],t}zc.exports=V9});var t0=g((tx,e0)=>{"use strict";l();var H9=Rs();function Y9(e){return H9(e,[0,0],1,0)}e0.exports=Y9});var Nn=g((nx,n0)=>{"use strict";l();var j9=Fr(),r0=t0(),W9=Rs();j9(r0,"assign",W9);n0.exports=r0});var s0=g((sx,i0)=>{"use strict";l();var K9=Ft(),ks;K9===!0?ks=1:ks=0;i0.exports=ks});var l0=g((ax,a0)=>{"use strict";l();var J9=Rt(),X9=kt(),Q9=s0(),o0=new X9(1),Z9=new J9(o0.buffer);function z9(e){return o0[0]=e,Z9[Q9]}a0.exports=z9});var ue=g((fx,f0)=>{"use strict";l();var e8=l0();f0.exports=e8});var d0=g((cx,c0)=>{"use strict";l();var t8=Ft(),u0,Fs,Ps;t8===!0?(Fs=1,Ps=0):(Fs=0,Ps=1);u0={HIGH:Fs,LOW:Ps};c0.exports=u0});var y0=g((mx,g0)=>{"use strict";l();var r8=Rt(),n8=kt(),h0=d0(),p0=new n8(1),m0=new r8(p0.buffer),i8=h0.HIGH,s8=h0.LOW;function o8(e,t){return m0[i8]=e,m0[s8]=t,p0[0]}g0.exports=o8});var Dr=g((px,v0)=>{"use strict";l();var a8=y0();v0.exports=a8});var _0=g((yx,w0)=>{"use strict";l();var l8=tf(),f8=ut(),u8=Nn(),c8=ue(),d8=Dr(),xs=[0,0];function m8(e,t){var r,n;return u8.assign(e,xs,1,0),r=xs[0],r&=f8,n=c8(t),n&=l8,r|=n,d8(r,xs[1])}w0.exports=m8});var En=g((wx,b0)=>{"use strict";l();var h8=_0();b0.exports=h8});var er=g((bx,A0)=>{"use strict";l();var p8=22250738585072014e-324;A0.exports=p8});var I0=g((Sx,S0)=>{"use strict";l();function g8(e){return Math.abs(e)}S0.exports=g8});var $=g((Nx,N0)=>{"use strict";l();var y8=I0();N0.exports=y8});var Ds=g((qx,E0)=>{"use strict";l();var v8=er(),w8=Lt(),_8=V(),b8=$(),A8=4503599627370496;function S8(e,t,r,n){return _8(e)||w8(e)?(t[n]=e,t[n+r]=0,t):e!==0&&b8(e)<v8?(t[n]=e*A8,t[n+r]=-52,t):(t[n]=e,t[n+r]=0,t)}E0.exports=S8});var O0=g((Tx,q0)=>{"use strict";l();var I8=Ds();function N8(e){return I8(e,[0,0],1,0)}q0.exports=N8});var L0=g((Lx,M0)=>{"use strict";l();var E8=Fr(),T0=O0(),q8=Ds();E8(T0,"assign",q8);M0.exports=T0});var Br=g((Rx,C0)=>{"use strict";l();var O8=2146435072;C0.exports=O8});var k0=g((Fx,R0)=>{"use strict";l();var T8=ue(),M8=Br(),L8=ft();function C8(e){var t=T8(e);return t=(t&M8)>>>20,t-L8|0}R0.exports=C8});var P0=g((xx,F0)=>{"use strict";l();var R8=k0();F0.exports=R8});var D0=g((Bx,x0)=>{"use strict";l();var k8=H(),F8=se(),P8=ft(),x8=jl(),D8=Kl(),B8=Xl(),U8=V(),$8=Lt(),G8=En(),V8=L0().assign,H8=P0(),Y8=Nn(),j8=Dr(),W8=2220446049250313e-31,K8=2148532223,Bs=[0,0],Us=[0,0];function J8(e,t){var r,n;return t===0||e===0||U8(e)||$8(e)?e:(V8(e,Bs,1,0),e=Bs[0],t+=Bs[1],t+=H8(e),t<B8?G8(0,e):t>x8?e<0?F8:k8:(t<=D8?(t+=52,n=W8):n=1,Y8.assign(e,Us,1,0),r=Us[0],r&=K8,r|=t+P8<<20,n*j8(r,Us[1])))}x0.exports=J8});var qn=g(($x,B0)=>{"use strict";l();var X8=D0();B0.exports=X8});var $0=g((Vx,U0)=>{"use strict";l();function Q8(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}U0.exports=Q8});var V0=g((Yx,G0)=>{"use strict";l();var Z8=qn(),z8=$0();function e_(e,t,r){var n,i,s,o;return n=e-t,i=n*n,s=n-i*z8(i),o=1-(t-n*s/(2-s)-e),Z8(o,r)}G0.exports=e_});var J0=g((Wx,K0)=>{"use strict";l();var t_=V(),H0=An(),r_=se(),Y0=H(),n_=V0(),i_=.6931471803691238,s_=19082149292705877e-26,j0=1.4426950408889634,o_=709.782712893384,a_=-745.1332191019411,W0=1/(1<<28),l_=-W0;function f_(e){var t,r,n;return t_(e)||e===Y0?e:e===r_?0:e>o_?Y0:e<a_?0:e>l_&&e<W0?1+e:(e<0?n=H0(j0*e-.5):n=H0(j0*e+.5),t=e-n*i_,r=n*s_,n_(t,r,n))}K0.exports=f_});var Z=g((Jx,X0)=>{"use strict";l();var u_=J0();X0.exports=u_});var Z0=g((Qx,Q0)=>{"use strict";l();var c_=Ft(),$s;c_===!0?$s=0:$s=1;Q0.exports=$s});var ed=g((zx,z0)=>{"use strict";l();var d_=Rt(),m_=kt(),h_=Z0(),Gs=new m_(1),p_=new d_(Gs.buffer);function g_(e,t){return Gs[0]=e,p_[h_]=t>>>0,Gs[0]}z0.exports=g_});var tr=g((tD,td)=>{"use strict";l();var y_=ed();td.exports=y_});var nd=g((nD,rd)=>{"use strict";l();function v_(e){return e===0?-.3250421072470015:-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}rd.exports=v_});var sd=g((sD,id)=>{"use strict";l();function w_(e){return e===0?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}id.exports=w_});var ad=g((aD,od)=>{"use strict";l();function __(e){return e===0?.41485611868374833:.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}od.exports=__});var fd=g((fD,ld)=>{"use strict";l();function b_(e){return e===0?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}ld.exports=b_});var cd=g((cD,ud)=>{"use strict";l();function A_(e){return e===0?-.6938585727071818:-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}ud.exports=A_});var md=g((mD,dd)=>{"use strict";l();function S_(e){return e===0?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}dd.exports=S_});var pd=g((pD,hd)=>{"use strict";l();function I_(e){return e===0?-.799283237680523:-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}hd.exports=I_});var yd=g((yD,gd)=>{"use strict";l();function N_(e){return e===0?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}gd.exports=N_});var bd=g((wD,_d)=>{"use strict";l();var E_=V(),vd=Z(),q_=tr(),O_=H(),T_=se(),M_=nd(),L_=sd(),C_=ad(),R_=fd(),k_=cd(),F_=md(),P_=pd(),x_=yd(),On=1e-300,D_=13877787807814457e-33,wd=.8450629115104675,B_=.12837916709551256,U_=1,$_=-.0023621185607526594,G_=1,V_=-.009864944034847148,H_=1,Y_=-.0098649429247001,j_=1;function W_(e){var t,r,n,i,s,o,a,f;if(E_(e))return NaN;if(e===O_)return 0;if(e===T_)return 2;if(e===0)return 1;if(e<0?(t=!0,r=-e):(t=!1,r=e),r<.84375)return r<D_?1-e:(n=e*e,i=B_+n*M_(n),s=U_+n*L_(n),o=i/s,e<.25?1-(e+e*o):(i=e*o,i+=e-.5,.5-i));if(r<1.25)return s=r-1,a=$_+s*C_(s),f=G_+s*R_(s),t?1+wd+a/f:1-wd-a/f;if(r<28){if(s=1/(r*r),r<2.857142857142857)i=V_+s*k_(s),s=H_+s*F_(s);else{if(e<-6)return 2-On;i=Y_+s*P_(s),s=j_+s*x_(s)}return n=q_(r,0),i=vd(-(n*n)-.5625)*vd((n-r)*(n+r)+i/s),t?2-i/r:i/r}return t?2-On:On*On}_d.exports=W_});var Tn=g((bD,Ad)=>{"use strict";l();var K_=bd();Ad.exports=K_});var Od=g((PD,qd)=>{"use strict";l();var r7=Ft(),Zs;r7===!0?Zs=1:Zs=0;qd.exports=Zs});var Md=g((DD,Td)=>{"use strict";l();var n7=Rt(),i7=kt(),s7=Od(),zs=new i7(1),o7=new n7(zs.buffer);function a7(e,t){return zs[0]=e,o7[s7]=t>>>0,zs[0]}Td.exports=a7});var ir=g((UD,Ld)=>{"use strict";l();var l7=Md();Ld.exports=l7});var Rd=g((GD,Cd)=>{"use strict";l();var f7=.34657359027997264;Cd.exports=f7});var Fd=g((HD,kd)=>{"use strict";l();function u7(e){return e===0?-.03333333333333313:-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-20109921818362437e-23)))}kd.exports=u7});var $d=g((jD,Ud)=>{"use strict";l();var c7=V(),Pd=ue(),eo=ir(),d7=Dr(),xd=H(),m7=se(),Dd=ft(),h7=Rd(),p7=Fd(),g7=709.782712893384,to=.6931471803691238,ro=19082149292705877e-26,Bd=1.4426950408889634,y7=38.816242111356935,v7=1.0397207708399179;function w7(e){var t,r,n,i,s,o,a,f,u,d,c,p,h;if(e===xd||c7(e))return e;if(e===m7)return-1;if(e===0)return e;if(e<0?(n=!0,f=-e):(n=!1,f=e),f>=y7){if(n)return-1;if(f>=g7)return xd}if(o=Pd(f)|0,f>h7)f<v7?n?(i=e+to,s=-ro,h=-1):(i=e-to,s=ro,h=1):(n?h=Bd*e-.5:h=Bd*e+.5,h|=0,c=h,i=e-c*to,s=c*ro),e=i-s,d=i-e-s;else{if(o<1016070144)return e;h=0}return t=.5*e,u=e*t,a=1+u*p7(u),c=3-a*t,p=u*((a-c)/(6-e*c)),h===0?e-(e*p-u):(r=d7(Dd+h<<20,0),p=e*(p-d)-d,p-=u,h===-1?.5*(e-p)-.5:h===1?e<-.25?-2*(p-(e+.5)):1+2*(e-p):h<=-2||h>56?(f=1-(p-e),h===1024?(i=Pd(f)+(h<<20)|0,f=eo(f,i)):f*=r,f-1):(c=1,h<20?(i=1072693248-(2097152>>h)|0,c=eo(c,i),f=c-(p-e)):(i=Dd-h<<20|0,c=eo(c,i),f=e-(p+c),f+=1),f*=r,f))}Ud.exports=w7});var Ur=g((KD,Gd)=>{"use strict";l();var _7=$d();Gd.exports=_7});var Hd=g((XD,Vd)=>{"use strict";l();function b7(e){return e===0?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}Vd.exports=b7});var Jd=g((ZD,Kd)=>{"use strict";l();var A7=V(),Yd=ue(),jd=ir(),S7=H(),I7=se(),Wd=ft(),N7=Hd(),no=.6931471803691238,io=19082149292705877e-26,E7=.41421356237309503,q7=-.2928932188134525,O7=1862645149230957e-24,T7=5551115123125783e-32,M7=9007199254740992,L7=.6666666666666666;function C7(e){var t,r,n,i,s,o,a,f,u,d;if(e<-1||A7(e))return NaN;if(e===-1)return I7;if(e===S7||e===0)return e;if(e<0?n=-e:n=e,d=1,n<E7){if(n<O7)return n<T7?e:e-e*e*.5;e>q7&&(d=0,i=e,r=1)}return d!==0&&(n<M7?(u=1+e,r=Yd(u),d=(r>>20)-Wd,d>0?s=1-(u-e):s=e-(u-1),s/=u):(u=e,r=Yd(u),d=(r>>20)-Wd,s=0),r&=1048575,r<434334?u=jd(u,r|1072693248):(d+=1,u=jd(u,r|1071644672),r=1048576-r>>2),i=u-1),t=.5*i*i,r===0?i===0?(s+=d*io,d*no+s):(f=t*(1-L7*i),d*no-(f-(d*io+s)-i)):(o=i/(2+i),a=o*o,f=a*N7(a),d===0?i-(t-o*(t+f)):d*no-(t-(o*(t+f)+(d*io+s))-i))}Kd.exports=C7});var We=g((eB,Xd)=>{"use strict";l();var R7=Jd();Xd.exports=R7});var Zd=g((rB,Qd)=>{"use strict";l();var k7=Math.sqrt;Qd.exports=k7});var Ne=g((iB,zd)=>{"use strict";l();var F7=Zd();zd.exports=F7});var tm=g((oB,em)=>{"use strict";l();var P7=.7853981633974483;em.exports=P7});var nm=g((lB,rm)=>{"use strict";l();function x7(e){var t,r,n;return e===0?.16666666666666713:(e<0?t=-e:t=e,t<=1?(r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428)))),n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))):(e=1/e,r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825)))),n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))),r/n)}rm.exports=x7});var sm=g((uB,im)=>{"use strict";l();function D7(e){var t,r,n;return e===0?.08333333333333809:(e<0?t=-e:t=e,t<=1?(r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243))),n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))):(e=1/e,r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616))),n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))),r/n)}im.exports=D7});var lm=g((dB,am)=>{"use strict";l();var B7=V(),U7=Ne(),om=tm(),$7=nm(),G7=sm(),V7=6123233995736766e-32;function H7(e){var t,r,n,i,s;if(B7(e))return NaN;if(e>0?n=e:(t=!0,n=-e),n>1)return NaN;if(n>.625)r=1-n,i=r*G7(r),r=U7(r+r),s=om-r,r=r*i-V7,s-=r,s+=om;else{if(n<1e-8)return e;r=n*n,s=r*$7(r),s=n*s+n}return t?-s:s}am.exports=H7});var um=g((hB,fm)=>{"use strict";l();var Y7=lm();fm.exports=Y7});var dm=g((gB,cm)=>{"use strict";l();var j7=Te();function W7(e){return j7(e)===e}cm.exports=W7});var Pt=g((vB,mm)=>{"use strict";l();var K7=dm();mm.exports=K7});var pm=g((_B,hm)=>{"use strict";l();var J7=Pt();function X7(e){return J7(e/2)}hm.exports=X7});var ym=g((AB,gm)=>{"use strict";l();var Q7=pm();gm.exports=Q7});var _m=g((IB,wm)=>{"use strict";l();var vm=ym();function Z7(e){return e>0?vm(e-1):vm(e+1)}wm.exports=Z7});var Dn=g((EB,bm)=>{"use strict";l();var z7=_m();bm.exports=z7});var Sm=g((OB,Am)=>{"use strict";l();function eb(e){return e|0}Am.exports=eb});var so=g((MB,Im)=>{"use strict";l();var tb=Sm();Im.exports=tb});var qm=g((CB,Em)=>{"use strict";l();var Nm=Dn(),rb=En(),nb=se(),Bn=H();function ib(e,t){return t===nb?Bn:t===Bn?0:t>0?Nm(t)?e:0:Nm(t)?rb(Bn,e):Bn}Em.exports=ib});var Tm=g((kB,Om)=>{"use strict";l();var sb=ut(),ob=ue(),ab=1072693247,Un=1e300,$n=1e-300;function lb(e,t){var r,n;return n=ob(e),r=n&sb,r<=ab?t<0?Un*Un:$n*$n:t>0?Un*Un:$n*$n}Om.exports=lb});var Cm=g((PB,Lm)=>{"use strict";l();var fb=$(),Mm=H();function ub(e,t){return e===-1?(e-e)/(e-e):e===1?1:fb(e)<1==(t===Mm)?0:Mm}Lm.exports=ub});var oo=g((DB,Rm)=>{"use strict";l();var cb=20;Rm.exports=cb});var Fm=g((UB,km)=>{"use strict";l();function db(e){return e===0?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}km.exports=db});var Bm=g((GB,Dm)=>{"use strict";l();var mb=ue(),Gn=tr(),Pm=ir(),hb=ft(),pb=oo(),gb=Fm(),yb=1048575,xm=1048576,vb=1072693248,wb=536870912,_b=524288,bb=9007199254740992,Ab=.9617966939259756,Sb=.9617967009544373,Ib=-7028461650952758e-24,Nb=[1,1.5],Eb=[0,.5849624872207642],qb=[0,1350039202129749e-23];function Ob(e,t,r){var n,i,s,o,a,f,u,d,c,p,h,y,v,w,b,_,A,I,N,E,q,T;return E=0,r<xm&&(t*=bb,E-=53,r=mb(t)),E+=(r>>pb)-hb|0,q=r&yb|0,r=q|vb|0,q<=235662?T=0:q<767610?T=1:(T=0,E+=1,r-=xm),t=Pm(t,r),d=Nb[T],I=t-d,N=1/(t+d),i=I*N,o=Gn(i,0),n=(r>>1|wb)+_b,n+=T<<18,f=Pm(0,n),u=t-(f-d),a=N*(I-o*f-o*u),s=i*i,A=s*s*gb(s),A+=a*(o+i),s=o*o,f=3+s+A,f=Gn(f,0),u=A-(f-3-s),I=o*f,N=a*f+u*i,p=I+N,p=Gn(p,0),h=N-(p-I),y=Sb*p,v=Ib*p+h*Ab+qb[T],c=Eb[T],_=E,w=y+v+c+_,w=Gn(w,0),b=v-(w-_-c-y),e[0]=w,e[1]=b,e}Dm.exports=Ob});var $m=g((HB,Um)=>{"use strict";l();function Tb(e){return e===0?.5:.5+e*(-.3333333333333333+e*.25)}Um.exports=Tb});var Vm=g((jB,Gm)=>{"use strict";l();var Mb=tr(),Lb=$m(),Cb=1.4426950408889634,Rb=1.4426950216293335,kb=19259629911266175e-24;function Fb(e,t){var r,n,i,s,o,a;return i=t-1,s=i*i*Lb(i),o=Rb*i,a=i*kb-s*Cb,n=o+a,n=Mb(n,0),r=a-(n-o),e[0]=n,e[1]=r,e}Gm.exports=Fb});var Ym=g((KB,Hm)=>{"use strict";l();var Pb=.6931471805599453;Hm.exports=Pb});var ao=g((XB,jm)=>{"use strict";l();var xb=1048575;jm.exports=xb});var Km=g((ZB,Wm)=>{"use strict";l();function Db(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}Wm.exports=Db});var th=g((eU,eh)=>{"use strict";l();var Bb=ue(),Jm=ir(),Ub=tr(),$b=so(),Gb=qn(),Vb=Ym(),Xm=ft(),Qm=ut(),Zm=ao(),$r=oo(),Hb=Km(),zm=1048576,Yb=1071644672,jb=.6931471824645996,Wb=-1904654299957768e-24;function Kb(e,t,r){var n,i,s,o,a,f,u,d,c,p,h;return p=e&Qm|0,h=(p>>$r)-Xm|0,c=0,p>Yb&&(c=e+(zm>>h+1)>>>0,h=((c&Qm)>>$r)-Xm|0,n=(c&~(Zm>>h))>>>0,s=Jm(0,n),c=(c&Zm|zm)>>$r-h>>>0,e<0&&(c=-c),t-=s),s=r+t,s=Ub(s,0),a=s*jb,f=(r-(s-t))*Vb+s*Wb,d=a+f,u=f-(d-a),s=d*d,i=d-s*Hb(s),o=d*i/(i-2)-(u+d*u),d=1-(o-d),e=Bb(d),e=$b(e),e+=c<<$r>>>0,e>>$r<=0?d=Gb(d,c):d=Jm(d,e),d}eh.exports=Kb});var dh=g((rU,ch)=>{"use strict";l();var rh=V(),nh=Dn(),ih=Lt(),Jb=Pt(),sh=Ne(),Xb=$(),lo=Nn(),Qb=tr(),oh=so(),Zb=se(),zb=H(),fo=ut(),eA=qm(),tA=Tm(),rA=Cm(),nA=Bm(),iA=Vm(),sA=th(),oA=1072693247,aA=1105199104,lA=1139802112,ah=1083179008,fA=1072693248,uA=1083231232,cA=3230714880,lh=31,mt=1e300,ht=1e-300,dA=8008566259537294e-32,Ke=[0,0],fh=[0,0];function uh(e,t){var r,n,i,s,o,a,f,u,d,c,p,h,y,v,w,b;if(rh(e)||rh(t))return NaN;if(lo.assign(t,Ke,1,0),a=Ke[0],f=Ke[1],f===0){if(t===0)return 1;if(t===1)return e;if(t===-1)return 1/e;if(t===.5)return sh(e);if(t===-.5)return 1/sh(e);if(t===2)return e*e;if(t===3)return e*e*e;if(t===4)return e*=e,e*e;if(ih(t))return rA(e,t)}if(lo.assign(e,Ke,1,0),s=Ke[0],o=Ke[1],o===0){if(s===0)return eA(e,t);if(e===1)return 1;if(e===-1&&nh(t))return-1;if(ih(e))return e===Zb?uh(-0,-t):t<0?0:zb}if(e<0&&Jb(t)===!1)return(e-e)/(e-e);if(i=Xb(e),r=s&fo|0,n=a&fo|0,u=s>>>lh|0,d=a>>>lh|0,u&&nh(t)?u=-1:u=1,n>aA){if(n>lA)return tA(e,t);if(r<oA)return d===1?u*mt*mt:u*ht*ht;if(r>fA)return d===0?u*mt*mt:u*ht*ht;y=iA(fh,i)}else y=nA(fh,i,r);if(c=Qb(t,0),h=(t-c)*y[0]+t*y[1],p=c*y[0],v=h+p,lo.assign(v,Ke,1,0),w=oh(Ke[0]),b=oh(Ke[1]),w>=ah){if((w-ah|b)!==0||h+dA>v-p)return u*mt*mt}else if((w&fo)>=uA&&((w-cA|b)!==0||h<=v-p))return u*ht*ht;return v=sA(w,p,h),u*v}ch.exports=uh});var re=g((iU,mh)=>{"use strict";l();var mA=dh();mh.exports=mA});var xt=g((oU,hh)=>{"use strict";l();var hA=2.718281828459045;hh.exports=hA});var Le=g((lU,ph)=>{"use strict";l();var pA=2220446049250313e-31;ph.exports=pA});var yh=g((uU,gh)=>{"use strict";l();function gA(e){var t,r,n;return e===0?1/0:(e<0?t=-e:t=e,t<=1?(r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),r/n)}gh.exports=gA});var _h=g((dU,wh)=>{"use strict";l();var vh=V(),yA=We(),vA=Ne(),wA=$(),_A=Z(),uo=re(),bA=xt(),co=Le(),mo=yh(),ho=10.900511;function AA(e,t){var r,n,i,s,o,a,f;return vh(e)||vh(t)?NaN:e<0||t<0?NaN:t===1?1/e:e===1?1/t:(f=e+t,f<co?(o=f/e,o/=t,o):f===e&&t<co?1/t:f===t&&e<co?1/e:(e<t&&(a=t,t=e,e=a),n=e+ho-.5,i=t+ho-.5,s=f+ho-.5,o=mo(e)*(mo(t)/mo(f)),r=e-.5-t,wA(t*r)<s*100&&e>100?o*=_A(r*yA(-t/s)):o*=uo(n/s,r),s>1e10?o*=uo(n/s*(i/s),t):o*=uo(n*i/(s*s),t),o*=vA(bA/i),o))}wh.exports=AA});var Ah=g((hU,bh)=>{"use strict";l();var SA=_h();bh.exports=SA});var Ih=g((gU,Sh)=>{"use strict";l();var IA=H();function NA(e){return e===0&&1/e===IA}Sh.exports=NA});var Eh=g((vU,Nh)=>{"use strict";l();var EA=Ih();Nh.exports=EA});var Th=g((_U,Oh)=>{"use strict";l();var qA=Eh(),qh=V(),po=H();function OA(e,t){return qh(e)||qh(t)?NaN:e===po||t===po?po:e===t&&e===0?qA(e)?e:t:e>t?e:t}Oh.exports=OA});var Gr=g((AU,Mh)=>{"use strict";l();var TA=Th();Mh.exports=TA});var Ch=g((IU,Lh)=>{"use strict";l();var MA=se();function LA(e){return e===0&&1/e===MA}Lh.exports=LA});var go=g((EU,Rh)=>{"use strict";l();var CA=Ch();Rh.exports=CA});var Ph=g((OU,Fh)=>{"use strict";l();var RA=go(),kh=V(),yo=se();function kA(e,t){return kh(e)||kh(t)?NaN:e===yo||t===yo?yo:e===t&&e===0?RA(e)?e:t:e<t?e:t}Fh.exports=kA});var sr=g((MU,xh)=>{"use strict";l();var FA=Ph();xh.exports=FA});var Vn=g((CU,Dh)=>{"use strict";l();var PA=17976931348623157e292;Dh.exports=PA});var vo=g((kU,Bh)=>{"use strict";l();var xA=2147483647;Bh.exports=xA});var $h=g((PU,Uh)=>{"use strict";l();var DA=1.5707963267948966;Uh.exports=DA});var or=g((DU,Gh)=>{"use strict";l();var BA=3.141592653589793;Gh.exports=BA});var Hh=g((UU,Vh)=>{"use strict";l();function UA(e){return e===0?.0416666666666666:.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}Vh.exports=UA});var jh=g((GU,Yh)=>{"use strict";l();function $A(e){return e===0?-27557314351390663e-23:-27557314351390663e-23+e*(2087572321298175e-24+e*-11359647557788195e-27)}Yh.exports=$A});var Kh=g((HU,Wh)=>{"use strict";l();var GA=Hh(),VA=jh();function HA(e,t){var r,n,i,s;return s=e*e,i=s*s,n=s*GA(s),n+=i*i*VA(s),r=.5*s,i=1-r,i+(1-i-r+(s*n-e*t))}Wh.exports=HA});var wo=g((jU,Jh)=>{"use strict";l();var YA=Kh();Jh.exports=YA});var Zh=g((KU,Qh)=>{"use strict";l();var Xh=-.16666666666666632,jA=.00833333333332249,WA=-.0001984126982985795,KA=27557313707070068e-22,JA=-25050760253406863e-24,XA=158969099521155e-24;function QA(e,t){var r,n,i,s;return s=e*e,i=s*s,r=jA+s*(WA+s*KA)+s*i*(JA+s*XA),n=s*e,t===0?e+n*(Xh+s*r):e-(s*(.5*t-n*r)-t-n*Xh)}Qh.exports=QA});var _o=g((XU,zh)=>{"use strict";l();var ZA=Zh();zh.exports=ZA});var tp=g((ZU,ep)=>{"use strict";l();var zA=Ft(),bo;zA===!0?bo=0:bo=1;ep.exports=bo});var ip=g((e$,np)=>{"use strict";l();var eS=Rt(),tS=kt(),rS=tp(),rp=new tS(1),nS=new eS(rp.buffer);function iS(e){return rp[0]=e,nS[rS]}np.exports=iS});var op=g((r$,sp)=>{"use strict";l();var sS=ip();sp.exports=sS});var lp=g((i$,ap)=>{"use strict";l();function oS(e,t){var r,n;for(r=[],n=0;n<t;n++)r.push(e);return r}ap.exports=oS});var up=g((o$,fp)=>{"use strict";l();var aS=lp();fp.exports=aS});var dp=g((l$,cp)=>{"use strict";l();var lS=up();function fS(e){return lS(0,e)}cp.exports=fS});var hp=g((u$,mp)=>{"use strict";l();var uS=dp();mp.exports=uS});var wp=g((d$,vp)=>{"use strict";l();var cS=Te(),Hn=qn(),Wn=hp(),gp=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],dS=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Ao=16777216,So=5960464477539063e-23,Yn=Wn(20),pp=Wn(20),jn=Wn(20),K=Wn(20);function yp(e,t,r,n,i,s,o,a,f){var u,d,c,p,h,y,v,w,b;for(p=s,b=n[r],w=r,h=0;w>0;h++)d=So*b|0,K[h]=b-Ao*d|0,b=n[w-1]+d,w-=1;if(b=Hn(b,i),b-=8*cS(b*.125),v=b|0,b-=v,c=0,i>0?(h=K[r-1]>>24-i,v+=h,K[r-1]-=h<<24-i,c=K[r-1]>>23-i):i===0?c=K[r-1]>>23:b>=.5&&(c=2),c>0){for(v+=1,u=0,h=0;h<r;h++)w=K[h],u===0?w!==0&&(u=1,K[h]=16777216-w):K[h]=16777215-w;if(i>0)switch(i){case 1:K[r-1]&=8388607;break;case 2:K[r-1]&=4194303;break}c===2&&(b=1-b,u!==0&&(b-=Hn(1,i)))}if(b===0){for(w=0,h=r-1;h>=s;h--)w|=K[h];if(w===0){for(y=1;K[s-y]===0;y++);for(h=r+1;h<=r+y;h++){for(f[a+h]=gp[o+h],d=0,w=0;w<=a;w++)d+=e[w]*f[a+(h-w)];n[h]=d}return r+=y,yp(e,t,r,n,i,s,o,a,f)}for(r-=1,i-=24;K[r]===0;)r-=1,i-=24}else b=Hn(b,-i),b>=Ao?(d=So*b|0,K[r]=b-Ao*d|0,r+=1,i+=24,K[r]=d):K[r]=b|0;for(d=Hn(1,i),h=r;h>=0;h--)n[h]=d*K[h],d*=So;for(h=r;h>=0;h--){for(d=0,y=0;y<=p&&y<=r-h;y++)d+=dS[y]*n[h+y];jn[r-h]=d}for(d=0,h=r;h>=0;h--)d+=jn[h];for(c===0?t[0]=d:t[0]=-d,d=jn[0]-d,h=1;h<=r;h++)d+=jn[h];return c===0?t[1]=d:t[1]=-d,v&7}function mS(e,t,r,n){var i,s,o,a,f,u,d,c,p;for(s=4,a=n-1,o=(r-3)/24|0,o<0&&(o=0),u=r-24*(o+1),c=o-a,p=a+s,d=0;d<=p;d++)c<0?Yn[d]=0:Yn[d]=gp[c],c+=1;for(d=0;d<=s;d++){for(i=0,c=0;c<=a;c++)i+=e[c]*Yn[a+(d-c)];pp[d]=i}return f=s,yp(e,t,f,pp,u,s,o,a,Yn)}vp.exports=mS});var bp=g((h$,_p)=>{"use strict";l();var hS=Math.round;_p.exports=hS});var Sp=g((g$,Ap)=>{"use strict";l();var pS=bp();Ap.exports=pS});var qp=g((v$,Ep)=>{"use strict";l();var gS=Sp(),Ip=ue(),yS=.6366197723675814,vS=1.5707963267341256,wS=6077100506506192e-26,_S=6077100506303966e-26,bS=20222662487959506e-37,AS=20222662487111665e-37,SS=84784276603689e-45,Np=2047;function IS(e,t,r){var n,i,s,o,a,f,u;return i=gS(e*yS),o=e-i*vS,a=i*wS,u=t>>20|0,r[0]=o-a,n=Ip(r[0]),f=u-(n>>20&Np),f>16&&(s=o,a=i*_S,o=s-a,a=i*bS-(s-o-a),r[0]=o-a,n=Ip(r[0]),f=u-(n>>20&Np),f>49&&(s=o,a=i*AS,o=s-a,a=i*SS-(s-o-a),r[0]=o-a)),r[1]=o-r[0]-a,i}Ep.exports=IS});var Tp=g((_$,Op)=>{"use strict";l();var NS=ut(),ES=Br(),qS=ao(),OS=ue(),TS=op(),MS=Dr(),LS=wp(),Kn=qp(),CS=0,RS=16777216,pt=1.5707963267341256,Dt=6077100506506192e-26,Jn=2*Dt,Xn=3*Dt,Qn=4*Dt,kS=598523,FS=1072243195,PS=1073928572,xS=1074752122,DS=1074977148,BS=1075183036,US=1075388923,$S=1075594811,GS=1094263291,Vr=[0,0,0],Hr=[0,0];function VS(e,t){var r,n,i,s,o,a,f,u;if(i=OS(e)|0,s=i&NS|0,s<=FS)return t[0]=e,t[1]=0,0;if(s<=xS)return(s&qS)===kS?Kn(e,s,t):s<=PS?i>0?(u=e-pt,t[0]=u-Dt,t[1]=u-t[0]-Dt,1):(u=e+pt,t[0]=u+Dt,t[1]=u-t[0]+Dt,-1):i>0?(u=e-2*pt,t[0]=u-Jn,t[1]=u-t[0]-Jn,2):(u=e+2*pt,t[0]=u+Jn,t[1]=u-t[0]+Jn,-2);if(s<=$S)return s<=BS?s===DS?Kn(e,s,t):i>0?(u=e-3*pt,t[0]=u-Xn,t[1]=u-t[0]-Xn,3):(u=e+3*pt,t[0]=u+Xn,t[1]=u-t[0]+Xn,-3):s===US?Kn(e,s,t):i>0?(u=e-4*pt,t[0]=u-Qn,t[1]=u-t[0]-Qn,4):(u=e+4*pt,t[0]=u+Qn,t[1]=u-t[0]+Qn,-4);if(s<GS)return Kn(e,s,t);if(s>=ES)return t[0]=NaN,t[1]=NaN,0;for(r=TS(e),n=(s>>20)-1046,u=MS(s-(n<<20|0),r),a=0;a<2;a++)Vr[a]=u|0,u=(u-Vr[a])*RS;for(Vr[2]=u,o=3;Vr[o-1]===CS;)o-=1;return f=LS(Vr,Hr,n,o,1),i<0?(t[0]=-Hr[0],t[1]=-Hr[1],-f):(t[0]=Hr[0],t[1]=Hr[1],f)}Op.exports=VS});var Io=g((A$,Mp)=>{"use strict";l();var HS=Tp();Mp.exports=HS});var Rp=g((I$,Cp)=>{"use strict";l();var YS=ut(),jS=Br(),WS=ue(),Lp=wo(),No=_o(),KS=Io(),JS=1072243195,XS=1045430272,Je=[0,0];function QS(e){var t,r;if(t=WS(e),t&=YS,t<=JS)return t<XS?e:No(e,0);if(t>=jS)return NaN;switch(r=KS(e,Je),r&3){case 0:return No(Je[0],Je[1]);case 1:return Lp(Je[0],Je[1]);case 2:return-No(Je[0],Je[1]);default:return-Lp(Je[0],Je[1])}}Cp.exports=QS});var Eo=g((E$,kp)=>{"use strict";l();var ZS=Rp();kp.exports=ZS});var qo=g((O$,Fp)=>{"use strict";l();var zS=2.5066282746310007;Fp.exports=zS});var xp=g((M$,Pp)=>{"use strict";l();function eI(e){return e===0?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}Pp.exports=eI});var Up=g((C$,Bp)=>{"use strict";l();var tI=qo(),Dp=re(),rI=Z(),nI=xp(),iI=143.01608;function sI(e){var t,r,n;return t=1/e,t=1+t*nI(t),r=rI(e),e>iI?(n=Dp(e,.5*e-.25),r=n*(n/r)):r=Dp(e,e-.5)/r,tI*r*t}Bp.exports=sI});var Gp=g((k$,$p)=>{"use strict";l();var oI=.5772156649015329;$p.exports=oI});var Hp=g((P$,Vp)=>{"use strict";l();var aI=Gp();function lI(e,t){return t/((1+aI*e)*e)}Vp.exports=lI});var jp=g((D$,Yp)=>{"use strict";l();function fI(e){var t,r,n;return e===0?1:(e<0?t=-e:t=e,t<=1?(r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0)))))),n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))):(e=1/e,r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1)))))),n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))),r/n)}Yp.exports=fI});var e1=g((U$,zp)=>{"use strict";l();var uI=V(),cI=Pt(),dI=go(),Wp=$(),mI=Te(),hI=Eo(),Kp=H(),Jp=se(),Xp=or(),Qp=Up(),Zp=Hp(),pI=jp();function gI(e){var t,r,n,i;if(cI(e)&&e<0||e===Jp||uI(e))return NaN;if(e===0)return dI(e)?Jp:Kp;if(e>171.61447887182297)return Kp;if(e<-170.5674972726612)return 0;if(r=Wp(e),r>33)return e>=0?Qp(e):(n=mI(r),(n&1)===0?t=-1:t=1,i=r-n,i>.5&&(n+=1,i=r-n),i=r*hI(Xp*i),t*Xp/(Wp(i)*Qp(r)));for(i=1;e>=3;)e-=1,i*=e;for(;e<0;){if(e>-1e-9)return Zp(e,i);i/=e,e+=1}for(;e<2;){if(e<1e-9)return Zp(e,i);i/=e,e+=1}return e===2?i:(e-=2,i*pI(e))}zp.exports=gI});var gt=g((G$,t1)=>{"use strict";l();var yI=e1();t1.exports=yI});var Yr=g((H$,r1)=>{"use strict";l();var vI=170;r1.exports=vI});var n1=g((j$,wI)=>{wI.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var s1=g((W$,i1)=>{"use strict";l();var _I=V(),bI=Pt(),AI=gt(),SI=H(),II=Yr(),NI=n1();function EI(e){return _I(e)?NaN:bI(e)?e<0?NaN:e<=II?NI[e]:SI:AI(e+1)}i1.exports=EI});var Oo=g((J$,o1)=>{"use strict";l();var qI=s1();o1.exports=qI});var l1=g((Q$,a1)=>{"use strict";l();function OI(e){var t,r,n;return e===0?1/0:(e<0?t=-e:t=e,t<=1?(r=3847467039331777e-5+e*(3685766504351951e-5+e*(1588920245372942e-5+e*(4059208354298835e-6+e*(6805476611834733e-7+e*(7823975500312005e-8+e*(6246580776401795e-9+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580776401795e-9+e*(7823975500312005e-8+e*(6805476611834733e-7+e*(4059208354298835e-6+e*(1588920245372942e-5+e*(3685766504351951e-5+e*3847467039331777e-5))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),r/n)}a1.exports=OI});var u1=g((z$,f1)=>{"use strict";l();var TI=l1();f1.exports=TI});var d1=g((tG,c1)=>{"use strict";l();var MI=u1();c1.exports=MI});var ar=g((nG,m1)=>{"use strict";l();var LI=10.900511;m1.exports=LI});var A1=g((sG,b1)=>{"use strict";l();var h1=d1(),CI=gt(),RI=We(),p1=$(),g1=Z(),y1=re(),v1=Le(),kI=xt(),FI=ar(),w1=Yr(),PI=4269068009004705e289;function _1(e,t){var r,n,i;return e<v1?t>=w1?(n=_1(t,w1-t),n*=e,n*=PI,1/n):1/(e*CI(e+t)):(i=e+FI-.5,e+t===e?p1(t/i)<v1?r=g1(-t):r=1:(p1(t)<10?r=g1((.5-e)*RI(t/i)):r=y1(i/(i+t),e-.5),r*=h1(e)/h1(e+t)),r*=y1(kI/(i+t),t),r)}b1.exports=_1});var O1=g((aG,q1)=>{"use strict";l();var xI=$(),S1=Te(),I1=gt(),N1=Oo(),E1=Yr(),DI=A1();function BI(e,t){var r,n,i;if(e<=0||e+t<=0)return I1(e)/I1(e+t);if(n=S1(t),n===t){if(i=S1(e),i===e&&e<=E1&&e+t<=E1)return N1(i-1)/N1(n+i-1);if(xI(t)<20){if(t===0)return 1;if(t<0){for(e-=1,r=e,t+=1;t!==0;)e-=1,r*=e,t+=1;return r}for(r=1/e,t-=1;t!==0;)e+=1,r/=e,t-=1;return r}}return DI(e,t)}q1.exports=BI});var M1=g((fG,T1)=>{"use strict";l();var UI=O1();T1.exports=UI});var C1=g((cG,L1)=>{"use strict";l();function $I(e){return e===0?.3999999999940942:.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}L1.exports=$I});var k1=g((mG,R1)=>{"use strict";l();function GI(e){return e===0?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}R1.exports=GI});var D1=g((pG,x1)=>{"use strict";l();var F1=ue(),VI=ir(),HI=V(),YI=ft(),jI=se(),WI=C1(),KI=k1(),Zn=.6931471803691238,zn=19082149292705877e-26,JI=0x40000000000000,XI=.3333333333333333,P1=1048575,QI=2146435072,ZI=1048576,zI=1072693248;function eN(e){var t,r,n,i,s,o,a,f,u,d,c,p;return e===0?jI:HI(e)||e<0?NaN:(r=F1(e),s=0,r<ZI&&(s-=54,e*=JI,r=F1(e)),r>=QI?e+e:(s+=(r>>20)-YI|0,r&=P1,f=r+614244&1048576|0,e=VI(e,r|f^zI),s+=f>>20|0,a=e-1,(P1&2+r)<3?a===0?s===0?0:s*Zn+s*zn:(o=a*a*(.5-XI*a),s===0?a-o:s*Zn-(o-s*zn-a)):(d=a/(2+a),p=d*d,f=r-398458|0,c=p*p,u=440401-r|0,i=c*WI(c),n=p*KI(c),f|=u,o=n+i,f>0?(t=.5*a*a,s===0?a-(t-d*(t+o)):s*Zn-(t-(d*(t+o)+s*zn)-a)):s===0?a-d*(a-o):s*Zn-(d*(a-o)-s*zn-a))))}x1.exports=eN});var oe=g((yG,B1)=>{"use strict";l();var tN=D1();B1.exports=tN});var G1=g((wG,$1)=>{"use strict";l();var rN=ue(),To=wo(),U1=_o(),nN=Io(),iN=ut(),sN=Br(),Xe=[0,0],oN=1072243195,aN=1044381696;function lN(e){var t,r;if(t=rN(e),t&=iN,t<=oN)return t<aN?1:To(e,0);if(t>=sN)return NaN;switch(r=nN(e,Xe),r&3){case 0:return To(Xe[0],Xe[1]);case 1:return-U1(Xe[0],Xe[1]);case 2:return-To(Xe[0],Xe[1]);default:return U1(Xe[0],Xe[1])}}$1.exports=lN});var H1=g((bG,V1)=>{"use strict";l();var fN=G1();V1.exports=fN});var W1=g((SG,j1)=>{"use strict";l();var uN=V(),cN=Lt(),Y1=H1(),Mo=Eo(),dN=$(),jr=En(),Wr=or();function mN(e){var t,r;return uN(e)?NaN:cN(e)?NaN:(r=e%2,t=dN(r),t===0||t===1?jr(0,r):t<.25?Mo(Wr*r):t<.75?(t=.5-t,jr(Y1(Wr*t),r)):t<1.25?(r=jr(1,r)-r,Mo(Wr*r)):t<1.75?(t-=1.5,-jr(Y1(Wr*t),r)):(r-=jr(2,r),Mo(Wr*r)))}j1.exports=mN});var J1=g((NG,K1)=>{"use strict";l();var hN=W1();K1.exports=hN});var Q1=g((qG,X1)=>{"use strict";l();function pN(e){return e===0?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}X1.exports=pN});var z1=g((TG,Z1)=>{"use strict";l();function gN(e){return e===0?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}Z1.exports=gN});var tg=g((LG,eg)=>{"use strict";l();function yN(e){return e===0?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}eg.exports=yN});var ng=g((RG,rg)=>{"use strict";l();function vN(e){return e===0?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}rg.exports=vN});var sg=g((FG,ig)=>{"use strict";l();function wN(e){return e===0?-.032788541075985965:-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}ig.exports=wN});var ag=g((xG,og)=>{"use strict";l();function _N(e){return e===0?.01797067508118204:.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}og.exports=_N});var fg=g((BG,lg)=>{"use strict";l();function bN(e){return e===0?-.010314224129834144:-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}lg.exports=bN});var cg=g(($G,ug)=>{"use strict";l();function AN(e){return e===0?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}ug.exports=AN});var mg=g((VG,dg)=>{"use strict";l();function SN(e){return e===0?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}dg.exports=SN});var pg=g((YG,hg)=>{"use strict";l();function IN(e){return e===0?.08333333333333297:.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}hg.exports=IN});var vg=g((WG,yg)=>{"use strict";l();var NN=V(),EN=Lt(),qN=$(),lr=oe(),ON=An(),TN=J1(),MN=or(),Lo=H(),LN=Q1(),CN=z1(),RN=tg(),kN=ng(),FN=sg(),PN=ag(),xN=fg(),DN=cg(),BN=mg(),UN=pg(),$N=.07721566490153287,GN=.3224670334241136,VN=1,HN=-.07721566490153287,YN=.48383612272381005,jN=-.1475877229945939,WN=.06462494023913339,KN=-.07721566490153287,JN=1,XN=.4189385332046727,ei=1.4616321449683622,QN=4503599627370496,ZN=72057594037927940,zN=13877787807814457e-33,gg=1.4616321449683622,eE=-.12148629053584961,tE=-3638676997039505e-33;function rE(e){var t,r,n,i,s,o,a,f,u,d,c,p,h;if(NN(e)||EN(e))return e;if(e===0)return Lo;if(e<0?(t=!0,e=-e):t=!1,e<zN)return-lr(e);if(t){if(e>=QN||(u=TN(e),u===0))return Lo;r=lr(MN/qN(u*e))}if(e===1||e===2)return 0;if(e<2)switch(e<=.9?(h=-lr(e),e>=ei-1+.27?(c=1-e,n=0):e>=ei-1-.27?(c=e-(gg-1),n=1):(c=e,n=2)):(h=0,e>=ei+.27?(c=2-e,n=0):e>=ei-.27?(c=e-gg,n=1):(c=e-1,n=2)),n){case 0:p=c*c,o=$N+p*LN(p),s=p*(GN+p*CN(p)),a=c*o+s,h+=a-.5*c;break;case 1:p=c*c,d=p*c,o=YN+d*FN(d),s=jN+d*PN(d),i=WN+d*xN(d),a=p*o-(tE-d*(s+c*i)),h+=eE+a;break;case 2:o=c*(KN+c*DN(c)),s=JN+c*BN(c),h+=-.5*c+o/s;break}else if(e<8)switch(n=ON(e),c=e-n,a=c*(HN+c*kN(c)),f=VN+c*RN(c),h=.5*c+a/f,p=1,n){case 7:p*=c+6;case 6:p*=c+5;case 5:p*=c+4;case 4:p*=c+3;case 3:p*=c+2,h+=lr(p)}else e<ZN?(u=lr(e),p=1/e,c=p*p,d=XN+p*UN(c),h=(e-.5)*(u-1)+d):h=e*(lr(e)-1);return t&&(h=r-h),h}yg.exports=rE});var ti=g((JG,wg)=>{"use strict";l();var nE=vg();wg.exports=nE});var Qe=g((QG,_g)=>{"use strict";l();var iE=709.782712893384;_g.exports=iE});var Ag=g((zG,bg)=>{"use strict";l();var sE=14901161193847656e-24;bg.exports=sE});var Ig=g((tV,Sg)=>{"use strict";l();var oE=eval;Sg.exports=oE});var Eg=g((nV,Ng)=>{"use strict";l();var aE=Ig();function lE(){var e;try{aE(\\\'"use strict"; (function* () {})\\\'),e=!0}catch{e=!1}return e}Ng.exports=lE});var Co=g((sV,qg)=>{"use strict";l();var fE=Eg();qg.exports=fE});var Tg=g((aV,Og)=>{"use strict";l();var ri=$(),uE=Le(),cE=1e6;function dE(e,t){var r,n,i,s,o,a;if(a={},arguments.length>1&&(a=t),n=a.tolerance||uE,s=a.maxTerms||cE,o=a.initialValue||0,r=typeof e.next=="function",r===!0){for(i of e)if(o+=i,ri(n*o)>=ri(i)||--s===0)break}else do i=e(),o+=i;while(ri(n*o)<ri(i)&&--s);return o}Og.exports=dE});var Cg=g((fV,Lg)=>{"use strict";l();var Mg=$(),mE=Le(),hE=1e6;function pE(e,t){var r,n,i,s,o;o={},arguments.length>1&&(o=t),r=o.tolerance||mE,i=o.maxTerms||hE,s=o.initialValue||0;do n=e(),s+=n;while(Mg(r*s)<Mg(n)&&--i);return s}Lg.exports=pE});var fr=g((cV,Rg)=>{"use strict";l();var gE=Co(),yE=Tg(),vE=Cg(),Ro;gE()?Ro=yE:Ro=vE;Rg.exports=Ro});var Fg=g((mV,kg)=>{"use strict";l();function wE(e,t){var r=1,n=e,i=t;return s;function s(){var o=r;return r*=n/i,n-=1,o}}kg.exports=wE});var xg=g((pV,Pg)=>{"use strict";l();var _E=fr(),bE=Fg();function AE(e,t){var r,n;return n=bE(e,t),r=_E(n),r}Pg.exports=AE});var Bg=g((yV,Dg)=>{"use strict";l();var SE=Z();function IE(e,t){var r,n,i,s;if(i=SE(-t),n=i,n!==0)for(r=n,s=1;s<e;++s)r/=s,r*=t,n+=r;return n}Dg.exports=IE});var Gg=g((wV,$g)=>{"use strict";l();var NE=Tn(),Ug=Ne(),EE=Z(),qE=or();function OE(e,t){var r,n,i,s,o;if(s=NE(Ug(t)),s!==0&&e>1){for(n=EE(-t)/Ug(qE*t),n*=t,r=.5,n/=r,i=n,o=2;o<e;++o)n/=o-r,n*=t,i+=n;s+=i}return s}$g.exports=OE});var Bt=g((bV,Vg)=>{"use strict";l();var TE=-708.3964185322641;Vg.exports=TE});var Wg=g((SV,jg)=>{"use strict";l();var ur=Z(),ni=re(),ME=oe(),Hg=Qe(),Yg=Bt();function LE(e,t){var r,n;return n=e*ME(t),t>=1?n<Hg&&-t>Yg?r=ni(t,e)*ur(-t):e>=1?r=ni(t/ur(t/e),e):r=ur(n-t):n>Yg?r=ni(t,e)*ur(-t):t/e<Hg?r=ni(t/ur(t/e),e):r=ur(n-t),r}jg.exports=LE});var ko=g((NV,Kg)=>{"use strict";l();function CE(e,t){var r,n;if(n=e.length,n<2||t===0)return n===0?0:e[0];for(n-=1,r=e[n]*t+e[n-1],n-=2;n>=0;)r=r*t+e[n],n-=1;return r}Kg.exports=CE});var Xg=g((qV,Jg)=>{"use strict";l();var RE=Function;Jg.exports=RE});var Zg=g((TV,Qg)=>{"use strict";l();var kE=Xg();Qg.exports=kE});var e2=g((LV,zg)=>{"use strict";l();var FE=Zg(),PE=ko();function xE(e){var t,r,n,i;if(e.length>500)return s;if(t="return function evalpoly(x){",r=e.length,r===0)t+="return 0.0;";else if(r===1)t+="return "+e[0]+";";else{for(t+="if(x===0.0){return "+e[0]+";}",t+="return "+e[0],n=r-1,i=1;i<r;i++)t+="+x*",i<n&&(t+="("),t+=e[i];for(i=0;i<n-1;i++)t+=")";t+=";"}return t+="}",t+="//# sourceURL=evalpoly.factory.js",new FE(t)();function s(o){return PE(e,o)}}zg.exports=xE});var n2=g((RV,r2)=>{"use strict";l();var DE=Fr(),t2=ko(),BE=e2();DE(t2,"factory",BE);r2.exports=t2});var s2=g((FV,i2)=>{"use strict";l();function UE(e){var t=-e,r=-1,n=0;return i;function i(){return r*=t,n+=1,r/n}}i2.exports=UE});var a2=g((xV,o2)=>{"use strict";l();var $E=$(),GE=oe(),VE=Le(),HE=fr(),YE=s2();function jE(e){var t,r;return e<=-1?NaN:(r=$E(e),r>.95?GE(1+e)-e:r<VE?-e*e/2:(t={initialValue:-e},HE(YE(e),t)))}o2.exports=jE});var Fo=g((BV,l2)=>{"use strict";l();var WE=a2();l2.exports=WE});var u2=g(($V,f2)=>{"use strict";l();var KE=6.283185307179586;f2.exports=KE});var d2=g((VV,c2)=>{"use strict";l();function JE(e){return e===0?-.3333333333333333:-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8296711340953087e-22+e*(-17665952736826078e-23+e*(6707853543401498e-24+e*(10261809784240309e-24+e*(-4382036018453353e-24+e*914769958223679e-24)))))))))))))}c2.exports=JE});var h2=g((YV,m2)=>{"use strict";l();function XE(e){return e===0?-.001851851851851852:-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4018775720164609e-22+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4647127802807434e-24+e*(1378633446915721e-22+e*(-5752545603517705e-23+e*11951628599778148e-24)))))))))))}m2.exports=XE});var g2=g((WV,p2)=>{"use strict";l();function QE(e){return e===0?.004133597883597883:.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3423578734096138e-23+e*(13721957309062932e-22+e*(-6298992138380055e-22+e*14280614206064242e-23)))))))))}p2.exports=QE});var v2=g((JV,y2)=>{"use strict";l();function ZE(e){return e===0?.0006494341563786008:.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2396505113867297e-22+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}y2.exports=ZE});var _2=g((QV,w2)=>{"use strict";l();function zE(e){return e===0?-.0008618882909167117:-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}w2.exports=zE});var A2=g((zV,b2)=>{"use strict";l();function eq(e){return e===0?-.00033679855336635813:-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1419062920643967e-22+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}b2.exports=eq});var I2=g((tH,S2)=>{"use strict";l();function tq(e){return e===0?.0005313079364639922:.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7902353232660328e-22+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}S2.exports=tq});var E2=g((nH,N2)=>{"use strict";l();function rq(e){return e===0?.00034436760689237765:.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}N2.exports=rq});var O2=g((sH,q2)=>{"use strict";l();function nq(e){return e===0?-.0006526239185953094:-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}q2.exports=nq});var M2=g((aH,T2)=>{"use strict";l();var iq=n2(),sq=Fo(),oq=Tn(),Po=Ne(),aq=Z(),lq=u2(),fq=d2(),uq=h2(),cq=g2(),dq=v2(),mq=_2(),hq=A2(),pq=I2(),gq=E2(),yq=O2(),Ee=[0,0,0,0,0,0,0,0,0,0];function vq(e,t){var r,n,i,s,o;return n=(t-e)/e,i=-sq(n),s=e*i,o=Po(2*i),t<e&&(o=-o),Ee[0]=fq(o),Ee[1]=uq(o),Ee[2]=cq(o),Ee[3]=dq(o),Ee[4]=mq(o),Ee[5]=hq(o),Ee[6]=pq(o),Ee[7]=gq(o),Ee[8]=yq(o),Ee[9]=-.0005967612901927463,r=iq(Ee,1/e),r*=aq(-s)/Po(lq*e),t<e&&(r=-r),r+=oq(Po(s))/2,r}T2.exports=vq});var C2=g((fH,L2)=>{"use strict";l();function wq(e,t){var r=1,n=e,i=t;return s;function s(){var o=r;return n+=1,r*=i/n,o}}L2.exports=wq});var xo=g((cH,R2)=>{"use strict";l();var _q=fr(),bq=C2();function Aq(e,t,r){var n,i;return r=r||0,i=bq(e,t),n=_q(i,{initialValue:r}),n}R2.exports=Aq});var F2=g((mH,k2)=>{"use strict";l();function Sq(e){var t,r,n;return e===0?1/0:(e<0?t=-e:t=e,t<=1?(r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),r/n)}k2.exports=Sq});var x2=g((pH,P2)=>{"use strict";l();var Iq=F2();P2.exports=Iq});var Kr=g((yH,D2)=>{"use strict";l();var Nq=x2();D2.exports=Nq});var $2=g((wH,U2)=>{"use strict";l();var Eq=Kr(),qq=ti(),Oq=gt(),Tq=Fo(),Mq=Ne(),Lq=$(),yt=Z(),Jr=re(),Do=Gr(),Bo=sr(),B2=oe(),Cq=Vn(),ii=Qe(),Xr=Bt(),Uo=ar(),Rq=xt();function kq(e,t){var r,n,i,s,o,a,f;return i=e+Uo-.5,f=(t-e-Uo+.5)/i,e<1?t<=Xr||e<1/Cq?yt(e*B2(t)-t-qq(e)):Jr(t,e)*yt(-t)/Oq(e):(Lq(f*f*e)<=100&&e>150?(r=e*Tq(f)+t*(.5-Uo)/i,r=yt(r)):(s=e*B2(t/i),o=e-t,Bo(s,o)<=Xr||Do(s,o)>=ii?(n=o/e,Bo(s,o)/2>Xr&&Do(s,o)/2<ii?(a=Jr(t/i,e/2)*yt(o/2),r=a*a):Bo(s,o)/4>Xr&&Do(s,o)/4<ii&&t>e?(a=Jr(t/i,e/4)*yt(o/4),r=a*a,r*=r):n>Xr&&n<ii?r=Jr(t*yt(n)/i,e):r=yt(s+o)):r=Jr(t/i,e)*yt(o)),r*=Mq(i/Rq)/Eq(e),r)}U2.exports=kq});var H2=g((bH,V2)=>{"use strict";l();var $o=V(),Fq=Lt(),G2=$(),Pq=Ur(),xq=oe(),Dq=re(),Bq=An();function Uq(e,t){var r,n;if($o(e)||$o(t))return NaN;if(t===0)return 0;if(e===0)return-1;if(e<0&&t%2===0&&(e=-e),e>0){if((G2(t*(e-1))<.5||G2(t)<.2)&&(n=xq(e)*t,n<.5))return Pq(n)}else if(Bq(t)!==t)return NaN;return r=Dq(e,t)-1,Fq(r)||$o(r)?NaN:r}V2.exports=Uq});var j2=g((SH,Y2)=>{"use strict";l();var $q=H2();Y2.exports=$q});var K2=g((NH,W2)=>{"use strict";l();function Gq(e){var t,r,n;return e===0?-.01803556856784494:(e<0?t=-e:t=e,t<=1?(r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0)))))),n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-22335276320861708e-23))))))):(e=1/e,r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494)))))),n=-22335276320861708e-23+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))),r/n)}W2.exports=Gq});var X2=g((qH,J2)=>{"use strict";l();function Vq(e){var t,r,n;return e===0?.04906224540690395:(e<0?t=-e:t=e,t<=1?(r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955))))),n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))):(e=1/e,r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395))))),n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))),r/n)}J2.exports=Vq});var Z2=g((TH,Q2)=>{"use strict";l();function Hq(e){var t,r,n;return e===0?-.029232972183027003:(e<0?t=-e:t=e,t<=1?(r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0))))),n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8271935218912905e-22)))))):(e=1/e,r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003))))),n=-8271935218912905e-22+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))),r/n)}Q2.exports=Hq});var ey=g((LH,z2)=>{"use strict";l();var Go=oe(),Yq=Le(),jq=K2(),Wq=X2(),Kq=Z2(),Jq=.15896368026733398,Xq=.5281534194946289,Qq=.45201730728149414;function Zq(e,t,r){var n,i,s,o;if(e<Yq)return-Go(e);if(t===0||r===0)return 0;if(i=0,e>2){if(e>=3){do e-=1,r-=1,i+=Go(e);while(e>=3);r=e-2}return s=r*(e+1),o=jq(r),i+=s*Jq+s*o,i}return e<1&&(i+=-Go(e),r=t,t=e,e+=1),e<=1.5?(s=Wq(t),n=t*r,i+=n*Xq+n*s,i):(s=r*t,o=Kq(-r),i+=s*Qq+s*o,i)}z2.exports=Zq});var sy=g((RH,iy)=>{"use strict";l();var ty=gt(),ry=Ur(),zq=We(),eO=V(),ny=ey();function tO(e){return eO(e)?NaN:e<0?e<-.5?ty(1+e)-1:ry(-zq(e)+ny(e+2,e+1,e)):e<2?ry(ny(e+1,e,e-1)):ty(1+e)-1}iy.exports=tO});var ay=g((FH,oy)=>{"use strict";l();var rO=sy();oy.exports=rO});var fy=g((xH,ly)=>{"use strict";l();function nO(e,t){var r,n,i,s;return r=-t,t=-t,n=e+1,i=1,o;function o(){return s=r/n,r*=t,i+=1,r/=i,n+=1,s}}ly.exports=nO});var cy=g((BH,uy)=>{"use strict";l();var iO=j2(),sO=fr(),oO=ay(),aO=fy();function lO(e,t,r){var n,i,s,o,a;return i=oO(e),s=(i+1)/e,o=iO(t,e),i-=o,i/=e,a=aO(e,t),o+=1,n=r?s:0,i=-o*sO(a,{initialValue:(n-i)/o}),r&&(i=-i),[i,s]}uy.exports=lO});var Vo=g(($H,dy)=>{"use strict";l();var fO=11754943508222875e-54;dy.exports=fO});var hy=g((VH,my)=>{"use strict";l();var si=$(),Ce=Vo(),uO=Le(),cO=1e6;function dO(e,t,r){var n,i,s,o,a,f,u;if(n=typeof e.next=="function",u=n?e.next().value:e(),o=u[1],s=u[0],o===0&&(o=Ce),a=o,f=0,n===!0)do u=e.next().value,u&&(f=u[1]+u[0]*f,f===0&&(f=Ce),a=u[1]+u[0]/a,a===0&&(a=Ce),f=1/f,i=a*f,o*=i);while(si(i-1)>t&&--r);else do u=e(),u&&(f=u[1]+u[0]*f,f===0&&(f=Ce),a=u[1]+u[0]/a,a===0&&(a=Ce),f=1/f,i=a*f,o*=i);while(u&&si(i-1)>t&&--r);return s/o}function mO(e,t,r){var n,i,s,o,a,f;if(n=typeof e.next=="function",f=n?e.next().value:e(),s=f[1],s===0&&(s=Ce),o=s,a=0,n===!0)do f=e.next().value,f&&(a=f[1]+f[0]*a,a===0&&(a=Ce),o=f[1]+f[0]/o,o===0&&(o=Ce),a=1/a,i=o*a,s*=i);while(f&&si(i-1)>t&&--r);else do f=e(),f&&(a=f[1]+f[0]*a,a===0&&(a=Ce),o=f[1]+f[0]/o,o===0&&(o=Ce),a=1/a,i=o*a,s*=i);while(f&&si(i-1)>t&&--r);return s}function hO(e,t){var r,n,i;return n={},arguments.length>1&&(n=t),r=n.maxIter||cO,i=n.tolerance||uO,n.keep?mO(e,i,r):dO(e,i,r)}my.exports=hO});var yy=g((YH,gy)=>{"use strict";l();var py=$(),pO=Le(),cr=Vo(),gO=1e6;function yO(e,t,r){var n,i,s,o,a,f;f=e(),a=f[1],i=f[0],a===0&&(a=cr),s=a,o=0;do f=e(),f&&(o=f[1]+f[0]*o,o===0&&(o=cr),s=f[1]+f[0]/s,s===0&&(s=cr),o=1/o,n=s*o,a*=n);while(f&&py(n-1)>t&&--r);return i/a}function vO(e,t,r){var n,i,s,o,a;a=e(),o=a[1],o===0&&(o=cr),i=o,s=0;do a=e(),a&&(s=a[1]+a[0]*s,s===0&&(s=cr),i=a[1]+a[0]/i,i===0&&(i=cr),s=1/s,n=i*s,o*=n);while(a&&py(n-1)>t&&--r);return o}function wO(e,t){var r,n,i;return n={},arguments.length>1&&(n=t),i=n.tolerance||pO,r=n.maxIter||gO,n.keep?vO(e,i,r):yO(e,i,r)}gy.exports=wO});var Yo=g((WH,vy)=>{"use strict";l();var _O=Co(),bO=hy(),AO=yy(),Ho;_O()?Ho=bO:Ho=AO;vy.exports=Ho});var _y=g((JH,wy)=>{"use strict";l();function SO(e,t){var r=t-e+1,n=e,i=0;return s;function s(){return i+=1,r+=2,[i*(n-i),r]}}wy.exports=SO});var jo=g((QH,by)=>{"use strict";l();var IO=Yo(),NO=_y();function EO(e,t){var r=NO(e,t);return 1/(t-e+1+IO(r))}by.exports=EO});var Ny=g((zH,Iy)=>{"use strict";l();var qO=Te(),Qr=gt(),Wo=$(),Ay=re(),OO=oe(),TO=Ag(),Sy=Vn(),MO=Qe(),LO=xg(),CO=Bg(),RO=Gg(),Ko=Wg(),kO=M2(),FO=xo(),Jo=$2(),PO=cy(),xO=jo();function DO(e,t,r,n){var i,s,o,a,f,u,d,c,p,h,y,v,w,b;switch(d=0,c=n,u=t<30&&t<=e+1&&e<MO,u?(w=qO(t),p=w===t,o=p?!1:Wo(w-t)===.5):(p=!1,o=!1),p&&e>.6?(c=!c,s=0):o&&e>.2?(c=!c,s=1):e<TO&&t>1?s=6:e>1e3&&(t<e||Wo(t-50)/e<1)?(c=!c,s=7):e<.5?-.4/OO(e)<t?s=2:s=3:e<1.1?e*.75<t?s=2:s=3:(f=!1,r&&t>20&&(h=Wo((e-t)/t),t>200?20/t>h*h&&(f=!0):h<.4&&(f=!0)),f?s=5:e-1/(3*e)<t?s=2:(s=4,c=!c)),s){case 0:d=CO(t,e),r===!1&&(d*=Qr(t));break;case 1:d=RO(t,e),r===!1&&(d*=Qr(t));break;case 2:d=r?Jo(t,e):Ko(t,e),d!==0&&(a=0,i=!1,c&&(a=r?1:Qr(t),r||d>=1||Sy*d>a?(a/=d,r||t<1||Sy/t>a?(a*=-t,i=!0):a=0):a=0),d*=FO(t,e,a)/t,i&&(c=!1,d=-d));break;case 3:c=!c,y=PO(t,e,c),d=y[0],b=y[1],c=!1,r&&(d/=b);break;case 4:d=r?Jo(t,e):Ko(t,e),d!==0&&(d*=xO(t,e));break;case 5:d=kO(t,e),e>=t&&(c=!c);break;case 6:d=r?Ay(e,t)/Qr(t+1):Ay(e,t)/t,d*=1-t*e/(t+1);break;case 7:d=r?Jo(t,e):Ko(t,e),d/=e,d!==0&&(d*=LO(t,e));break}return r&&d>1&&(d=1),c&&(v=r?1:Qr(t),d=v-d),d}Iy.exports=DO});var Ty=g((tY,Oy)=>{"use strict";l();var BO=ti(),UO=Z(),Re=oe(),$O=qo(),GO=Qe(),VO=H(),HO=Yr(),Ey=Ny(),qy=xo(),YO=jo();function jO(e,t,r,n){var i,s,o,a;return e<0||t<=0?NaN:(i=r===void 0?!0:r,o=n,t>=HO&&!i?(o&&t*4<e?(a=t*Re(e)-e,a+=Re(YO(t,e))):!o&&t>4*e?(a=t*Re(e)-e,s=0,a+=Re(qy(t,e,s)/t)):(a=Ey(e,t,!0,o),a===0?o?(a=1+1/(12*t)+1/(288*t*t),a=Re(a)-t+(t-.5)*Re(t),a+=Re($O)):(a=t*Re(e)-e,s=0,a+=Re(qy(t,e,s)/t)):a=Re(a)+BO(t)),a>GO?VO:UO(a)):Ey(e,t,i,o))}Oy.exports=jO});var Ly=g((nY,My)=>{"use strict";l();var WO=Ty();My.exports=WO});var Fy=g((sY,ky)=>{"use strict";l();var dr=Z(),oi=re(),KO=oe(),Cy=Qe(),Ry=Bt();function JO(e,t){var r,n;return n=e*KO(t),t>=1?n<Cy&&-t>Ry?r=oi(t,e)*dr(-t):e>=1?r=oi(t/dr(t/e),e):r=dr(n-t):n>Ry?r=oi(t,e)*dr(-t):t/e<Cy?r=oi(t/dr(t/e),e):r=dr(n-t),r}ky.exports=JO});var Dy=g((aY,xy)=>{"use strict";l();var XO=Kr(),QO=ti(),ZO=gt(),zO=We(),eT=Ne(),tT=$(),vt=Z(),Zr=re(),Xo=Gr(),Qo=sr(),Py=oe(),ai=Qe(),zr=Bt(),Zo=ar(),rT=xt();function nT(e,t){var r,n,i,s,o,a,f;return i=e+Zo-.5,f=(t-e-Zo+.5)/i,e<1?t<=zr?vt(e*Py(t)-t-QO(e)):Zr(t,e)*vt(-t)/ZO(e):(tT(f*f*e)<=100&&e>150?(r=e*(zO(f)-f)+t*(.5-Zo)/i,r=vt(r)):(s=e*Py(t/i),o=e-t,Qo(s,o)<=zr||Xo(s,o)>=ai?(n=o/e,Qo(s,o)/2>zr&&Xo(s,o)/2<ai?(a=Zr(t/i,e/2)*vt(o/2),r=a*a):Qo(s,o)/4>zr&&Xo(s,o)/4<ai&&t>e?(a=Zr(t/i,e/4)*vt(o/4),r=a*a,r*=r):n>zr&&n<ai?r=Zr(t*vt(n)/i,e):r=vt(s+o)):r=Zr(t/i,e)*vt(o)),r*=eT(i/rT)/XO(e),r)}xy.exports=nT});var Vy=g((fY,Gy)=>{"use strict";l();var iT=M1(),By=Oo(),sT=Ly(),oT=We(),li=$(),Uy=re(),aT=oe(),lT=er(),$y=Le(),fT=Fy(),uT=Dy(),wt=new Array(30);function cT(e,t,r,n,i,s,o){var a,f,u,d,c,p,h,y,v,w,b,_,A,I,N,E,q,T;if(p=t-1,q=e+p/2,n<.35?w=oT(-n):w=aT(r),T=-q*w,_=uT(t,T),_<=lT)return i;for(o?(a=_/iT(e,t),a/=Uy(q,t)):a=fT(t,T)/Uy(q,t),a*=s,wt[0]=1,A=sT(T,t,!0,!0),A/=_,d=i+a*A,u=1,h=w/2,h*=h,y=1,b=4*q*q,c=t,N=1;N<wt.length;++N){for(u+=2,wt[N]=0,v=t-N,f=3,I=1;I<N;++I)v=I*t-N,wt[N]+=v*wt[N-I]/By(f),f+=2;if(wt[N]/=N,wt[N]+=p/By(u),A=(c*(c+1)*A+(T+c+1)*y)/b,y*=h,c+=2,E=a*wt[N]*A,d+=E,E>1){if(li(E)<li($y*d))break}else if(li(E/$y)<li(d))break}return d}Gy.exports=cT});var Yy=g((cY,Hy)=>{"use strict";l();function dT(e,t,r){var n,i;if(r===0)return 1;for(n=1,i=0;i<r;i++)n*=(e+i)/(t+i);return n}Hy.exports=dT});var Ky=g((mY,Wy)=>{"use strict";l();var jy=$(),mT=Gr();function hT(e,t){return mT(jy(e),jy(t))}Wy.exports=hT});var Xy=g((pY,Jy)=>{"use strict";l();var pT=Ky();Jy.exports=pT});var zy=g((yY,Zy)=>{"use strict";l();var Qy=$(),gT=sr();function yT(e,t){return gT(Qy(e),Qy(t))}Zy.exports=yT});var tv=g((wY,ev)=>{"use strict";l();var vT=zy();ev.exports=vT});var ui=g((bY,iv)=>{"use strict";l();var zo=Kr(),wT=Xy(),_T=tv(),rv=Ur(),_t=We(),nv=Ne(),fi=$(),ke=Z(),Fe=re(),bT=sr(),ve=oe(),Pe=Qe(),mr=Bt(),ea=ar(),AT=xt();function ST(e,t,r,n,i){var s,o,a,f,u,d,c,p,h,y,v,w,b,_;if(!i)return Fe(r,e)*Fe(n,t);if(b=e+t,f=e+ea-.5,u=t+ea-.5,d=b+ea-.5,s=zo(b),s/=zo(e)*zo(t),s*=nv(u/AT),s*=nv(f/d),c=(r*t-n*f)/f,p=(n*e-r*u)/u,_T(c,p)<.2)if(c*p>0||bT(e,t)<1)fi(c)<.1?s*=ke(e*_t(c)):s*=Fe(r*d/f,e),fi(p)<.1?s*=ke(t*_t(p)):s*=Fe(n*d/u,t);else if(wT(c,p)<.5)o=e<t,a=t/e,o&&a*p<.1||!o&&c/a>.1?(h=rv(a*_t(p)),h=c+h+h*c,h=e*_t(h),s*=ke(h)):(h=rv(_t(c)/a),h=p+h+h*p,h=t*_t(h),s*=ke(h));else if(fi(c)<fi(p))if(_=e*_t(c)+t*ve(n*d/u),_<=mr||_>=Pe){if(_+=ve(s),_>=Pe)return NaN;s=ke(_)}else s*=ke(_);else if(_=t*_t(p)+e*ve(r*d/f),_<=mr||_>=Pe){if(_+=ve(s),_>=Pe)return NaN;s=ke(_)}else s*=ke(_);else if(v=r*d/f,w=n*d/u,c=e*ve(v),p=t*ve(w),c>=Pe||c<=mr||p>=Pe||p<=mr)if(e<t)if(y=Fe(w,t/e),h=e*(ve(v)+ve(y)),h<Pe&&h>mr)s*=Fe(y*v,e);else{if(p+=c+ve(s),p>=Pe)return NaN;s=ke(p)}else if(y=Fe(v,e/t),h=(ve(y)+ve(w))*t,h<Pe&&h>mr)s*=Fe(y*w,t);else{if(p+=c+ve(s),p>=Pe)return NaN;s=ke(p)}else s*=Fe(v,e)*Fe(w,t);return s}iv.exports=ST});var ov=g((SY,sv)=>{"use strict";l();var IT=Yo(),NT=ui(),ET={keep:!0,maxIter:1e3};function qT(e,t,r,n){var i=0;return s;function s(){var o,a,f;return a=(e+i-1)*(e+t+i-1)*i*(t-i)*r*r,o=e+2*i-1,a/=o*o,f=i,f+=i*(t-i)*r/(e+2*i-1),f+=(e+i)*(e*n-t*r+1+i*(2-r))/(e+2*i+1),i+=1,[a,f]}}function OT(e,t,r,n,i,s){var o,a,f;return o=NT(e,t,r,n,i),s&&(s[1]=o),o===0?o:(f=qT(e,t,r,n),a=IT(f,ET),o/a)}sv.exports=OT});var lv=g((NY,av)=>{"use strict";l();var TT=9007199254740991;av.exports=TT});var uv=g((qY,fv)=>{"use strict";l();function MT(e,t){var r=0,n;if(e===0)return t;if(t===0)return e;for(;(e&1)===0&&(t&1)===0;)e>>>=1,t>>>=1,r+=1;for(;(e&1)===0;)e>>>=1;for(;t;){for(;(t&1)===0;)t>>>=1;e>t&&(n=t,t=e,e=n),t-=e}return e<<r}fv.exports=MT});var dv=g((TY,cv)=>{"use strict";l();function LT(e,t){var r=1,n;if(e===0)return t;if(t===0)return e;for(;e%2===0&&t%2===0;)e/=2,t/=2,r*=2;for(;e%2===0;)e/=2;for(;t;){for(;t%2===0;)t/=2;e>t&&(n=t,t=e,e=n),t-=e}return r*e}cv.exports=LT});var wv=g((LY,vv)=>{"use strict";l();var mv=V(),hv=Pt(),pv=H(),gv=se(),yv=vo(),CT=uv(),RT=dv();function kT(e,t){return mv(e)||mv(t)?NaN:e===pv||t===pv||e===gv||t===gv?NaN:hv(e)&&hv(t)?(e<0&&(e=-e),t<0&&(t=-t),e<=yv&&t<=yv?CT(e,t):RT(e,t)):NaN}vv.exports=kT});var bv=g((RY,_v)=>{"use strict";l();var FT=wv();_v.exports=FT});var Nv=g((FY,Iv)=>{"use strict";l();var PT=lv(),xT=H(),Av=Pt(),Sv=V(),DT=Dn(),BT=Te(),UT=bv();function ta(e,t){var r,n,i,s,o,a,f;if(Sv(e)||Sv(t))return NaN;if(!Av(e)||!Av(t))return NaN;if(t<0||(n=1,e<0&&(e=-e+t-1,DT(t)&&(n*=-1)),t>e))return 0;if(t===0||t===e)return n;if(t===1||t===e-1)return n*e;for(e-t<t&&(t=e-t),f=BT(PT/e),r=1,o=1;o<=t&&!(r>f);o++)r*=e,r/=o,e-=1;return o>t?n*r:(i=ta(e,t-o+1),i===xT?n*i:(s=ta(t,t-o+1),a=UT(i,s),i/=a,s/=a,r/=s,n*r*i))}Iv.exports=ta});var qv=g((xY,Ev)=>{"use strict";l();var $T=Nv();Ev.exports=$T});var Mv=g((BY,Tv)=>{"use strict";l();var Ov=qv(),Ut=Te(),en=re(),GT=er();function VT(e,t,r,n){var i,s,o,a,f;if(s=en(r,e),s>GT)for(a=s,f=Ut(e-1);f>t;f--)a*=(f+1)*n/((e-f)*r),s+=a;else if(o=Ut(e*r),o<=t+1&&(o=Ut(t+2)),s=en(r,o)*en(n,e-o),s*=Ov(Ut(e),Ut(o)),s===0)for(f=o-1;f>t;f--)s+=en(r,f)*en(n,e-f),s*=Ov(Ut(e),Ut(f));else{for(a=s,i=s,f=o-1;f>t;f--)a*=(f+1)*n/((e-f)*r),s+=a;for(a=i,f=o+1;f<=e;f++)a*=(e-f+1)*r/(f*n),s+=a}return s}Tv.exports=VT});var Cv=g(($Y,Lv)=>{"use strict";l();var HT=ui();function YT(e,t,r,n,i,s,o){var a,f,u,d;if(a=HT(e,t,r,n,s),o&&(o[1]=a),a/=e,a===0)return a;for(u=1,f=1,d=0;d<i-1;++d)f*=(e+t+d)*r/(e+d+1),u+=f;return a*=u,a}Lv.exports=YT});var xv=g((VY,Pv)=>{"use strict";l();var ra=Kr(),jT=fr(),WT=We(),KT=Ne(),na=Z(),ci=re(),tn=oe(),JT=er(),Rv=Qe(),kv=Bt(),ia=ar(),XT=xt(),Fv={maxTerms:100};function QT(e,t,r,n){var i=1-t,s=1;return o;function o(){var a=n/e;return e+=1,n*=i*r/s,s+=1,i+=1,a}}function ZT(e,t,r,n,i,s,o){var a,f,u,d,c,p,h,y;return i?(h=e+t,f=e+ia-.5,u=t+ia-.5,d=h+ia-.5,a=ra(h)/(ra(e)*ra(t)),c=tn(d/u)*(t-.5),p=tn(r*d/f)*e,c>kv&&c<Rv&&p>kv&&p<Rv?(e*t<u*10?a*=na((t-.5)*WT(e/u)):a*=ci(d/u,t-.5),a*=ci(r*d/f,e),a*=KT(f/XT),s&&(s[1]=a*ci(o,t))):(a=tn(a)+c+p+(tn(f)-1)/2,s&&(s[1]=na(a+t*tn(o))),a=na(a))):a=ci(r,e),a<JT?n:(y=QT(e,t,r,a),Fv.initialValue=n,jT(y,Fv))}Pv.exports=ZT});var aa=g((YY,Hv)=>{"use strict";l();var zT=V(),eM=Ur(),di=Te(),Dv=We(),Bv=um(),we=Ah(),sa=Ne(),tM=Z(),rn=re(),rM=Gr(),Uv=sr(),mi=Vn(),$v=er(),nM=vo(),iM=$h(),Vv=or(),bt=Vy(),oa=Yy(),sM=ui(),Gv=ov(),oM=Mv(),nn=Cv(),xe=xv(),aM=1/Vv;function lM(e,t,r,n,i,s,o,a){var f,u,d,c,p,h,y,v,w,b,_,A;if(A=1-e,y=a,v=a+o,s[v]=-1,zT(e)||e<0||e>1)return s[y]=NaN,s[v]=NaN,s;if(n){if(t<0||r<0)return s[y]=NaN,s[v]=NaN,s;if(t===0){if(r===0)return s[y]=NaN,s[v]=NaN,s;if(r>0)return s[y]=i?0:1,s}else if(r===0&&t>0)return s[y]=i?1:0,s}else if(t<=0||r<=0)return s[y]=NaN,s[v]=NaN,s;return e===0?(t===1?s[v]=1:s[v]=t<1?mi/2:$v*2,i?(s[y]=n?1:we(t,r),s):(s[y]=0,s)):e===1?(r===1?s[v]=1:s[v]=r<1?mi/2:$v*2,i?s[y]=0:s[y]=n?1:we(t,r),s):t===.5&&r===.5?(s[v]=aM*sa(A*e),_=Bv(sa(i?A:e)),_/=iM,n||(_*=Vv),s[y]=_,s):(t===1&&(h=r,r=t,t=h,h=A,A=e,e=h,i=!i),r===1?t===1?(s[y]=i?A:e,s[v]=1,s):(s[v]=t*rn(e,t-1),A<.5?_=i?-eM(t*Dv(-A)):tM(t*Dv(-A)):_=i?-(rn(e,t)-1):rn(e,t),n||(_/=t),s[y]=_,s):(Uv(t,r)<=1?(e>.5&&(h=r,r=t,t=h,h=A,A=e,e=h,i=!i),rM(t,r)<=1?t>=Uv(.2,r)||rn(e,t)<=.9?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):(h=r,r=t,t=h,h=A,A=e,e=h,i=!i,A>=.3?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):(n?u=1:u=oa(t+r,t,20),d=nn(t,r,e,A,20,n,s),i?(d-=n?1:we(t,r),i=!1,d=-bt(t+20,r,e,A,d,u,n)):d=bt(t+20,r,e,A,d,u,n))):r<=1||e<.1&&rn(r*e,t)<=.7?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):(h=r,r=t,t=h,h=A,A=e,e=h,i=!i,A>=.3?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):t>=15?i?(d=-(n?1:we(t,r)),i=!1,d=-bt(t,r,e,A,d,1,n)):d=bt(t,r,e,A,0,1,n):(n?u=1:u=oa(t+r,t,20),d=nn(t,r,e,A,20,n,s),i?(d-=n?1:we(t,r),i=!1,d=-bt(t+20,r,e,A,d,u,n)):d=bt(t+20,r,e,A,d,u,n)))):(t<r?f=t-(t+r)*e:f=(t+r)*A-r,f<0&&(h=r,r=t,t=h,h=A,A=e,e=h,i=!i),r<40?di(t)===t&&di(r)===r&&t<nM-100?(w=t-1,b=r+w,d=oM(b,w,e,A),n||(d*=we(t,r))):r*e<=.7?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):t>15?(b=di(r),b===r&&(b-=1),c=r-b,n?u=1:u=oa(t+c,c,b),d=nn(c,t,A,e,b,n),d=bt(t,c,e,A,d,1,n),d/=u):n?(b=di(r),c=r-b,c<=0&&(b-=1,c+=1),d=nn(c,t,A,e,b,n),d+=nn(t,c,e,A,20,n),i&&(d-=1),d=bt(t+20,c,e,A,d,1,n),i&&(d=-d,i=!1)):d=Gv(t,r,e,A,n,s):d=Gv(t,r,e,A,n,s)),s[v]<0&&(s[v]=sM(t,r,e,A,!0)),p=A*e,s[v]!==0&&(mi*p<s[v]?s[v]=mi/2:s[v]/=p),s[y]=i?(n?1:we(t,r))-d:d,s))}Hv.exports=lM});var jv=g((WY,Yv)=>{"use strict";l();var fM=aa();function uM(e,t,r,n,i){return fM(e,t,r,n,i,[0,0],1,0)}Yv.exports=uM});var Jv=g((JY,Kv)=>{"use strict";l();var cM=Fr(),Wv=jv(),dM=aa();cM(Wv,"assign",dM);Kv.exports=Wv});var Qv=g((QY,Xv)=>{"use strict";l();var mM=Jv().assign;function hM(e,t,r,n,i){var s=[0,0];return n=n!==!1,i=i===!0,mM(e,t,r,n,i,s,1,0),s[0]}Xv.exports=hM});var zv=g((zY,Zv)=>{"use strict";l();var pM=Qv();Zv.exports=pM});l();l();l();function Il(e){return e.length!==1?[]:[`The aggregate is a single scenario (${e[0]}): every score is agreement with one reference benchmark, which the BenchBench paper (arXiv 2407.13696) warns against, since the ranking then depends on that benchmark\\\'s choices. List more scenarios under aggregate.scenarios.`]}l();l();l();var Ed=Sl(Tn(),1);l();l();function ct(e,t,r){if(r<8){let i=0;for(let s=0;s<r;s++)i+=e[t+s];return i}if(r<=128){let i=e[t],s=e[t+1],o=e[t+2],a=e[t+3],f=e[t+4],u=e[t+5],d=e[t+6],c=e[t+7],p=8;for(;p<r-r%8;p+=8){let y=t+p;i+=e[y],s+=e[y+1],o+=e[y+2],a+=e[y+3],f+=e[y+4],u+=e[y+5],d+=e[y+6],c+=e[y+7]}let h=i+s+(o+a)+(f+u+(d+c));for(;p<r;p++)h+=e[t+p];return h}let n=Math.floor(r/2);return n-=n%8,ct(e,t,n)+ct(e,t+n,r-n)}var J_=33,Sd=[],Vs=(()=>{let e=new Float64Array(171),t=1n;e[0]=1;for(let r=1;r<=170;r++)t*=BigInt(r),e[r]=Number(t);return e})();function Id(e,t){if(!Number.isInteger(e)||e<=0)throw new RangeError(`n (${e}) must be a positive integer`);let r=e*(e-1)/2;if(!Number.isInteger(t)||t<0||t>r)throw new RangeError(`the concordant count (${t}) must be an integer in [0, ${r}]`);let n=Math.min(t,r-t);if(e<=2)return 1;if(n===0)return e<171?2/Vs[e]:0;if(n===1)return e<172?2/Vs[e-1]:0;if(4*n===e*(e-1))return 1;let i;if(e<171){let s=e<=J_?X_(e):Hs(e,n+1,!1);i=2*ct(s,0,n+1)/Vs[e]}else i=ct(Hs(e,n+1,!0),0,n+1);return Math.min(1,Math.max(0,i))}function X_(e){let t=Sd[e];return t===void 0&&(t=Hs(e,Math.floor(e*(e-1)/4)+1,!1),Sd[e]=t),t}function Hs(e,t,r){let n=new Float64Array(t);n[0]=1,t>1&&(n[1]=1);for(let i=3;i<=e;i++){for(let s=1;s<t;s++)n[s]=n[s]+n[s-1];if(r)for(let s=0;s<t;s++)n[s]=n[s]/i;for(let s=t-1;s>=i;s--)n[s]=n[s]-n[s-i]}return n}l();var Mn=new Uint32Array(64);function Ln(e,t,r,n){Mn.length<t&&(Mn=new Uint32Array(Math.max(t,2*Mn.length)));for(let o=0;o<t;o++)e[o]=o;for(let o=0;o<t;o+=16){let a=Math.min(o+16,t);for(let f=o+1;f<a;f++){let u=e[f],d=r[u],c=n[u],p=f-1;for(;p>=o;){let h=e[p],y=r[h];if(y<d||y===d&&n[h]<=c)break;e[p+1]=h,p--}e[p+1]=u}}let i=e,s=Mn;for(let o=16;o<t;o*=2){for(let f=0;f<t;f+=2*o){let u=Math.min(f+o,t),d=Math.min(f+2*o,t),c=f,p=u,h=f;for(;c<u&&p<d;){let y=i[c],v=i[p],w=r[y],b=r[v];b<w||b===w&&n[v]<n[y]?(s[h++]=v,p++):(s[h++]=y,c++)}for(;c<u;)s[h++]=i[c++];for(;p<d;)s[h++]=i[p++]}let a=i;i=s,s=a}if(i!==e)for(let o=0;o<t;o++)e[o]=i[o]}var Ys=16,Me=new Float64Array(64),dt=new Float64Array(64),Rn=new Float64Array(64),kn=new Float64Array(64),Cn=new Uint32Array(64),rr=new Int32Array(64),nr=new Int32Array(64),Q_=16,z=new Float64Array(6),js=0,Ws=1,Ks=2,Js=3,Xs=4,Qs=5;function Fn(e,t){let r=e.length;if(t.length!==r)throw new RangeError(`x and y differ in length (${r} and ${t.length})`);if(r<2)return{statistic:NaN,pValue:NaN};Me.length<r&&e7(r);for(let c=0;c<r;c++){let p=e[c],h=t[c];if(Number.isNaN(p)||Number.isNaN(h))return{statistic:NaN,pValue:NaN};Me[c]=p,dt[c]=h}r<=Q_?z_(r):Z_(r);let n=z[js],i=z[Ws],s=z[Ks],o=z[Js],a=r*(r-1)/2;if(i===a||s===a)return{statistic:NaN,pValue:NaN};let f=a-i-s+o-2*n,u=Math.min(1,Math.max(-1,f/Math.sqrt(a-i)/Math.sqrt(a-s))),d;if(i===0&&s===0&&(r<=33||Math.min(n,a-n)<=1))d=Id(r,a-n);else{let c=z[Xs],p=z[Qs],h=2*c+18*i,y=2*p+18*s,v=r*(r-1),w=(v*(2*r+5)-h-y)/18+2*i*s/v+c*p/(9*v*(r-2)),b=f/Math.sqrt(w);d=(0,Ed.default)(Math.abs(b)*Math.SQRT1_2)}return{statistic:u,pValue:d}}function Z_(e){Ln(Cn,e,Me,dt);let t=0,r=1;for(let n=0;n<e;n++){let i=Cn[n];if(kn[n]=Me[i],Rn[n]=dt[i],n===0)continue;let s=Cn[n-1];Me[i]===Me[s]&&dt[i]===dt[s]?r++:(t+=r*(r-1)/2,r=1)}t+=r*(r-1)/2,z[Js]=t,Nd(kn,e,Ws,Xs),z[js]=t7(e),Nd(Rn,e,Ks,Qs)}function z_(e){let t=0,r=0,n=0,i=0;for(let a=0;a<e;a++)rr[a]=0,nr[a]=0;for(let a=0;a<e-1;a++){let f=Me[a],u=dt[a];for(let d=a+1;d<e;d++){let c=Me[d],p=dt[d];t+=+(f<c)&+(u>p)|+(f>c)&+(u<p),f===c&&(r++,rr[a]++,rr[d]++,u===p&&i++),u===p&&(n++,nr[a]++,nr[d]++)}}let s=0,o=0;for(let a=0;a<e;a++)s+=rr[a]*(rr[a]-1),o+=nr[a]*(nr[a]-1);z[js]=t,z[Ws]=r,z[Ks]=n,z[Js]=i,z[Xs]=s,z[Qs]=o}function e7(e){let t=Math.max(e,2*Me.length);Me=new Float64Array(t),dt=new Float64Array(t),Rn=new Float64Array(t),kn=new Float64Array(t),Cn=new Uint32Array(t),rr=new Int32Array(t),nr=new Int32Array(t)}function t7(e){let t=Rn,r=0;for(let s=0;s<e;s+=Ys){let o=Math.min(s+Ys,e);for(let a=s+1;a<o;a++){let f=t[a],u=a-1;for(;u>=s&&t[u]>f;)t[u+1]=t[u],u--;t[u+1]=f,r+=a-1-u}}let n=t,i=kn;for(let s=Ys;s<e;s*=2){for(let a=0;a<e;a+=2*s){let f=Math.min(a+s,e),u=Math.min(a+2*s,e),d=a,c=f,p=a;for(;d<f&&c<u;)n[c]<n[d]?(i[p++]=n[c++],r+=f-d):i[p++]=n[d++];for(;d<f;)i[p++]=n[d++];for(;c<u;)i[p++]=n[c++]}let o=n;n=i,i=o}if(n!==t)for(let s=0;s<e;s++)t[s]=n[s];return r}function Nd(e,t,r,n){let i=0,s=0,o=1;for(let a=1;a<=t;a++){if(a<t&&e[a]===e[a-1]){o++;continue}o>1&&(i+=o*(o-1)/2,s+=o*(o-1)*(o-2)),o=1}z[r]=i,z[n]=s}l();l();function Pn(e,t){let r=e.length;if(t.length!==r)throw new RangeError(`x and y differ in length (${r} and ${t.length})`);if(r<2)return!1;let n=e[0],i=t[0],s=!0,o=!0;for(let a=0;a<r;a++){let f=e[a],u=t[a];if(Number.isNaN(f)||Number.isNaN(u))return!1;f!==n&&(s=!1),u!==i&&(o=!1)}return!s&&!o}var xn={statistic:NaN,pValue:NaN};l();var hi=Sl(zv(),1);function e3(e,t){if(!(t>=3)||Number.isNaN(e))return NaN;let r=t/2-1;return Math.min(1,2*(0,hi.default)(.5*(1-Math.abs(e)),r,r))}function t3(e,t){if(!(t>0)||Number.isNaN(e))return NaN;let r=e*e;if(r===1/0)return 0;let n=t/(t+r);return n<=.5?Math.min(1,(0,hi.default)(n,t/2,.5)):Math.min(1,(0,hi.default)(r/(t+r),.5,t/2,!0,!0))}var ne=new Float64Array(64),_e=new Float64Array(64);function s3(e,t){if(!Pn(e,t))return xn;let r=e.length;if(ne.length<r&&(ne=new Float64Array(Math.max(r,2*ne.length)),_e=new Float64Array(ne.length)),ne.set(e),_e.set(t),r===2)return{statistic:Math.sign(e[1]-e[0])*Math.sign(t[1]-t[0]),pValue:1};let n=ct(ne,0,r)/r,i=ct(_e,0,r)/r;for(let u=0;u<r;u++)ne[u]=ne[u]-n,_e[u]=_e[u]-i;let s=hr(ne,ne,r),o=hr(_e,_e,r),a;r3(s)&&r3(o)||(i3(ne,r),i3(_e,r),s=hr(ne,ne,r),o=hr(_e,_e,r)),a=hr(ne,_e,r);let f=Math.max(-1,Math.min(1,a/Math.sqrt(s*o)));return{statistic:f,pValue:e3(f,r)}}var r3=e=>e>1e-150&&e<1e150;function hr(e,t,r){let n=0,i=0;for(let s=0;s<r;s++){let o=e[s],a=t[s],f=o*a,u=n3*o,d=u-(u-o),c=o-d;u=n3*a;let p=u-(u-a),h=a-p,y=c*h-(f-d*p-c*p-d*h),v=n+f,w=v-n,b=n-(v-w)+(f-w);n=v,i+=b+y}return n+i}var n3=134217729;function i3(e,t){let r=0;for(let a=0;a<t;a++)r=Math.max(r,Math.abs(e[a]));if(r===0||!Number.isFinite(r))return;let n=Math.floor(Math.log2(r)),i=Math.trunc(-n/2),s=2**i,o=2**(-n-i);for(let a=0;a<t;a++)e[a]=e[a]*s*o}l();l();var Ze=new Float64Array(64),sn=new Uint32Array(64);function pr(e,t){let r=e.length,n=t??new Float64Array(r);if(n.length<r)throw new RangeError(`out holds ${n.length} values, fewer than ${r}`);Ze.length<r&&(Ze=new Float64Array(Math.max(r,2*Ze.length)),sn=new Uint32Array(Ze.length));for(let s=0;s<r;s++)Ze[s]=e[s];Ln(sn,r,Ze,Ze);let i=0;for(;i<r;){let s=i+1;for(;s<r&&Ze[sn[s]]===Ze[sn[i]];)s++;let o=.5*(s+i+1);for(let a=i;a<s;a++)n[sn[a]]=o;i=s}return n}var gr=new Float64Array(64),la=new Float64Array(64);function o3(e,t){if(!Pn(e,t))return xn;let r=e.length;gr.length<r&&(gr=new Float64Array(Math.max(r,2*gr.length)),la=new Float64Array(gr.length)),pr(e,gr),pr(t,la);let n=(r+1)/2,i=0,s=0,o=0;for(let c=0;c<r;c++){let p=gr[c]-n,h=la[c]-n;i+=p*p,s+=h*h,o+=p*h}let a=1/(r-1),f=Math.max(-1,Math.min(1,o*a/Math.sqrt(s*a)/Math.sqrt(i*a))),u=r-2,d=f*Math.sqrt(Math.max(0,u/((f+1)*(1-f))));return{statistic:f,pValue:t3(d,u)}}function fa(e,t,r){switch(e){case"kendall":return Fn(t,r);case"pearson":return s3(t,r);case"spearman":return o3(t,r)}}l();function ua(e,t){if(!(t>=0&&t<=100))throw new RangeError(`percentile q (${t}) must be in [0, 100]`);let r=e.length;if(r===0)return NaN;let n=(r-1)*(t/100),i=Math.floor(n);if(i>=r-1)return e[r-1];let s=e[i],o=e[i+1],a=n-i,f=o-s;return a>=.5?o-f*(1-a):s+f*a}l();var on=class e{constructor(t){C(this,"s0");C(this,"s1");C(this,"s2");C(this,"s3");let r=t>>>0,n=()=>{r=r+2654435769|0;let i=r;return i=Math.imul(i^i>>>16,2246822507),i=Math.imul(i^i>>>13,3266489909),(i^i>>>16)>>>0};this.s0=n(),this.s1=n(),this.s2=n(),this.s3=n(),(this.s0|this.s1|this.s2|this.s3)===0&&(this.s0=1)}static for(...t){return new e($t(t))}nextUint32(){let t=Math.imul(a3(Math.imul(this.s1,5),7),9)>>>0,r=this.s1<<9;return this.s2^=this.s0,this.s3^=this.s1,this.s1^=this.s2,this.s0^=this.s3,this.s2^=r,this.s3=a3(this.s3,11),t}nextFloat(){let t=this.nextUint32()>>>5,r=this.nextUint32()>>>6;return(t*67108864+r)/9007199254740992}nextInt(t){let r=4294967296-4294967296%t,n=this.nextUint32();for(;n>=r;)n=this.nextUint32();return n%t}nextNormal(){let t=this.nextFloat();for(;t===0;)t=this.nextFloat();return Math.sqrt(-2*Math.log(t))*Math.cos(2*Math.PI*this.nextFloat())}sample(t,r,n,i){pi.length<r&&(pi=new Int32Array(r));for(let s=0;s<r;s++){let o=s+this.nextInt(t-s);pi[s]=o;let a=i[s];i[s]=i[o],i[o]=a,n[s]=i[s]}for(let s=r-1;s>=0;s--){let o=pi[s],a=i[s];i[s]=i[o],i[o]=a}}},pi=new Int32Array(16);function l3(e){let t=new Int32Array(e);for(let r=0;r<e;r++)t[r]=r;return t}var a3=(e,t)=>e<<t|e>>>32-t;function $t(e){let t=2166136261;for(let r of e){let n=typeof r=="number"?`#${r}`:`$${r}`;for(let i=0;i<n.length;i++)t^=n.charCodeAt(i),t=Math.imul(t,16777619);t^=31,t=Math.imul(t,16777619)}return t^=t>>>16,t=Math.imul(t,2246822507),t^=t>>>13,t=Math.imul(t,3266489909),t^=t>>>16,t>>>0}l();function f3(e,t,r,n){return t===0||t>=r?1:e==="random"||e==="adjacent"?n:1}function u3(e,t){return t?Int32Array.from(e).sort((r,n)=>{let i=t[r],s=t[n],o=Number.isNaN(i),a=Number.isNaN(s);return o!==a?o?1:-1:!o&&i!==s?s-i:r-n}):e}function gM(e,t,r,n){switch(e){case"top":return 0;case"bottom":return t-r;case"middle":return Math.floor(t/2)-Math.floor(r/2);case"adjacent":return n.nextInt(t-r+1)}}function yM(e,t,r,n,i){let s=r+n,o=(d,c)=>{if(!t)return!1;let p=t[e[d]],h=t[e[c]];return p===h||Number.isNaN(p)&&Number.isNaN(h)},a=r;for(;a>0&&o(a-1,r);)a--;let f=r;for(;f<s&&o(f,r);)f++;let u=0;for(let d=a;d<a+(f-r);d++)i[u++]=e[d];for(let d=f;d<s;d++)i[u++]=e[d]}function c3(e,t,r,n,i,s,o){let a=t.length;if(r===0||r>=a){i.set(t);return}if(e==="random"){n.sample(a,r,i,s);for(let f=0;f<r;f++)i[f]=t[i[f]];return}yM(t,o,gM(e,a,r,n),r,i)}var Gt=e=>"skipped"in e;function vi({x:e,y:t,ids:r,method:n,ranking:i}){let s=ca(e,t),o=Math.max(n.modelsPerSample,n.minCommonModels);if(s.length<o)return{skipped:`${s.length} shared models, fewer than the ${o} required`,nCommon:s.length};let a=n.modelsPerSample===0?s.length:Math.min(n.modelsPerSample,s.length),f=n.sampling==="random"?s:u3(s,i),u=f3(n.sampling,a,s.length,n.samples),[d,c]=r[0]<r[1]?r:[r[1],r[0]],p=$t([n.seed,n.sampling,a,d,c]),h=new Int32Array(a),y=l3(s.length),v=new Float64Array(a),w=new Float64Array(a),b=new Float64Array(u),_=0,A=0,I=0;for(let E=0;E<u;E++){c3(n.sampling,f,a,new on($t([p,E])),h,y,i);for(let B=0;B<a;B++)v[B]=e[h[B]],w[B]=t[h[B]];let{statistic:q,pValue:T}=fa(n.correlation,v,w);b[E]=q,!Number.isNaN(q)&&(_+=q,A+=T,I++)}let N=u>1?b:r[0]<=r[1]?yi(v,w,n,p):yi(w,v,n,p);return{nCommon:s.length,modelsPerSample:a,correlation:I?_/I:NaN,pValue:I?A/I:NaN,experiments:I,replicates:N,interval:da(N)}}function ca(e,t){gi.length<e.length&&(gi=new Int32Array(e.length));let r=0;for(let n=0;n<e.length;n++)e[n]===e[n]&&t[n]===t[n]&&(gi[r++]=n);return gi.slice(0,r)}var gi=new Int32Array(0);function yi(e,t,r,n){let i=e.length,s=Array.from({length:i},(c,p)=>p).sort((c,p)=>e[c]-e[p]||t[c]-t[p]),o=Float64Array.from(s,c=>e[c]),a=Float64Array.from(s,c=>t[c]),f=new Float64Array(i),u=new Float64Array(i),d=new Float64Array(r.samples);for(let c=0;c<r.samples;c++){let p=new on($t([n,"bootstrap",c]));for(let h=0;h<i;h++){let y=p.nextInt(i);f[h]=o[y],u[h]=a[y]}d[c]=fa(r.correlation,f,u).statistic}return d}function da(e){let t=new Float64Array(e.length),r=0;for(let n=0;n<e.length;n++)Number.isFinite(e[n])&&(t[r++]=e[n]);return vM(t.subarray(0,r).sort())}function vM(e){return e.length===0?null:[ua(e,5),ua(e,95)]}l();function wi(e,t){let r=e[0]?.length??0,n=new Int32Array(r);for(let o of e)for(let a=0;a<r;a++)Number.isNaN(o[a])||n[a]++;let i=new Float64Array(r),s=new Int32Array(r);for(let o of e){let a=[];for(let u=0;u<r;u++)n[u]>=t&&!Number.isNaN(o[u])&&a.push(u);if(a.length<2)continue;let f=Float64Array.from(a,u=>o[u]).sort();for(let u of a)i[u]+=wM(f,o[u])/(a.length-1),s[u]++}return Float64Array.from(i,(o,a)=>s[a]>0?o/s[a]:NaN)}function wM(e,t){let r=0,n=e.length;for(;r<n;){let i=r+n>>>1;e[i]<t?r=i+1:n=i}return r}var d3=e=>Math.max(1,Math.floor(e/3));l();function m3(e){let t=Array.prototype.filter.call(e,Number.isFinite).sort((n,i)=>i-n),r=new Float64Array(e.length);for(let n=0;n<e.length;n++){let i=e[n];r[n]=Number.isFinite(i)?1+ma(t,i+1e-9):NaN}return r}function ma(e,t){let r=0,n=e.length;for(;r<n;){let i=r+n>>>1;e[i]>t?r=i+1:n=i}return r}l();l();function an(e){let t=1/0,r=-1/0;for(let o=0;o<e.length;o++){let a=e[o];Number.isNaN(a)||(a<t&&(t=a),a>r&&(r=a))}let n=new Float64Array(e.length),i=r-t===1/0,s=i?r/2-t/2:r-t;for(let o=0;o<e.length;o++){let a=e[o],f=s>0?(i?a/2-t/2:a-t)/s:1;n[o]=Number.isNaN(a)?NaN:1-f}return n}function ze(e,t){let r=e.models.length;return e.values.subarray(t*r,(t+1)*r)}function h3(e,t,r){let n=new Float64Array(e.values.length+r.length);return n.set(e.values),n.set(r,e.values.length),{models:e.models,scenarios:[...e.scenarios,t],values:n}}l();l();function _M(e){if(e.length===0)return 0;var t=e[0],r=0,n;if(typeof t!="number")return Number.NaN;for(var i=1;i<e.length;i++){if(typeof e[i]!="number")return Number.NaN;n=t+e[i],Math.abs(t)>=Math.abs(e[i])?r+=t-n+e[i]:r+=e[i]-n+t,t=n}return t+r}function pa(e){if(e.length===0)throw new Error("mean requires at least one data point");return _M(e)/e.length}function bM(e,t){var r=pa(e),n=0,i,s;if(t===2)for(s=0;s<e.length;s++)i=e[s]-r,n+=i*i;else for(s=0;s<e.length;s++)n+=Math.pow(e[s]-r,t);return n}function AM(e){if(e.length<2)throw new Error("sampleVariance requires at least two data points");var t=bM(e,2),r=e.length-1;return t/r}function g3(e){var t=AM(e);return Math.sqrt(t)}function p3(e,t){var r=(e.length-1)*t;if(e.length===0)throw new Error("quantile requires at least one data point.");if(t<0||t>1)throw new Error("quantiles must be between 0 and 1");if(t===1)return e[e.length-1];if(t===0)return e[0];if(r%1!==0){var n=Math.floor(r),i=Math.ceil(r),s=r-n;return e[n]+s*(e[i]-e[n])}else return e[r]}function fn(e,t,r,n){for(r=r||0,n=n||e.length-1;n>r;){if(n-r>600){var i=n-r+1,s=t-r+1,o=Math.log(i),a=.5*Math.exp(2*o/3),f=.5*Math.sqrt(o*a*(i-a)/i);s-i/2<0&&(f*=-1);var u=Math.max(r,Math.floor(t-s*a/i+f)),d=Math.min(n,Math.floor(t+(i-s)*a/i+f));fn(e,t,u,d)}var c=e[t],p=r,h=n;for(ln(e,r,t),e[n]>c&&ln(e,r,n);p<h;){for(ln(e,p,h),p++,h--;e[p]<c;)p++;for(;e[h]>c;)h--}e[r]===c?ln(e,r,h):(h++,ln(e,h,n)),h<=t&&(r=h+1),t<=h&&(n=h-1)}}function ln(e,t,r){var n=e[t];e[t]=e[r],e[r]=n}function SM(e,t){var r=e.slice();if(Array.isArray(t)){NM(r,t);for(var n=[],i=0;i<t.length;i++)n[i]=p3(r,t[i]);return n}else{var s=y3(r.length,t);return IM(r,s,0,r.length-1),p3(r,t)}}function IM(e,t,r,n){t%1===0?fn(e,t,r,n):(t=Math.floor(t),fn(e,t,r,n),fn(e,t+1,t+1,n))}function NM(e,t){for(var r=new Set,n=0;n<t.length;n++){var i=y3(e.length,t[n]);r.add(Math.floor(i)),r.add(Math.ceil(i))}var s=Array.from(r).sort(EM);ha(e,s,0,s.length-1,0,e.length-1)}function ha(e,t,r,n,i,s){if(!(r>n)){var o=r+n>>1;fn(e,t[o],i,s),ha(e,t,r,o-1,i,t[o]-1),ha(e,t,o+1,n,t[o]+1,s)}}function EM(e,t){return e-t}function y3(e,t){var r=(e-1)*t;return t===1?e-1:t===0?0:(r%1!==0,r)}function bi(e){return+SM(e,.5)}function v3(e){for(var t=bi(e),r=[],n=0;n<e.length;n++)r.push(Math.abs(e[n]-t));return bi(r)}var w3=function(){this.totalCount=0,this.data={}};w3.prototype.train=function(t,r){this.data[r]||(this.data[r]={});for(var n in t){var i=t[n];this.data[r][n]===void 0&&(this.data[r][n]={}),this.data[r][n][i]===void 0&&(this.data[r][n][i]=0),this.data[r][n][i]++}this.totalCount++};w3.prototype.score=function(t){var r={},n;for(var i in t){var s=t[i];for(n in this.data)r[n]===void 0&&(r[n]={}),this.data[n][i]?r[n][i+"_"+s]=(this.data[n][i][s]||0)/this.totalCount:r[n][i+"_"+s]=0}var o={};for(n in r){o[n]=0;for(var a in r[n])o[n]+=r[n][a]}return o};var Vj=607/128,Hj=Math.log(Math.sqrt(2*Math.PI));var qM=Math.sqrt(2*Math.PI);function OM(e){for(var t=e,r=e,n=1;n<30;n++)r*=e*e/(2*n+1),t+=r;return Math.round((.5+t/qM*Math.exp(-e*e/2))*1e4)/1e4}var TM=[];for(_i=0;_i<=3.09;_i+=.01)TM.push(OM(_i));var _i;var Yj=Math.sqrt(2*Math.PI);var _3=function(){this.weights=[],this.bias=0};_3.prototype.predict=function(t){if(t.length!==this.weights.length)return null;for(var r=0,n=0;n<this.weights.length;n++)r+=this.weights[n]*t[n];return r+=this.bias,r>0?1:0};_3.prototype.train=function(t,r){if(r!==0&&r!==1)return null;t.length!==this.weights.length&&(this.weights=t.slice(),this.bias=1);var n=this.predict(t);if(typeof n=="number"&&n!==r){for(var i=r-n,s=0;s<this.weights.length;s++)this.weights[s]+=i*t[s];this.bias+=i}return this};var MM=16*Number.EPSILON;function ga(e){let t=Array.prototype.filter.call(e,Number.isFinite);if(t.length<2)return null;let r=g3(t),n=0;for(let i of t)n=Math.max(n,Math.abs(i));return r>MM*n?{mean:pa(t),sd:r}:null}function b3(e){let t=new Float64Array(e.length).fill(NaN),r=ga(e);if(!r)return t;for(let n=0;n<e.length;n++)t[n]=(e[n]-r.mean)/r.sd;return t}var LM="aggregate",CM=10;function Ai({matrix:e,aggregate:t,method:r,boards:n,checkpoint:i,reuse:s}){let{present:o,missing:a,minScenarios:f,row:u}=ya(e,t),d=u?{id:LM,row:u}:null;return{method:r,aggregate:{scenarios:o,missing:a,minScenariosPerModel:f,warnings:Il(o),scores:u?e.models.flatMap((c,p)=>Number.isNaN(u[p])?[]:[[c,u[p]]]):[]},boards:RM(e,d,r,n,new Set(o),i,s)}}function ya(e,t){let r=new Map(e.scenarios.map((a,f)=>[a,f])),n=t.scenarios.filter(a=>r.has(a)),i=t.scenarios.filter(a=>!r.has(a)),s=Math.min(t.minScenariosPerModel,n.length),o=n.length>=1?wi(n.map(a=>ze(e,r.get(a))),s):null;return{present:n,missing:i,minScenarios:s,row:o}}function RM(e,t,r,n,i=new Set,s,o){let a=new Map(e.scenarios.map((c,p)=>[c,p])),f=new Map;for(let c of[...new Set(n.flatMap(p=>p.scenarios))].sort()){s?.(c);let p=a.get(c);if(p===void 0)f.set(c,{skipped:"not in the catalog",nCommon:0});else if(!t)f.set(c,{skipped:"no aggregate scenario in the catalog",nCommon:0});else{let y={x:ze(e,p),y:t.row,ids:[c,t.id],method:r,ranking:t.row};f.set(c,o?o.agreement({...y,models:e.models}):vi(y))}}let u=new Map,d=c=>{let p=a.get(c);if(p===void 0)return 0;let h=u.get(c);if(h===void 0){let y=ze(e,p);h=0;for(let v=0;v<y.length;v++)y[v]===y[v]&&h++;u.set(c,h)}return h};return n.map(c=>kM(c,f,i,d))}function kM(e,t,r,n){let i=[...new Set(e.scenarios)].sort(),s=i.map(h=>t.get(h)),o=s.map(h=>Gt(h)?NaN:h.correlation),a=ga(o),f=b3(o),u=m3(f),{zIntervals:d,rankIntervals:c}=FM(s,a,f),p=i.map((h,y)=>{let v=s[y],w=A=>Number.isFinite(A)?A:null,b=[];if(v.nCommon>0&&v.nCommon<CM&&b.push(`only ${v.nCommon} models shared with the aggregate: the score is noisy`),Gt(v))return{scenario:h,models:n(h),nCommon:v.nCommon,modelsPerSample:0,experiments:0,agreement:null,pValue:null,agreementInterval:null,z:null,zInterval:null,rank:null,rankInterval:null,inAggregate:r.has(h),skipped:v.skipped,warnings:b};let _=Number.isFinite(v.correlation)?Number.isFinite(f[y])?null:"fewer than 2 scored scenarios or no spread among them":"every experiment had a constant score vector";return{scenario:h,models:n(h),nCommon:v.nCommon,modelsPerSample:v.modelsPerSample,experiments:v.experiments,agreement:w(v.correlation),pValue:w(v.pValue),agreementInterval:v.interval,z:w(f[y]),zInterval:_?null:d[y],rank:w(u[y]),rankInterval:_?null:c[y],inAggregate:r.has(h),skipped:_,warnings:b}});return p.sort((h,y)=>(h.rank??1/0)-(y.rank??1/0)||(h.scenario<y.scenario?-1:h.scenario>y.scenario?1:0)),{id:e.id,title:e.title,rows:p}}function FM(e,t,r){let n=Array.from(r).filter(Number.isFinite).sort((o,a)=>a-o),i=[],s=[];return e.forEach((o,a)=>{if(Gt(o)||!o.interval||!t||!Number.isFinite(r[a])){i.push(null),s.push(null);return}let f=(o.interval[0]-t.mean)/t.sd,u=(o.interval[1]-t.mean)/t.sd;i.push([f,u]);let d=c=>ma(n,c+1e-9)-(r[a]>c+1e-9?1:0);s.push([1+d(u),1+d(f)])}),{zIntervals:i,rankIntervals:s}}l();l();var O={severities:["error"]},At={severities:["warning"]},yr={severities:["note"]},PM={"not-a-folder":O,"unreadable-file":O,"too-deep":O,"path-escape":O,symlink:O,submodule:O,"not-a-file":O,"limit-file-bytes":O,"limit-total-bytes":{severities:["error"],hint:"Raise limits.max_total_bytes in benchbench.yaml, or keep the catalog smaller."},utf16:O,"invalid-utf8":O,"nul-byte":O,"yaml-syntax":O,"yaml-duplicate-key":O,"yaml-tag":O,"yaml-alias":O,"limit-yaml-chars":O,"limit-yaml-depth":O,"limit-yaml-keys":O,"unknown-key":O,"missing-key":O,"wrong-type":O,"invalid-value":O,"duplicate-value":O,"missing-config":O,"missing-metadata":O,"orphan-metadata":At,"unknown-file":yr,"duplicate-benchmark-id":O,"duplicate-scenario":{severities:["error","warning"]},"duplicate-model":{severities:["error","note"]},"empty-scenario":At,"unknown-scenario":{severities:["warning","error"]},"conflicting-direction":O,"unknown-aggregate-scenario":At,"preset-scenario-absent":{severities:["note"],hint:"Nothing to do, unless the catalog should have it: add its results, with `scenarios.<id>.name` set to that display name."},"aggregate-too-small":O,"unknown-leaderboard-scenario":At,"model-id-not-normalised":At,"alias-conflict":O,"empty-model-id":O,"empty-file":O,"no-rows":O,"csv-syntax":O,"missing-model-column":O,"empty-column-name":O,"duplicate-column":{severities:["error","warning"]},"column-count":O,"short-row":{severities:["warning","note"]},"empty-model":O,"empty-scenario-name":O,"non-numeric-score":O,"non-finite-score":O,"spreadsheet-formula":O,"missing-score":yr,"limit-rows":O,"limit-columns":O,"limit-time":O,"limit-files":O,"limit-issues":{severities:["error"],hint:"Fix the issues shown first: they often cause the rest."},"invisible-character":O,"limit-cell-chars":O,"config-from-base":yr,"unmatched-model":yr,"unsafe-file-name":O,"unrecognised-file-name":yr,"invalid-snapshot":At,"unknown-lower-is-better":At,"unsupported-long-format":O,"blank-column-name":O,"duplicate-scenario-column":yr,"missing-model":O,"long-row":O,"invalid-score":O,"scenario-id-collision":At};function Vt(e){let t=PM[e.code],r=e.severity??t.severities[0];if(!t.severities.includes(r))throw new Error(`issue code ${e.code} is never a ${r} (ISSUE_CODES)`);let n=t.hint??e.hint;return{severity:r,code:e.code,file:e.file,...e.line!==void 0&&{line:e.line},...e.column!==void 0&&{column:e.column},message:e.message,...n!==void 0&&{hint:n}}}l();l();var et=new Uint32Array(65536),xM=(e,t)=>{let r=e.length,n=t.length,i=1<<r-1,s=-1,o=0,a=r,f=r;for(;f--;)et[e.charCodeAt(f)]|=1<<f;for(f=0;f<n;f++){let u=et[t.charCodeAt(f)],d=u|o;u|=(u&s)+s^s,o|=~(u|s),s&=u,o&i&&a++,s&i&&a--,o=o<<1|1,s=s<<1|~(d|o),o&=d}for(f=r;f--;)et[e.charCodeAt(f)]=0;return a},DM=(e,t)=>{let r=t.length,n=e.length,i=[],s=[],o=Math.ceil(r/32),a=Math.ceil(n/32);for(let y=0;y<o;y++)s[y]=-1,i[y]=0;let f=0;for(;f<a-1;f++){let y=0,v=-1,w=f*32,b=Math.min(32,n)+w;for(let _=w;_<b;_++)et[e.charCodeAt(_)]|=1<<_;for(let _=0;_<r;_++){let A=et[t.charCodeAt(_)],I=s[_/32|0]>>>_&1,N=i[_/32|0]>>>_&1,E=A|y,q=((A|N)&v)+v^v|A|N,T=y|~(q|v),B=v&q;T>>>31^I&&(s[_/32|0]^=1<<_),B>>>31^N&&(i[_/32|0]^=1<<_),T=T<<1|I,B=B<<1|N,v=B|~(E|T),y=T&E}for(let _=w;_<b;_++)et[e.charCodeAt(_)]=0}let u=0,d=-1,c=f*32,p=Math.min(32,n-c)+c;for(let y=c;y<p;y++)et[e.charCodeAt(y)]|=1<<y;let h=n;for(let y=0;y<r;y++){let v=et[t.charCodeAt(y)],w=s[y/32|0]>>>y&1,b=i[y/32|0]>>>y&1,_=v|u,A=((v|b)&d)+d^d|v|b,I=u|~(A|d),N=d&A;h+=I>>>n-1&1,h-=N>>>n-1&1,I>>>31^w&&(s[y/32|0]^=1<<y),N>>>31^b&&(i[y/32|0]^=1<<y),I=I<<1|w,N=N<<1|b,d=N|~(_|I),u=I&_}for(let y=c;y<p;y++)et[e.charCodeAt(y)]=0;return h},va=(e,t)=>{if(e.length<t.length){let r=t;t=e,e=r}return t.length===0?e.length:e.length<=32?xM(e,t):DM(e,t)};l();l();l();l();l();l();var Si=Symbol.for("yaml.alias"),S3=Symbol.for("yaml.document"),De=Symbol.for("yaml.map"),wa=Symbol.for("yaml.pair"),vr=Symbol.for("yaml.scalar"),St=Symbol.for("yaml.seq"),ce=Symbol.for("yaml.node.type"),be=e=>!!e&&typeof e=="object"&&e[ce]===Si,Be=e=>!!e&&typeof e=="object"&&e[ce]===S3,Ue=e=>!!e&&typeof e=="object"&&e[ce]===De,P=e=>!!e&&typeof e=="object"&&e[ce]===wa,F=e=>!!e&&typeof e=="object"&&e[ce]===vr,qe=e=>!!e&&typeof e=="object"&&e[ce]===St;function G(e){if(e&&typeof e=="object")switch(e[ce]){case De:case St:return!0}return!1}function D(e){if(e&&typeof e=="object")switch(e[ce]){case Si:case De:case vr:case St:return!0}return!1}var Ii=e=>(F(e)||G(e))&&!!e.anchor;l();var ae=Symbol("break visit"),I3=Symbol("skip children"),$e=Symbol("remove node");function tt(e,t){let r=N3(t);Be(e)?wr(null,e.contents,r,Object.freeze([e]))===$e&&(e.contents=null):wr(null,e,r,Object.freeze([]))}tt.BREAK=ae;tt.SKIP=I3;tt.REMOVE=$e;function wr(e,t,r,n){let i=E3(e,t,r,n);if(D(i)||P(i))return q3(e,n,i),wr(e,i,r,n);if(typeof i!="symbol"){if(G(t)){n=Object.freeze(n.concat(t));for(let s=0;s<t.items.length;++s){let o=wr(s,t.items[s],r,n);if(typeof o=="number")s=o-1;else{if(o===ae)return ae;o===$e&&(t.items.splice(s,1),s-=1)}}}else if(P(t)){n=Object.freeze(n.concat(t));let s=wr("key",t.key,r,n);if(s===ae)return ae;s===$e&&(t.key=null);let o=wr("value",t.value,r,n);if(o===ae)return ae;o===$e&&(t.value=null)}}return i}async function Ni(e,t){let r=N3(t);Be(e)?await _r(null,e.contents,r,Object.freeze([e]))===$e&&(e.contents=null):await _r(null,e,r,Object.freeze([]))}Ni.BREAK=ae;Ni.SKIP=I3;Ni.REMOVE=$e;async function _r(e,t,r,n){let i=await E3(e,t,r,n);if(D(i)||P(i))return q3(e,n,i),_r(e,i,r,n);if(typeof i!="symbol"){if(G(t)){n=Object.freeze(n.concat(t));for(let s=0;s<t.items.length;++s){let o=await _r(s,t.items[s],r,n);if(typeof o=="number")s=o-1;else{if(o===ae)return ae;o===$e&&(t.items.splice(s,1),s-=1)}}}else if(P(t)){n=Object.freeze(n.concat(t));let s=await _r("key",t.key,r,n);if(s===ae)return ae;s===$e&&(t.key=null);let o=await _r("value",t.value,r,n);if(o===ae)return ae;o===$e&&(t.value=null)}}return i}function N3(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function E3(e,t,r,n){if(typeof r=="function")return r(e,t,n);if(Ue(t))return r.Map?.(e,t,n);if(qe(t))return r.Seq?.(e,t,n);if(P(t))return r.Pair?.(e,t,n);if(F(t))return r.Scalar?.(e,t,n);if(be(t))return r.Alias?.(e,t,n)}function q3(e,t,r){let n=t[t.length-1];if(G(n))n.items[e]=r;else if(P(n))e==="key"?n.key=r:n.value=r;else if(Be(n))n.contents=r;else{let i=be(n)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}var BM={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},UM=e=>e.replace(/[!,[\\\\]{}]/g,t=>BM[t]),br=class e{constructor(t,r){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,t),this.tags=Object.assign({},e.defaultTags,r)}clone(){let t=new e(this.yaml,this.tags);return t.docStart=this.docStart,t}atDocument(){let t=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return t}add(t,r){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let n=t.trim().split(/[ \\\\t]+/),i=n.shift();switch(i){case"%TAG":{if(n.length!==2&&(r(0,"%TAG directive should contain exactly two parts"),n.length<2))return!1;let[s,o]=n;return this.tags[s]=o,!0}case"%YAML":{if(this.yaml.explicit=!0,n.length!==1)return r(0,"%YAML directive should contain exactly one part"),!1;let[s]=n;if(s==="1.1"||s==="1.2")return this.yaml.version=s,!0;{let o=/^\\\\d+\\\\.\\\\d+$/.test(s);return r(6,`Unsupported YAML version ${s}`,o),!1}}default:return r(0,`Unknown directive ${i}`,!0),!1}}tagName(t,r){if(t==="!")return"!";if(t[0]!=="!")return r(`Not a valid tag: ${t}`),null;if(t[1]==="<"){let o=t.slice(2,-1);return o==="!"||o==="!!"?(r(`Verbatim tags aren\\\'t resolved, so ${t} is invalid.`),null):(t[t.length-1]!==">"&&r("Verbatim tags must end with a >"),o)}let[,n,i]=t.match(/^(.*!)([^!]*)$/s);i||r(`The ${t} tag has no suffix`);let s=this.tags[n];if(s)try{return s+decodeURIComponent(i)}catch(o){return r(String(o)),null}return n==="!"?t:(r(`Could not resolve tag: ${t}`),null)}tagString(t){for(let[r,n]of Object.entries(this.tags))if(t.startsWith(n))return r+UM(t.substring(n.length));return t[0]==="!"?t:`!<${t}>`}toString(t){let r=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],n=Object.entries(this.tags),i;if(t&&n.length>0&&D(t.contents)){let s={};tt(t.contents,(o,a)=>{D(a)&&a.tag&&(s[a.tag]=!0)}),i=Object.keys(s)}else i=[];for(let[s,o]of n)s==="!!"&&o==="tag:yaml.org,2002:"||(!t||i.some(a=>a.startsWith(o)))&&r.push(`%TAG ${s} ${o}`);return r.join(`\\n`)}};br.defaultYaml={explicit:!1,version:"1.2"};br.defaultTags={"!!":"tag:yaml.org,2002:"};l();l();l();function Ei(e){if(/[\\\\x00-\\\\x19\\\\s,[\\\\]{}]/.test(e)){let r=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(r)}return!0}l();l();function Ht(e,t,r,n){if(n&&typeof n=="object")if(Array.isArray(n))for(let i=0,s=n.length;i<s;++i){let o=n[i],a=Ht(e,n,String(i),o);a===void 0?delete n[i]:a!==o&&(n[i]=a)}else if(n instanceof Map)for(let i of Array.from(n.keys())){let s=n.get(i),o=Ht(e,n,i,s);o===void 0?n.delete(i):o!==s&&n.set(i,o)}else if(n instanceof Set)for(let i of Array.from(n)){let s=Ht(e,n,i,i);s===void 0?n.delete(i):s!==i&&(n.delete(i),n.add(s))}else for(let[i,s]of Object.entries(n)){let o=Ht(e,n,i,s);o===void 0?delete n[i]:o!==s&&(n[i]=o)}return e.call(t,r,n)}l();function Y(e,t,r){if(Array.isArray(e))return e.map((n,i)=>Y(n,String(i),r));if(e&&typeof e.toJSON=="function"){if(!r||!Ii(e))return e.toJSON(t,r);let n={aliasCount:0,count:1,res:void 0};r.anchors.set(e,n),r.onCreate=s=>{n.res=s,delete r.onCreate};let i=e.toJSON(t,r);return r.onCreate&&r.onCreate(i),i}return typeof e=="bigint"&&!r?.keep?Number(e):e}var It=class{constructor(t){Object.defineProperty(this,ce,{value:t})}clone(){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(t.range=this.range.slice()),t}toJS(t,{mapAsMap:r,maxAliasCount:n,onAnchor:i,reviver:s}={}){if(!Be(t))throw new TypeError("A document argument is required");let o={anchors:new Map,doc:t,keep:!0,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof n=="number"?n:100},a=Y(this,"",o);if(typeof i=="function")for(let{count:f,res:u}of o.anchors.values())i(u,f);return typeof s=="function"?Ht(s,{"":a},"",a):a}};var Yt=class extends It{constructor(t){super(Si),this.source=t,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(t,r){if(r?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let n;r?.aliasResolveCache?n=r.aliasResolveCache:(n=[],tt(t,{Node:(s,o)=>{(be(o)||Ii(o))&&n.push(o)}}),r&&(r.aliasResolveCache=n));let i;for(let s of n){if(s===this)break;s.anchor===this.source&&(i=s)}if(i&&r){let{anchors:s,doc:o,maxAliasCount:a}=r,f=s.get(i);if(f||(Y(i,null,r),f=s.get(i)),f?.res===void 0){let u="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(u)}if(a>=0&&(f.count+=1,f.aliasCount===0&&(f.aliasCount=qi(o,i,s)),f.count*f.aliasCount>a)){let u="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(u)}}return i}toJSON(t,r){if(!r)return{source:this.source};let n=this.resolve(r.doc,r);if(!n){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return r.anchors.get(n).res}toString(t,r,n){let i=`*${this.source}`;if(t){if(Ei(this.source),t.options.verifyAliasOrder&&!t.anchors.has(this.source)){let s=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(s)}if(t.implicitKey)return`${i} `}return i}};function qi(e,t,r){if(be(t)){let n=t.resolve(e),i=r&&n&&r.get(n);return i?i.count*i.aliasCount:0}else if(G(t)){let n=0;for(let i of t.items){let s=qi(e,i,r);s>n&&(n=s)}return n}else if(P(t)){let n=qi(e,t.key,r),i=qi(e,t.value,r);return Math.max(n,i)}return 1}l();l();l();var Oi=e=>!e||typeof e!="function"&&typeof e!="object",L=class extends It{constructor(t){super(vr),this.value=t}toJSON(t,r){return r?.keep?this.value:Y(this.value,t,r)}toString(){return String(this.value)}};L.BLOCK_FOLDED="BLOCK_FOLDED";L.BLOCK_LITERAL="BLOCK_LITERAL";L.PLAIN="PLAIN";L.QUOTE_DOUBLE="QUOTE_DOUBLE";L.QUOTE_SINGLE="QUOTE_SINGLE";var $M="tag:yaml.org,2002:";function GM(e,t,r){if(t){let n=r.filter(s=>s.tag===t),i=n.find(s=>!s.format)??n[0];if(!i)throw new Error(`Tag ${t} not found`);return i}return r.find(n=>n.identify?.(e)&&!n.format)}function Nt(e,t,r){if(Be(e)&&(e=e.contents),D(e))return e;if(P(e)){let c=r.schema[De].createNode?.(r.schema,null,r);return c.items.push(e),c}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:n,onAnchor:i,onTagObj:s,schema:o,sourceObjects:a}=r,f;if(n&&e&&typeof e=="object"){if(f=a.get(e),f)return f.anchor??(f.anchor=i(e)),new Yt(f.anchor);f={anchor:null,node:null},a.set(e,f)}t?.startsWith("!!")&&(t=$M+t.slice(2));let u=GM(e,t,o.tags);if(!u){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let c=new L(e);return f&&(f.node=c),c}u=e instanceof Map?o[De]:Symbol.iterator in Object(e)?o[St]:o[De]}s&&(s(u),delete r.onTagObj);let d=u?.createNode?u.createNode(r.schema,e,r):typeof u?.nodeClass?.from=="function"?u.nodeClass.from(r.schema,e,r):new L(e);return t?d.tag=t:u.default||(d.tag=u.tag),f&&(f.node=d),d}function _a(e,t,r){let n=r;for(let i=t.length-1;i>=0;--i){let s=t[i];if(typeof s=="number"&&Number.isInteger(s)&&s>=0){let o=[];o[s]=n,n=o}else n=new Map([[s,n]])}return Nt(n,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var O3=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Ar=class extends It{constructor(t,r){super(t),Object.defineProperty(this,"schema",{value:r,configurable:!0,enumerable:!1,writable:!0})}clone(t){let r=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return t&&(r.schema=t),r.items=r.items.map(n=>D(n)||P(n)?n.clone(t):n),this.range&&(r.range=this.range.slice()),r}addIn(t,r){if(O3(t))this.add(r);else{let[n,...i]=t,s=this.get(n,!0);if(G(s))s.addIn(i,r);else if(s===void 0&&this.schema)this.set(n,_a(this.schema,i,r));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${i}`)}}deleteIn(t){let[r,...n]=t;if(n.length===0)return this.delete(r);let i=this.get(r,!0);if(G(i))return i.deleteIn(n);throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`)}getIn(t,r){let[n,...i]=t,s=this.get(n,!0);return i.length===0?!r&&F(s)?s.value:s:G(s)?s.getIn(i,r):void 0}hasAllNullValues(t){return this.items.every(r=>{if(!P(r))return!1;let n=r.value;return n==null||t&&F(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(t){let[r,...n]=t;if(n.length===0)return this.has(r);let i=this.get(r,!0);return G(i)?i.hasIn(n):!1}setIn(t,r){let[n,...i]=t;if(i.length===0)this.set(n,r);else{let s=this.get(n,!0);if(G(s))s.setIn(i,r);else if(s===void 0&&this.schema)this.set(n,_a(this.schema,i,r));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${i}`)}}};l();l();l();l();var T3=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Et(e,t){return/^\\\\n+$/.test(e)?e.substring(1):t?e.replace(/^(?! *$)/gm,t):e}var rt=(e,t,r)=>e.endsWith(`\\n`)?Et(r,t):r.includes(`\\n`)?`\\n`+Et(r,t):(e.endsWith(" ")?"":" ")+r;l();l();var ba="flow",Ti="block",un="quoted";function cn(e,t,r="flow",{indentAtStart:n,lineWidth:i=80,minContentWidth:s=20,onFold:o,onOverflow:a}={}){if(!i||i<0)return e;i<s&&(s=0);let f=Math.max(1+s,1+i-t.length);if(e.length<=f)return e;let u=[],d={},c=i-t.length;typeof n=="number"&&(n>i-Math.max(2,s)?u.push(0):c=i-n);let p,h,y=!1,v=-1,w=-1,b=-1;r===Ti&&(v=M3(e,v,t.length),v!==-1&&(c=v+f));for(let A;A=e[v+=1];){if(r===un&&A==="\\\\\\\\"){switch(w=v,e[v+1]){case"x":v+=3;break;case"u":v+=5;break;case"U":v+=9;break;default:v+=1}b=v}if(A===`\\n`)r===Ti&&(v=M3(e,v,t.length)),c=v+t.length+f,p=void 0;else{if(A===" "&&h&&h!==" "&&h!==`\\n`&&h!=="	"){let I=e[v+1];I&&I!==" "&&I!==`\\n`&&I!=="	"&&(p=v)}if(v>=c)if(p)u.push(p),c=p+f,p=void 0;else if(r===un){for(;h===" "||h==="	";)h=A,A=e[v+=1],y=!0;let I=v>b+1?v-2:w-1;if(d[I])return e;u.push(I),d[I]=!0,c=I+f,p=void 0}else y=!0}h=A}if(y&&a&&a(),u.length===0)return e;o&&o();let _=e.slice(0,u[0]);for(let A=0;A<u.length;++A){let I=u[A],N=u[A+1]||e.length;I===0?_=`\\n${t}${e.slice(0,N)}`:(r===un&&d[I]&&(_+=`${e[I]}\\\\\\\\`),_+=`\\n${t}${e.slice(I+1,N)}`)}return _}function M3(e,t,r){let n=t,i=t+1,s=e[i];for(;s===" "||s==="	";)if(t<i+r)s=e[++t];else{do s=e[++t];while(s&&s!==`\\n`);n=t,i=t+1,s=e[i]}return n}var Li=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),Ci=e=>/^(%|---|\\\\.\\\\.\\\\.)/m.test(e);function VM(e,t,r){if(!t||t<0)return!1;let n=t-r,i=e.length;if(i<=n)return!1;for(let s=0,o=0;s<i;++s)if(e[s]===`\\n`){if(s-o>n)return!0;if(o=s+1,i-o<=n)return!1}return!0}function dn(e,t){let r=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return r;let{implicitKey:n}=t,i=t.options.doubleQuotedMinMultiLineLength,s=t.indent||(Ci(e)?"  ":""),o="",a=0;for(let f=0,u=r[f];u;u=r[++f])if(u===" "&&r[f+1]==="\\\\\\\\"&&r[f+2]==="n"&&(o+=r.slice(a,f)+"\\\\\\\\ ",f+=1,a=f,u="\\\\\\\\"),u==="\\\\\\\\")switch(r[f+1]){case"u":{o+=r.slice(a,f);let d=r.substr(f+2,4);switch(d){case"0000":o+="\\\\\\\\0";break;case"0007":o+="\\\\\\\\a";break;case"000b":o+="\\\\\\\\v";break;case"001b":o+="\\\\\\\\e";break;case"0085":o+="\\\\\\\\N";break;case"00a0":o+="\\\\\\\\_";break;case"2028":o+="\\\\\\\\L";break;case"2029":o+="\\\\\\\\P";break;default:d.substr(0,2)==="00"?o+="\\\\\\\\x"+d.substr(2):o+=r.substr(f,6)}f+=5,a=f+1}break;case"n":if(n||r[f+2]===\\\'"\\\'||r.length<i)f+=1;else{for(o+=r.slice(a,f)+`\\n\\n`;r[f+2]==="\\\\\\\\"&&r[f+3]==="n"&&r[f+4]!==\\\'"\\\';)o+=`\\n`,f+=2;o+=s,r[f+2]===" "&&(o+="\\\\\\\\"),f+=1,a=f+1}break;default:f+=1}return o=a?o+r.slice(a):r,n?o:cn(o,s,un,Li(t,!1))}function Aa(e,t){if(t.options.singleQuote===!1||t.implicitKey&&e.includes(`\\n`)||/[ \\\\t]\\\\n|\\\\n[ \\\\t]/.test(e))return dn(e,t);let r=t.indent||(Ci(e)?"  ":""),n="\\\'"+e.replace(/\\\'/g,"\\\'\\\'").replace(/\\\\n+/g,`$&\\n${r}`)+"\\\'";return t.implicitKey?n:cn(n,r,ba,Li(t,!1))}function Sr(e,t){let{singleQuote:r}=t.options,n;if(r===!1)n=dn;else{let i=e.includes(\\\'"\\\'),s=e.includes("\\\'");i&&!s?n=Aa:s&&!i?n=dn:n=r?Aa:dn}return n(e,t)}var Sa;try{Sa=new RegExp(`(^|(?<!\\n))\\n+(?!\\n|$)`,"g")}catch{Sa=/\\\\n+(?!\\\\n|$)/g}function Mi({comment:e,type:t,value:r},n,i,s){let{blockQuote:o,commentString:a,lineWidth:f}=n.options;if(!o||/\\\\n[\\\\t ]+$/.test(r))return Sr(r,n);let u=n.indent||(n.forceBlockIndent||Ci(r)?"  ":""),d=o==="literal"?!0:o==="folded"||t===L.BLOCK_FOLDED?!1:t===L.BLOCK_LITERAL?!0:!VM(r,f,u.length);if(!r)return d?`|\\n`:`>\\n`;let c,p;for(p=r.length;p>0;--p){let N=r[p-1];if(N!==`\\n`&&N!=="	"&&N!==" ")break}let h=r.substring(p),y=h.indexOf(`\\n`);y===-1?c="-":r===h||y!==h.length-1?(c="+",s&&s()):c="",h&&(r=r.slice(0,-h.length),h[h.length-1]===`\\n`&&(h=h.slice(0,-1)),h=h.replace(Sa,`$&${u}`));let v=!1,w,b=-1;for(w=0;w<r.length;++w){let N=r[w];if(N===" ")v=!0;else if(N===`\\n`)b=w;else break}let _=r.substring(0,b<w?b+1:w);_&&(r=r.substring(_.length),_=_.replace(/\\\\n+/g,`$&${u}`));let I=(v?u?"2":"1":"")+c;if(e&&(I+=" "+a(e.replace(/ ?[\\\\r\\\\n]+/g," ")),i&&i()),!d){let N=r.replace(/\\\\n+/g,`\\n$&`).replace(/(?:^|\\\\n)([\\\\t ].*)(?:([\\\\n\\\\t ]*)\\\\n(?![\\\\n\\\\t ]))?/g,"$1$2").replace(/\\\\n+/g,`$&${u}`),E=!1,q=Li(n,!0);o!=="folded"&&t!==L.BLOCK_FOLDED&&(q.onOverflow=()=>{E=!0});let T=cn(`${_}${N}${h}`,u,Ti,q);if(!E)return`>${I}\\n${u}${T}`}return r=r.replace(/\\\\n+/g,`$&${u}`),`|${I}\\n${u}${_}${r}${h}`}function HM(e,t,r,n){let{type:i,value:s}=e,{actualString:o,implicitKey:a,indent:f,indentStep:u,inFlow:d}=t;if(a&&s.includes(`\\n`)||d&&/[[\\\\]{},]/.test(s))return Sr(s,t);if(/^[\\\\n\\\\t ,[\\\\]{}#&*!|>\\\'"%@`]|^[?-]$|^[?-][ \\\\t]|[\\\\n:][ \\\\t]|[ \\\\t]\\\\n|[\\\\n\\\\t ]#|[\\\\n\\\\t :]$/.test(s))return a||d||!s.includes(`\\n`)?Sr(s,t):Mi(e,t,r,n);if(!a&&!d&&i!==L.PLAIN&&s.includes(`\\n`))return Mi(e,t,r,n);if(Ci(s)){if(f==="")return t.forceBlockIndent=!0,Mi(e,t,r,n);if(a&&f===u)return Sr(s,t)}let c=s.replace(/\\\\n+/g,`$&\\n${f}`);if(o){let p=v=>v.default&&v.tag!=="tag:yaml.org,2002:str"&&v.test?.test(c),{compat:h,tags:y}=t.doc.schema;if(y.some(p)||h?.some(p))return Sr(s,t)}return a?c:cn(c,f,ba,Li(t,!1))}function mn(e,t,r,n){let{implicitKey:i,inFlow:s}=t,o=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:a}=e;a!==L.QUOTE_DOUBLE&&/[\\\\x00-\\\\x08\\\\x0b-\\\\x1f\\\\x7f-\\\\x9f\\\\u{D800}-\\\\u{DFFF}]/u.test(o.value)&&(a=L.QUOTE_DOUBLE);let f=d=>{switch(d){case L.BLOCK_FOLDED:case L.BLOCK_LITERAL:return i||s?Sr(o.value,t):Mi(o,t,r,n);case L.QUOTE_DOUBLE:return dn(o.value,t);case L.QUOTE_SINGLE:return Aa(o.value,t);case L.PLAIN:return HM(o,t,r,n);default:return null}},u=f(a);if(u===null){let{defaultKeyType:d,defaultStringType:c}=t.options,p=i&&d||c;if(u=f(p),u===null)throw new Error(`Unsupported default string type ${p}`)}return u}function Ia(e,t){let r=Object.assign({blockQuote:!0,commentString:T3,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,t),n;switch(r.collectionStyle){case"block":n=!1;break;case"flow":n=!0;break;default:n=null}return{anchors:new Set,doc:e,flowCollectionPadding:r.flowCollectionPadding?" ":"",indent:"",indentStep:typeof r.indent=="number"?" ".repeat(r.indent):"  ",inFlow:n,options:r}}function YM(e,t){if(t.tag){let i=e.filter(s=>s.tag===t.tag);if(i.length>0)return i.find(s=>s.format===t.format)??i[0]}let r,n;if(F(t)){n=t.value;let i=e.filter(s=>s.identify?.(n));if(i.length>1){let s=i.filter(o=>o.test);s.length>0&&(i=s)}r=i.find(s=>s.format===t.format)??i.find(s=>!s.format)}else n=t,r=e.find(i=>i.nodeClass&&n instanceof i.nodeClass);if(!r){let i=n?.constructor?.name??(n===null?"null":typeof n);throw new Error(`Tag not resolved for ${i} value`)}return r}function jM(e,t,{anchors:r,doc:n}){if(!n.directives)return"";let i=[],s=(F(e)||G(e))&&e.anchor;s&&Ei(s)&&(r.add(s),i.push(`&${s}`));let o=e.tag??(t.default?null:t.tag);return o&&i.push(n.directives.tagString(o)),i.join(" ")}function jt(e,t,r,n){if(P(e))return e.toString(t,r,n);if(be(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");t.resolvedAliases?t.resolvedAliases.add(e):t.resolvedAliases=new Set([e]),e=e.resolve(t.doc)}let i,s=D(e)?e:t.doc.createNode(e,{onTagObj:f=>i=f});i??(i=YM(t.doc.schema.tags,s));let o=jM(s,i,t);o.length>0&&(t.indentAtStart=(t.indentAtStart??0)+o.length+1);let a=typeof i.stringify=="function"?i.stringify(s,t,r,n):F(s)?mn(s,t,r,n):s.toString(t,r,n);return o?F(s)||a[0]==="{"||a[0]==="["?`${o} ${a}`:`${o}\\n${t.indent}${a}`:a}function L3({key:e,value:t},r,n,i){let{allNullValues:s,doc:o,indent:a,indentStep:f,options:{commentString:u,indentSeq:d,simpleKeys:c}}=r,p=D(e)&&e.comment||null;if(c){if(p)throw new Error("With simple keys, key nodes cannot have comments");if(G(e)||!D(e)&&typeof e=="object"){let q="With simple keys, collection cannot be used as a key value";throw new Error(q)}}let h=!c&&(!e||p&&t==null&&!r.inFlow||G(e)||(F(e)?e.type===L.BLOCK_FOLDED||e.type===L.BLOCK_LITERAL:typeof e=="object"));r=Object.assign({},r,{allNullValues:!1,implicitKey:!h&&(c||!s),indent:a+f});let y=!1,v=!1,w=jt(e,r,()=>y=!0,()=>v=!0);if(!h&&!r.inFlow&&w.length>1024){if(c)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");h=!0}if(r.inFlow){if(s||t==null)return y&&n&&n(),w===""?"?":h?`? ${w}`:w}else if(s&&!c||t==null&&h)return w=`? ${w}`,p&&!y?w+=rt(w,r.indent,u(p)):v&&i&&i(),w;y&&(p=null),h?(p&&(w+=rt(w,r.indent,u(p))),w=`? ${w}\\n${a}:`):(w=`${w}:`,p&&(w+=rt(w,r.indent,u(p))));let b,_,A;D(t)?(b=!!t.spaceBefore,_=t.commentBefore,A=t.comment):(b=!1,_=null,A=null,t&&typeof t=="object"&&(t=o.createNode(t))),r.implicitKey=!1,!h&&!p&&F(t)&&(r.indentAtStart=w.length+1),v=!1,!d&&f.length>=2&&!r.inFlow&&!h&&qe(t)&&!t.flow&&!t.tag&&!t.anchor&&(r.indent=r.indent.substring(2));let I=!1,N=jt(t,r,()=>I=!0,()=>v=!0),E=" ";if(p||b||_){if(E=b?`\\n`:"",_){let q=u(_);E+=`\\n${Et(q,r.indent)}`}N===""&&!r.inFlow?E===`\\n`&&A&&(E=`\\n\\n`):E+=`\\n${r.indent}`}else if(!h&&G(t)){let q=N[0],T=N.indexOf(`\\n`),B=T!==-1,ie=r.inFlow??t.flow??t.items.length===0;if(B||!ie){let Ie=!1;if(B&&(q==="&"||q==="!")){let pe=N.indexOf(" ");q==="&"&&pe!==-1&&pe<T&&N[pe+1]==="!"&&(pe=N.indexOf(" ",pe+1)),(pe===-1||T<pe)&&(Ie=!0)}Ie||(E=`\\n${r.indent}`)}}else(N===""||N[0]===`\\n`)&&(E="");return w+=E+N,r.inFlow?I&&n&&n():A&&!I?w+=rt(w,r.indent,u(A)):v&&i&&i(),w}l();l();function Na(e,t){(e==="debug"||e==="warn")&&console.warn(t)}l();var Ri="<<",hn={identify:e=>e===Ri||typeof e=="symbol"&&e.description===Ri,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new L(Symbol(Ri)),{addToJSMap:qa}),stringify:()=>Ri},C3=(e,t)=>(hn.identify(t)||F(t)&&(!t.type||t.type===L.PLAIN)&&hn.identify(t.value))&&e?.doc.schema.tags.some(r=>r.tag===hn.tag&&r.default);function qa(e,t,r){let n=R3(e,r);if(qe(n))for(let i of n.items)Ea(e,t,i);else if(Array.isArray(n))for(let i of n)Ea(e,t,i);else Ea(e,t,n)}function Ea(e,t,r){let n=R3(e,r);if(!Ue(n))throw new Error("Merge sources must be maps or map aliases");let i=n.toJSON(null,e,Map);for(let[s,o]of i)t instanceof Map?t.has(s)||t.set(s,o):t instanceof Set?t.add(s):Object.prototype.hasOwnProperty.call(t,s)||Object.defineProperty(t,s,{value:o,writable:!0,enumerable:!0,configurable:!0});return t}function R3(e,t){return e&&be(t)?t.resolve(e.doc,e):t}function ki(e,t,{key:r,value:n}){if(D(r)&&r.addToJSMap)r.addToJSMap(e,t,n);else if(C3(e,r))qa(e,t,n);else{let i=Y(r,"",e);if(t instanceof Map)t.set(i,Y(n,i,e));else if(t instanceof Set)t.add(i);else{let s=WM(r,i,e),o=Y(n,s,e);s in t?Object.defineProperty(t,s,{value:o,writable:!0,enumerable:!0,configurable:!0}):t[s]=o}}return t}function WM(e,t,r){if(t===null)return"";if(typeof t!="object")return String(t);if(D(e)&&r?.doc){let n=Ia(r.doc,{});n.anchors=new Set;for(let s of r.anchors.keys())n.anchors.add(s.anchor);n.inFlow=!0,n.inStringifyKey=!0;let i=e.toString(n);if(!r.mapKeyWarned){let s=JSON.stringify(i);s.length>40&&(s=s.substring(0,36)+\\\'..."\\\'),Na(r.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${s}. Set mapAsMap: true to use object keys.`),r.mapKeyWarned=!0}return i}return JSON.stringify(t)}function Ir(e,t,r){let n=Nt(e,void 0,r),i=Nt(t,void 0,r);return new J(n,i)}var J=class e{constructor(t,r=null){Object.defineProperty(this,ce,{value:wa}),this.key=t,this.value=r}clone(t){let{key:r,value:n}=this;return D(r)&&(r=r.clone(t)),D(n)&&(n=n.clone(t)),new e(r,n)}toJSON(t,r){let n=r?.mapAsMap?new Map:{};return ki(r,n,this)}toString(t,r,n){return t?.doc?L3(this,t,r,n):JSON.stringify(this)}};l();l();l();l();function Pi(e,t,r){return(t.inFlow??e.flow?JM:KM)(e,t,r)}function KM({comment:e,items:t},r,{blockItemPrefix:n,flowChars:i,itemIndent:s,onChompKeep:o,onComment:a}){let{indent:f,options:{commentString:u}}=r,d=Object.assign({},r,{indent:s,type:null}),c=!1,p=[];for(let y=0;y<t.length;++y){let v=t[y],w=null;if(D(v))!c&&v.spaceBefore&&p.push(""),Fi(r,p,v.commentBefore,c),v.comment&&(w=v.comment);else if(P(v)){let _=D(v.key)?v.key:null;_&&(!c&&_.spaceBefore&&p.push(""),Fi(r,p,_.commentBefore,c))}c=!1;let b=jt(v,d,()=>w=null,()=>c=!0);w&&(b+=rt(b,s,u(w))),c&&w&&(c=!1),p.push(n+b)}let h;if(p.length===0)h=i.start+i.end;else{h=p[0];for(let y=1;y<p.length;++y){let v=p[y];h+=v?`\\n${f}${v}`:`\\n`}}return e?(h+=`\\n`+Et(u(e),f),a&&a()):c&&o&&o(),h}function JM({items:e},t,{flowChars:r,itemIndent:n}){let{indent:i,indentStep:s,flowCollectionPadding:o,options:{commentString:a}}=t;n+=s;let f=Object.assign({},t,{indent:n,inFlow:!0,type:null}),u=!1,d=0,c=[];for(let y=0;y<e.length;++y){let v=e[y],w=null;if(D(v))v.spaceBefore&&c.push(""),Fi(t,c,v.commentBefore,!1),v.comment&&(w=v.comment);else if(P(v)){let _=D(v.key)?v.key:null;_&&(_.spaceBefore&&c.push(""),Fi(t,c,_.commentBefore,!1),_.comment&&(u=!0));let A=D(v.value)?v.value:null;A?(A.comment&&(w=A.comment),A.commentBefore&&(u=!0)):v.value==null&&_?.comment&&(w=_.comment)}w&&(u=!0);let b=jt(v,f,()=>w=null);u||(u=c.length>d||b.includes(`\\n`)),y<e.length-1?b+=",":t.options.trailingComma&&(t.options.lineWidth>0&&(u||(u=c.reduce((_,A)=>_+A.length+2,2)+(b.length+2)>t.options.lineWidth)),u&&(b+=",")),w&&(b+=rt(b,n,a(w))),c.push(b),d=c.length}let{start:p,end:h}=r;if(c.length===0)return p+h;if(!u){let y=c.reduce((v,w)=>v+w.length+2,2);u=t.options.lineWidth>0&&y>t.options.lineWidth}if(u){let y=p;for(let v of c)y+=v?`\\n${s}${i}${v}`:`\\n`;return`${y}\\n${i}${h}`}else return`${p}${o}${c.join(" ")}${o}${h}`}function Fi({indent:e,options:{commentString:t}},r,n,i){if(n&&i&&(n=n.replace(/^\\\\n+/,"")),n){let s=Et(t(n),e);r.push(s.trimStart())}}function qt(e,t){let r=F(t)?t.value:t;for(let n of e)if(P(n)&&(n.key===t||n.key===r||F(n.key)&&n.key.value===r))return n}var j=class extends Ar{static get tagName(){return"tag:yaml.org,2002:map"}constructor(t){super(De,t),this.items=[]}static from(t,r,n){let{keepUndefined:i,replacer:s}=n,o=new this(t),a=(f,u)=>{if(typeof s=="function")u=s.call(r,f,u);else if(Array.isArray(s)&&!s.includes(f))return;(u!==void 0||i)&&o.items.push(Ir(f,u,n))};if(r instanceof Map)for(let[f,u]of r)a(f,u);else if(r&&typeof r=="object")for(let f of Object.keys(r))a(f,r[f]);return typeof t.sortMapEntries=="function"&&o.items.sort(t.sortMapEntries),o}add(t,r){let n;P(t)?n=t:!t||typeof t!="object"||!("key"in t)?n=new J(t,t?.value):n=new J(t.key,t.value);let i=qt(this.items,n.key),s=this.schema?.sortMapEntries;if(i){if(!r)throw new Error(`Key ${n.key} already set`);F(i.value)&&Oi(n.value)?i.value.value=n.value:i.value=n.value}else if(s){let o=this.items.findIndex(a=>s(n,a)<0);o===-1?this.items.push(n):this.items.splice(o,0,n)}else this.items.push(n)}delete(t){let r=qt(this.items,t);return r?this.items.splice(this.items.indexOf(r),1).length>0:!1}get(t,r){let i=qt(this.items,t)?.value;return(!r&&F(i)?i.value:i)??void 0}has(t){return!!qt(this.items,t)}set(t,r){this.add(new J(t,r),!0)}toJSON(t,r,n){let i=n?new n:r?.mapAsMap?new Map:{};r?.onCreate&&r.onCreate(i);for(let s of this.items)ki(r,i,s);return i}toString(t,r,n){if(!t)return JSON.stringify(this);for(let i of this.items)if(!P(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!t.allNullValues&&this.hasAllNullValues(!1)&&(t=Object.assign({},t,{allNullValues:!0})),Pi(this,t,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:t.indent||"",onChompKeep:n,onComment:r})}};var Nr={collection:"map",default:!0,nodeClass:j,tag:"tag:yaml.org,2002:map",resolve(e,t){return Ue(e)||t("Expected a mapping for this tag"),e},createNode:(e,t,r)=>j.from(e,t,r)};l();l();var le=class extends Ar{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(t){super(St,t),this.items=[]}add(t){this.items.push(t)}delete(t){let r=xi(t);return typeof r!="number"?!1:this.items.splice(r,1).length>0}get(t,r){let n=xi(t);if(typeof n!="number")return;let i=this.items[n];return!r&&F(i)?i.value:i}has(t){let r=xi(t);return typeof r=="number"&&r<this.items.length}set(t,r){let n=xi(t);if(typeof n!="number")throw new Error(`Expected a valid index, not ${t}.`);let i=this.items[n];F(i)&&Oi(r)?i.value=r:this.items[n]=r}toJSON(t,r){let n=[];r?.onCreate&&r.onCreate(n);let i=0;for(let s of this.items)n.push(Y(s,String(i++),r));return n}toString(t,r,n){return t?Pi(this,t,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(t.indent||"")+"  ",onChompKeep:n,onComment:r}):JSON.stringify(this)}static from(t,r,n){let{replacer:i}=n,s=new this(t);if(r&&Symbol.iterator in Object(r)){let o=0;for(let a of r){if(typeof i=="function"){let f=r instanceof Set?a:String(o++);a=i.call(r,f,a)}s.items.push(Nt(a,void 0,n))}}return s}};function xi(e){let t=F(e)?e.value:e;return t&&typeof t=="string"&&(t=Number(t)),typeof t=="number"&&Number.isInteger(t)&&t>=0?t:null}var Er={collection:"seq",default:!0,nodeClass:le,tag:"tag:yaml.org,2002:seq",resolve(e,t){return qe(e)||t("Expected a sequence for this tag"),e},createNode:(e,t,r)=>le.from(e,t,r)};l();l();l();l();l();l();l();l();l();function F3(e){return typeof e=="bigint"||Number.isInteger(e)}var Bi=({value:e})=>JSON.stringify(e),nL=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:Bi},{identify:e=>e==null,createNode:()=>new L(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Bi},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:Bi},{identify:F3,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e,10),stringify:({value:e})=>F3(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\\\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:Bi}],iL={default:!0,tag:"",test:/^/,resolve(e,t){return t(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},sL=[Nr,Er].concat(nL,iL);l();l();l();function P3(e,t,r){let{replacer:n}=r,i=new le(e);i.tag="tag:yaml.org,2002:pairs";let s=0;if(t&&Symbol.iterator in Object(t))for(let o of t){typeof n=="function"&&(o=n.call(t,String(s++),o));let a,f;if(Array.isArray(o))if(o.length===2)a=o[0],f=o[1];else throw new TypeError(`Expected [key, value] tuple: ${o}`);else if(o&&o instanceof Object){let u=Object.keys(o);if(u.length===1)a=u[0],f=o[a];else throw new TypeError(`Expected tuple with one key, not ${u.length} keys`)}else a=o;i.items.push(Ir(a,f,r))}return i}var Ta=class e extends le{constructor(){super(),this.add=j.prototype.add.bind(this),this.delete=j.prototype.delete.bind(this),this.get=j.prototype.get.bind(this),this.has=j.prototype.has.bind(this),this.set=j.prototype.set.bind(this),this.tag=e.tag}toJSON(t,r){if(!r)return super.toJSON(t);let n=new Map;r?.onCreate&&r.onCreate(n);for(let i of this.items){let s,o;if(P(i)?(s=Y(i.key,"",r),o=Y(i.value,s,r)):s=Y(i,"",r),n.has(s))throw new Error("Ordered maps must not include duplicate keys");n.set(s,o)}return n}static from(t,r,n){let i=P3(t,r,n),s=new this;return s.items=i.items,s}};Ta.tag="tag:yaml.org,2002:omap";l();l();l();l();l();var Ma=class e extends j{constructor(t){super(t),this.tag=e.tag}add(t){let r;P(t)?r=t:t&&typeof t=="object"&&"key"in t&&"value"in t&&t.value===null?r=new J(t.key,null):r=new J(t,null),qt(this.items,r.key)||this.items.push(r)}get(t,r){let n=qt(this.items,t);return!r&&P(n)?F(n.key)?n.key.value:n.key:n}set(t,r){if(typeof r!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof r}`);let n=qt(this.items,t);n&&!r?this.items.splice(this.items.indexOf(n),1):!n&&r&&this.items.push(new J(t))}toJSON(t,r){return super.toJSON(t,r,Set)}toString(t,r,n){if(!t)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},t,{allNullValues:!0}),r,n);throw new Error("Set items must all have null values")}static from(t,r,n){let{replacer:i}=n,s=new this(t);if(r&&Symbol.iterator in Object(r))for(let o of r)typeof i=="function"&&(o=i.call(r,o,o)),s.items.push(Ir(o,null,n));return s}};Ma.tag="tag:yaml.org,2002:set";l();function oL(e,t){let r=e[0],n=r==="-"||r==="+"?e.substring(1):e,i=o=>t?BigInt(o):Number(o),s=n.replace(/_/g,"").split(":").reduce((o,a)=>o*i(60)+i(a),i(0));return r==="-"?i(-1)*s:s}var La={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\\\\\\\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\\\\\\\.[0-9]+)?)(?:[ \\\\\\\\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let t=e.match(La.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,r,n,i,s,o,a]=t.map(Number),f=t[7]?Number((t[7]+"00").substr(1,3)):0,u=Date.UTC(r,n-1,i,s||0,o||0,a||0,f),d=t[8];if(d&&d!=="Z"){let c=oL(d,!1);Math.abs(c)<30&&(c*=60),u-=6e4*c}return new Date(u)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\\\\.000Z$/,"")??""};l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();var Fa=Symbol("break visit"),vL=Symbol("skip children"),B3=Symbol("remove item");function Wt(e,t){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),U3(Object.freeze([]),e,t)}Wt.BREAK=Fa;Wt.SKIP=vL;Wt.REMOVE=B3;Wt.itemAtPath=(e,t)=>{let r=e;for(let[n,i]of t){let s=r?.[n];if(s&&"items"in s)r=s.items[i];else return}return r};Wt.parentCollection=(e,t)=>{let r=Wt.itemAtPath(e,t.slice(0,-1)),n=t[t.length-1][0],i=r?.[n];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function U3(e,t,r){let n=r(t,e);if(typeof n=="symbol")return n;for(let i of["key","value"]){let s=t[i];if(s&&"items"in s){for(let o=0;o<s.items.length;++o){let a=U3(Object.freeze(e.concat([[i,o]])),s.items[o],r);if(typeof a=="number")o=a-1;else{if(a===Fa)return Fa;a===B3&&(s.items.splice(o,1),o-=1)}}typeof n=="function"&&i==="key"&&(n=n(t,e))}}return typeof n=="function"?n(t,e):n}l();var ree=new Set("0123456789ABCDEFabcdef"),nee=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*\\\'()"),iee=new Set(",[]{}"),see=new Set(` ,[]{}\\n\\\\r	`);l();l();l();l();l();l();l();var NL=[["   ","-"],["  ","-"],[" ","-"],["(",""],[")",""],["β","beta"],["command-r+","command-r-plus"],["dbrx-inst","dbrx-instruct"],["-hf",""],["-","_"],["llama_3","llama3"],["ul2","flan-ul2"]],EL=[["meta_",""],[".","_"],["v01","v0_1"],["v02","v0_2"],["v03","v0_3"]];var G3=(e,t)=>t.reduce((r,[n,i])=>r.replaceAll(n,i),e),qL=e=>e.trim().toLowerCase();function V3(e){let r=G3(qL(e),NL).split("/").at(-1)??"";return G3(r,EL)}function Pa(e){let t=$i.get(e);if(t!==void 0)return t;let r=e.replace(/[\\\\p{Cc}\\\\p{Cf}]/gu,n=>/\\\\s/u.test(n)?" ":"").normalize("NFKC").trim().toLowerCase().replace(/[\\\\s_.-]+/gu,"-").replace(/^-+|-+$/g,"");return $i.size>=OL&&$i.clear(),$i.set(e,r),r}var OL=1e5,$i=new Map,Ste=Object.freeze({models:new Map,aliases:new Map});function Y3(e,t,r="standard"){let n=Pa(t);return e.aliases.get(n)??(r==="benchbench"?V3(t):n)}var H3=e=>new Set(e.split(/[^\\\\p{L}\\\\p{N}]+/u).filter(Boolean));function j3(e){let t=[...new Set(e)],r=new Array(t.length),n=i=>{let s=r[i];if(!s){let o=Pa(t[i]);r[i]=s={name:t[i],n:o,tokens:H3(o)}}return s};return(i,s=3,{skip:o,budget:a}={})=>{let f=Pa(i),u=H3(f),d=[],[c,p]=o??[0,0];for(let h=0;h<t.length&&(h===c&&p>c&&(h=p),!(h>=t.length));h++){let y=n(h);if(a&&!a.spend(f.length*y.n.length+u.size+1))return[];let v=0;for(let b of u)y.tokens.has(b)&&v++;let w=va(f,y.n)/Math.max(f.length,y.n.length,1)-.5*v/Math.max(Math.min(u.size,y.tokens.size),1);w<=.5&&d.push({name:y.name,score:w})}return d.sort((h,y)=>h.score-y.score||(h.name<y.name?-1:h.name>y.name?1:0)).slice(0,s).map(h=>h.name)}}l();l();l();function Gi(e){return e.length<13?e:e.split("").join("")}var Vi=class{constructor(){C(this,"written",[]);C(this,"file",0);C(this,"stamp",[]);C(this,"indexIn",[]);C(this,"next",[]);C(this,"slots",new Int32Array(1024));C(this,"hashes",[])}startFile(){this.file++}indexInFile(t){return this.stamp[t]===this.file?this.indexIn[t]:void 0}setIndexInFile(t,r){this.stamp[t]=this.file,this.indexIn[t]=r}numberOf(t,r=-1){return this.numberAt(t,0,t.length,r)}numberAt(t,r,n,i=-1){let s=i>=0?this.next[i]:void 0;if(s!==void 0&&W3(this.written[s],t,r,n))return s;let o=2166136261;for(let d=r;d<n;d++)o=Math.imul(o^t.charCodeAt(d),16777619);let a=this.slots.length-1,f=o&a,u;for(;;){let d=this.slots[f]-1;if(d<0){u=this.add(t.slice(r,n),o,f);break}if(this.hashes[d]===o&&W3(this.written[d],t,r,n)){u=d;break}f=f+1&a}return i>=0&&(this.next[i]=u),u}add(t,r,n){let i=this.written.length;return this.written.push(Gi(t)),this.hashes.push(r),this.slots[n]=i+1,2*this.written.length>this.slots.length&&this.rehash(),i}rehash(){this.slots=new Int32Array(2*this.slots.length);let t=this.slots.length-1;this.hashes.forEach((r,n)=>{let i=r&t;for(;this.slots[i]!==0;)i=i+1&t;this.slots[i]=n+1})}};function W3(e,t,r,n){if(e.length!==n-r)return!1;for(let i=0;i<e.length;i++)if(e.charCodeAt(i)!==t.charCodeAt(r+i))return!1;return!0}l();l();var K3=typeof global<"u"?global:typeof self<"u"?self:typeof window<"u"?window:{},Ge=[],Ae=[],TL=typeof Uint8Array<"u"?Uint8Array:Array,Ua=!1;function z3(){Ua=!0;for(var e="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",t=0,r=e.length;t<r;++t)Ge[t]=e[t],Ae[e.charCodeAt(t)]=t;Ae[45]=62,Ae[95]=63}function ML(e){Ua||z3();var t,r,n,i,s,o,a=e.length;if(a%4>0)throw new Error("Invalid string. Length must be a multiple of 4");s=e[a-2]==="="?2:e[a-1]==="="?1:0,o=new TL(a*3/4-s),n=s>0?a-4:a;var f=0;for(t=0,r=0;t<n;t+=4,r+=3)i=Ae[e.charCodeAt(t)]<<18|Ae[e.charCodeAt(t+1)]<<12|Ae[e.charCodeAt(t+2)]<<6|Ae[e.charCodeAt(t+3)],o[f++]=i>>16&255,o[f++]=i>>8&255,o[f++]=i&255;return s===2?(i=Ae[e.charCodeAt(t)]<<2|Ae[e.charCodeAt(t+1)]>>4,o[f++]=i&255):s===1&&(i=Ae[e.charCodeAt(t)]<<10|Ae[e.charCodeAt(t+1)]<<4|Ae[e.charCodeAt(t+2)]>>2,o[f++]=i>>8&255,o[f++]=i&255),o}function LL(e){return Ge[e>>18&63]+Ge[e>>12&63]+Ge[e>>6&63]+Ge[e&63]}function CL(e,t,r){for(var n,i=[],s=t;s<r;s+=3)n=(e[s]<<16)+(e[s+1]<<8)+e[s+2],i.push(LL(n));return i.join("")}function J3(e){Ua||z3();for(var t,r=e.length,n=r%3,i="",s=[],o=16383,a=0,f=r-n;a<f;a+=o)s.push(CL(e,a,a+o>f?f:a+o));return n===1?(t=e[r-1],i+=Ge[t>>2],i+=Ge[t<<4&63],i+="=="):n===2&&(t=(e[r-2]<<8)+e[r-1],i+=Ge[t>>10],i+=Ge[t>>4&63],i+=Ge[t<<2&63],i+="="),s.push(i),s.join("")}function Wi(e,t,r,n,i){var s,o,a=i*8-n-1,f=(1<<a)-1,u=f>>1,d=-7,c=r?i-1:0,p=r?-1:1,h=e[t+c];for(c+=p,s=h&(1<<-d)-1,h>>=-d,d+=a;d>0;s=s*256+e[t+c],c+=p,d-=8);for(o=s&(1<<-d)-1,s>>=-d,d+=n;d>0;o=o*256+e[t+c],c+=p,d-=8);if(s===0)s=1-u;else{if(s===f)return o?NaN:(h?-1:1)*(1/0);o=o+Math.pow(2,n),s=s-u}return(h?-1:1)*o*Math.pow(2,s-n)}function e6(e,t,r,n,i,s){var o,a,f,u=s*8-i-1,d=(1<<u)-1,c=d>>1,p=i===23?Math.pow(2,-24)-Math.pow(2,-77):0,h=n?0:s-1,y=n?1:-1,v=t<0||t===0&&1/t<0?1:0;for(t=Math.abs(t),isNaN(t)||t===1/0?(a=isNaN(t)?1:0,o=d):(o=Math.floor(Math.log(t)/Math.LN2),t*(f=Math.pow(2,-o))<1&&(o--,f*=2),o+c>=1?t+=p/f:t+=p*Math.pow(2,1-c),t*f>=2&&(o++,f/=2),o+c>=d?(a=0,o=d):o+c>=1?(a=(t*f-1)*Math.pow(2,i),o=o+c):(a=t*Math.pow(2,c-1)*Math.pow(2,i),o=0));i>=8;e[r+h]=a&255,h+=y,a/=256,i-=8);for(o=o<<i|a,u+=i;u>0;e[r+h]=o&255,h+=y,o/=256,u-=8);e[r+h-y]|=v*128}var RL={}.toString,t6=Array.isArray||function(e){return RL.call(e)=="[object Array]"},kL=50;S.TYPED_ARRAY_SUPPORT=K3.TYPED_ARRAY_SUPPORT!==void 0?K3.TYPED_ARRAY_SUPPORT:!0;Hi();function Hi(){return S.TYPED_ARRAY_SUPPORT?2147483647:1073741823}function nt(e,t){if(Hi()<t)throw new RangeError("Invalid typed array length");return S.TYPED_ARRAY_SUPPORT?(e=new Uint8Array(t),e.__proto__=S.prototype):(e===null&&(e=new S(t)),e.length=t),e}function S(e,t,r){if(!S.TYPED_ARRAY_SUPPORT&&!(this instanceof S))return new S(e,t,r);if(typeof e=="number"){if(typeof t=="string")throw new Error("If encoding is specified then the first argument must be a string");return $a(this,e)}return r6(this,e,t,r)}S.poolSize=8192;S._augment=function(e){return e.__proto__=S.prototype,e};function r6(e,t,r,n){if(typeof t=="number")throw new TypeError(\\\'"value" argument must not be a number\\\');return typeof ArrayBuffer<"u"&&t instanceof ArrayBuffer?xL(e,t,r,n):typeof t=="string"?PL(e,t,r):DL(e,t)}S.from=function(e,t,r){return r6(null,e,t,r)};S.TYPED_ARRAY_SUPPORT&&(S.prototype.__proto__=Uint8Array.prototype,S.__proto__=Uint8Array,typeof Symbol<"u"&&Symbol.species&&S[Symbol.species]);function n6(e){if(typeof e!="number")throw new TypeError(\\\'"size" argument must be a number\\\');if(e<0)throw new RangeError(\\\'"size" argument must not be negative\\\')}function FL(e,t,r,n){return n6(t),t<=0?nt(e,t):r!==void 0?typeof n=="string"?nt(e,t).fill(r,n):nt(e,t).fill(r):nt(e,t)}S.alloc=function(e,t,r){return FL(null,e,t,r)};function $a(e,t){if(n6(t),e=nt(e,t<0?0:Ga(t)|0),!S.TYPED_ARRAY_SUPPORT)for(var r=0;r<t;++r)e[r]=0;return e}S.allocUnsafe=function(e){return $a(null,e)};S.allocUnsafeSlow=function(e){return $a(null,e)};function PL(e,t,r){if((typeof r!="string"||r==="")&&(r="utf8"),!S.isEncoding(r))throw new TypeError(\\\'"encoding" must be a valid string encoding\\\');var n=i6(t,r)|0;e=nt(e,n);var i=e.write(t,r);return i!==n&&(e=e.slice(0,i)),e}function xa(e,t){var r=t.length<0?0:Ga(t.length)|0;e=nt(e,r);for(var n=0;n<r;n+=1)e[n]=t[n]&255;return e}function xL(e,t,r,n){if(t.byteLength,r<0||t.byteLength<r)throw new RangeError("\\\'offset\\\' is out of bounds");if(t.byteLength<r+(n||0))throw new RangeError("\\\'length\\\' is out of bounds");return r===void 0&&n===void 0?t=new Uint8Array(t):n===void 0?t=new Uint8Array(t,r):t=new Uint8Array(t,r,n),S.TYPED_ARRAY_SUPPORT?(e=t,e.__proto__=S.prototype):e=xa(e,t),e}function DL(e,t){if(Ve(t)){var r=Ga(t.length)|0;return e=nt(e,r),e.length===0||t.copy(e,0,0,r),e}if(t){if(typeof ArrayBuffer<"u"&&t.buffer instanceof ArrayBuffer||"length"in t)return typeof t.length!="number"||nC(t.length)?nt(e,0):xa(e,t);if(t.type==="Buffer"&&t6(t.data))return xa(e,t.data)}throw new TypeError("First argument must be a string, Buffer, ArrayBuffer, Array, or array-like object.")}function Ga(e){if(e>=Hi())throw new RangeError("Attempt to allocate Buffer larger than maximum size: 0x"+Hi().toString(16)+" bytes");return e|0}S.isBuffer=de;function Ve(e){return!!(e!=null&&e._isBuffer)}S.compare=function(t,r){if(!Ve(t)||!Ve(r))throw new TypeError("Arguments must be Buffers");if(t===r)return 0;for(var n=t.length,i=r.length,s=0,o=Math.min(n,i);s<o;++s)if(t[s]!==r[s]){n=t[s],i=r[s];break}return n<i?-1:i<n?1:0};S.isEncoding=function(t){switch(String(t).toLowerCase()){case"hex":case"utf8":case"utf-8":case"ascii":case"latin1":case"binary":case"base64":case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return!0;default:return!1}};S.concat=function(t,r){if(!t6(t))throw new TypeError(\\\'"list" argument must be an Array of Buffers\\\');if(t.length===0)return S.alloc(0);var n;if(r===void 0)for(r=0,n=0;n<t.length;++n)r+=t[n].length;var i=S.allocUnsafe(r),s=0;for(n=0;n<t.length;++n){var o=t[n];if(!Ve(o))throw new TypeError(\\\'"list" argument must be an Array of Buffers\\\');o.copy(i,s),s+=o.length}return i};function i6(e,t){if(Ve(e))return e.length;if(typeof ArrayBuffer<"u"&&typeof ArrayBuffer.isView=="function"&&(ArrayBuffer.isView(e)||e instanceof ArrayBuffer))return e.byteLength;typeof e!="string"&&(e=""+e);var r=e.length;if(r===0)return 0;for(var n=!1;;)switch(t){case"ascii":case"latin1":case"binary":return r;case"utf8":case"utf-8":case void 0:return Yi(e).length;case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return r*2;case"hex":return r>>>1;case"base64":return c6(e).length;default:if(n)return Yi(e).length;t=(""+t).toLowerCase(),n=!0}}S.byteLength=i6;function BL(e,t,r){var n=!1;if((t===void 0||t<0)&&(t=0),t>this.length||((r===void 0||r>this.length)&&(r=this.length),r<=0)||(r>>>=0,t>>>=0,r<=t))return"";for(e||(e="utf8");;)switch(e){case"hex":return JL(this,t,r);case"utf8":case"utf-8":return a6(this,t,r);case"ascii":return WL(this,t,r);case"latin1":case"binary":return KL(this,t,r);case"base64":return YL(this,t,r);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return XL(this,t,r);default:if(n)throw new TypeError("Unknown encoding: "+e);e=(e+"").toLowerCase(),n=!0}}S.prototype._isBuffer=!0;function Kt(e,t,r){var n=e[t];e[t]=e[r],e[r]=n}S.prototype.swap16=function(){var t=this.length;if(t%2!==0)throw new RangeError("Buffer size must be a multiple of 16-bits");for(var r=0;r<t;r+=2)Kt(this,r,r+1);return this};S.prototype.swap32=function(){var t=this.length;if(t%4!==0)throw new RangeError("Buffer size must be a multiple of 32-bits");for(var r=0;r<t;r+=4)Kt(this,r,r+3),Kt(this,r+1,r+2);return this};S.prototype.swap64=function(){var t=this.length;if(t%8!==0)throw new RangeError("Buffer size must be a multiple of 64-bits");for(var r=0;r<t;r+=8)Kt(this,r,r+7),Kt(this,r+1,r+6),Kt(this,r+2,r+5),Kt(this,r+3,r+4);return this};S.prototype.toString=function(){var t=this.length|0;return t===0?"":arguments.length===0?a6(this,0,t):BL.apply(this,arguments)};S.prototype.equals=function(t){if(!Ve(t))throw new TypeError("Argument must be a Buffer");return this===t?!0:S.compare(this,t)===0};S.prototype.inspect=function(){var t="",r=kL;return this.length>0&&(t=this.toString("hex",0,r).match(/.{2}/g).join(" "),this.length>r&&(t+=" ... ")),"<Buffer "+t+">"};S.prototype.compare=function(t,r,n,i,s){if(!Ve(t))throw new TypeError("Argument must be a Buffer");if(r===void 0&&(r=0),n===void 0&&(n=t?t.length:0),i===void 0&&(i=0),s===void 0&&(s=this.length),r<0||n>t.length||i<0||s>this.length)throw new RangeError("out of range index");if(i>=s&&r>=n)return 0;if(i>=s)return-1;if(r>=n)return 1;if(r>>>=0,n>>>=0,i>>>=0,s>>>=0,this===t)return 0;for(var o=s-i,a=n-r,f=Math.min(o,a),u=this.slice(i,s),d=t.slice(r,n),c=0;c<f;++c)if(u[c]!==d[c]){o=u[c],a=d[c];break}return o<a?-1:a<o?1:0};function s6(e,t,r,n,i){if(e.length===0)return-1;if(typeof r=="string"?(n=r,r=0):r>2147483647?r=2147483647:r<-2147483648&&(r=-2147483648),r=+r,isNaN(r)&&(r=i?0:e.length-1),r<0&&(r=e.length+r),r>=e.length){if(i)return-1;r=e.length-1}else if(r<0)if(i)r=0;else return-1;if(typeof t=="string"&&(t=S.from(t,n)),Ve(t))return t.length===0?-1:X3(e,t,r,n,i);if(typeof t=="number")return t=t&255,S.TYPED_ARRAY_SUPPORT&&typeof Uint8Array.prototype.indexOf=="function"?i?Uint8Array.prototype.indexOf.call(e,t,r):Uint8Array.prototype.lastIndexOf.call(e,t,r):X3(e,[t],r,n,i);throw new TypeError("val must be string, number or Buffer")}function X3(e,t,r,n,i){var s=1,o=e.length,a=t.length;if(n!==void 0&&(n=String(n).toLowerCase(),n==="ucs2"||n==="ucs-2"||n==="utf16le"||n==="utf-16le")){if(e.length<2||t.length<2)return-1;s=2,o/=2,a/=2,r/=2}function f(h,y){return s===1?h[y]:h.readUInt16BE(y*s)}var u;if(i){var d=-1;for(u=r;u<o;u++)if(f(e,u)===f(t,d===-1?0:u-d)){if(d===-1&&(d=u),u-d+1===a)return d*s}else d!==-1&&(u-=u-d),d=-1}else for(r+a>o&&(r=o-a),u=r;u>=0;u--){for(var c=!0,p=0;p<a;p++)if(f(e,u+p)!==f(t,p)){c=!1;break}if(c)return u}return-1}S.prototype.includes=function(t,r,n){return this.indexOf(t,r,n)!==-1};S.prototype.indexOf=function(t,r,n){return s6(this,t,r,n,!0)};S.prototype.lastIndexOf=function(t,r,n){return s6(this,t,r,n,!1)};function UL(e,t,r,n){r=Number(r)||0;var i=e.length-r;n?(n=Number(n),n>i&&(n=i)):n=i;var s=t.length;if(s%2!==0)throw new TypeError("Invalid hex string");n>s/2&&(n=s/2);for(var o=0;o<n;++o){var a=parseInt(t.substr(o*2,2),16);if(isNaN(a))return o;e[r+o]=a}return o}function $L(e,t,r,n){return Xi(Yi(t,e.length-r),e,r,n)}function o6(e,t,r,n){return Xi(tC(t),e,r,n)}function GL(e,t,r,n){return o6(e,t,r,n)}function VL(e,t,r,n){return Xi(c6(t),e,r,n)}function HL(e,t,r,n){return Xi(rC(t,e.length-r),e,r,n)}S.prototype.write=function(t,r,n,i){if(r===void 0)i="utf8",n=this.length,r=0;else if(n===void 0&&typeof r=="string")i=r,n=this.length,r=0;else if(isFinite(r))r=r|0,isFinite(n)?(n=n|0,i===void 0&&(i="utf8")):(i=n,n=void 0);else throw new Error("Buffer.write(string, encoding, offset[, length]) is no longer supported");var s=this.length-r;if((n===void 0||n>s)&&(n=s),t.length>0&&(n<0||r<0)||r>this.length)throw new RangeError("Attempt to write outside buffer bounds");i||(i="utf8");for(var o=!1;;)switch(i){case"hex":return UL(this,t,r,n);case"utf8":case"utf-8":return $L(this,t,r,n);case"ascii":return o6(this,t,r,n);case"latin1":case"binary":return GL(this,t,r,n);case"base64":return VL(this,t,r,n);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return HL(this,t,r,n);default:if(o)throw new TypeError("Unknown encoding: "+i);i=(""+i).toLowerCase(),o=!0}};S.prototype.toJSON=function(){return{type:"Buffer",data:Array.prototype.slice.call(this._arr||this,0)}};function YL(e,t,r){return t===0&&r===e.length?J3(e):J3(e.slice(t,r))}function a6(e,t,r){r=Math.min(e.length,r);for(var n=[],i=t;i<r;){var s=e[i],o=null,a=s>239?4:s>223?3:s>191?2:1;if(i+a<=r){var f,u,d,c;switch(a){case 1:s<128&&(o=s);break;case 2:f=e[i+1],(f&192)===128&&(c=(s&31)<<6|f&63,c>127&&(o=c));break;case 3:f=e[i+1],u=e[i+2],(f&192)===128&&(u&192)===128&&(c=(s&15)<<12|(f&63)<<6|u&63,c>2047&&(c<55296||c>57343)&&(o=c));break;case 4:f=e[i+1],u=e[i+2],d=e[i+3],(f&192)===128&&(u&192)===128&&(d&192)===128&&(c=(s&15)<<18|(f&63)<<12|(u&63)<<6|d&63,c>65535&&c<1114112&&(o=c))}}o===null?(o=65533,a=1):o>65535&&(o-=65536,n.push(o>>>10&1023|55296),o=56320|o&1023),n.push(o),i+=a}return jL(n)}var Q3=4096;function jL(e){var t=e.length;if(t<=Q3)return String.fromCharCode.apply(String,e);for(var r="",n=0;n<t;)r+=String.fromCharCode.apply(String,e.slice(n,n+=Q3));return r}function WL(e,t,r){var n="";r=Math.min(e.length,r);for(var i=t;i<r;++i)n+=String.fromCharCode(e[i]&127);return n}function KL(e,t,r){var n="";r=Math.min(e.length,r);for(var i=t;i<r;++i)n+=String.fromCharCode(e[i]);return n}function JL(e,t,r){var n=e.length;(!t||t<0)&&(t=0),(!r||r<0||r>n)&&(r=n);for(var i="",s=t;s<r;++s)i+=eC(e[s]);return i}function XL(e,t,r){for(var n=e.slice(t,r),i="",s=0;s<n.length;s+=2)i+=String.fromCharCode(n[s]+n[s+1]*256);return i}S.prototype.slice=function(t,r){var n=this.length;t=~~t,r=r===void 0?n:~~r,t<0?(t+=n,t<0&&(t=0)):t>n&&(t=n),r<0?(r+=n,r<0&&(r=0)):r>n&&(r=n),r<t&&(r=t);var i;if(S.TYPED_ARRAY_SUPPORT)i=this.subarray(t,r),i.__proto__=S.prototype;else{var s=r-t;i=new S(s,void 0);for(var o=0;o<s;++o)i[o]=this[o+t]}return i};function W(e,t,r){if(e%1!==0||e<0)throw new RangeError("offset is not uint");if(e+t>r)throw new RangeError("Trying to access beyond buffer length")}S.prototype.readUIntLE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=this[t],s=1,o=0;++o<r&&(s*=256);)i+=this[t+o]*s;return i};S.prototype.readUIntBE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=this[t+--r],s=1;r>0&&(s*=256);)i+=this[t+--r]*s;return i};S.prototype.readUInt8=function(t,r){return r||W(t,1,this.length),this[t]};S.prototype.readUInt16LE=function(t,r){return r||W(t,2,this.length),this[t]|this[t+1]<<8};S.prototype.readUInt16BE=function(t,r){return r||W(t,2,this.length),this[t]<<8|this[t+1]};S.prototype.readUInt32LE=function(t,r){return r||W(t,4,this.length),(this[t]|this[t+1]<<8|this[t+2]<<16)+this[t+3]*16777216};S.prototype.readUInt32BE=function(t,r){return r||W(t,4,this.length),this[t]*16777216+(this[t+1]<<16|this[t+2]<<8|this[t+3])};S.prototype.readIntLE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=this[t],s=1,o=0;++o<r&&(s*=256);)i+=this[t+o]*s;return s*=128,i>=s&&(i-=Math.pow(2,8*r)),i};S.prototype.readIntBE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=r,s=1,o=this[t+--i];i>0&&(s*=256);)o+=this[t+--i]*s;return s*=128,o>=s&&(o-=Math.pow(2,8*r)),o};S.prototype.readInt8=function(t,r){return r||W(t,1,this.length),this[t]&128?(255-this[t]+1)*-1:this[t]};S.prototype.readInt16LE=function(t,r){r||W(t,2,this.length);var n=this[t]|this[t+1]<<8;return n&32768?n|4294901760:n};S.prototype.readInt16BE=function(t,r){r||W(t,2,this.length);var n=this[t+1]|this[t]<<8;return n&32768?n|4294901760:n};S.prototype.readInt32LE=function(t,r){return r||W(t,4,this.length),this[t]|this[t+1]<<8|this[t+2]<<16|this[t+3]<<24};S.prototype.readInt32BE=function(t,r){return r||W(t,4,this.length),this[t]<<24|this[t+1]<<16|this[t+2]<<8|this[t+3]};S.prototype.readFloatLE=function(t,r){return r||W(t,4,this.length),Wi(this,t,!0,23,4)};S.prototype.readFloatBE=function(t,r){return r||W(t,4,this.length),Wi(this,t,!1,23,4)};S.prototype.readDoubleLE=function(t,r){return r||W(t,8,this.length),Wi(this,t,!0,52,8)};S.prototype.readDoubleBE=function(t,r){return r||W(t,8,this.length),Wi(this,t,!1,52,8)};function fe(e,t,r,n,i,s){if(!Ve(e))throw new TypeError(\\\'"buffer" argument must be a Buffer instance\\\');if(t>i||t<s)throw new RangeError(\\\'"value" argument is out of bounds\\\');if(r+n>e.length)throw new RangeError("Index out of range")}S.prototype.writeUIntLE=function(t,r,n,i){if(t=+t,r=r|0,n=n|0,!i){var s=Math.pow(2,8*n)-1;fe(this,t,r,n,s,0)}var o=1,a=0;for(this[r]=t&255;++a<n&&(o*=256);)this[r+a]=t/o&255;return r+n};S.prototype.writeUIntBE=function(t,r,n,i){if(t=+t,r=r|0,n=n|0,!i){var s=Math.pow(2,8*n)-1;fe(this,t,r,n,s,0)}var o=n-1,a=1;for(this[r+o]=t&255;--o>=0&&(a*=256);)this[r+o]=t/a&255;return r+n};S.prototype.writeUInt8=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,1,255,0),S.TYPED_ARRAY_SUPPORT||(t=Math.floor(t)),this[r]=t&255,r+1};function Ki(e,t,r,n){t<0&&(t=65535+t+1);for(var i=0,s=Math.min(e.length-r,2);i<s;++i)e[r+i]=(t&255<<8*(n?i:1-i))>>>(n?i:1-i)*8}S.prototype.writeUInt16LE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,2,65535,0),S.TYPED_ARRAY_SUPPORT?(this[r]=t&255,this[r+1]=t>>>8):Ki(this,t,r,!0),r+2};S.prototype.writeUInt16BE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,2,65535,0),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>8,this[r+1]=t&255):Ki(this,t,r,!1),r+2};function Ji(e,t,r,n){t<0&&(t=4294967295+t+1);for(var i=0,s=Math.min(e.length-r,4);i<s;++i)e[r+i]=t>>>(n?i:3-i)*8&255}S.prototype.writeUInt32LE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,4,4294967295,0),S.TYPED_ARRAY_SUPPORT?(this[r+3]=t>>>24,this[r+2]=t>>>16,this[r+1]=t>>>8,this[r]=t&255):Ji(this,t,r,!0),r+4};S.prototype.writeUInt32BE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,4,4294967295,0),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>24,this[r+1]=t>>>16,this[r+2]=t>>>8,this[r+3]=t&255):Ji(this,t,r,!1),r+4};S.prototype.writeIntLE=function(t,r,n,i){if(t=+t,r=r|0,!i){var s=Math.pow(2,8*n-1);fe(this,t,r,n,s-1,-s)}var o=0,a=1,f=0;for(this[r]=t&255;++o<n&&(a*=256);)t<0&&f===0&&this[r+o-1]!==0&&(f=1),this[r+o]=(t/a>>0)-f&255;return r+n};S.prototype.writeIntBE=function(t,r,n,i){if(t=+t,r=r|0,!i){var s=Math.pow(2,8*n-1);fe(this,t,r,n,s-1,-s)}var o=n-1,a=1,f=0;for(this[r+o]=t&255;--o>=0&&(a*=256);)t<0&&f===0&&this[r+o+1]!==0&&(f=1),this[r+o]=(t/a>>0)-f&255;return r+n};S.prototype.writeInt8=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,1,127,-128),S.TYPED_ARRAY_SUPPORT||(t=Math.floor(t)),t<0&&(t=255+t+1),this[r]=t&255,r+1};S.prototype.writeInt16LE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,2,32767,-32768),S.TYPED_ARRAY_SUPPORT?(this[r]=t&255,this[r+1]=t>>>8):Ki(this,t,r,!0),r+2};S.prototype.writeInt16BE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,2,32767,-32768),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>8,this[r+1]=t&255):Ki(this,t,r,!1),r+2};S.prototype.writeInt32LE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,4,2147483647,-2147483648),S.TYPED_ARRAY_SUPPORT?(this[r]=t&255,this[r+1]=t>>>8,this[r+2]=t>>>16,this[r+3]=t>>>24):Ji(this,t,r,!0),r+4};S.prototype.writeInt32BE=function(t,r,n){return t=+t,r=r|0,n||fe(this,t,r,4,2147483647,-2147483648),t<0&&(t=4294967295+t+1),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>24,this[r+1]=t>>>16,this[r+2]=t>>>8,this[r+3]=t&255):Ji(this,t,r,!1),r+4};function l6(e,t,r,n,i,s){if(r+n>e.length)throw new RangeError("Index out of range");if(r<0)throw new RangeError("Index out of range")}function f6(e,t,r,n,i){return i||l6(e,t,r,4),e6(e,t,r,n,23,4),r+4}S.prototype.writeFloatLE=function(t,r,n){return f6(this,t,r,!0,n)};S.prototype.writeFloatBE=function(t,r,n){return f6(this,t,r,!1,n)};function u6(e,t,r,n,i){return i||l6(e,t,r,8),e6(e,t,r,n,52,8),r+8}S.prototype.writeDoubleLE=function(t,r,n){return u6(this,t,r,!0,n)};S.prototype.writeDoubleBE=function(t,r,n){return u6(this,t,r,!1,n)};S.prototype.copy=function(t,r,n,i){if(n||(n=0),!i&&i!==0&&(i=this.length),r>=t.length&&(r=t.length),r||(r=0),i>0&&i<n&&(i=n),i===n||t.length===0||this.length===0)return 0;if(r<0)throw new RangeError("targetStart out of bounds");if(n<0||n>=this.length)throw new RangeError("sourceStart out of bounds");if(i<0)throw new RangeError("sourceEnd out of bounds");i>this.length&&(i=this.length),t.length-r<i-n&&(i=t.length-r+n);var s=i-n,o;if(this===t&&n<r&&r<i)for(o=s-1;o>=0;--o)t[o+r]=this[o+n];else if(s<1e3||!S.TYPED_ARRAY_SUPPORT)for(o=0;o<s;++o)t[o+r]=this[o+n];else Uint8Array.prototype.set.call(t,this.subarray(n,n+s),r);return s};S.prototype.fill=function(t,r,n,i){if(typeof t=="string"){if(typeof r=="string"?(i=r,r=0,n=this.length):typeof n=="string"&&(i=n,n=this.length),t.length===1){var s=t.charCodeAt(0);s<256&&(t=s)}if(i!==void 0&&typeof i!="string")throw new TypeError("encoding must be a string");if(typeof i=="string"&&!S.isEncoding(i))throw new TypeError("Unknown encoding: "+i)}else typeof t=="number"&&(t=t&255);if(r<0||this.length<r||this.length<n)throw new RangeError("Out of range index");if(n<=r)return this;r=r>>>0,n=n===void 0?this.length:n>>>0,t||(t=0);var o;if(typeof t=="number")for(o=r;o<n;++o)this[o]=t;else{var a=Ve(t)?t:Yi(new S(t,i).toString()),f=a.length;for(o=0;o<n-r;++o)this[o+r]=a[o%f]}return this};var QL=/[^+\\\\/0-9A-Za-z-_]/g;function ZL(e){if(e=zL(e).replace(QL,""),e.length<2)return"";for(;e.length%4!==0;)e=e+"=";return e}function zL(e){return e.trim?e.trim():e.replace(/^\\\\s+|\\\\s+$/g,"")}function eC(e){return e<16?"0"+e.toString(16):e.toString(16)}function Yi(e,t){t=t||1/0;for(var r,n=e.length,i=null,s=[],o=0;o<n;++o){if(r=e.charCodeAt(o),r>55295&&r<57344){if(!i){if(r>56319){(t-=3)>-1&&s.push(239,191,189);continue}else if(o+1===n){(t-=3)>-1&&s.push(239,191,189);continue}i=r;continue}if(r<56320){(t-=3)>-1&&s.push(239,191,189),i=r;continue}r=(i-55296<<10|r-56320)+65536}else i&&(t-=3)>-1&&s.push(239,191,189);if(i=null,r<128){if((t-=1)<0)break;s.push(r)}else if(r<2048){if((t-=2)<0)break;s.push(r>>6|192,r&63|128)}else if(r<65536){if((t-=3)<0)break;s.push(r>>12|224,r>>6&63|128,r&63|128)}else if(r<1114112){if((t-=4)<0)break;s.push(r>>18|240,r>>12&63|128,r>>6&63|128,r&63|128)}else throw new Error("Invalid code point")}return s}function tC(e){for(var t=[],r=0;r<e.length;++r)t.push(e.charCodeAt(r)&255);return t}function rC(e,t){for(var r,n,i,s=[],o=0;o<e.length&&!((t-=2)<0);++o)r=e.charCodeAt(o),n=r>>8,i=r%256,s.push(i),s.push(n);return s}function c6(e){return ML(ZL(e))}function Xi(e,t,r,n){for(var i=0;i<n&&!(i+r>=t.length||i>=e.length);++i)t[i+r]=e[i];return i}function nC(e){return e!==e}function de(e){return e!=null&&(!!e._isBuffer||d6(e)||iC(e))}function d6(e){return!!e.constructor&&typeof e.constructor.isBuffer=="function"&&e.constructor.isBuffer(e)}function iC(e){return typeof e.readFloatLE=="function"&&typeof e.slice=="function"&&d6(e.slice(0,0))}var x=class e extends Error{constructor(t,r,n,...i){Array.isArray(r)&&(r=r.join(" ").trim()),super(r),Error.captureStackTrace!==void 0&&Error.captureStackTrace(this,e),this.code=t;for(let s of i)for(let o in s){let a=s[o];this[o]=de(a)?a.toString(n.encoding):a==null?a:JSON.parse(JSON.stringify(a))}}},Da=function(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)},m6=function(e){let t=[];for(let r=0,n=e.length;r<n;r++){let i=e[r];if(i==null||i===!1)t[r]={disabled:!0};else if(typeof i=="string"||typeof i=="number")t[r]={name:`${i}`};else if(Da(i)){if(typeof i.name!="string")throw new x("CSV_OPTION_COLUMNS_MISSING_NAME",["Option columns missing name:",`property "name" is required at position ${r}`,"when column is an object literal"]);t[r]=i}else throw new x("CSV_INVALID_COLUMN_DEFINITION",["Invalid column definition:","expect a string or a literal object,",`got ${JSON.stringify(i)} at position ${r}`])}return t},ji=class{constructor(t=100){this.size=t,this.length=0,this.buf=S.allocUnsafe(t)}prepend(t){if(de(t)){let r=this.length+t.length;if(r>=this.size&&(this.resize(),r>=this.size))throw Error("INVALID_BUFFER_STATE");let n=this.buf;this.buf=S.allocUnsafe(this.size),t.copy(this.buf,0),n.copy(this.buf,t.length),this.length+=t.length}else{let r=this.length++;r===this.size&&this.resize();let n=this.clone();this.buf[0]=t,n.copy(this.buf,1,0,r)}}append(t){let r=this.length++;r===this.size&&this.resize(),this.buf[r]=t}clone(){return S.from(this.buf.slice(0,this.length))}resize(){let t=this.length;this.size=this.size*2;let r=S.allocUnsafe(this.size);this.buf.copy(r,0,0,t),this.buf=r}toString(t){return t?this.buf.toString(t,0,this.length):Uint8Array.prototype.slice.call(this.buf.slice(0,this.length))}toJSON(){return this.toString("utf8")}reset(){this.length=0}},sC=function(e){let t=[32,9,10,13,12,11,160,5760,8192,8193,8194,8195,8196,8197,8198,8199,8200,8201,8202,8232,8233,8239,8287,12288,65279].reduce((n,i)=>{let s=S.from(String.fromCharCode(i),e.encoding);return i!==63&&s.length===1&&s[0]===63||n.push(s),n},[]),r=new Uint8Array(256);for(let n of t)r[n[0]]=1;return{bomSkipped:!1,bufBytesStart:0,castField:e.cast_function,commenting:!1,delimiterBufPrevious:void 0,delimiterDiscovered:!1,error:void 0,enabled:e.from_line===1,escaping:!1,escapeIsQuote:de(e.escape)&&de(e.quote)&&S.compare(e.escape,e.quote)===0,expectedRecordLength:Array.isArray(e.columns)?e.columns.length:void 0,field:new ji(20),firstLineToHeaders:e.cast_first_line_to_header,needMoreDataSize:Math.max(e.comment!==null?e.comment.length:0,...e.delimiter?e.delimiter.map(n=>n.length):[],e.delimiter_auto?1:0,e.quote!==null?e.quote.length:0,...t.map(n=>n.length)),previousBuf:void 0,quoting:!1,stop:!1,rawBuffer:new ji(100),record:[],recordHasError:!1,record_length:0,recordDelimiterMaxLength:e.record_delimiter.length===0?0:Math.max(...e.record_delimiter.map(n=>n.length)),trimChars:[S.from(" ",e.encoding)[0],S.from("	",e.encoding)[0]],wasQuoting:!1,wasRowDelimiter:!1,timchars:t,timcharFirstBytes:r}},oC=function(e){return e.replace(/([A-Z])/g,function(t,r){return"_"+r.toLowerCase()})},Ba=function(e){let t={};for(let n in e)t[oC(n)]=e[n];if(t.encoding===void 0||t.encoding===!0)t.encoding="utf8";else if(t.encoding===null||t.encoding===!1)t.encoding=null;else if(typeof t.encoding!="string"&&t.encoding!==null)throw new x("CSV_INVALID_OPTION_ENCODING",["Invalid option encoding:","encoding must be a string or null to return a buffer,",`got ${JSON.stringify(t.encoding)}`],t);if(t.bom===void 0||t.bom===null||t.bom===!1)t.bom=!1;else if(t.bom!==!0)throw new x("CSV_INVALID_OPTION_BOM",["Invalid option bom:","bom must be true,",`got ${JSON.stringify(t.bom)}`],t);if(t.cast_function=null,t.cast===void 0||t.cast===null||t.cast===!1||t.cast==="")t.cast=void 0;else if(typeof t.cast=="function")t.cast_function=t.cast,t.cast=!0;else if(t.cast!==!0)throw new x("CSV_INVALID_OPTION_CAST",["Invalid option cast:","cast must be true or a function,",`got ${JSON.stringify(t.cast)}`],t);if(t.cast_date===void 0||t.cast_date===null||t.cast_date===!1||t.cast_date==="")t.cast_date=!1;else if(t.cast_date===!0)t.cast_date=function(n){let i=Date.parse(n);return isNaN(i)?n:new Date(i)};else if(typeof t.cast_date!="function")throw new x("CSV_INVALID_OPTION_CAST_DATE",["Invalid option cast_date:","cast_date must be true or a function,",`got ${JSON.stringify(t.cast_date)}`],t);if(t.cast_first_line_to_header=void 0,t.columns===!0)t.cast_first_line_to_header=void 0;else if(typeof t.columns=="function")t.cast_first_line_to_header=t.columns,t.columns=!0;else if(Array.isArray(t.columns))t.columns=m6(t.columns);else if(t.columns===void 0||t.columns===null||t.columns===!1)t.columns=!1;else throw new x("CSV_INVALID_OPTION_COLUMNS",["Invalid option columns:","expect an array, a function or true,",`got ${JSON.stringify(t.columns)}`],t);if(t.group_columns_by_name===void 0||t.group_columns_by_name===null||t.group_columns_by_name===!1)t.group_columns_by_name=!1;else{if(t.group_columns_by_name!==!0)throw new x("CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",["Invalid option group_columns_by_name:","expect an boolean,",`got ${JSON.stringify(t.group_columns_by_name)}`],t);if(t.columns===!1)throw new x("CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",["Invalid option group_columns_by_name:","the `columns` mode must be activated."],t)}if(t.comment===void 0||t.comment===null||t.comment===!1||t.comment==="")t.comment=null;else if(typeof t.comment=="string"&&(t.comment=S.from(t.comment,t.encoding)),!de(t.comment))throw new x("CSV_INVALID_OPTION_COMMENT",["Invalid option comment:","comment must be a buffer or a string,",`got ${JSON.stringify(t.comment)}`],t);if(t.comment_no_infix===void 0||t.comment_no_infix===null||t.comment_no_infix===!1)t.comment_no_infix=!1;else if(t.comment_no_infix!==!0)throw new x("CSV_INVALID_OPTION_COMMENT",["Invalid option comment_no_infix:","value must be a boolean,",`got ${JSON.stringify(t.comment_no_infix)}`],t);if(t.delimiter_auto===void 0||t.delimiter_auto===null||t.delimiter_auto===!1)t.delimiter_auto=!1;else if(t.delimiter_auto===!0)t.delimiter_auto={};else if(!Da(t.delimiter_auto))throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","delimiter_auto must be a boolean or a configuration object,",`got ${JSON.stringify(t.delimiter_auto)}`],t);if(t.delimiter_auto){if(t.delimiter_auto.preferred===void 0)t.delimiter_auto.preferred={44:1.8,9:1.8,59:1.6,32:1.6,58:1.5,46:1.4,47:1.4};else if(!Da(t.delimiter_auto.preferred))throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","preferred must be an object,",`got ${JSON.stringify(t.delimiter_auto.preferred)}`],t);if(t.delimiter_auto.score===void 0)t.delimiter_auto.score=(n,i)=>(n.total-n.std)*(i.preferred[n.char_code]||1);else if(typeof t.delimiter_auto.score!="function")throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","score must be a function,",`got ${JSON.stringify(t.delimiter_auto.score)}`],t);if(t.delimiter_auto.size===void 0)t.delimiter_auto.size=2048;else if(typeof t.delimiter_auto.size!="number")throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","size must be a number,",`got ${JSON.stringify(t.delimiter_auto.size)}`],t)}let r=JSON.stringify(t.delimiter);if(t.delimiter_auto!==!1&&(t.delimiter=[]),Array.isArray(t.delimiter)||((t.delimiter===void 0||t.delimiter===null||t.delimiter===!1)&&(t.delimiter=S.from(",",t.encoding)),t.delimiter=[t.delimiter]),t.delimiter=t.delimiter.map(function(n){if(typeof n=="string"&&(n=S.from(n,t.encoding)),!de(n)||n.length===0)throw new x("CSV_INVALID_OPTION_DELIMITER",["Invalid option delimiter:","delimiter must be a non empty string or buffer or array of string|buffer,",`got ${r}`],t);return n}),t.escape===void 0||t.escape===!0?t.escape=S.from(\\\'"\\\',t.encoding):typeof t.escape=="string"?t.escape=S.from(t.escape,t.encoding):(t.escape===null||t.escape===!1)&&(t.escape=null),t.escape!==null&&!de(t.escape))throw new Error(`Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(t.escape)}`);if(t.from===void 0||t.from===null)t.from=1;else if(typeof t.from=="string"&&/\\\\d+/.test(t.from)&&(t.from=parseInt(t.from)),Number.isInteger(t.from)){if(t.from<0)throw new Error(`Invalid Option: from must be a positive integer, got ${JSON.stringify(e.from)}`)}else throw new Error(`Invalid Option: from must be an integer, got ${JSON.stringify(t.from)}`);if(t.from_line===void 0||t.from_line===null)t.from_line=1;else if(typeof t.from_line=="string"&&/\\\\d+/.test(t.from_line)&&(t.from_line=parseInt(t.from_line)),Number.isInteger(t.from_line)){if(t.from_line<=0)throw new Error(`Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(e.from_line)}`)}else throw new Error(`Invalid Option: from_line must be an integer, got ${JSON.stringify(e.from_line)}`);if(t.ignore_last_delimiters===void 0||t.ignore_last_delimiters===null)t.ignore_last_delimiters=!1;else if(typeof t.ignore_last_delimiters=="number")t.ignore_last_delimiters=Math.floor(t.ignore_last_delimiters),t.ignore_last_delimiters===0&&(t.ignore_last_delimiters=!1);else if(typeof t.ignore_last_delimiters!="boolean")throw new x("CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",["Invalid option `ignore_last_delimiters`:","the value must be a boolean value or an integer,",`got ${JSON.stringify(t.ignore_last_delimiters)}`],t);if(t.ignore_last_delimiters===!0&&t.columns===!1)throw new x("CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",["The option `ignore_last_delimiters`","requires the activation of the `columns` option"],t);if(t.info===void 0||t.info===null||t.info===!1)t.info=!1;else if(t.info!==!0)throw new Error(`Invalid Option: info must be true, got ${JSON.stringify(t.info)}`);if(t.max_record_size===void 0||t.max_record_size===null||t.max_record_size===!1)t.max_record_size=0;else if(!(Number.isInteger(t.max_record_size)&&t.max_record_size>=0))if(typeof t.max_record_size=="string"&&/\\\\d+/.test(t.max_record_size))t.max_record_size=parseInt(t.max_record_size);else throw new Error(`Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(t.max_record_size)}`);if(t.objname===void 0||t.objname===null||t.objname===!1)t.objname=void 0;else if(de(t.objname)){if(t.objname.length===0)throw new Error("Invalid Option: objname must be a non empty buffer");t.encoding===null||(t.objname=t.objname.toString(t.encoding))}else if(typeof t.objname=="string"){if(t.objname.length===0)throw new Error("Invalid Option: objname must be a non empty string")}else if(typeof t.objname!="number")throw new Error(`Invalid Option: objname must be a string or a buffer, got ${t.objname}`);if(t.objname!==void 0){if(typeof t.objname=="number"){if(t.columns!==!1)throw Error("Invalid Option: objname index cannot be combined with columns or be defined as a field")}else if(t.columns===!1)throw Error("Invalid Option: objname field must be combined with columns or be defined as an index")}if(t.on_record===void 0||t.on_record===null)t.on_record=void 0;else if(typeof t.on_record!="function")throw new x("CSV_INVALID_OPTION_ON_RECORD",["Invalid option `on_record`:","expect a function,",`got ${JSON.stringify(t.on_record)}`],t);if(t.on_skip!==void 0&&t.on_skip!==null&&typeof t.on_skip!="function")throw new Error(`Invalid Option: on_skip must be a function, got ${JSON.stringify(t.on_skip)}`);if(t.quote===null||t.quote===!1||t.quote==="")t.quote=null;else if(t.quote===void 0||t.quote===!0?t.quote=S.from(\\\'"\\\',t.encoding):typeof t.quote=="string"&&(t.quote=S.from(t.quote,t.encoding)),!de(t.quote))throw new Error(`Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(t.quote)}`);if(t.raw===void 0||t.raw===null||t.raw===!1)t.raw=!1;else if(t.raw!==!0)throw new Error(`Invalid Option: raw must be true, got ${JSON.stringify(t.raw)}`);if(t.record_delimiter===void 0)t.record_delimiter=[];else if(typeof t.record_delimiter=="string"||de(t.record_delimiter)){if(t.record_delimiter.length===0)throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a non empty string or buffer,",`got ${JSON.stringify(t.record_delimiter)}`],t);t.record_delimiter=[t.record_delimiter]}else if(!Array.isArray(t.record_delimiter))throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a string, a buffer or array of string|buffer,",`got ${JSON.stringify(t.record_delimiter)}`],t);if(t.record_delimiter=t.record_delimiter.map(function(n,i){if(typeof n!="string"&&!de(n))throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a string, a buffer or array of string|buffer",`at index ${i},`,`got ${JSON.stringify(n)}`],t);if(n.length===0)throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a non empty string or buffer",`at index ${i},`,`got ${JSON.stringify(n)}`],t);return typeof n=="string"&&(n=S.from(n,t.encoding)),n}),typeof t.relax_column_count!="boolean")if(t.relax_column_count===void 0||t.relax_column_count===null)t.relax_column_count=!1;else throw new Error(`Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(t.relax_column_count)}`);if(typeof t.relax_column_count_less!="boolean")if(t.relax_column_count_less===void 0||t.relax_column_count_less===null)t.relax_column_count_less=!1;else throw new Error(`Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(t.relax_column_count_less)}`);if(typeof t.relax_column_count_more!="boolean")if(t.relax_column_count_more===void 0||t.relax_column_count_more===null)t.relax_column_count_more=!1;else throw new Error(`Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(t.relax_column_count_more)}`);if(typeof t.relax_quotes!="boolean")if(t.relax_quotes===void 0||t.relax_quotes===null)t.relax_quotes=!1;else throw new Error(`Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(t.relax_quotes)}`);if(typeof t.skip_empty_lines!="boolean")if(t.skip_empty_lines===void 0||t.skip_empty_lines===null)t.skip_empty_lines=!1;else throw new Error(`Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(t.skip_empty_lines)}`);if(typeof t.skip_records_with_empty_values!="boolean")if(t.skip_records_with_empty_values===void 0||t.skip_records_with_empty_values===null)t.skip_records_with_empty_values=!1;else throw new Error(`Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(t.skip_records_with_empty_values)}`);if(typeof t.skip_records_with_error!="boolean")if(t.skip_records_with_error===void 0||t.skip_records_with_error===null)t.skip_records_with_error=!1;else throw new Error(`Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(t.skip_records_with_error)}`);if(t.rtrim===void 0||t.rtrim===null||t.rtrim===!1)t.rtrim=!1;else if(t.rtrim!==!0)throw new Error(`Invalid Option: rtrim must be a boolean, got ${JSON.stringify(t.rtrim)}`);if(t.ltrim===void 0||t.ltrim===null||t.ltrim===!1)t.ltrim=!1;else if(t.ltrim!==!0)throw new Error(`Invalid Option: ltrim must be a boolean, got ${JSON.stringify(t.ltrim)}`);if(t.trim===void 0||t.trim===null||t.trim===!1)t.trim=!1;else if(t.trim!==!0)throw new Error(`Invalid Option: trim must be a boolean, got ${JSON.stringify(t.trim)}`);if(t.trim===!0&&e.ltrim!==!1?t.ltrim=!0:t.ltrim!==!0&&(t.ltrim=!1),t.trim===!0&&e.rtrim!==!1?t.rtrim=!0:t.rtrim!==!0&&(t.rtrim=!1),t.to===void 0||t.to===null)t.to=-1;else if(t.to!==-1)if(typeof t.to=="string"&&/\\\\d+/.test(t.to)&&(t.to=parseInt(t.to)),Number.isInteger(t.to)){if(t.to<=0)throw new Error(`Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(e.to)}`)}else throw new Error(`Invalid Option: to must be an integer, got ${JSON.stringify(e.to)}`);if(t.to_line===void 0||t.to_line===null)t.to_line=-1;else if(t.to_line!==-1)if(typeof t.to_line=="string"&&/\\\\d+/.test(t.to_line)&&(t.to_line=parseInt(t.to_line)),Number.isInteger(t.to_line)){if(t.to_line<=0)throw new Error(`Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(e.to_line)}`)}else throw new Error(`Invalid Option: to_line must be an integer, got ${JSON.stringify(e.to_line)}`);return t},aC=function(e,t){t||({delimiter_auto:t}=Ba({delimiter_auto:!0})),typeof e=="string"&&(e=S.from(e)),de(e)&&(e=(i=>{let s=[],o=h6({delimiter:[]}),a=d=>s.push(d),f=()=>{},u=o.parse(i,!0,a,f);if(u!==void 0)throw u;return s})(e));let r=Array(127).fill().map(()=>({lines:[]}));e.map(([i],s)=>{for(let o=0,a=i.length;o<a;o++){let f=i.charCodeAt(o);r[f].lines[s]===void 0&&(r[f].lines[s]=0),r[f].lines[s]++}}),r.map((i,s)=>{i.char_code=s,i.std=lC(i.lines),i.total=i.lines.reduce((o,a)=>o+a,0),i.preferred=!!t.preferred[s],i.score=t.score(i,t)});let n=r.reduce((i,s)=>i.score>s.score?i:s,{});return String.fromCharCode(n.char_code)},lC=function(e){let t=e.length;if(t===0)return 0;let r=e.reduce((n,i)=>n+i)/t;return Math.sqrt(e.map(n=>Math.pow(n-r,2)).reduce((n,i)=>n+i)/t)},Z3=function(e){return e.every(t=>t==null||t.toString&&t.toString().trim()==="")},fC=13,uC=10,qr={utf8:S.from([239,187,191]),utf16le:S.from([255,254])},h6=function(e={}){let t={bytes:0,bytes_records:0,comment_lines:0,empty_lines:0,invalid_field_length:0,lines:1,records:0},r=Ba(e);return{info:t,original_options:e,options:r,state:sC(r),__needMoreData:function(n,i,s){if(s)return!1;let{encoding:o,escape:a,quote:f}=this.options,{quoting:u,needMoreDataSize:d,recordDelimiterMaxLength:c}=this.state,p=i-n-1,h=Math.max(d,c===0?S.from(`\\\\r\\n`,o).length:c,u?(a===null?0:a.length)+f.length:0,u?f.length+c:0);return p<h},parse:function(n,i,s,o){let{bom:a,comment_no_infix:f,delimiter_auto:u,encoding:d,from_line:c,ltrim:p,max_record_size:h,raw:y,relax_quotes:v,rtrim:w,skip_empty_lines:b,to:_,to_line:A}=this.options,{comment:I,escape:N,quote:E,record_delimiter:q}=this.options,{bomSkipped:T,delimiterDiscovered:B,delimiterBufPrevious:ie,rawBuffer:Ie,escapeIsQuote:pe}=this.state;if(!B&&u){let k;if(ie===void 0?k=n:ie!==void 0&&n===void 0?k=ie:k=S.concat([ie,n]),n=void 0,i||k.length>u.size)this.options.delimiter=[S.from(aC(k,this.options.delimiter_auto))],this.state.previousBuf=k,this.state.delimiterBufPrevious=void 0,this.state.delimiterDiscovered=!0;else{this.state.delimiterBufPrevious=k;return}}let{previousBuf:Q}=this.state,R;if(Q===void 0)if(n===void 0){o();return}else R=n;else Q!==void 0&&n===void 0?R=Q:R=S.concat([Q,n]);if(T===!1)if(a===!1)this.state.bomSkipped=!0;else if(R.length<3){if(i===!1){this.state.previousBuf=R;return}}else{for(let k in qr)if(qr[k].compare(R,0,qr[k].length)===0){let te=qr[k].length;this.state.bufBytesStart+=te,R=R.slice(te);let Oe=Ba({...this.original_options,encoding:k});for(let U in Oe)this.options[U]=Oe[U];({comment:I,escape:N,quote:E}=this.options);break}this.state.bomSkipped=!0}let ee=R.length,M;for(M=0;M<ee&&!this.__needMoreData(M,ee,i);M++){if(this.state.wasRowDelimiter===!0&&(this.info.lines++,this.state.wasRowDelimiter=!1),A!==-1&&this.info.lines>A){this.state.stop=!0,o();return}this.state.quoting===!1&&q.length===0&&this.__autoDiscoverRecordDelimiter(R,M)&&(q=this.options.record_delimiter);let k=R[M];if(y===!0&&Ie.append(k),(k===fC||k===uC)&&this.state.wasRowDelimiter===!1&&(this.state.wasRowDelimiter=!0),this.state.escaping===!0)this.state.escaping=!1;else{if(N!==null&&this.state.quoting===!0&&this.__isEscape(R,M,k)&&M+N.length<ee)if(pe){if(this.__isQuote(R,M+N.length)){this.state.escaping=!0,M+=N.length-1;continue}}else{this.state.escaping=!0,M+=N.length-1;continue}if(this.state.commenting===!1&&this.__isQuote(R,M))if(this.state.quoting===!0){let U=R[M+E.length],ge=w&&this.__isCharTrimable(R,M+E.length),ye=I!==null&&this.__compareBytes(I,R,M+E.length,U),je=this.__isDelimiter(R,M+E.length,U),Zt=q.length===0?this.__autoDiscoverRecordDelimiter(R,M+E.length):this.__isRecordDelimiter(U,R,M+E.length);if(N!==null&&this.__isEscape(R,M,k)&&this.__isQuote(R,M+N.length))M+=N.length-1;else if(!U||je||Zt||ye||ge){this.state.quoting=!1,this.state.wasQuoting=!0,M+=E.length-1;continue}else if(v===!1){let Mt=this.__error(new x("CSV_INVALID_CLOSING_QUOTE",["Invalid Closing Quote:",`got "${String.fromCharCode(U)}"`,`at line ${this.info.lines}`,"instead of delimiter, record delimiter, trimable character","(if activated) or comment"],this.options,this.__infoField()));if(Mt!==void 0)return Mt}else this.state.quoting=!1,this.state.wasQuoting=!0,this.state.field.prepend(E),M+=E.length-1}else if(this.state.field.length!==0){if(v===!1){let U=this.__infoField(),ge=Object.keys(qr).map(je=>qr[je].equals(this.state.field.toString())?je:!1).filter(Boolean)[0],ye=this.__error(new x("INVALID_OPENING_QUOTE",["Invalid Opening Quote:",`a quote is found on field ${JSON.stringify(U.column)} at line ${U.lines}, value is ${JSON.stringify(this.state.field.toString(d))}`,ge?`(${ge} bom)`:void 0],this.options,U,{field:this.state.field}));if(ye!==void 0)return ye}}else{this.state.quoting=!0,M+=E.length-1;continue}if(this.state.quoting===!1){let U=this.__isRecordDelimiter(k,R,M);if(U!==0){if(this.state.commenting&&this.state.wasQuoting===!1&&this.state.record.length===0&&this.state.field.length===0)this.info.comment_lines++;else{if(this.state.enabled===!1&&this.info.lines+(this.state.wasRowDelimiter===!0?1:0)>=c){this.state.enabled=!0,this.__resetField(),this.__resetRecord(),M+=U-1;continue}if(b===!0&&this.state.wasQuoting===!1&&this.state.record.length===0&&this.state.field.length===0){this.info.empty_lines++,M+=U-1;continue}this.info.bytes=this.state.bufBytesStart+M;let je=this.__onField();if(je!==void 0)return je;this.info.bytes=this.state.bufBytesStart+M+U;let Zt=this.__onRecord(s);if(Zt!==void 0)return Zt;if(_!==-1&&this.info.records>=_){this.state.stop=!0,o();return}}this.state.commenting=!1,M+=U-1;continue}if(this.state.commenting)continue;if(I!==null&&(f===!1||this.state.record.length===0&&this.state.field.length===0)&&this.__compareBytes(I,R,M,k)!==0){this.state.commenting=!0;continue}let ge=this.__isDelimiter(R,M,k);if(ge!==0){this.info.bytes=this.state.bufBytesStart+M;let ye=this.__onField();if(ye!==void 0)return ye;M+=ge-1;continue}}}if(this.state.commenting===!1&&h!==0&&this.state.record_length+this.state.field.length>h)return this.__error(new x("CSV_MAX_RECORD_SIZE",["Max Record Size:","record exceed the maximum number of tolerated bytes",`of ${h}`,`at line ${this.info.lines}`],this.options,this.__infoField()));let te=p===!1||this.state.quoting===!0||this.state.field.length!==0||!this.__isCharTrimable(R,M),Oe=w===!1||this.state.wasQuoting===!1;if(te===!0&&Oe===!0)this.state.field.append(k);else{if(w===!0&&!this.__isCharTrimable(R,M))return this.__error(new x("CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",["Invalid Closing Quote:","found non trimable byte after quote",`at line ${this.info.lines}`],this.options,this.__infoField()));te===!1&&(M+=this.__isCharTrimable(R,M)-1);continue}}if(i===!0)if(this.state.quoting===!0){let k=this.__error(new x("CSV_QUOTE_NOT_CLOSED",["Quote Not Closed:",`the parsing is finished with an opening quote at line ${this.info.lines}`],this.options,this.__infoField()));if(k!==void 0)return k}else if(this.state.wasQuoting===!0||this.state.record.length!==0||this.state.field.length!==0){this.info.bytes=this.state.bufBytesStart+M;let k=this.__onField();if(k!==void 0)return k;let te=this.__onRecord(s);if(te!==void 0)return te}else this.state.wasRowDelimiter===!0?this.info.empty_lines++:this.state.commenting===!0&&this.info.comment_lines++;else this.state.bufBytesStart+=M,this.state.previousBuf=R.slice(M);this.state.wasRowDelimiter===!0&&(this.info.lines++,this.state.wasRowDelimiter=!1)},__onRecord:function(n){let{columns:i,group_columns_by_name:s,encoding:o,info:a,from:f,relax_column_count:u,relax_column_count_less:d,relax_column_count_more:c,raw:p,skip_records_with_empty_values:h}=this.options,{enabled:y,record:v}=this.state;if(y===!1)return this.__resetRecord();let w=v.length;if(i===!0){if(h===!0&&Z3(v)){this.__resetRecord();return}return this.__firstLineToColumns(v)}if(i===!1&&this.info.records===0&&(this.state.expectedRecordLength=w),w!==this.state.expectedRecordLength){let b=i===!1?new x("CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",["Invalid Record Length:",`expect ${this.state.expectedRecordLength},`,`got ${w} on line ${this.info.lines}`],this.options,this.__infoField(),{record:v}):new x("CSV_RECORD_INCONSISTENT_COLUMNS",["Invalid Record Length:",`columns length is ${i.length},`,`got ${w} on line ${this.info.lines}`],this.options,this.__infoField(),{record:v});if(u===!0||d===!0&&w<this.state.expectedRecordLength||c===!0&&w>this.state.expectedRecordLength)this.info.invalid_field_length++,this.state.error=b;else{let _=this.__error(b);if(_)return _}}if(h===!0&&Z3(v)){this.__resetRecord();return}if(this.state.recordHasError===!0){this.__resetRecord(),this.state.recordHasError=!1;return}if(this.info.records++,f===1||this.info.records>=f){let{objname:b}=this.options;if(i!==!1){let _={};for(let A=0,I=v.length;A<I;A++)i[A]===void 0||i[A].disabled||(s===!0&&Object.hasOwn(_,i[A].name)?Array.isArray(_[i[A].name])?_[i[A].name]=_[i[A].name].concat(v[A]):_[i[A].name]=[_[i[A].name],v[A]]:Object.defineProperty(_,i[A].name,{value:v[A],enumerable:!0,writable:!0,configurable:!0}));if(p===!0||a===!0){let A=Object.assign({record:_},p===!0?{raw:this.state.rawBuffer.toString(o)}:{},a===!0?{info:this.__infoRecord()}:{}),I=this.__push(b===void 0?A:[_[b],A],n);if(I)return I}else{let A=this.__push(b===void 0?_:[_[b],_],n);if(A)return A}}else if(p===!0||a===!0){let _=Object.assign({record:v},p===!0?{raw:this.state.rawBuffer.toString(o)}:{},a===!0?{info:this.__infoRecord()}:{}),A=this.__push(b===void 0?_:[v[b],_],n);if(A)return A}else{let _=this.__push(b===void 0?v:[v[b],v],n);if(_)return _}}this.__resetRecord()},__firstLineToColumns:function(n){let{firstLineToHeaders:i}=this.state;try{let s=i===void 0?n:i.call(null,n);if(!Array.isArray(s))return this.__error(new x("CSV_INVALID_COLUMN_MAPPING",["Invalid Column Mapping:","expect an array from column function,",`got ${JSON.stringify(s)}`],this.options,this.__infoField(),{headers:s}));let o=m6(s);this.state.expectedRecordLength=o.length,this.options.columns=o,this.__resetRecord();return}catch(s){return s}},__resetRecord:function(){this.options.raw===!0&&this.state.rawBuffer.reset(),this.state.error=void 0,this.state.record=[],this.state.record_length=0},__onField:function(){let{cast:n,encoding:i,rtrim:s,max_record_size:o}=this.options,{enabled:a,wasQuoting:f}=this.state;if(a===!1)return this.__resetField();let u=this.state.field.toString(i);if(s===!0&&f===!1&&(u=u.trimRight()),n===!0){let[d,c]=this.__cast(u);if(d!==void 0)return d;u=c}this.state.record.push(u),o!==0&&typeof u=="string"&&(this.state.record_length+=u.length),this.__resetField()},__resetField:function(){this.state.field.reset(),this.state.wasQuoting=!1},__push:function(n,i){let{on_record:s}=this.options;if(s!==void 0){let o=this.__infoRecord();try{n=s.call(null,n,o)}catch(a){return a}if(n==null)return}this.info.bytes_records+=this.info.bytes,i(n)},__cast:function(n){let{columns:i,relax_column_count:s}=this.options;if(Array.isArray(i)===!0&&s&&this.options.columns.length<=this.state.record.length)return[void 0,void 0];if(this.state.castField!==null)try{let a=this.__infoField();return[void 0,this.state.castField.call(null,n,a)]}catch(a){return[a]}if(this.__isFloat(n))return[void 0,parseFloat(n)];if(this.options.cast_date!==!1){let a=this.__infoField();return[void 0,this.options.cast_date.call(null,n,a)]}return[void 0,n]},__compareBytes:function(n,i,s,o){if(n[0]!==o)return 0;let a=n.length;for(let f=1;f<a;f++)if(n[f]!==i[s+f])return 0;return a},__isCharTrimable:function(n,i){let{timchars:s,timcharFirstBytes:o}=this.state,a=n[i];if(a===void 0||o[a]===0)return 0;e:for(let f=0;f<s.length;f++){let u=s[f];for(let d=0;d<u.length;d++)if(u[d]!==n[i+d])continue e;return u.length}return 0},__isDelimiter:function(n,i,s){let{delimiter:o,ignore_last_delimiters:a}=this.options;if(a===!0&&this.state.record.length===this.options.columns.length-1)return 0;if(a!==!1&&typeof a=="number"&&this.state.record.length===a-1)return 0;e:for(let f=0;f<o.length;f++){let u=o[f];if(u[0]===s){for(let d=1;d<u.length;d++)if(u[d]!==n[i+d])continue e;return u.length}}return 0},__isEscape:function(n,i,s){let{escape:o}=this.options;if(o===null)return!1;let a=o.length;if(o[0]===s){for(let f=0;f<a;f++)if(o[f]!==n[i+f])return!1;return!0}return!1},__isFloat:function(n){return n-parseFloat(n)+1>=0},__isQuote:function(n,i){let{quote:s}=this.options;if(s===null)return!1;let o=s.length;for(let a=0;a<o;a++)if(s[a]!==n[i+a])return!1;return!0},__isRecordDelimiter:function(n,i,s){let{record_delimiter:o}=this.options,a=o.length;e:for(let f=0;f<a;f++){let u=o[f],d=u.length;if(u[0]===n){for(let c=1;c<d;c++)if(u[c]!==i[s+c])continue e;return u.length}}return 0},__autoDiscoverRecordDelimiter:function(n,i){let{encoding:s}=this.options,o=[S.from(`\\\\r\\n`,s),S.from(`\\n`,s),S.from("\\\\r",s)];e:for(let a=0;a<o.length;a++){let f=o[a].length;for(let u=0;u<f;u++)if(o[a][u]!==n[i+u])continue e;return this.options.record_delimiter.push(o[a]),this.state.recordDelimiterMaxLength=o[a].length,o[a].length}return 0},__error:function(n){let{encoding:i,raw:s,skip_records_with_error:o}=this.options,a=typeof n=="string"?new Error(n):n;if(o){if(this.state.recordHasError=!0,this.options.on_skip!==void 0)try{this.options.on_skip(a,s?this.state.rawBuffer.toString(i):void 0)}catch(f){return f}return}else return a},__infoDataSet:function(){return{...this.info,columns:this.options.columns}},__infoRecord:function(){let{columns:n,raw:i,encoding:s}=this.options;return{...this.__infoDataSet(),bytes_records:this.info.bytes,error:this.state.error,header:n===!0,index:this.state.record.length,raw:i?this.state.rawBuffer.toString(s):void 0}},__infoField:function(){let{columns:n}=this.options,i=Array.isArray(n),s=this.info.bytes_records;return{...this.__infoRecord(),bytes_records:s,column:i===!0?n.length>this.state.record.length?n[this.state.record.length].name:null:this.state.record.length,quoting:this.state.wasQuoting}}}},p6=function(e,t={}){typeof e=="string"&&(e=S.from(e));let r=t&&t.objname?Object.create(null):[],n=h6(t),i=a=>{n.options.objname===void 0?r.push(a):r[a[0]]=a[1]},s=()=>{},o=n.parse(e,!0,i,s);if(o!==void 0)throw o;return r};l();function g6(e,t,r){let n=1;for(let u=e.indexOf(`\\n`);u>=0&&n<=t;u=e.indexOf(`\\n`,u+1))n++;n=Math.min(n,t);let i=new Int32Array(n),s=new Int32Array(n),o=new Int32Array(n),a=0,f=0;for(let u=1;f<e.length&&a<t;u++){let d=e.indexOf(`\\n`,f);if(d<0&&(d=e.length),d>f){if(3*(d-f)>r)return;i[a]=f,s[a]=d,o[a]=u,a++}f=d+1}return{count:a,starts:i,ends:s,lines:o}}function y6(e,t,r){let n=[],i=t;for(let s=t;s<r;s++)e.charCodeAt(s)===44&&(n.push(e.slice(i,s)),i=s+1);return n.push(e.slice(i,r)),n}function v6(e,t,r){return Va.lastIndex=t,Va.test(e)&&Va.lastIndex>=r}var Va=/(?:[^\\\\S\\\\n]|,)*/y;l();var Qi=class{constructor(t){C(this,"text",t);C(this,"starts",[0]);for(let r=0;r<t.length;r++){let n=t.charCodeAt(r);(n===10||n===13&&t.charCodeAt(r+1)!==10)&&this.starts.push(r+1)}}lineStart(t){return this.starts[t-1]??this.text.length}positionAt(t){let r=0,n=this.starts.length-1;for(;r<n;){let i=r+n+1>>1;this.starts[i]<=t?r=i:n=i-1}return{line:r+1,column:t-this.starts[r]+1}}};var Ha=\\\'Quote a cell that holds a comma or a quote, and double every quote inside it: "a ""b"", c".\\\',cC={bom:!1,relax_column_count:!0,skip_empty_lines:!0,record_delimiter:`\\n`};function _6(e,t,r){let n=r,i={...cC,to:t.maxRows+2,max_record_size:(t.maxCellChars+3)*(t.maxColumns+1)},s=dC(e),o=e.includes(\\\'"\\\')?w6(e,i,s,n):mC(e,i)??w6(e,i,s,n);if(!o)return;let a=hC(e,o),f=[];for(let u=0;u<o.count;u++){if(u>t.maxRows){n("error","limit-rows",{line:a.line(u),column:1},`The file has more than ${t.maxRows} rows; the limit maxRows is ${t.maxRows}.`,"Split the file, or raise limits.max_rows in benchbench.yaml.");return}u>0&&o.isBlank(u)||f.push(u)}return{row:u=>o.row(u),kept:f,places:a,...o.quoteFree&&{quoteFree:o.quoteFree}}}var dC=e=>{let t;return()=>t??(t=new Qi(e))};function mC(e,t){let r=g6(e,t.to,t.max_record_size);if(!r)return;let n=-1,i=[],s=o=>(o!==n&&([n,i]=[o,y6(e,r.starts[o],r.ends[o])]),i);return{count:r.count,row:s,start:o=>o<r.count?r.starts[o]:e.length,isBlank:o=>v6(e,r.starts[o],r.ends[o]),line:o=>r.lines[o],position:(o,a)=>({line:r.lines[o],column:a-r.starts[o]+1}),quoteFree:r}}function w6(e,t,r,n){let i=[];try{p6(e,{...t,on_record:(f,u)=>(i.push({record:f,lines:u.lines}),null)})}catch(f){let u=i[i.length-1];gC(e,r(),u?r().lineStart(u.lines+1):0,f,n);return}let s=i.map(f=>f.record),o=i.map(({record:f,lines:u})=>r().lineStart(u-pC(f))),a=f=>o[f];return{count:s.length,row:f=>s[f],start:a,isBlank:f=>s[f].every(u=>u.trim()===""),line:f=>r().positionAt(a(f)).line,position:(f,u)=>r().positionAt(u)}}function hC(e,t){let r=new Map,n=i=>{let s=r.get(i);return s||r.set(i,s=b6(e,t.start(i))),s};return{line:i=>t.line(i),cell(i,s){let o=t.row(i);if(s>=o.length){let c=this.cell(i,o.length-1);return{line:c.line,column:c.column+o[o.length-1].trim().length}}let a=o[s],f=n(i)[s]?.start??0,u=a.length-a.trimStart().length,d=e[f]===\\\'"\\\';return t.position(i,f+(d||u===a.length?0:u))}}}var pC=e=>e.reduce((t,r)=>t+(r.match(/\\\\n/g)?.length??0),0);function b6(e,t){let r=[],n=t,i,s=t;for(;s<=e.length;){if(s===n&&e[s]===\\\'"\\\'){let a=s+1;for(;;){let f=e.indexOf(\\\'"\\\',a);if(f<0)return r.push({start:n,afterQuote:-1}),r;if(e[f+1]===\\\'"\\\')a=f+2;else{i=f+1,s=f+1;break}}continue}let o=e[s];if(o===","||o===`\\n`||s===e.length){if(r.push(i===void 0?{start:n}:{start:n,afterQuote:i}),o!==",")return r;n=s+1,i=void 0}s++}return r}function gC(e,t,r,n,i){if(n.code==="CSV_MAX_RECORD_SIZE"){i("error","limit-cell-chars",{line:n.lines},"A record is longer than the limits allow (maxCellChars per cell and maxColumns cells).","Check the quotes of this line (an unclosed quote swallows the rest of the file), or raise limits in benchbench.yaml.");return}for(;e[r]===`\\n`;)r++;let s=b6(e,r),o=s[n.column??0],a,f=`The CSV cannot be read: ${n.message}`;n.code==="CSV_QUOTE_NOT_CLOSED"?(a=s.find(d=>d.afterQuote===-1)?.start,f="This quote is never closed."):n.code==="INVALID_OPENING_QUOTE"&&o?(a=e.indexOf(\\\'"\\\',o.start),f="A quote inside a cell that does not start with a quote."):n.code==="CSV_INVALID_CLOSING_QUOTE"&&o?.afterQuote!==void 0&&o.afterQuote>=0&&(a=o.afterQuote,f="Text follows the closing quote of a quoted cell.");let u=a===void 0||a<0?{line:n.lines}:t.positionAt(a);i("error","csv-syntax",u,f,Ha)}l();var Zi=class{constructor(t){C(this,"count",0);C(this,"modelIndex");C(this,"values");C(this,"records");this.modelIndex=new Int32Array(t),this.values=new Float64Array(t),this.records=new Int32Array(t)}push(t,r,n){this.count===this.values.length&&this.grow(Math.max(16,2*this.count)),this.modelIndex[this.count]=t,this.values[this.count]=r,this.records[this.count]=n,this.count++}done(){return this.count<this.values.length&&this.grow(this.count),{modelIndex:this.modelIndex,values:this.values,records:this.records}}grow(t){let r=new Int32Array(t),n=new Float64Array(t),i=new Int32Array(t);r.set(this.modelIndex.subarray(0,this.count)),n.set(this.values.subarray(0,this.count)),i.set(this.records.subarray(0,this.count)),[this.modelIndex,this.values,this.records]=[r,n,i]}};var yC=new Set(["","-","na","n/a","nan"]),ja=/^[+-]?(\\\\d+(\\\\.\\\\d*)?|\\\\.\\\\d+)([eE][+-]?\\\\d+)?$/;function A6(e,t,r,n=new Vi){let i=[],s=(d,c,p,h,y)=>i.push(Vt({severity:d,code:c,file:e,line:p.line,column:p.column,message:h,hint:y})),o=vC(t,r,s),a=o===void 0?void 0:_6(o,r,s),f=a&&_C(a,r,s);if(o===void 0||!a||!f)return wC(i);let u=new Ya(o,a,f,r,n,s);return u.readRows(),SC(u.missing,s),u.results(i)}function vC(e,t,r){e.charCodeAt(0)===65279&&(e=e.slice(1));let n=m.byteLength(e,"utf8");if(n>t.maxFileBytes){r("error","limit-file-bytes",{},`The file is ${n} bytes; the limit maxFileBytes is ${t.maxFileBytes}.`,"Split the file, or raise limits.max_file_bytes in benchbench.yaml.");return}return e.includes("\\\\r")?e.replace(/\\\\r\\\\n?/g,`\\n`):e}var wC=e=>({modelNames:[],modelSpellings:[],models:[],modelLines:new Int32Array(0),scenarios:[],issues:e});function _C(e,t,r){let{kept:n,places:i}=e;if(n.length===0){r("error","empty-file",{},"The file is empty.","Write a header line `model,<scenario>...` and one row per model.");return}let s=e.row(n[0]).map((o,a)=>({text:o.trim(),...i.cell(n[0],a)}));if(s.length>t.maxColumns){r("error","limit-columns",s[t.maxColumns],`The header has ${s.length} columns; the limit maxColumns is ${t.maxColumns}.`,"Split the file, or raise limits.max_columns in benchbench.yaml.");return}return s[0].text.toLowerCase()==="model"?s:bC(s,r)}function bC(e,t){let r=e[0],n=e.findIndex(o=>o.text.toLowerCase()==="model"),i=e.length===1?[";","	","|"].find(o=>r.text.includes(o)):void 0,s=n>0?`Move the \\\\`model\\\\` column (column ${n+1}) to the front.`:i?`The header seems to use ${JSON.stringify(i)} between cells; use commas.`:`Rename the first column ${JSON.stringify(r.text)} to \\\\`model\\\\`: the header must start with \\\\`model,\\\\`.`;t("error","missing-model-column",r,`The first column is ${JSON.stringify(r.text)}, not \\\\`model\\\\`.`,s)}function AC(e,t,r){let n=new Map;return e.map((i,s)=>{if(s>0&&i.text==="")return r("error","empty-column-name",i,`Column ${s+1} has no name.`,"Name every column, or delete the empty column."),!1;if(!S6(i.text,()=>i,t,r))return!1;if(es(i.text))return zi(r,i.text,i),!1;let o=n.get(i.text.toLowerCase());return o!==void 0?(r("error","duplicate-column",i,`Column ${s+1} repeats the name ${JSON.stringify(i.text)} of column ${o+1}.`,"Give every column a distinct name; the first of the two is used."),!1):(n.set(i.text.toLowerCase(),s),!0)})}function SC(e,t){for(let[r,{count:n,first:i}]of e){let s=n>1?"s":"",o=r===""?`blank cell${s}`:`cell${s} written ${JSON.stringify(r)}`;t("note","missing-score",i,`${n} ${o} read as missing score${s} (the first here).`,"A missing score is fine: the model is left out of that scenario. An empty cell is the preferred spelling.")}}function zi(e,t,r){e("error","spreadsheet-formula",r,`The cell ${JSON.stringify(t.slice(0,40))} looks like a spreadsheet formula.`,"Export values, not formulas; a cell must not start with =, + or @ unless it is a number.")}var Ya=class{constructor(t,r,n,i,s,o){C(this,"records",r);C(this,"limits",i);C(this,"spellings",s);C(this,"at",o);C(this,"format");C(this,"missing",new Map);C(this,"places");C(this,"width");C(this,"scenarioCol");C(this,"scoreCol");C(this,"scenarios",new Map);C(this,"plain");C(this,"modelNames",[]);C(this,"modelSpellings",[]);C(this,"modelRecords",[]);this.places=r.places,this.width=n.length;let a=AC(n,i,o),f=n.map(d=>d.text.toLowerCase());this.scenarioCol=f.indexOf("scenario"),this.scoreCol=f.indexOf("score"),this.format=this.scenarioCol>0&&this.scoreCol>0?"long":"wide";let u=[];this.format==="wide"&&n.forEach((d,c)=>u[c]=c>0&&a[c]?this.scenario(d.text,()=>d,c):void 0),s.startFile(),r.kept.length===1&&o("error","no-rows",{line:n[0].line},"The file has a header but no rows of scores.","Add one row per model below the header."),this.plain={source:t,maxCellChars:i.maxCellChars,cellEnds:new Int32Array(this.width),values:new Float64Array(this.width),spellings:s,scenarios:u,models:{names:this.modelNames,spellings:this.modelSpellings,records:this.modelRecords,previous:-1},countMissing:(d,c)=>this.countMissing("",d,c)}}scenario(t,r,n){let i=this.scenarios.get(t);if(!i){let{line:s,column:o}=r(),a=this.format==="wide"?this.records.kept.length-1:16;i={id:Gi(t),line:s,column:o,field:n,scores:new Zi(a),rows:new Map},this.scenarios.set(t,i)}return i}readRows(){let{kept:t,quoteFree:r}=this.records,n=r&&this.format==="wide";for(let i=1;i<t.length;i++){let s=t[i];n&&NC(this.plain,r.starts[s],r.ends[s],s)||this.readRow(s)}}readRow(t){let{at:r,places:n,width:i}=this,s=this.records.row(t);if(s.length>i){r("error","column-count",n.cell(t,i),`This row has ${s.length} cells; the header has ${i}.`,`Remove the extra cells, or quote a cell that contains a comma. ${Ha}`);return}s.length<i&&r("warning","short-row",n.cell(t,s.length),`This row has ${s.length} cell${s.length>1?"s":""}; the header has ${i}. The missing cells are read as missing scores.`,"End the row with empty cells (commas) so that every row has as many cells as the header.");for(let a=0;a<s.length;a++)if(s[a].length>this.limits.maxCellChars&&!S6(s[a].trim(),()=>n.cell(t,a),this.limits,r))return;let o=this.modelOf(t,s);o!==void 0&&(this.format==="wide"?this.wideScores(t,s,o):this.longScore(t,s,o))}modelOf(t,r){let{at:n}=this,i=r[0].trim();if(i===""){n("error","empty-model",this.places.cell(t,0),"This row has no model name.","Write the model name in the first cell, or delete the row.");return}if(es(i)){zi(n,i,this.places.cell(t,0));return}let{spellings:s,plain:o}=this,a=s.numberOf(i,o.models.previous);o.models.previous=a;let f=s.indexInFile(a),u=f!==void 0;return f===void 0&&(s.setIndexInFile(a,f=this.modelNames.length),this.modelNames.push(s.written[a]),this.modelSpellings.push(a),this.modelRecords.push(t)),{name:i,m:f,seen:u}}wideScores(t,r,n){let{places:i}=this;if(n.seen){this.at("error","duplicate-model",i.cell(t,0),`Model ${JSON.stringify(n.name)} is listed twice: lines ${i.line(this.modelRecords[n.m])} and ${i.line(t)}.`,"Keep one row per model (the first is used).");return}for(let s=1;s<this.width;s++){let o=this.plain.scenarios[s];if(o===void 0||s>=r.length)continue;let a=this.score(r[s].trim(),t,s);a!==void 0&&o.scores.push(n.m,a,t)}}longScore(t,r,n){let{at:i,places:s,scenarioCol:o,scoreCol:a}=this,f=o<r.length?r[o].trim():"";if(f===""){i("error","empty-scenario-name",s.cell(t,o),"This row has no scenario name.","Write the scenario id in the `scenario` column.");return}if(es(f)){zi(i,f,s.cell(t,o));return}let u=a<r.length?this.score(r[a].trim(),t,a):void 0,d=this.scenario(f,()=>s.cell(t,o),a),c=d.rows.get(n.name);if(c!==void 0){i("error","duplicate-model",s.cell(t,0),`Model ${JSON.stringify(n.name)} is listed twice for scenario ${JSON.stringify(f)}: lines ${s.line(c)} and ${s.line(t)}.`,"Keep one row per model and scenario (the first is used).");return}d.rows.set(n.name,t),u!==void 0&&d.scores.push(n.m,u,t)}score(t,r,n){let{at:i,places:s}=this;if(ja.test(t)){let a=Number(t);if(Number.isFinite(a))return a;i("error","non-finite-score",s.cell(r,n),`The score ${JSON.stringify(t)} is too large to be a finite number.`,"Write a finite decimal number.");return}if(yC.has(t.toLowerCase())){this.countMissing(t,r,n);return}if(/^[+-]?inf(inity)?$/i.test(t)){i("error","non-finite-score",s.cell(r,n),`The score ${JSON.stringify(t)} is infinite.`,"Write a finite decimal number, or leave the cell empty for a missing score.");return}if(es(t)){zi(i,t,s.cell(r,n));return}let o=/^[+-]?\\\\d+(\\\\.\\\\d+)?\\\\s*%$/.test(t)?`Write the number without the percent sign (${t.replace(/\\\\s*%$/,"")}).`:/^[+-]?\\\\d+,\\\\d+$/.test(t)?`Use a decimal point, not a comma (${t.replace(",",".")}).`:"Write a decimal number such as 71.3 or 0.713, or leave the cell empty for a missing score.";i("error","non-numeric-score",s.cell(r,n),`The score ${JSON.stringify(t)} is not a number.`,o)}countMissing(t,r,n){let i=this.missing.get(t);i?i.count++:this.missing.set(t,{count:1,first:this.places.cell(r,n)})}results(t){let{places:r,modelNames:n,modelRecords:i}=this,{quoteFree:s}=this.records,o,a;return{format:this.format,modelNames:n,modelSpellings:this.modelSpellings,get models(){return o??(o=n.map((f,u)=>({text:f,...r.cell(i[u],0)})))},get modelLines(){if(!a){a=new Int32Array(i.length);let f=s?u=>s.lines[u]:u=>r.line(u);for(let u=0;u<i.length;u++)a[u]=f(i[u])}return a},scenarios:[...this.scenarios.values()].map(f=>IC(f,r,n)),issues:t}}};function IC(e,t,r){let n,{modelIndex:i,values:s,records:o}=e.scores.done(),a=f=>t.cell(o[f],e.field);return{id:e.id,line:e.line,column:e.column,modelIndex:i,values:s,place:a,rowLine:f=>t.line(o[f]),get cells(){return n??(n=Array.from(s,(f,u)=>({model:r[i[u]],value:f,...a(u)})))}}}function NC(e,t,r,n){if(!EC(e.source,t,r,e.maxCellChars,e.cellEnds,e.values))return!1;let{models:i,spellings:s}=e,o=s.numberAt(e.source,t,e.cellEnds[0],i.previous);if(s.indexInFile(o)!==void 0)return!1;i.previous=o;let a=i.names.length;s.setIndexInFile(o,a),i.names.push(s.written[o]),i.spellings.push(o),i.records.push(n);for(let f=1;f<e.cellEnds.length;f++){let u=e.scenarios[f];if(u===void 0)continue;let d=e.values[f];d===d?u.scores.push(a,d,n):e.countMissing(n,f)}return!0}function EC(e,t,r,n,i,s){let o=i.length,a=0,f=t;for(let c=t;c<=r;c++)if(!(c<r&&e.charCodeAt(c)!==44)){if(a===o||c-f>n)return!1;if(i[a]=c,a>0){let p=f===c?NaN:OC(e,f,c);if(p===void 0)return!1;s[a]=p}a++,f=c+1}if(a!==o)return!1;let u=e.charCodeAt(t),d=e.charCodeAt(i[0]-1);return i[0]>t&&u>32&&u<127&&u!==61&&u!==43&&u!==64&&d>32&&d<127}var qC=Array.from({length:23},(e,t)=>+`1e${t}`);function OC(e,t,r){let n=t,i=e.charCodeAt(n);(i===43||i===45)&&n++;let s=0,o=-1,a=0;for(;n<r;n++){let d=e.charCodeAt(n);if(d>=48&&d<=57)a=a*10+(d-48),s++,o>=0&&o++;else if(d===46&&o<0)o=0;else break}if(s===0)return;if(n===r&&s<=15){let d=o>0?a/qC[o]:a;return i===45?-d:d}let f=e.slice(t,r);if(!ja.test(f))return;let u=Number(f);return Number.isFinite(u)?u:void 0}function es(e){let t=e.charCodeAt(0);return(t===61||t===43||t===64)&&!ja.test(e)}function S6(e,t,r,n){return e.length<=r.maxCellChars?!0:(n("error","limit-cell-chars",t(),`This cell has ${e.length} characters; the limit maxCellChars is ${r.maxCellChars}.`,"Shorten the cell, or raise limits.max_cell_chars in benchbench.yaml."),!1)}l();var TC={madMultiplier:3,minGapShare:.25,minModels:10};function I6(e,t,r,n=TC){let i=[];for(let h=0;h<r.length;h++)Number.isFinite(e[h])&&Number.isFinite(t[h])&&i.push(h);let s=i.length;if(s<n.minModels||s===0)return{shared:s,checked:!1,medianGap:null,mad:null,threshold:null,flagged:[]};let o=pr(i.map(h=>-e[h])),a=pr(i.map(h=>-t[h])),f=i.map((h,y)=>Math.abs(o[y]-a[y])),u=bi(f),d=v3(f),c=Math.max(u+n.madMultiplier*d,n.minGapShare*s),p=[];return i.forEach((h,y)=>{f[y]>c&&p.push({model:r[h],rank:o[y],aggregateRank:a[y],gap:f[y]})}),p.sort((h,y)=>y.gap-h.gap||(h.model<y.model?-1:h.model>y.model?1:0)),{shared:s,checked:!0,medianGap:u,mad:d,threshold:c,flagged:p}}l();var MC={nearBest:.02,saturatedShare:.25,topModels:10,minTopSpread:.05,minModels:10},LC=1e-9;function N6(e,t,r=MC){let n=t==="lower"?1:-1,i=0,s=new Float64Array(e.length);for(let v=0;v<e.length;v++){let w=e[v];Number.isFinite(w)&&(s[i++]=n*w)}if(i===0)return{models:0,nearBest:0,nearBestShare:null,topModels:0,topSpread:null,saturated:null};let o=s.subarray(0,i).sort();if(o[i-1]-o[0]===1/0)for(let v=0;v<i;v++)o[v]=o[v]/2;let a=o[0],f=o[i-1]-a,u=r.nearBest*f+LC*f,d=0;for(;d<i&&o[d]-a<=u;)d++;let c=Math.min(r.topModels,i),p=d/i,h=f>0?(o[c-1]-a)/f:0,y=i<r.minModels?null:p>=r.saturatedShare||h<r.minTopSpread;return{models:i,nearBest:d,nearBestShare:p,topModels:c,topSpread:h,saturated:y}}l();function ts(e,t,r,n){let i=e.scenarios.indexOf(r);if(i<0)throw new RangeError(`scenario "${r}" is not in the catalog`);let s=ze(e,i),o=[];return e.scenarios.forEach((a,f)=>{if(f===i)return;let u=ze(e,f),[d,c]=r<a?[r,a]:[a,r],[p,h]=r<a?[s,u]:[u,s],y=vi({x:p,y:h,ids:[d,c],method:t,...n?{ranking:n}:{}});o.push({a:d,b:c,result:y})}),CC(r,o)}function CC(e,t){let r=[];for(let n of t){if(n.a!==e&&n.b!==e)continue;let i=n.a===e?n.b:n.a;if(i===e)continue;let s=n.result,o=Gt(s)?s.skipped:Number.isFinite(s.correlation)?null:"every experiment had a constant score vector";r.push(o!==null||Gt(s)?{scenario:i,agreement:null,interval:null,pValue:null,nCommon:s.nCommon,skipped:o}:{scenario:i,agreement:s.correlation,interval:s.interval,pValue:Number.isFinite(s.pValue)?s.pValue:null,nCommon:s.nCommon,skipped:null})}return r.sort((n,i)=>(i.agreement??-1/0)-(n.agreement??-1/0)||i.nCommon-n.nCommon||(n.scenario<i.scenario?-1:n.scenario>i.scenario?1:0))}function RC(e,t,r,n){let i=new Map(t.scenarios.map(s=>[s.toLowerCase(),s]));return e.filter(s=>{let o=i.get(s.id.toLowerCase());return o===void 0?!0:(n.push(Vt({code:"duplicate-scenario",severity:"error",file:r,line:s.line,column:s.column,message:`The scenario id \\\\`${s.id}\\\\` is already the catalog\\\'s${o===s.id?"":` \\\\`${o}\\\\``}, so it is not scored.`,hint:"Scenario ids are unique across the catalog, ignoring case: rename the column (or the scenario) to score it here."})),!1)})}function E6(e){let t=A6(e.file,e.text,e.limits),r=[...t.issues],{matrix:n}=e,i=new Map(n.models.map((v,w)=>[v,w])),s=j3(n.models),a=RC(t.scenarios,n,e.file,r).map(v=>{let w=new Float64Array(n.models.length).fill(NaN),b=[],_=[],A=new Map;for(let I of v.cells){let N=Y3(e.registry,I.model,e.naming),E=i.get(N);b.push(I.value),E===void 0?_.push({name:I.model,line:I.line,suggestions:s(I.model,3)}):A.has(N)?r.push(Vt({code:"duplicate-model",severity:"error",file:e.file,line:I.line,column:I.column,message:`"${I.model}" is the catalog\\\'s model "${N}", already scored on line ${A.get(N).line}.`,hint:"Keep one row per model; the first score is used."})):(w[E]=I.value,A.set(N,{name:I.model,line:I.line}))}return{sc:v,row:e.direction==="lower"?an(w):w,raw:b,unmatched:_,lineOf:A}});if(!a.length)return{format:t.format??null,issues:r,scenarios:[]};let f=n;for(let v of a)f=h3(f,v.sc.id,v.row);let u=a.map(v=>v.sc.id),d=Ai({matrix:f,aggregate:e.aggregate,method:e.method,boards:[{...e.board,scenarios:[...e.board.scenarios,...u]}]}),c=d.boards[0].rows,p=new Float64Array(f.models.length).fill(NaN);for(let[v,w]of d.aggregate.scores)p[i.get(v)]=w;let h=v=>!u.includes(v),y=a.map((v,w)=>{let b=u[w],_=I6(v.row,p,f.models,e.thresholds.plausibility);return{id:v.sc.id,models:v.raw.length,matched:v.lineOf.size,unmatched:v.unmatched,result:c.find(A=>A.scenario===b),ranked:c.filter(A=>A.rank!==null).length,closest:ts(f,e.method,b,p).filter(A=>h(A.scenario)&&A.agreement!==null).slice(0,e.closest),saturation:N6(Float64Array.from(v.raw),e.direction,e.thresholds.saturation),shared:_.shared,rowsToCheck:_.flagged.map(A=>({model:A.model,name:v.lineOf.get(A.model)?.name??A.model,line:v.lineOf.get(A.model)?.line??0,rank:A.rank,aggregateRank:A.aggregateRank}))}});return{format:t.format??null,issues:r,scenarios:y}}l();l();function q6(e,t,r,n,i=()=>!0){if(!Number.isFinite(t))throw new RangeError(`the minimum agreement is ${t}`);let s=[];for(let o of e){if(o.agreement===null||!(o.agreement>=t)||!i(o.scenario))continue;let a=n(o.scenario);s.push({scenario:o.scenario,agreement:o.agreement,interval:o.interval,nCommon:o.nCommon,access:a.access??null,cost:a.cost?{value:a.cost.value,unit:a.cost.unit,relative:kC(a.cost,r.cost)}:null})}return s}function kC(e,t){return!e||!t||e.unit!==t.unit||!(t.value>0)?null:e.value/t.value}l();l();function O6(e){return e.length?wi(e,d3(e.length)):null}function T6(e,t){let r=ca(e,t);return[Float64Array.from(r,n=>e[n]),Float64Array.from(r,n=>t[n])]}function M6(e,t){let r=O6(t);if(!r)return{tau:NaN,nModels:0};let[n,i]=T6(e,r);return{tau:Fn(n,i).statistic,nModels:n.length}}function L6(e,t,r,n){let i=O6(t);if(!i)return null;let[s,o]=T6(e,i);return s.length<2?null:da(yi(s,o,{correlation:"kendall",samples:r},$t([n,"subset"])))}function FC(e,t){return t?e.tau===null!=(t.tau===null)?e.tau!==null:e.tau!==null&&t.tau!==null?e.tau>t.tau:e.nModels>t.nModels:!0}function C6(e){let{target:t,minAgreement:r,minModels:n,maxCost:i}=e;if(!(r>=-1&&r<=1))throw new RangeError(`the minimum agreement ${r} is not in [-1, 1]`);let s=[...e.candidates].sort((b,_)=>b.id<_.id?-1:b.id>_.id?1:0),o=[],a=new Set,f=[],u=0,d=0,c="exhausted",p=s.length;for(;s.length;){e.onStep?.(f.length,p);let b=null;for(let A of s){e.checkpoint?.(f.length+1,A.id);let I=a.has(A.group)?0:A.cost;if(i!==void 0&&(I===null||PC(d+I,i)))continue;let N=M6(t,[...o,A.row]),E={candidate:A,tau:N.nModels>=n&&!Number.isNaN(N.tau)?N.tau:null,nModels:N.nModels};FC(E,b)&&(b=E)}if(!b){c="cost";break}let _=b.candidate;if(s.splice(s.indexOf(_),1),o.push(_.row),a.has(_.group)||(a.add(_.group),d+=_.cost??0,u=u===null||_.cost===null?null:u+_.cost),f.push({scenario:_.id,tau:b.tau,nModels:b.nModels,cost:u}),b.tau!==null&&b.tau>=r){c="reached";break}}e.onStep?.(p,p);let h=c==="reached",y=h?f.length:xC(f),v=f.slice(0,y).map(b=>b.scenario),w=o.slice(0,y);return{steps:f,subset:v,tau:y?f[y-1].tau:null,interval:y?L6(t,w,e.samples,e.seed):null,reached:h,stop:c}}var PC=(e,t)=>e>t+1e-9*Math.max(1,Math.abs(t));function xC(e){let t=0,r=-1/0;return e.forEach((n,i)=>{n.tau!==null&&n.tau>r&&(r=n.tau,t=i+1)}),t}l();function R6(e,t,r){let n=new Map(e.scenarios.map((f,u)=>[f,u])),i=[...new Set(t)].map(f=>{if(!n.has(f))throw new RangeError(`scenario "${f}" is not in the catalog`);return{id:f,source:r(f)}}),s=[...new Set(i.flatMap(({source:f})=>f.cost?.unit??[]))].sort(),o=s.length===1?s[0]:null;return{candidates:i.map(({id:f,source:u})=>({id:f,row:ze(e,n.get(f)),group:u.group,cost:o!==null?u.cost?.value??null:null})),units:s,unit:o}}var k6=e=>Math.max(2,Math.ceil(e/2)),F6=e=>`the candidates\\\' costs are in ${e.length} units (${e.join(", ")})`;function x6(e,t){let r=ya(e,t);return{...r,row:r.row??new Float64Array(e.models.length).fill(NaN)}}var P6=(e,t)=>{let r=e[t];return{...r?.access?{access:r.access}:{},...r?.cost?{cost:r.cost}:{}}};function D6(e,t){let{row:r}=x6(e,t.aggregate);return q6(ts(e,t.method,t.scenario,r),t.minAgreement,P6(t.resources,t.scenario),n=>P6(t.resources,n))}function B6(e,t,r){let{present:n,row:i}=x6(e,t.aggregate);if(n.length<2)throw new Error("the aggregate has fewer than 2 scenarios in the catalog");let s=i.reduce((c,p)=>Number.isNaN(p)?c:c+1,0),o=t.minModels??k6(s),{candidates:a,units:f,unit:u}=R6(e,t.candidates??e.scenarios,c=>({group:t.resources[c]?.group??c,cost:t.resources[c]?.cost}));if(f.length>1&&t.maxCost!==null)throw new Error(`${F6(f)}: a cost budget needs one; choose candidates whose cost is in one unit`);return{result:C6({target:i,candidates:a,minAgreement:t.minAgreement,minModels:o,...t.maxCost!==null?{maxCost:t.maxCost}:{},samples:t.method.samples,seed:t.method.seed,onStep:r}),aggregateModels:s,minModels:o,candidates:a.length,unit:u,units:f}}l();l();l();l();var Wa=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"],it=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"],U6=["REQUIRED","OPTIONAL","REPEATED"],$6=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"],G6=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"],rs=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"],V6=["UNORDERED","ASCENDING","DESCENDING"],H6=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"];l();l();function is(e){let t=ns(e);if(t.type===1)return{type:"Point",coordinates:Ka(e,t)};if(t.type===2)return{type:"LineString",coordinates:Ja(e,t)};if(t.type===3)return{type:"Polygon",coordinates:Y6(e,t)};if(t.type===4){let r=[];for(let n=0;n<t.count;n++)r.push(Ka(e,ns(e)));return{type:"MultiPoint",coordinates:r}}else if(t.type===5){let r=[];for(let n=0;n<t.count;n++)r.push(Ja(e,ns(e)));return{type:"MultiLineString",coordinates:r}}else if(t.type===6){let r=[];for(let n=0;n<t.count;n++)r.push(Y6(e,ns(e)));return{type:"MultiPolygon",coordinates:r}}else if(t.type===7){let r=[];for(let n=0;n<t.count;n++)r.push(is(e));return{type:"GeometryCollection",geometries:r}}else throw new Error(`Unsupported geometry type: ${t.type}`)}function ns(e){let{view:t}=e,r=t.getUint8(e.offset++)===1,n=t.getUint32(e.offset,r);e.offset+=4;let i=n%1e3,s=Math.floor(n/1e3),o=0;i>1&&i<=7&&(o=t.getUint32(e.offset,r),e.offset+=4);let a=2;return s&&a++,s===3&&a++,{littleEndian:r,type:i,dim:a,count:o}}function Ka(e,t){let r=[];for(let n=0;n<t.dim;n++){let i=e.view.getFloat64(e.offset,t.littleEndian);e.offset+=8,r.push(i)}return r}function Ja(e,t){let r=[];for(let n=0;n<t.count;n++)r.push(Ka(e,t));return r}function Y6(e,t){let{view:r}=e,n=[];for(let i=0;i<t.count;i++){let s=r.getUint32(e.offset,t.littleEndian);e.offset+=4,n.push(Ja(e,{...t,count:s}))}return n}var j6=new TextDecoder,st={timestampFromMilliseconds(e){return new Date(Number(e))},timestampFromMicroseconds(e){return new Date(Number(e/1000n))},timestampFromNanoseconds(e){return new Date(Number(e/1000000n))},dateFromDays(e){return new Date(e*864e5)},stringFromBytes(e){return e&&j6.decode(e)},jsonFromBytes(e){return e&&JSON.parse(j6.decode(e))},geometryFromBytes(e){return e&&is({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},geographyFromBytes(e){return e&&is({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},uuidFromBytes(e){if(!e)return;let t=Array.from(e,r=>r.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function Xa(e,t,r,n){if(t&&r.endsWith("_DICTIONARY")){let i=e;e instanceof Uint8Array&&!(t instanceof Uint8Array)&&(i=new t.constructor(e.length));for(let s=0;s<e.length;s++)i[s]=t[e[s]];return i}else return Qa(e,n)}function Qa(e,t){let{element:r,parsers:n,utf8:i=!0,schemaPath:s}=t,{type:o,converted_type:a,logical_type:f}=r,u=r.repetition_type!=="REQUIRED";if(s?.some(c=>c.element.logical_type?.type==="VARIANT")&&o==="BYTE_ARRAY"&&a!=="UTF8"&&f?.type!=="STRING")return e;if(a==="DECIMAL"){let p=10**-(r.scale||0),h=new Array(e.length);for(let y=0;y<h.length;y++)e[y]instanceof Uint8Array?h[y]=Za(e[y])*p:h[y]=Number(e[y])*p;return h}if(!a&&o==="INT96")return Array.from(e).map(c=>n.timestampFromNanoseconds(DC(c)));if(a==="DATE")return Array.from(e).map(c=>n.dateFromDays(c));if(a==="TIMESTAMP_MILLIS")return Array.from(e).map(c=>n.timestampFromMilliseconds(c));if(a==="TIMESTAMP_MICROS")return Array.from(e).map(c=>n.timestampFromMicroseconds(c));if(a==="JSON")return e.map(c=>n.jsonFromBytes(c));if(a==="BSON")throw new Error("parquet bson not supported");if(a==="INTERVAL")throw new Error("parquet interval not supported");if(f?.type==="GEOMETRY")return e.map(c=>n.geometryFromBytes(c));if(f?.type==="GEOGRAPHY")return e.map(c=>n.geographyFromBytes(c));if(f?.type==="UUID")return e.map(c=>n.uuidFromBytes(c));if(a==="UTF8"||f?.type==="STRING"||i&&o==="BYTE_ARRAY")return e.map(c=>n.stringFromBytes(c));if(a==="UINT_64"||f?.type==="INTEGER"&&f.bitWidth===64&&!f.isSigned){if(e instanceof BigInt64Array)return new BigUint64Array(e.buffer,e.byteOffset,e.length);let c=u?new Array(e.length):new BigUint64Array(e.length);for(let p=0;p<c.length;p++)c[p]=e[p];return c}if(a==="UINT_32"||f?.type==="INTEGER"&&f.bitWidth===32&&!f.isSigned){if(e instanceof Int32Array)return new Uint32Array(e.buffer,e.byteOffset,e.length);let c=u?new Array(e.length):new Uint32Array(e.length);for(let p=0;p<c.length;p++)c[p]=e[p]<0?4294967296+e[p]:e[p];return c}if(f?.type==="FLOAT16")return Array.from(e).map(za);if(f?.type==="TIMESTAMP"){let{unit:c}=f,p=n.timestampFromMilliseconds;c==="MICROS"&&(p=n.timestampFromMicroseconds),c==="NANOS"&&(p=n.timestampFromNanoseconds);let h=new Array(e.length);for(let y=0;y<h.length;y++)h[y]=p(e[y]);return h}return e}function Za(e){if(!e.length)return 0;let t=0n;for(let n of e)t=t*256n+BigInt(n);let r=e.length*8;return t>=2n**BigInt(r-1)&&(t-=2n**BigInt(r)),Number(t)}function DC(e){let t=(e>>64n)-2440588n,r=e&0xffffffffffffffffn;return t*86400000000000n+r}function za(e){if(!e)return;let t=e[1]<<8|e[0],r=t>>15?-1:1,n=t>>10&31,i=t&1023;return n===0?r*2**-14*(i/1024):n===31?i?NaN:r*(1/0):r*2**(n-15)*(1+i/1024)}l();l();function W6(e,t,r){let n=e[t],i=[],s=1;if(n.num_children)for(;i.length<n.num_children;){let o=e[t+s],a=W6(e,t+s,[...r,o.name]);s+=a.count,i.push(a)}return{count:s,element:n,children:i,path:r}}function K6(e,t){return el(W6(e,0,[]),t)}function el(e,t){let r=[e];for(let n of t){let i=e.children.find(s=>s.element.name===n);if(!i)throw new Error(`parquet schema element not found: ${t}`);r.push(i),e=i}return r}function ss(e){let t=[];function r(n){if(n.children.length)for(let i of n.children)r(i);else t.push(n.path.join("."))}return r(e),t}function tl(e){let t=0;for(let{element:r}of e)r.repetition_type==="REPEATED"&&t++;return t}function pn(e){let t=0;for(let{element:r}of e.slice(1))r.repetition_type!=="REQUIRED"&&t++;return t}function J6(e){if(!e||e.element.converted_type!=="LIST"||e.children.length>1)return!1;let t=e.children[0];return!(t.children.length>1||t.element.repetition_type!=="REPEATED")}function X6(e){if(!e||e.element.converted_type!=="MAP"||e.children.length>1)return!1;let t=e.children[0];return!(t.children.length!==2||t.element.repetition_type!=="REPEATED"||t.children.find(i=>i.element.name==="key")?.element.repetition_type==="REPEATED"||t.children.find(i=>i.element.name==="value")?.element.repetition_type==="REPEATED")}function rl(e){if(e.length!==2)return!1;let[,t]=e;return!(t.element.repetition_type==="REPEATED"||t.children.length)}l();function He(e){let t={},r=0;for(;;){if(e.offset>=e.view.byteLength)throw new Error("thrift struct ended without STOP");let n=e.view.getUint8(e.offset++),i=n&15;if(i===0)break;let s=n>>4;r=s?r+s:os(e),t[`field_${r}`]=nl(e,i)}return t}function nl(e,t){switch(t){case 1:return!0;case 2:return!1;case 3:return e.view.getInt8(e.offset++);case 4:case 5:return os(e);case 6:return as(e);case 7:{let r=e.view.getFloat64(e.offset,!0);return e.offset+=8,r}case 8:{let r=me(e);if(e.offset+r>e.view.byteLength)throw new Error(`thrift binary length ${r} exceeds remaining ${e.view.byteLength-e.offset} bytes`);let n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r);return e.offset+=r,n}case 9:{let r=e.view.getUint8(e.offset++),n=r&15,i=r>>4;i===15&&(i=me(e));let s=n===1||n===2,o=new Array(i);for(let a=0;a<i;a++)o[a]=s?nl(e,3)===1:nl(e,n);return o}case 12:return He(e);default:throw new Error(`thrift unhandled type: ${t}`)}}function me(e){let t=0,r=0;for(;;){let n=e.view.getUint8(e.offset++);if(t|=(n&127)<<r,!(n&128))return t;r+=7}}function BC(e){let t=0n,r=0n;for(;;){let n=e.view.getUint8(e.offset++);if(t|=BigInt(n&127)<<r,!(n&128))return t;r+=7n}}function os(e){let t=me(e);return t>>>1^-(t&1)}function as(e){let t=BC(e);return t>>1n^-(t&1n)}l();function Q6(e,t){let r=new Map,n=t?.find(({key:s})=>s==="geo")?.value,i=(n&&JSON.parse(n)?.columns)??{};for(let[s,o]of Object.entries(i)){if(o.encoding!=="WKB")continue;let a=o.edges==="spherical"?"GEOGRAPHY":"GEOMETRY",f=o.crs?.id??o.crs?.ids?.[0],u=f?`${f.authority}:${f.code.toString()}`:void 0;r.set(s,{type:a,crs:u})}for(let s=1;s<e.length;s++){let{logical_type:o,name:a,num_children:f,type:u}=e[s];if(f){s+=f;continue}u==="BYTE_ARRAY"&&!o&&(e[s].logical_type=r.get(a))}}var UC=1<<19,$C=new TextDecoder;function Ye(e){return e&&$C.decode(e)}async function yn(e,{parsers:t,initialFetchSize:r=UC,geoparquet:n=!0}={}){if(!e||!(e.byteLength>=0))throw new Error("parquet expected AsyncBuffer");let i=Math.max(0,e.byteLength-r),s=await e.slice(i,e.byteLength),o=new DataView(s);if(o.getUint32(s.byteLength-4,!0)!==827474256)throw new Error("parquet file invalid (footer != PAR1)");let a=o.getUint32(s.byteLength-8,!0);if(a>e.byteLength-8)throw new Error(`parquet metadata length ${a} exceeds available buffer ${e.byteLength-8}`);if(a+8>r){let f=e.byteLength-a-8,u=await e.slice(f,i),d=new ArrayBuffer(a+8),c=new Uint8Array(d);return c.set(new Uint8Array(u)),c.set(new Uint8Array(s),i-f),gn(d,{parsers:t,geoparquet:n})}else return gn(s,{parsers:t,geoparquet:n})}function gn(e,{parsers:t,geoparquet:r=!0}={}){let n;if(e instanceof ArrayBuffer)n=new DataView(e);else if(e instanceof Uint8Array)n=new DataView(e.buffer,e.byteOffset,e.byteLength);else throw new Error("parquet expected ArrayBuffer or Uint8Array");let i={...st,...t};if(n.byteLength<8)throw new Error("parquet file is too short");if(n.getUint32(n.byteLength-4,!0)!==827474256)throw new Error("parquet file invalid (footer != PAR1)");let s=n.byteLength-8,o=n.getUint32(s,!0);if(o>n.byteLength-8)throw new Error(`parquet metadata length ${o} exceeds available buffer ${n.byteLength-8}`);let a=s-o,u=He({view:n,offset:a}),d=u.field_1,c=u.field_2.map(b=>({type:Wa[b.field_1],type_length:b.field_2,repetition_type:U6[b.field_3],name:Ye(b.field_4),num_children:b.field_5,converted_type:$6[b.field_6],scale:b.field_7,precision:b.field_8,field_id:b.field_9,logical_type:GC(b.field_10)})),p=c.filter(b=>b.type),h=u.field_3,y=u.field_4.map(b=>({columns:b.field_1.map((_,A)=>({file_path:Ye(_.field_1),file_offset:_.field_2,meta_data:_.field_3&&{type:Wa[_.field_3.field_1],encodings:_.field_3.field_2?.map(I=>it[I]),path_in_schema:_.field_3.field_3.map(Ye),codec:G6[_.field_3.field_4],num_values:_.field_3.field_5,total_uncompressed_size:_.field_3.field_6,total_compressed_size:_.field_3.field_7,key_value_metadata:_.field_3.field_8?.map(I=>({key:Ye(I.field_1),value:Ye(I.field_2)})),data_page_offset:_.field_3.field_9,index_page_offset:_.field_3.field_10,dictionary_page_offset:_.field_3.field_11,statistics:VC(_.field_3.field_12,p[A],i),encoding_stats:_.field_3.field_13?.map(I=>({page_type:rs[I.field_1],encoding:it[I.field_2],count:I.field_3})),bloom_filter_offset:_.field_3.field_14,bloom_filter_length:_.field_3.field_15,size_statistics:_.field_3.field_16&&{unencoded_byte_array_data_bytes:_.field_3.field_16.field_1,repetition_level_histogram:_.field_3.field_16.field_2,definition_level_histogram:_.field_3.field_16.field_3},geospatial_statistics:_.field_3.field_17&&{bbox:_.field_3.field_17.field_1&&{xmin:_.field_3.field_17.field_1.field_1,xmax:_.field_3.field_17.field_1.field_2,ymin:_.field_3.field_17.field_1.field_3,ymax:_.field_3.field_17.field_1.field_4,zmin:_.field_3.field_17.field_1.field_5,zmax:_.field_3.field_17.field_1.field_6,mmin:_.field_3.field_17.field_1.field_7,mmax:_.field_3.field_17.field_1.field_8},geospatial_types:_.field_3.field_17.field_2}},offset_index_offset:_.field_4,offset_index_length:_.field_5,column_index_offset:_.field_6,column_index_length:_.field_7,crypto_metadata:_.field_8,encrypted_column_metadata:_.field_9})),total_byte_size:b.field_2,num_rows:b.field_3,sorting_columns:b.field_4?.map(_=>({column_idx:_.field_1,descending:_.field_2,nulls_first:_.field_3})),file_offset:b.field_5,total_compressed_size:b.field_6,ordinal:b.field_7})),v=u.field_5?.map(b=>({key:Ye(b.field_1),value:Ye(b.field_2)})),w=Ye(u.field_6);return r&&Q6(c,v),{version:d,schema:c,num_rows:h,row_groups:y,key_value_metadata:v,created_by:w,metadata_length:o}}function Se({schema:e}){return K6(e,[])[0]}function GC(e){return e?.field_1?{type:"STRING"}:e?.field_2?{type:"MAP"}:e?.field_3?{type:"LIST"}:e?.field_4?{type:"ENUM"}:e?.field_5?{type:"DECIMAL",scale:e.field_5.field_1,precision:e.field_5.field_2}:e?.field_6?{type:"DATE"}:e?.field_7?{type:"TIME",isAdjustedToUTC:e.field_7.field_1,unit:Z6(e.field_7.field_2)}:e?.field_8?{type:"TIMESTAMP",isAdjustedToUTC:e.field_8.field_1,unit:Z6(e.field_8.field_2)}:e?.field_10?{type:"INTEGER",bitWidth:e.field_10.field_1,isSigned:e.field_10.field_2}:e?.field_11?{type:"NULL"}:e?.field_12?{type:"JSON"}:e?.field_13?{type:"BSON"}:e?.field_14?{type:"UUID"}:e?.field_15?{type:"FLOAT16"}:e?.field_16?{type:"VARIANT",specification_version:e.field_16.field_1}:e?.field_17?{type:"GEOMETRY",crs:Ye(e.field_17.field_1)}:e?.field_18?{type:"GEOGRAPHY",crs:Ye(e.field_18.field_1),algorithm:H6[e.field_18.field_2]}:e}function Z6(e){if(e.field_1)return"MILLIS";if(e.field_2)return"MICROS";if(e.field_3)return"NANOS";throw new Error("parquet time unit required")}function VC(e,t,r){return e&&{max:Jt(e.field_1,t,r),min:Jt(e.field_2,t,r),null_count:e.field_3,distinct_count:e.field_4,max_value:Jt(e.field_5,t,r),min_value:Jt(e.field_6,t,r),is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function Jt(e,t,r){let{type:n,converted_type:i,logical_type:s}=t;if(e===void 0)return e;if(n==="BOOLEAN")return e[0]===1;if(n==="BYTE_ARRAY")return r.stringFromBytes(e);let o=new DataView(e.buffer,e.byteOffset,e.byteLength);if(n==="FLOAT"&&o.byteLength===4)return o.getFloat32(0,!0);if(n==="DOUBLE"&&o.byteLength===8)return o.getFloat64(0,!0);if(n==="INT32"&&i==="DECIMAL"&&o.byteLength===4)return o.getInt32(0,!0)*10**-(t.scale||0);if(n==="INT64"&&i==="DECIMAL"&&o.byteLength===8)return Number(o.getBigInt64(0,!0))*10**-(t.scale||0);if(n==="INT32"&&i==="DATE")return r.dateFromDays(o.getInt32(0,!0));if(n==="INT64"&&i==="TIMESTAMP_MILLIS")return r.timestampFromMilliseconds(o.getBigInt64(0,!0));if(n==="INT64"&&i==="TIMESTAMP_MICROS")return r.timestampFromMicroseconds(o.getBigInt64(0,!0));if(n==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="NANOS")return r.timestampFromNanoseconds(o.getBigInt64(0,!0));if(n==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="MICROS")return r.timestampFromMicroseconds(o.getBigInt64(0,!0));if(n==="INT64"&&s?.type==="TIMESTAMP")return r.timestampFromMilliseconds(o.getBigInt64(0,!0));let a=i?.startsWith("UINT_")||s?.type==="INTEGER"&&!s.isSigned;return n==="INT32"&&a&&o.byteLength===4?o.getUint32(0,!0):n==="INT64"&&a&&o.byteLength===8?o.getBigUint64(0,!0):n==="INT32"&&o.byteLength===4?o.getInt32(0,!0):n==="INT64"&&o.byteLength===8?o.getBigInt64(0,!0):i==="DECIMAL"?Za(e)*10**-(t.scale||0):s?.type==="FLOAT16"?za(e):s?.type==="UUID"?r.uuidFromBytes(e):e}function z6(e,t,r=void 0){let n={...st,...r},i=He(e);return{null_pages:i.field_1,min_values:i.field_2.map(s=>Jt(s,t,n)),max_values:i.field_3.map(s=>Jt(s,t,n)),boundary_order:V6[i.field_4],null_counts:i.field_5,repetition_level_histograms:i.field_6,definition_level_histograms:i.field_7}}function vn(e){let t=He(e);return{page_locations:t.field_1.map(r=>({offset:r.field_1,compressed_page_size:r.field_2,first_row_index:r.field_3})),unencoded_byte_array_data_bytes:t.field_2}}l();l();l();l();var X=0xffffffffffffffffn,Xt=0x9e3779b185ebca87n,wn=0xc2b2ae3d27d4eb4fn,e4=0x165667b19e3779f9n,r4=0x85ebca77c2b2ae63n,t4=0x27d4eb2f165667c5n;function Ot(e,t){return(e<<t|e>>64n-t)&X}function Or(e,t){return e=e+t*wn&X,e=Ot(e,31n),e*Xt&X}function ls(e,t){return e^=Or(0n,t),e*Xt+r4&X}function ot(e,t=0n){let r=new DataView(e.buffer,e.byteOffset,e.byteLength),n=e.byteLength,i=0,s;if(n>=32){let o=t+Xt+wn&X,a=t+wn&X,f=t,u=t-Xt&X;for(;i+32<=n;)o=Or(o,r.getBigUint64(i,!0)),i+=8,a=Or(a,r.getBigUint64(i,!0)),i+=8,f=Or(f,r.getBigUint64(i,!0)),i+=8,u=Or(u,r.getBigUint64(i,!0)),i+=8;s=Ot(o,1n)+Ot(a,7n)+Ot(f,12n)+Ot(u,18n)&X,s=ls(s,o),s=ls(s,a),s=ls(s,f),s=ls(s,u)}else s=t+t4&X;for(s=s+BigInt(n)&X;i+8<=n;)s^=Or(0n,r.getBigUint64(i,!0)),s=Ot(s,27n)*Xt+r4&X,i+=8;for(i+4<=n&&(s^=BigInt(r.getUint32(i,!0))*Xt&X,s=Ot(s,23n)*wn+e4&X,i+=4);i<n;)s^=BigInt(r.getUint8(i))*t4&X,s=Ot(s,11n)*Xt&X,i+=1;return s^=s>>33n,s=s*wn&X,s^=s>>29n,s=s*e4&X,s^=s>>32n,s}var HC=new TextEncoder,YC=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function jC(e,t){return Number((e>>32n)*BigInt(t)>>32n)}function WC(e){let t=new Uint32Array(8),r=Number(e&0xffffffffn)|0;for(let n=0;n<8;n++)t[n]=1<<(Math.imul(r,YC[n])>>>27);return t}function sl(e,t){let r=jC(t,e.length>>3)<<3,n=WC(t);for(let i=0;i<8;i++)if((e[r+i]&n[i])===0)return!1;return!0}function n4(e){let t=He(e),r=t.field_1;if(typeof r!="number"||r<=0||r%32!==0||!t.field_2?.field_1||!t.field_3?.field_1||!t.field_4?.field_1)return;let{view:n,offset:i}=e;if(i+r>n.byteLength)throw new Error(`parquet bloom filter truncated: need ${r} bytes, have ${n.byteLength-i}`);let s=new Uint32Array(r>>2);for(let o=0;o<s.length;o++)s[o]=n.getUint32(i+o*4,!0);return e.offset=i+r,{numBytes:r,blocks:s}}function ol(e,t){if(e==null)return;let{type:r,converted_type:n,logical_type:i}=t;if(r==="BOOLEAN")return typeof e!="boolean"?void 0:ot(new Uint8Array([e?1:0]));if(r==="FLOAT"){if(typeof e!="number")return;let s=new ArrayBuffer(4);return new DataView(s).setFloat32(0,e,!0),ot(new Uint8Array(s))}if(r==="DOUBLE"){if(typeof e!="number")return;let s=new ArrayBuffer(8);return new DataView(s).setFloat64(0,e,!0),ot(new Uint8Array(s))}if(r==="INT32"){if(n==="DATE"||n==="DECIMAL"||n==="TIME_MILLIS"||i?.type==="DATE"||i?.type==="TIME"||i?.type==="DECIMAL"||typeof e!="number"||!Number.isInteger(e))return;let s=new ArrayBuffer(4);return new DataView(s).setInt32(0,e|0,!0),ot(new Uint8Array(s))}if(r==="INT64"){if(n==="TIMESTAMP_MILLIS"||n==="TIMESTAMP_MICROS"||n==="TIME_MICROS"||n==="DECIMAL"||i?.type==="TIMESTAMP"||i?.type==="TIME"||i?.type==="DECIMAL")return;let s;if(typeof e=="bigint")s=e;else if(typeof e=="number"&&Number.isSafeInteger(e))s=BigInt(e);else return;let o=new ArrayBuffer(8);return new DataView(o).setBigUint64(0,BigInt.asUintN(64,s),!0),ot(new Uint8Array(o))}if(r==="BYTE_ARRAY")return n==="JSON"||n==="BSON"||n==="DECIMAL"||i?.type==="JSON"||i?.type==="BSON"||i?.type==="VARIANT"||i?.type==="GEOMETRY"||i?.type==="GEOGRAPHY"?void 0:typeof e=="string"?ot(HC.encode(e)):e instanceof Uint8Array?ot(e):void 0;if(r==="FIXED_LEN_BYTE_ARRAY")return n==="DECIMAL"||n==="INTERVAL"||i?.type==="DECIMAL"||i?.type==="UUID"||i?.type==="FLOAT16"||i?.type==="GEOMETRY"||i?.type==="GEOGRAPHY"?void 0:e instanceof Uint8Array?ot(e):void 0}function i4(e){let t=new Set;return il(e,t),t}function il(e,t){if(e){if("$and"in e&&Array.isArray(e.$and)){for(let r of e.$and)il(r,t);return}if("$or"in e&&Array.isArray(e.$or)){for(let r of e.$or)il(r,t);return}if(!("$nor"in e))for(let[r,n]of Object.entries(e))r.startsWith("$")||(typeof n=="object"&&n!==null&&!Array.isArray(n)?("$eq"in n||"$in"in n)&&t.add(r):t.add(r))}}l();function al(e,t){for(let n=0;n<t.length;n+=1e4)e.push(...t.slice(n,n+1e4))}function he(e,t,r=!0){if(r?e===t:e==t)return!0;if(!e||!t||typeof e!="object"||typeof t!="object")return!1;if(e instanceof Uint8Array&&t instanceof Uint8Array){if(e.length!==t.length)return!1;for(let i=0;i<e.length;i++)if(e[i]!==t[i])return!1;return!0}if(e instanceof Date||t instanceof Date)return e instanceof Date&&t instanceof Date&&e.getTime()===t.getTime();if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return!1;for(let i=0;i<e.length;i++)if(!he(e[i],t[i],r))return!1;return!0}let n=Object.keys(e);if(n.length!==Object.keys(t).length)return!1;for(let i of n)if(!he(e[i],t[i],r))return!1;return!0}function ll(e){if(!e)return[];if(e.length===1)return e[0];let t=[];for(let r of e)al(t,r);return t}var s4=new TextEncoder;function Mr(e){if(!e)return[];let t=[];return"$and"in e&&Array.isArray(e.$and)?t.push(...e.$and.flatMap(Mr)):"$or"in e&&Array.isArray(e.$or)?t.push(...e.$or.flatMap(Mr)):"$nor"in e&&Array.isArray(e.$nor)?t.push(...e.$nor.flatMap(Mr)):t.push(...Object.keys(e)),[...new Set(t)]}function us(e){return[...new Set(Mr(e).map(t=>t.split(".")[0]))]}function Tt(e,t,r=!0){return"$and"in t&&Array.isArray(t.$and)?t.$and.every(n=>Tt(e,n,r)):"$or"in t&&Array.isArray(t.$or)?t.$or.some(n=>Tt(e,n,r)):"$nor"in t&&Array.isArray(t.$nor)?!t.$nor.some(n=>Tt(e,n,r)):Object.entries(t).every(([n,i])=>{let s=XC(e,n);return typeof i!="object"||i===null||Array.isArray(i)?he(s,i,r):Object.entries(i||{}).every(([o,a])=>o==="$gt"?s!=null&&s>a:o==="$gte"?s!=null&&s>=a:o==="$lt"?s!=null&&s<a:o==="$lte"?s!=null&&s<=a:o==="$eq"?he(s,a,r):o==="$ne"?!he(s,a,r):o==="$in"?Array.isArray(a)&&o4(s,a,r):o==="$nin"?Array.isArray(a)&&!o4(s,a,r):o==="$not"?!Tt({value:s},{value:a},r):!0)})}function o4(e,t,r){return t.some(n=>he(e,n,r)||Array.isArray(e)&&e.some(i=>he(i,n,r)))}function Lr({rowGroup:e,physicalColumns:t,filter:r,strict:n=!0,bloomFilters:i,schemaElements:s}){if(!r)return!1;if("$and"in r&&Array.isArray(r.$and))return r.$and.some(o=>Lr({rowGroup:e,physicalColumns:t,filter:o,strict:n,bloomFilters:i,schemaElements:s}));if("$or"in r&&Array.isArray(r.$or))return r.$or.every(o=>Lr({rowGroup:e,physicalColumns:t,filter:o,strict:n,bloomFilters:i,schemaElements:s}));if("$nor"in r&&Array.isArray(r.$nor))return!1;for(let[o,a]of Object.entries(r)){let f=t.indexOf(o);if(f===-1)continue;let u=e.columns[f].meta_data?.statistics,{min:d,max:c,min_value:p,max_value:h,null_count:y}=u||{},v=p!==void 0?p:d,w=h!==void 0?h:c,b=v!==void 0&&w!==void 0,_=i?.[o],A=s?.[o],I=Tt({value:null},{value:a},n)&&(y===void 0||y>0);if(b&&!I&&f4(a,v,w,n,A))return!0;for(let[N,E]of Object.entries(a||{}))if(_&&A){if(N==="$eq"){let q=ol(E,A);if(q!==void 0&&!sl(_.blocks,q))return!0}if(N==="$in"&&Array.isArray(E)&&E.length>0){let q=!0;for(let T of E){let B=ol(T,A);if(B===void 0||sl(_.blocks,B)){q=!1;break}}if(q)return!0}}}return!1}function f4(e,t,r,n,i){if(t===void 0||r===void 0)return!1;let s=i?.type==="FLOAT"||i?.type==="DOUBLE"||i?.logical_type?.type==="FLOAT16";for(let[o,a]of Object.entries(e||{})){let f=Tr(t,a,n,i),u=Tr(r,a,n,i),c=!(t instanceof Uint8Array||r instanceof Uint8Array)&&(i?.type!=="BYTE_ARRAY"||typeof a=="string"&&[...a].every(p=>p.charCodeAt(0)<=127));if(o==="$gt"&&c&&u!==void 0&&u<=0||o==="$gte"&&c&&u!==void 0&&u<0||o==="$lt"&&c&&f!==void 0&&f>=0||o==="$lte"&&c&&f!==void 0&&f>0)return!0;if(o==="$eq"){let p=Tr(a,t,n,i),h=Tr(a,r,n,i);if(p!==void 0&&p<0||h!==void 0&&h>0)return!0}if(o==="$ne"&&!s&&he(t,r,n)&&he(t,a,n)||o==="$in"&&Array.isArray(a)&&a.every(p=>{let h=Tr(p,t,n,i),y=Tr(p,r,n,i);return h!==void 0&&h<0||y!==void 0&&y>0})||o==="$nin"&&!s&&Array.isArray(a)&&he(t,r,n)&&a.some(p=>he(t,p,n)))return!0}return!1}function Tr(e,t,r,n){if(n?.type==="BYTE_ARRAY")return typeof e!="string"||typeof t!="string"?void 0:a4(s4.encode(e),s4.encode(t));if(e instanceof Uint8Array||t instanceof Uint8Array)return!(e instanceof Uint8Array)||!(t instanceof Uint8Array)?void 0:a4(e,t);if(e<t)return-1;if(e>t)return 1;if(he(e,t,r))return 0}function a4(e,t){let r=Math.min(e.length,t.length);for(let n=0;n<r;n++){if(e[n]<t[n])return-1;if(e[n]>t[n])return 1}return e.length<t.length?-1:e.length>t.length?1:0}function KC(e,t){return Tt({value:null},{value:e},t)}function fs(e,t,r,n=!0){if(!e)return;if("$and"in e&&Array.isArray(e.$and)){let s;for(let o of e.$and)s=l4(s,fs(o,t,r,n));return s}if("$or"in e&&Array.isArray(e.$or)){let s=[];for(let o of e.$or){let a=fs(o,t,r,n);if(!a)return;s=JC(s,a)}return s}if("$nor"in e&&Array.isArray(e.$nor))return;let i;for(let[s,o]of Object.entries(e)){let a=t[s];if(!a)continue;let f=KC(o,n),u=[];for(let d=0;d<a.pageStarts.length;d++){let c=a.pageStarts[d],p=d+1<a.pageStarts.length?a.pageStarts[d+1]:r,h=a.nullCounts?.[d],y=f&&(h===void 0||h>0);if(!(!a.nullPages[d]&&!y&&f4(o,a.minValues[d],a.maxValues[d],n,a.element))){let w=u[u.length-1];w&&w[1]===c?w[1]=p:u.push([c,p])}}i=l4(i,u)}return i}function l4(e,t){if(!e)return t;if(!t)return e;let r=[],n=0,i=0;for(;n<e.length&&i<t.length;){let s=Math.max(e[n][0],t[i][0]),o=Math.min(e[n][1],t[i][1]);s<o&&r.push([s,o]),e[n][1]<t[i][1]?n++:i++}return r}function JC(e,t){let r=[],n=0,i=0;for(;n<e.length||i<t.length;){let s=i>=t.length||n<e.length&&e[n][0]<=t[i][0]?e[n++]:t[i++],o=r[r.length-1];o&&s[0]<=o[1]?o[1]=Math.max(o[1],s[1]):r.push([s[0],s[1]])}return r}function XC(e,t){let r=e;for(let n of t.split("."))r=r?.[n];return r}l();var u4=1<<21,QC=8192;function d4(e){let{metadata:t,rowStart:r=0,columns:n,useOffsetIndex:i=!1}=e;if(!t)throw new Error("parquetPlan requires metadata");let s=[],o=[],a=[],f=m4(e);for(let u of f.groups){let d=h4({...u,columns:n,useOffsetIndex:i});s.push(...d.groups),o.push(...d.fetches),a.push(...d.indexes)}return o.push(...a),{metadata:t,rowStart:r,rowEnd:f.rowEnd,columns:n,fetches:o,groups:s}}function m4({metadata:e,rowStart:t=0,rowEnd:r=1/0,columns:n,filter:i,filterStrict:s=!0,bloomFiltersByGroup:o,schemaElements:a,pageRangesByGroup:f,pageLocationsByGroup:u}){if(!e)throw new Error("parquetPlan requires metadata");let d=Se(e),c=ss(d),p=i?{...v4(d),...a}:a,h=[],y=0;for(let v=0;v<e.row_groups.length;v++){let w=e.row_groups[v],b=Number(w.num_rows),_=y+b;if(b>0&&_>t&&y<r&&!Lr({rowGroup:w,physicalColumns:c,filter:i,strict:s,bloomFilters:o?.[v],schemaElements:p})){let A=Math.max(t-y,0),I=Math.min(r-y,b),N=f?.[v],E=u?.[v],q=N?N.map(([T,B])=>[Math.max(T,A),Math.min(B,I)]).filter(([T,B])=>T<B):[[A,I]];q.length>1&&(q=w.columns.every(B=>{let ie=B.meta_data?.path_in_schema[0],Ie=B.meta_data?.path_in_schema.join(".");return n&&ie&&!n.includes(ie)?!0:!!(B.offset_index_offset&&B.offset_index_length)||!!(Ie&&E?.[Ie])})?ZC(q,w,n,E):[[q[0][0],q[q.length-1][1]]]),q.length&&h.push({rowGroup:w,groupIndex:v,groupStart:y,groupRows:b,ranges:q,pageRanges:N,pageLocations:E})}y=_}return{groups:h,rowEnd:isFinite(r)?r:y}}function h4({rowGroup:e,groupStart:t,groupRows:r,ranges:n,columns:i,useOffsetIndex:s=!1,pageRanges:o,pageLocations:a}){let f=[],u=[],d=[],c=n.length>1||n[0][0]>0||n[0][1]<r;for(let v of e.columns){let w=v.meta_data;if(v.file_path)throw new Error("parquet file_path not supported");if(!w)throw new Error("parquet column metadata is undefined");if(i&&!i.includes(w.path_in_schema[0]))continue;let b=w.dictionary_page_offset||w.data_page_offset,_=Number(b),A=Number(b+w.total_compressed_size),I=a?.[w.path_in_schema.join(".")];if(I&&c)f.push({columnMetadata:w,pageLocations:I,range:{startByte:_,endByte:A}});else if((s||o)&&v.offset_index_offset&&v.offset_index_length&&c){let N=Number(v.offset_index_offset);f.push({columnMetadata:w,offsetIndex:{startByte:N,endByte:N+v.offset_index_length},range:{startByte:Number(b),endByte:A}})}else f.push({columnMetadata:w,range:{startByte:_,endByte:A}})}let p=[],h;for(let v of f)"pageLocations"in v||("offsetIndex"in v?d.push(v.offsetIndex):i?p.push(v.range):h&&v.range.endByte-h.startByte<=u4?h.endByte=v.range.endByte:(h&&u.push(h),h={...v.range}));return h&&u.push(h),u.push(...y4(p,QC,u4)),{groups:n.map(([v,w])=>({chunks:f,rowGroup:e,groupStart:t,groupRows:r,selectStart:v,selectEnd:w})),fetches:u,indexes:d}}function ZC(e,t,r,n){let i=t.columns.filter(o=>!r||r.includes(o.meta_data?.path_in_schema[0]||"")).map(o=>n?.[o.meta_data?.path_in_schema.join(".")||""]),s=[];for(let o of e){let a=s[s.length-1],f=a&&i.some(u=>{if(!u)return!0;let d=c4(a,u,Number(t.num_rows)),c=c4(o,u,Number(t.num_rows));return d[0]<=c[1]&&c[0]<=d[1]});a&&f?a[1]=o[1]:s.push([...o])}return s}function c4([e,t],r,n){let i=1/0,s=-1/0;for(let o=0;o<r.length;o++){let a=Number(r[o].first_row_index);(o+1<r.length?Number(r[o+1].first_row_index):n)>e&&a<t&&(i=Math.min(i,o),s=o)}return[i,s]}async function p4({file:e,metadata:t,filter:r,filterStrict:n=!0}){let i=t.row_groups.map(()=>({})),s=i4(r);if(s.size===0)return i;let o=ss(Se(t)),a=[];return t.row_groups.forEach((f,u)=>{if(!Lr({rowGroup:f,physicalColumns:o,filter:r,strict:n}))for(let d of s){let c=o.indexOf(d);if(c===-1)continue;let p=f.columns[c]?.meta_data;if(!p?.bloom_filter_offset||!p.bloom_filter_length)continue;let h=Number(p.bloom_filter_offset),y=h+p.bloom_filter_length;a.push((async()=>{let v=await e.slice(h,y),w=n4({view:new DataView(v),offset:0});w&&(i[u][d]=w)})())}}),a.length&&await Promise.all(a),i}async function g4({file:e,metadata:t,filter:r,filterStrict:n=!0,rowStart:i=0,rowEnd:s=1/0,columns:o,bloomFiltersByGroup:a,schemaElements:f,parsers:u}){let d=t.row_groups.map(()=>{}),c=t.row_groups.map(()=>({}));if(r&&"$nor"in r&&Array.isArray(r.$nor))return{pageRangesByGroup:d,pageLocationsByGroup:c};let p=Mr(r);if(!p.length)return{pageRangesByGroup:d,pageLocationsByGroup:c};let h=Se(t),y=ss(h),v={...v4(h),...f},w=[],b=[],_=[],A=0;if(t.row_groups.forEach((I,N)=>{let E=Number(I.num_rows),q=A+E,T=E>0&&q>i&&A<s;if(A=q,!T||Lr({rowGroup:I,physicalColumns:y,filter:r,strict:n,bloomFilters:a?.[N],schemaElements:v}))return;let B={},ie=0,Ie=new Set,pe=!1;for(let Q of p){let R=y.indexOf(Q);if(R===-1)continue;let ee=I.columns[R];if(!ee?.meta_data||!ee.column_index_offset||!ee.column_index_length||!ee.offset_index_offset||!ee.offset_index_length)continue;let k=v[Q];if(!k)continue;pe=!0,Ie.add(Q);let te=Number(ee.column_index_offset),Oe=Number(ee.offset_index_offset),U=te+ee.column_index_length,ge=Oe+ee.offset_index_length;w.push({startByte:te,endByte:U},{startByte:Oe,endByte:ge}),ie++,b.push(async ye=>{let[je,Zt]=await Promise.all([ye.slice(te,U),ye.slice(Oe,ge)]),Mt=z6({view:new DataView(je),offset:0},k,u),Al=vn({view:new DataView(Zt),offset:0});c[N][Q]=Al.page_locations,B[Q]={minValues:Mt.min_values,maxValues:Mt.max_values,nullPages:Mt.null_pages,nullCounts:Mt.null_counts,pageStarts:Al.page_locations.map(P4=>Number(P4.first_row_index)),element:k}})}if(pe)for(let Q of I.columns){let R=Q.meta_data;if(!R)continue;let ee=R.path_in_schema[0],M=R.path_in_schema.join(".");if(o&&!o.includes(ee)||Ie.has(M)||!Q.offset_index_offset||!Q.offset_index_length)continue;Ie.add(M);let k=Number(Q.offset_index_offset),te=k+Q.offset_index_length;w.push({startByte:k,endByte:te}),ie++,b.push(async Oe=>{let U=await Oe.slice(k,te),ge=vn({view:new DataView(U),offset:0});c[N][M]=ge.page_locations})}ie&&_.push({rgIdx:N,groupRows:E,columnPages:B})}),b.length){let I=fl(e,{fetches:y4(w)});await Promise.all(b.map(N=>N(I)));for(let{rgIdx:N,groupRows:E,columnPages:q}of _)d[N]=fs(r,q,E,n)}return{pageRangesByGroup:d,pageLocationsByGroup:c}}function y4(e,t=0,r=1/0){let n=e.map(s=>({...s})).sort((s,o)=>s.startByte-o.startByte||s.endByte-o.endByte),i=[];for(let s of n){let o=i[i.length-1];o&&s.startByte<=o.endByte+t&&Math.max(o.endByte,s.endByte)-o.startByte<=r?o.endByte=Math.max(o.endByte,s.endByte):i.push(s)}return i}function v4(e){let t={};function r(n){if(n.children.length)for(let i of n.children)r(i);else t[n.path.join(".")]=n.element}return r(e),t}function fl(e,{fetches:t}){let r=t.map(({startByte:n,endByte:i})=>e.slice(n,i));return{byteLength:e.byteLength,slice(n,i=e.byteLength){let s=t.findIndex(({startByte:o,endByte:a})=>o<=n&&i<=a);if(s<0)return e.slice(n,i);if(t[s].startByte!==n||t[s].endByte!==i){let o=n-t[s].startByte,a=i-t[s].startByte;return r[s]instanceof Promise?r[s].then(f=>f.slice(o,a)):r[s].slice(o,a)}else return r[s]}}}l();l();l();var cl=new TextDecoder,w4=new WeakMap;function dl(e,t=st){if(Array.isArray(e))return e.map(r=>dl(r,t));if(typeof e!="object")return e;if("metadata"in e){let r=zC(e.metadata),n=e.typed_value&&cs(e.typed_value,r,t),i=e.value&&_n(ds(e.value),r,t);return n&&i?{...i,...n}:n??i}return e}function cs(e,t,r){if(e instanceof Date)return e;if(e&&typeof e=="object"&&!Array.isArray(e)&&!(e instanceof Uint8Array)){if("typed_value"in e&&e.typed_value!==null&&e.typed_value!==void 0)return cs(e.typed_value,t,r);if("value"in e&&e.value instanceof Uint8Array)return _n(ds(e.value),t,r);if("typed_value"in e||"value"in e)return null;let n={};for(let[i,s]of Object.entries(e))t.dictionary.includes(i)&&(n[i]=cs(s,t,r));return n}return e instanceof Uint8Array?_n(ds(e),t,r):Array.isArray(e)?e.map(n=>cs(n,t,r)):e}function ds(e){return{view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}}function zC(e){let t=w4.get(e.buffer);t||(t=new Map,w4.set(e.buffer,t));let r=`${e.byteOffset}:${e.byteLength}`,n=t.get(r);if(n)return n;let i=ds(e),s=i.view.getUint8(i.offset++),o=s&15;if(o!==1)throw new Error(`parquet unsupported variant metadata version: ${o}`);let a=(s>>4&1)===1,f=(s>>6&3)+1,u=Qt(i,f),d=new Array(u+1);for(let y=0;y<d.length;y++)d[y]=Qt(i,f);let c=i.offset,p=new Array(u);for(let y=0;y<u;y++){let v=d[y],w=d[y+1],b=new Uint8Array(e.buffer,e.byteOffset+c+v,w-v);p[y]=cl.decode(b)}let h={dictionary:p,sorted:a};return t.set(r,h),h}function Qt(e,t){let r=0;for(let n=0;n<t;n++)r|=e.view.getUint8(e.offset+n)<<n*8;return e.offset+=t,r}function _n(e,t,r){let n=e.view.getUint8(e.offset++),i=n&3,s=n>>2;if(i===0)return eR(e,s,r);if(i===2)return tR(e,s,t,r);if(i===3)return rR(e,s,t,r);let o=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,s);return e.offset+=s,cl.decode(o)}function eR(e,t,r){switch(t){case 0:return null;case 1:return!0;case 2:return!1;case 3:{let n=e.view.getInt8(e.offset);return e.offset+=1,n}case 4:{let n=e.view.getInt16(e.offset,!0);return e.offset+=2,n}case 5:{let n=e.view.getInt32(e.offset,!0);return e.offset+=4,n}case 6:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,n}case 7:{let n=e.view.getFloat64(e.offset,!0);return e.offset+=8,n}case 8:return ul(e,4);case 9:return ul(e,8);case 10:return ul(e,16);case 11:{let n=e.view.getInt32(e.offset,!0);return e.offset+=4,r.dateFromDays(n)}case 12:case 13:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,r.timestampFromMicroseconds(n)}case 14:{let n=e.view.getFloat32(e.offset,!0);return e.offset+=4,n}case 15:return _4(e);case 16:{let n=_4(e);return cl.decode(n)}case 17:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,n}case 18:case 19:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,r.timestampFromNanoseconds(n)}case 20:{let n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,16);e.offset+=16;let i=Array.from(n,s=>s.toString(16).padStart(2,"0")).join("");return`${i.slice(0,8)}-${i.slice(8,12)}-${i.slice(12,16)}-${i.slice(16,20)}-${i.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}function tR(e,t,r,n){let i=(t&3)+1,s=(t>>2&3)+1,a=t>>4&1?Qt(e,4):e.view.getUint8(e.offset++),f=new Array(a);for(let c=0;c<a;c++)f[c]=Qt(e,s);let u=new Array(a+1);for(let c=0;c<u.length;c++)u[c]=Qt(e,i);let d={};for(let c=0;c<a;c++){let p=r.dictionary[f[c]],h={view:e.view,offset:e.offset+u[c]};d[p]=_n(h,r,n)}return e.offset+=u[u.length-1],d}function rR(e,t,r,n){let i=t&3,s=t>>2&1,o=i+1,a=Qt(e,s?4:1),f=new Array(a+1);for(let c=0;c<f.length;c++)f[c]=Qt(e,o);let u=e.offset,d=new Array(a);for(let c=0;c<a;c++){let p={view:e.view,offset:u+f[c]};d[c]=_n(p,r,n)}return e.offset=u+f[f.length-1],d}function ul(e,t){let r=e.view.getUint8(e.offset);e.offset+=1;let n;if(t===4)n=BigInt(e.view.getInt32(e.offset,!0)),e.offset+=4;else if(t===8)n=e.view.getBigInt64(e.offset,!0),e.offset+=8;else{let i=e.view.getBigUint64(e.offset,!0);n=e.view.getBigInt64(e.offset+8,!0)<<64n|i,e.offset+=16}return Number(n)*10**-r}function _4(e){let t=e.view.getUint32(e.offset,!0);e.offset+=4;let r=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t,r}function ml(e,t,r,n,i){let s=pn(i);if(!t?.length&&!r.length){if(!s||!n.length)return n;t=new Array(n.length).fill(s)}let o=t?.length||r.length,a=i.map(({element:y})=>y.repetition_type),f=0,u=[e],d=e,c=0,p=0,h=0;if(r[0])for(;c<a.length-2&&h<r[0];)c++,a[c]!=="REQUIRED"&&(d=d.at(-1),u.push(d),p++),a[c]==="REPEATED"&&h++;for(let y=0;y<o;y++){let v=t?.length?t[y]:s,w=r[y];for(;c&&(w<h||a[c]!=="REPEATED");)a[c]!=="REQUIRED"&&(u.pop(),p--),a[c]==="REPEATED"&&h--,c--;for(d=u.at(-1);(c<a.length-2||a[c+1]==="REPEATED")&&(p<v||a[c+1]==="REQUIRED");){if(c++,a[c]!=="REQUIRED"){let b=[];d.push(b),d=b,u.push(b),p++}a[c]==="REPEATED"&&h++}v===s?d.push(n[f++]):c===a.length-2?d.push(null):d.push([])}if(!e.length)for(let y=0;y<s;y++){let v=[];d.push(v),d=v}return e}function Cr(e,t,r,n=0){let i=t.path.join("."),s=t.element.repetition_type==="OPTIONAL",o=s?n+1:n;if(J6(t)){let a=t.children[0],f=o;a.children.length===1&&(a=a.children[0],f++),Cr(e,a,r,f);let u=a.path.join("."),d=e.get(u);if(!d)throw new Error("parquet list column missing values");s&&ms(d,n),e.set(i,d),e.delete(u);return}if(X6(t)){let a=t.children[0].element.name;Cr(e,t.children[0].children[0],r,o+1),Cr(e,t.children[0].children[1],r,o+1);let f=e.get(`${i}.${a}.key`),u=e.get(`${i}.${a}.value`);if(!f)throw new Error("parquet map column missing keys");if(!u)throw new Error("parquet map column missing values");if(f.length!==u.length)throw new Error("parquet map column key/value length mismatch");let d=b4(f,u,o);s&&ms(d,n),e.delete(`${i}.${a}.key`),e.delete(`${i}.${a}.value`),e.set(i,d);return}if(t.children.length){let a=t.element.repetition_type==="REQUIRED"?n:n+1,f={};for(let d of t.children){Cr(e,d,r,a);let c=e.get(d.path.join("."));if(!c)throw new Error("parquet struct missing child data");f[d.element.name]=c}for(let d of t.children)e.delete(d.path.join("."));let u=A4(f,a);t.element.logical_type?.type==="VARIANT"&&(u=dl(u,r)),s&&ms(u,n),e.set(i,u)}}function ms(e,t){for(let r=0;r<e.length;r++)t?ms(e[r],t-1):e[r]=e[r][0]}function b4(e,t,r){let n=[];for(let i=0;i<e.length;i++)if(r)n.push(b4(e[i],t[i],r-1));else if(e[i]){let s={};for(let o=0;o<e[i].length;o++){let a=t[i][o];s[e[i][o]]=a===void 0?null:a}n.push(s)}else n.push(void 0);return n}function A4(e,t){let r=Object.keys(e),n=e[r[0]]?.length,i=[];for(let s=0;s<n;s++){let o={};for(let a of r){if(e[a].length!==n)throw new Error("parquet struct parsing error");o[a]=e[a][s]}t?i.push(A4(o,t-1)):i.push(o)}return i}l();l();l();function Rr(e,t,r){if(r instanceof Int32Array){nR(e,t,r);return}let n=me(e),i=me(e);me(e);let s=as(e),o=0;r[o++]=s;let a=n/i;for(;o<t;){let f=as(e),u=new Uint8Array(i);for(let d=0;d<i;d++)u[d]=e.view.getUint8(e.offset++);for(let d=0;d<i&&o<t;d++){let c=u[d];if(c){let p=0,h=a,y=(1n<<BigInt(c))-1n;for(;h&&o<t;){let v=BigInt(e.view.getUint32(e.offset,!0)>>>p)&y;for(p+=c;p>=32;)p-=32,e.offset+=4,p&&(v|=BigInt(e.view.getUint32(e.offset,!0))<<BigInt(c-p)&y);let w=f+v;s+=w,r[o++]=s,h--}h&&(e.offset+=Math.ceil((h*c+p)/8))}else for(let p=0;p<a&&o<t;p++)s+=f,r[o++]=s}}}function nR(e,t,r){let n=me(e),i=me(e);me(e);let s=os(e),o=0;r[o++]=s;let a=n/i,{view:f}=e;for(;o<t;){let u=iR(e),d=e.offset,c=d+i;for(let p=0;p<i&&o<t;p++){let h=f.getUint8(d+p),y=c+a*h/8,v=0;for(let w=0;w<a&&o<t;w++){let b=0,_=0;for(;_<h;){let A=Math.min(8-v,h-_);_<32&&(b|=(f.getUint8(c)>>>v&(1<<A)-1)<<_),_+=A,v+=A,v===8&&(v=0,c++)}s=s+u+b|0,r[o++]=s}c=y}e.offset=c}}function iR(e){let t=e.offset,r=me(e),n=e.offset-t===5?e.view.getUint8(t+4)>>>4&1:0;return(r>>>1|n<<31)^-(r&1)}function hl(e,t,r){let n=new Int32Array(t);Rr(e,t,n);for(let i=0;i<t;i++)r[i]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,n[i]),e.offset+=n[i]}function pl(e,t,r){let n=new Int32Array(t);Rr(e,t,n);let i=new Int32Array(t);Rr(e,t,i);for(let s=0;s<t;s++){let o=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i[s]);n[s]?(r[s]=new Uint8Array(n[s]+i[s]),r[s].set(r[s-1].subarray(0,n[s])),r[s].set(o,n[s])):r[s]=o,e.offset+=i[s]}}l();function at(e,t,r,n){n===void 0&&(n=e.view.getUint32(e.offset,!0),e.offset+=4);let i=e.offset,s=0;for(;s<r.length;){let o=me(e);if(o&1)s=oR(e,o,t,r,s);else{let a=o>>>1;sR(e,a,t,r,s),s+=a}}e.offset=i+n}function sR(e,t,r,n,i){let s=r+7>>3,o=0;for(let a=0;a<s;a++)o|=e.view.getUint8(e.offset++)<<(a<<3);for(let a=0;a<t;a++)n[i+a]=o}function oR(e,t,r,n,i){let s=t>>1<<3,o=(1<<r)-1,a=0;if(e.offset<e.view.byteLength)a=e.view.getUint8(e.offset++);else if(o)throw new Error(`parquet bitpack offset ${e.offset} out of range`);let f=8,u=0;for(;s;)u>8?(u-=8,f-=8,a>>>=8):f-u<r?(a|=e.view.getUint8(e.offset)<<f,e.offset++,f+=8):(i<n.length&&(n[i++]=a>>u&o),s--,u+=r);return i}function gl(e,t,r,n){let i=aR(r,n),s=new Uint8Array(t*i);for(let o=0;o<i;o++)for(let a=0;a<t;a++)s[a*i+o]=e.view.getUint8(e.offset++);if(r==="FLOAT")return new Float32Array(s.buffer);if(r==="DOUBLE")return new Float64Array(s.buffer);if(r==="INT32")return new Int32Array(s.buffer);if(r==="INT64")return new BigInt64Array(s.buffer);if(r==="FIXED_LEN_BYTE_ARRAY"){let o=new Array(t);for(let a=0;a<t;a++)o[a]=s.subarray(a*i,(a+1)*i);return o}throw new Error(`parquet byte_stream_split unsupported type: ${r}`)}function aR(e,t){switch(e){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${e}`)}}l();function bn(e,t,r,n){if(r===0)return[];if(t==="BOOLEAN")return lR(e,r);if(t==="INT32")return fR(e,r);if(t==="INT64")return uR(e,r);if(t==="INT96")return cR(e,r);if(t==="FLOAT")return dR(e,r);if(t==="DOUBLE")return mR(e,r);if(t==="BYTE_ARRAY")return hR(e,r);if(t==="FIXED_LEN_BYTE_ARRAY"){if(!n)throw new Error("parquet missing fixed length");return pR(e,r,n)}else throw new Error(`parquet unhandled type: ${t}`)}function lR(e,t){let r=new Array(t);for(let n=0;n<t;n++){let i=e.offset+(n/8|0),s=n%8,o=e.view.getUint8(i);r[n]=(o&1<<s)!==0}return e.offset+=Math.ceil(t/8),r}function fR(e,t){let r=(e.view.byteOffset+e.offset)%4?new Int32Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Int32Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*4,r}function uR(e,t){let r=(e.view.byteOffset+e.offset)%8?new BigInt64Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new BigInt64Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*8,r}function cR(e,t){let r=new Array(t);for(let n=0;n<t;n++){let i=e.view.getBigInt64(e.offset+n*12,!0),s=e.view.getInt32(e.offset+n*12+8,!0);r[n]=BigInt(s)<<64n|i}return e.offset+=t*12,r}function dR(e,t){let r=(e.view.byteOffset+e.offset)%4?new Float32Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Float32Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*4,r}function mR(e,t){let r=(e.view.byteOffset+e.offset)%8?new Float64Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new Float64Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*8,r}function hR(e,t){let r=new Array(t);for(let n=0;n<t;n++){let i=e.view.getUint32(e.offset,!0);e.offset+=4,r[n]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i),e.offset+=i}return r}function pR(e,t,r){let n=new Array(t);for(let i=0;i<t;i++)n[i]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r),e.offset+=r;return n}function hs(e,t,r){let n=new ArrayBuffer(r);return new Uint8Array(n).set(new Uint8Array(e,t,r)),n}l();var gR=[0,255,65535,16777215,4294967295];function S4(e,t,r,n,i){for(let s=0;s<i;s++)r[n+s]=e[t+s]}function I4(e,t){let r=e.byteLength,n=t.byteLength,i=0,s=0;for(;i<r;){let o=e[i];if(i++,o<128)break}if(n&&i>=r)throw new Error("invalid snappy length header");for(;i<r;){let o=e[i],a=0;if(i++,i>=r)throw new Error("missing eof marker");if((o&3)===0){let f=(o>>>2)+1;if(f>60){if(i+3>=r)throw new Error("snappy error literal pos + 3 >= inputLength");let u=f-60;f=e[i]+(e[i+1]<<8)+(e[i+2]<<16)+(e[i+3]<<24),f=(f&gR[u])+1,i+=u}if(i+f>r)throw new Error("snappy error literal exceeds input length");S4(e,i,t,s,f),i+=f,s+=f}else{let f=0;switch(o&3){case 1:a=(o>>>2&7)+4,f=e[i]+(o>>>5<<8),i++;break;case 2:if(r<=i+1)throw new Error("snappy error end of input");a=(o>>>2)+1,f=e[i]+(e[i+1]<<8),i+=2;break;case 3:if(r<=i+3)throw new Error("snappy error end of input");a=(o>>>2)+1,f=e[i]+(e[i+1]<<8)+(e[i+2]<<16)+(e[i+3]<<24),i+=4;break;default:break}if(f===0||isNaN(f))throw new Error(`invalid offset ${f} pos ${i} inputLength ${r}`);if(f>s)throw new Error("cannot copy from before start of buffer");S4(t,s-f,t,s,a),s+=a}}if(s!==n)throw new Error("premature end of input")}function N4(e,t,{type:r,element:n,schemaPath:i}){let s=new DataView(e.buffer,e.byteOffset,e.byteLength),o={view:s,offset:0},a,f=yR(o,t,i),{definitionLevels:u,numNulls:d}=vR(o,t,i),c=t.num_values-d;if(t.encoding==="PLAIN")a=bn(o,r,c,n.type_length);else if(t.encoding==="PLAIN_DICTIONARY"||t.encoding==="RLE_DICTIONARY"||t.encoding==="RLE"){let p=r==="BOOLEAN"?1:s.getUint8(o.offset++);p?(a=new Array(c),r==="BOOLEAN"?(at(o,p,a),a=a.map(h=>!!h)):at(o,p,a,s.byteLength-o.offset)):a=new Uint8Array(c)}else if(t.encoding==="BYTE_STREAM_SPLIT")a=gl(o,c,r,n.type_length);else if(t.encoding==="DELTA_BINARY_PACKED")a=r==="INT32"?new Int32Array(c):new BigInt64Array(c),Rr(o,c,a);else if(t.encoding==="DELTA_LENGTH_BYTE_ARRAY")a=new Array(c),hl(o,c,a);else if(t.encoding==="DELTA_BYTE_ARRAY")a=new Array(c),pl(o,c,a);else throw new Error(`parquet unsupported encoding: ${t.encoding}`);return{definitionLevels:u,repetitionLevels:f,dataPage:a}}function yR(e,t,r){if(r.length>1){let n=tl(r);if(n){let i=new Array(t.num_values);return at(e,gs(n),i),i}}return[]}function vR(e,t,r){let n=pn(r);if(!n)return{definitionLevels:[],numNulls:0};let i=new Array(t.num_values);at(e,gs(n),i);let s=t.num_values;for(let o of i)o===n&&s--;return s===0&&(i.length=0),{definitionLevels:i,numNulls:s}}function ps(e,t,r,n){let i,s=n?.[r];if(r==="UNCOMPRESSED")i=e;else if(s)i=s(e,t);else if(r==="SNAPPY")i=new Uint8Array(t),I4(e,i);else throw new Error(`parquet unsupported compression codec: ${r}`);if(i?.length!==t)throw new Error(`parquet decompressed page length ${i?.length} does not match header ${t}`);return i}function E4(e,t,r){let i={view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0},{type:s,element:o,schemaPath:a,codec:f,compressors:u}=r,d=t.data_page_header_v2;if(!d)throw new Error("parquet data page header v2 is undefined");let c=wR(i,d,a);i.offset=d.repetition_levels_byte_length;let p=_R(i,d,a),h=t.uncompressed_page_size-d.definition_levels_byte_length-d.repetition_levels_byte_length,y=e.subarray(i.offset);d.is_compressed!==!1&&(y=ps(y,h,f,u));let v=new DataView(y.buffer,y.byteOffset,y.byteLength),w={view:v,offset:0},b,_=d.num_values-d.num_nulls;if(d.encoding==="PLAIN")b=bn(w,s,_,o.type_length);else if(d.encoding==="RLE")b=new Array(_),at(w,1,b),b=b.map(A=>!!A);else if(d.encoding==="PLAIN_DICTIONARY"||d.encoding==="RLE_DICTIONARY"){let A=v.getUint8(w.offset++);b=new Array(_),at(w,A,b,h-1)}else if(d.encoding==="DELTA_BINARY_PACKED")b=s==="INT32"?new Int32Array(_):new BigInt64Array(_),Rr(w,_,b);else if(d.encoding==="DELTA_LENGTH_BYTE_ARRAY")b=new Array(_),hl(w,_,b);else if(d.encoding==="DELTA_BYTE_ARRAY")b=new Array(_),pl(w,_,b);else if(d.encoding==="BYTE_STREAM_SPLIT")b=gl(w,_,s,o.type_length);else throw new Error(`parquet unsupported encoding: ${d.encoding}`);return{definitionLevels:p,repetitionLevels:c,dataPage:b}}function wR(e,t,r){let n=tl(r);if(!n)return[];let i=new Array(t.num_values);return at(e,gs(n),i,t.repetition_levels_byte_length),i}function _R(e,t,r){let n=pn(r);if(n){let i=new Array(t.num_values);return at(e,gs(n),i,t.definition_levels_byte_length),i}}function gs(e){return 32-Math.clz32(e)}function yl(e,{groupStart:t,selectStart:r,selectEnd:n},i,s){let{pathInSchema:o,schemaPath:a}=i,f=rl(a),u=[],d,c,p=0,h=0,y=s&&(()=>{c&&s({pathInSchema:o,columnData:c,rowStart:t+p-c.length,rowEnd:t+p})});for(;(f?p<n:e.offset<e.view.byteLength-1)&&!(e.offset>=e.view.byteLength-1);){let v=bR(e);if(v.type==="DICTIONARY_PAGE"){let{data:w}=q4(e,v,i,d,void 0,0);w&&(d=Qa(w,i))}else{let w=c?.length||0,b=q4(e,v,i,d,c,r-p);b.skipped?(u.length||(h+=b.skipped),p+=b.skipped):b.data&&c===b.data?p+=b.data.length-w:b.data&&b.data.length&&(y?.(),u.push(b.data),p+=b.data.length,c=b.data)}}return y?.(),{data:u,skipped:h}}function q4(e,t,r,n,i,s){let{type:o,element:a,schemaPath:f,codec:u,compressors:d}=r,c=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);if(e.offset+=t.compressed_page_size,t.type==="DATA_PAGE"){let p=t.data_page_header;if(!p)throw new Error("parquet data page header is undefined");if(s>p.num_values&&rl(f))return{skipped:p.num_values};let h=ps(c,Number(t.uncompressed_page_size),u,d),{definitionLevels:y,repetitionLevels:v,dataPage:w}=N4(h,p,r),b=Xa(w,n,p.encoding,r),_=Array.isArray(i)?i:[];return{skipped:0,data:ml(_,y,v,b,f)}}else if(t.type==="DATA_PAGE_V2"){let p=t.data_page_header_v2;if(!p)throw new Error("parquet data page header v2 is undefined");if(s>p.num_rows)return{skipped:p.num_rows};let{definitionLevels:h,repetitionLevels:y,dataPage:v}=E4(c,t,r),w=Xa(v,n,p.encoding,r),b=Array.isArray(i)?i:[];return{skipped:0,data:ml(b,h,y,w,f)}}else if(t.type==="DICTIONARY_PAGE"){let p=t.dictionary_page_header;if(!p)throw new Error("parquet dictionary page header is undefined");let h=ps(c,Number(t.uncompressed_page_size),u,d),y={view:new DataView(h.buffer,h.byteOffset,h.byteLength),offset:0};return{skipped:0,data:bn(y,o,p.num_values,a.type_length)}}else throw new Error(`parquet unsupported page type: ${t.type}`)}function bR(e){let t=He(e),r=rs[t.field_1],n=t.field_2,i=t.field_3,s=t.field_4,o=t.field_5&&{num_values:t.field_5.field_1,encoding:it[t.field_5.field_2],definition_level_encoding:it[t.field_5.field_3],repetition_level_encoding:it[t.field_5.field_4],statistics:O4(t.field_5.field_5)},a=t.field_6,f=t.field_7&&{num_values:t.field_7.field_1,encoding:it[t.field_7.field_2],is_sorted:t.field_7.field_3},u=t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:it[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:t.field_8.field_7===void 0?!0:t.field_8.field_7,statistics:O4(t.field_8.field_8)};return{type:r,uncompressed_page_size:n,compressed_page_size:i,crc:s,data_page_header:o,index_page_header:a,dictionary_page_header:f,data_page_header_v2:u}}function O4(e){return e&&{max:e.field_1,min:e.field_2,null_count:e.field_3,distinct_count:e.field_4,max_value:e.field_5,min_value:e.field_6,is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function M4(e,{metadata:t},r){let n=[],i=Se(t);for(let s of r.chunks){let{path_in_schema:o}=s.columnMetadata,a=el(i,o),f={pathInSchema:o,element:a[a.length-1].element,schemaPath:a,...e,...s.columnMetadata,parsers:{...st,...e.parsers}},{startByte:u,endByte:d}=s.range;"pageLocations"in s?n.push({pathInSchema:o,data:T4(e,r,s,s.pageLocations,f)}):"offsetIndex"in s?n.push({pathInSchema:o,data:Promise.resolve(e.file.slice(s.offsetIndex.startByte,s.offsetIndex.endByte)).then(c=>{let p=vn({view:new DataView(c),offset:0}).page_locations;return T4(e,r,s,p,f)})}):n.push({pathInSchema:o,data:Promise.resolve(e.file.slice(u,d)).then(c=>{let p={view:new DataView(c),offset:0};return yl(p,r,f,e.onPage)})})}return{groupStart:r.groupStart,groupRows:r.groupRows,selectStart:r.selectStart,selectEnd:r.selectEnd,asyncColumns:n}}async function T4(e,t,r,n,i){let{data_page_offset:s,dictionary_page_offset:o}=r.columnMetadata,{selectStart:a,selectEnd:f}=t,{startByte:u,endByte:d}=r.range,c=-1,p=o||s<n[0].offset;for(let _=0;_<n.length;_++){let A=n[_],I=Number(A.first_row_index),N=_+1<n.length?Number(n[_+1].first_row_index):t.groupRows;c<0&&N>a&&(u=Number(A.offset),c=I),I<f&&(d=Number(A.offset)+A.compressed_page_size)}c<0&&(c=0);let h;if(p&&c){let _=Number(n[0].offset)-r.range.startByte,[A,I]=await Promise.all([e.file.slice(r.range.startByte,Number(n[0].offset)),e.file.slice(u,d)]),N=new Uint8Array(_+I.byteLength);N.set(new Uint8Array(A,0,_)),N.set(new Uint8Array(I),_),h=new DataView(N.buffer)}else p?h=new DataView(await e.file.slice(r.range.startByte,d)):h=new DataView(await e.file.slice(u,d));let y={view:h,offset:0},v=c?{...t,groupStart:t.groupStart+c,selectStart:t.selectStart-c,selectEnd:t.selectEnd-c}:t,{data:w,skipped:b}=yl(y,v,i,e.onPage);return{data:w,skipped:c+b}}async function vl({asyncColumns:e},t,r,n,i){let s=await Promise.all(e.map(c=>c.data.then(({skipped:p,data:h})=>({skipped:p,data:ll(h)})))),o=r-t;if(i==="object"){let c=Array(o);for(let p=0;p<o;p++){let h={};for(let y=0;y<e.length;y++){let{data:v,skipped:w}=s[y];h[e[y].pathInSchema[0]]=v[t+p-w]}c[p]=h}return c}let a=e.map(c=>c.pathInSchema[0]).filter(c=>!n||n.includes(c)),f=n??a,u=f.map(c=>e.findIndex(p=>p.pathInSchema[0]===c)),d=Array(o);for(let c=0;c<o;c++){let p=Array(e.length);for(let h=0;h<f.length;h++){let y=u[h];if(y<0)throw new Error(`parquet column not found: ${f[h]}`);let{data:v,skipped:w}=s[y];p[h]=v[t+c-w]}d[c]=p}return d}function wl(e,t,r){let{asyncColumns:n}=e,i={...st,...r},s=[];for(let o of t.children)if(o.children.length){let a=n.filter(f=>f.pathInSchema[0]===o.element.name);if(!a.length)continue;s.push({pathInSchema:o.path,data:(async()=>{let f=await Promise.all(a.map(y=>y.data)),u=new Map,d=f.map(({data:y})=>ll(y)),c=Math.max(e.selectStart??0,...f.map(y=>y.skipped)),p=Math.min(e.selectEnd??1/0,...f.map((y,v)=>y.skipped+d[v].length));for(let y=0;y<a.length;y++){let v=c-f[y].skipped,w=Math.max(0,p-c);u.set(a[y].pathInSchema.join("."),d[y].slice(v,v+w))}Cr(u,o,i);let h=u.get(o.element.name);if(!h)throw new Error("parquet column data not assembled");return{data:[h],skipped:c}})()})}else{let a=n.find(f=>f.pathInSchema[0]===o.element.name);a&&s.push(a)}return{...e,asyncColumns:s}}l();async function L4(e){let t=await AR(e);return{options:t,plan:d4(t)}}async function AR(e){let t=e.metadata??await yn(e.file,e),r=Se(t).children.map(o=>o.element.name),i=us(e.filter).filter(o=>!r.includes(o));if(i.length)throw new Error(`parquet filter columns not found: ${i.join(", ")}`);if(e.columns){let o=e.columns.filter(a=>!r.includes(a));if(o.length)throw new Error(`parquet column not found: ${o[0]}`)}let s={...e,metadata:t};return s=await SR(s),s=await IR(s),s}function C4(e,t){let r={...e,file:fl(e.file,t)};return t.groups.map(n=>M4(r,t,n))}async function SR(e){if(!e.useBloomFilters||!e.filter||!e.metadata)return e;let t=Se(e.metadata),r={};for(let i of t.children)r[i.element.name]=i.element;let n=await p4({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict});return{...e,bloomFiltersByGroup:n,schemaElements:r}}async function IR(e){if(!e.usePageIndex||!e.filter||!e.metadata)return e;let{pageRangesByGroup:t,pageLocationsByGroup:r}=await g4({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict,rowStart:e.rowStart,rowEnd:e.rowEnd,columns:e.columns,bloomFiltersByGroup:e.bloomFiltersByGroup,schemaElements:e.schemaElements,parsers:e.parsers});return{...e,pageRangesByGroup:t,pageLocationsByGroup:r}}var R4=Symbol("rowIndex");async function bl(e){e.metadata??(e.metadata=await yn(e.file,e));let{rowStart:t=0,rowEnd:r,columns:n,onChunk:i,onComplete:s,rowFormat:o,filter:a,filterStrict:f=!0}=e;if(a&&o!=="object")throw new Error(\\\'parquet filter requires rowFormat: "object"\\\');if(e.includeRowIndex&&o!=="object")throw new Error(\\\'parquet includeRowIndex requires rowFormat: "object"\\\');let u=us(a),d=n;if(n&&u.length){let _=new Set(n),A=u.filter(I=>!_.has(I));A.length&&(d=[...n,...A])}let c=d===n?e:{...e,columns:d},p=await L4(c),h=p.options,y=d!==n,v=C4(h,p.plan);if(!s&&!i){await _l(v);return}if(!h.metadata)throw new Error("parquet requires metadata");let w=Se(h.metadata),b=v.map(_=>wl(_,w,e.parsers));if(i)for(let _ of b)for(let A of _.asyncColumns)A.data.then(({data:I,skipped:N})=>{let E=_.groupStart+N;for(let q of I)i({columnName:A.pathInSchema[0],columnData:q,rowStart:E,rowEnd:E+q.length}),E+=q.length},()=>{});if(s){await _l(b);let _=[];for(let A of b){let I=A.selectStart??Math.max(t-A.groupStart,0),N=A.selectEnd??Math.min((r??1/0)-A.groupStart,A.groupRows),E=o==="object"?await vl(A,I,N,d,"object"):await vl(A,I,N,n,"array");if(e.includeRowIndex)for(let q=0;q<E.length;q++)Object.defineProperty(E[q],R4,{value:A.groupStart+I+q});if(a){for(let q of E)if(Tt(q,a,f)){if(y&&n)for(let T of u)n.includes(T)||delete q[T];_.push(q)}}else al(_,E)}s(_)}else await _l(b)}async function _l(e){let t=e.flatMap(i=>i.asyncColumns.map(s=>s.data)),n=(await Promise.allSettled(t)).find(i=>i.status==="rejected");if(n)throw n.reason}var NR=["model","scenario","score"];async function k4(e,t,r){let n;try{n=gn(e)}catch(w){throw new Error(`this is not a Parquet file (${w instanceof Error?w.message:String(w)})`)}let i=n.key_value_metadata?.find(w=>w.key==="benchbench.catalog_hash")?.value;if(i!==r)throw new Error(`this scores.parquet is not the page\\\'s: its catalog is ${i??"not named"}, the page\\\'s is ${r}`);let{models:s,scenarios:o}=t,a=s.length,f=new Float64Array(o.length*a).fill(NaN),u=new Map(s.map((w,b)=>[w,b])),d=new Map(o.map((w,b)=>[w,b])),c=Number(n.num_rows),p=new Int32Array(c).fill(-1),h=new Int32Array(c).fill(-1),y=new Float64Array(c).fill(NaN),v=({columnName:w,columnData:b,rowStart:_})=>{let A=Math.min(b.length,c-_);if(w==="score"){for(let T=0;T<A;T++)y[_+T]=Number(b[T]);return}let[I,N]=w==="model"?[u,p]:[d,h],E,q=-1;for(let T=0;T<A;T++){if(b[T]!==E&&(E=b[T],q=I.get(String(E))??-1,q<0))throw new Error(`scores.parquet names ${w} ${String(E)}, which the page does not know`);N[_+T]=q}};await bl({file:e,columns:[...NR],onChunk:v});for(let w=0;w<c;w++){if(p[w]<0||h[w]<0||Number.isNaN(y[w]))throw new Error(`scores.parquet lacks part of its row ${w+1}`);f[h[w]*a+p[w]]=y[w]}for(let w of t.lower_is_better){let b=d.get(w);if(b===void 0)continue;let _=f.subarray(b*a,(b+1)*a);_.set(an(_))}return{models:s,scenarios:o,values:f}}var lt=self,kr=null,F4=(e,t)=>lt.postMessage({type:"error",id:e,message:t instanceof Error?t.message:String(t)});lt.onmessage=e=>{let t=e.data;if(t.type==="load"){kr=t.matrix;return}let{id:r}=t;if(t.type==="decode"){k4(t.parquet,t.shape,t.catalogHash).then(n=>lt.postMessage({type:"decoded",id:r,matrix:n},[n.values.buffer]),n=>F4(r,n));return}try{if(!kr)throw new Error("the scores are not loaded");if(t.type==="upload"){lt.postMessage({type:"upload-result",id:r,upload:E6({...t.input,matrix:kr})});return}if(t.type==="alternatives"){lt.postMessage({type:"alternatives-result",id:r,alternatives:D6(kr,t)});return}if(t.type==="subset"){let n=B6(kr,t,(i,s)=>lt.postMessage({type:"progress",id:r,done:i,total:s}));lt.postMessage({type:"subset-result",id:r,subset:n});return}lt.postMessage({type:"result",id:r,leaderboard:ER(t,kr)})}catch(n){F4(r,n)}};function ER(e,t){let{id:r}=e,n=new Set(e.boards.flatMap(o=>o.scenarios)).size,i=0,s=0;return Ai({matrix:t,aggregate:e.aggregate,method:e.method,boards:e.boards,checkpoint:()=>{i++,i-s>=Math.max(1,n/100)&&(s=i,lt.postMessage({type:"progress",id:r,done:i,total:n}))}})}})();\\n\'],{type:"text/javascript"})))}scores(){return this.matrix??(this.matrix=this.decode().catch(r=>{throw this.matrix=null,r})),this.matrix}async scenarioScores(r){let t=await this.scores(),n=t.scenarios.indexOf(r),i=new Map,a=t.models.length;for(let o=0;n>=0&&o<a;o++){let s=t.values[n*a+o];Number.isNaN(s)||i.set(t.models[o],s)}return i}async decode(){let r=await this.source.bytes(),t=new Worker(this.url);try{return await new Promise((n,i)=>{t.onmessage=o=>{let s=o.data;s.type==="decoded"?n(s.matrix):s.type==="error"&&i(new Error(s.message))},t.onerror=o=>i(new Error(o.message||"the engine stopped"));let a={type:"decode",id:0,parquet:r,shape:this.shape,catalogHash:this.catalogHash};t.postMessage(a,[r])})}finally{t.terminate()}}start(r){let t=new Worker(this.url);return t.postMessage({type:"load",matrix:r}),t}upload(r,t){let n=++this.uploads;this.scores().then(i=>{if(n!==this.uploads)return;this.uploader?.terminate();let a=this.uploader=this.start(i);a.onmessage=o=>{let s=o.data;s.type==="upload-result"?t.result(s.upload):s.type==="error"&&t.error(s.message)},a.onerror=o=>t.error(o.message||"the engine stopped"),a.postMessage({type:"upload",id:n,input:r})},i=>{n===this.uploads&&t.error(ti(i))})}score(r,t){let n=++this.next;this.busy&&(this.worker?.terminate(),this.worker=null),this.busy=!0,this.matrix||t.progress(0,0),this.scores().then(i=>{n===this.next&&this.run(i,n,r,t)},i=>{n===this.next&&(this.busy=!1,t.error(ti(i)))})}run(r,t,n,i){let a=this.worker??(this.worker=this.start(r));a.onmessage=o=>{let s=o.data;if(s.id===t){if(s.type==="progress")return i.progress(s.done,s.total);this.busy=!1,s.type==="result"?i.result(s.leaderboard):s.type==="error"&&i.error(s.message)}},a.onerror=o=>{this.busy=!1,i.error(o.message||"the engine stopped")},a.postMessage({type:"score",id:t,...n})}alternatives(r,t){this.ask({type:"alternatives",...r},t,n=>n.type==="alternatives-result"?n.alternatives:void 0)}subset(r,t){this.ask({type:"subset",...r},t,n=>n.type==="subset-result"?n.subset:void 0)}ask(r,t,n){let i=++this.questions;this.latest.set(r.type,i),this.scores().then(a=>{this.latest.get(r.type)===i&&this.put(a,i,r,t,n)},a=>{this.latest.get(r.type)===i&&t.error(ti(a))})}put(r,t,n,i,a){let o=this.askers.get(n.type);o?.busy&&(o.worker.terminate(),o=void 0),o||this.askers.set(n.type,o={worker:this.start(r),busy:!1});let s=o;s.busy=!0,s.worker.onmessage=c=>{let l=c.data;if(l.id!==t)return;if(l.type==="progress")return i.progress?.(l.done,l.total);s.busy=!1;let u=a(l);u!==void 0?i.result(u):l.type==="error"&&i.error(l.message)},s.worker.onerror=c=>{s.busy=!1,i.error(c.message||"the engine stopped")},s.worker.postMessage({...n,id:t})}};var ds="benchbench site --serve",ni=class extends Error{};function ps(){let e=null,r=null,t=d("input",{type:"file",id:"scores-file",accept:".parquet"}),n=d("div",{class:"scores-notice",role:"alert",hidden:!0},d("p",{},"Recomputing, scoring your own file and the scatter plots need every score, which is in ",d("code",{},nr)," beside this page; a page opened from a file (file://) cannot read it by itself. Serve the site over HTTP with ",d("code",{},`${ds} --out <site folder>`)," and open the address it prints, or choose that folder’s scores.parquet here: "),d("label",{for:"scores-file"},`${nr} `),t);t.addEventListener("change",()=>{if(e=t.files?.[0]??null,!e)return;n.hidden=!0;let a=r;r=null,a?.()});async function i(){if(e)return e.arrayBuffer();if(location.protocol==="file:")throw n.hidden=!1,new ni(`this needs ${nr}, which a page opened from a file cannot read: run ${ds}, or choose the file above`);let a=await fetch(new URL(nr,location.href));if(!a.ok)throw new Error(`could not load ${nr} (HTTP ${a.status})`);return a.arrayBuffer()}return{notice:n,bytes:i,retry(a){r=a}}}var $r=(e,r,t,n)=>d("div",{class:"field"},d("label",{for:e},r),t,n?d("span",{class:"hint",id:`${e}-hint`},n):null),Gt=(e,r)=>d("input",{id:e,type:"number",min:r,step:1,inputmode:"numeric",required:!0});function G3(){return{correlation:d("select",{id:"m-correlation"},...ut.map(e=>d("option",{value:e},st[e]))),perSample:Gt("m-models-per-sample",2),all:d("input",{id:"m-all-models",type:"checkbox"}),sampling:d("select",{id:"m-sampling"},...lt.map(e=>d("option",{value:e},e))),samples:Gt("m-samples",1),seed:Gt("m-seed",0),minCommon:Gt("m-min-common",2)}}function B3(e,r){let t=d("input",{id:"m-aggregate-search",type:"search",placeholder:"filter by name or id",autocomplete:"off"}),n=d("span",{class:"hint","aria-live":"polite"}),i=new Map,a=e.map(l=>{let u=d("input",{type:"checkbox",id:`agg-${l.id}`,value:l.id,class:"aggregate-choice"});return i.set(l.id,u),u.addEventListener("change",r),{s:l,li:d("li",{},u,d("label",{for:u.id},l.name,d("span",{class:"scenario-id"},l.id)))}}),o=d("ul",{class:"aggregate-list","aria-label":"Scenarios of the aggregate"}),s=()=>{let l=t.value.trim().toLowerCase(),u=a.filter(({s:f})=>!l||f.name.toLowerCase().includes(l)||f.id.toLowerCase().includes(l));u.sort((f,h)=>Number(i.get(h.s.id).checked)-Number(i.get(f.s.id).checked)),o.replaceChildren(...u.map(f=>f.li))};return t.addEventListener("input",s),{search:t,chosenCount:n,boxes:i,list:o,order:s,chosen:()=>e.map(l=>l.id).filter(l=>i.get(l).checked)}}function W3(e,r){let t=(s,c,l)=>{let u=Number(s.value);return s.value!==""&&Number.isInteger(u)&&u>=c?u:`${l} must be a whole number of at least ${c}.`},n=e.all.checked?0:t(e.perSample,2,"Models per sample"),i=t(e.samples,1,"Samples"),a=t(e.seed,0,"The seed"),o=t(e.minCommon,2,"Minimum shared models");for(let s of[n,i,a,o])if(typeof s=="string")return s;return r.length<2?"Choose at least 2 scenarios for the aggregate.":{method:{correlation:e.correlation.value,modelsPerSample:n,sampling:e.sampling.value,samples:i,seed:a,minCommonModels:o},aggregate:[...r]}}function j3(e,r,t){e.correlation.value=r.correlation,e.all.checked=r.modelsPerSample===0,e.perSample.value=String(r.modelsPerSample===0?t:r.modelsPerSample),e.perSample.disabled=e.all.checked,e.sampling.value=r.sampling,e.samples.value=String(r.samples),e.seed.value=String(r.seed),e.minCommon.value=String(r.minCommonModels)}function hs(e,r,t,n){let i=G3(),{correlation:a,perSample:o,all:s,sampling:c,samples:l,seed:u,minCommon:f}=i,h=d("p",{class:"field-error",role:"alert"}),p=d("p",{class:"engine-status","aria-live":"polite"}),v=d("progress",{max:1,value:0,"aria-label":"Recomputing the leaderboard",hidden:!0}),g=B3(e,S),{chosenCount:y,boxes:b}=g;function S(){o.disabled=s.checked;let A=W3(i,g.chosen());y.textContent=`${[...b.values()].filter(R=>R.checked).length} chosen`,h.textContent=typeof A=="string"?A:"",typeof A!="string"&&n(A)}function w(A){j3(i,A.method,r.method.modelsPerSample||10);let R=new Set(A.aggregate);for(let[Z,rr]of b)rr.checked=R.has(Z);y.textContent=`${R.size} chosen`,h.textContent="",g.order()}for(let A of[a,c,s])A.addEventListener("change",S);for(let A of[o,l,u,f])A.addEventListener("change",S);let N=A=>{w(A),n(A)},E=d("button",{type:"button",class:"reset"},"The catalog’s method");E.addEventListener("click",()=>N(r));let q=t?d("button",{type:"button",class:"preset"},t.label):null;q?.addEventListener("click",()=>N(t));let k=V3(i,g,d("div",{class:"method-actions"},q,E),h,d("div",{class:"engine"},v,p));return w(r),{element:k,set:w,status(A,R){p.textContent=A,v.hidden=R===null,R!==null&&(v.value=R)}}}function V3({correlation:e,perSample:r,all:t,sampling:n,samples:i,seed:a,minCommon:o},{search:s,chosenCount:c,list:l},u,f,h){return d("details",{class:"method-panel"},d("summary",{},"Method: change how benchmarks are scored (computed in your browser)"),d("div",{class:"method-grid"},$r("m-correlation","Correlation",e),d("div",{class:"field"},d("label",{for:r.id},"Models per sample"),r,d("span",{class:"check"},t,d("label",{for:t.id},"all shared models"))),$r("m-sampling","Sampling",n),$r("m-samples","Samples (experiments)",i,"random and adjacent sampling"),$r("m-seed","Seed",a),$r("m-min-common","Minimum shared models",o)),d("fieldset",{class:"aggregate-field"},d("legend",{},"Aggregate scenarios ",c),d("label",{for:s.id,class:"visually-hidden"},"Filter the scenarios"),s,l),u,f,h)}function gs(e){let t=`${[e.file,e.line,e.line!==void 0?e.column:void 0].filter(n=>n!==void 0).join(":")}: ${e.severity} [${e.code}] ${e.message}`;return e.hint?`${t}\n  hint: ${e.hint}`:t}var vs={"benchbench-space":{aggregate:["Helm Lite","HF OpenLLM v2","OpenCompass Academic","LMSys Arena","Helm Classic","AlphacaEval v2lc","LiveBench 240725","WildBench Elo LC"],minScenariosPerModel:2,method:{correlation:"kendall",modelsPerSample:8,samples:10}}},Bt=e=>e.normalize("NFKC").toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu,"_").replace(/^_|_$/g,"");function ys(e,r){let t=[...r].sort((o,s)=>o.id<s.id?-1:o.id>s.id?1:0),n=[(o,s)=>o.id===s,(o,s)=>o.name===s,(o,s)=>Bt(o.id)===Bt(s)||Bt(o.name)===Bt(s)],i=[],a=[];for(let o of e){let s;for(let c of n)if(s=t.find(l=>c(l,o)))break;s?i.includes(s.id)||i.push(s.id):a.push(o)}return{ids:i,missing:a}}var ii=vs["benchbench-space"];function bs(e){let r=new Map;for(let n of e.boards)for(let i of n.rows)r.has(i.scenario)||r.set(i.scenario,i.name);let{ids:t}=ys(ii.aggregate,[...r].map(([n,i])=>({id:n,name:i})));return t.length<2?null:{label:"BenchBench Space preset",method:{...ct(e.method),...ii.method},aggregate:[...t].sort(),minScenariosPerModel:ii.minScenariosPerModel}}var J7=Da(Qt(),1);var wL=(()=>{let e=new Float64Array(171),r=1n;e[0]=1;for(let t=1;t<=170;t++)r*=BigInt(t),e[t]=Number(r);return e})();var SL=new Uint32Array(64);var _L=new Float64Array(64),IL=new Float64Array(64),kL=new Float64Array(64),TL=new Float64Array(64),xL=new Uint32Array(64),RL=new Int32Array(64),LL=new Int32Array(64);var CL=new Float64Array(6);var dI=Da(W6(),1);var NO=new Float64Array(64),EO=new Float64Array(64);var kO=new Float64Array(64),TO=new Uint32Array(64);var OO=new Float64Array(64),PO=new Float64Array(64);var XO=new Int32Array(16);var uP=new Int32Array(0);var j6=.9;var kn=(e,r,t=`${r}s`)=>`${e} ${e===1?r:t}`,Tn=(e,r,t)=>d("div",{class:"field"},d("label",{for:e.id},r),e,t?d("span",{class:"hint"},t):null);function yI(e){let r=pt("subset-target",.01,j6),t=d("input",{id:"subset-min-models",type:"number",min:2,step:1,inputmode:"numeric",placeholder:"default"}),n=d("input",{id:"subset-max-cost",type:"number",min:0,step:"any",inputmode:"decimal"}),i=e.scenarios.filter(u=>e.resources[u]?.access==="open"),a=[...new Set(e.scenarios.flatMap(u=>e.resources[u]?.cost?.unit??[]))],o=[{value:"all",label:`Every scenario (${e.scenarios.length})`,ids:null},...e.boards.filter(u=>u.scenarios.length<e.scenarios.length).map(u=>({value:`board:${u.id}`,label:`${u.title} (${u.scenarios.length})`,ids:u.scenarios})),...i.length?[{value:"open",label:`Open-access scenarios (${i.length})`,ids:i}]:[]],s=d("select",{id:"subset-candidates"},...o.map(u=>d("option",{value:u.value},u.label))),c=()=>{let u=Number(r.value);if(r.value.trim()===""||!(u>=-1&&u<=1))return"The tau to reach is a number from −1 to 1.";let f=t.value.trim()===""?null:Number(t.value);if(f!==null&&!(Number.isInteger(f)&&f>=2))return"The least models a set must rank is a whole number of at least 2 (or empty for the default).";let h=n.value.trim()===""?null:Number(n.value);if(h!==null&&!(Number.isFinite(h)&&h>=0))return"The cost budget is a number of at least 0 (or empty).";let p=o.find(v=>v.value===s.value)??o[0];return{minAgreement:u,minModels:f,maxCost:h,candidates:p.ids}},l=d("div",{class:"method-grid"},Tn(r,"τ to reach"),Tn(t,"Least models a set must rank","empty: half of the aggregate’s"),Tn(n,a.length===1?`Cost budget (${a[0]})`:"Cost budget","empty: none; scenarios of unknown cost are then left out"),Tn(s,"Choose from"));return{read:c,element:l}}function V6(e){let r=document.documentElement,t=yI(e),n=d("button",{type:"button",class:"subset-run"},"Find the lite subset"),i=d("p",{class:"field-error",role:"alert"}),a=d("progress",{max:1,value:0,"aria-label":"Finding the lite subset",hidden:!0}),o=d("p",{class:"subset-status","aria-live":"polite"}),s=d("div",{class:"subset-result"}),c=(f,...h)=>{a.hidden=!0,o.textContent=f,s.replaceChildren(...h),r.dataset.subset="done"};function l(){let f=t.read();i.textContent=typeof f=="string"?f:"",typeof f!="string"&&(r.dataset.subset="busy",a.hidden=!1,a.value=0,o.textContent="Finding the lite subset in your browser…",s.replaceChildren(),e.ask(f,{progress:(h,p)=>{a.value=p?h/p:0,o.textContent=`Finding the lite subset: step ${h+1}…`},result:h=>c("",...bI(h,f.minAgreement,f.maxCost,e)),error:h=>c(`The subset could not be computed: ${h}`)}))}return n.addEventListener("click",l),{element:d("section",{class:"subset","aria-labelledby":"subset-title"},d("h2",{id:"subset-title"},"A lite subset"),d("p",{},\'The fewest scenarios whose own aggregate ranks the models like the aggregate above (Kendall τ-b over the models both rank), found by greedy forward selection: each step adds the scenario that brings the set closest. As "benchbench subset", with the method above (its samples and seed give the interval).\'),t.element,d("div",{class:"method-actions"},n),i,d("div",{class:"engine"},a,o),s),stale(){s.childElementCount&&s.replaceChildren(d("p",{class:"hint"},"The method changed: find the subset again for it."))}}}function bI(e,r,t,n){let i=e.result,a=new Set(i.subset),o=i.subset.length?i.steps[i.subset.length-1]:null,s=e.unit?` ${e.unit}`:"",c=d("p",{class:"subset-summary","data-stop":i.stop},wI(i,r,t,s),...o?[` Chosen: ${kn(i.subset.length,"scenario")}, τ `,D("tau",i.tau,T(i.tau))," (90% interval ",ie("tau-interval",i.interval),`) over ${kn(o.nModels,"model")}, cost `,o.cost===null?"unknown":D("cost",o.cost,String(o.cost)),o.cost===null?"":s,"."]:[" No set ranked enough models to count."]),l=d("p",{class:"hint"},`Against the aggregate’s ${kn(e.aggregateModels,"model")}; a set counts when it ranks at least `,V("min-models",e.minModels),` of them; ${kn(e.candidates,"candidate")}.`+(e.units.length>1?` Their costs are in ${e.units.length} units (${e.units.join(", ")}), so none is added up.`:"")),u=d("table",{class:"subset-steps"},d("caption",{},"Every step of the selection; the chosen scenarios are marked"),d("thead",{},d("tr",{},d("th",{scope:"col",class:"num"},"Step"),d("th",{scope:"col"},"Scenario added"),d("th",{scope:"col",class:"num"},"τ of the set"),d("th",{scope:"col",class:"num"},"Models compared"),d("th",{scope:"col",class:"num"},e.unit?`Cost so far (${e.unit})`:"Cost so far"),d("th",{scope:"col"},"Chosen"))),d("tbody",{},...i.steps.map((f,h)=>d("tr",{"data-scenario":f.scenario,class:a.has(f.scenario)?"chosen":null},d("td",{class:"num","data-label":"Step"},String(h+1)),d("td",{class:"name"},n.nameOf(f.scenario),d("span",{class:"scenario-id"},f.scenario)),d("td",{class:"num","data-label":"τ"},D("tau",f.tau,T(f.tau))),d("td",{class:"num","data-label":"Models"},V("n-models",f.nModels)),d("td",{class:"num","data-label":"Cost so far"},f.cost===null?"–":D("cost",f.cost,String(f.cost))),d("td",{"data-label":"Chosen"},a.has(f.scenario)?"yes":"no")))));return[c,l,u]}function wI(e,r,t,n){return e.reached?`Reached τ ≥ ${T(r,2)}.`:e.stop==="cost"?`Not reached: no further scenario fits the budget of ${t}${n}.`:`Not reached: no set of the candidates reaches τ ${T(r,2)}; the best set found is shown.`}var K6="benchbench-view",X6=["rank","scenario","name","benchmark","category","z","z_low","z_high","agreement","agreement_low","agreement_high","n_common","models","in_aggregate","skipped","method","catalog_hash"],MI=e=>{let r=e===null?"":String(e);return/[",\\r\\n]/.test(r)?`"${r.replace(/"/g,\'""\')}"`:r};function SI(e){let r=Object.entries(e.method).map(([n,i])=>`${n}=${i}`).concat(`aggregate=${e.aggregate.scenarios.join(",")}`).join(";"),t=[X6.join(",")];for(let n of e.rows){let i={rank:n.rank,scenario:n.scenario,name:n.name,benchmark:n.benchmark,category:n.category,z:n.z,z_low:n.z_interval?.[0]??null,z_high:n.z_interval?.[1]??null,agreement:n.agreement,agreement_low:n.agreement_interval?.[0]??null,agreement_high:n.agreement_interval?.[1]??null,n_common:n.n_common,models:n.models,in_aggregate:n.in_aggregate,skipped:n.skipped,method:r,catalog_hash:e.catalog.hash};t.push(X6.map(a=>MI(i[a])).join(","))}return t.join(`\\r\n`)+`\\r\n`}function xn(e,r,t){let n=URL.createObjectURL(new Blob([t],{type:r})),i=d("a",{href:n,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}function Y6(e){let r=d("button",{type:"button",class:"download","data-format":"csv"},"This view as CSV"),t=d("button",{type:"button",class:"download","data-format":"json"},"This view as JSON");r.addEventListener("click",()=>{let i=e();xn(`benchbench-${i.board.id}.csv`,"text/csv",SI(i))}),t.addEventListener("click",()=>{let i=e();xn(`benchbench-${i.board.id}.json`,"application/json",JSON.stringify(i,null,2)+`\n`)});let n=d("a",{href:"scores.parquet",download:"scores.parquet",class:"download-link"},"Every score as Parquet");return d("p",{class:"downloads"},"Download: ",r," ",t," ",n)}function Q6(e){let r=d("input",{type:"file",id:"upload-file",accept:".csv,text/csv"}),t=d("textarea",{id:"upload-paste",rows:5,spellcheck:"false",placeholder:`model,my_benchmark\nmodel-a,0.71\n…`}),n=d("button",{type:"button",class:"score-paste"},"Score the pasted CSV"),i=d("input",{type:"checkbox",id:"upload-lower"}),a=d("button",{type:"button",class:"example"},"Download an example CSV"),o=d("div",{class:"upload-result","aria-live":"polite"});function s(l,u){document.documentElement.dataset.upload="busy",o.replaceChildren(d("p",{},`Scoring ${l} in your browser…`)),e.upload({...e.input(),file:l,text:u,direction:i.checked?"lower":"higher"},{result:f=>{o.replaceChildren(...qI(f,l,e)),document.documentElement.dataset.upload="done"},error:f=>{o.replaceChildren(d("p",{class:"field-error"},`The file could not be scored: ${f}`)),document.documentElement.dataset.upload="done"}})}let c=AI(r,l=>{l.text().then(u=>s(l.name,u))});return n.addEventListener("click",()=>s("pasted.csv",t.value)),a.addEventListener("click",()=>xn("example-results.csv","text/csv",e.example())),d("section",{class:"upload","aria-labelledby":"upload-title"},d("h2",{id:"upload-title"},"Score your own benchmark"),d("p",{},"A results CSV in the catalog’s formats (wide: a model column and one column per scenario; long: model, scenario, score). It is read and scored in this browser with the method above: nothing is sent anywhere."),c,d("label",{for:t.id},"Or paste the CSV"),t,d("div",{class:"method-actions"},d("span",{class:"check"},i,d("label",{for:i.id},"Lower scores are better")),n,a),o)}function AI(e,r){let t=d("div",{class:"drop-zone"},d("label",{for:e.id},"Drop a results CSV here, or choose one: "),e);return e.addEventListener("change",()=>e.files?.[0]&&r(e.files[0])),t.addEventListener("dragover",n=>{n.preventDefault(),t.classList.add("over")}),t.addEventListener("dragleave",()=>t.classList.remove("over")),t.addEventListener("drop",n=>{n.preventDefault(),t.classList.remove("over");let i=n.dataTransfer?.files[0];i&&r(i)}),t}function qI(e,r,t){let n=[];e.issues.length&&n.push(d("div",{class:"problems upload-issues"},d("p",{},`${e.issues.length} issue${e.issues.length===1?"":"s"} in the file:`),d("ul",{},...e.issues.map(i=>d("li",{},gs(i)))))),e.scenarios.length||n.push(d("p",{},"No scenario could be read from the file."));for(let i of e.scenarios)n.push(NI(i,r,t));return n}var Z6=e=>e===null||!Number.isFinite(e)?null:String(e);function NI(e,r,t){return d("article",{class:"uploaded","data-scenario":e.id},d("h3",{},e.id),Ht(EI(e,t)),e.rowsToCheck.length?II(e,r):null,e.unmatched.length?kI(e,t):null,Pt(e.closest,t.nameOf))}var Rn=(...e)=>d("span",{},...e);function EI(e,r){let t=e.result,n=a=>String(Math.round(a)),i=[["Models matched",Rn(V("matched",e.matched)," of ",V("models",e.models)," in the catalog")],["Rank",t.rank===null?`not ranked${t.skipped?`: ${t.skipped}`:""}`:Rn(V("rank",t.rank)," of ",V("ranked",e.ranked)," benchmarks (90% range ",ie("rank-interval",t.rankInterval,0,n),")")],["Score (Z)",Rn(D("z",t.z,W(t.z))," (90% interval ",ie("z-interval",t.zInterval,2,(a,o)=>W(a,o)),")")],["Agreement with the aggregate",Rn(D("agreement",t.agreement,T(t.agreement))," (90% interval ",ie("agreement-interval",t.agreementInterval),"), ",V("n-common",t.nCommon)," shared models")],["Saturation",_I(e,r)],["Rows to check",e.rowsToCheck.length?V("rows-to-check",e.rowsToCheck.length):"none"]];return t.warnings.length&&i.push(["Warnings",t.warnings.join("; ")]),i}function _I(e,r){let t=e.saturation;return d("span",{class:"saturation","data-models":t.models,"data-near-best":t.nearBest,"data-near-best-share":Z6(t.nearBestShare),"data-top-models":t.topModels,"data-top-spread":Z6(t.topSpread),"data-saturated":t.saturated===null?null:String(t.saturated)},Dt(t,r.input().thresholds.saturation))}function II(e,r){return d("ul",{class:"rows-to-check","data-shared":e.shared},...e.rowsToCheck.map(t=>d("li",{"data-model":t.model,"data-line":t.line,"data-rank":t.rank,"data-aggregate-rank":t.aggregateRank},_r({...t,file:r},e.shared))))}function kI(e,r){let t=e.unmatched.length;return d("details",{class:"unmatched",open:t<=10},d("summary",{},`${t} model${t===1?"":"s"} not in the catalog`),d("ul",{},...e.unmatched.map(n=>d("li",{"data-name":n.name,"data-line":n.line,"data-suggestions":n.suggestions.join(`\n`)},`line ${n.line}: "${n.name}"`,n.suggestions.length?` (did you mean ${n.suggestions.map(i=>`"${r.modelName(i)}"`).join(", ")}?)`:" (no close name)"))))}var Ha=(e,r)=>JSON.stringify(e.method)===JSON.stringify(r.method)&&e.aggregate.join(",")===r.aggregate.join(",")&&e.minScenariosPerModel===r.minScenariosPerModel;async function TI(){let e=document.getElementById(Ya);if(e.dataset.encoding!==Za)throw new Error("the page data is not packed as expected");let r=Uint8Array.from(atob(e.textContent.trim()),n=>n.charCodeAt(0)),t=new Blob([r]).stream().pipeThrough(new DecompressionStream("deflate-raw"));return JSON.parse(await new Response(t).text())}async function xI(){let e=performance.now(),r=document.documentElement,t=await TI(),n=document.getElementById("app"),i={method:ct(t.method),aggregate:t.aggregate.scenarios},a={...i,boards:t.boards.map(M=>M.id),scenarios:new Set(t.shape.scenarios)},o=Ja(location.search,location.hash,a),s=o.view,c={boards:t.boards,aggregateScores:t.aggregate.scores,choice:i},l=new Map,u=new Map;for(let M of t.boards)for(let _ of M.rows)l.set(_.scenario,{name:_.name,benchmark:_.benchmark,category:_.category,direction:_.direction}),u.set(_.scenario,{saturation:_.saturation,plausibility:_.plausibility});let f=M=>l.get(M)?.name??M,h=()=>{history.replaceState(null,"",za(s,a)||location.pathname)},p=ps(),v=new Ut(p,t.shape,t.catalog.hash),g=RI(t),y=()=>({method:c.choice.method,aggregate:{scenarios:c.choice.aggregate,minScenariosPerModel:c.choice.minScenariosPerModel??t.aggregate_min_scenarios_per_model},resources:g}),b=ms(t,M=>{s={...s,open:M},h()},M=>v.scenarioScores(M),(M,_)=>to({scenario:M,own:g[M],ask:(F,Er)=>v.alternatives({...y(),scenario:M,minAgreement:F},Er),nameOf:f,open:_})),S=fs(b.open,M=>{s={...s,board:M},h()},Pn(Ir(t))),w=M=>Fn[M.method.correlation],N=d("p",{class:"method-note","aria-live":"polite"});function E(M,_,F){c={boards:_,aggregateScores:F,choice:M},S.show(_,w(M)),b.update({boards:_,aggregateScores:F}),k.stale(),N.textContent=Ha(M,i)?`Scored with the catalog’s method: ${t.method_line}.`:`Scored in your browser with: ${On(M.method)}; aggregate of ${M.aggregate.length} scenarios. The heatmap and the closest benchmarks keep the catalog’s method.`}let q=t.boards.map(M=>({id:M.id,title:M.title,scenarios:M.rows.map(_=>_.scenario).sort()})),k=V6({scenarios:t.shape.scenarios,boards:q,resources:g,ask:(M,_)=>v.subset({...y(),...M},_),nameOf:f}),A=hs(t.shape.scenarios.map(M=>({id:M,name:f(M)})),i,bs(t),M=>R(M));function R(M){if(s={...s,method:M.method,aggregate:M.aggregate},h(),Ha(M,i)){Z(),E(i,t.boards,t.aggregate.scores);return}r.dataset.engine="busy",A.status("Recomputing…",0),v.score({method:M.method,aggregate:{scenarios:M.aggregate,minScenariosPerModel:M.minScenariosPerModel??t.aggregate_min_scenarios_per_model},boards:q},{progress:(_,F)=>F===0?A.status("Loading every score (scores.parquet)…",null):A.status(`Recomputing: ${_} of ${F} benchmarks scored…`,_/F),result:_=>{let F=_.boards.map(Er=>({id:Er.id,title:Er.title,rows:Er.rows.map(Ln=>Ua(Ln,l.get(Ln.scenario),u.get(Ln.scenario)))}));E(M,F,Object.fromEntries(_.aggregate.scores)),Z()},error:_=>{r.dataset.engine="error",A.status(`Could not recompute: ${_}.`,null),p.retry(()=>R(M))}})}function Z(){r.dataset.engine="idle",A.status("",null)}let rr=()=>{let M=c.boards.find(_=>_.id===s.board)??c.boards[0];return{schema:K6,version:1,generator:t.generator,catalog:{hash:t.catalog.hash},method:Wa(c.choice.method),aggregate:{scenarios:c.choice.aggregate,scores:c.aggregateScores},board:{id:M.id,title:M.title},rows:M.rows}},I=o.problems.length?d("div",{class:"problems",role:"alert"},d("p",{},"This link could not be followed as written:"),d("ul",{},...o.problems.map(M=>d("li",{},M)))):null,he=new Map([...l].map(([M,_])=>[M,_.name])),$=t.heatmap,qe=d("section",{class:"heatmap-section","aria-labelledby":"heatmap-title"},d("h2",{id:"heatmap-title"},"Agreement between benchmarks"),d("p",{},$.scenarios.length<$.of?`The ${$.scenarios.length} benchmarks with the most models (of ${$.of}), clustered so that benchmarks that agree sit together.`:`Every pair of the ${$.scenarios.length} benchmarks, clustered so that benchmarks that agree sit together.`),us(),...LI($,he)),ot=Q6({input:()=>({registry:{aliases:new Map(Object.entries(t.model_aliases))},naming:t.model_naming,limits:t.limits,method:c.choice.method,aggregate:{scenarios:c.choice.aggregate,minScenariosPerModel:c.choice.minScenariosPerModel??t.aggregate_min_scenarios_per_model},board:q.find(M=>M.id===(s.board??q[0].id))??q[0],thresholds:Ir(t),closest:10}),upload:(M,_)=>{p.retry(()=>v.upload(M,_)),v.upload(M,_)},nameOf:f,modelName:M=>t.model_names[M]??M,example:()=>t.example_csv});n.replaceChildren(...[I,p.notice,A.element,N,Y6(rr),S.element,ot,k.element,qe].filter(M=>M!==null)),E(i,t.boards,t.aggregate.scores),s.board&&S.select(s.board),r.dataset.renderMs=String(Math.round(performance.now()-e));let Ne={method:s.method,aggregate:s.aggregate};Ha(Ne,i)?Z():(A.set(Ne),A.element.open=!0,R(Ne)),s.open&&b.open(s.open,s.board??t.boards[0].id),h()}function RI(e){let r={};for(let t of e.benchmarks)for(let n of t.scenarios)r[n]={group:t.id,...t.access?{access:t.access}:{},...t.cost?{cost:t.cost}:{}};return r}function LI(e,r){if(!e.scenarios.length)return[d("p",{},"No pair of benchmarks was compared.")];let{svg:t,readout:n}=ss(e.scenarios,e.scenarios.map(i=>r.get(i)??i),e.agreement);return[n,d("div",{class:"chart-box"},t)]}xI().catch(e=>{document.documentElement.dataset.engine="error",document.getElementById("app").textContent=`The page could not start: ${e instanceof Error?e.message:String(e)}`});})();\n';

// src/report/site/page-style.ts
var PAGE_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4b5563; --line: #d0d7de; --accent: #0a4fa3;
  --pos: #1f5fae; --neg: #b35806; --focus: #c2410c; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 16px; }
header h1 { margin: 20px 0 4px; font-size: 1.6rem; }
.lead, footer, .count, .scenario-id, .legend { color: var(--muted); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.tabs { display: flex; gap: 4px; border-bottom: 2px solid var(--line); margin: 16px 0 12px; flex-wrap: wrap; }
.tabs [role=tab] { font: inherit; border: 1px solid var(--line); border-bottom: none; background: #f3f4f6;
  color: var(--ink); padding: 6px 14px; border-radius: 6px 6px 0 0; cursor: pointer; }
.tabs [role=tab][aria-selected=true] { background: #fff; font-weight: 600; border-color: var(--accent); }
.filters { display: flex; gap: 8px 12px; align-items: center; flex-wrap: wrap; }
.filters select, .filters input { font: inherit; padding: 4px 6px; border: 1px solid #6b7280; border-radius: 4px; }
.filters input { width: min(16rem, 100%); box-sizing: border-box; }
.table-wrap { border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; padding: 6px 8px; color: var(--muted); }
th, td { padding: 4px 8px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 1; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
button.sort { font: inherit; font-weight: 600; background: none; border: none; padding: 0; cursor: pointer; color: var(--ink); }
th[aria-sort=ascending] button.sort::after { content: " ▲"; }
th[aria-sort=descending] button.sort::after { content: " ▼"; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #f0f6ff; }
.scenario-id { display: block; font-size: 0.8rem; font-family: ui-monospace, monospace; }
.badge { white-space: nowrap; margin-left: 6px; font-size: 0.72rem; padding: 0 5px; border-radius: 8px; background: #e7eefb; color: #0a3d80; }
.warn { margin-left: 4px; color: #8a4b00; }
.chart-box { border: 1px solid var(--line); border-radius: 6px; padding: 4px; }
/* Charts shrink to the width of the page (their viewBox keeps the proportions), never overflow it. */
svg.chart { display: block; max-width: 100%; height: auto; }
.chart text { font-size: 11px; fill: var(--ink); }
.chart .grid { stroke: #e5e7eb; } .chart .zero { stroke: #6b7280; }
.chart .bar.pos { fill: var(--pos); } .chart .bar.neg { fill: var(--neg); }
.chart .whisker { stroke: var(--ink); fill: none; stroke-width: 1.2; }
.chart .dot { fill: var(--pos); fill-opacity: 0.75; stroke: #fff; }
.chart .axis-line { stroke: #6b7280; }
.chart .mark:hover .bar, .chart .dot:hover { fill: var(--focus); }
.legend .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: middle; border: 1px solid #9ca3af; }
dialog { max-width: 760px; width: calc(100% - 48px); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
dialog::backdrop { background: rgba(15, 23, 42, 0.45); }
.detail-head { display: flex; justify-content: space-between; align-items: start; gap: 12px; }
.detail-head h2 { margin: 0; }
button.close { font-size: 1.5rem; line-height: 1; background: none; border: 1px solid var(--line); border-radius: 6px; cursor: pointer; padding: 2px 10px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; }
.facts dt { font-weight: 600; } .facts dd { margin: 0; overflow-wrap: anywhere; }
button.link { font: inherit; background: none; border: none; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; text-align: left; }
.shared-models ul { columns: 3 10rem; font-size: 0.85rem; }
footer { margin: 24px auto; font-size: 0.85rem; }
footer code, .facts dd, .name { overflow-wrap: anywhere; }
.marks { margin: 6px 0; padding: 0; list-style: none; font-size: 0.88rem; color: var(--muted); }
.marks li { margin: 2px 0; }
.marks .badge, .marks .warn { margin: 0 6px 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.heat-readout { position: sticky; top: 0; z-index: 2; background: #fff; margin: 0; padding: 4px 0; min-height: 1.5em; font-variant-numeric: tabular-nums; }
svg.heatmap:focus-visible { outline: 3px solid var(--focus); }
.heatmap .cursor { fill: none; stroke: var(--focus); stroke-width: 2; pointer-events: none; }
.sort-phone { display: none; gap: 6px; align-items: center; margin: 6px 0; }
details.method-panel { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 12px 0; }
details.method-panel summary { cursor: pointer; font-weight: 600; }
.method-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 8px 16px; margin: 10px 0; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field input, .field select, .aggregate-field input[type=search] { font: inherit; padding: 3px 6px; border: 1px solid #6b7280; border-radius: 4px; max-width: 100%; box-sizing: border-box; }
.field .check { display: flex; gap: 4px; align-items: center; font-size: 0.88rem; }
.hint { font-size: 0.8rem; color: var(--muted); }
.aggregate-field { border: 1px solid var(--line); border-radius: 6px; margin: 0; min-width: 0; }
.aggregate-list { list-style: none; margin: 6px 0 0; padding: 0; max-height: 14rem; overflow-y: auto; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); gap: 2px 12px; }
.aggregate-list li { min-width: 0; display: flex; gap: 6px; align-items: baseline; overflow-wrap: anywhere; }
.method-actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 10px 0 4px; }
.method-actions button, button.download { font: inherit; padding: 4px 10px; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); cursor: pointer; }
.field-error { color: #b91c1c; margin: 4px 0; } .field-error:empty { display: none; }
.engine { display: flex; gap: 8px; align-items: center; } .engine-status { margin: 4px 0; }
.method-note { color: var(--muted); font-size: 0.9rem; }
.problems, .scores-notice { border: 2px solid #b45309; background: #fffbeb; border-radius: 6px; padding: 4px 12px; margin: 12px 0; }
.downloads { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
section.upload { margin: 24px 0; }
.drop-zone { border: 2px dashed #6b7280; border-radius: 8px; padding: 16px; margin: 8px 0; }
.drop-zone.over { border-color: var(--accent); background: #f0f6ff; }
.drop-zone input { max-width: 100%; }
section.upload textarea { display: block; width: 100%; box-sizing: border-box; font: 0.85rem ui-monospace, monospace; margin: 4px 0; }
article.uploaded { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
.upload-issues li, .unmatched li, .rows-to-check li { overflow-wrap: anywhere; }
section.alternatives { margin-top: 16px; }
.alt-filters { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: end; margin: 6px 0; }
.alt-filters input[type=number], .alt-filters select { font: inherit; padding: 3px 6px; border: 1px solid #6b7280; border-radius: 4px; }
.alt-filters input[type=number] { width: 6.5rem; }
.alt-access { display: flex; flex-wrap: wrap; gap: 2px 10px; border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: 2px 8px 6px; min-width: 0; }
.alt-access .check { display: flex; gap: 4px; align-items: center; }
.alt-cost { display: flex; gap: 4px; flex-wrap: wrap; }
.alt-status, .subset-status { margin: 4px 0; color: var(--muted); }
table.alternatives-table td.name, table.subset-steps td.name { overflow-wrap: anywhere; }
section.subset { margin: 24px 0; }
section.subset .field select { max-width: 100%; }
section.subset .method-grid { grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); }
table.subset-steps tr.chosen td { background: #eef6ee; font-weight: 600; }
table.subset-steps tbody tr { cursor: default; }
.subset-summary { font-size: 1.02rem; }
/* Phones: each benchmark becomes a card of labelled values; nothing is wider than the screen. */
@media (max-width: 640px) {
  header, main, footer { padding: 0 10px; }
  table.leaderboard thead { display: none; }
  table.leaderboard caption { display: block; }
  table.leaderboard, table.leaderboard tbody, table.leaderboard tr, table.leaderboard td { display: block; }
  table.leaderboard tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10px; padding: 6px 8px; border-bottom: 1px solid var(--line); }
  table.leaderboard td { border: none; padding: 1px 0; text-align: left; white-space: normal; }
  table.leaderboard td.name { grid-column: 1 / -1; order: -1; font-weight: 600; }
  table.leaderboard td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
  .sort-phone { display: flex; }
  dialog { width: calc(100% - 16px); max-width: none; margin: 8px auto; padding: 10px; box-sizing: border-box; }
  table.closest { font-size: 0.82rem; } table.closest th, table.closest td { padding: 3px 4px; white-space: normal; }
  table.alternatives-table thead, table.subset-steps thead { display: none; }
  table.alternatives-table caption, table.subset-steps caption { display: block; }
  table.alternatives-table, table.alternatives-table tbody, table.alternatives-table td,
  table.subset-steps, table.subset-steps tbody, table.subset-steps td { display: block; }
  table.alternatives-table tr, table.subset-steps tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10px; padding: 6px 4px; border-bottom: 1px solid var(--line); }
  table.alternatives-table td, table.subset-steps td { border: none; padding: 1px 0; text-align: left; white-space: normal; background: none; }
  table.alternatives-table td.name, table.subset-steps td.name { grid-column: 1 / -1; order: -1; font-weight: 600; }
  table.alternatives-table td[data-label]::before, table.subset-steps td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
  table.subset-steps tr.chosen { background: #eef6ee; }
  .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 4px; }
}
/* Large blocks below the fold (a board's Z chart, the heatmap, the upload form) are laid out only
   once they come near the viewport: a catalog of 2,000 benchmarks draws thousands of marks. */
.chart-box, section.heatmap-section, section.upload { content-visibility: auto; contain-intrinsic-size: auto 600px; }
`;

// src/report/site/render-site.ts
var SITE_SCRIPT = "assets/site.js";
var SITE_STYLE = "assets/site.css";
function renderSite(data, pack, title = "BenchBench leaderboard") {
  const scenarios = data.catalog.scenarios;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(data.generator)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${SITE_STYLE}">
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="lead">Each benchmark is scored by how well its ranking of models agrees with the aggregate
(mean win rate over ${data.aggregate.scenarios.length} scenarios). Z is that agreement relative to the other benchmarks'.
${data.catalog.benchmarks} benchmark files, ${scenarios} scenarios, ${data.catalog.models} models.
Select a row (or focus it and press Enter) for its details and closest benchmarks.</p>
</header>
<main id="app"><noscript>This page needs JavaScript for its tables and charts; LEADERBOARD.md and leaderboard.json hold the same numbers.</noscript></main>
<footer>
<p>${escapeHtml(data.method_line)}. Catalog <code>${escapeHtml(data.catalog.hash)}</code>. ${escapeHtml(data.generator)}.
Data: <a href="leaderboard.json">leaderboard.json</a> (<a href="leaderboard.schema.json">its JSON Schema</a>), <a href="LEADERBOARD.md">LEADERBOARD.md</a>, <a href="scores.parquet">scores.parquet</a> (every score).</p>
</footer>
<script type="application/octet-stream" id="${PAGE_DATA_ID}" data-encoding="${PAGE_DATA_ENCODING}">${pack(JSON.stringify(data))}</script>
<script src="${SITE_SCRIPT}"></script>
</body>
</html>
`;
  return /* @__PURE__ */ new Map([
    ["index.html", html],
    [SITE_SCRIPT, PAGE_SCRIPT],
    [SITE_STYLE, PAGE_STYLE.trimStart()]
  ]);
}

// node_modules/hyparquet-writer/src/bytewriter.js
var ByteWriter = class {
  /**
   * @param {number} [initalSize]
   */
  constructor(initalSize = 1024) {
    this.buffer = new ArrayBuffer(initalSize);
    this.view = new DataView(this.buffer);
    this.offset = 0;
    this.index = 0;
  }
  /**
   * @param {number} size
   */
  ensure(size) {
    if (this.index + size > this.buffer.byteLength) {
      const newSize = Math.max(this.buffer.byteLength * 2, this.index + size);
      const newBuffer = new ArrayBuffer(newSize);
      new Uint8Array(newBuffer).set(new Uint8Array(this.buffer));
      this.buffer = newBuffer;
      this.view = new DataView(this.buffer);
    }
  }
  finish() {
  }
  getBuffer() {
    return this.buffer.slice(0, this.index);
  }
  getBytes() {
    return new Uint8Array(this.buffer, 0, this.index);
  }
  /**
   * @param {number} value
   */
  appendUint8(value) {
    this.ensure(1);
    this.view.setUint8(this.index, value);
    this.offset++;
    this.index++;
  }
  /**
   * @param {number} value
   */
  appendUint32(value) {
    this.ensure(4);
    this.view.setUint32(this.index, value, true);
    this.offset += 4;
    this.index += 4;
  }
  /**
   * @param {number} value
   */
  appendInt32(value) {
    this.ensure(4);
    this.view.setInt32(this.index, value, true);
    this.offset += 4;
    this.index += 4;
  }
  /**
   * @param {bigint} value
   */
  appendInt64(value) {
    this.ensure(8);
    this.view.setBigInt64(this.index, BigInt(value), true);
    this.offset += 8;
    this.index += 8;
  }
  /**
   * @param {number} value
   */
  appendFloat32(value) {
    this.ensure(4);
    this.view.setFloat32(this.index, value, true);
    this.offset += 4;
    this.index += 4;
  }
  /**
   * @param {number} value
   */
  appendFloat64(value) {
    this.ensure(8);
    this.view.setFloat64(this.index, value, true);
    this.offset += 8;
    this.index += 8;
  }
  /**
   * @param {ArrayBuffer} value
   */
  appendBuffer(value) {
    this.appendBytes(new Uint8Array(value));
  }
  /**
   * @param {Uint8Array} value
   */
  appendBytes(value) {
    this.ensure(value.length);
    new Uint8Array(this.buffer, this.index, value.length).set(value);
    this.offset += value.length;
    this.index += value.length;
  }
  /**
   * Convert a 32-bit signed integer to varint (1-5 bytes).
   * Writes out groups of 7 bits at a time, setting high bit if more to come.
   *
   * @param {number} value
   */
  appendVarInt(value) {
    while (true) {
      if ((value & ~127) === 0) {
        this.appendUint8(value);
        return;
      } else {
        this.appendUint8(value & 127 | 128);
        value >>>= 7;
      }
    }
  }
  /**
   * Convert a bigint to varint (1-10 bytes for 64-bit range).
   *
   * @param {bigint} value
   */
  appendVarBigInt(value) {
    while (true) {
      if ((value & ~0x7fn) === 0n) {
        this.appendUint8(Number(value));
        return;
      } else {
        this.appendUint8(Number(value & 0x7fn | 0x80n));
        value >>= 7n;
      }
    }
  }
  /**
   * Convert number to zigzag encoding and write as varint.
   *
   * @param {number | bigint} value
   */
  appendZigZag(value) {
    if (typeof value === "number") {
      this.appendVarInt(value << 1 ^ value >> 31);
    } else {
      this.appendVarBigInt(value << 1n ^ value >> 63n);
    }
  }
};

// node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn;
var PRIME1 = 0x9e3779b185ebca87n;
var PRIME2 = 0xc2b2ae3d27d4eb4fn;
var PRIME3 = 0x165667b19e3779f9n;
var PRIME4 = 0x85ebca77c2b2ae63n;
var PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK;
  acc = rotl64(acc, 31n);
  return acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  acc ^= round(0n, val);
  return acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input2, seed = 0n) {
  const view = new DataView(input2.buffer, input2.byteOffset, input2.byteLength);
  const len = input2.byteLength;
  let offset = 0;
  let h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK;
    let v2 = seed + PRIME2 & MASK;
    let v3 = seed;
    let v4 = seed - PRIME1 & MASK;
    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true));
      offset += 8;
      v2 = round(v2, view.getBigUint64(offset, true));
      offset += 8;
      v3 = round(v3, view.getBigUint64(offset, true));
      offset += 8;
      v4 = round(v4, view.getBigUint64(offset, true));
      offset += 8;
    }
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK;
    h64 = mergeRound(h64, v1);
    h64 = mergeRound(h64, v2);
    h64 = mergeRound(h64, v3);
    h64 = mergeRound(h64, v4);
  } else {
    h64 = seed + PRIME5 & MASK;
  }
  h64 = h64 + BigInt(len) & MASK;
  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true));
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK;
    offset += 8;
  }
  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK;
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK;
    offset += 4;
  }
  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK;
    h64 = rotl64(h64, 11n) * PRIME1 & MASK;
    offset += 1;
  }
  h64 ^= h64 >> 33n;
  h64 = h64 * PRIME2 & MASK;
  h64 ^= h64 >> 29n;
  h64 = h64 * PRIME3 & MASK;
  h64 ^= h64 >> 32n;
  return h64;
}

// node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder();
var SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function hashParquetValue(value, element) {
  if (value === null || value === void 0) return void 0;
  const { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN") {
    if (typeof value !== "boolean") return void 0;
    return xxhash64(new Uint8Array([value ? 1 : 0]));
  }
  if (type === "FLOAT") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setFloat32(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setFloat64(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS") return void 0;
    if (logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    if (typeof value !== "number" || !Number.isInteger(value)) return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setInt32(0, value | 0, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS") return void 0;
    if (converted_type === "TIME_MICROS" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    let bigValue;
    if (typeof value === "bigint") bigValue = value;
    else if (typeof value === "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY") {
    if (converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (typeof value === "string") return xxhash64(textEncoder.encode(value));
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (converted_type === "DECIMAL" || converted_type === "INTERVAL") return void 0;
    if (logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  return void 0;
}

// node_modules/hyparquet-writer/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I32 = 5;
var I64 = 6;
var DOUBLE = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
var ThriftStruct = class {
  /**
   * @param {ThriftField[]} fields
   */
  constructor(fields) {
    this.fields = fields;
  }
};
function serializeTCompactProtocol(writer, data) {
  writeElement(writer, STRUCT, data);
}
function writeElement(writer, type, value) {
  if (type === TRUE) return;
  if (type === FALSE) return;
  if (type === BYTE && typeof value === "number") {
    writer.appendUint8(value);
  } else if (type === I32 && typeof value === "number") {
    writer.appendZigZag(value);
  } else if (type === I64 && typeof value === "bigint") {
    writer.appendZigZag(value);
  } else if (type === DOUBLE && typeof value === "number") {
    writer.appendFloat64(value);
  } else if (type === BINARY && typeof value === "string") {
    const bytes = new TextEncoder().encode(value);
    writer.appendVarInt(bytes.length);
    writer.appendBytes(bytes);
  } else if (type === BINARY && value instanceof Uint8Array) {
    writer.appendVarInt(value.byteLength);
    writer.appendBytes(value);
  } else if (type === LIST && Array.isArray(value)) {
    const elemType = getCompactTypeForList(value);
    if (value.length > 14) {
      writer.appendUint8(15 << 4 | elemType);
      writer.appendVarInt(value.length);
    } else {
      writer.appendUint8(value.length << 4 | elemType);
    }
    if (elemType === FALSE) {
      for (const v of value) {
        writer.appendUint8(v ? 1 : 0);
      }
    } else {
      for (const v of value) {
        writeElement(writer, elemType, v);
      }
    }
  } else if (type === STRUCT && value instanceof ThriftStruct) {
    let lastFid = 0;
    for (const [fid, fieldType, fieldValue] of value.fields) {
      if (fieldValue === void 0) continue;
      lastFid = writeStructField(writer, lastFid, fid, fieldType, fieldValue);
    }
    writer.appendUint8(STOP);
  } else if (type === STRUCT && typeof value === "object") {
    let lastFid = 0;
    for (const [k, v] of Object.entries(value)) {
      if (v === void 0) continue;
      const fid = parseInt(k.replace(/^field_/, ""), 10);
      if (Number.isNaN(fid)) {
        throw new Error(`thrift invalid field name: ${k}. Expected "field_###"`);
      }
      const t = getCompactTypeForValue(v);
      lastFid = writeStructField(writer, lastFid, fid, t, v);
    }
    writer.appendUint8(STOP);
  } else {
    throw new Error(`thrift invalid type ${type} for value ${value}`);
  }
}
function writeStructField(writer, lastFid, fid, type, value) {
  const delta = fid - lastFid;
  if (delta <= 0) {
    throw new Error(`thrift non-monotonic field id: fid=${fid}, lastFid=${lastFid}`);
  }
  if (delta > 15) {
    writer.appendUint8(type);
    writer.appendZigZag(fid);
  } else {
    writer.appendUint8(delta << 4 | type);
  }
  writeElement(writer, type, value);
  return fid;
}
function getCompactTypeForValue(value) {
  if (value === true) return TRUE;
  if (value === false) return FALSE;
  if (Number.isInteger(value)) return I32;
  if (typeof value === "number") return DOUBLE;
  if (typeof value === "bigint") return I64;
  if (typeof value === "string") return BINARY;
  if (value instanceof Uint8Array) return BINARY;
  if (Array.isArray(value)) return LIST;
  if (value && typeof value === "object") return STRUCT;
  throw new Error(`Cannot determine thrift compact type for: ${value}`);
}
function getCompactTypeForList(value) {
  let elemType = 0;
  for (const v of value) {
    let t = getCompactTypeForValue(v);
    if (t === TRUE) t = FALSE;
    if (!elemType) elemType = t;
    if (elemType === DOUBLE && t === I32) t = DOUBLE;
    if (elemType === I32 && t === DOUBLE) elemType = DOUBLE;
    if (t !== elemType) {
      throw new Error(`thrift invalid type for list element: ${v} (expected type ${elemType})`);
    }
  }
  return elemType ?? BYTE;
}

// node_modules/hyparquet-writer/src/bloom.js
var SALT2 = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
var MIN_BYTES = 32;
var MAX_BYTES = 128 * 1024 * 1024;
function blockIndex(hash2, numBlocks) {
  return Number((hash2 >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash2) {
  const m = new Uint32Array(8);
  const low = Number(hash2 & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT2[i]) >>> 27);
  }
  return m;
}
function sbbfInsert(blocks, hash2) {
  const offset = blockIndex(hash2, blocks.length >> 3) << 3;
  const m = blockMask(hash2);
  for (let i = 0; i < 8; i++) {
    blocks[offset + i] |= m[i];
  }
}
function nextPowerOfTwo(n) {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}
function optimalNumBytes(ndv, fpp) {
  if (!(fpp > 0 && fpp < 1)) throw new Error(`bloom filter fpp must be in (0, 1), got ${fpp}`);
  if (!(ndv >= 0)) throw new Error(`bloom filter ndv must be >= 0, got ${ndv}`);
  const m = -8 * ndv / Math.log(1 - fpp ** (1 / 8));
  const numBytes = Math.ceil(m / 8);
  if (!(numBytes <= MAX_BYTES)) return MAX_BYTES;
  return nextPowerOfTwo(Math.max(numBytes, MIN_BYTES));
}
var BloomBuilder = class {
  /**
   * @param {SchemaElement} element
   * @param {{ fpp?: number, maxBytes?: number }} [options]
   */
  constructor(element, { fpp = 0.01, maxBytes = 1024 * 1024 } = {}) {
    this.element = element;
    this.fpp = fpp;
    this.maxBytes = maxBytes;
    this.hashes = /* @__PURE__ */ new Set();
    this.skipped = 0;
  }
  /** @param {any} value */
  insert(value) {
    if (value === null || value === void 0) return;
    const h = hashParquetValue(value, this.element);
    if (h === void 0) {
      this.skipped++;
      return;
    }
    this.hashes.add(h);
  }
  /** @returns {Uint32Array | undefined} */
  finalize() {
    if (this.skipped > 0 || this.hashes.size === 0) return void 0;
    let numBytes = optimalNumBytes(this.hashes.size, this.fpp);
    while (numBytes > this.maxBytes && numBytes > MIN_BYTES) numBytes >>= 1;
    if (numBytes > this.maxBytes) return void 0;
    const blocks = new Uint32Array(numBytes >> 2);
    for (const h of this.hashes) sbbfInsert(blocks, h);
    return blocks;
  }
};
function writeBloomFilter(writer, blocks) {
  if (blocks.length % 8 !== 0) {
    throw new Error(`bloom filter block count must be a multiple of 8 uint32 words, got ${blocks.length}`);
  }
  serializeTCompactProtocol(writer, {
    field_1: blocks.byteLength,
    // numBytes
    field_2: { field_1: {} },
    // algorithm: SplitBlockAlgorithm
    field_3: { field_1: {} },
    // hash: XxHash
    field_4: { field_1: {} }
    // compression: Uncompressed
  });
  for (let i = 0; i < blocks.length; i++) {
    writer.appendUint32(blocks[i]);
  }
}
function writeBlooms(writer, pageIndexes) {
  for (const { chunk, bloomFilter } of pageIndexes) {
    if (!bloomFilter || !chunk.meta_data) continue;
    const offset = writer.offset;
    writeBloomFilter(writer, bloomFilter);
    chunk.meta_data.bloom_filter_offset = BigInt(offset);
    chunk.meta_data.bloom_filter_length = writer.offset - offset;
  }
}

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet-writer/src/delta.js
var BLOCK_SIZE = 128;
var MINIBLOCKS_PER_BLOCK = 4;
var VALUES_PER_MINIBLOCK = BLOCK_SIZE / MINIBLOCKS_PER_BLOCK;
function deltaBinaryPack(writer, values, type) {
  if (values.length === 0) {
    writer.appendVarInt(BLOCK_SIZE);
    writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
    writer.appendVarInt(0);
    writer.appendVarInt(0);
    return;
  }
  if (typeof values[0] !== "number" && typeof values[0] !== "bigint") {
    throw new Error("deltaBinaryPack only supports number or bigint arrays");
  }
  if (usesInt32NumberPath(values)) {
    deltaBinaryPackInt32(writer, values, type === "INT32");
  } else {
    deltaBinaryPackBigInt(writer, values, type === "INT32" ? 32 : 64);
  }
}
function usesInt32NumberPath(values) {
  if (values instanceof Int32Array) return true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || value !== (value | 0)) return false;
  }
  return true;
}
function deltaBinaryPackInt32(writer, values, wrap) {
  const count2 = values.length;
  writer.appendVarInt(BLOCK_SIZE);
  writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
  writer.appendVarInt(count2);
  appendZigZagNumber(writer, values[0]);
  const packedByBitWidth = [];
  const blockDeltas = new Float64Array(BLOCK_SIZE);
  const bitWidths = new Uint8Array(MINIBLOCKS_PER_BLOCK);
  let index = 1;
  while (index < count2) {
    const blockEnd = Math.min(index + BLOCK_SIZE, count2);
    const blockSize = blockEnd - index;
    const firstDelta = wrap ? values[index] - values[index - 1] | 0 : values[index] - values[index - 1];
    let previous = values[index];
    let constantEnd = index + 1;
    while (constantEnd < blockEnd) {
      const value = values[constantEnd];
      if ((wrap ? value - previous | 0 : value - previous) !== firstDelta) break;
      previous = value;
      constantEnd++;
    }
    if (constantEnd === blockEnd) {
      appendZigZagNumber(writer, firstDelta);
      writer.appendUint32(0);
      index = blockEnd;
      continue;
    }
    let minDelta = firstDelta;
    blockDeltas[0] = minDelta;
    for (let i = 1; i < blockSize; i++) {
      const delta = wrap ? values[index + i] - values[index + i - 1] | 0 : values[index + i] - values[index + i - 1];
      blockDeltas[i] = delta;
      if (delta < minDelta) minDelta = delta;
    }
    appendZigZagNumber(writer, minDelta);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      let maxAdjusted = 0;
      for (let i = mbStart; i < mbEnd; i++) {
        const adjusted = blockDeltas[i] - minDelta;
        if (adjusted > maxAdjusted) maxAdjusted = adjusted;
      }
      bitWidths[mb] = bitWidthNumber(maxAdjusted);
    }
    writer.appendBytes(bitWidths);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const bitWidth2 = bitWidths[mb];
      if (bitWidth2 === 0) continue;
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      const packed = packedByBitWidth[bitWidth2] ??= new Uint8Array(bitWidth2 * 4);
      let byteIndex = 0;
      let buffer = 0;
      let bitsUsed = 0;
      if (bitWidth2 <= 25) {
        for (let i = 0; i < VALUES_PER_MINIBLOCK; i++) {
          const adjusted = mbStart + i < mbEnd ? blockDeltas[mbStart + i] - minDelta : 0;
          buffer |= adjusted << bitsUsed;
          bitsUsed += bitWidth2;
          while (bitsUsed >= 8) {
            packed[byteIndex++] = buffer & 255;
            buffer >>>= 8;
            bitsUsed -= 8;
          }
        }
      } else {
        for (let i = 0; i < VALUES_PER_MINIBLOCK; i++) {
          const adjusted = mbStart + i < mbEnd ? blockDeltas[mbStart + i] - minDelta : 0;
          buffer += adjusted * 2 ** bitsUsed;
          bitsUsed += bitWidth2;
          while (bitsUsed >= 8) {
            packed[byteIndex++] = buffer % 256;
            buffer = Math.floor(buffer / 256);
            bitsUsed -= 8;
          }
        }
      }
      writer.appendBytes(packed);
    }
    index = blockEnd;
  }
}
function deltaBinaryPackBigInt(writer, values, bits) {
  const count2 = values.length;
  writer.appendVarInt(BLOCK_SIZE);
  writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
  writer.appendVarInt(count2);
  writer.appendZigZag(BigInt.asIntN(bits, BigInt(values[0])));
  const blockDeltas = new BigInt64Array(BLOCK_SIZE);
  const bitWidths = new Uint8Array(MINIBLOCKS_PER_BLOCK);
  let index = 1;
  while (index < count2) {
    const blockEnd = Math.min(index + BLOCK_SIZE, count2);
    const blockSize = blockEnd - index;
    let minDelta = 0n;
    for (let i = 0; i < blockSize; i++) {
      blockDeltas[i] = BigInt(values[index + i]) - BigInt(values[index + i - 1]);
      if (bits === 32) blockDeltas[i] = BigInt.asIntN(32, blockDeltas[i]);
      const delta = blockDeltas[i];
      if (i === 0 || delta < minDelta) minDelta = delta;
    }
    writer.appendZigZag(minDelta);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      let maxAdjusted = 0n;
      for (let i = mbStart; i < mbEnd; i++) {
        const adjusted = blockDeltas[i] - minDelta;
        if (adjusted > maxAdjusted) maxAdjusted = adjusted;
      }
      bitWidths[mb] = bitWidth(maxAdjusted);
    }
    writer.appendBytes(bitWidths);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const bitWidth2 = bitWidths[mb];
      if (bitWidth2 === 0) continue;
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      let buffer = 0n;
      let bitsUsed = 0;
      for (let i = 0; i < VALUES_PER_MINIBLOCK; i++) {
        const adjusted = mbStart + i < mbEnd ? blockDeltas[mbStart + i] - minDelta : 0n;
        buffer |= adjusted << BigInt(bitsUsed);
        bitsUsed += bitWidth2;
        while (bitsUsed >= 8) {
          writer.appendUint8(Number(buffer & 0xffn));
          buffer >>= 8n;
          bitsUsed -= 8;
        }
      }
    }
    index = blockEnd;
  }
}
function appendZigZagNumber(writer, value) {
  let encoded = value < 0 ? -value * 2 - 1 : value * 2;
  while (encoded >= 128) {
    writer.appendUint8(encoded % 128 + 128);
    encoded = Math.floor(encoded / 128);
  }
  writer.appendUint8(encoded);
}
function bitWidthNumber(value) {
  if (value === 0) return 0;
  return value > 4294967295 ? 33 : 32 - Math.clz32(value);
}
function deltaLengthByteArray(writer, values) {
  const lengths = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!(value instanceof Uint8Array)) {
      throw new Error("deltaLengthByteArray expects Uint8Array values");
    }
    lengths[i] = value.length;
  }
  deltaBinaryPack(writer, lengths, "INT32");
  for (const value of values) {
    writer.appendBytes(value);
  }
}
function deltaByteArray(writer, values) {
  if (values.length === 0) {
    deltaBinaryPack(writer, [], "INT32");
    deltaBinaryPack(writer, [], "INT32");
    return;
  }
  const prefixLengths = new Int32Array(values.length);
  const suffixLengths = new Int32Array(values.length);
  const value = values[0];
  if (!(value instanceof Uint8Array)) {
    throw new Error("deltaByteArray expects Uint8Array values");
  }
  prefixLengths[0] = 0;
  suffixLengths[0] = value.length;
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1];
    const curr = values[i];
    let prefixLen;
    if (curr === prev) {
      prefixLen = curr.length;
    } else {
      if (!(curr instanceof Uint8Array)) {
        throw new Error("deltaByteArray expects Uint8Array values");
      }
      prefixLen = 0;
      const maxPrefix = Math.min(prev.length, curr.length);
      while (prefixLen < maxPrefix && prev[prefixLen] === curr[prefixLen]) {
        prefixLen++;
      }
    }
    prefixLengths[i] = prefixLen;
    suffixLengths[i] = curr.length - prefixLen;
  }
  deltaBinaryPack(writer, prefixLengths, "INT32");
  deltaBinaryPack(writer, suffixLengths, "INT32");
  for (let i = 0; i < values.length; i++) {
    if (suffixLengths[i] > 0) {
      writer.appendBytes(values[i].subarray(prefixLengths[i]));
    }
  }
}
function bitWidth(value) {
  if (value === 0n) return 0;
  let bits = 0;
  while (value > 0n) {
    bits++;
    value >>= 1n;
  }
  return bits;
}

// node_modules/hyparquet-writer/src/encoding.js
function writeRleBitPackedHybrid(writer, values, bitWidth2) {
  const offsetStart = writer.offset;
  let pendingBitPackedGroups = 0;
  let bitPackedStart = 0;
  let i = 0;
  while (i < values.length) {
    let rleCount = 1;
    const firstVal = values[i];
    while (i + rleCount < values.length && values[i + rleCount] === firstVal) {
      rleCount++;
    }
    if (rleCount >= 8) {
      if (pendingBitPackedGroups) {
        writeBitPackedGroups(writer, values, bitPackedStart, pendingBitPackedGroups, bitWidth2);
        pendingBitPackedGroups = 0;
      }
      writeRleRun(writer, firstVal, rleCount, bitWidth2);
      i += rleCount;
    } else {
      if (pendingBitPackedGroups === 0) {
        bitPackedStart = i;
      }
      pendingBitPackedGroups++;
      i += 8;
    }
  }
  if (pendingBitPackedGroups) {
    writeBitPackedGroups(writer, values, bitPackedStart, pendingBitPackedGroups, bitWidth2);
  }
  return writer.offset - offsetStart;
}
function writeRleRun(writer, value, count2, bitWidth2) {
  writer.appendVarInt(count2 << 1);
  const width = bitWidth2 + 7 >> 3;
  for (let j = 0; j < width; j++) {
    writer.appendUint8(value >> (j << 3) & 255);
  }
}
function writeBitPackedGroups(writer, values, start, numGroups, bitWidth2) {
  writer.appendVarInt(numGroups << 1 | 1);
  if (bitWidth2 === 0) return;
  const mask = (1 << bitWidth2) - 1;
  let buffer = 0;
  let bitsUsed = 0;
  const totalValues = numGroups * 8;
  for (let i = 0; i < totalValues; i++) {
    const idx = start + i;
    const v = idx < values.length ? values[idx] & mask : 0;
    buffer |= v << bitsUsed;
    bitsUsed += bitWidth2;
    while (bitsUsed >= 8) {
      writer.appendUint8(buffer & 255);
      buffer >>>= 8;
      bitsUsed -= 8;
    }
  }
  if (bitsUsed > 0) {
    writer.appendUint8(buffer & 255);
  }
}

// node_modules/hyparquet-writer/src/plain.js
function writePlain(writer, values, type, fixedLength) {
  if (type === "BOOLEAN") {
    writePlainBoolean(writer, values);
  } else if (type === "INT32") {
    writePlainInt32(writer, values);
  } else if (type === "INT64") {
    writePlainInt64(writer, values);
  } else if (type === "FLOAT") {
    writePlainFloat(writer, values);
  } else if (type === "DOUBLE") {
    writePlainDouble(writer, values);
  } else if (type === "BYTE_ARRAY") {
    writePlainByteArray(writer, values);
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet FIXED_LEN_BYTE_ARRAY expected type_length");
    writePlainByteArrayFixed(writer, values, fixedLength);
  } else {
    throw new Error(`parquet unsupported type: ${type}`);
  }
}
function writePlainBoolean(writer, values) {
  let currentByte = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "boolean") throw new Error("parquet expected boolean value, got " + value);
    const bitOffset = i % 8;
    if (value) {
      currentByte |= 1 << bitOffset;
    }
    if (bitOffset === 7) {
      writer.appendUint8(currentByte);
      currentByte = 0;
    }
  }
  if (values.length % 8) {
    writer.appendUint8(currentByte);
  }
}
function writePlainInt32(writer, values) {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new Error("parquet expected integer value, got " + value);
    if (value < -2147483648 || value > 2147483647) throw new Error("parquet expected int32 value, got " + value);
    writer.appendInt32(value);
  }
}
function writePlainInt64(writer, values) {
  for (const value of values) {
    if (typeof value !== "bigint") throw new Error("parquet expected bigint value, got " + value);
    writer.appendInt64(value);
  }
}
function writePlainFloat(writer, values) {
  for (const value of values) {
    if (typeof value !== "number") throw new Error("parquet expected number value, got " + value);
    writer.appendFloat32(value);
  }
}
function writePlainDouble(writer, values) {
  for (const value of values) {
    if (typeof value !== "number") throw new Error("parquet expected number value, got " + value);
    writer.appendFloat64(value);
  }
}
function writePlainByteArray(writer, values) {
  for (const value of values) {
    let bytes = value;
    if (typeof bytes === "string") {
      bytes = new TextEncoder().encode(value);
    }
    if (!(bytes instanceof Uint8Array)) {
      throw new Error("parquet expected Uint8Array value, got " + typeof bytes);
    }
    writer.appendUint32(bytes.length);
    writer.appendBytes(bytes);
  }
}
function writePlainByteArrayFixed(writer, values, fixedLength) {
  for (const value of values) {
    if (!(value instanceof Uint8Array)) throw new Error("parquet expected Uint8Array value, got " + typeof value);
    if (value.length !== fixedLength) throw new Error(`parquet expected Uint8Array of length ${fixedLength}`);
    writer.appendBytes(value);
  }
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path3) {
  const element = schema[rootIndex];
  const children = [];
  let count2 = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count2];
      const child = schemaTree(schema, rootIndex + count2, [...path3, childElement.name]);
      count2 += child.count;
      children.push(child);
    }
  }
  return { count: count2, element, children, path: path3 };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path3 = [tree];
  for (const part of name) {
    const child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path3.push(child);
    tree = child;
  }
  return path3;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== "REQUIRED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function isListLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "LIST") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length > 1) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  return true;
}
function isMapLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "MAP") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length !== 2) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  const keyChild = firstChild.children.find((child) => child.element.name === "key");
  if (keyChild?.element.repetition_type === "REPEATED") return false;
  const valueChild = firstChild.children.find((child) => child.element.name === "value");
  if (valueChild?.element.repetition_type === "REPEATED") return false;
  return true;
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder = new TextDecoder();
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}

// node_modules/hyparquet/src/utils.js
function toJson(obj) {
  if (obj === void 0) return null;
  if (typeof obj === "bigint") return Number(obj);
  if (Object.is(obj, -0)) return 0;
  if (Array.isArray(obj)) return obj.map(toJson);
  if (obj instanceof Uint8Array) return Array.from(obj);
  if (obj instanceof Date) return obj.toISOString();
  if (obj instanceof Object) {
    const newObj = {};
    for (const key of Object.keys(obj)) {
      if (obj[key] === void 0) continue;
      newObj[key] = toJson(obj[key]);
    }
    return newObj;
  }
  return obj;
}

// node_modules/hyparquet-writer/src/variant.js
var encoder = new TextEncoder();
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var VARIANT_NULL = new Uint8Array([0]);
var RESERVED_SHREDDING_FIELDS = /* @__PURE__ */ new Set(["value", "typed_value"]);
var EMPTY_KEY_INDEX = /* @__PURE__ */ new Map();
var EMPTY_METADATA = writeVariantMetadata([]);
function encodeVariantColumn(values, shredding, column) {
  if (column?.required) {
    for (let i = 0; i < values.length; i++) {
      if (values[i] === void 0) {
        throw new Error(`required variant column ${column.name} has undefined value at index ${i}`);
      }
    }
  }
  const scratchWriters = [];
  const shreddingConfig = shredding && normalizeShreddingConfig(shredding);
  if (shreddingConfig) {
    const metadataCache = /* @__PURE__ */ new Map();
    return values.map((value) => {
      if (value === void 0) return null;
      const keys = /* @__PURE__ */ new Set();
      collectKeys(value, keys);
      const { metadata: metadata2, keyIndex: keyIndex2 } = getVariantRowMetadata(keys, metadataCache);
      return { metadata: metadata2, ...encodeShredded(value, shreddingConfig, keyIndex2, true, scratchWriters) };
    });
  }
  const dictionary = buildVariantDictionary(values);
  const metadata = writeVariantMetadata(dictionary);
  const keyIndex = /* @__PURE__ */ new Map();
  for (let i = 0; i < dictionary.length; i++) {
    keyIndex.set(dictionary[i], i);
  }
  return values.map((value) => {
    if (value === void 0) return null;
    return { metadata, value: writeVariantValue(value, keyIndex, scratchWriters) };
  });
}
function encodeShredded(value, shredType, keyIndex, allowPartialObjects, scratchWriters) {
  if (value === null || value === void 0) {
    return { value: VARIANT_NULL, typed_value: null };
  }
  if (Array.isArray(shredType)) {
    if (!Array.isArray(value)) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const elemShred = shredType[0];
    return {
      value: null,
      typed_value: value.map((el) => encodeShredded(el, elemShred, keyIndex, false, scratchWriters))
    };
  }
  if (typeof shredType === "object") {
    if (typeof value !== "object" || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const remaining = {};
    let hasRemaining = false;
    for (const k of Object.keys(value)) {
      if (k in shredType || value[k] === void 0) continue;
      remaining[k] = value[k];
      hasRemaining = true;
    }
    if (hasRemaining && !allowPartialObjects) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const fieldNames = Object.keys(shredType);
    const hasMissingFieldConflict = fieldNames.some(
      (fieldName) => (!Object.prototype.hasOwnProperty.call(value, fieldName) || value[fieldName] === void 0) && keyIndex.has(fieldName)
    );
    if (hasMissingFieldConflict) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const typedValue = {};
    for (const fieldName of fieldNames) {
      if (!Object.prototype.hasOwnProperty.call(value, fieldName) || value[fieldName] === void 0) {
        continue;
      }
      typedValue[fieldName] = encodeShredded(
        value[fieldName],
        shredType[fieldName],
        keyIndex,
        false,
        scratchWriters
      );
    }
    const binaryValue = hasRemaining ? writeVariantValue(remaining, keyIndex, scratchWriters) : null;
    return { value: binaryValue, typed_value: typedValue };
  }
  if (matchesType(value, shredType)) {
    return { value: null, typed_value: value };
  }
  return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
}
function getVariantRowMetadata(keys, metadataCache) {
  if (keys.size === 0) {
    return { metadata: EMPTY_METADATA, keyIndex: EMPTY_KEY_INDEX };
  }
  const dictionary = [...keys].sort();
  const cacheKey = dictionary.join("\0");
  const cached = metadataCache.get(cacheKey);
  if (cached) {
    return cached;
  }
  const metadata = writeVariantMetadata(dictionary);
  const keyIndex = /* @__PURE__ */ new Map();
  for (let i = 0; i < dictionary.length; i++) keyIndex.set(dictionary[i], i);
  const rowMetadata = { metadata, keyIndex };
  metadataCache.set(cacheKey, rowMetadata);
  return rowMetadata;
}
function matchesType(value, type) {
  if (value === null || value === void 0) return false;
  switch (type) {
    case "BOOLEAN":
      return typeof value === "boolean";
    case "INT32":
      return typeof value === "number" && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
    case "INT64":
      return typeof value === "bigint" && value >= INT64_MIN && value <= INT64_MAX;
    case "FLOAT":
      return typeof value === "number";
    case "DOUBLE":
      return typeof value === "number";
    case "STRING":
      return typeof value === "string";
    case "TIMESTAMP":
      return value instanceof Date;
    default:
      return false;
  }
}
var MAX_SHRED_DEPTH = 3;
var MAX_SHRED_LEAVES = 256;
function autoDetectShredding(values) {
  const detected = detectShred(values, 0);
  if (detected === void 0 || typeof detected !== "object") return void 0;
  const normalized = normalizeShreddingConfig(detected);
  if (normalized === void 0 || countShredLeaves(normalized) > MAX_SHRED_LEAVES) return void 0;
  return normalized;
}
function countShredLeaves(shredType) {
  if (Array.isArray(shredType)) return shredType.length ? countShredLeaves(shredType[0]) : 0;
  if (shredType && typeof shredType === "object") {
    let leaves = 0;
    for (const key of Object.keys(shredType)) leaves += countShredLeaves(shredType[key]);
    return leaves;
  }
  return 1;
}
function detectShred(values, depth) {
  const nonNull = [];
  for (const v of values) {
    if (v !== null && v !== void 0) nonNull.push(v);
  }
  if (!nonNull.length) return void 0;
  if (nonNull.some(isPlainObject2)) {
    if (depth >= MAX_SHRED_DEPTH) return void 0;
    const fieldValues = /* @__PURE__ */ new Map();
    for (const v of nonNull) {
      if (!isPlainObject2(v)) continue;
      for (const [key, fieldValue] of Object.entries(v)) {
        if (fieldValue === void 0) continue;
        const arr = fieldValues.get(key);
        if (arr) arr.push(fieldValue);
        else fieldValues.set(key, [fieldValue]);
      }
    }
    const shredding = {};
    for (const [key, vals] of fieldValues) {
      const fieldShred = detectShred(vals, depth + 1);
      if (fieldShred !== void 0) shredding[key] = fieldShred;
    }
    return Object.keys(shredding).length > 0 ? shredding : void 0;
  }
  if (nonNull.every(Array.isArray)) {
    if (depth >= MAX_SHRED_DEPTH) return void 0;
    const elements = [];
    for (const arr of nonNull) for (const el of arr) elements.push(el);
    const elemShred = detectShred(elements, depth + 1);
    return elemShred === void 0 ? void 0 : [elemShred];
  }
  let jsType;
  for (const v of nonNull) {
    if (Array.isArray(v)) return void 0;
    const t = v instanceof Date ? "date" : typeof v;
    if (jsType === void 0) jsType = t;
    else if (jsType !== t) return void 0;
  }
  return jsType ? jsTypeToBasicType(jsType) : void 0;
}
function isPlainObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}
function normalizeShreddingConfig(shredding) {
  if (Array.isArray(shredding)) {
    const elem = shredding.length ? normalizeShreddingConfig(shredding[0]) : void 0;
    return elem === void 0 ? void 0 : [elem];
  }
  if (typeof shredding === "object") {
    const normalized = {};
    for (const [key, type] of Object.entries(shredding)) {
      if (RESERVED_SHREDDING_FIELDS.has(key)) continue;
      const norm = normalizeShreddingConfig(type);
      if (norm !== void 0) normalized[key] = norm;
    }
    return Object.keys(normalized).length > 0 ? normalized : void 0;
  }
  return shredding;
}
function jsTypeToBasicType(jsType) {
  switch (jsType) {
    case "boolean":
      return "BOOLEAN";
    case "string":
      return "STRING";
    case "number":
      return "DOUBLE";
    case "bigint":
      return "INT64";
    case "date":
      return "TIMESTAMP";
    default:
      return void 0;
  }
}
function buildVariantDictionary(values) {
  const keys = /* @__PURE__ */ new Set();
  collectKeys(values, keys);
  return [...keys].sort();
}
function collectKeys(value, keys) {
  if (value === null || value === void 0) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      collectKeys(item, keys);
    }
    return;
  }
  if (value instanceof Date || value instanceof Uint8Array) return;
  if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      keys.add(key);
      collectKeys(value[key], keys);
    }
  }
}
function writeVariantMetadata(dictionary) {
  const n = dictionary.length;
  const encoded = new Array(n);
  let totalStringBytes = 0;
  for (let i = 0; i < n; i++) {
    const e = encoder.encode(dictionary[i]);
    encoded[i] = e;
    totalStringBytes += e.length;
  }
  const offsetSize = byteWidth(totalStringBytes);
  const header = 1 | 1 << 4 | offsetSize - 1 << 6;
  const totalSize = 1 + offsetSize + (n + 1) * offsetSize + totalStringBytes;
  const bytes = new Uint8Array(totalSize);
  let offset = 0;
  bytes[offset++] = header;
  for (let j = 0; j < offsetSize; j++) bytes[offset++] = n >> j * 8 & 255;
  let strOffset = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < offsetSize; j++) bytes[offset++] = strOffset >> j * 8 & 255;
    strOffset += encoded[i].length;
  }
  for (let j = 0; j < offsetSize; j++) bytes[offset++] = strOffset >> j * 8 & 255;
  for (let i = 0; i < n; i++) {
    bytes.set(encoded[i], offset);
    offset += encoded[i].length;
  }
  return bytes;
}
function writeVariantValue(value, keyIndex, scratchWriters) {
  const writer = new ByteWriter(8);
  writeValue(value, writer, keyIndex, scratchWriters);
  return writer.getBytes();
}
function writeValue(val, writer, keyIndex, scratchWriters) {
  if (val === null || val === void 0) {
    writer.appendUint8(0);
    return;
  }
  if (val === true) {
    writer.appendUint8(4);
    return;
  }
  if (val === false) {
    writer.appendUint8(8);
    return;
  }
  if (typeof val === "bigint") {
    if (val < INT64_MIN || val > INT64_MAX) {
      throw new RangeError(`variant bigint out of int64 range: ${val}`);
    }
    writer.appendUint8(6 << 2);
    writer.appendInt64(val);
    return;
  }
  if (typeof val === "number") {
    if (Number.isInteger(val)) {
      if (val >= -128 && val <= 127) {
        writer.appendUint8(3 << 2);
        writer.appendUint8(val & 255);
        return;
      }
      if (val >= -32768 && val <= 32767) {
        writer.appendUint8(4 << 2);
        appendUnsignedLE(writer, val, 2);
        return;
      }
      if (val >= -2147483648 && val <= 2147483647) {
        writer.appendUint8(5 << 2);
        writer.appendInt32(val);
        return;
      }
    }
    writer.appendUint8(7 << 2);
    writer.appendFloat64(val);
    return;
  }
  if (typeof val === "string") {
    const strBytes = encoder.encode(val);
    if (strBytes.length <= 63) {
      writer.appendUint8(strBytes.length << 2 | 1);
      writer.appendBytes(strBytes);
    } else {
      writer.appendUint8(16 << 2);
      writer.appendUint32(strBytes.length);
      writer.appendBytes(strBytes);
    }
    return;
  }
  if (val instanceof Date) {
    writer.appendUint8(13 << 2);
    writer.appendInt64(BigInt(val.getTime()) * 1000n);
    return;
  }
  if (val instanceof Uint8Array) {
    writer.appendUint8(15 << 2);
    writer.appendUint32(val.length);
    writer.appendBytes(val);
    return;
  }
  if (Array.isArray(val)) {
    writeVariantArray(val, writer, keyIndex, scratchWriters);
    return;
  }
  if (typeof val === "object") {
    writeVariantObject(val, writer, keyIndex, scratchWriters);
    return;
  }
  throw new Error(`variant cannot encode value: ${val}`);
}
function writeVariantObject(obj, writer, keyIndex, scratchWriters) {
  const entries = Object.keys(obj).filter((key) => obj[key] !== void 0).map((key) => {
    const id = keyIndex.get(key);
    if (id === void 0) throw new Error(`variant key not in dictionary: ${key}`);
    return { id, key };
  });
  entries.sort((a, b) => a.id - b.id);
  const numElements = entries.length;
  const maxFieldId = numElements > 0 ? entries[numElements - 1].id : 0;
  const idWidth = byteWidth(maxFieldId);
  const scratch = scratchWriters.pop() ?? new ByteWriter(8);
  const offsets = new Array(numElements + 1);
  offsets[0] = 0;
  for (let i = 0; i < numElements; i++) {
    writeValue(obj[entries[i].key], scratch, keyIndex, scratchWriters);
    offsets[i + 1] = scratch.index;
  }
  const offsetWidth = byteWidth(offsets[numElements]);
  const isLarge = numElements > 255 ? 1 : 0;
  writer.appendUint8((offsetWidth - 1 | idWidth - 1 << 2 | isLarge << 4) << 2 | 2);
  if (isLarge) writer.appendUint32(numElements);
  else writer.appendUint8(numElements);
  for (const { id } of entries) appendUnsignedLE(writer, id, idWidth);
  for (const off of offsets) appendUnsignedLE(writer, off, offsetWidth);
  writer.appendBytes(scratch.getBytes());
  scratch.index = 0;
  scratch.offset = 0;
  scratchWriters.push(scratch);
}
function writeVariantArray(arr, writer, keyIndex, scratchWriters) {
  const numElements = arr.length;
  const scratch = scratchWriters.pop() ?? new ByteWriter(8);
  const offsets = new Array(numElements + 1);
  offsets[0] = 0;
  for (let i = 0; i < numElements; i++) {
    writeValue(arr[i], scratch, keyIndex, scratchWriters);
    offsets[i + 1] = scratch.index;
  }
  const offsetWidth = byteWidth(offsets[numElements]);
  const isLarge = numElements > 255 ? 1 : 0;
  writer.appendUint8((offsetWidth - 1 | isLarge << 2) << 2 | 3);
  if (isLarge) writer.appendUint32(numElements);
  else writer.appendUint8(numElements);
  for (const off of offsets) appendUnsignedLE(writer, off, offsetWidth);
  writer.appendBytes(scratch.getBytes());
  scratch.index = 0;
  scratch.offset = 0;
  scratchWriters.push(scratch);
}
function byteWidth(maxValue) {
  if (maxValue <= 255) return 1;
  if (maxValue <= 65535) return 2;
  if (maxValue <= 16777215) return 3;
  return 4;
}
function appendUnsignedLE(writer, value, width) {
  for (let i = 0; i < width; i++) {
    writer.appendUint8(value >> i * 8 & 255);
  }
}

// node_modules/hyparquet-writer/src/schema.js
function schemaFromColumnData({ columnData, schemaOverrides }) {
  const schema = [{
    name: "root",
    num_children: columnData.length
  }];
  for (const { name, data, type, nullable: nullable2, shredding } of columnData) {
    if (schemaOverrides?.[name]) {
      const override = schemaOverrides[name];
      if (type || nullable2 !== void 0) {
        throw new Error(`cannot provide both type and schema override for column ${name}`);
      }
      if (override.name !== name) {
        throw new Error(`schema override for column ${name} must have matching name, got ${override.name}`);
      }
      if (override.type === "FIXED_LEN_BYTE_ARRAY" && !override.type_length) {
        throw new Error("schema override for FIXED_LEN_BYTE_ARRAY must include type_length");
      }
      if (override.num_children) {
        throw new Error("schema override does not support nested types");
      }
      schema.push(override);
    } else if (type === "VARIANT") {
      const repetition_type = nullable2 === false ? "REQUIRED" : "OPTIONAL";
      const shreddingConfig = shredding && shredding !== true ? normalizeShreddingConfig(shredding) : void 0;
      if (shreddingConfig) {
        schema.push(
          { name, repetition_type, num_children: 3, logical_type: { type: "VARIANT" } },
          { name: "metadata", type: "BYTE_ARRAY", repetition_type: "REQUIRED" },
          { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" },
          ...buildVariantTypedValue(shreddingConfig)
        );
      } else {
        schema.push(
          { name, repetition_type, num_children: 2, logical_type: { type: "VARIANT" } },
          { name: "metadata", type: "BYTE_ARRAY", repetition_type: "REQUIRED" },
          { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" }
        );
      }
    } else if (type) {
      schema.push(basicTypeToSchemaElement(name, type, nullable2));
    } else {
      schema.push(autoSchemaElement(name, data.slice(0, 1e3)));
    }
  }
  return schema;
}
function buildVariantTypedValue(shredType) {
  if (Array.isArray(shredType)) {
    return [
      { name: "typed_value", repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
      { name: "list", repetition_type: "REPEATED", num_children: 1 },
      { name: "element", repetition_type: "REQUIRED", num_children: 2 },
      { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" },
      ...buildVariantTypedValue(shredType[0])
    ];
  }
  if (typeof shredType === "object") {
    const fieldNames = Object.keys(shredType);
    const elements = [
      { name: "typed_value", repetition_type: "OPTIONAL", num_children: fieldNames.length }
    ];
    for (const fieldName of fieldNames) {
      elements.push(
        { name: fieldName, repetition_type: "OPTIONAL", num_children: 2 },
        { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" },
        ...buildVariantTypedValue(shredType[fieldName])
      );
    }
    return elements;
  }
  return [shreddedLeafElement(shredType)];
}
function shreddedLeafElement(type) {
  switch (type) {
    case "STRING":
      return { name: "typed_value", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
    case "INT32":
      return { name: "typed_value", type: "INT32", repetition_type: "OPTIONAL" };
    case "INT64":
      return { name: "typed_value", type: "INT64", repetition_type: "OPTIONAL" };
    case "DOUBLE":
      return { name: "typed_value", type: "DOUBLE", repetition_type: "OPTIONAL" };
    case "FLOAT":
      return { name: "typed_value", type: "FLOAT", repetition_type: "OPTIONAL" };
    case "BOOLEAN":
      return { name: "typed_value", type: "BOOLEAN", repetition_type: "OPTIONAL" };
    case "TIMESTAMP":
      return { name: "typed_value", type: "INT64", converted_type: "TIMESTAMP_MICROS", repetition_type: "OPTIONAL" };
    default:
      throw new Error(`unsupported shredded field type: ${type}`);
  }
}
function basicTypeToSchemaElement(name, type, nullable2) {
  const repetition_type = nullable2 === false ? "REQUIRED" : "OPTIONAL";
  if (type === "STRING") {
    return { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type };
  }
  if (type === "JSON") {
    return { name, type: "BYTE_ARRAY", converted_type: "JSON", repetition_type };
  }
  if (type === "TIMESTAMP") {
    return { name, type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type };
  }
  if (type === "UUID") {
    return { name, type: "FIXED_LEN_BYTE_ARRAY", type_length: 16, logical_type: { type: "UUID" }, repetition_type };
  }
  if (type === "FLOAT16") {
    return { name, type: "FIXED_LEN_BYTE_ARRAY", type_length: 2, logical_type: { type: "FLOAT16" }, repetition_type };
  }
  if (type === "GEOMETRY") {
    return { name, type: "BYTE_ARRAY", logical_type: { type: "GEOMETRY" }, repetition_type };
  }
  if (type === "GEOGRAPHY") {
    return { name, type: "BYTE_ARRAY", logical_type: { type: "GEOGRAPHY" }, repetition_type };
  }
  return { name, type, repetition_type };
}
function autoSchemaElement(name, values) {
  let type;
  let repetition_type = "REQUIRED";
  let converted_type;
  if (values instanceof Int32Array) return { name, type: "INT32", repetition_type };
  if (values instanceof BigInt64Array) return { name, type: "INT64", repetition_type };
  if (values instanceof Float32Array) return { name, type: "FLOAT", repetition_type };
  if (values instanceof Float64Array) return { name, type: "DOUBLE", repetition_type };
  for (const value of values) {
    if (value === null || value === void 0) {
      repetition_type = "OPTIONAL";
    } else {
      let valueType;
      let valueConvertedType;
      if (typeof value === "boolean") valueType = "BOOLEAN";
      else if (typeof value === "bigint") valueType = "INT64";
      else if (Number.isInteger(value)) valueType = "INT32";
      else if (typeof value === "number") valueType = "DOUBLE";
      else if (value instanceof Uint8Array) valueType = "BYTE_ARRAY";
      else if (typeof value === "string") {
        valueType = "BYTE_ARRAY";
        valueConvertedType = "UTF8";
      } else if (value instanceof Date) {
        valueType = "INT64";
        valueConvertedType = "TIMESTAMP_MILLIS";
      } else if (typeof value === "object") {
        valueType = "BYTE_ARRAY";
        valueConvertedType = "JSON";
      } else throw new Error(`cannot determine parquet type for: ${value}`);
      if (type === void 0) {
        type = valueType;
        converted_type = valueConvertedType;
      } else if (type === "INT32" && valueType === "DOUBLE") {
        type = "DOUBLE";
      } else if (type === "DOUBLE" && valueType === "INT32") {
        continue;
      } else if (type !== valueType || converted_type !== valueConvertedType) {
        throw new Error(`parquet cannot write mixed types: ${converted_type ?? type} and ${valueConvertedType ?? valueType}`);
      }
    }
  }
  if (!type) {
    type = "BYTE_ARRAY";
    repetition_type = "OPTIONAL";
  }
  return { name, type, repetition_type, converted_type };
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const element of schemaPath) {
    if (element.repetition_type === "REPEATED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function schemaPathResolver(schema) {
  const root = parquetSchema({ schema });
  const childrenByName = /* @__PURE__ */ new Map();
  return (path3) => {
    let tree = root;
    const schemaPath = [tree];
    for (const part of path3) {
      let children = childrenByName.get(tree);
      if (!children) {
        children = /* @__PURE__ */ new Map();
        for (const child2 of tree.children) {
          if (!children.has(child2.element.name)) children.set(child2.element.name, child2);
        }
        childrenByName.set(tree, children);
      }
      const child = children.get(part);
      if (!child) throw new Error(`parquet schema element not found: ${path3}`);
      schemaPath.push(child);
      tree = child;
    }
    return schemaPath;
  };
}

// node_modules/hyparquet-writer/src/splitstream.js
function writeByteStreamSplit(writer, values, type, typeLength) {
  const count2 = values.length;
  let bytes;
  let width;
  if (type === "FLOAT") {
    const typed = values instanceof Float32Array ? values : new Float32Array(numberArray(values));
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 4;
  } else if (type === "DOUBLE") {
    const typed = values instanceof Float64Array ? values : new Float64Array(numberArray(values));
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 8;
  } else if (type === "INT32") {
    const typed = values instanceof Int32Array ? values : new Int32Array(numberArray(values));
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 4;
  } else if (type === "INT64") {
    const typed = bigIntArray(values);
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 8;
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!typeLength) throw new Error("parquet byte_stream_split missing type_length");
    width = typeLength;
    bytes = new Uint8Array(count2 * width);
    for (let i = 0; i < count2; i++) {
      bytes.set(values[i], i * width);
    }
  } else {
    throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
  }
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count2; i++) {
      writer.appendUint8(bytes[i * width + b]);
    }
  }
}
function numberArray(values) {
  if (Array.isArray(values) && values.every((v) => typeof v === "number")) {
    return values;
  }
  throw new Error("Expected number array for BYTE_STREAM_SPLIT encoding");
}
function bigIntArray(values) {
  if (values instanceof BigInt64Array) return values;
  if (Array.isArray(values) && values.every((v) => typeof v === "bigint")) {
    return new BigInt64Array(values);
  }
  throw new Error("Expected bigint array for BYTE_STREAM_SPLIT encoding");
}

// node_modules/hyparquet-writer/src/datapage.js
function writeDataPageV2({ writer, column, encoding, pageData }) {
  const { columnName, element, codec: codec2, compressors } = column;
  const { type, type_length, repetition_type } = element;
  if (!type) throw new Error(`column ${columnName} cannot determine type`);
  if (repetition_type === "REPEATED") throw new Error(`column ${columnName} repeated types not supported`);
  const levelWriter = new ByteWriter();
  const {
    definition_levels_byte_length,
    repetition_levels_byte_length,
    num_nulls,
    num_values,
    num_rows
  } = writeLevels(levelWriter, column, pageData);
  const nonnull = num_nulls ? pageData.values.filter((v) => v !== null && v !== void 0) : pageData.values;
  const page = new ByteWriter();
  if (encoding === "PLAIN") {
    writePlain(page, nonnull, type, type_length);
  } else if (encoding === "RLE") {
    if (type !== "BOOLEAN") throw new Error("RLE encoding only supported for BOOLEAN type");
    const rleData = new ByteWriter();
    writeRleBitPackedHybrid(rleData, nonnull, 1);
    page.appendUint32(rleData.offset);
    page.appendBytes(rleData.getBytes());
  } else if (encoding === "PLAIN_DICTIONARY" || encoding === "RLE_DICTIONARY") {
    let maxValue = 0;
    for (const v of nonnull) if (v > maxValue) maxValue = v;
    const bitWidth2 = Math.ceil(Math.log2(maxValue + 1));
    page.appendUint8(bitWidth2);
    writeRleBitPackedHybrid(page, nonnull, bitWidth2);
  } else if (encoding === "DELTA_BINARY_PACKED") {
    if (type !== "INT32" && type !== "INT64") {
      throw new Error("DELTA_BINARY_PACKED encoding only supported for INT32 and INT64 types");
    }
    deltaBinaryPack(page, nonnull, type);
  } else if (encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    if (type !== "BYTE_ARRAY") {
      throw new Error("DELTA_LENGTH_BYTE_ARRAY encoding only supported for BYTE_ARRAY type");
    }
    deltaLengthByteArray(page, nonnull);
  } else if (encoding === "DELTA_BYTE_ARRAY") {
    if (type !== "BYTE_ARRAY") {
      throw new Error("DELTA_BYTE_ARRAY encoding only supported for BYTE_ARRAY type");
    }
    deltaByteArray(page, nonnull);
  } else if (encoding === "BYTE_STREAM_SPLIT") {
    writeByteStreamSplit(page, nonnull, type, type_length);
  } else {
    throw new Error(`parquet unsupported encoding: ${encoding}`);
  }
  const pageBytes = page.getBytes();
  const compressedBytes = compressors[codec2]?.(pageBytes) ?? pageBytes;
  const headerStart = writer.offset;
  writePageHeader(writer, {
    type: "DATA_PAGE_V2",
    uncompressed_page_size: levelWriter.offset + page.offset,
    compressed_page_size: levelWriter.offset + compressedBytes.length,
    data_page_header_v2: {
      num_values,
      num_nulls,
      num_rows,
      encoding,
      definition_levels_byte_length,
      repetition_levels_byte_length,
      is_compressed: !!codec2
      // is there benefit to page statistics here?
    }
  });
  const headerSize = writer.offset - headerStart;
  writer.appendBytes(levelWriter.getBytes());
  writer.appendBytes(compressedBytes);
  return headerSize + levelWriter.offset + page.offset;
}
function writePageHeader(writer, header) {
  const compact = {
    field_1: PageTypes.indexOf(header.type),
    field_2: header.uncompressed_page_size,
    field_3: header.compressed_page_size,
    field_4: header.crc,
    field_5: header.data_page_header && {
      field_1: header.data_page_header.num_values,
      field_2: Encodings.indexOf(header.data_page_header.encoding),
      field_3: Encodings.indexOf(header.data_page_header.definition_level_encoding),
      field_4: Encodings.indexOf(header.data_page_header.repetition_level_encoding)
      // field_5: header.data_page_header.statistics,
    },
    field_7: header.dictionary_page_header && {
      field_1: header.dictionary_page_header.num_values,
      field_2: Encodings.indexOf(header.dictionary_page_header.encoding)
    },
    field_8: header.data_page_header_v2 && {
      field_1: header.data_page_header_v2.num_values,
      field_2: header.data_page_header_v2.num_nulls,
      field_3: header.data_page_header_v2.num_rows,
      field_4: Encodings.indexOf(header.data_page_header_v2.encoding),
      field_5: header.data_page_header_v2.definition_levels_byte_length,
      field_6: header.data_page_header_v2.repetition_levels_byte_length,
      field_7: header.data_page_header_v2.is_compressed ? void 0 : false
      // default true
    }
  };
  serializeTCompactProtocol(writer, compact);
}
function writeLevels(writer, column, dataPage) {
  const { schemaPath } = column;
  const { values, definitionLevels, repetitionLevels, maxDefinitionLevel } = dataPage;
  const num_values = definitionLevels.length || values.length;
  let num_nulls = 0;
  let num_rows = 0;
  if (repetitionLevels.length) {
    for (let i = 0; i < repetitionLevels.length; i++) {
      if (repetitionLevels[i] === 0) num_rows++;
    }
  } else {
    num_rows = values.length;
  }
  if (definitionLevels.length) {
    for (let i = 0; i < definitionLevels.length; i++) {
      if (definitionLevels[i] < maxDefinitionLevel) num_nulls++;
    }
  }
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  let repetition_levels_byte_length = 0;
  if (maxRepetitionLevel) {
    const bitWidth2 = Math.ceil(Math.log2(maxRepetitionLevel + 1));
    repetition_levels_byte_length = writeRleBitPackedHybrid(writer, repetitionLevels, bitWidth2);
  }
  let definition_levels_byte_length = 0;
  if (maxDefinitionLevel) {
    const bitWidth2 = Math.ceil(Math.log2(maxDefinitionLevel + 1));
    definition_levels_byte_length = writeRleBitPackedHybrid(writer, definitionLevels, bitWidth2);
  }
  return { definition_levels_byte_length, repetition_levels_byte_length, num_values, num_nulls, num_rows };
}

// node_modules/hyparquet-writer/src/dictionary.js
var textEncoder2 = new TextEncoder();
function estimateValueSize(value, type, type_length) {
  if (value === null || value === void 0) return 0;
  if (type === "BOOLEAN") return 0.125;
  if (type === "INT32" || type === "FLOAT") return 4;
  if (type === "INT64" || type === "DOUBLE") return 8;
  if (type === "INT96") return 12;
  if (type === "FIXED_LEN_BYTE_ARRAY") return type_length ?? 0;
  if (type === "BYTE_ARRAY") {
    if (value instanceof Uint8Array) return value.byteLength;
    if (typeof value === "string") return value.length;
  }
  return 0;
}
function hashBytes(bytes) {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}
var sampleRejectionRatio = 0.9;
function useDictionary(values, type, type_length, encoding, dictionarySize, required) {
  if (encoding && encoding !== "RLE_DICTIONARY") return {};
  if (type === "BOOLEAN") return {};
  const forced = encoding === "RLE_DICTIONARY";
  const byteArrayPrefixSize = type === "BYTE_ARRAY" ? 4 : 0;
  if (!forced) {
    const sampleSize = Math.min(values.length, 1e3);
    const sampleSizes = /* @__PURE__ */ new Map();
    const sampleHashes = /* @__PURE__ */ new Map();
    let sampleDictionarySize = 0;
    let sampleTotalSize = 0;
    for (let i = 0; i < sampleSize; i++) {
      const sampleIndex = sampleSize === 1 ? 0 : Math.floor(i * (values.length - 1) / (sampleSize - 1));
      const value = values[sampleIndex];
      let key = value;
      if (value instanceof Uint8Array) {
        key = sampleHashes.get(value);
        if (key === void 0) {
          key = hashBytes(value);
          sampleHashes.set(value, key);
        }
      }
      let valueSize = sampleSizes.get(key);
      if (valueSize === void 0) {
        valueSize = estimateValueSize(value, type, type_length) + (value === null || value === void 0 ? 0 : byteArrayPrefixSize);
        sampleSizes.set(key, valueSize);
        sampleDictionarySize += valueSize;
      }
      sampleTotalSize += valueSize;
    }
    if (!sampleTotalSize || sampleDictionarySize / sampleTotalSize > sampleRejectionRatio) return {};
  }
  const dictionary = [];
  const indexes = new Array(values.length);
  const valueIndex = /* @__PURE__ */ new Map();
  const valueSizes = [];
  const hashBuckets = /* @__PURE__ */ new Map();
  let dictSize = 0;
  let physicalDictSize = 0;
  let totalSize = 0;
  let nonNullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === void 0) {
      if (required) throw new Error("parquet required value is undefined");
      continue;
    }
    nonNullCount++;
    let index;
    if (value instanceof Uint8Array) {
      totalSize += value.byteLength;
      index = valueIndex.get(value);
      if (index !== void 0) {
        indexes[i] = index;
        continue;
      }
      const hash2 = hashBytes(value);
      const bucket = hashBuckets.get(hash2);
      if (bucket) {
        for (const j of bucket) {
          if (bytesEqual(dictionary[j], value)) {
            index = j;
            break;
          }
        }
      }
      if (index === void 0) {
        dictSize += value.byteLength;
        if (!forced && dictionarySize) {
          physicalDictSize += value.byteLength;
          if (physicalDictSize > dictionarySize) return {};
        }
        index = dictionary.length;
        dictionary.push(value);
        if (bucket) bucket.push(index);
        else hashBuckets.set(hash2, [index]);
      }
      valueIndex.set(value, index);
    } else {
      index = valueIndex.get(value);
      const valueSize = index === void 0 ? estimateValueSize(value, type, type_length) : valueSizes[index];
      totalSize += valueSize;
      if (index === void 0) {
        dictSize += valueSize;
        if (!forced && dictionarySize) {
          physicalDictSize += typeof value === "string" ? textEncoder2.encode(value).byteLength : valueSize;
          if (physicalDictSize > dictionarySize) return {};
        }
        index = dictionary.length;
        dictionary.push(value);
        valueSizes[index] = valueSize;
        valueIndex.set(value, index);
      }
    }
    indexes[i] = index;
  }
  const bitWidth2 = Math.ceil(Math.log2(dictionary.length));
  const indexSize = Math.ceil(nonNullCount * bitWidth2 / 8);
  const plainSize = totalSize + nonNullCount * byteArrayPrefixSize;
  const dictionaryValueSize = dictSize + dictionary.length * byteArrayPrefixSize;
  if (!forced && 2 * (dictionaryValueSize + indexSize) > plainSize) return {};
  return { dictionary, indexes };
}
function writeDictionaryPage(writer, column, dictionary) {
  const { element, codec: codec2, compressors } = column;
  const { type, type_length } = element;
  if (!type) throw new Error(`column ${column.columnName} cannot determine type`);
  const dictionaryPage = new ByteWriter();
  writePlain(dictionaryPage, dictionary, type, type_length);
  const dictionaryBytes = dictionaryPage.getBytes();
  const compressedBytes = compressors[codec2]?.(dictionaryBytes) ?? dictionaryBytes;
  const headerStart = writer.offset;
  writePageHeader(writer, {
    type: "DICTIONARY_PAGE",
    uncompressed_page_size: dictionaryBytes.byteLength,
    compressed_page_size: compressedBytes.byteLength,
    dictionary_page_header: {
      num_values: dictionary.length,
      encoding: "PLAIN"
    }
  });
  const headerSize = writer.offset - headerStart;
  writer.appendBytes(compressedBytes);
  return headerSize + dictionaryBytes.byteLength;
}

// node_modules/hyparquet-writer/src/geospatial.js
function geospatialStatistics(values) {
  const typeCodes = /* @__PURE__ */ new Set();
  let partial;
  for (const value of values) {
    if (value === null || value === void 0) continue;
    if (typeof value !== "object") {
      throw new Error("geospatial column expects GeoJSON geometries");
    }
    partial = extendBoundsFromGeometry(partial, value);
    typeCodes.add(geometryTypeCodeWithDimension(value));
  }
  let bbox;
  const { xmin, ymin, xmax, ymax } = partial ?? {};
  if (xmin !== void 0 && ymin !== void 0 && xmax !== void 0 && ymax !== void 0) {
    bbox = { ...partial, xmin, ymin, xmax, ymax };
  }
  if (typeCodes.size || bbox) {
    return {
      bbox,
      // Geospatial type codes of all instances, or an empty list if not known
      geospatial_types: typeCodes.size ? Array.from(typeCodes).sort((a, b) => a - b) : []
    };
  }
}
function extendBoundsFromGeometry(bbox, geometry) {
  if (geometry.type === "GeometryCollection") {
    for (const child of geometry.geometries || []) {
      bbox = extendBoundsFromGeometry(bbox, child);
    }
    return bbox;
  }
  return extendBoundsFromCoordinates(bbox, geometry.coordinates);
}
function extendBoundsFromCoordinates(bbox, coordinates) {
  if (typeof coordinates[0] === "number") {
    bbox = updateAxis(bbox, "xmin", "xmax", coordinates[0]);
    bbox = updateAxis(bbox, "ymin", "ymax", coordinates[1]);
    if (coordinates.length > 2) bbox = updateAxis(bbox, "zmin", "zmax", coordinates[2]);
    if (coordinates.length > 3) bbox = updateAxis(bbox, "mmin", "mmax", coordinates[3]);
    return bbox;
  }
  for (const child of coordinates) {
    bbox = extendBoundsFromCoordinates(bbox, child);
  }
  return bbox;
}
function updateAxis(bbox, minKey, maxKey, value) {
  if (value === void 0 || !Number.isFinite(value)) return bbox;
  if (!bbox) bbox = {};
  const min = bbox[minKey];
  const max = bbox[maxKey];
  if (min === void 0 || value < min) bbox[minKey] = value;
  if (max === void 0 || value > max) bbox[maxKey] = value;
  return bbox;
}
function geometryTypeCodeWithDimension(geometry) {
  const base = geometryTypeCodes[geometry.type];
  if (base === void 0) throw new Error(`unknown geometry type: ${geometry.type}`);
  const dim = inferGeometryDimensions(geometry);
  if (dim === 2) return base;
  if (dim === 3) return base + 1e3;
  if (dim === 4) return base + 3e3;
  throw new Error(`unsupported geometry dimensions: ${dim}`);
}
var geometryTypeCodes = {
  Point: 1,
  LineString: 2,
  Polygon: 3,
  MultiPoint: 4,
  MultiLineString: 5,
  MultiPolygon: 6,
  GeometryCollection: 7
};
function inferGeometryDimensions(geometry) {
  if (geometry.type === "GeometryCollection") {
    let maxDim = 0;
    for (const child of geometry.geometries || []) {
      maxDim = Math.max(maxDim, inferGeometryDimensions(child));
    }
    return maxDim || 2;
  }
  return inferCoordinateDimensions(geometry.coordinates);
}
function inferCoordinateDimensions(value) {
  if (!value.length) return 2;
  if (typeof value[0] === "number") return value.length;
  let maxDim = 0;
  for (const item of value) {
    maxDim = Math.max(maxDim, inferCoordinateDimensions(item));
  }
  return maxDim || 2;
}

// node_modules/hyparquet-writer/src/wkb.js
function geojsonToWkb(geometry) {
  const writer = new ByteWriter();
  writeGeometry(writer, geometry);
  return writer.getBytes();
}
function writeGeometry(writer, geometry) {
  if (typeof geometry !== "object") {
    throw new Error("geometry values must be GeoJSON geometries");
  }
  const typeCode = geometryTypeCode(geometry.type);
  const dim = inferGeometryDimensions2(geometry);
  let flag = 0;
  if (dim === 3) flag = 1;
  else if (dim === 4) flag = 3;
  else if (dim > 4) throw new Error(`unsupported geometry dimensions: ${dim}`);
  writer.appendUint8(1);
  writer.appendUint32(typeCode + flag * 1e3);
  if (geometry.type === "Point") {
    writePosition(writer, geometry.coordinates, dim);
  } else if (geometry.type === "LineString") {
    writeLine(writer, geometry.coordinates, dim);
  } else if (geometry.type === "Polygon") {
    writer.appendUint32(geometry.coordinates.length);
    for (const ring of geometry.coordinates) {
      writeLine(writer, ring, dim);
    }
  } else if (geometry.type === "MultiPoint") {
    writer.appendUint32(geometry.coordinates.length);
    for (const coordinates of geometry.coordinates) {
      writeGeometry(writer, { type: "Point", coordinates });
    }
  } else if (geometry.type === "MultiLineString") {
    writer.appendUint32(geometry.coordinates.length);
    for (const coordinates of geometry.coordinates) {
      writeGeometry(writer, { type: "LineString", coordinates });
    }
  } else if (geometry.type === "MultiPolygon") {
    writer.appendUint32(geometry.coordinates.length);
    for (const coordinates of geometry.coordinates) {
      writeGeometry(writer, { type: "Polygon", coordinates });
    }
  } else if (geometry.type === "GeometryCollection") {
    writer.appendUint32(geometry.geometries.length);
    for (const child of geometry.geometries) {
      writeGeometry(writer, child);
    }
  } else {
    throw new Error("unsupported geometry type");
  }
}
function writePosition(writer, position, dim) {
  if (position.length < dim) {
    throw new Error("geometry position dimensions mismatch");
  }
  for (let i = 0; i < dim; i++) {
    writer.appendFloat64(position[i]);
  }
}
function writeLine(writer, coordinates, dim) {
  writer.appendUint32(coordinates.length);
  for (const position of coordinates) {
    writePosition(writer, position, dim);
  }
}
function geometryTypeCode(type) {
  if (type === "Point") return 1;
  if (type === "LineString") return 2;
  if (type === "Polygon") return 3;
  if (type === "MultiPoint") return 4;
  if (type === "MultiLineString") return 5;
  if (type === "MultiPolygon") return 6;
  if (type === "GeometryCollection") return 7;
  throw new Error(`unknown geometry type: ${type}`);
}
function inferGeometryDimensions2(geometry) {
  if (geometry.type === "GeometryCollection") {
    let maxDim = 0;
    for (const child of geometry.geometries) {
      maxDim = Math.max(maxDim, inferGeometryDimensions2(child));
    }
    return maxDim || 2;
  }
  return inferCoordinateDimensions2(geometry.coordinates);
}
function inferCoordinateDimensions2(value) {
  if (!Array.isArray(value)) return 2;
  if (!value.length) return 2;
  if (typeof value[0] === "number") return value.length;
  let maxDim = 0;
  for (const item of value) {
    maxDim = Math.max(maxDim, inferCoordinateDimensions2(item));
  }
  return maxDim || 2;
}

// node_modules/hyparquet-writer/src/unconvert.js
var dayMillis = 864e5;
function mapConverted(values, convert) {
  const cache = /* @__PURE__ */ new Map();
  return Array.from(values, (value) => {
    if (cache.has(value)) return cache.get(value);
    const result = convert(value);
    cache.set(value, result);
    return result;
  });
}
function unconvert(element, values) {
  const { type, converted_type: ctype, logical_type: ltype } = element;
  if (ctype === "DECIMAL") {
    const factor = 10 ** (element.scale || 0);
    return Array.from(values, (v) => {
      if (v === null || v === void 0) return v;
      if (typeof v === "bigint") return unconvertDecimal(element, v);
      if (typeof v !== "number") throw new Error("DECIMAL must be a number or bigint");
      return unconvertDecimal(element, BigInt(Math.round(v * factor)));
    });
  }
  if (ctype === "DATE") {
    return Array.from(values).map((v) => {
      if (v instanceof Date) return Math.floor(v.getTime() / dayMillis);
      return v;
    });
  }
  if (ctype === "TIMESTAMP_MILLIS") {
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (v instanceof Date) return BigInt(v.getTime());
      return BigInt(v);
    });
  }
  if (ctype === "TIMESTAMP_MICROS") {
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (v instanceof Date) return BigInt(v.getTime() * 1e3);
      return BigInt(v);
    });
  }
  if (ctype === "JSON") {
    if (!Array.isArray(values)) throw new Error("JSON must be an array");
    const encoder2 = new TextEncoder();
    return mapConverted(
      values,
      (v) => v === null || v === void 0 ? v : encoder2.encode(JSON.stringify(toJson(v)))
    );
  }
  if (ctype === "UTF8") {
    if (!Array.isArray(values)) throw new Error("strings must be an array");
    const encoder2 = new TextEncoder();
    return values.map((v) => typeof v === "string" ? encoder2.encode(v) : v);
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (values instanceof Uint32Array) return values;
    if (values instanceof Int32Array) return new Uint32Array(values.buffer, values.byteOffset, values.length);
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (!Number.isSafeInteger(v)) throw new Error("expected integer value, got " + v);
      if (v < 0 || v > 4294967295) throw new Error("expected uint32 value, got " + v);
      if (v > 2147483647) return v - 4294967296;
      return v;
    });
  }
  if (ltype?.type === "FLOAT16") {
    if (type !== "FIXED_LEN_BYTE_ARRAY") throw new Error("FLOAT16 must be FIXED_LEN_BYTE_ARRAY type");
    if (element.type_length !== 2) throw new Error("FLOAT16 expected type_length to be 2 bytes");
    return Array.from(values).map(unconvertFloat16);
  }
  if (ltype?.type === "UUID") {
    if (!Array.isArray(values)) throw new Error("UUID must be an array");
    if (type !== "FIXED_LEN_BYTE_ARRAY") throw new Error("UUID must be FIXED_LEN_BYTE_ARRAY type");
    if (element.type_length !== 16) throw new Error("UUID expected type_length to be 16 bytes");
    return values.map(unconvertUuid);
  }
  if (ltype?.type === "TIMESTAMP") {
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (v instanceof Date) {
        const millis = BigInt(v.getTime());
        if (ltype.unit === "NANOS") return millis * 1000000n;
        if (ltype.unit === "MICROS") return millis * 1000n;
        return millis;
      }
      return BigInt(v);
    });
  }
  if (ltype?.type === "GEOMETRY" || ltype?.type === "GEOGRAPHY") {
    if (!Array.isArray(values)) throw new Error("geometry must be an array");
    return mapConverted(values, (v) => {
      if (v === null || v === void 0) return v;
      return geojsonToWkb(v);
    });
  }
  return values;
}
function unconvertUuid(value) {
  if (value === void 0 || value === null) return;
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") {
    const uuidRegex = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
    if (!uuidRegex.test(value)) {
      throw new Error("UUID must be a valid UUID string");
    }
    value = value.replace(/-/g, "").toLowerCase();
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) {
      bytes[i] = parseInt(value.slice(i * 2, i * 2 + 2), 16);
    }
    return bytes;
  }
  throw new Error("UUID must be a string or Uint8Array");
}
var STATS_TRUNCATE_LENGTH = 16;
var utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function truncateStatistic(bytes, element, isMax, length) {
  if (bytes.length <= length || !isTruncatable(element)) return bytes;
  const truncated = isUtf8(element) ? truncateUtf8(bytes, isMax, length) : truncateBytes(bytes, isMax, length);
  return truncated ?? bytes;
}
function isTruncatable({ type, converted_type, logical_type }) {
  if (type !== "BYTE_ARRAY") return false;
  if (converted_type === "DECIMAL" || converted_type === "JSON" || converted_type === "BSON") return false;
  return logical_type?.type !== "JSON" && logical_type?.type !== "BSON";
}
function isUtf8({ converted_type, logical_type }) {
  return converted_type === "UTF8" || converted_type === "ENUM" || logical_type?.type === "STRING" || logical_type?.type === "ENUM";
}
function truncateBytes(bytes, isMax, length) {
  const prefix = new Uint8Array(bytes.subarray(0, length));
  if (!isMax) return prefix;
  let i = prefix.length - 1;
  while (i >= 0 && prefix[i] === 255) i--;
  if (i < 0) return void 0;
  const rounded = prefix.slice(0, i + 1);
  rounded[i] += 1;
  return rounded;
}
function truncateUtf8(bytes, isMax, length) {
  let end = length;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  if (!isMax) return new Uint8Array(bytes.subarray(0, end));
  let text;
  try {
    text = utf8Decoder.decode(bytes.subarray(0, end));
  } catch {
    return truncateBytes(bytes, isMax, length);
  }
  const codePoints = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  const encoder2 = new TextEncoder();
  for (let i = codePoints.length - 1; i >= 0; i--) {
    end--;
    while (end > 0 && (bytes[end] & 192) === 128) end--;
    const code = codePoints[i];
    if (code === 1114111) continue;
    const next = code === 55295 ? 57344 : code + 1;
    const suffix = encoder2.encode(String.fromCodePoint(next));
    if (end + suffix.length > length) continue;
    const rounded = new Uint8Array(end + suffix.length);
    rounded.set(bytes.subarray(0, end));
    rounded.set(suffix, end);
    return rounded;
  }
}
function minMaxIsExact(value, element, isMax, length) {
  if (value === void 0 || value === null) return void 0;
  if (!isTruncatable(element)) return void 0;
  const bytes = value instanceof Uint8Array ? value : new TextEncoder().encode(value.toString());
  return truncateStatistic(bytes, element, isMax, length) === bytes ? void 0 : false;
}
function unconvertMinMax(value, element, isMax, truncateLength = STATS_TRUNCATE_LENGTH) {
  if (value === void 0 || value === null) return void 0;
  const { type, converted_type } = element;
  if (type === "BOOLEAN") return new Uint8Array([value ? 1 : 0]);
  if (element.logical_type?.type === "UUID" && (typeof value === "string" || value instanceof Uint8Array)) {
    return unconvertUuid(value);
  }
  if (converted_type === "DECIMAL") {
    if (typeof value !== "number" && typeof value !== "bigint") {
      throw new Error("DECIMAL must be a number or bigint");
    }
    const factor = 10 ** (element.scale || 0);
    const scaled = typeof value === "bigint" ? value : BigInt(Math.round(value * factor));
    const out = unconvertDecimal(element, scaled);
    if (out instanceof Uint8Array) return out;
    if (typeof out === "number") {
      const buffer = new ArrayBuffer(4);
      new DataView(buffer).setInt32(0, out, true);
      return new Uint8Array(buffer);
    }
    if (typeof out === "bigint") {
      const buffer = new ArrayBuffer(8);
      new DataView(buffer).setBigInt64(0, out, true);
      return new Uint8Array(buffer);
    }
  }
  if (element.logical_type?.type === "FLOAT16" && typeof value === "number") {
    return unconvertFloat16(value);
  }
  if (type === "BYTE_ARRAY" || type === "FIXED_LEN_BYTE_ARRAY") {
    const bytes = value instanceof Uint8Array ? value : new TextEncoder().encode(value.toString());
    return truncateStatistic(bytes, element, isMax, truncateLength);
  }
  if (type === "FLOAT" && typeof value === "number") {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setFloat32(0, value, true);
    return new Uint8Array(buffer);
  }
  if (type === "DOUBLE" && typeof value === "number") {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setFloat64(0, value, true);
    return new Uint8Array(buffer);
  }
  if (type === "INT32" && typeof value === "number") {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setInt32(0, value, true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && (typeof value === "bigint" || typeof value === "number" && Number.isInteger(value))) {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, BigInt(value), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT32" && converted_type === "DATE" && value instanceof Date) {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setInt32(0, Math.floor(value.getTime() / dayMillis), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS" && value instanceof Date) {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, BigInt(value.getTime()), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS" && value instanceof Date) {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, BigInt(value.getTime() * 1e3), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && element.logical_type?.type === "TIMESTAMP" && value instanceof Date) {
    const millis = BigInt(value.getTime());
    const { unit } = element.logical_type;
    let bigintValue = millis;
    if (unit === "NANOS") bigintValue = millis * 1000000n;
    else if (unit === "MICROS") bigintValue = millis * 1000n;
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, bigintValue, true);
    return new Uint8Array(buffer);
  }
  throw new Error(`unsupported type for statistics: ${type} with value ${value}`);
}
function unconvertStatistics(stats, element, truncateLength = STATS_TRUNCATE_LENGTH) {
  return {
    field_1: unconvertMinMax(stats.max, element, true, truncateLength),
    field_2: unconvertMinMax(stats.min, element, false, truncateLength),
    field_3: stats.null_count,
    field_4: stats.distinct_count,
    field_5: unconvertMinMax(stats.max_value, element, true, truncateLength),
    field_6: unconvertMinMax(stats.min_value, element, false, truncateLength),
    field_7: stats.is_max_value_exact ?? minMaxIsExact(stats.max_value ?? stats.max, element, true, truncateLength),
    field_8: stats.is_min_value_exact ?? minMaxIsExact(stats.min_value ?? stats.min, element, false, truncateLength),
    field_9: stats.nan_count
  };
}
function unconvertDecimal({ type, type_length }, value) {
  if (type === "INT32") return Number(value);
  if (type === "INT64") return value;
  if (type === "FIXED_LEN_BYTE_ARRAY" && !type_length) {
    throw new Error("fixed length byte array type_length is required");
  }
  if (!type_length && !value) return new Uint8Array();
  const bytes = [];
  while (true) {
    const byte = Number(value & 0xffn);
    bytes.unshift(byte);
    value >>= 8n;
    if (type_length) {
      if (bytes.length >= type_length) break;
    } else {
      const sign = byte & 128;
      if (!sign && value === 0n || sign && value === -1n) {
        break;
      }
    }
  }
  return new Uint8Array(bytes);
}
function unconvertFloat16(value) {
  if (value === void 0 || value === null) return;
  if (typeof value !== "number") throw new Error("parquet float16 expected number value");
  if (Number.isNaN(value)) return new Uint8Array([0, 126]);
  const sign = value < 0 || Object.is(value, -0) ? 1 : 0;
  const abs = Math.abs(value);
  if (!isFinite(abs)) return new Uint8Array([0, sign << 7 | 124]);
  if (abs === 0) return new Uint8Array([0, sign << 7]);
  if (abs >= 65520) return new Uint8Array([0, sign << 7 | 124]);
  let exponent = -14;
  if (abs >= 2 ** -14) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, abs);
    exponent = (view.getUint32(0) >>> 20 & 2047) - 1023;
  }
  const scaled = abs / 2 ** (exponent - 10);
  let significand = Math.floor(scaled);
  const remainder = scaled - significand;
  if (remainder > 0.5 || remainder === 0.5 && significand % 2) significand++;
  const magnitude = abs < 2 ** -14 ? significand : (exponent + 14) * 1024 + significand;
  const bits16 = sign << 15 | magnitude;
  return new Uint8Array([bits16 & 255, bits16 >> 8]);
}

// node_modules/hyparquet-writer/src/column.js
function writeColumn({ writer, column, pageData }) {
  const { columnName, element, schemaPath, stats, pageSize, dictionarySize, encoding: userEncoding } = column;
  const { type, type_length } = element;
  if (!type) throw new Error(`column ${columnName} cannot determine type`);
  const { values, definitionLevels, repetitionLevels, maxDefinitionLevel } = pageData;
  const offsetStart = writer.offset;
  let uncompressedSize = 0;
  const encodings = [];
  const isGeospatial = element?.logical_type?.type === "GEOMETRY" || element?.logical_type?.type === "GEOGRAPHY";
  const geospatial_statistics = stats && isGeospatial ? geospatialStatistics(values) : void 0;
  let bloomFilter;
  if (column.bloomFilter) {
    const opts = typeof column.bloomFilter === "object" ? column.bloomFilter : void 0;
    const builder = new BloomBuilder(element, opts);
    for (const v of values) builder.insert(v);
    bloomFilter = builder.finalize();
  }
  let dictionary_page_offset;
  const selectPhysical = element.converted_type !== "UTF8";
  const dictionaryValues = selectPhysical ? unconvert(element, values) : values;
  if (type === "INT64") {
    const unsigned = element.converted_type === "UINT_64" || element.logical_type?.type === "INTEGER" && !element.logical_type.isSigned;
    const min = unsigned ? 0n : -(2n ** 63n);
    const max = unsigned ? 2n ** 64n - 1n : 2n ** 63n - 1n;
    for (const value of dictionaryValues) {
      if (value !== null && value !== void 0 && (value < min || value > max)) {
        throw new RangeError(`parquet INT64 value out of range: ${value}`);
      }
    }
  }
  const statisticsValues = element.converted_type === "JSON" ? dictionaryValues : values;
  const statistics = stats ? getStatistics(statisticsValues, element) : void 0;
  const { dictionary, indexes } = useDictionary(
    dictionaryValues,
    type,
    type_length,
    userEncoding,
    dictionarySize,
    maxDefinitionLevel === 0
  );
  let encoding;
  let writeValues;
  let writeType = type;
  if (dictionary && indexes) {
    writeValues = indexes;
    writeType = "INT32";
    encoding = "RLE_DICTIONARY";
    dictionary_page_offset = BigInt(writer.offset);
    const unconverted = selectPhysical ? dictionary : unconvert(element, dictionary);
    uncompressedSize += writeDictionaryPage(writer, column, unconverted);
    encodings.push("PLAIN");
  } else {
    writeValues = selectPhysical ? dictionaryValues : unconvert(element, values);
    encoding = userEncoding && userEncoding !== "RLE_DICTIONARY" ? userEncoding : type === "BOOLEAN" && values.length > 16 ? "RLE" : "PLAIN";
  }
  encodings.push(encoding);
  const pageBoundaries = getPageBoundaries(writeValues, writeType, type_length, pageSize, repetitionLevels);
  let columnIndex = column.columnIndex && pageBoundaries.length > 1 ? {
    null_pages: [],
    min_values: [],
    max_values: [],
    boundary_order: "UNORDERED",
    null_counts: [],
    nan_counts: isFloat(element) ? [] : void 0
  } : void 0;
  const offsetIndex = column.offsetIndex && pageBoundaries.length > 1 ? {
    page_locations: []
  } : void 0;
  const data_page_offset = BigInt(writer.offset);
  let first_row_index = 0n;
  let prevStart = 0;
  let prevMinValue;
  let prevMaxValue;
  let ascending = true;
  let descending = true;
  for (const { start, end } of pageBoundaries) {
    const pageOffset = writer.offset;
    const pageChunk = {
      values: writeValues.slice(start, end),
      definitionLevels: definitionLevels.slice(start, end),
      repetitionLevels: repetitionLevels.slice(start, end),
      maxDefinitionLevel
    };
    uncompressedSize += writeDataPageV2({ writer, column, encoding, pageData: pageChunk });
    if (columnIndex) {
      const pageValues = statisticsValues.slice(start, end);
      const { min_value, max_value, null_count = 0n, nan_count } = getStatistics(pageValues, element);
      const nullPage = null_count === BigInt(end - start);
      const minBytes = unconvertMinMax(min_value, element, false, column.statisticsTruncateLength);
      const maxBytes = unconvertMinMax(max_value, element, true, column.statisticsTruncateLength);
      if (!nullPage && (!minBytes || !maxBytes)) {
        columnIndex = void 0;
      } else {
        columnIndex.null_pages.push(nullPage);
        columnIndex.min_values.push(minBytes ?? new Uint8Array());
        columnIndex.max_values.push(maxBytes ?? new Uint8Array());
        columnIndex.null_counts?.push(null_count);
        if (nan_count !== void 0) columnIndex.nan_counts?.push(nan_count);
        if (prevMinValue !== void 0 && min_value !== void 0) {
          const order = compareValues(prevMinValue, min_value);
          if (order > 0) ascending = false;
          if (order < 0) descending = false;
        }
        if (prevMaxValue !== void 0 && max_value !== void 0) {
          const order = compareValues(prevMaxValue, max_value);
          if (order > 0) ascending = false;
          if (order < 0) descending = false;
        }
        prevMinValue = min_value;
        prevMaxValue = max_value;
      }
    }
    if (offsetIndex) {
      if (repetitionLevels.length) {
        for (let i = prevStart + 1; i <= start; i++) {
          if (repetitionLevels[i] === 0) first_row_index++;
        }
      } else {
        first_row_index = BigInt(start);
      }
      offsetIndex.page_locations.push({
        offset: BigInt(pageOffset),
        compressed_page_size: writer.offset - pageOffset,
        first_row_index
      });
    }
    prevStart = start;
  }
  if (columnIndex) {
    if (ascending) columnIndex.boundary_order = "ASCENDING";
    else if (descending) columnIndex.boundary_order = "DESCENDING";
  }
  let encoding_stats;
  if (stats) {
    encoding_stats = [];
    if (dictionary_page_offset !== void 0) {
      encoding_stats.push({ page_type: "DICTIONARY_PAGE", encoding: "PLAIN", count: 1 });
    }
    encoding_stats.push({ page_type: "DATA_PAGE_V2", encoding, count: pageBoundaries.length });
  }
  return {
    chunk: {
      meta_data: {
        type,
        encodings,
        path_in_schema: schemaPath.slice(1).map((s) => s.name),
        codec: column.codec ?? "UNCOMPRESSED",
        num_values: BigInt(values.length),
        total_compressed_size: BigInt(writer.offset - offsetStart),
        total_uncompressed_size: BigInt(uncompressedSize),
        data_page_offset,
        dictionary_page_offset,
        statistics,
        encoding_stats,
        geospatial_statistics
      },
      file_offset: BigInt(offsetStart)
    },
    columnIndex,
    offsetIndex,
    bloomFilter
  };
}
function getPageBoundaries(values, type, type_length, pageSize, repetitionLevels = []) {
  if (!pageSize) {
    return [{ start: 0, end: values.length }];
  }
  const boundaries = [];
  let start = 0;
  let accumulatedBytes = 0;
  for (let i = 0; i < values.length; i++) {
    const valueSize = estimateValueSize(values[i], type, type_length);
    accumulatedBytes += valueSize;
    const rowStart = !repetitionLevels.length || repetitionLevels[i] === 0;
    if (accumulatedBytes >= pageSize && i > start && rowStart) {
      boundaries.push({ start, end: i });
      start = i;
      accumulatedBytes = valueSize;
    }
  }
  if (start < values.length) {
    boundaries.push({ start, end: values.length });
  }
  return boundaries;
}
function getStatistics(values, element) {
  let min_value = void 0;
  let max_value = void 0;
  let null_count = 0n;
  let nan_count = isFloat(element) ? 0n : void 0;
  for (const value of values) {
    if (value === null || value === void 0) {
      null_count++;
      continue;
    }
    const statisticValue = physicalStatistic(value, element);
    if (typeof statisticValue === "object" && !(statisticValue instanceof Uint8Array)) continue;
    if (typeof statisticValue === "number" && Number.isNaN(statisticValue)) {
      if (nan_count !== void 0) nan_count++;
      continue;
    }
    if (min_value === void 0 || compareValues(statisticValue, min_value) < 0) min_value = statisticValue;
    if (max_value === void 0 || compareValues(statisticValue, max_value) > 0) max_value = statisticValue;
  }
  if (min_value === 0) min_value = -0;
  if (max_value === 0) max_value = 0;
  return { min_value, max_value, null_count, nan_count };
}
function isFloat({ type, logical_type }) {
  return type === "FLOAT" || type === "DOUBLE" || logical_type?.type === "FLOAT16";
}
function physicalStatistic(value, element) {
  if (element.converted_type === "DECIMAL" && typeof value === "number") {
    return BigInt(Math.round(value * 10 ** (element.scale || 0)));
  }
  if (value instanceof Date && (element.type === "INT32" || element.type === "INT64")) {
    return unconvert(element, [value])[0];
  }
  return value;
}
function compareValues(left, right) {
  if (left instanceof Uint8Array && right instanceof Uint8Array) {
    const length = Math.min(left.length, right.length);
    for (let i = 0; i < length; i += 1) {
      if (left[i] !== right[i]) return left[i] - right[i];
    }
    return left.length - right.length;
  }
  if (typeof left === "string" && typeof right === "string") return compareStrings(left, right);
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
function compareStrings(left, right) {
  if (left === right) return 0;
  const length = Math.min(left.length, right.length);
  let i = 0;
  while (i < length && left.charCodeAt(i) === right.charCodeAt(i)) i++;
  if (i > 0) {
    const prev = left.charCodeAt(i - 1);
    if (prev >= 55296 && prev <= 56319) i--;
  }
  while (i < left.length && i < right.length) {
    const a = codePointAt(left, i);
    const b = codePointAt(right, i);
    if (a !== b) return a - b;
    i += a > 65535 ? 2 : 1;
  }
  return left.length - right.length;
}
function codePointAt(str, i) {
  const code = str.codePointAt(i) ?? 65533;
  return code >= 55296 && code <= 57343 ? 65533 : code;
}

// node_modules/hyparquet-writer/src/dremel.js
function encodeNestedValues(treePath, rows) {
  const schemaPath = treePath.map((n) => n.element);
  if (treePath.length < 2) throw new Error("parquet schema path must include column");
  const definitionLevels = [];
  const repetitionLevels = [];
  const maxDefinitionLevel = getMaxDefinitionLevel(treePath);
  if (treePath.length === 2 && maxDefinitionLevel === 0) {
    return { values: rows, definitionLevels, repetitionLevels, maxDefinitionLevel };
  }
  if (treePath.length === 2 && maxDefinitionLevel === 1) {
    const definitionLevels2 = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      definitionLevels2[i] = rows[i] === null || rows[i] === void 0 ? 0 : 1;
    }
    return { values: rows, definitionLevels: definitionLevels2, repetitionLevels, maxDefinitionLevel };
  }
  const repLevelPrior = new Array(treePath.length);
  let repeatedCount = 0;
  for (let i = 0; i < treePath.length; i++) {
    repLevelPrior[i] = repeatedCount;
    if (schemaPath[i].repetition_type === "REPEATED") repeatedCount++;
  }
  const values = [];
  for (const row of rows) {
    visit2(1, row, 0, 0, false);
  }
  return { values, definitionLevels, repetitionLevels, maxDefinitionLevel };
  function visit2(depth, value, defLevel, repLevel, allowNull) {
    const element = schemaPath[depth];
    const repetition = element.repetition_type || "REQUIRED";
    if (depth === treePath.length - 1) {
      if (value === null || value === void 0) {
        if (repetition === "REQUIRED" && !allowNull) {
          throw new Error("parquet required value is undefined");
        }
        definitionLevels.push(defLevel);
      } else {
        definitionLevels.push(repetition === "REQUIRED" ? defLevel : defLevel + 1);
      }
      repetitionLevels.push(repLevel);
      values.push(value);
      return;
    }
    if (repetition === "REPEATED") {
      if (value === null || value === void 0) {
        if (!allowNull) throw new Error("parquet required value is undefined");
        visit2(depth + 1, void 0, defLevel, repLevel, true);
        return;
      }
      if (!Array.isArray(value)) {
        throw new Error(`parquet repeated field ${element.name} must be an array`);
      }
      if (!value.length) {
        visit2(depth + 1, void 0, defLevel, repLevel, true);
        return;
      }
      const isMapEntry = isMapLike(treePath[depth - 1]);
      const childElement = schemaPath[depth + 1];
      for (let i = 0; i < value.length; i++) {
        let childValue = value[i];
        if (isMapEntry && childValue && typeof childValue === "object" && childElement) {
          childValue = childValue[childElement.name];
        }
        const childRep = i === 0 ? repLevel : repLevelPrior[depth] + 1;
        visit2(depth + 1, childValue, defLevel + 1, childRep, false);
      }
      return;
    }
    if (repetition === "OPTIONAL") {
      if (value === null || value === void 0) {
        visit2(depth + 1, void 0, defLevel, repLevel, true);
      } else {
        const childValue = getChildValue(depth, value);
        const childIsNull = childValue === null || childValue === void 0;
        const isLogicalContainer = isListLike(treePath[depth]) || isMapLike(treePath[depth]);
        const isStruct = element.num_children && !element.type && !isLogicalContainer;
        const nextDef = isStruct || !childIsNull ? defLevel + 1 : defLevel;
        visit2(depth + 1, childValue, nextDef, repLevel, childIsNull);
      }
      return;
    }
    if (value === null || value === void 0) {
      if (!allowNull) throw new Error("parquet required value is undefined");
      visit2(depth + 1, void 0, defLevel, repLevel, true);
    } else {
      visit2(depth + 1, getChildValue(depth, value), defLevel, repLevel, false);
    }
  }
  function getChildValue(depth, currentValue) {
    if (currentValue === null || currentValue === void 0) return void 0;
    const child = schemaPath[depth + 1];
    if (!child) return void 0;
    if (isListLike(treePath[depth])) return currentValue;
    if (isMapLike(treePath[depth])) {
      return normalizeMap(currentValue, schemaPath[depth]);
    }
    if (typeof currentValue === "object" && !Array.isArray(currentValue)) {
      return currentValue[child.name];
    }
    throw new Error(`parquet expected struct, got ${currentValue}`);
  }
}
function normalizeMap(value, element) {
  if (value instanceof Map) {
    return Array.from(value.entries(), ([k, v]) => ({ key: k, value: v }));
  }
  if (Array.isArray(value)) {
    return value.map((entry) => {
      if (entry && typeof entry === "object" && "key" in entry && "value" in entry) {
        return entry;
      }
      if (Array.isArray(entry) && entry.length === 2) {
        return { key: entry[0], value: entry[1] };
      }
      throw new Error("parquet map entry must provide key and value");
    });
  }
  if (typeof value === "object") {
    return Object.entries(value).map(([k, v]) => ({ key: k, value: v }));
  }
  throw new Error(`parquet map field ${element.name} must be Map, array, or object`);
}

// node_modules/hyparquet-writer/src/indexes.js
function writeIndexes(writer, pageIndexes) {
  for (const { chunk, columnIndex } of pageIndexes) {
    writeColumnIndex(writer, chunk, columnIndex);
  }
  for (const { chunk, offsetIndex } of pageIndexes) {
    writeOffsetIndex(writer, chunk, offsetIndex);
  }
}
function writeColumnIndex(writer, columnChunk, columnIndex) {
  if (!columnIndex || columnIndex.min_values.length <= 1) return;
  const columnIndexOffset = writer.offset;
  serializeTCompactProtocol(writer, {
    field_1: columnIndex.null_pages,
    field_2: columnIndex.min_values,
    field_3: columnIndex.max_values,
    field_4: BoundaryOrders.indexOf(columnIndex.boundary_order),
    field_5: columnIndex.null_counts,
    field_8: columnIndex.nan_counts
  });
  columnChunk.column_index_offset = BigInt(columnIndexOffset);
  columnChunk.column_index_length = writer.offset - columnIndexOffset;
}
function writeOffsetIndex(writer, columnChunk, offsetIndex) {
  if (!offsetIndex || offsetIndex.page_locations.length <= 1) return;
  const offsetIndexOffset = writer.offset;
  serializeTCompactProtocol(writer, {
    field_1: offsetIndex.page_locations.map((p) => ({
      field_1: p.offset,
      field_2: p.compressed_page_size,
      field_3: p.first_row_index
    }))
  });
  columnChunk.offset_index_offset = BigInt(offsetIndexOffset);
  columnChunk.offset_index_length = writer.offset - offsetIndexOffset;
}

// node_modules/hyparquet-writer/src/metadata.js
function writeMetadata(writer, metadata, statisticsTruncateLength) {
  const resolveSchemaPath = schemaPathResolver(metadata.schema);
  const compact = {
    field_1: metadata.version,
    field_2: metadata.schema.map((element) => ({
      field_1: element.type && ParquetTypes.indexOf(element.type),
      field_2: element.type_length,
      field_3: element.repetition_type && FieldRepetitionTypes.indexOf(element.repetition_type),
      field_4: element.name,
      field_5: element.num_children,
      field_6: element.converted_type && ConvertedTypes.indexOf(element.converted_type),
      field_7: element.scale,
      field_8: element.precision,
      field_9: element.field_id,
      field_10: logicalType(element.logical_type)
    })),
    field_3: metadata.num_rows,
    field_4: metadata.row_groups.map((rg) => ({
      field_1: rg.columns.map((c) => ({
        field_1: c.file_path,
        field_2: c.file_offset,
        field_3: c.meta_data && {
          field_1: ParquetTypes.indexOf(c.meta_data.type),
          field_2: c.meta_data.encodings.map((e) => Encodings.indexOf(e)),
          field_3: c.meta_data.path_in_schema,
          field_4: CompressionCodecs.indexOf(c.meta_data.codec),
          field_5: c.meta_data.num_values,
          field_6: c.meta_data.total_uncompressed_size,
          field_7: c.meta_data.total_compressed_size,
          field_8: c.meta_data.key_value_metadata && c.meta_data.key_value_metadata.map((kv) => ({
            field_1: kv.key,
            field_2: kv.value
          })),
          field_9: c.meta_data.data_page_offset,
          field_10: c.meta_data.index_page_offset,
          field_11: c.meta_data.dictionary_page_offset,
          field_12: c.meta_data.statistics && unconvertStatistics(
            c.meta_data.statistics,
            schemaElement(c.meta_data.path_in_schema),
            statisticsTruncateLength
          ),
          field_13: c.meta_data.encoding_stats && c.meta_data.encoding_stats.map((es) => ({
            field_1: PageTypes.indexOf(es.page_type),
            field_2: Encodings.indexOf(es.encoding),
            field_3: es.count
          })),
          field_14: c.meta_data.bloom_filter_offset,
          field_15: c.meta_data.bloom_filter_length,
          field_16: c.meta_data.size_statistics && {
            field_1: c.meta_data.size_statistics.unencoded_byte_array_data_bytes,
            field_2: c.meta_data.size_statistics.repetition_level_histogram,
            field_3: c.meta_data.size_statistics.definition_level_histogram
          },
          field_17: c.meta_data.geospatial_statistics && {
            field_1: c.meta_data.geospatial_statistics.bbox && thriftBoundingBox(c.meta_data.geospatial_statistics.bbox),
            field_2: c.meta_data.geospatial_statistics.geospatial_types
          }
        },
        field_4: c.offset_index_offset,
        field_5: c.offset_index_length,
        field_6: c.column_index_offset,
        field_7: c.column_index_length,
        // field_8: c.crypto_metadata,
        field_9: c.encrypted_column_metadata
      })),
      field_2: rg.total_byte_size,
      field_3: rg.num_rows,
      field_4: rg.sorting_columns && rg.sorting_columns.map((sc) => ({
        field_1: sc.column_idx,
        field_2: sc.descending,
        field_3: sc.nulls_first
      })),
      field_5: rg.file_offset,
      field_6: rg.total_compressed_size
      // field_7: rg.ordinal, // should be int16
    })),
    field_5: metadata.key_value_metadata && metadata.key_value_metadata.map((kv) => ({
      field_1: kv.key,
      field_2: kv.value
    })),
    field_6: metadata.created_by,
    field_7: metadata.schema.filter((element) => element.type).map(() => ({ field_1: {} }))
  };
  const metadataStart = writer.offset;
  serializeTCompactProtocol(writer, compact);
  const metadataLength = writer.offset - metadataStart;
  writer.appendUint32(metadataLength);
  function schemaElement(path3) {
    const tree = resolveSchemaPath(path3);
    return tree[tree.length - 1].element;
  }
}
function thriftBoundingBox(bbox) {
  return new ThriftStruct([
    [1, DOUBLE, bbox.xmin],
    [2, DOUBLE, bbox.xmax],
    [3, DOUBLE, bbox.ymin],
    [4, DOUBLE, bbox.ymax],
    [5, DOUBLE, bbox.zmin],
    [6, DOUBLE, bbox.zmax],
    [7, DOUBLE, bbox.mmin],
    [8, DOUBLE, bbox.mmax]
  ]);
}
function logicalType(type) {
  if (!type) return;
  if (type.type === "STRING") return { field_1: {} };
  if (type.type === "MAP") return { field_2: {} };
  if (type.type === "LIST") return { field_3: {} };
  if (type.type === "ENUM") return { field_4: {} };
  if (type.type === "DECIMAL") return { field_5: {
    field_1: type.scale,
    field_2: type.precision
  } };
  if (type.type === "DATE") return { field_6: {} };
  if (type.type === "TIME") return { field_7: {
    field_1: type.isAdjustedToUTC,
    field_2: timeUnit(type.unit)
  } };
  if (type.type === "TIMESTAMP") return { field_8: {
    field_1: type.isAdjustedToUTC,
    field_2: timeUnit(type.unit)
  } };
  if (type.type === "INTEGER") return { field_10: {
    field_1: type.bitWidth,
    field_2: type.isSigned
  } };
  if (type.type === "NULL") return { field_11: {} };
  if (type.type === "JSON") return { field_12: {} };
  if (type.type === "BSON") return { field_13: {} };
  if (type.type === "UUID") return { field_14: {} };
  if (type.type === "FLOAT16") return { field_15: {} };
  if (type.type === "VARIANT") return { field_16: {} };
  if (type.type === "GEOMETRY") return { field_17: {
    field_1: type.crs
  } };
  if (type.type === "GEOGRAPHY") return { field_18: {
    field_1: type.crs,
    field_2: type.algorithm && EdgeInterpolationAlgorithms.indexOf(type.algorithm)
  } };
}
function timeUnit(unit) {
  if (unit === "NANOS") return { field_3: {} };
  if (unit === "MICROS") return { field_2: {} };
  return { field_1: {} };
}

// node_modules/hyparquet-writer/src/snappy.js
var MAX_HASH_TABLE_BITS = 14;
var MAX_OFFSET = 65535;
var globalHashTables = new Array(MAX_HASH_TABLE_BITS + 1);
function snappyCompress(input2) {
  const writer = new ByteWriter();
  writer.appendVarInt(input2.length);
  compressInput(writer, input2);
  return writer.getBytes();
}
function hashFunc(key, hashFuncShift) {
  return Math.imul(key, 506832829) >>> hashFuncShift;
}
function load32(array2, pos) {
  return array2[pos] + (array2[pos + 1] << 8) + (array2[pos + 2] << 16) + (array2[pos + 3] << 24);
}
function equals32(array2, pos1, pos2) {
  return array2[pos1] === array2[pos2] && array2[pos1 + 1] === array2[pos2 + 1] && array2[pos1 + 2] === array2[pos2 + 2] && array2[pos1 + 3] === array2[pos2 + 3];
}
function emitLiteral(writer, input2, ip, len) {
  if (len <= 60) {
    writer.appendUint8(len - 1 << 2);
  } else {
    const value = len - 1;
    const bytes = value < 256 ? 1 : value < 65536 ? 2 : value < 16777216 ? 3 : 4;
    writer.appendUint8(59 + bytes << 2);
    for (let i = 0; i < bytes; i++) {
      writer.appendUint8(value >>> i * 8);
    }
  }
  writer.appendBytes(input2.subarray(ip, ip + len));
}
function emitCopyLessThan64(writer, offset, len) {
  if (len < 12 && offset < 2048) {
    writer.appendUint8(1 + (len - 4 << 2) + (offset >>> 8 << 5));
    writer.appendUint8(offset & 255);
  } else {
    writer.appendUint8(2 + (len - 1 << 2));
    writer.appendUint8(offset & 255);
    writer.appendUint8(offset >>> 8);
  }
}
function emitCopy(writer, offset, len) {
  while (len >= 68) {
    emitCopyLessThan64(writer, offset, 64);
    len -= 64;
  }
  if (len > 64) {
    emitCopyLessThan64(writer, offset, 60);
    len -= 60;
  }
  emitCopyLessThan64(writer, offset, len);
}
function compressInput(writer, input2) {
  const inputSize = input2.length;
  let hashTableBits = 1;
  while (1 << hashTableBits <= inputSize && hashTableBits <= MAX_HASH_TABLE_BITS) {
    hashTableBits++;
  }
  hashTableBits--;
  const hashFuncShift = 32 - hashTableBits;
  globalHashTables[hashTableBits] ??= new Uint32Array(1 << hashTableBits);
  const hashTable = globalHashTables[hashTableBits];
  hashTable.fill(0);
  const ipEnd = inputSize;
  let ipLimit;
  let ip = 0;
  let nextEmit = 0;
  let hash2, nextHash;
  let nextIp, candidate, skip;
  let bytesBetweenHashLookups;
  let base, matched, offset;
  let prevHash, curHash;
  let flag = true;
  const INPUT_MARGIN = 15;
  if (inputSize >= INPUT_MARGIN) {
    ipLimit = ipEnd - INPUT_MARGIN;
    ip++;
    nextHash = hashFunc(load32(input2, ip), hashFuncShift);
    while (flag) {
      skip = 32;
      nextIp = ip;
      do {
        ip = nextIp;
        hash2 = nextHash;
        bytesBetweenHashLookups = skip >>> 5;
        skip++;
        nextIp = ip + bytesBetweenHashLookups;
        if (ip > ipLimit) {
          flag = false;
          break;
        }
        nextHash = hashFunc(load32(input2, nextIp), hashFuncShift);
        candidate = hashTable[hash2];
        hashTable[hash2] = ip;
      } while (ip - candidate > MAX_OFFSET || !equals32(input2, ip, candidate));
      if (!flag) {
        break;
      }
      emitLiteral(writer, input2, nextEmit, ip - nextEmit);
      do {
        base = ip;
        matched = 4;
        while (ip + matched < ipEnd && input2[ip + matched] === input2[candidate + matched]) {
          matched++;
        }
        ip += matched;
        offset = base - candidate;
        emitCopy(writer, offset, matched);
        nextEmit = ip;
        if (ip >= ipLimit) {
          flag = false;
          break;
        }
        prevHash = hashFunc(load32(input2, ip - 1), hashFuncShift);
        hashTable[prevHash] = ip - 1;
        curHash = hashFunc(load32(input2, ip), hashFuncShift);
        candidate = hashTable[curHash];
        hashTable[curHash] = ip;
      } while (ip - candidate <= MAX_OFFSET && equals32(input2, ip, candidate));
      if (!flag) {
        break;
      }
      ip++;
      nextHash = hashFunc(load32(input2, ip), hashFuncShift);
    }
  }
  if (nextEmit < ipEnd) {
    emitLiteral(writer, input2, nextEmit, ipEnd - nextEmit);
  }
}

// node_modules/hyparquet-writer/src/parquet-writer.js
var ParquetWriter = class {
  /**
   * @param {object} options
   * @param {Writer} options.writer
   * @param {SchemaElement[]} options.schema
   * @param {CompressionCodec} [options.codec]
   * @param {Compressors} [options.compressors]
   * @param {boolean} [options.statistics]
   * @param {number} [options.statisticsTruncateLength]
   * @param {KeyValue[]} [options.kvMetadata]
   * @param {string} [options.createdBy]
   */
  constructor({ writer, schema, codec: codec2 = "SNAPPY", compressors, statistics = true, statisticsTruncateLength, kvMetadata, createdBy = "hyparquet" }) {
    if (statisticsTruncateLength !== void 0 && statisticsTruncateLength !== Infinity && !(Number.isInteger(statisticsTruncateLength) && statisticsTruncateLength > 0)) {
      throw new Error("statisticsTruncateLength must be a positive integer or Infinity");
    }
    this.writer = writer;
    this.schema = schema;
    this.codec = codec2;
    this.compressors = { SNAPPY: snappyCompress, ...compressors };
    this.statistics = statistics;
    this.statisticsTruncateLength = statisticsTruncateLength;
    this.kvMetadata = kvMetadata;
    this.createdBy = createdBy;
    this.row_groups = [];
    this.num_rows = 0n;
    this.pendingIndexes = [];
    this.writer.appendUint32(827474256);
  }
  /**
   * Write data to the file.
   * Will split data into row groups of the specified size.
   * Calls writer.flush() (if defined) after each row group; if it returns a
   * Promise, subsequent row groups await it before encoding more data.
   *
   * @param {object} options
   * @param {ColumnSource[]} options.columnData
   * @param {number | number[]} [options.rowGroupSize]
   * @param {number} [options.pageSize]
   * @param {number} [options.dictionarySize]
   * @returns {void | Promise<void>}
   */
  write({ columnData, rowGroupSize = [1e3, 1e5], pageSize = 1048576, dictionarySize }) {
    for (const { codec: codec2 = this.codec } of columnData) {
      if (codec2 !== "UNCOMPRESSED" && !this.compressors[codec2]) {
        throw new Error(`parquet no compressor for codec ${codec2}`);
      }
    }
    const columnDataRows = columnData[0]?.data?.length || 0;
    const resolveSchemaPath = schemaPathResolver(this.schema);
    let pending;
    for (const { groupStartIndex, groupSize: groupSize2 } of groupIterator({ columnDataRows, rowGroupSize })) {
      const writeGroup = () => {
        const groupStartOffset = this.writer.offset;
        const columns = [];
        for (let j = 0; j < columnData.length; j++) {
          const { name, data, encoding, codec: codec2 = this.codec, columnIndex = false, offsetIndex = true, shredding, bloomFilter, statistics = this.statistics } = columnData[j];
          if (columnIndex && !offsetIndex) {
            throw new Error("parquet ColumnIndex cannot be present without OffsetIndex");
          }
          if (data.length !== columnDataRows) {
            throw new Error("parquet columns must have the same length");
          }
          const groupData = data.slice(groupStartIndex, groupStartIndex + groupSize2);
          const columnPath = resolveSchemaPath([name]);
          const leafPaths = getLeafSchemaPaths(columnPath);
          const columnElement = columnPath.at(-1)?.element;
          const shreddingConfig = shredding && shredding !== true ? shredding : void 0;
          const isVariant = columnElement?.logical_type?.type === "VARIANT";
          const isRequired = columnElement?.repetition_type === "REQUIRED";
          const rows = isVariant ? encodeVariantColumn(Array.from(groupData), shreddingConfig, { name, required: isRequired }) : groupData;
          for (const leafPath of leafPaths) {
            const schemaPath = leafPath.map((node) => node.element);
            const column = {
              columnName: schemaPath.slice(1).map((s) => s.name).join("."),
              element: schemaPath[schemaPath.length - 1],
              schemaPath,
              codec: codec2,
              compressors: this.compressors,
              stats: statistics,
              statisticsTruncateLength: this.statisticsTruncateLength,
              pageSize,
              dictionarySize,
              columnIndex,
              offsetIndex,
              encoding,
              bloomFilter
            };
            const pageData = encodeNestedValues(leafPath, rows);
            const result = writeColumn({
              writer: this.writer,
              column,
              pageData
            });
            columns.push(result.chunk);
            this.pendingIndexes.push(result);
          }
        }
        let total_byte_size = 0n;
        for (const { meta_data } of columns) total_byte_size += meta_data?.total_uncompressed_size ?? 0n;
        this.num_rows += BigInt(groupSize2);
        this.row_groups.push({
          columns,
          total_byte_size,
          num_rows: BigInt(groupSize2),
          total_compressed_size: BigInt(this.writer.offset - groupStartOffset)
        });
        return this.writer.flush?.();
      };
      if (pending) {
        pending = pending.then(writeGroup);
      } else {
        const r = writeGroup();
        if (r) pending = Promise.resolve(r);
      }
    }
    return pending;
  }
  /**
   * Finish writing the file.
   *
   * @returns {void | Promise<void>}
   */
  finish() {
    writeIndexes(this.writer, this.pendingIndexes);
    writeBlooms(this.writer, this.pendingIndexes);
    const metadata = {
      version: 2,
      created_by: this.createdBy,
      schema: this.schema,
      num_rows: this.num_rows,
      row_groups: this.row_groups,
      metadata_length: 0,
      key_value_metadata: this.kvMetadata
    };
    delete metadata.metadata_length;
    writeMetadata(this.writer, metadata, this.statisticsTruncateLength);
    this.writer.appendUint32(827474256);
    return this.writer.finish();
  }
};
function groupSize(rowGroupSize, i) {
  return Array.isArray(rowGroupSize) ? rowGroupSize[Math.min(i, rowGroupSize.length - 1)] : rowGroupSize;
}
function groupIterator({ columnDataRows, rowGroupSize }) {
  if (Array.isArray(rowGroupSize) && !rowGroupSize.length) {
    throw new Error("rowGroupSize array cannot be empty");
  }
  const groups = [];
  let groupIndex = 0;
  let groupStartIndex = 0;
  while (groupStartIndex < columnDataRows) {
    const size = groupSize(rowGroupSize, groupIndex);
    groups.push({ groupStartIndex, groupSize: Math.min(size, columnDataRows - groupStartIndex) });
    groupStartIndex += size;
    groupIndex++;
  }
  return groups;
}
function getLeafSchemaPaths(schemaPath) {
  const leaves = [];
  dfs(schemaPath);
  return leaves;
  function dfs(path3) {
    const node = path3[path3.length - 1];
    if (!node.children.length) {
      leaves.push(path3);
      return;
    }
    for (const child of node.children) {
      dfs([...path3, child]);
    }
  }
}

// node_modules/hyparquet-writer/src/write.js
function parquetWrite({
  writer,
  columnData,
  schema,
  codec: codec2 = "SNAPPY",
  compressors,
  statistics = true,
  statisticsTruncateLength,
  rowGroupSize = [1e3, 1e5],
  kvMetadata,
  createdBy,
  pageSize = 1048576,
  dictionarySize
}) {
  columnData = columnData.map((col) => {
    if (col.shredding === true && col.type === "VARIANT") {
      const detected = autoDetectShredding(Array.from(col.data));
      return detected ? { ...col, shredding: detected } : { ...col, shredding: void 0 };
    }
    if (col.shredding !== void 0 && col.shredding !== true && col.type === "VARIANT") {
      const shredding = normalizeShreddingConfig(col.shredding);
      return shredding ? { ...col, shredding } : { ...col, shredding: void 0 };
    }
    return col;
  });
  if (!schema) {
    schema = schemaFromColumnData({ columnData });
  } else if (columnData.some(({ type }) => type)) {
    throw new Error("cannot provide both schema and columnData type");
  } else {
  }
  const pq = new ParquetWriter({
    writer,
    schema,
    codec: codec2,
    compressors,
    statistics,
    statisticsTruncateLength,
    kvMetadata,
    createdBy
  });
  const w = pq.write({
    columnData,
    rowGroupSize,
    pageSize,
    dictionarySize
  });
  return w ? w.then(() => pq.finish()) : pq.finish();
}
function parquetWriteBuffer(options) {
  const writer = new ByteWriter();
  parquetWrite({ ...options, writer });
  return writer.getBuffer();
}

// src/report/scores-parquet.ts
var ROW_GROUP_ROWS = 1e6;
function scoresParquet(rows, doc) {
  const buffer = parquetWriteBuffer({
    rowGroupSize: ROW_GROUP_ROWS,
    columnData: [
      { name: "model", data: rows.model, type: "STRING", nullable: false, encoding: "RLE_DICTIONARY" },
      { name: "scenario", data: rows.scenario, type: "STRING", nullable: false, encoding: "RLE_DICTIONARY" },
      { name: "score", data: rows.score, type: "DOUBLE", nullable: false }
    ],
    kvMetadata: [
      { key: "benchbench.catalog_hash", value: doc.catalog.hash },
      { key: "benchbench.method", value: JSON.stringify(doc.method) },
      { key: "benchbench.generator", value: doc.generator }
    ],
    createdBy: doc.generator
  });
  return new Uint8Array(buffer);
}

// src/report/site/seriate.ts
function clusteredOrder(n, agreement) {
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const leafDistance = (i, j) => {
    const a = agreement(i, j);
    return a === null || !Number.isFinite(a) ? 1 : 1 - a;
  };
  const base = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) base[i * n + j] = base[j * n + i] = leafDistance(i, j);
  const d = Float64Array.from(base);
  const size = new Int32Array(n).fill(1);
  const leaves = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Uint8Array(n).fill(1);
  for (let merges = 0; merges < n - 1; merges++) {
    let bi = -1;
    let bj = -1;
    let best = Infinity;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && d[i * n + j] < best) [best, bi, bj] = [d[i * n + j], i, j];
      }
    }
    leaves[bi] = join(leaves[bi], leaves[bj], base, n);
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const v = (size[bi] * d[k * n + bi] + size[bj] * d[k * n + bj]) / (size[bi] + size[bj]);
      d[k * n + bi] = d[bi * n + k] = v;
    }
    size[bi] = size[bi] + size[bj];
    alive[bj] = 0;
  }
  return leaves[alive.indexOf(1)];
}
function join(a, b, base, n) {
  const options = [
    [a, b],
    [a, [...b].reverse()],
    [[...a].reverse(), b],
    [[...a].reverse(), [...b].reverse()]
  ];
  let best = options[0];
  let bestD = Infinity;
  for (const option of options) {
    const dist = base[option[0][option[0].length - 1] * n + option[1][0]];
    if (dist < bestD) [best, bestD] = [option, dist];
  }
  return [...best[0], ...best[1]];
}

// src/pipeline/build-site.ts
var DEFAULT_MAX_PAIR_SCENARIOS = 200;
var DEFAULT_HEATMAP_SIZE = 100;
function buildSite(scores, options = {}) {
  return buildSiteWithData(scores, options).files;
}
function buildSiteWithData(scores, options = {}) {
  const { matrix, leaderboard } = scores;
  const method = leaderboard.method;
  const byModels = scenariosByModels(matrix);
  const pairScenarios = byModels.slice(0, options.maxPairScenarios ?? DEFAULT_MAX_PAIR_SCENARIOS);
  const ranking = aggregateRow(scores);
  const pairs = pairwiseAgreements(matrix, method, pairScenarios, ranking, options.onProgress);
  const document = leaderboardDocument(scores, pairs, pairScenarios);
  const inPairs = new Set(pairScenarios);
  const heatIds = byModels.filter((s) => inPairs.has(s)).slice(0, options.heatmapSize ?? DEFAULT_HEATMAP_SIZE);
  const page = {
    ...withoutPairs(document),
    boards: document.boards.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({
        ...r,
        plausibility: { ...r.plausibility, flagged: r.plausibility.flagged.slice(0, PAGE_FLAGGED_ROWS) }
      }))
    })),
    model_names: Object.fromEntries(Object.entries(document.model_names).filter(([id, name]) => id !== name)),
    shape: {
      models: [...matrix.models],
      scenarios: [...matrix.scenarios],
      lower_is_better: matrix.scenarios.filter((id) => scores.info.get(id)?.scenario.direction === "lower")
    },
    example_csv: exampleCsv(document, matrix),
    method_line: methodLine(method),
    aggregate_min_scenarios_per_model: scores.catalog.config.aggregate.minScenariosPerModel,
    model_aliases: Object.fromEntries(
      [...scores.catalog.registry.aliases].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    ),
    model_naming: scores.catalog.config.modelNames,
    limits: scores.catalog.config.limits,
    heatmap: heatmapData(heatIds, document.pairs, pairScenarios.length),
    closest: closestData(pairScenarios, pairs, options.closest ?? 10)
  };
  const files = new Map([
    ["leaderboard.json", JSON.stringify(document, null, 2) + "\n"],
    [LEADERBOARD_SCHEMA_FILE, leaderboardJsonSchema()],
    ["LEADERBOARD.md", leaderboardMarkdown(document, method)],
    ...renderSite(page, packJson, options.title),
    ...badgeFiles(document),
    [SCORES_PARQUET, scoresParquet(catalogScoreRows(scores), document)]
  ]);
  return { files, document, pairs };
}
var packJson = (json3) => deflateRawSync(json3, { level: 9 }).toString("base64");
function catalogScoreRows({ info }) {
  const model = [];
  const scenario = [];
  const values = [];
  const byId = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  for (const id of [...info.keys()].sort(byId)) {
    const scores = info.get(id).scenario.scores;
    for (const m of [...scores.keys()].sort(byId)) {
      const v = scores.get(m);
      if (Number.isNaN(v)) continue;
      model.push(m);
      scenario.push(id);
      values.push(v);
    }
  }
  return { model, scenario, score: Float64Array.from(values) };
}
function exampleCsv(document, matrix) {
  const row = document.boards[0]?.rows.find((r) => r.z !== null);
  const s = row ? matrix.scenarios.indexOf(row.scenario) : -1;
  const quote = (t) => /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  const lines = [];
  const n = matrix.models.length;
  for (let m = 0; s >= 0 && m < n && lines.length < 30; m++) {
    const v = matrix.values[s * n + m];
    if (!Number.isNaN(v)) lines.push(`${quote(matrix.models[m])},${v}`);
  }
  return ["model,my_benchmark", ...lines].join("\n") + "\n";
}
function withoutPairs(document) {
  const rest = { ...document };
  delete rest.pairs;
  return rest;
}
function scenariosByModels(matrix) {
  const n = matrix.models.length;
  const counts = matrix.scenarios.map((id, s) => {
    let c = 0;
    for (let m = 0; m < n; m++) if (!Number.isNaN(matrix.values[s * n + m])) c++;
    return { id, c };
  });
  return counts.sort((a, b) => b.c - a.c || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.id);
}
function heatmapData(ids, pairs, of) {
  const position = new Map(ids.map((s, i) => [s, i]));
  const n = ids.length;
  const grid = new Array(n * n).fill(null);
  for (let i = 0; i < n; i++) grid[i * n + i] = 1;
  for (const p of pairs) {
    const i = position.get(p.a);
    const j = position.get(p.b);
    if (i === void 0 || j === void 0) continue;
    grid[i * n + j] = grid[j * n + i] = p.agreement;
  }
  const order = clusteredOrder(n, (i, j) => grid[i * n + j] ?? null);
  const agreement = [];
  for (const i of order) for (const j of order) agreement.push(grid[i * n + j] ?? null);
  return { scenarios: order.map((i) => ids[i]), agreement, of };
}
function closestData(scenarios, pairs, limit) {
  const byScenario = new Map(scenarios.map((s) => [s, []]));
  for (const p of pairs) {
    byScenario.get(p.a)?.push(p);
    byScenario.get(p.b)?.push(p);
  }
  const out = {};
  for (const s of [...scenarios].sort()) {
    out[s] = rankSimilar(s, byScenario.get(s)).filter((c) => c.agreement !== null).slice(0, limit).map((c) => ({
      scenario: c.scenario,
      agreement: c.agreement,
      interval: c.interval,
      n_common: c.nCommon
    }));
  }
  return out;
}

// src/cli/serve-site.ts
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
var SERVE_HOST = "127.0.0.1";
var DEFAULT_SERVE_PORT = 8080;
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".parquet": "application/vnd.apache.parquet",
  ".svg": "image/svg+xml"
};
function fileOf(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(new URL(urlPath, "http://host").pathname);
  } catch {
    return null;
  }
  if (rel.includes("\0")) return null;
  const file2 = path.resolve(root, "." + (rel.endsWith("/") ? rel + "index.html" : rel));
  if (file2 !== root && !file2.startsWith(root + path.sep)) return null;
  try {
    return statSync(file2).isFile() ? file2 : null;
  } catch {
    return null;
  }
}
async function serveSite(dir, port) {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const file2 = fileOf(root, req.url ?? "/");
    if (!file2) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file2)] ?? "application/octet-stream",
      "content-length": statSync(file2).size,
      "cache-control": "no-cache"
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file2).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, SERVE_HOST, () => resolve());
  });
  const address = server.address();
  const bound = address !== null && typeof address === "object" ? address.port : port;
  return { server, url: `http://${SERVE_HOST}:${bound}/` };
}

// src/cli/commands/site.ts
function siteCommand() {
  return new Command("site").summary(
    "write the published leaderboard: leaderboard.json, LEADERBOARD.md, the web page and badges (or --serve it)"
  ).description(
    `Scores the catalog and writes, under --out, leaderboard.json (docs/leaderboard-json.md) and its JSON Schema (leaderboard.schema.json), LEADERBOARD.md, every score in scores.parquet, a static page (index.html and assets/) with a view per leaderboard, charts, an agreement heatmap and each benchmark's closest benchmarks (docs/site.md), and a shields.io endpoint badge per benchmark (badges/<scenario>.json). The page needs no other site: publish the folder with GitHub Pages, or open index.html from disk, where everything but what needs every score works (recomputing with another method, scoring your own file, scatter plots: the page cannot read scores.parquet from file://). --serve writes nothing and serves the site already in --out on http://${SERVE_HOST}:<port>/ until interrupted (Ctrl+C), with all of it working. An --out folder that is not empty is refused unless --force. Exit code 1 when the catalog has an error (the site is still written from its valid parts).`
  ).addOption(catalogOption()).requiredOption("--out <dir>", "where to write the site").addOption(
    new Option("--max-pairs <n>", "compare every pair among the n scenarios with the most models").argParser(wholeNumber("--max-pairs")).default(DEFAULT_MAX_PAIR_SCENARIOS)
  ).option("--title <text>", "the page title").addOption(forceOption("a site")).addOption(verboseOption()).addOption(presetOption()).option("--serve", `serve the site already in --out on ${SERVE_HOST} instead of writing one`).addOption(
    new Option("--port <n>", "the port --serve listens on (0: any free port)").argParser(wholeNumber("--port")).default(DEFAULT_SERVE_PORT)
  ).action(async (flags) => {
    if (flags.serve) return serve(flags.out, flags.port);
    if (existsSync(path2.join(flags.out, "benchbench.yaml")))
      throw new CliError(
        `${flags.out} holds a catalog (benchbench.yaml); write the site to another folder`
      );
    if (!flags.force && isNonEmptyFolder(flags.out))
      throw new CliError(`${flags.out} is not empty; pass --force to overwrite what is there`);
    const { catalog, issues } = await loadCatalogFolder(flags.catalog, flags.preset);
    const failed = reportIssues(issues, flags.verbose);
    if (catalog.benchmarks.length === 0) throw new CliError(`no benchmarks in ${flags.catalog}`, 1);
    const scoring = progress("scoring");
    const scores = scoreCatalog(catalog, void 0, scoring.update);
    scoring.done();
    const bar = progress("pairs");
    const files = buildSite(scores, {
      maxPairScenarios: flags.maxPairs,
      onProgress: bar.update,
      ...flags.title ? { title: flags.title } : {}
    });
    bar.done();
    writeFiles(flags.out, files, true);
    const tops = [...new Set([...files.keys()].map((f) => f.replace(/\/.*$/, "/")))].sort();
    process.stderr.write(`Wrote ${plural(files.size, "file")} (${tops.join(", ")}) to ${flags.out}
`);
    if (failed) process.exitCode = 1;
  });
}
async function serve(dir, port) {
  if (!existsSync(path2.join(dir, "index.html")))
    throw new CliError(
      `no site in ${dir} (no index.html): write one with benchbench site --out ${dir} first`
    );
  if (port > 65535) throw new CliError(`--port must be at most 65535, not ${port}`);
  let url2;
  try {
    ({ url: url2 } = await serveSite(dir, port));
  } catch (error) {
    throw new CliError(
      `cannot serve on ${SERVE_HOST}:${port}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  process.stderr.write(`Serving ${dir} at ${url2} (only this machine can reach it; Ctrl+C stops)
`);
  await new Promise(() => void 0);
}
var isNonEmptyFolder = (dir) => existsSync(dir) && statSync2(dir).isDirectory() && readdirSync(dir).length > 0;
export {
  siteCommand
};

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  writeFiles
} from "./chunk-XZLW32RQ.js";
import {
  LEADERBOARD_SCHEMA_FILE,
  leaderboardDocument,
  leaderboardJson,
  leaderboardJsonSchema,
  leaderboardMarkdown
} from "./chunk-WR3FC3SO.js";
import {
  pairwiseAgreements
} from "./chunk-362HKAXR.js";
import {
  escapeHtml,
  methodLine
} from "./chunk-2IWO7M66.js";
import "./chunk-CI7HPVOO.js";
import {
  rankSimilar
} from "./chunk-WQ3TMPBT.js";
import {
  scoredFolder
} from "./chunk-OIAFJMER.js";
import "./chunk-I2SOMBBY.js";
import "./chunk-WUSCOLWA.js";
import {
  aggregateRow,
  presetOption
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-BDPTSPK4.js";
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
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  Option,
  wholeNumber
} from "./chunk-UH3OXTXY.js";

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
function zColor(z) {
  if (z >= 1) return "brightgreen";
  if (z >= 0) return "green";
  if (z >= -1) return "yellow";
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

// src/report/site/page-data.ts
var PAGE_DATA_ID = "benchbench-data";
var PAGE_DATA_ENCODING = "deflate-raw+base64";
var SCORES_PARQUET = "scores.parquet";
var CHECKS_PARQUET = "checks.parquet";
var PAGE_FLAGGED_ROWS = 3;

// src/report/site/page-script.generated.ts
var PAGE_SCRIPT = '/*! d3-scale, d3-array, d3-format, d3-interpolate, d3-color (https://d3js.org), ISC License:\nCopyright 2010-2026 Mike Bostock\n\nPermission to use, copy, modify, and/or distribute this software for any purpose\nwith or without fee is hereby granted, provided that the above copyright notice\nand this permission notice appear in all copies.\n\nTHE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH\nREGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND\nFITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,\nINDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS\nOF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER\nTORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF\nTHIS SOFTWARE.\n*/\n"use strict";(()=>{var a6=Object.create;var Fn=Object.defineProperty;var o6=Object.getOwnPropertyDescriptor;var s6=Object.getOwnPropertyNames;var l6=Object.getPrototypeOf,u6=Object.prototype.hasOwnProperty;var c6=(e,r,t)=>r in e?Fn(e,r,{enumerable:!0,configurable:!0,writable:!0,value:t}):e[r]=t;var m=(e,r)=>()=>{try{return r||e((r={exports:{}}).exports,r),r.exports}catch(t){throw r=0,t}};var f6=(e,r,t,n)=>{if(r&&typeof r=="object"||typeof r=="function")for(let i of s6(r))!u6.call(e,i)&&i!==t&&Fn(e,i,{get:()=>r[i],enumerable:!(n=o6(r,i))||n.enumerable});return e};var Ua=(e,r,t)=>(t=e!=null?a6(l6(e)):{},f6(r||!e||!e.__esModule?Fn(t,"default",{value:e,enumerable:!0}):t,e));var T=(e,r,t)=>c6(e,typeof r!="symbol"?r+"":r,t);var Ls=m((HR,Cs)=>{"use strict";function h4(e){return e!==e}Cs.exports=h4});var C=m((DR,xs)=>{"use strict";var g4=Ls();xs.exports=g4});var Os=m((UR,Fs)=>{"use strict";var v4=Math.floor;Fs.exports=v4});var ie=m((GR,$s)=>{"use strict";var y4=Os();$s.exports=y4});var Hs=m((BR,Ps)=>{"use strict";var b4=Math.ceil;Ps.exports=b4});var Us=m((WR,Ds)=>{"use strict";var w4=Hs();Ds.exports=w4});var Bs=m((VR,Gs)=>{"use strict";var M4=ie(),S4=Us();function A4(e){return e<0?S4(e):M4(e)}Gs.exports=A4});var Kt=m((jR,Ws)=>{"use strict";var q4=Bs();Ws.exports=q4});var js=m((XR,Vs)=>{"use strict";Vs.exports=Number});var Ks=m((KR,Xs)=>{"use strict";var N4=js();Xs.exports=N4});var W=m((YR,Ys)=>{"use strict";var E4=Ks(),_4=E4.NEGATIVE_INFINITY;Ys.exports=_4});var F=m((ZR,Zs)=>{"use strict";var I4=Number.POSITIVE_INFINITY;Zs.exports=I4});var Ae=m((QR,Qs)=>{"use strict";var k4=1023;Qs.exports=k4});var zs=m((JR,Js)=>{"use strict";var T4=1023;Js.exports=T4});var r0=m((zR,e0)=>{"use strict";var R4=-1023;e0.exports=R4});var n0=m((eC,t0)=>{"use strict";var C4=-1074;t0.exports=C4});var a0=m((rC,i0)=>{"use strict";var L4=F(),x4=W();function F4(e){return e===L4||e===x4}i0.exports=F4});var Ge=m((tC,o0)=>{"use strict";var O4=a0();o0.exports=O4});var l0=m((nC,s0)=>{"use strict";var $4=2147483648;s0.exports=$4});var qe=m((iC,u0)=>{"use strict";var P4=2147483647;u0.exports=P4});var f0=m((aC,c0)=>{"use strict";var H4=typeof Object.defineProperty=="function"?Object.defineProperty:null;c0.exports=H4});var d0=m((oC,m0)=>{"use strict";var D4=f0();function U4(){try{return D4({},"x",{}),!0}catch{return!1}}m0.exports=U4});var h0=m((sC,p0)=>{"use strict";var G4=Object.defineProperty;p0.exports=G4});var oi=m((lC,g0)=>{"use strict";function B4(e){return typeof e=="number"}g0.exports=B4});var si=m((uC,y0)=>{"use strict";function W4(e){return e[0]==="-"}function v0(e){var r="",t;for(t=0;t<e;t++)r+="0";return r}function V4(e,r,t){var n=!1,i=r-e.length;return i<0||(W4(e)&&(n=!0,e=e.substr(1)),e=t?e+v0(i):v0(i)+e,n&&(e="-"+e)),e}y0.exports=V4});var S0=m((cC,M0)=>{"use strict";var j4=oi(),b0=si(),X4=String.prototype.toLowerCase,w0=String.prototype.toUpperCase;function K4(e){var r,t,n;switch(e.specifier){case"b":r=2;break;case"o":r=8;break;case"x":case"X":r=16;break;default:r=10;break}if(t=e.arg,n=parseInt(t,10),!isFinite(n)){if(!j4(t))throw new Error("invalid integer. Value: "+t);n=0}return n<0&&(e.specifier==="u"||r!==10)&&(n=4294967295+n+1),n<0?(t=(-n).toString(r),e.precision&&(t=b0(t,e.precision,e.padRight)),t="-"+t):(t=n.toString(r),!n&&!e.precision?t="":e.precision&&(t=b0(t,e.precision,e.padRight)),e.sign&&(t=e.sign+t)),r===16&&(e.alternate&&(t="0x"+t),t=e.specifier===w0.call(e.specifier)?w0.call(t):X4.call(t)),r===8&&e.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}M0.exports=K4});var q0=m((fC,A0)=>{"use strict";function Y4(e){return typeof e=="string"}A0.exports=Y4});var _0=m((mC,E0)=>{"use strict";var Z4=Math.abs,Q4=String.prototype.toLowerCase,N0=String.prototype.toUpperCase,Be=String.prototype.replace,J4=/e\\+(\\d)$/,z4=/e-(\\d)$/,e5=/^(\\d+)$/,r5=/^(\\d+)e/,t5=/\\.0$/,n5=/\\.0*e/,i5=/(\\..*[^0])0*e/;function a5(e,r){var t,n;switch(r.specifier){case"e":case"E":n=e.toExponential(r.precision);break;case"f":case"F":n=e.toFixed(r.precision);break;case"g":case"G":Z4(e)<1e-4?(t=r.precision,t>0&&(t-=1),n=e.toExponential(t)):n=e.toPrecision(r.precision),r.alternate||(n=Be.call(n,i5,"$1e"),n=Be.call(n,n5,"e"),n=Be.call(n,t5,""));break;default:throw new Error("invalid double notation. Value: "+r.specifier)}return n=Be.call(n,J4,"e+0$1"),n=Be.call(n,z4,"e-0$1"),r.alternate&&(n=Be.call(n,e5,"$1."),n=Be.call(n,r5,"$1.e")),e>=0&&r.sign&&(n=r.sign+n),n=r.specifier===N0.call(r.specifier)?N0.call(n):Q4.call(n),n}E0.exports=a5});var T0=m((dC,k0)=>{"use strict";function I0(e){var r="",t;for(t=0;t<e;t++)r+=" ";return r}function o5(e,r,t){var n=r-e.length;return n<0||(e=t?e+I0(n):I0(n)+e),e}k0.exports=o5});var C0=m((pC,R0)=>{"use strict";var s5=S0(),l5=q0(),u5=oi(),c5=_0(),f5=T0(),m5=si(),d5=String.fromCharCode,p5=Array.isArray;function Yt(e){return e!==e}function h5(e){var r={};return r.specifier=e.specifier,r.precision=e.precision===void 0?1:e.precision,r.width=e.width,r.flags=e.flags||"",r.mapping=e.mapping,r}function g5(e){var r,t,n,i,a,o,s,c,u,l;if(!p5(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(o="",s=1,u=0;u<e.length;u++)if(n=e[u],l5(n))o+=n;else{if(r=n.precision!==void 0,n=h5(n),!n.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+u+"`. Value: `"+n+"`.");for(n.mapping&&(s=n.mapping),t=n.flags,l=0;l<t.length;l++)switch(i=t.charAt(l),i){case" ":n.sign=" ";break;case"+":n.sign="+";break;case"-":n.padRight=!0,n.padZeros=!1;break;case"0":n.padZeros=t.indexOf("-")<0;break;case"#":n.alternate=!0;break;default:throw new Error("invalid flag: "+i)}if(n.width==="*"){if(n.width=parseInt(arguments[s],10),s+=1,Yt(n.width))throw new TypeError("the argument for * width at position "+s+" is not a number. Value: `"+n.width+"`.");n.width<0&&(n.padRight=!0,n.width=-n.width)}if(r&&n.precision==="*"){if(n.precision=parseInt(arguments[s],10),s+=1,Yt(n.precision))throw new TypeError("the argument for * precision at position "+s+" is not a number. Value: `"+n.precision+"`.");n.precision<0&&(n.precision=1,r=!1)}switch(n.arg=arguments[s],n.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":r&&(n.padZeros=!1),n.arg=s5(n);break;case"s":n.maxWidth=r?n.precision:-1,n.arg=String(n.arg);break;case"c":if(!Yt(n.arg)){if(a=parseInt(n.arg,10),a<0||a>127)throw new Error("invalid character code. Value: "+n.arg);n.arg=Yt(a)?String(n.arg):d5(a)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(r||(n.precision=6),c=parseFloat(n.arg),!isFinite(c)){if(!u5(n.arg))throw new Error("invalid floating-point number. Value: "+o);c=n.arg,n.padZeros=!1}n.arg=c5(c,n);break;default:throw new Error("invalid specifier: "+n.specifier)}n.maxWidth>=0&&n.arg.length>n.maxWidth&&(n.arg=n.arg.substring(0,n.maxWidth)),n.padZeros?n.arg=m5(n.arg,n.width||n.precision,n.padRight):n.width&&(n.arg=f5(n.arg,n.width,n.padRight)),o+=n.arg||"",s+=1}return o}R0.exports=g5});var x0=m((hC,L0)=>{"use strict";var v5=C0();L0.exports=v5});var O0=m((gC,F0)=>{"use strict";var Zt=/%(?:([1-9]\\d*)\\$)?([0 +\\-#]*)(\\*|\\d+)?(?:(\\.)(\\*|\\d+)?)?[hlL]?([%A-Za-z])/g;function y5(e){var r={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return e[4]==="."&&e[5]===void 0&&(r.precision="1"),r}function b5(e){var r,t,n,i;for(t=[],i=0,n=Zt.exec(e);n;)r=e.slice(i,Zt.lastIndex-n[0].length),r.length&&t.push(r),n[6]==="%"?t.push("%"):t.push(y5(n)),i=Zt.lastIndex,n=Zt.exec(e);return r=e.slice(i),r.length&&t.push(r),t}F0.exports=b5});var P0=m((vC,$0)=>{"use strict";var w5=O0();$0.exports=w5});var D0=m((yC,H0)=>{"use strict";function M5(e){return typeof e=="string"}H0.exports=M5});var B0=m((bC,G0)=>{"use strict";var S5=x0(),A5=P0(),q5=D0();function U0(e){var r,t;if(!q5(e))throw new TypeError(U0("invalid argument. First argument must be a string. Value: `%s`.",e));for(r=[A5(e)],t=1;t<arguments.length;t++)r.push(arguments[t]);return S5.apply(null,r)}G0.exports=U0});var V0=m((wC,W0)=>{"use strict";var N5=B0();W0.exports=N5});var Q0=m((MC,Z0)=>{"use strict";var j0=V0(),fr=Object.prototype,X0=fr.toString,K0=fr.__defineGetter__,Y0=fr.__defineSetter__,E5=fr.__lookupGetter__,_5=fr.__lookupSetter__;function I5(e,r,t){var n,i,a,o;if(typeof e!="object"||e===null||X0.call(e)==="[object Array]")throw new TypeError(j0("invalid argument. First argument must be an object. Value: `%s`.",e));if(typeof t!="object"||t===null||X0.call(t)==="[object Array]")throw new TypeError(j0("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(i="value"in t,i&&(E5.call(e,r)||_5.call(e,r)?(n=e.__proto__,e.__proto__=fr,delete e[r],e[r]=t.value,e.__proto__=n):e[r]=t.value),a="get"in t,o="set"in t,i&&(a||o))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return a&&K0&&K0.call(e,r,t.get),o&&Y0&&Y0.call(e,r,t.set),e}Z0.exports=I5});var z0=m((SC,J0)=>{"use strict";var k5=d0(),T5=h0(),R5=Q0(),li;k5()?li=T5:li=R5;J0.exports=li});var rl=m((AC,el)=>{"use strict";var C5=z0();function L5(e,r,t){C5(e,r,{configurable:!1,enumerable:!1,writable:!1,value:t})}el.exports=L5});var xr=m((qC,tl)=>{"use strict";var x5=rl();tl.exports=x5});var il=m((NC,nl)=>{"use strict";function F5(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}nl.exports=F5});var ol=m((EC,al)=>{"use strict";var O5=il();al.exports=O5});var ll=m((_C,sl)=>{"use strict";var $5=ol(),P5=$5();function H5(){return P5&&typeof Symbol.toStringTag=="symbol"}sl.exports=H5});var cl=m((IC,ul)=>{"use strict";var D5=ll();ul.exports=D5});var ui=m((kC,fl)=>{"use strict";var U5=Object.prototype.toString;fl.exports=U5});var dl=m((TC,ml)=>{"use strict";var G5=ui();function B5(e){return G5.call(e)}ml.exports=B5});var hl=m((RC,pl)=>{"use strict";var W5=Object.prototype.hasOwnProperty;function V5(e,r){return e==null?!1:W5.call(e,r)}pl.exports=V5});var vl=m((CC,gl)=>{"use strict";var j5=hl();gl.exports=j5});var bl=m((LC,yl)=>{"use strict";var X5=typeof Symbol=="function"?Symbol:void 0;yl.exports=X5});var Ml=m((xC,wl)=>{"use strict";var K5=bl();wl.exports=K5});var ql=m((FC,Al)=>{"use strict";var Sl=Ml(),Y5=typeof Sl=="function"?Sl.toStringTag:"";Al.exports=Y5});var El=m((OC,Nl)=>{"use strict";var Z5=vl(),Fr=ql(),ci=ui();function Q5(e){var r,t,n;if(e==null)return ci.call(e);t=e[Fr],r=Z5(e,Fr);try{e[Fr]=void 0}catch{return ci.call(e)}return n=ci.call(e),r?e[Fr]=t:delete e[Fr],n}Nl.exports=Q5});var Or=m(($C,_l)=>{"use strict";var J5=cl(),z5=dl(),e8=El(),fi;J5()?fi=e8:fi=z5;_l.exports=fi});var kl=m((PC,Il)=>{"use strict";var r8=Or(),t8=typeof Uint32Array=="function";function n8(e){return t8&&e instanceof Uint32Array||r8(e)==="[object Uint32Array]"}Il.exports=n8});var Rl=m((HC,Tl)=>{"use strict";var i8=kl();Tl.exports=i8});var Ll=m((DC,Cl)=>{"use strict";var a8=4294967295;Cl.exports=a8});var Fl=m((UC,xl)=>{"use strict";var o8=typeof Uint32Array=="function"?Uint32Array:null;xl.exports=o8});var Pl=m((GC,$l)=>{"use strict";var s8=Rl(),mi=Ll(),Ol=Fl();function l8(){var e,r;if(typeof Ol!="function")return!1;try{r=[1,3.14,-3.14,mi+1,mi+2],r=new Ol(r),e=s8(r)&&r[0]===1&&r[1]===3&&r[2]===mi-2&&r[3]===0&&r[4]===1}catch{e=!1}return e}$l.exports=l8});var Dl=m((BC,Hl)=>{"use strict";var u8=Pl();Hl.exports=u8});var Gl=m((WC,Ul)=>{"use strict";var c8=typeof Uint32Array=="function"?Uint32Array:void 0;Ul.exports=c8});var Wl=m((VC,Bl)=>{"use strict";function f8(){throw new Error("not implemented")}Bl.exports=f8});var We=m((jC,Vl)=>{"use strict";var m8=Dl(),d8=Gl(),p8=Wl(),di;m8()?di=d8:di=p8;Vl.exports=di});var Xl=m((XC,jl)=>{"use strict";var h8=Or(),g8=typeof Float64Array=="function";function v8(e){return g8&&e instanceof Float64Array||h8(e)==="[object Float64Array]"}jl.exports=v8});var Yl=m((KC,Kl)=>{"use strict";var y8=Xl();Kl.exports=y8});var Ql=m((YC,Zl)=>{"use strict";var b8=typeof Float64Array=="function"?Float64Array:null;Zl.exports=b8});var eu=m((ZC,zl)=>{"use strict";var w8=Yl(),Jl=Ql();function M8(){var e,r;if(typeof Jl!="function")return!1;try{r=new Jl([1,3.14,-3.14,NaN]),e=w8(r)&&r[0]===1&&r[1]===3.14&&r[2]===-3.14&&r[3]!==r[3]}catch{e=!1}return e}zl.exports=M8});var tu=m((QC,ru)=>{"use strict";var S8=eu();ru.exports=S8});var iu=m((JC,nu)=>{"use strict";var A8=typeof Float64Array=="function"?Float64Array:void 0;nu.exports=A8});var ou=m((zC,au)=>{"use strict";function q8(){throw new Error("not implemented")}au.exports=q8});var Ve=m((eL,su)=>{"use strict";var N8=tu(),E8=iu(),_8=ou(),pi;N8()?pi=E8:pi=_8;su.exports=pi});var uu=m((rL,lu)=>{"use strict";var I8=Or(),k8=typeof Uint8Array=="function";function T8(e){return k8&&e instanceof Uint8Array||I8(e)==="[object Uint8Array]"}lu.exports=T8});var fu=m((tL,cu)=>{"use strict";var R8=uu();cu.exports=R8});var du=m((nL,mu)=>{"use strict";var C8=255;mu.exports=C8});var hu=m((iL,pu)=>{"use strict";var L8=typeof Uint8Array=="function"?Uint8Array:null;pu.exports=L8});var yu=m((aL,vu)=>{"use strict";var x8=fu(),hi=du(),gu=hu();function F8(){var e,r;if(typeof gu!="function")return!1;try{r=[1,3.14,-3.14,hi+1,hi+2],r=new gu(r),e=x8(r)&&r[0]===1&&r[1]===3&&r[2]===hi-2&&r[3]===0&&r[4]===1}catch{e=!1}return e}vu.exports=F8});var wu=m((oL,bu)=>{"use strict";var O8=yu();bu.exports=O8});var Su=m((sL,Mu)=>{"use strict";var $8=typeof Uint8Array=="function"?Uint8Array:void 0;Mu.exports=$8});var qu=m((lL,Au)=>{"use strict";function P8(){throw new Error("not implemented")}Au.exports=P8});var Eu=m((uL,Nu)=>{"use strict";var H8=wu(),D8=Su(),U8=qu(),gi;H8()?gi=D8:gi=U8;Nu.exports=gi});var Iu=m((cL,_u)=>{"use strict";var G8=Or(),B8=typeof Uint16Array=="function";function W8(e){return B8&&e instanceof Uint16Array||G8(e)==="[object Uint16Array]"}_u.exports=W8});var Tu=m((fL,ku)=>{"use strict";var V8=Iu();ku.exports=V8});var Cu=m((mL,Ru)=>{"use strict";var j8=65535;Ru.exports=j8});var xu=m((dL,Lu)=>{"use strict";var X8=typeof Uint16Array=="function"?Uint16Array:null;Lu.exports=X8});var $u=m((pL,Ou)=>{"use strict";var K8=Tu(),vi=Cu(),Fu=xu();function Y8(){var e,r;if(typeof Fu!="function")return!1;try{r=[1,3.14,-3.14,vi+1,vi+2],r=new Fu(r),e=K8(r)&&r[0]===1&&r[1]===3&&r[2]===vi-2&&r[3]===0&&r[4]===1}catch{e=!1}return e}Ou.exports=Y8});var Hu=m((hL,Pu)=>{"use strict";var Z8=$u();Pu.exports=Z8});var Uu=m((gL,Du)=>{"use strict";var Q8=typeof Uint16Array=="function"?Uint16Array:void 0;Du.exports=Q8});var Bu=m((vL,Gu)=>{"use strict";function J8(){throw new Error("not implemented")}Gu.exports=J8});var Vu=m((yL,Wu)=>{"use strict";var z8=Hu(),e9=Uu(),r9=Bu(),yi;z8()?yi=e9:yi=r9;Wu.exports=yi});var Xu=m((bL,ju)=>{"use strict";var t9=Eu(),n9=Vu(),i9={uint16:n9,uint8:t9};ju.exports=i9});var Qu=m((wL,Zu)=>{"use strict";var Ku=Xu(),Yu;function a9(){var e,r;return e=new Ku.uint16(1),e[0]=4660,r=new Ku.uint8(e.buffer),r[0]===52}Yu=a9();Zu.exports=Yu});var je=m((ML,Ju)=>{"use strict";var o9=Qu();Ju.exports=o9});var rc=m((SL,ec)=>{"use strict";var s9=je(),zu,bi,wi;s9===!0?(bi=1,wi=0):(bi=0,wi=1);zu={HIGH:bi,LOW:wi};ec.exports=zu});var Mi=m((AL,ac)=>{"use strict";var l9=We(),u9=Ve(),nc=rc(),ic=new u9(1),tc=new l9(ic.buffer),c9=nc.HIGH,f9=nc.LOW;function m9(e,r,t,n){return ic[0]=e,r[n]=tc[c9],r[n+t]=tc[f9],r}ac.exports=m9});var sc=m((qL,oc)=>{"use strict";var d9=Mi();function p9(e){return d9(e,[0,0],1,0)}oc.exports=p9});var Qt=m((NL,uc)=>{"use strict";var h9=xr(),lc=sc(),g9=Mi();h9(lc,"assign",g9);uc.exports=lc});var fc=m((EL,cc)=>{"use strict";var v9=je(),Si;v9===!0?Si=1:Si=0;cc.exports=Si});var pc=m((_L,dc)=>{"use strict";var y9=We(),b9=Ve(),w9=fc(),mc=new b9(1),M9=new y9(mc.buffer);function S9(e){return mc[0]=e,M9[w9]}dc.exports=S9});var X=m((IL,hc)=>{"use strict";var A9=pc();hc.exports=A9});var yc=m((kL,vc)=>{"use strict";var q9=je(),gc,Ai,qi;q9===!0?(Ai=1,qi=0):(Ai=0,qi=1);gc={HIGH:Ai,LOW:qi};vc.exports=gc});var Ac=m((TL,Sc)=>{"use strict";var N9=We(),E9=Ve(),wc=yc(),Mc=new E9(1),bc=new N9(Mc.buffer),_9=wc.HIGH,I9=wc.LOW;function k9(e,r){return bc[_9]=e,bc[I9]=r,Mc[0]}Sc.exports=k9});var $r=m((RL,qc)=>{"use strict";var T9=Ac();qc.exports=T9});var Ec=m((CL,Nc)=>{"use strict";var R9=l0(),C9=qe(),L9=Qt(),x9=X(),F9=$r(),Ni=[0,0];function O9(e,r){var t,n;return L9.assign(e,Ni,1,0),t=Ni[0],t&=C9,n=x9(r),n&=R9,t|=n,F9(t,Ni[1])}Nc.exports=O9});var Jt=m((LL,_c)=>{"use strict";var $9=Ec();_c.exports=$9});var mr=m((xL,Ic)=>{"use strict";var P9=22250738585072014e-324;Ic.exports=P9});var Tc=m((FL,kc)=>{"use strict";function H9(e){return Math.abs(e)}kc.exports=H9});var R=m((OL,Rc)=>{"use strict";var D9=Tc();Rc.exports=D9});var Ei=m(($L,Cc)=>{"use strict";var U9=mr(),G9=Ge(),B9=C(),W9=R(),V9=4503599627370496;function j9(e,r,t,n){return B9(e)||G9(e)?(r[n]=e,r[n+t]=0,r):e!==0&&W9(e)<U9?(r[n]=e*V9,r[n+t]=-52,r):(r[n]=e,r[n+t]=0,r)}Cc.exports=j9});var xc=m((PL,Lc)=>{"use strict";var X9=Ei();function K9(e){return X9(e,[0,0],1,0)}Lc.exports=K9});var $c=m((HL,Oc)=>{"use strict";var Y9=xr(),Fc=xc(),Z9=Ei();Y9(Fc,"assign",Z9);Oc.exports=Fc});var Pr=m((DL,Pc)=>{"use strict";var Q9=2146435072;Pc.exports=Q9});var Dc=m((UL,Hc)=>{"use strict";var J9=X(),z9=Pr(),e7=Ae();function r7(e){var r=J9(e);return r=(r&z9)>>>20,r-e7|0}Hc.exports=r7});var Gc=m((GL,Uc)=>{"use strict";var t7=Dc();Uc.exports=t7});var Wc=m((BL,Bc)=>{"use strict";var n7=F(),i7=W(),a7=Ae(),o7=zs(),s7=r0(),l7=n0(),u7=C(),c7=Ge(),f7=Jt(),m7=$c().assign,d7=Gc(),p7=Qt(),h7=$r(),g7=2220446049250313e-31,v7=2148532223,_i=[0,0],Ii=[0,0];function y7(e,r){var t,n;return r===0||e===0||u7(e)||c7(e)?e:(m7(e,_i,1,0),e=_i[0],r+=_i[1],r+=d7(e),r<l7?f7(0,e):r>o7?e<0?i7:n7:(r<=s7?(r+=52,n=g7):n=1,p7.assign(e,Ii,1,0),t=Ii[0],t&=v7,t|=r+a7<<20,n*h7(t,Ii[1])))}Bc.exports=y7});var zt=m((WL,Vc)=>{"use strict";var b7=Wc();Vc.exports=b7});var Xc=m((VL,jc)=>{"use strict";function w7(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}jc.exports=w7});var Yc=m((jL,Kc)=>{"use strict";var M7=zt(),S7=Xc();function A7(e,r,t){var n,i,a,o;return n=e-r,i=n*n,a=n-i*S7(i),o=1-(r-n*a/(2-a)-e),M7(o,t)}Kc.exports=A7});var rf=m((XL,ef)=>{"use strict";var q7=C(),Zc=Kt(),N7=W(),Qc=F(),E7=Yc(),_7=.6931471803691238,I7=19082149292705877e-26,Jc=1.4426950408889634,k7=709.782712893384,T7=-745.1332191019411,zc=1/(1<<28),R7=-zc;function C7(e){var r,t,n;return q7(e)||e===Qc?e:e===N7?0:e>k7?Qc:e<T7?0:e>R7&&e<zc?1+e:(e<0?n=Zc(Jc*e-.5):n=Zc(Jc*e+.5),r=e-n*_7,t=n*I7,E7(r,t,n))}ef.exports=C7});var H=m((KL,tf)=>{"use strict";var L7=rf();tf.exports=L7});var af=m((YL,nf)=>{"use strict";var x7=je(),ki;x7===!0?ki=0:ki=1;nf.exports=ki});var sf=m((ZL,of)=>{"use strict";var F7=We(),O7=Ve(),$7=af(),Ti=new O7(1),P7=new F7(Ti.buffer);function H7(e,r){return Ti[0]=e,P7[$7]=r>>>0,Ti[0]}of.exports=H7});var dr=m((QL,lf)=>{"use strict";var D7=sf();lf.exports=D7});var cf=m((JL,uf)=>{"use strict";function U7(e){return e===0?-.3250421072470015:-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}uf.exports=U7});var mf=m((zL,ff)=>{"use strict";function G7(e){return e===0?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}ff.exports=G7});var pf=m((ex,df)=>{"use strict";function B7(e){return e===0?.41485611868374833:.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}df.exports=B7});var gf=m((rx,hf)=>{"use strict";function W7(e){return e===0?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}hf.exports=W7});var yf=m((tx,vf)=>{"use strict";function V7(e){return e===0?-.6938585727071818:-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}vf.exports=V7});var wf=m((nx,bf)=>{"use strict";function j7(e){return e===0?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}bf.exports=j7});var Sf=m((ix,Mf)=>{"use strict";function X7(e){return e===0?-.799283237680523:-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}Mf.exports=X7});var qf=m((ax,Af)=>{"use strict";function K7(e){return e===0?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}Af.exports=K7});var If=m((ox,_f)=>{"use strict";var Y7=C(),Nf=H(),Z7=dr(),Q7=F(),J7=W(),z7=cf(),ey=mf(),ry=pf(),ty=gf(),ny=yf(),iy=wf(),ay=Sf(),oy=qf(),en=1e-300,sy=13877787807814457e-33,Ef=.8450629115104675,ly=.12837916709551256,uy=1,cy=-.0023621185607526594,fy=1,my=-.009864944034847148,dy=1,py=-.0098649429247001,hy=1;function gy(e){var r,t,n,i,a,o,s,c;if(Y7(e))return NaN;if(e===Q7)return 0;if(e===J7)return 2;if(e===0)return 1;if(e<0?(r=!0,t=-e):(r=!1,t=e),t<.84375)return t<sy?1-e:(n=e*e,i=ly+n*z7(n),a=uy+n*ey(n),o=i/a,e<.25?1-(e+e*o):(i=e*o,i+=e-.5,.5-i));if(t<1.25)return a=t-1,s=cy+a*ry(a),c=fy+a*ty(a),r?1+Ef+s/c:1-Ef-s/c;if(t<28){if(a=1/(t*t),t<2.857142857142857)i=my+a*ny(a),a=dy+a*iy(a);else{if(e<-6)return 2-en;i=py+a*ay(a),a=hy+a*oy(a)}return n=Z7(t,0),i=Nf(-(n*n)-.5625)*Nf((n-t)*(n+t)+i/a),r?2-i/t:i/t}return r?2-en:en*en}_f.exports=gy});var rn=m((sx,kf)=>{"use strict";var vy=If();kf.exports=vy});var Rf=m((_x,Tf)=>{"use strict";var My=je(),Ri;My===!0?Ri=1:Ri=0;Tf.exports=Ri});var Lf=m((Ix,Cf)=>{"use strict";var Sy=We(),Ay=Ve(),qy=Rf(),Ci=new Ay(1),Ny=new Sy(Ci.buffer);function Ey(e,r){return Ci[0]=e,Ny[qy]=r>>>0,Ci[0]}Cf.exports=Ey});var pr=m((kx,xf)=>{"use strict";var _y=Lf();xf.exports=_y});var Of=m((Tx,Ff)=>{"use strict";var Iy=.34657359027997264;Ff.exports=Iy});var Pf=m((Rx,$f)=>{"use strict";function ky(e){return e===0?-.03333333333333313:-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-20109921818362437e-23)))}$f.exports=ky});var Wf=m((Cx,Bf)=>{"use strict";var Ty=C(),Hf=X(),Li=pr(),Ry=$r(),Df=F(),Cy=W(),Uf=Ae(),Ly=Of(),xy=Pf(),Fy=709.782712893384,xi=.6931471803691238,Fi=19082149292705877e-26,Gf=1.4426950408889634,Oy=38.816242111356935,$y=1.0397207708399179;function Py(e){var r,t,n,i,a,o,s,c,u,l,f,h,p;if(e===Df||Ty(e))return e;if(e===Cy)return-1;if(e===0)return e;if(e<0?(n=!0,c=-e):(n=!1,c=e),c>=Oy){if(n)return-1;if(c>=Fy)return Df}if(o=Hf(c)|0,c>Ly)c<$y?n?(i=e+xi,a=-Fi,p=-1):(i=e-xi,a=Fi,p=1):(n?p=Gf*e-.5:p=Gf*e+.5,p|=0,f=p,i=e-f*xi,a=f*Fi),e=i-a,l=i-e-a;else{if(o<1016070144)return e;p=0}return r=.5*e,u=e*r,s=1+u*xy(u),f=3-s*r,h=u*((s-f)/(6-e*f)),p===0?e-(e*h-u):(t=Ry(Uf+p<<20,0),h=e*(h-l)-l,h-=u,p===-1?.5*(e-h)-.5:p===1?e<-.25?-2*(h-(e+.5)):1+2*(e-h):p<=-2||p>56?(c=1-(h-e),p===1024?(i=Hf(c)+(p<<20)|0,c=Li(c,i)):c*=t,c-1):(f=1,p<20?(i=1072693248-(2097152>>p)|0,f=Li(f,i),c=f-(h-e)):(i=Uf-p<<20|0,f=Li(f,i),c=e-(h+f),c+=1),c*=t,c))}Bf.exports=Py});var Hr=m((Lx,Vf)=>{"use strict";var Hy=Wf();Vf.exports=Hy});var Xf=m((xx,jf)=>{"use strict";function Dy(e){return e===0?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}jf.exports=Dy});var Jf=m((Fx,Qf)=>{"use strict";var Uy=C(),Kf=X(),Yf=pr(),Gy=F(),By=W(),Zf=Ae(),Wy=Xf(),Oi=.6931471803691238,$i=19082149292705877e-26,Vy=.41421356237309503,jy=-.2928932188134525,Xy=1862645149230957e-24,Ky=5551115123125783e-32,Yy=9007199254740992,Zy=.6666666666666666;function Qy(e){var r,t,n,i,a,o,s,c,u,l;if(e<-1||Uy(e))return NaN;if(e===-1)return By;if(e===Gy||e===0)return e;if(e<0?n=-e:n=e,l=1,n<Vy){if(n<Xy)return n<Ky?e:e-e*e*.5;e>jy&&(l=0,i=e,t=1)}return l!==0&&(n<Yy?(u=1+e,t=Kf(u),l=(t>>20)-Zf,l>0?a=1-(u-e):a=e-(u-1),a/=u):(u=e,t=Kf(u),l=(t>>20)-Zf,a=0),t&=1048575,t<434334?u=Yf(u,t|1072693248):(l+=1,u=Yf(u,t|1071644672),t=1048576-t>>2),i=u-1),r=.5*i*i,t===0?i===0?(a+=l*$i,l*Oi+a):(c=r*(1-Zy*i),l*Oi-(c-(l*$i+a)-i)):(o=i/(2+i),s=o*o,c=s*Wy(s),l===0?i-(r-o*(r+c)):l*Oi-(r-(o*(r+c)+(l*$i+a))-i))}Qf.exports=Qy});var ve=m((Ox,zf)=>{"use strict";var Jy=Jf();zf.exports=Jy});var r1=m(($x,e1)=>{"use strict";var zy=Math.sqrt;e1.exports=zy});var z=m((Px,t1)=>{"use strict";var eb=r1();t1.exports=eb});var i1=m((Hx,n1)=>{"use strict";var rb=.7853981633974483;n1.exports=rb});var o1=m((Dx,a1)=>{"use strict";function tb(e){var r,t,n;return e===0?.16666666666666713:(e<0?r=-e:r=e,r<=1?(t=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428)))),n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))):(e=1/e,t=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825)))),n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))),t/n)}a1.exports=tb});var l1=m((Ux,s1)=>{"use strict";function nb(e){var r,t,n;return e===0?.08333333333333809:(e<0?r=-e:r=e,r<=1?(t=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243))),n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))):(e=1/e,t=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616))),n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))),t/n)}s1.exports=nb});var f1=m((Gx,c1)=>{"use strict";var ib=C(),ab=z(),u1=i1(),ob=o1(),sb=l1(),lb=6123233995736766e-32;function ub(e){var r,t,n,i,a;if(ib(e))return NaN;if(e>0?n=e:(r=!0,n=-e),n>1)return NaN;if(n>.625)t=1-n,i=t*sb(t),t=ab(t+t),a=u1-t,t=t*i-lb,a-=t,a+=u1;else{if(n<1e-8)return e;t=n*n,a=t*ob(t),a=n*a+n}return r?-a:a}c1.exports=ub});var d1=m((Bx,m1)=>{"use strict";var cb=f1();m1.exports=cb});var h1=m((Wx,p1)=>{"use strict";var fb=ie();function mb(e){return fb(e)===e}p1.exports=mb});var Xe=m((Vx,g1)=>{"use strict";var db=h1();g1.exports=db});var y1=m((jx,v1)=>{"use strict";var pb=Xe();function hb(e){return pb(e/2)}v1.exports=hb});var w1=m((Xx,b1)=>{"use strict";var gb=y1();b1.exports=gb});var A1=m((Kx,S1)=>{"use strict";var M1=w1();function vb(e){return e>0?M1(e-1):M1(e+1)}S1.exports=vb});var tn=m((Yx,q1)=>{"use strict";var yb=A1();q1.exports=yb});var E1=m((Zx,N1)=>{"use strict";function bb(e){return e|0}N1.exports=bb});var Pi=m((Qx,_1)=>{"use strict";var wb=E1();_1.exports=wb});var T1=m((Jx,k1)=>{"use strict";var I1=tn(),Mb=Jt(),Sb=W(),nn=F();function Ab(e,r){return r===Sb?nn:r===nn?0:r>0?I1(r)?e:0:I1(r)?Mb(nn,e):nn}k1.exports=Ab});var C1=m((zx,R1)=>{"use strict";var qb=qe(),Nb=X(),Eb=1072693247,an=1e300,on=1e-300;function _b(e,r){var t,n;return n=Nb(e),t=n&qb,t<=Eb?r<0?an*an:on*on:r>0?an*an:on*on}R1.exports=_b});var F1=m((eF,x1)=>{"use strict";var Ib=R(),L1=F();function kb(e,r){return e===-1?(e-e)/(e-e):e===1?1:Ib(e)<1==(r===L1)?0:L1}x1.exports=kb});var Hi=m((rF,O1)=>{"use strict";var Tb=20;O1.exports=Tb});var P1=m((tF,$1)=>{"use strict";function Rb(e){return e===0?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}$1.exports=Rb});var G1=m((nF,U1)=>{"use strict";var Cb=X(),sn=dr(),H1=pr(),Lb=Ae(),xb=Hi(),Fb=P1(),Ob=1048575,D1=1048576,$b=1072693248,Pb=536870912,Hb=524288,Db=9007199254740992,Ub=.9617966939259756,Gb=.9617967009544373,Bb=-7028461650952758e-24,Wb=[1,1.5],Vb=[0,.5849624872207642],jb=[0,1350039202129749e-23];function Xb(e,r,t){var n,i,a,o,s,c,u,l,f,h,p,g,v,y,b,M,w,S,N,E,_,A;return E=0,t<D1&&(r*=Db,E-=53,t=Cb(r)),E+=(t>>xb)-Lb|0,_=t&Ob|0,t=_|$b|0,_<=235662?A=0:_<767610?A=1:(A=0,E+=1,t-=D1),r=H1(r,t),l=Wb[A],S=r-l,N=1/(r+l),i=S*N,o=sn(i,0),n=(t>>1|Pb)+Hb,n+=A<<18,c=H1(0,n),u=r-(c-l),s=N*(S-o*c-o*u),a=i*i,w=a*a*Fb(a),w+=s*(o+i),a=o*o,c=3+a+w,c=sn(c,0),u=w-(c-3-a),S=o*c,N=s*c+u*i,h=S+N,h=sn(h,0),p=N-(h-S),g=Gb*h,v=Bb*h+p*Ub+jb[A],f=Vb[A],M=E,y=g+v+f+M,y=sn(y,0),b=v-(y-M-f-g),e[0]=y,e[1]=b,e}U1.exports=Xb});var W1=m((iF,B1)=>{"use strict";function Kb(e){return e===0?.5:.5+e*(-.3333333333333333+e*.25)}B1.exports=Kb});var j1=m((aF,V1)=>{"use strict";var Yb=dr(),Zb=W1(),Qb=1.4426950408889634,Jb=1.4426950216293335,zb=19259629911266175e-24;function ew(e,r){var t,n,i,a,o,s;return i=r-1,a=i*i*Zb(i),o=Jb*i,s=i*zb-a*Qb,n=o+s,n=Yb(n,0),t=s-(n-o),e[0]=n,e[1]=t,e}V1.exports=ew});var K1=m((oF,X1)=>{"use strict";var rw=.6931471805599453;X1.exports=rw});var Di=m((sF,Y1)=>{"use strict";var tw=1048575;Y1.exports=tw});var Q1=m((lF,Z1)=>{"use strict";function nw(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}Z1.exports=nw});var im=m((uF,nm)=>{"use strict";var iw=X(),J1=pr(),aw=dr(),ow=Pi(),sw=zt(),lw=K1(),z1=Ae(),em=qe(),rm=Di(),Dr=Hi(),uw=Q1(),tm=1048576,cw=1071644672,fw=.6931471824645996,mw=-1904654299957768e-24;function dw(e,r,t){var n,i,a,o,s,c,u,l,f,h,p;return h=e&em|0,p=(h>>Dr)-z1|0,f=0,h>cw&&(f=e+(tm>>p+1)>>>0,p=((f&em)>>Dr)-z1|0,n=(f&~(rm>>p))>>>0,a=J1(0,n),f=(f&rm|tm)>>Dr-p>>>0,e<0&&(f=-f),r-=a),a=t+r,a=aw(a,0),s=a*fw,c=(t-(a-r))*lw+a*mw,l=s+c,u=c-(l-s),a=l*l,i=l-a*uw(a),o=l*i/(i-2)-(u+l*u),l=1-(o-l),e=iw(l),e=ow(e),e+=f<<Dr>>>0,e>>Dr<=0?l=sw(l,f):l=J1(l,e),l}nm.exports=dw});var hm=m((cF,pm)=>{"use strict";var am=C(),om=tn(),sm=Ge(),pw=Xe(),lm=z(),hw=R(),Ui=Qt(),gw=dr(),um=Pi(),vw=W(),yw=F(),Gi=qe(),bw=T1(),ww=C1(),Mw=F1(),Sw=G1(),Aw=j1(),qw=im(),Nw=1072693247,Ew=1105199104,_w=1139802112,cm=1083179008,Iw=1072693248,kw=1083231232,Tw=3230714880,fm=31,Ne=1e300,Ee=1e-300,Rw=8008566259537294e-32,ye=[0,0],mm=[0,0];function dm(e,r){var t,n,i,a,o,s,c,u,l,f,h,p,g,v,y,b;if(am(e)||am(r))return NaN;if(Ui.assign(r,ye,1,0),s=ye[0],c=ye[1],c===0){if(r===0)return 1;if(r===1)return e;if(r===-1)return 1/e;if(r===.5)return lm(e);if(r===-.5)return 1/lm(e);if(r===2)return e*e;if(r===3)return e*e*e;if(r===4)return e*=e,e*e;if(sm(r))return Mw(e,r)}if(Ui.assign(e,ye,1,0),a=ye[0],o=ye[1],o===0){if(a===0)return bw(e,r);if(e===1)return 1;if(e===-1&&om(r))return-1;if(sm(e))return e===vw?dm(-0,-r):r<0?0:yw}if(e<0&&pw(r)===!1)return(e-e)/(e-e);if(i=hw(e),t=a&Gi|0,n=s&Gi|0,u=a>>>fm|0,l=s>>>fm|0,u&&om(r)?u=-1:u=1,n>Ew){if(n>_w)return ww(e,r);if(t<Nw)return l===1?u*Ne*Ne:u*Ee*Ee;if(t>Iw)return l===0?u*Ne*Ne:u*Ee*Ee;g=Aw(mm,i)}else g=Sw(mm,i,t);if(f=gw(r,0),p=(r-f)*g[0]+r*g[1],h=f*g[0],v=p+h,Ui.assign(v,ye,1,0),y=um(ye[0]),b=um(ye[1]),y>=cm){if((y-cm|b)!==0||p+Rw>v-h)return u*Ne*Ne}else if((y&Gi)>=kw&&((y-Tw|b)!==0||p<=v-h))return u*Ee*Ee;return v=qw(y,h,p),u*v}pm.exports=dm});var U=m((fF,gm)=>{"use strict";var Cw=hm();gm.exports=Cw});var Ke=m((mF,vm)=>{"use strict";var Lw=2.718281828459045;vm.exports=Lw});var ae=m((dF,ym)=>{"use strict";var xw=2220446049250313e-31;ym.exports=xw});var wm=m((pF,bm)=>{"use strict";function Fw(e){var r,t,n;return e===0?1/0:(e<0?r=-e:r=e,r<=1?(t=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,t=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),t/n)}bm.exports=Fw});var Am=m((hF,Sm)=>{"use strict";var Mm=C(),Ow=ve(),$w=z(),Pw=R(),Hw=H(),Bi=U(),Dw=Ke(),Wi=ae(),Vi=wm(),ji=10.900511;function Uw(e,r){var t,n,i,a,o,s,c;return Mm(e)||Mm(r)?NaN:e<0||r<0?NaN:r===1?1/e:e===1?1/r:(c=e+r,c<Wi?(o=c/e,o/=r,o):c===e&&r<Wi?1/r:c===r&&e<Wi?1/e:(e<r&&(s=r,r=e,e=s),n=e+ji-.5,i=r+ji-.5,a=c+ji-.5,o=Vi(e)*(Vi(r)/Vi(c)),t=e-.5-r,Pw(r*t)<a*100&&e>100?o*=Hw(t*Ow(-r/a)):o*=Bi(n/a,t),a>1e10?o*=Bi(n/a*(i/a),r):o*=Bi(n*i/(a*a),r),o*=$w(Dw/i),o))}Sm.exports=Uw});var Nm=m((gF,qm)=>{"use strict";var Gw=Am();qm.exports=Gw});var _m=m((vF,Em)=>{"use strict";var Bw=F();function Ww(e){return e===0&&1/e===Bw}Em.exports=Ww});var km=m((yF,Im)=>{"use strict";var Vw=_m();Im.exports=Vw});var Cm=m((bF,Rm)=>{"use strict";var jw=km(),Tm=C(),Xi=F();function Xw(e,r){return Tm(e)||Tm(r)?NaN:e===Xi||r===Xi?Xi:e===r&&e===0?jw(e)?e:r:e>r?e:r}Rm.exports=Xw});var Ur=m((wF,Lm)=>{"use strict";var Kw=Cm();Lm.exports=Kw});var Fm=m((MF,xm)=>{"use strict";var Yw=W();function Zw(e){return e===0&&1/e===Yw}xm.exports=Zw});var Ki=m((SF,Om)=>{"use strict";var Qw=Fm();Om.exports=Qw});var Hm=m((AF,Pm)=>{"use strict";var Jw=Ki(),$m=C(),Yi=W();function zw(e,r){return $m(e)||$m(r)?NaN:e===Yi||r===Yi?Yi:e===r&&e===0?Jw(e)?e:r:e<r?e:r}Pm.exports=zw});var hr=m((qF,Dm)=>{"use strict";var eM=Hm();Dm.exports=eM});var ln=m((NF,Um)=>{"use strict";var rM=17976931348623157e292;Um.exports=rM});var Zi=m((EF,Gm)=>{"use strict";var tM=2147483647;Gm.exports=tM});var Wm=m((_F,Bm)=>{"use strict";var nM=1.5707963267948966;Bm.exports=nM});var gr=m((IF,Vm)=>{"use strict";var iM=3.141592653589793;Vm.exports=iM});var Xm=m((kF,jm)=>{"use strict";function aM(e){return e===0?.0416666666666666:.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}jm.exports=aM});var Ym=m((TF,Km)=>{"use strict";function oM(e){return e===0?-27557314351390663e-23:-27557314351390663e-23+e*(2087572321298175e-24+e*-11359647557788195e-27)}Km.exports=oM});var Qm=m((RF,Zm)=>{"use strict";var sM=Xm(),lM=Ym();function uM(e,r){var t,n,i,a;return a=e*e,i=a*a,n=a*sM(a),n+=i*i*lM(a),t=.5*a,i=1-t,i+(1-i-t+(a*n-e*r))}Zm.exports=uM});var Qi=m((CF,Jm)=>{"use strict";var cM=Qm();Jm.exports=cM});var rd=m((LF,ed)=>{"use strict";var zm=-.16666666666666632,fM=.00833333333332249,mM=-.0001984126982985795,dM=27557313707070068e-22,pM=-25050760253406863e-24,hM=158969099521155e-24;function gM(e,r){var t,n,i,a;return a=e*e,i=a*a,t=fM+a*(mM+a*dM)+a*i*(pM+a*hM),n=a*e,r===0?e+n*(zm+a*t):e-(a*(.5*r-n*t)-r-n*zm)}ed.exports=gM});var Ji=m((xF,td)=>{"use strict";var vM=rd();td.exports=vM});var id=m((FF,nd)=>{"use strict";var yM=je(),zi;yM===!0?zi=0:zi=1;nd.exports=zi});var sd=m((OF,od)=>{"use strict";var bM=We(),wM=Ve(),MM=id(),ad=new wM(1),SM=new bM(ad.buffer);function AM(e){return ad[0]=e,SM[MM]}od.exports=AM});var ud=m(($F,ld)=>{"use strict";var qM=sd();ld.exports=qM});var fd=m((PF,cd)=>{"use strict";function NM(e,r){var t,n;for(t=[],n=0;n<r;n++)t.push(e);return t}cd.exports=NM});var dd=m((HF,md)=>{"use strict";var EM=fd();md.exports=EM});var hd=m((DF,pd)=>{"use strict";var _M=dd();function IM(e){return _M(0,e)}pd.exports=IM});var vd=m((UF,gd)=>{"use strict";var kM=hd();gd.exports=kM});var Sd=m((GF,Md)=>{"use strict";var TM=ie(),un=zt(),mn=vd(),bd=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],RM=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],ea=16777216,ra=5960464477539063e-23,cn=mn(20),yd=mn(20),fn=mn(20),P=mn(20);function wd(e,r,t,n,i,a,o,s,c){var u,l,f,h,p,g,v,y,b;for(h=a,b=n[t],y=t,p=0;y>0;p++)l=ra*b|0,P[p]=b-ea*l|0,b=n[y-1]+l,y-=1;if(b=un(b,i),b-=8*TM(b*.125),v=b|0,b-=v,f=0,i>0?(p=P[t-1]>>24-i,v+=p,P[t-1]-=p<<24-i,f=P[t-1]>>23-i):i===0?f=P[t-1]>>23:b>=.5&&(f=2),f>0){for(v+=1,u=0,p=0;p<t;p++)y=P[p],u===0?y!==0&&(u=1,P[p]=16777216-y):P[p]=16777215-y;if(i>0)switch(i){case 1:P[t-1]&=8388607;break;case 2:P[t-1]&=4194303;break}f===2&&(b=1-b,u!==0&&(b-=un(1,i)))}if(b===0){for(y=0,p=t-1;p>=a;p--)y|=P[p];if(y===0){for(g=1;P[a-g]===0;g++);for(p=t+1;p<=t+g;p++){for(c[s+p]=bd[o+p],l=0,y=0;y<=s;y++)l+=e[y]*c[s+(p-y)];n[p]=l}return t+=g,wd(e,r,t,n,i,a,o,s,c)}for(t-=1,i-=24;P[t]===0;)t-=1,i-=24}else b=un(b,-i),b>=ea?(l=ra*b|0,P[t]=b-ea*l|0,t+=1,i+=24,P[t]=l):P[t]=b|0;for(l=un(1,i),p=t;p>=0;p--)n[p]=l*P[p],l*=ra;for(p=t;p>=0;p--){for(l=0,g=0;g<=h&&g<=t-p;g++)l+=RM[g]*n[p+g];fn[t-p]=l}for(l=0,p=t;p>=0;p--)l+=fn[p];for(f===0?r[0]=l:r[0]=-l,l=fn[0]-l,p=1;p<=t;p++)l+=fn[p];return f===0?r[1]=l:r[1]=-l,v&7}function CM(e,r,t,n){var i,a,o,s,c,u,l,f,h;for(a=4,s=n-1,o=(t-3)/24|0,o<0&&(o=0),u=t-24*(o+1),f=o-s,h=s+a,l=0;l<=h;l++)f<0?cn[l]=0:cn[l]=bd[f],f+=1;for(l=0;l<=a;l++){for(i=0,f=0;f<=s;f++)i+=e[f]*cn[s+(l-f)];yd[l]=i}return c=a,wd(e,r,c,yd,u,a,o,s,cn)}Md.exports=CM});var qd=m((BF,Ad)=>{"use strict";var LM=Math.round;Ad.exports=LM});var Ed=m((WF,Nd)=>{"use strict";var xM=qd();Nd.exports=xM});var Td=m((VF,kd)=>{"use strict";var FM=Ed(),_d=X(),OM=.6366197723675814,$M=1.5707963267341256,PM=6077100506506192e-26,HM=6077100506303966e-26,DM=20222662487959506e-37,UM=20222662487111665e-37,GM=84784276603689e-45,Id=2047;function BM(e,r,t){var n,i,a,o,s,c,u;return i=FM(e*OM),o=e-i*$M,s=i*PM,u=r>>20|0,t[0]=o-s,n=_d(t[0]),c=u-(n>>20&Id),c>16&&(a=o,s=i*HM,o=a-s,s=i*DM-(a-o-s),t[0]=o-s,n=_d(t[0]),c=u-(n>>20&Id),c>49&&(a=o,s=i*UM,o=a-s,s=i*GM-(a-o-s),t[0]=o-s)),t[1]=o-t[0]-s,i}kd.exports=BM});var Cd=m((jF,Rd)=>{"use strict";var WM=qe(),VM=Pr(),jM=Di(),XM=X(),KM=ud(),YM=$r(),ZM=Sd(),dn=Td(),QM=0,JM=16777216,_e=1.5707963267341256,Ye=6077100506506192e-26,pn=2*Ye,hn=3*Ye,gn=4*Ye,zM=598523,eS=1072243195,rS=1073928572,tS=1074752122,nS=1074977148,iS=1075183036,aS=1075388923,oS=1075594811,sS=1094263291,Gr=[0,0,0],Br=[0,0];function lS(e,r){var t,n,i,a,o,s,c,u;if(i=XM(e)|0,a=i&WM|0,a<=eS)return r[0]=e,r[1]=0,0;if(a<=tS)return(a&jM)===zM?dn(e,a,r):a<=rS?i>0?(u=e-_e,r[0]=u-Ye,r[1]=u-r[0]-Ye,1):(u=e+_e,r[0]=u+Ye,r[1]=u-r[0]+Ye,-1):i>0?(u=e-2*_e,r[0]=u-pn,r[1]=u-r[0]-pn,2):(u=e+2*_e,r[0]=u+pn,r[1]=u-r[0]+pn,-2);if(a<=oS)return a<=iS?a===nS?dn(e,a,r):i>0?(u=e-3*_e,r[0]=u-hn,r[1]=u-r[0]-hn,3):(u=e+3*_e,r[0]=u+hn,r[1]=u-r[0]+hn,-3):a===aS?dn(e,a,r):i>0?(u=e-4*_e,r[0]=u-gn,r[1]=u-r[0]-gn,4):(u=e+4*_e,r[0]=u+gn,r[1]=u-r[0]+gn,-4);if(a<sS)return dn(e,a,r);if(a>=VM)return r[0]=NaN,r[1]=NaN,0;for(t=KM(e),n=(a>>20)-1046,u=YM(a-(n<<20|0),t),s=0;s<2;s++)Gr[s]=u|0,u=(u-Gr[s])*JM;for(Gr[2]=u,o=3;Gr[o-1]===QM;)o-=1;return c=ZM(Gr,Br,n,o,1),i<0?(r[0]=-Br[0],r[1]=-Br[1],-c):(r[0]=Br[0],r[1]=Br[1],c)}Rd.exports=lS});var ta=m((XF,Ld)=>{"use strict";var uS=Cd();Ld.exports=uS});var Od=m((KF,Fd)=>{"use strict";var cS=qe(),fS=Pr(),mS=X(),xd=Qi(),na=Ji(),dS=ta(),pS=1072243195,hS=1045430272,be=[0,0];function gS(e){var r,t;if(r=mS(e),r&=cS,r<=pS)return r<hS?e:na(e,0);if(r>=fS)return NaN;switch(t=dS(e,be),t&3){case 0:return na(be[0],be[1]);case 1:return xd(be[0],be[1]);case 2:return-na(be[0],be[1]);default:return-xd(be[0],be[1])}}Fd.exports=gS});var ia=m((YF,$d)=>{"use strict";var vS=Od();$d.exports=vS});var aa=m((ZF,Pd)=>{"use strict";var yS=2.5066282746310007;Pd.exports=yS});var Dd=m((QF,Hd)=>{"use strict";function bS(e){return e===0?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}Hd.exports=bS});var Bd=m((JF,Gd)=>{"use strict";var wS=aa(),Ud=U(),MS=H(),SS=Dd(),AS=143.01608;function qS(e){var r,t,n;return r=1/e,r=1+r*SS(r),t=MS(e),e>AS?(n=Ud(e,.5*e-.25),t=n*(n/t)):t=Ud(e,e-.5)/t,wS*t*r}Gd.exports=qS});var Vd=m((zF,Wd)=>{"use strict";var NS=.5772156649015329;Wd.exports=NS});var Xd=m((eO,jd)=>{"use strict";var ES=Vd();function _S(e,r){return r/((1+ES*e)*e)}jd.exports=_S});var Yd=m((rO,Kd)=>{"use strict";function IS(e){var r,t,n;return e===0?1:(e<0?r=-e:r=e,r<=1?(t=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0)))))),n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))):(e=1/e,t=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1)))))),n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))),t/n)}Kd.exports=IS});var np=m((tO,tp)=>{"use strict";var kS=C(),TS=Xe(),RS=Ki(),Zd=R(),CS=ie(),LS=ia(),Qd=F(),Jd=W(),zd=gr(),ep=Bd(),rp=Xd(),xS=Yd();function FS(e){var r,t,n,i;if(TS(e)&&e<0||e===Jd||kS(e))return NaN;if(e===0)return RS(e)?Jd:Qd;if(e>171.61447887182297)return Qd;if(e<-170.5674972726612)return 0;if(t=Zd(e),t>33)return e>=0?ep(e):(n=CS(t),(n&1)===0?r=-1:r=1,i=t-n,i>.5&&(n+=1,i=t-n),i=t*LS(zd*i),r*zd/(Zd(i)*ep(t)));for(i=1;e>=3;)e-=1,i*=e;for(;e<0;){if(e>-1e-9)return rp(e,i);i/=e,e+=1}for(;e<2;){if(e<1e-9)return rp(e,i);i/=e,e+=1}return e===2?i:(e-=2,i*xS(e))}tp.exports=FS});var Ie=m((nO,ip)=>{"use strict";var OS=np();ip.exports=OS});var Wr=m((iO,ap)=>{"use strict";var $S=170;ap.exports=$S});var op=m((aO,PS)=>{PS.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var lp=m((oO,sp)=>{"use strict";var HS=C(),DS=Xe(),US=Ie(),GS=F(),BS=Wr(),WS=op();function VS(e){return HS(e)?NaN:DS(e)?e<0?NaN:e<=BS?WS[e]:GS:US(e+1)}sp.exports=VS});var oa=m((sO,up)=>{"use strict";var jS=lp();up.exports=jS});var fp=m((lO,cp)=>{"use strict";function XS(e){var r,t,n;return e===0?1/0:(e<0?r=-e:r=e,r<=1?(t=3847467039331777e-5+e*(3685766504351951e-5+e*(1588920245372942e-5+e*(4059208354298835e-6+e*(6805476611834733e-7+e*(7823975500312005e-8+e*(6246580776401795e-9+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,t=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580776401795e-9+e*(7823975500312005e-8+e*(6805476611834733e-7+e*(4059208354298835e-6+e*(1588920245372942e-5+e*(3685766504351951e-5+e*3847467039331777e-5))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),t/n)}cp.exports=XS});var dp=m((uO,mp)=>{"use strict";var KS=fp();mp.exports=KS});var hp=m((cO,pp)=>{"use strict";var YS=dp();pp.exports=YS});var vr=m((fO,gp)=>{"use strict";var ZS=10.900511;gp.exports=ZS});var Np=m((mO,qp)=>{"use strict";var vp=hp(),QS=Ie(),JS=ve(),yp=R(),bp=H(),wp=U(),Mp=ae(),zS=Ke(),eA=vr(),Sp=Wr(),rA=4269068009004705e289;function Ap(e,r){var t,n,i;return e<Mp?r>=Sp?(n=Ap(r,Sp-r),n*=e,n*=rA,1/n):1/(e*QS(e+r)):(i=e+eA-.5,e+r===e?yp(r/i)<Mp?t=bp(-r):t=1:(yp(r)<10?t=bp((.5-e)*JS(r/i)):t=wp(i/(i+r),e-.5),t*=vp(e)/vp(e+r)),t*=wp(zS/(i+r),r),t)}qp.exports=Ap});var Rp=m((dO,Tp)=>{"use strict";var tA=R(),Ep=ie(),_p=Ie(),Ip=oa(),kp=Wr(),nA=Np();function iA(e,r){var t,n,i;if(e<=0||e+r<=0)return _p(e)/_p(e+r);if(n=Ep(r),n===r){if(i=Ep(e),i===e&&e<=kp&&e+r<=kp)return Ip(i-1)/Ip(n+i-1);if(tA(r)<20){if(r===0)return 1;if(r<0){for(e-=1,t=e,r+=1;r!==0;)e-=1,t*=e,r+=1;return t}for(t=1/e,r-=1;r!==0;)e+=1,t/=e,r-=1;return t}}return nA(e,r)}Tp.exports=iA});var Lp=m((pO,Cp)=>{"use strict";var aA=Rp();Cp.exports=aA});var Fp=m((hO,xp)=>{"use strict";function oA(e){return e===0?.3999999999940942:.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}xp.exports=oA});var $p=m((gO,Op)=>{"use strict";function sA(e){return e===0?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}Op.exports=sA});var Up=m((vO,Dp)=>{"use strict";var Pp=X(),lA=pr(),uA=C(),cA=Ae(),fA=W(),mA=Fp(),dA=$p(),vn=.6931471803691238,yn=19082149292705877e-26,pA=0x40000000000000,hA=.3333333333333333,Hp=1048575,gA=2146435072,vA=1048576,yA=1072693248;function bA(e){var r,t,n,i,a,o,s,c,u,l,f,h;return e===0?fA:uA(e)||e<0?NaN:(t=Pp(e),a=0,t<vA&&(a-=54,e*=pA,t=Pp(e)),t>=gA?e+e:(a+=(t>>20)-cA|0,t&=Hp,c=t+614244&1048576|0,e=lA(e,t|c^yA),a+=c>>20|0,s=e-1,(Hp&2+t)<3?s===0?a===0?0:a*vn+a*yn:(o=s*s*(.5-hA*s),a===0?s-o:a*vn-(o-a*yn-s)):(l=s/(2+s),h=l*l,c=t-398458|0,f=h*h,u=440401-t|0,i=f*mA(f),n=h*dA(f),c|=u,o=n+i,c>0?(r=.5*s*s,a===0?s-(r-l*(r+o)):a*vn-(r-(l*(r+o)+a*yn)-s)):a===0?s-l*(s-o):a*vn-(l*(s-o)-a*yn-s))))}Dp.exports=bA});var V=m((yO,Gp)=>{"use strict";var wA=Up();Gp.exports=wA});var Vp=m((bO,Wp)=>{"use strict";var MA=X(),sa=Qi(),Bp=Ji(),SA=ta(),AA=qe(),qA=Pr(),we=[0,0],NA=1072243195,EA=1044381696;function _A(e){var r,t;if(r=MA(e),r&=AA,r<=NA)return r<EA?1:sa(e,0);if(r>=qA)return NaN;switch(t=SA(e,we),t&3){case 0:return sa(we[0],we[1]);case 1:return-Bp(we[0],we[1]);case 2:return-sa(we[0],we[1]);default:return Bp(we[0],we[1])}}Wp.exports=_A});var Xp=m((wO,jp)=>{"use strict";var IA=Vp();jp.exports=IA});var Zp=m((MO,Yp)=>{"use strict";var kA=C(),TA=Ge(),Kp=Xp(),la=ia(),RA=R(),Vr=Jt(),jr=gr();function CA(e){var r,t;return kA(e)?NaN:TA(e)?NaN:(t=e%2,r=RA(t),r===0||r===1?Vr(0,t):r<.25?la(jr*t):r<.75?(r=.5-r,Vr(Kp(jr*r),t)):r<1.25?(t=Vr(1,t)-t,la(jr*t)):r<1.75?(r-=1.5,-Vr(Kp(jr*r),t)):(t-=Vr(2,t),la(jr*t)))}Yp.exports=CA});var Jp=m((SO,Qp)=>{"use strict";var LA=Zp();Qp.exports=LA});var e2=m((AO,zp)=>{"use strict";function xA(e){return e===0?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}zp.exports=xA});var t2=m((qO,r2)=>{"use strict";function FA(e){return e===0?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}r2.exports=FA});var i2=m((NO,n2)=>{"use strict";function OA(e){return e===0?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}n2.exports=OA});var o2=m((EO,a2)=>{"use strict";function $A(e){return e===0?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}a2.exports=$A});var l2=m((_O,s2)=>{"use strict";function PA(e){return e===0?-.032788541075985965:-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}s2.exports=PA});var c2=m((IO,u2)=>{"use strict";function HA(e){return e===0?.01797067508118204:.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}u2.exports=HA});var m2=m((kO,f2)=>{"use strict";function DA(e){return e===0?-.010314224129834144:-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}f2.exports=DA});var p2=m((TO,d2)=>{"use strict";function UA(e){return e===0?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}d2.exports=UA});var g2=m((RO,h2)=>{"use strict";function GA(e){return e===0?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}h2.exports=GA});var y2=m((CO,v2)=>{"use strict";function BA(e){return e===0?.08333333333333297:.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}v2.exports=BA});var M2=m((LO,w2)=>{"use strict";var WA=C(),VA=Ge(),jA=R(),yr=V(),XA=Kt(),KA=Jp(),YA=gr(),ua=F(),ZA=e2(),QA=t2(),JA=i2(),zA=o2(),eq=l2(),rq=c2(),tq=m2(),nq=p2(),iq=g2(),aq=y2(),oq=.07721566490153287,sq=.3224670334241136,lq=1,uq=-.07721566490153287,cq=.48383612272381005,fq=-.1475877229945939,mq=.06462494023913339,dq=-.07721566490153287,pq=1,hq=.4189385332046727,bn=1.4616321449683622,gq=4503599627370496,vq=72057594037927940,yq=13877787807814457e-33,b2=1.4616321449683622,bq=-.12148629053584961,wq=-3638676997039505e-33;function Mq(e){var r,t,n,i,a,o,s,c,u,l,f,h,p;if(WA(e)||VA(e))return e;if(e===0)return ua;if(e<0?(r=!0,e=-e):r=!1,e<yq)return-yr(e);if(r){if(e>=gq||(u=KA(e),u===0))return ua;t=yr(YA/jA(u*e))}if(e===1||e===2)return 0;if(e<2)switch(e<=.9?(p=-yr(e),e>=bn-1+.27?(f=1-e,n=0):e>=bn-1-.27?(f=e-(b2-1),n=1):(f=e,n=2)):(p=0,e>=bn+.27?(f=2-e,n=0):e>=bn-.27?(f=e-b2,n=1):(f=e-1,n=2)),n){case 0:h=f*f,o=oq+h*ZA(h),a=h*(sq+h*QA(h)),s=f*o+a,p+=s-.5*f;break;case 1:h=f*f,l=h*f,o=cq+l*eq(l),a=fq+l*rq(l),i=mq+l*tq(l),s=h*o-(wq-l*(a+f*i)),p+=bq+s;break;case 2:o=f*(dq+f*nq(f)),a=pq+f*iq(f),p+=-.5*f+o/a;break}else if(e<8)switch(n=XA(e),f=e-n,s=f*(uq+f*zA(f)),c=lq+f*JA(f),p=.5*f+s/c,h=1,n){case 7:h*=f+6;case 6:h*=f+5;case 5:h*=f+4;case 4:h*=f+3;case 3:h*=f+2,p+=yr(h)}else e<vq?(u=yr(e),h=1/e,f=h*h,l=hq+h*aq(f),p=(e-.5)*(u-1)+l):p=e*(yr(e)-1);return r&&(p=t-p),p}w2.exports=Mq});var wn=m((xO,S2)=>{"use strict";var Sq=M2();S2.exports=Sq});var Me=m((FO,A2)=>{"use strict";var Aq=709.782712893384;A2.exports=Aq});var N2=m((OO,q2)=>{"use strict";var qq=14901161193847656e-24;q2.exports=qq});var _2=m(($O,E2)=>{"use strict";var Nq=eval;E2.exports=Nq});var k2=m((PO,I2)=>{"use strict";var Eq=_2();function _q(){var e;try{Eq(\'"use strict"; (function* () {})\'),e=!0}catch{e=!1}return e}I2.exports=_q});var ca=m((HO,T2)=>{"use strict";var Iq=k2();T2.exports=Iq});var C2=m((DO,R2)=>{"use strict";var Mn=R(),kq=ae(),Tq=1e6;function Rq(e,r){var t,n,i,a,o,s;if(s={},arguments.length>1&&(s=r),n=s.tolerance||kq,a=s.maxTerms||Tq,o=s.initialValue||0,t=typeof e.next=="function",t===!0){for(i of e)if(o+=i,Mn(n*o)>=Mn(i)||--a===0)break}else do i=e(),o+=i;while(Mn(n*o)<Mn(i)&&--a);return o}R2.exports=Rq});var F2=m((UO,x2)=>{"use strict";var L2=R(),Cq=ae(),Lq=1e6;function xq(e,r){var t,n,i,a,o;o={},arguments.length>1&&(o=r),t=o.tolerance||Cq,i=o.maxTerms||Lq,a=o.initialValue||0;do n=e(),a+=n;while(L2(t*a)<L2(n)&&--i);return a}x2.exports=xq});var br=m((GO,O2)=>{"use strict";var Fq=ca(),Oq=C2(),$q=F2(),fa;Fq()?fa=Oq:fa=$q;O2.exports=fa});var P2=m((BO,$2)=>{"use strict";function Pq(e,r){var t=1,n=e,i=r;return a;function a(){var o=t;return t*=n/i,n-=1,o}}$2.exports=Pq});var D2=m((WO,H2)=>{"use strict";var Hq=br(),Dq=P2();function Uq(e,r){var t,n;return n=Dq(e,r),t=Hq(n),t}H2.exports=Uq});var G2=m((VO,U2)=>{"use strict";var Gq=H();function Bq(e,r){var t,n,i,a;if(i=Gq(-r),n=i,n!==0)for(t=n,a=1;a<e;++a)t/=a,t*=r,n+=t;return n}U2.exports=Bq});var V2=m((jO,W2)=>{"use strict";var Wq=rn(),B2=z(),Vq=H(),jq=gr();function Xq(e,r){var t,n,i,a,o;if(a=Wq(B2(r)),a!==0&&e>1){for(n=Vq(-r)/B2(jq*r),n*=r,t=.5,n/=t,i=n,o=2;o<e;++o)n/=o-t,n*=r,i+=n;a+=i}return a}W2.exports=Xq});var Ze=m((XO,j2)=>{"use strict";var Kq=-708.3964185322641;j2.exports=Kq});var Z2=m((KO,Y2)=>{"use strict";var wr=H(),Sn=U(),Yq=V(),X2=Me(),K2=Ze();function Zq(e,r){var t,n;return n=e*Yq(r),r>=1?n<X2&&-r>K2?t=Sn(r,e)*wr(-r):e>=1?t=Sn(r/wr(r/e),e):t=wr(n-r):n>K2?t=Sn(r,e)*wr(-r):r/e<X2?t=Sn(r/wr(r/e),e):t=wr(n-r),t}Y2.exports=Zq});var ma=m((YO,Q2)=>{"use strict";function Qq(e,r){var t,n;if(n=e.length,n<2||r===0)return n===0?0:e[0];for(n-=1,t=e[n]*r+e[n-1],n-=2;n>=0;)t=t*r+e[n],n-=1;return t}Q2.exports=Qq});var z2=m((ZO,J2)=>{"use strict";var Jq=Function;J2.exports=Jq});var rh=m((QO,eh)=>{"use strict";var zq=z2();eh.exports=zq});var nh=m((JO,th)=>{"use strict";var eN=rh(),rN=ma();function tN(e){var r,t,n,i;if(e.length>500)return a;if(r="return function evalpoly(x){",t=e.length,t===0)r+="return 0.0;";else if(t===1)r+="return "+e[0]+";";else{for(r+="if(x===0.0){return "+e[0]+";}",r+="return "+e[0],n=t-1,i=1;i<t;i++)r+="+x*",i<n&&(r+="("),r+=e[i];for(i=0;i<n-1;i++)r+=")";r+=";"}return r+="}",r+="//# sourceURL=evalpoly.factory.js",new eN(r)();function a(o){return rN(e,o)}}th.exports=tN});var oh=m((zO,ah)=>{"use strict";var nN=xr(),ih=ma(),iN=nh();nN(ih,"factory",iN);ah.exports=ih});var lh=m((e$,sh)=>{"use strict";function aN(e){var r=-e,t=-1,n=0;return i;function i(){return t*=r,n+=1,t/n}}sh.exports=aN});var ch=m((r$,uh)=>{"use strict";var oN=R(),sN=V(),lN=ae(),uN=br(),cN=lh();function fN(e){var r,t;return e<=-1?NaN:(t=oN(e),t>.95?sN(1+e)-e:t<lN?-e*e/2:(r={initialValue:-e},uN(cN(e),r)))}uh.exports=fN});var da=m((t$,fh)=>{"use strict";var mN=ch();fh.exports=mN});var dh=m((n$,mh)=>{"use strict";var dN=6.283185307179586;mh.exports=dN});var hh=m((i$,ph)=>{"use strict";function pN(e){return e===0?-.3333333333333333:-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8296711340953087e-22+e*(-17665952736826078e-23+e*(6707853543401498e-24+e*(10261809784240309e-24+e*(-4382036018453353e-24+e*914769958223679e-24)))))))))))))}ph.exports=pN});var vh=m((a$,gh)=>{"use strict";function hN(e){return e===0?-.001851851851851852:-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4018775720164609e-22+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4647127802807434e-24+e*(1378633446915721e-22+e*(-5752545603517705e-23+e*11951628599778148e-24)))))))))))}gh.exports=hN});var bh=m((o$,yh)=>{"use strict";function gN(e){return e===0?.004133597883597883:.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3423578734096138e-23+e*(13721957309062932e-22+e*(-6298992138380055e-22+e*14280614206064242e-23)))))))))}yh.exports=gN});var Mh=m((s$,wh)=>{"use strict";function vN(e){return e===0?.0006494341563786008:.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2396505113867297e-22+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}wh.exports=vN});var Ah=m((l$,Sh)=>{"use strict";function yN(e){return e===0?-.0008618882909167117:-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}Sh.exports=yN});var Nh=m((u$,qh)=>{"use strict";function bN(e){return e===0?-.00033679855336635813:-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1419062920643967e-22+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}qh.exports=bN});var _h=m((c$,Eh)=>{"use strict";function wN(e){return e===0?.0005313079364639922:.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7902353232660328e-22+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}Eh.exports=wN});var kh=m((f$,Ih)=>{"use strict";function MN(e){return e===0?.00034436760689237765:.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}Ih.exports=MN});var Rh=m((m$,Th)=>{"use strict";function SN(e){return e===0?-.0006526239185953094:-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}Th.exports=SN});var Lh=m((d$,Ch)=>{"use strict";var AN=oh(),qN=da(),NN=rn(),pa=z(),EN=H(),_N=dh(),IN=hh(),kN=vh(),TN=bh(),RN=Mh(),CN=Ah(),LN=Nh(),xN=_h(),FN=kh(),ON=Rh(),ee=[0,0,0,0,0,0,0,0,0,0];function $N(e,r){var t,n,i,a,o;return n=(r-e)/e,i=-qN(n),a=e*i,o=pa(2*i),r<e&&(o=-o),ee[0]=IN(o),ee[1]=kN(o),ee[2]=TN(o),ee[3]=RN(o),ee[4]=CN(o),ee[5]=LN(o),ee[6]=xN(o),ee[7]=FN(o),ee[8]=ON(o),ee[9]=-.0005967612901927463,t=AN(ee,1/e),t*=EN(-a)/pa(_N*e),r<e&&(t=-t),t+=NN(pa(a))/2,t}Ch.exports=$N});var Fh=m((p$,xh)=>{"use strict";function PN(e,r){var t=1,n=e,i=r;return a;function a(){var o=t;return n+=1,t*=i/n,o}}xh.exports=PN});var ha=m((h$,Oh)=>{"use strict";var HN=br(),DN=Fh();function UN(e,r,t){var n,i;return t=t||0,i=DN(e,r),n=HN(i,{initialValue:t}),n}Oh.exports=UN});var Ph=m((g$,$h)=>{"use strict";function GN(e){var r,t,n;return e===0?1/0:(e<0?r=-e:r=e,r<=1?(t=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,t=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),t/n)}$h.exports=GN});var Dh=m((v$,Hh)=>{"use strict";var BN=Ph();Hh.exports=BN});var Xr=m((y$,Uh)=>{"use strict";var WN=Dh();Uh.exports=WN});var Wh=m((b$,Bh)=>{"use strict";var VN=Xr(),jN=wn(),XN=Ie(),KN=da(),YN=z(),ZN=R(),ke=H(),Kr=U(),ga=Ur(),va=hr(),Gh=V(),QN=ln(),An=Me(),Yr=Ze(),ya=vr(),JN=Ke();function zN(e,r){var t,n,i,a,o,s,c;return i=e+ya-.5,c=(r-e-ya+.5)/i,e<1?r<=Yr||e<1/QN?ke(e*Gh(r)-r-jN(e)):Kr(r,e)*ke(-r)/XN(e):(ZN(c*c*e)<=100&&e>150?(t=e*KN(c)+r*(.5-ya)/i,t=ke(t)):(a=e*Gh(r/i),o=e-r,va(a,o)<=Yr||ga(a,o)>=An?(n=o/e,va(a,o)/2>Yr&&ga(a,o)/2<An?(s=Kr(r/i,e/2)*ke(o/2),t=s*s):va(a,o)/4>Yr&&ga(a,o)/4<An&&r>e?(s=Kr(r/i,e/4)*ke(o/4),t=s*s,t*=t):n>Yr&&n<An?t=Kr(r*ke(n)/i,e):t=ke(a+o)):t=Kr(r/i,e)*ke(o)),t*=YN(i/JN)/VN(e),t)}Bh.exports=zN});var Xh=m((w$,jh)=>{"use strict";var ba=C(),eE=Ge(),Vh=R(),rE=Hr(),tE=V(),nE=U(),iE=Kt();function aE(e,r){var t,n;if(ba(e)||ba(r))return NaN;if(r===0)return 0;if(e===0)return-1;if(e<0&&r%2===0&&(e=-e),e>0){if((Vh(r*(e-1))<.5||Vh(r)<.2)&&(n=tE(e)*r,n<.5))return rE(n)}else if(iE(r)!==r)return NaN;return t=nE(e,r)-1,eE(t)||ba(t)?NaN:t}jh.exports=aE});var Yh=m((M$,Kh)=>{"use strict";var oE=Xh();Kh.exports=oE});var Qh=m((S$,Zh)=>{"use strict";function sE(e){var r,t,n;return e===0?-.01803556856784494:(e<0?r=-e:r=e,r<=1?(t=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0)))))),n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-22335276320861708e-23))))))):(e=1/e,t=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494)))))),n=-22335276320861708e-23+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))),t/n)}Zh.exports=sE});var zh=m((A$,Jh)=>{"use strict";function lE(e){var r,t,n;return e===0?.04906224540690395:(e<0?r=-e:r=e,r<=1?(t=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955))))),n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))):(e=1/e,t=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395))))),n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))),t/n)}Jh.exports=lE});var rg=m((q$,eg)=>{"use strict";function uE(e){var r,t,n;return e===0?-.029232972183027003:(e<0?r=-e:r=e,r<=1?(t=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0))))),n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8271935218912905e-22)))))):(e=1/e,t=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003))))),n=-8271935218912905e-22+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))),t/n)}eg.exports=uE});var ng=m((N$,tg)=>{"use strict";var wa=V(),cE=ae(),fE=Qh(),mE=zh(),dE=rg(),pE=.15896368026733398,hE=.5281534194946289,gE=.45201730728149414;function vE(e,r,t){var n,i,a,o;if(e<cE)return-wa(e);if(r===0||t===0)return 0;if(i=0,e>2){if(e>=3){do e-=1,t-=1,i+=wa(e);while(e>=3);t=e-2}return a=t*(e+1),o=fE(t),i+=a*pE+a*o,i}return e<1&&(i+=-wa(e),t=r,r=e,e+=1),e<=1.5?(a=mE(r),n=r*t,i+=n*hE+n*a,i):(a=t*r,o=dE(-t),i+=a*gE+a*o,i)}tg.exports=vE});var lg=m((E$,sg)=>{"use strict";var ig=Ie(),ag=Hr(),yE=ve(),bE=C(),og=ng();function wE(e){return bE(e)?NaN:e<0?e<-.5?ig(1+e)-1:ag(-yE(e)+og(e+2,e+1,e)):e<2?ag(og(e+1,e,e-1)):ig(1+e)-1}sg.exports=wE});var cg=m((_$,ug)=>{"use strict";var ME=lg();ug.exports=ME});var mg=m((I$,fg)=>{"use strict";function SE(e,r){var t,n,i,a;return t=-r,r=-r,n=e+1,i=1,o;function o(){return a=t/n,t*=r,i+=1,t/=i,n+=1,a}}fg.exports=SE});var pg=m((k$,dg)=>{"use strict";var AE=Yh(),qE=br(),NE=cg(),EE=mg();function _E(e,r,t){var n,i,a,o,s;return i=NE(e),a=(i+1)/e,o=AE(r,e),i-=o,i/=e,s=EE(e,r),o+=1,n=t?a:0,i=-o*qE(s,{initialValue:(n-i)/o}),t&&(i=-i),[i,a]}dg.exports=_E});var Ma=m((T$,hg)=>{"use strict";var IE=11754943508222875e-54;hg.exports=IE});var vg=m((R$,gg)=>{"use strict";var qn=R(),oe=Ma(),kE=ae(),TE=1e6;function RE(e,r,t){var n,i,a,o,s,c,u;if(n=typeof e.next=="function",u=n?e.next().value:e(),o=u[1],a=u[0],o===0&&(o=oe),s=o,c=0,n===!0)do u=e.next().value,u&&(c=u[1]+u[0]*c,c===0&&(c=oe),s=u[1]+u[0]/s,s===0&&(s=oe),c=1/c,i=s*c,o*=i);while(qn(i-1)>r&&--t);else do u=e(),u&&(c=u[1]+u[0]*c,c===0&&(c=oe),s=u[1]+u[0]/s,s===0&&(s=oe),c=1/c,i=s*c,o*=i);while(u&&qn(i-1)>r&&--t);return a/o}function CE(e,r,t){var n,i,a,o,s,c;if(n=typeof e.next=="function",c=n?e.next().value:e(),a=c[1],a===0&&(a=oe),o=a,s=0,n===!0)do c=e.next().value,c&&(s=c[1]+c[0]*s,s===0&&(s=oe),o=c[1]+c[0]/o,o===0&&(o=oe),s=1/s,i=o*s,a*=i);while(c&&qn(i-1)>r&&--t);else do c=e(),c&&(s=c[1]+c[0]*s,s===0&&(s=oe),o=c[1]+c[0]/o,o===0&&(o=oe),s=1/s,i=o*s,a*=i);while(c&&qn(i-1)>r&&--t);return a}function LE(e,r){var t,n,i;return n={},arguments.length>1&&(n=r),t=n.maxIter||TE,i=n.tolerance||kE,n.keep?CE(e,i,t):RE(e,i,t)}gg.exports=LE});var wg=m((C$,bg)=>{"use strict";var yg=R(),xE=ae(),Mr=Ma(),FE=1e6;function OE(e,r,t){var n,i,a,o,s,c;c=e(),s=c[1],i=c[0],s===0&&(s=Mr),a=s,o=0;do c=e(),c&&(o=c[1]+c[0]*o,o===0&&(o=Mr),a=c[1]+c[0]/a,a===0&&(a=Mr),o=1/o,n=a*o,s*=n);while(c&&yg(n-1)>r&&--t);return i/s}function $E(e,r,t){var n,i,a,o,s;s=e(),o=s[1],o===0&&(o=Mr),i=o,a=0;do s=e(),s&&(a=s[1]+s[0]*a,a===0&&(a=Mr),i=s[1]+s[0]/i,i===0&&(i=Mr),a=1/a,n=i*a,o*=n);while(s&&yg(n-1)>r&&--t);return o}function PE(e,r){var t,n,i;return n={},arguments.length>1&&(n=r),i=n.tolerance||xE,t=n.maxIter||FE,n.keep?$E(e,i,t):OE(e,i,t)}bg.exports=PE});var Aa=m((L$,Mg)=>{"use strict";var HE=ca(),DE=vg(),UE=wg(),Sa;HE()?Sa=DE:Sa=UE;Mg.exports=Sa});var Ag=m((x$,Sg)=>{"use strict";function GE(e,r){var t=r-e+1,n=e,i=0;return a;function a(){return i+=1,t+=2,[i*(n-i),t]}}Sg.exports=GE});var qa=m((F$,qg)=>{"use strict";var BE=Aa(),WE=Ag();function VE(e,r){var t=WE(e,r);return 1/(r-e+1+BE(t))}qg.exports=VE});var Ig=m((O$,_g)=>{"use strict";var jE=ie(),Zr=Ie(),Na=R(),Ng=U(),XE=V(),KE=N2(),Eg=ln(),YE=Me(),ZE=D2(),QE=G2(),JE=V2(),Ea=Z2(),zE=Lh(),e_=ha(),_a=Wh(),r_=pg(),t_=qa();function n_(e,r,t,n){var i,a,o,s,c,u,l,f,h,p,g,v,y,b;switch(l=0,f=n,u=r<30&&r<=e+1&&e<YE,u?(y=jE(r),h=y===r,o=h?!1:Na(y-r)===.5):(h=!1,o=!1),h&&e>.6?(f=!f,a=0):o&&e>.2?(f=!f,a=1):e<KE&&r>1?a=6:e>1e3&&(r<e||Na(r-50)/e<1)?(f=!f,a=7):e<.5?-.4/XE(e)<r?a=2:a=3:e<1.1?e*.75<r?a=2:a=3:(c=!1,t&&r>20&&(p=Na((e-r)/r),r>200?20/r>p*p&&(c=!0):p<.4&&(c=!0)),c?a=5:e-1/(3*e)<r?a=2:(a=4,f=!f)),a){case 0:l=QE(r,e),t===!1&&(l*=Zr(r));break;case 1:l=JE(r,e),t===!1&&(l*=Zr(r));break;case 2:l=t?_a(r,e):Ea(r,e),l!==0&&(s=0,i=!1,f&&(s=t?1:Zr(r),t||l>=1||Eg*l>s?(s/=l,t||r<1||Eg/r>s?(s*=-r,i=!0):s=0):s=0),l*=e_(r,e,s)/r,i&&(f=!1,l=-l));break;case 3:f=!f,g=r_(r,e,f),l=g[0],b=g[1],f=!1,t&&(l/=b);break;case 4:l=t?_a(r,e):Ea(r,e),l!==0&&(l*=t_(r,e));break;case 5:l=zE(r,e),e>=r&&(f=!f);break;case 6:l=t?Ng(e,r)/Zr(r+1):Ng(e,r)/r,l*=1-r*e/(r+1);break;case 7:l=t?_a(r,e):Ea(r,e),l/=e,l!==0&&(l*=ZE(r,e));break}return t&&l>1&&(l=1),f&&(v=t?1:Zr(r),l=v-l),l}_g.exports=n_});var Cg=m(($$,Rg)=>{"use strict";var i_=wn(),a_=H(),se=V(),o_=aa(),s_=Me(),l_=F(),u_=Wr(),kg=Ig(),Tg=ha(),c_=qa();function f_(e,r,t,n){var i,a,o,s;return e<0||r<=0?NaN:(i=t===void 0?!0:t,o=n,r>=u_&&!i?(o&&r*4<e?(s=r*se(e)-e,s+=se(c_(r,e))):!o&&r>4*e?(s=r*se(e)-e,a=0,s+=se(Tg(r,e,a)/r)):(s=kg(e,r,!0,o),s===0?o?(s=1+1/(12*r)+1/(288*r*r),s=se(s)-r+(r-.5)*se(r),s+=se(o_)):(s=r*se(e)-e,a=0,s+=se(Tg(r,e,a)/r)):s=se(s)+i_(r)),s>s_?l_:a_(s)):kg(e,r,i,o))}Rg.exports=f_});var xg=m((P$,Lg)=>{"use strict";var m_=Cg();Lg.exports=m_});var Pg=m((H$,$g)=>{"use strict";var Sr=H(),Nn=U(),d_=V(),Fg=Me(),Og=Ze();function p_(e,r){var t,n;return n=e*d_(r),r>=1?n<Fg&&-r>Og?t=Nn(r,e)*Sr(-r):e>=1?t=Nn(r/Sr(r/e),e):t=Sr(n-r):n>Og?t=Nn(r,e)*Sr(-r):r/e<Fg?t=Nn(r/Sr(r/e),e):t=Sr(n-r),t}$g.exports=p_});var Ug=m((D$,Dg)=>{"use strict";var h_=Xr(),g_=wn(),v_=Ie(),y_=ve(),b_=z(),w_=R(),Te=H(),Qr=U(),Ia=Ur(),ka=hr(),Hg=V(),En=Me(),Jr=Ze(),Ta=vr(),M_=Ke();function S_(e,r){var t,n,i,a,o,s,c;return i=e+Ta-.5,c=(r-e-Ta+.5)/i,e<1?r<=Jr?Te(e*Hg(r)-r-g_(e)):Qr(r,e)*Te(-r)/v_(e):(w_(c*c*e)<=100&&e>150?(t=e*(y_(c)-c)+r*(.5-Ta)/i,t=Te(t)):(a=e*Hg(r/i),o=e-r,ka(a,o)<=Jr||Ia(a,o)>=En?(n=o/e,ka(a,o)/2>Jr&&Ia(a,o)/2<En?(s=Qr(r/i,e/2)*Te(o/2),t=s*s):ka(a,o)/4>Jr&&Ia(a,o)/4<En&&r>e?(s=Qr(r/i,e/4)*Te(o/4),t=s*s,t*=t):n>Jr&&n<En?t=Qr(r*Te(n)/i,e):t=Te(a+o)):t=Qr(r/i,e)*Te(o)),t*=b_(i/M_)/h_(e),t)}Dg.exports=S_});var jg=m((U$,Vg)=>{"use strict";var A_=Lp(),Gg=oa(),q_=xg(),N_=ve(),_n=R(),Bg=U(),E_=V(),__=mr(),Wg=ae(),I_=Pg(),k_=Ug(),Re=new Array(30);function T_(e,r,t,n,i,a,o){var s,c,u,l,f,h,p,g,v,y,b,M,w,S,N,E,_,A;if(h=r-1,_=e+h/2,n<.35?y=N_(-n):y=E_(t),A=-_*y,M=k_(r,A),M<=__)return i;for(o?(s=M/A_(e,r),s/=Bg(_,r)):s=I_(r,A)/Bg(_,r),s*=a,Re[0]=1,w=q_(A,r,!0,!0),w/=M,l=i+s*w,u=1,p=y/2,p*=p,g=1,b=4*_*_,f=r,N=1;N<Re.length;++N){for(u+=2,Re[N]=0,v=r-N,c=3,S=1;S<N;++S)v=S*r-N,Re[N]+=v*Re[N-S]/Gg(c),c+=2;if(Re[N]/=N,Re[N]+=h/Gg(u),w=(f*(f+1)*w+(A+f+1)*g)/b,g*=p,f+=2,E=s*Re[N]*w,l+=E,E>1){if(_n(E)<_n(Wg*l))break}else if(_n(E/Wg)<_n(l))break}return l}Vg.exports=T_});var Kg=m((G$,Xg)=>{"use strict";function R_(e,r,t){var n,i;if(t===0)return 1;for(n=1,i=0;i<t;i++)n*=(e+i)/(r+i);return n}Xg.exports=R_});var Qg=m((B$,Zg)=>{"use strict";var Yg=R(),C_=Ur();function L_(e,r){return C_(Yg(e),Yg(r))}Zg.exports=L_});var zg=m((W$,Jg)=>{"use strict";var x_=Qg();Jg.exports=x_});var tv=m((V$,rv)=>{"use strict";var ev=R(),F_=hr();function O_(e,r){return F_(ev(e),ev(r))}rv.exports=O_});var iv=m((j$,nv)=>{"use strict";var $_=tv();nv.exports=$_});var kn=m((X$,sv)=>{"use strict";var Ra=Xr(),P_=zg(),H_=iv(),av=Hr(),Ce=ve(),ov=z(),In=R(),le=H(),ue=U(),D_=hr(),Y=V(),ce=Me(),Ar=Ze(),Ca=vr(),U_=Ke();function G_(e,r,t,n,i){var a,o,s,c,u,l,f,h,p,g,v,y,b,M;if(!i)return ue(t,e)*ue(n,r);if(b=e+r,c=e+Ca-.5,u=r+Ca-.5,l=b+Ca-.5,a=Ra(b),a/=Ra(e)*Ra(r),a*=ov(u/U_),a*=ov(c/l),f=(t*r-n*c)/c,h=(n*e-t*u)/u,H_(f,h)<.2)if(f*h>0||D_(e,r)<1)In(f)<.1?a*=le(e*Ce(f)):a*=ue(t*l/c,e),In(h)<.1?a*=le(r*Ce(h)):a*=ue(n*l/u,r);else if(P_(f,h)<.5)o=e<r,s=r/e,o&&s*h<.1||!o&&f/s>.1?(p=av(s*Ce(h)),p=f+p+p*f,p=e*Ce(p),a*=le(p)):(p=av(Ce(f)/s),p=h+p+p*h,p=r*Ce(p),a*=le(p));else if(In(f)<In(h))if(M=e*Ce(f)+r*Y(n*l/u),M<=Ar||M>=ce){if(M+=Y(a),M>=ce)return NaN;a=le(M)}else a*=le(M);else if(M=r*Ce(h)+e*Y(t*l/c),M<=Ar||M>=ce){if(M+=Y(a),M>=ce)return NaN;a=le(M)}else a*=le(M);else if(v=t*l/c,y=n*l/u,f=e*Y(v),h=r*Y(y),f>=ce||f<=Ar||h>=ce||h<=Ar)if(e<r)if(g=ue(y,r/e),p=e*(Y(v)+Y(g)),p<ce&&p>Ar)a*=ue(g*v,e);else{if(h+=f+Y(a),h>=ce)return NaN;a=le(h)}else if(g=ue(v,e/r),p=(Y(g)+Y(y))*r,p<ce&&p>Ar)a*=ue(g*y,r);else{if(h+=f+Y(a),h>=ce)return NaN;a=le(h)}else a*=ue(v,e)*ue(y,r);return a}sv.exports=G_});var uv=m((K$,lv)=>{"use strict";var B_=Aa(),W_=kn(),V_={keep:!0,maxIter:1e3};function j_(e,r,t,n){var i=0;return a;function a(){var o,s,c;return s=(e+i-1)*(e+r+i-1)*i*(r-i)*t*t,o=e+2*i-1,s/=o*o,c=i,c+=i*(r-i)*t/(e+2*i-1),c+=(e+i)*(e*n-r*t+1+i*(2-t))/(e+2*i+1),i+=1,[s,c]}}function X_(e,r,t,n,i,a){var o,s,c;return o=W_(e,r,t,n,i),a&&(a[1]=o),o===0?o:(c=j_(e,r,t,n),s=B_(c,V_),o/s)}lv.exports=X_});var fv=m((Y$,cv)=>{"use strict";var K_=9007199254740991;cv.exports=K_});var dv=m((Z$,mv)=>{"use strict";function Y_(e,r){var t=0,n;if(e===0)return r;if(r===0)return e;for(;(e&1)===0&&(r&1)===0;)e>>>=1,r>>>=1,t+=1;for(;(e&1)===0;)e>>>=1;for(;r;){for(;(r&1)===0;)r>>>=1;e>r&&(n=r,r=e,e=n),r-=e}return e<<t}mv.exports=Y_});var hv=m((Q$,pv)=>{"use strict";function Z_(e,r){var t=1,n;if(e===0)return r;if(r===0)return e;for(;e%2===0&&r%2===0;)e/=2,r/=2,t*=2;for(;e%2===0;)e/=2;for(;r;){for(;r%2===0;)r/=2;e>r&&(n=r,r=e,e=n),r-=e}return t*e}pv.exports=Z_});var Sv=m((J$,Mv)=>{"use strict";var gv=C(),vv=Xe(),yv=F(),bv=W(),wv=Zi(),Q_=dv(),J_=hv();function z_(e,r){return gv(e)||gv(r)?NaN:e===yv||r===yv||e===bv||r===bv?NaN:vv(e)&&vv(r)?(e<0&&(e=-e),r<0&&(r=-r),e<=wv&&r<=wv?Q_(e,r):J_(e,r)):NaN}Mv.exports=z_});var qv=m((z$,Av)=>{"use strict";var eI=Sv();Av.exports=eI});var Iv=m((eP,_v)=>{"use strict";var rI=fv(),tI=F(),Nv=Xe(),Ev=C(),nI=tn(),iI=ie(),aI=qv();function La(e,r){var t,n,i,a,o,s,c;if(Ev(e)||Ev(r))return NaN;if(!Nv(e)||!Nv(r))return NaN;if(r<0||(n=1,e<0&&(e=-e+r-1,nI(r)&&(n*=-1)),r>e))return 0;if(r===0||r===e)return n;if(r===1||r===e-1)return n*e;for(e-r<r&&(r=e-r),c=iI(rI/e),t=1,o=1;o<=r&&!(t>c);o++)t*=e,t/=o,e-=1;return o>r?n*t:(i=La(e,r-o+1),i===tI?n*i:(a=La(r,r-o+1),s=aI(i,a),i/=s,a/=s,t/=a,n*t*i))}_v.exports=La});var Tv=m((rP,kv)=>{"use strict";var oI=Iv();kv.exports=oI});var Lv=m((tP,Cv)=>{"use strict";var Rv=Tv(),Qe=ie(),zr=U(),sI=mr();function lI(e,r,t,n){var i,a,o,s,c;if(a=zr(t,e),a>sI)for(s=a,c=Qe(e-1);c>r;c--)s*=(c+1)*n/((e-c)*t),a+=s;else if(o=Qe(e*t),o<=r+1&&(o=Qe(r+2)),a=zr(t,o)*zr(n,e-o),a*=Rv(Qe(e),Qe(o)),a===0)for(c=o-1;c>r;c--)a+=zr(t,c)*zr(n,e-c),a*=Rv(Qe(e),Qe(c));else{for(s=a,i=a,c=o-1;c>r;c--)s*=(c+1)*n/((e-c)*t),a+=s;for(s=i,c=o+1;c<=e;c++)s*=(e-c+1)*t/(c*n),a+=s}return a}Cv.exports=lI});var Fv=m((nP,xv)=>{"use strict";var uI=kn();function cI(e,r,t,n,i,a,o){var s,c,u,l;if(s=uI(e,r,t,n,a),o&&(o[1]=s),s/=e,s===0)return s;for(u=1,c=1,l=0;l<i-1;++l)c*=(e+r+l)*t/(e+l+1),u+=c;return s*=u,s}xv.exports=cI});var Dv=m((iP,Hv)=>{"use strict";var xa=Xr(),fI=br(),mI=ve(),dI=z(),Fa=H(),Tn=U(),et=V(),pI=mr(),Ov=Me(),$v=Ze(),Oa=vr(),hI=Ke(),Pv={maxTerms:100};function gI(e,r,t,n){var i=1-r,a=1;return o;function o(){var s=n/e;return e+=1,n*=i*t/a,a+=1,i+=1,s}}function vI(e,r,t,n,i,a,o){var s,c,u,l,f,h,p,g;return i?(p=e+r,c=e+Oa-.5,u=r+Oa-.5,l=p+Oa-.5,s=xa(p)/(xa(e)*xa(r)),f=et(l/u)*(r-.5),h=et(t*l/c)*e,f>$v&&f<Ov&&h>$v&&h<Ov?(e*r<u*10?s*=Fa((r-.5)*mI(e/u)):s*=Tn(l/u,r-.5),s*=Tn(t*l/c,e),s*=dI(c/hI),a&&(a[1]=s*Tn(o,r))):(s=et(s)+f+h+(et(c)-1)/2,a&&(a[1]=Fa(s+r*et(o))),s=Fa(s))):s=Tn(t,e),s<pI?n:(g=gI(e,r,t,s),Pv.initialValue=n,fI(g,Pv))}Hv.exports=vI});var Ha=m((aP,Xv)=>{"use strict";var yI=C(),bI=Hr(),Rn=ie(),Uv=ve(),Gv=d1(),Z=Nm(),$a=z(),wI=H(),rt=U(),MI=Ur(),Bv=hr(),Cn=ln(),Wv=mr(),SI=Zi(),AI=Wm(),jv=gr(),Le=jg(),Pa=Kg(),qI=kn(),Vv=uv(),NI=Lv(),tt=Fv(),fe=Dv(),EI=1/jv;function _I(e,r,t,n,i,a,o,s){var c,u,l,f,h,p,g,v,y,b,M,w;if(w=1-e,g=s,v=s+o,a[v]=-1,yI(e)||e<0||e>1)return a[g]=NaN,a[v]=NaN,a;if(n){if(r<0||t<0)return a[g]=NaN,a[v]=NaN,a;if(r===0){if(t===0)return a[g]=NaN,a[v]=NaN,a;if(t>0)return a[g]=i?0:1,a}else if(t===0&&r>0)return a[g]=i?1:0,a}else if(r<=0||t<=0)return a[g]=NaN,a[v]=NaN,a;return e===0?(r===1?a[v]=1:a[v]=r<1?Cn/2:Wv*2,i?(a[g]=n?1:Z(r,t),a):(a[g]=0,a)):e===1?(t===1?a[v]=1:a[v]=t<1?Cn/2:Wv*2,i?a[g]=0:a[g]=n?1:Z(r,t),a):r===.5&&t===.5?(a[v]=EI*$a(w*e),M=Gv($a(i?w:e)),M/=AI,n||(M*=jv),a[g]=M,a):(r===1&&(p=t,t=r,r=p,p=w,w=e,e=p,i=!i),t===1?r===1?(a[g]=i?w:e,a[v]=1,a):(a[v]=r*rt(e,r-1),w<.5?M=i?-bI(r*Uv(-w)):wI(r*Uv(-w)):M=i?-(rt(e,r)-1):rt(e,r),n||(M/=r),a[g]=M,a):(Bv(r,t)<=1?(e>.5&&(p=t,t=r,r=p,p=w,w=e,e=p,i=!i),MI(r,t)<=1?r>=Bv(.2,t)||rt(e,r)<=.9?i?(l=-(n?1:Z(r,t)),i=!1,l=-fe(r,t,e,l,n,a,w)):l=fe(r,t,e,0,n,a,w):(p=t,t=r,r=p,p=w,w=e,e=p,i=!i,w>=.3?i?(l=-(n?1:Z(r,t)),i=!1,l=-fe(r,t,e,l,n,a,w)):l=fe(r,t,e,0,n,a,w):(n?u=1:u=Pa(r+t,r,20),l=tt(r,t,e,w,20,n,a),i?(l-=n?1:Z(r,t),i=!1,l=-Le(r+20,t,e,w,l,u,n)):l=Le(r+20,t,e,w,l,u,n))):t<=1||e<.1&&rt(t*e,r)<=.7?i?(l=-(n?1:Z(r,t)),i=!1,l=-fe(r,t,e,l,n,a,w)):l=fe(r,t,e,0,n,a,w):(p=t,t=r,r=p,p=w,w=e,e=p,i=!i,w>=.3?i?(l=-(n?1:Z(r,t)),i=!1,l=-fe(r,t,e,l,n,a,w)):l=fe(r,t,e,0,n,a,w):r>=15?i?(l=-(n?1:Z(r,t)),i=!1,l=-Le(r,t,e,w,l,1,n)):l=Le(r,t,e,w,0,1,n):(n?u=1:u=Pa(r+t,r,20),l=tt(r,t,e,w,20,n,a),i?(l-=n?1:Z(r,t),i=!1,l=-Le(r+20,t,e,w,l,u,n)):l=Le(r+20,t,e,w,l,u,n)))):(r<t?c=r-(r+t)*e:c=(r+t)*w-t,c<0&&(p=t,t=r,r=p,p=w,w=e,e=p,i=!i),t<40?Rn(r)===r&&Rn(t)===t&&r<SI-100?(y=r-1,b=t+y,l=NI(b,y,e,w),n||(l*=Z(r,t))):t*e<=.7?i?(l=-(n?1:Z(r,t)),i=!1,l=-fe(r,t,e,l,n,a,w)):l=fe(r,t,e,0,n,a,w):r>15?(b=Rn(t),b===t&&(b-=1),f=t-b,n?u=1:u=Pa(r+f,f,b),l=tt(f,r,w,e,b,n),l=Le(r,f,e,w,l,1,n),l/=u):n?(b=Rn(t),f=t-b,f<=0&&(b-=1,f+=1),l=tt(f,r,w,e,b,n),l+=tt(r,f,e,w,20,n),i&&(l-=1),l=Le(r+20,f,e,w,l,1,n),i&&(l=-l,i=!1)):l=Vv(r,t,e,w,n,a):l=Vv(r,t,e,w,n,a)),a[v]<0&&(a[v]=qI(r,t,e,w,!0)),h=w*e,a[v]!==0&&(Cn*h<a[v]?a[v]=Cn/2:a[v]/=h),a[g]=i?(n?1:Z(r,t))-l:l,a))}Xv.exports=_I});var Yv=m((oP,Kv)=>{"use strict";var II=Ha();function kI(e,r,t,n,i){return II(e,r,t,n,i,[0,0],1,0)}Kv.exports=kI});var Jv=m((sP,Qv)=>{"use strict";var TI=xr(),Zv=Yv(),RI=Ha();TI(Zv,"assign",RI);Qv.exports=Zv});var e6=m((lP,zv)=>{"use strict";var CI=Jv().assign;function LI(e,r,t,n,i){var a=[0,0];return n=n!==!1,i=i===!0,CI(e,r,t,n,i,a,1,0),a[0]}zv.exports=LI});var t6=m((uP,r6)=>{"use strict";var xI=e6();r6.exports=xI});function D(e,r=2){if(e===null||!Number.isFinite(e))return"–";let t=Math.abs(e).toFixed(r);return Number(t)===0?0 .toFixed(r):(e<0?"−":"+")+t}function I(e,r=3){if(e===null||!Number.isFinite(e))return"–";let t=e.toFixed(r);return t.startsWith("-")?"−"+t.slice(1):t}function Fe(e,r=2,t=m6){return e?`${t(e[0],r)} – ${t(e[1],r)}`:"–"}var m6=(e,r)=>I(e,r);var On={kendall:"τ",pearson:"r",spearman:"ρ"},ot={kendall:"Kendall τ-b",pearson:"Pearson r",spearman:"Spearman ρ"};var pe={symbol:"ᵃ",text:"ᵃ",meaning:"one of the aggregate’s scenarios: it is scored against an aggregate it helps form, so its agreement is biased upward"},ze={symbol:"⚠",text:"!",meaning:"a warning about this score, such as too few models shared with the aggregate"};function Ga(e){return[...e.in_aggregate?[pe]:[],...e.warnings.length?[ze]:[]]}function $n(e){let r=new Set(e.flatMap(Ga));return[pe,ze].filter(t=>r.has(t))}var st=["kendall","pearson","spearman"],lt=["random","top","bottom","middle","adjacent"],Ba=["random","adjacent"],he={correlation:{field:"correlation",flag:"--correlation",values:st,rule:`one of ${st.join(", ")}`},models_per_sample:{field:"modelsPerSample",flag:"--models-per-sample",min:0,not:1,rule:"0 (all shared models) or a whole number of at least 2"},sampling:{field:"sampling",flag:"--sampling",values:lt,rule:`one of ${lt.join(", ")}`},samples:{field:"samples",flag:"--samples",min:1,rule:"a whole number of at least 1"},seed:{field:"seed",flag:"--seed",min:0,rule:"a whole number"},min_common_models:{field:"minCommonModels",flag:"--min-common",min:2,rule:"a whole number of at least 2"}},Oe=Object.keys(he),KI=["preset",...Oe],d6=e=>he[e];function Wa(e,r){let t=d6(e);if("values"in t)return typeof r=="string"&&t.values.includes(r)?{ok:!0,value:r}:{ok:!1,rule:t.rule};let n=typeof r=="number"?r:typeof r=="string"&&/^\\d{1,15}$/.test(r)?Number(r):NaN;return Number.isSafeInteger(n)&&n>=t.min&&n!==t.not?{ok:!0,value:n}:{ok:!1,rule:t.rule}}function Va(e){return Object.fromEntries(Oe.map(r=>[r,e[he[r].field]]))}function ut(e){return Object.fromEntries(Oe.map(r=>[he[r].field,e[r]]))}function ja(e,r){return Oe.filter(t=>e[he[t].field]!==r[he[t].field]).map(t=>[t,e[he[t].field]])}function Pn(e){let r=e.modelsPerSample===0?"all shared models":`${e.modelsPerSample}-model ${e.sampling} samples`,t=e.modelsPerSample===0||!Ba.includes(e.sampling)?"":` × ${e.samples}`;return`${ot[e.correlation]}, ${r}${t}, seed ${e.seed}, at least ${e.minCommonModels} shared models`}function $e(e){let r=e*100;return`${r<10?Number(r.toFixed(1)):Math.round(r)}%`}var Xa=e=>String(e),ct="saturated",p6=e=>`${e} row${e===1?"":"s"} to check`;function ft(e,r){return[...e?[ct]:[],...r>0?[p6(r)]:[]]}function Hn({saturation:e,plausibility:r}){return`${ct}: at least ${$e(e.saturatedShare)} of the models score within ${$e(e.nearBest)} of the score range from the best, or the top ${e.topModels} span less than ${$e(e.minTopSpread)} of the range (no verdict below ${e.minModels} models). N rows to check: models whose rank in the scenario is further from their rank in the aggregate than ${r.madMultiplier} median absolute deviations above the median gap and than ${$e(r.minGapShare)} of the shared models (checked from ${r.minModels} shared models). Neither changes the score.`}function Ka(e,r){return e.nearBestShare===null||e.topSpread===null?"no scores":`${$e(e.nearBestShare)} of ${e.models} models within ${$e(r.nearBest)} of the best; the top ${e.topModels} span ${$e(e.topSpread)} of the range`}var h6={place:e=>e,name:e=>e};function qr(e,r,t=h6){return`${t.place(`${e.file}${e.line===null?"":`:${e.line}`}`)} ${t.name(e.name)}: rank ${Xa(e.rank)} in this scenario, ${Xa(e.aggregateRank)} in the aggregate (of ${r} shared models)`}function er(e){let{saturation:r,plausibility:t}=e.trust;return{saturation:{nearBest:r.near_best,saturatedShare:r.saturated_share,topModels:r.top_models,minTopSpread:r.min_top_spread,minModels:r.min_models},plausibility:{madMultiplier:t.mad_multiplier,minGapShare:t.min_gap_share,minModels:t.min_models}}}var sk=ze.text;var g6="http://www.w3.org/2000/svg";function Ya(e,r,t){for(let[n,i]of Object.entries(r))i==null||i===!1||e.setAttribute(n,i===!0?"":String(i));for(let n of t)n==null||n===!1||e.appendChild(typeof n=="string"?document.createTextNode(n):n)}function d(e,r={},...t){let n=document.createElement(e);return Ya(n,r,t),n}function k(e,r={},...t){let n=document.createElementNS(g6,e);return Ya(n,r,t),n}var mt=e=>k("title",{},e),L=e=>(Math.round(e*10)/10).toString();function Za(e,r,t,n){let i=t.length,{left:a,top:o,cell:s}=r,c=d("p",{class:"heat-readout",id:"heat-readout","aria-live":"polite"},"Hover a cell, or focus the map and use the arrow keys, to read a pair."),u=k("rect",{class:"cursor",width:s,height:s,visibility:"hidden"});e.append(u),e.setAttribute("tabindex","0"),e.setAttribute("aria-describedby",c.id);let l=[0,0];function f(h,p){l=[h,p];let g=n[h*i+p]??null;u.setAttribute("x",String(a+p*s)),u.setAttribute("y",String(o+h*s)),u.setAttribute("visibility","visible"),c.textContent=h===p?`${t[h]} (row ${h+1} of ${i}) with itself`:`${t[h]} × ${t[p]}: agreement ${g===null?"none (too few shared models)":I(g)}`}return e.addEventListener("mousemove",h=>{let p=e.getBoundingClientRect(),g=r.width/p.width,v=Math.floor(((h.clientX-p.left)*g-a)/s),y=Math.floor(((h.clientY-p.top)*g-o)/s);y>=0&&v>=0&&y<i&&v<i&&(y!==l[0]||v!==l[1]||u.getAttribute("visibility")==="hidden")&&f(y,v)}),e.addEventListener("focus",()=>f(...l)),e.addEventListener("keydown",h=>{let[p,g]=l;if(h.key==="ArrowRight")g=Math.min(i-1,g+1);else if(h.key==="ArrowLeft")g=Math.max(0,g-1);else if(h.key==="ArrowDown")p=Math.min(i-1,p+1);else if(h.key==="ArrowUp")p=Math.max(0,p-1);else if(h.key==="Home")g=0;else if(h.key==="End")g=i-1;else return;h.preventDefault(),f(p,g)}),c}function Nr(e,r){return e==null||r==null?NaN:e<r?-1:e>r?1:e>=r?0:NaN}function v6(e,r){return e==null||r==null?NaN:r<e?-1:r>e?1:r>=e?0:NaN}function Qa(e){let r,t,n;e.length!==2?(r=Nr,t=(s,c)=>Nr(e(s),c),n=(s,c)=>e(s)-c):(r=e===Nr||e===v6?e:y6,t=e,n=e);function i(s,c,u=0,l=s.length){if(u<l){if(r(c,c)!==0)return l;do{let f=u+l>>>1;t(s[f],c)<0?u=f+1:l=f}while(u<l)}return u}function a(s,c,u=0,l=s.length){if(u<l){if(r(c,c)!==0)return l;do{let f=u+l>>>1;t(s[f],c)<=0?u=f+1:l=f}while(u<l)}return u}function o(s,c,u=0,l=s.length){let f=i(s,c,u,l-1);return f>u&&n(s[f-1],c)>-n(s[f],c)?f-1:f}return{left:i,center:o,right:a}}function y6(){return 0}function b6(e){return e===null?NaN:+e}var Ja=Qa(Nr),za=Ja.right,dk=Ja.left,pk=Qa(b6).center;var hk=eo(ro),gk=eo(w6);function eo(e){return function(r,t,n=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((n=+n)>=0))throw new RangeError("invalid ry");let{data:i,width:a,height:o}=r;if(!((a=Math.floor(a))>=0))throw new RangeError("invalid width");if(!((o=Math.floor(o!==void 0?o:i.length/a))>=0))throw new RangeError("invalid height");if(!a||!o||!t&&!n)return r;let s=t&&e(t),c=n&&e(n),u=i.slice();return s&&c?(rr(s,u,i,a,o),rr(s,i,u,a,o),rr(s,u,i,a,o),tr(c,i,u,a,o),tr(c,u,i,a,o),tr(c,i,u,a,o)):s?(rr(s,i,u,a,o),rr(s,u,i,a,o),rr(s,i,u,a,o)):c&&(tr(c,i,u,a,o),tr(c,u,i,a,o),tr(c,i,u,a,o)),r}}function rr(e,r,t,n,i){for(let a=0,o=n*i;a<o;)e(r,t,a,a+=n,1)}function tr(e,r,t,n,i){for(let a=0,o=n*i;a<n;++a)e(r,t,a,a+o,n)}function w6(e){let r=ro(e);return(t,n,i,a,o)=>{i<<=2,a<<=2,o<<=2,r(t,n,i+0,a+0,o),r(t,n,i+1,a+1,o),r(t,n,i+2,a+2,o),r(t,n,i+3,a+3,o)}}function ro(e){let r=Math.floor(e);if(r===e)return M6(e);let t=e-r,n=2*e+1;return(i,a,o,s,c)=>{if(!((s-=c)>=o))return;let u=r*a[o],l=c*r,f=l+c;for(let h=o,p=o+l;h<p;h+=c)u+=a[Math.min(s,h)];for(let h=o,p=s;h<=p;h+=c)u+=a[Math.min(s,h+l)],i[h]=(u+t*(a[Math.max(o,h-f)]+a[Math.min(s,h+f)]))/n,u-=a[Math.max(o,h-l)]}}function M6(e){let r=2*e+1;return(t,n,i,a,o)=>{if(!((a-=o)>=i))return;let s=e*n[i],c=o*e;for(let u=i,l=i+c;u<l;u+=o)s+=n[Math.min(a,u)];for(let u=i,l=a;u<=l;u+=o)s+=n[Math.min(a,u+c)],t[u]=s/r,s-=n[Math.max(i,u-c)]}}var S6=Array.prototype,vk=S6.slice;var A6=Math.sqrt(50),q6=Math.sqrt(10),N6=Math.sqrt(2);function dt(e,r,t){let n=(r-e)/Math.max(0,t),i=Math.floor(Math.log10(n)),a=n/Math.pow(10,i),o=a>=A6?10:a>=q6?5:a>=N6?2:1,s,c,u;return i<0?(u=Math.pow(10,-i)/o,s=Math.round(e*u),c=Math.round(r*u),s/u<e&&++s,c/u>r&&--c,u=-u):(u=Math.pow(10,i)*o,s=Math.round(e/u),c=Math.round(r/u),s*u<e&&++s,c*u>r&&--c),c<s&&.5<=t&&t<2?dt(e,r,t*2):[s,c,u]}function to(e,r,t){if(r=+r,e=+e,t=+t,!(t>0))return[];if(e===r)return[e];let n=r<e,[i,a,o]=n?dt(r,e,t):dt(e,r,t);if(!(a>=i))return[];let s=a-i+1,c=new Array(s);if(n)if(o<0)for(let u=0;u<s;++u)c[u]=(a-u)/-o;else for(let u=0;u<s;++u)c[u]=(a-u)*o;else if(o<0)for(let u=0;u<s;++u)c[u]=(i+u)/-o;else for(let u=0;u<s;++u)c[u]=(i+u)*o;return c}function pt(e,r,t){return r=+r,e=+e,t=+t,dt(e,r,t)[2]}function no(e,r,t){r=+r,e=+e,t=+t;let n=r<e,i=n?pt(r,e,t):pt(e,r,t);return(n?-1:1)*(i<0?1/-i:i)}var yk=E6(Math.random);function E6(e){return function(t,n=0,i=t.length){let a=i-(n=+n);for(;a;){let o=e()*a--|0,s=t[a+n];t[a+n]=t[o+n],t[o+n]=s}return t}}function or(e,r,t){e.prototype=r.prototype=t,t.constructor=e}function Ir(e,r){var t=Object.create(e.prototype);for(var n in r)t[n]=r[n];return t}function Se(){}var Ue=.7,ar=1/Ue,nr="\\\\s*([+-]?\\\\d+)\\\\s*",Er="\\\\s*([+-]?(?:\\\\d*\\\\.)?\\\\d+(?:[eE][+-]?\\\\d+)?)\\\\s*",re="\\\\s*([+-]?(?:\\\\d*\\\\.)?\\\\d+(?:[eE][+-]?\\\\d+)?)%\\\\s*",_6=/^#([0-9a-f]{3,8})$/,I6=new RegExp(`^rgb\\\\(${nr},${nr},${nr}\\\\)$`),k6=new RegExp(`^rgb\\\\(${re},${re},${re}\\\\)$`),T6=new RegExp(`^rgba\\\\(${nr},${nr},${nr},${Er}\\\\)$`),R6=new RegExp(`^rgba\\\\(${re},${re},${re},${Er}\\\\)$`),C6=new RegExp(`^hsl\\\\(${Er},${re},${re}\\\\)$`),L6=new RegExp(`^hsla\\\\(${Er},${re},${re},${Er}\\\\)$`),io={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};or(Se,sr,{copy(e){return Object.assign(new this.constructor,this,e)},displayable(){return this.rgb().displayable()},hex:ao,formatHex:ao,formatHex8:x6,formatHsl:F6,formatRgb:oo,toString:oo});function ao(){return this.rgb().formatHex()}function x6(){return this.rgb().formatHex8()}function F6(){return go(this).formatHsl()}function oo(){return this.rgb().formatRgb()}function sr(e){var r,t;return e=(e+"").trim().toLowerCase(),(r=_6.exec(e))?(t=r[1].length,r=parseInt(r[1],16),t===6?so(r):t===3?new x(r>>8&15|r>>4&240,r>>4&15|r&240,(r&15)<<4|r&15,1):t===8?ht(r>>24&255,r>>16&255,r>>8&255,(r&255)/255):t===4?ht(r>>12&15|r>>8&240,r>>8&15|r>>4&240,r>>4&15|r&240,((r&15)<<4|r&15)/255):null):(r=I6.exec(e))?new x(r[1],r[2],r[3],1):(r=k6.exec(e))?new x(r[1]*255/100,r[2]*255/100,r[3]*255/100,1):(r=T6.exec(e))?ht(r[1],r[2],r[3],r[4]):(r=R6.exec(e))?ht(r[1]*255/100,r[2]*255/100,r[3]*255/100,r[4]):(r=C6.exec(e))?co(r[1],r[2]/100,r[3]/100,1):(r=L6.exec(e))?co(r[1],r[2]/100,r[3]/100,r[4]):io.hasOwnProperty(e)?so(io[e]):e==="transparent"?new x(NaN,NaN,NaN,0):null}function so(e){return new x(e>>16&255,e>>8&255,e&255,1)}function ht(e,r,t,n){return n<=0&&(e=r=t=NaN),new x(e,r,t,n)}function Vn(e){return e instanceof Se||(e=sr(e)),e?(e=e.rgb(),new x(e.r,e.g,e.b,e.opacity)):new x}function kr(e,r,t,n){return arguments.length===1?Vn(e):new x(e,r,t,n??1)}function x(e,r,t,n){this.r=+e,this.g=+r,this.b=+t,this.opacity=+n}or(x,kr,Ir(Se,{brighter(e){return e=e==null?ar:Math.pow(ar,e),new x(this.r*e,this.g*e,this.b*e,this.opacity)},darker(e){return e=e==null?Ue:Math.pow(Ue,e),new x(this.r*e,this.g*e,this.b*e,this.opacity)},rgb(){return this},clamp(){return new x(He(this.r),He(this.g),He(this.b),vt(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:lo,formatHex:lo,formatHex8:O6,formatRgb:uo,toString:uo}));function lo(){return`#${Pe(this.r)}${Pe(this.g)}${Pe(this.b)}`}function O6(){return`#${Pe(this.r)}${Pe(this.g)}${Pe(this.b)}${Pe((isNaN(this.opacity)?1:this.opacity)*255)}`}function uo(){let e=vt(this.opacity);return`${e===1?"rgb(":"rgba("}${He(this.r)}, ${He(this.g)}, ${He(this.b)}${e===1?")":`, ${e})`}`}function vt(e){return isNaN(e)?1:Math.max(0,Math.min(1,e))}function He(e){return Math.max(0,Math.min(255,Math.round(e)||0))}function Pe(e){return e=He(e),(e<16?"0":"")+e.toString(16)}function co(e,r,t,n){return n<=0?e=r=t=NaN:t<=0||t>=1?e=r=NaN:r<=0&&(e=NaN),new Q(e,r,t,n)}function go(e){if(e instanceof Q)return new Q(e.h,e.s,e.l,e.opacity);if(e instanceof Se||(e=sr(e)),!e)return new Q;if(e instanceof Q)return e;e=e.rgb();var r=e.r/255,t=e.g/255,n=e.b/255,i=Math.min(r,t,n),a=Math.max(r,t,n),o=NaN,s=a-i,c=(a+i)/2;return s?(r===a?o=(t-n)/s+(t<n)*6:t===a?o=(n-r)/s+2:o=(r-t)/s+4,s/=c<.5?a+i:2-a-i,o*=60):s=c>0&&c<1?0:o,new Q(o,s,c,e.opacity)}function bt(e,r,t,n){return arguments.length===1?go(e):new Q(e,r,t,n??1)}function Q(e,r,t,n){this.h=+e,this.s=+r,this.l=+t,this.opacity=+n}or(Q,bt,Ir(Se,{brighter(e){return e=e==null?ar:Math.pow(ar,e),new Q(this.h,this.s,this.l*e,this.opacity)},darker(e){return e=e==null?Ue:Math.pow(Ue,e),new Q(this.h,this.s,this.l*e,this.opacity)},rgb(){var e=this.h%360+(this.h<0)*360,r=isNaN(e)||isNaN(this.s)?0:this.s,t=this.l,n=t+(t<.5?t:1-t)*r,i=2*t-n;return new x(Dn(e>=240?e-240:e+120,i,n),Dn(e,i,n),Dn(e<120?e+240:e-120,i,n),this.opacity)},clamp(){return new Q(fo(this.h),gt(this.s),gt(this.l),vt(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let e=vt(this.opacity);return`${e===1?"hsl(":"hsla("}${fo(this.h)}, ${gt(this.s)*100}%, ${gt(this.l)*100}%${e===1?")":`, ${e})`}`}}));function fo(e){return e=(e||0)%360,e<0?e+360:e}function gt(e){return Math.max(0,Math.min(1,e||0))}function Dn(e,r,t){return(e<60?r+(t-r)*e/60:e<180?t:e<240?r+(t-r)*(240-e)/60:r)*255}var vo=Math.PI/180,yo=180/Math.PI,yt=18,bo=.96422,wo=1,Mo=.82521,So=4/29,ir=6/29,Ao=3*ir*ir,$6=ir*ir*ir;function qo(e){if(e instanceof te)return new te(e.l,e.a,e.b,e.opacity);if(e instanceof ge)return Eo(e);e instanceof x||(e=Vn(e));var r=Wn(e.r),t=Wn(e.g),n=Wn(e.b),i=Un((.2225045*r+.7168786*t+.0606169*n)/wo),a,o;return r===t&&t===n?a=o=i:(a=Un((.4360747*r+.3850649*t+.1430804*n)/bo),o=Un((.0139322*r+.0971045*t+.7141733*n)/Mo)),new te(116*i-16,500*(a-i),200*(i-o),e.opacity)}function No(e,r,t,n){return arguments.length===1?qo(e):new te(e,r,t,n??1)}function te(e,r,t,n){this.l=+e,this.a=+r,this.b=+t,this.opacity=+n}or(te,No,Ir(Se,{brighter(e){return new te(this.l+yt*(e??1),this.a,this.b,this.opacity)},darker(e){return new te(this.l-yt*(e??1),this.a,this.b,this.opacity)},rgb(){var e=(this.l+16)/116,r=isNaN(this.a)?e:e+this.a/500,t=isNaN(this.b)?e:e-this.b/200;return r=bo*Gn(r),e=wo*Gn(e),t=Mo*Gn(t),new x(Bn(3.1338561*r-1.6168667*e-.4906146*t),Bn(-.9787684*r+1.9161415*e+.033454*t),Bn(.0719453*r-.2289914*e+1.4052427*t),this.opacity)}}));function Un(e){return e>$6?Math.pow(e,1/3):e/Ao+So}function Gn(e){return e>ir?e*e*e:Ao*(e-So)}function Bn(e){return 255*(e<=.0031308?12.92*e:1.055*Math.pow(e,1/2.4)-.055)}function Wn(e){return(e/=255)<=.04045?e/12.92:Math.pow((e+.055)/1.055,2.4)}function P6(e){if(e instanceof ge)return new ge(e.h,e.c,e.l,e.opacity);if(e instanceof te||(e=qo(e)),e.a===0&&e.b===0)return new ge(NaN,0<e.l&&e.l<100?0:NaN,e.l,e.opacity);var r=Math.atan2(e.b,e.a)*yo;return new ge(r<0?r+360:r,Math.sqrt(e.a*e.a+e.b*e.b),e.l,e.opacity)}function wt(e,r,t,n){return arguments.length===1?P6(e):new ge(e,r,t,n??1)}function ge(e,r,t,n){this.h=+e,this.c=+r,this.l=+t,this.opacity=+n}function Eo(e){if(isNaN(e.h))return new te(e.l,0,0,e.opacity);var r=e.h*vo;return new te(e.l,Math.cos(r)*e.c,Math.sin(r)*e.c,e.opacity)}or(ge,wt,Ir(Se,{brighter(e){return new ge(this.h,this.c,this.l+yt*(e??1),this.opacity)},darker(e){return new ge(this.h,this.c,this.l-yt*(e??1),this.opacity)},rgb(){return Eo(this).rgb()}}));var _o=-.14861,jn=1.78277,Xn=-.29227,Mt=-.90649,_r=1.97294,mo=_r*Mt,po=_r*jn,ho=jn*Xn-Mt*_o;function H6(e){if(e instanceof De)return new De(e.h,e.s,e.l,e.opacity);e instanceof x||(e=Vn(e));var r=e.r/255,t=e.g/255,n=e.b/255,i=(ho*n+mo*r-po*t)/(ho+mo-po),a=n-i,o=(_r*(t-i)-Xn*a)/Mt,s=Math.sqrt(o*o+a*a)/(_r*i*(1-i)),c=s?Math.atan2(o,a)*yo-120:NaN;return new De(c<0?c+360:c,s,i,e.opacity)}function St(e,r,t,n){return arguments.length===1?H6(e):new De(e,r,t,n??1)}function De(e,r,t,n){this.h=+e,this.s=+r,this.l=+t,this.opacity=+n}or(De,St,Ir(Se,{brighter(e){return e=e==null?ar:Math.pow(ar,e),new De(this.h,this.s,this.l*e,this.opacity)},darker(e){return e=e==null?Ue:Math.pow(Ue,e),new De(this.h,this.s,this.l*e,this.opacity)},rgb(){var e=isNaN(this.h)?0:(this.h+120)*vo,r=+this.l,t=isNaN(this.s)?0:this.s*r*(1-r),n=Math.cos(e),i=Math.sin(e);return new x(255*(r+t*(_o*n+jn*i)),255*(r+t*(Xn*n+Mt*i)),255*(r+t*(_r*n)),this.opacity)}}));function Ro(e,r,t,n,i){var a=e*e,o=a*e;return((1-3*e+3*a-o)*r+(4-6*a+3*o)*t+(1+3*e+3*a-3*o)*n+o*i)/6}function D6(e){var r=e.length-1;return function(t){var n=t<=0?t=0:t>=1?(t=1,r-1):Math.floor(t*r),i=e[n],a=e[n+1],o=n>0?e[n-1]:2*i-a,s=n<r-1?e[n+2]:2*a-i;return Ro((t-n/r)*r,o,i,a,s)}}function U6(e){var r=e.length;return function(t){var n=Math.floor(((t%=1)<0?++t:t)*r),i=e[(n+r-1)%r],a=e[n%r],o=e[(n+1)%r],s=e[(n+2)%r];return Ro((t-n/r)*r,i,a,o,s)}}var qt=e=>()=>e;function Co(e,r){return function(t){return e+t*r}}function G6(e,r,t){return e=Math.pow(e,t),r=Math.pow(r,t)-e,t=1/t,function(n){return Math.pow(e+n*r,t)}}function Qn(e,r){var t=r-e;return t?Co(e,t>180||t<-180?t-360*Math.round(t/360):t):qt(isNaN(e)?r:e)}function B6(e){return(e=+e)==1?G:function(r,t){return t-r?G6(r,t,e):qt(isNaN(r)?t:r)}}function G(e,r){var t=r-e;return t?Co(e,t):qt(isNaN(e)?r:e)}var Io=(function e(r){var t=B6(r);function n(i,a){var o=t((i=kr(i)).r,(a=kr(a)).r),s=t(i.g,a.g),c=t(i.b,a.b),u=G(i.opacity,a.opacity);return function(l){return i.r=o(l),i.g=s(l),i.b=c(l),i.opacity=u(l),i+""}}return n.gamma=e,n})(1);function Lo(e){return function(r){var t=r.length,n=new Array(t),i=new Array(t),a=new Array(t),o,s;for(o=0;o<t;++o)s=kr(r[o]),n[o]=s.r||0,i[o]=s.g||0,a[o]=s.b||0;return n=e(n),i=e(i),a=e(a),s.opacity=1,function(c){return s.r=n(c),s.g=i(c),s.b=a(c),s+""}}}var Sk=Lo(D6),Ak=Lo(U6);function W6(e,r){r||(r=[]);var t=e?Math.min(r.length,e.length):0,n=r.slice(),i;return function(a){for(i=0;i<t;++i)n[i]=e[i]*(1-a)+r[i]*a;return n}}function V6(e){return ArrayBuffer.isView(e)&&!(e instanceof DataView)}function j6(e,r){var t=r?r.length:0,n=e?Math.min(t,e.length):0,i=new Array(n),a=new Array(t),o;for(o=0;o<n;++o)i[o]=Nt(e[o],r[o]);for(;o<t;++o)a[o]=r[o];return function(s){for(o=0;o<n;++o)a[o]=i[o](s);return a}}function X6(e,r){var t=new Date;return e=+e,r=+r,function(n){return t.setTime(e*(1-n)+r*n),t}}function J(e,r){return e=+e,r=+r,function(t){return e*(1-t)+r*t}}function K6(e,r){var t={},n={},i;(e===null||typeof e!="object")&&(e={}),(r===null||typeof r!="object")&&(r={});for(i in r)i in e?t[i]=Nt(e[i],r[i]):n[i]=r[i];return function(a){for(i in t)n[i]=t[i](a);return n}}var Yn=/[-+]?(?:\\d+\\.?\\d*|\\.?\\d+)(?:[eE][-+]?\\d+)?/g,Kn=new RegExp(Yn.source,"g");function Y6(e){return function(){return e}}function Z6(e){return function(r){return e(r)+""}}function Q6(e,r){var t=Yn.lastIndex=Kn.lastIndex=0,n,i,a,o=-1,s=[],c=[];for(e=e+"",r=r+"";(n=Yn.exec(e))&&(i=Kn.exec(r));)(a=i.index)>t&&(a=r.slice(t,a),s[o]?s[o]+=a:s[++o]=a),(n=n[0])===(i=i[0])?s[o]?s[o]+=i:s[++o]=i:(s[++o]=null,c.push({i:o,x:J(n,i)})),t=Kn.lastIndex;return t<r.length&&(a=r.slice(t),s[o]?s[o]+=a:s[++o]=a),s.length<2?c[0]?Z6(c[0].x):Y6(r):(r=c.length,function(u){for(var l=0,f;l<r;++l)s[(f=c[l]).i]=f.x(u);return s.join("")})}function Nt(e,r){var t=typeof r,n;return r==null||t==="boolean"?qt(r):(t==="number"?J:t==="string"?(n=sr(r))?(r=n,Io):Q6:r instanceof sr?Io:r instanceof Date?X6:V6(r)?W6:Array.isArray(r)?j6:typeof r.valueOf!="function"&&typeof r.toString!="function"||isNaN(r)?K6:J)(e,r)}function xo(e,r){return e=+e,r=+r,function(t){return Math.round(e*(1-t)+r*t)}}var ko=180/Math.PI,Zn={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function Fo(e,r,t,n,i,a){var o,s,c;return(o=Math.sqrt(e*e+r*r))&&(e/=o,r/=o),(c=e*t+r*n)&&(t-=e*c,n-=r*c),(s=Math.sqrt(t*t+n*n))&&(t/=s,n/=s,c/=s),e*n<r*t&&(e=-e,r=-r,c=-c,o=-o),{translateX:i,translateY:a,rotate:Math.atan2(r,e)*ko,skewX:Math.atan(c)*ko,scaleX:o,scaleY:s}}var At;function J6(e){let r=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(e+"");return r.isIdentity?Zn:Fo(r.a,r.b,r.c,r.d,r.e,r.f)}function z6(e){return e==null||(At||(At=document.createElementNS("http://www.w3.org/2000/svg","g")),At.setAttribute("transform",e),!(e=At.transform.baseVal.consolidate()))?Zn:(e=e.matrix,Fo(e.a,e.b,e.c,e.d,e.e,e.f))}function Oo(e,r,t,n){function i(u){return u.length?u.pop()+" ":""}function a(u,l,f,h,p,g){if(u!==f||l!==h){var v=p.push("translate(",null,r,null,t);g.push({i:v-4,x:J(u,f)},{i:v-2,x:J(l,h)})}else(f||h)&&p.push("translate("+f+r+h+t)}function o(u,l,f,h){u!==l?(u-l>180?l+=360:l-u>180&&(u+=360),h.push({i:f.push(i(f)+"rotate(",null,n)-2,x:J(u,l)})):l&&f.push(i(f)+"rotate("+l+n)}function s(u,l,f,h){u!==l?h.push({i:f.push(i(f)+"skewX(",null,n)-2,x:J(u,l)}):l&&f.push(i(f)+"skewX("+l+n)}function c(u,l,f,h,p,g){if(u!==f||l!==h){var v=p.push(i(p)+"scale(",null,",",null,")");g.push({i:v-4,x:J(u,f)},{i:v-2,x:J(l,h)})}else(f!==1||h!==1)&&p.push(i(p)+"scale("+f+","+h+")")}return function(u,l){var f=[],h=[];return u=e(u),l=e(l),a(u.translateX,u.translateY,l.translateX,l.translateY,f,h),o(u.rotate,l.rotate,f,h),s(u.skewX,l.skewX,f,h),c(u.scaleX,u.scaleY,l.scaleX,l.scaleY,f,h),u=l=null,function(p){for(var g=-1,v=h.length,y;++g<v;)f[(y=h[g]).i]=y.x(p);return f.join("")}}}var qk=Oo(J6,"px, ","px)","deg)"),Nk=Oo(z6,", ",")",")"),e3=1e-12;function To(e){return((e=Math.exp(e))+1/e)/2}function r3(e){return((e=Math.exp(e))-1/e)/2}function t3(e){return((e=Math.exp(2*e))-1)/(e+1)}var Ek=(function e(r,t,n){function i(a,o){var s=a[0],c=a[1],u=a[2],l=o[0],f=o[1],h=o[2],p=l-s,g=f-c,v=p*p+g*g,y,b;if(v<e3)b=Math.log(h/u)/r,y=function(_){return[s+_*p,c+_*g,u*Math.exp(r*_*b)]};else{var M=Math.sqrt(v),w=(h*h-u*u+n*v)/(2*u*t*M),S=(h*h-u*u-n*v)/(2*h*t*M),N=Math.log(Math.sqrt(w*w+1)-w),E=Math.log(Math.sqrt(S*S+1)-S);b=(E-N)/r,y=function(_){var A=_*b,O=To(N),j=u/(t*M)*(O*t3(r*A+N)-r3(N));return[s+j*p,c+j*g,u*O/To(r*A+N)]}}return y.duration=Math.abs(b)*1e3*r/Math.SQRT2,y}return i.rho=function(a){var o=Math.max(.001,+a),s=o*o,c=s*s;return e(o,s,c)},i})(Math.SQRT2,2,4);function $o(e){return function(r,t){var n=e((r=bt(r)).h,(t=bt(t)).h),i=G(r.s,t.s),a=G(r.l,t.l),o=G(r.opacity,t.opacity);return function(s){return r.h=n(s),r.s=i(s),r.l=a(s),r.opacity=o(s),r+""}}}var _k=$o(Qn),Ik=$o(G);function Po(e){return function(r,t){var n=e((r=wt(r)).h,(t=wt(t)).h),i=G(r.c,t.c),a=G(r.l,t.l),o=G(r.opacity,t.opacity);return function(s){return r.h=n(s),r.c=i(s),r.l=a(s),r.opacity=o(s),r+""}}}var kk=Po(Qn),Tk=Po(G);function Ho(e){return(function r(t){t=+t;function n(i,a){var o=e((i=St(i)).h,(a=St(a)).h),s=G(i.s,a.s),c=G(i.l,a.l),u=G(i.opacity,a.opacity);return function(l){return i.h=o(l),i.s=s(l),i.l=c(Math.pow(l,t)),i.opacity=u(l),i+""}}return n.gamma=r,n})(1)}var Rk=Ho(Qn),Ck=Ho(G);function n3(e){return Math.abs(e=Math.round(e))>=1e21?e.toLocaleString("en").replace(/,/g,""):e.toString(10)}function _t(e,r){if(!isFinite(e)||e===0)return null;var t=(e=r?e.toExponential(r-1):e.toExponential()).indexOf("e"),n=e.slice(0,t);return[n.length>1?n[0]+n.slice(2):n,+e.slice(t+1)]}function lr(e){return e=_t(Math.abs(e)),e?e[1]:NaN}function i3(e,r){return function(t,n){for(var i=t.length,a=[],o=0,s=e[0],c=0;i>0&&s>0&&(c+s+1>n&&(s=Math.max(1,n-c)),a.push(t.substring(i-=s,i+s)),!((c+=s+1)>n));)s=e[o=(o+1)%e.length];return a.reverse().join(r)}}function a3(e){return function(r){return r.replace(/[0-9]/g,function(t){return e[+t]})}}var o3=/^(?:(.)?([<>=^]))?([+\\-( ])?([$#])?(0)?(\\d+)?(,)?(\\.\\d+)?(~)?([a-z%])?$/i;function Tr(e){if(!(r=o3.exec(e)))throw new Error("invalid format: "+e);var r;return new Jn({fill:r[1],align:r[2],sign:r[3],symbol:r[4],zero:r[5],width:r[6],comma:r[7],precision:r[8]&&r[8].slice(1),trim:r[9],type:r[10]})}Tr.prototype=Jn.prototype;function Jn(e){this.fill=e.fill===void 0?" ":e.fill+"",this.align=e.align===void 0?">":e.align+"",this.sign=e.sign===void 0?"-":e.sign+"",this.symbol=e.symbol===void 0?"":e.symbol+"",this.zero=!!e.zero,this.width=e.width===void 0?void 0:+e.width,this.comma=!!e.comma,this.precision=e.precision===void 0?void 0:+e.precision,this.trim=!!e.trim,this.type=e.type===void 0?"":e.type+""}Jn.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function s3(e){e:for(var r=e.length,t=1,n=-1,i;t<r;++t)switch(e[t]){case".":n=i=t;break;case"0":n===0&&(n=t),i=t;break;default:if(!+e[t])break e;n>0&&(n=0);break}return n>0?e.slice(0,n)+e.slice(i+1):e}var It;function l3(e,r){var t=_t(e,r);if(!t)return It=void 0,e.toPrecision(r);var n=t[0],i=t[1],a=i-(It=Math.max(-8,Math.min(8,Math.floor(i/3)))*3)+1,o=n.length;return a===o?n:a>o?n+new Array(a-o+1).join("0"):a>0?n.slice(0,a)+"."+n.slice(a):"0."+new Array(1-a).join("0")+_t(e,Math.max(0,r+a-1))[0]}function Do(e,r){var t=_t(e,r);if(!t)return e+"";var n=t[0],i=t[1];return i<0?"0."+new Array(-i).join("0")+n:n.length>i+1?n.slice(0,i+1)+"."+n.slice(i+1):n+new Array(i-n.length+2).join("0")}var Uo={"%":(e,r)=>(e*100).toFixed(r),b:e=>Math.round(e).toString(2),c:e=>e+"",d:n3,e:(e,r)=>e.toExponential(r),f:(e,r)=>e.toFixed(r),g:(e,r)=>e.toPrecision(r),o:e=>Math.round(e).toString(8),p:(e,r)=>Do(e*100,r),r:Do,s:l3,X:e=>Math.round(e).toString(16).toUpperCase(),x:e=>Math.round(e).toString(16)};function Go(e){return e}var Bo=Array.prototype.map,Wo=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function u3(e){var r=e.grouping===void 0||e.thousands===void 0?Go:i3(Bo.call(e.grouping,Number),e.thousands+""),t=e.currency===void 0?"":e.currency[0]+"",n=e.currency===void 0?"":e.currency[1]+"",i=e.decimal===void 0?".":e.decimal+"",a=e.numerals===void 0?Go:a3(Bo.call(e.numerals,String)),o=e.percent===void 0?"%":e.percent+"",s=e.minus===void 0?"−":e.minus+"",c=e.nan===void 0?"NaN":e.nan+"";function u(f,h){f=Tr(f);var p=f.fill,g=f.align,v=f.sign,y=f.symbol,b=f.zero,M=f.width,w=f.comma,S=f.precision,N=f.trim,E=f.type;E==="n"?(w=!0,E="g"):Uo[E]||(S===void 0&&(S=12),N=!0,E="g"),(b||p==="0"&&g==="=")&&(b=!0,p="0",g="=");var _=(h&&h.prefix!==void 0?h.prefix:"")+(y==="$"?t:y==="#"&&/[boxX]/.test(E)?"0"+E.toLowerCase():""),A=(y==="$"?n:/[%p]/.test(E)?o:"")+(h&&h.suffix!==void 0?h.suffix:""),O=Uo[E],j=/[defgprs%]/.test(E);S=S===void 0?6:/[gprs]/.test(E)?Math.max(1,Math.min(21,S)):Math.max(0,Math.min(20,S));function me(q){var xe=_,K=A,Je,Da,nt;if(E==="c")K=O(q)+K,q="";else{q=+q;var it=q<0||1/q<0;if(q=isNaN(q)?c:O(Math.abs(q),S),N&&(q=s3(q)),it&&+q==0&&v!=="+"&&(it=!1),xe=(it?v==="("?v:s:v==="-"||v==="("?"":v)+xe,K=(E==="s"&&!isNaN(q)&&It!==void 0?Wo[8+It/3]:"")+K+(it&&v==="("?")":""),j){for(Je=-1,Da=q.length;++Je<Da;)if(nt=q.charCodeAt(Je),48>nt||nt>57){K=(nt===46?i+q.slice(Je+1):q.slice(Je))+K,q=q.slice(0,Je);break}}}w&&!b&&(q=r(q,1/0));var at=xe.length+q.length+K.length,de=at<M?new Array(M-at+1).join(p):"";switch(w&&b&&(q=r(de+q,de.length?M-K.length:1/0),de=""),g){case"<":q=xe+q+K+de;break;case"=":q=xe+de+q+K;break;case"^":q=de.slice(0,at=de.length>>1)+xe+q+K+de.slice(at);break;default:q=de+xe+q+K;break}return a(q)}return me.toString=function(){return f+""},me}function l(f,h){var p=Math.max(-8,Math.min(8,Math.floor(lr(h)/3)))*3,g=Math.pow(10,-p),v=u((f=Tr(f),f.type="f",f),{suffix:Wo[8+p/3]});return function(y){return v(g*y)}}return{format:u,formatPrefix:l}}var Et,zn,ei;c3({thousands:",",grouping:[3],currency:["$",""]});function c3(e){return Et=u3(e),zn=Et.format,ei=Et.formatPrefix,Et}function Vo(e){return Math.max(0,-lr(Math.abs(e)))}function jo(e,r){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(lr(r)/3)))*3-lr(Math.abs(e)))}function Xo(e,r){return e=Math.abs(e),r=Math.abs(r)-e,Math.max(0,lr(r)-lr(e))+1}function f3(e,r){switch(arguments.length){case 0:break;case 1:this.range(e);break;default:this.range(r).domain(e);break}return this}function m3(e){return function(){return e}}function d3(e){return+e}var Ko=[0,1];function ur(e){return e}function ri(e,r){return(r-=e=+e)?function(t){return(t-e)/r}:m3(isNaN(r)?NaN:.5)}function p3(e,r){var t;return e>r&&(t=e,e=r,r=t),function(n){return Math.max(e,Math.min(r,n))}}function h3(e,r,t){var n=e[0],i=e[1],a=r[0],o=r[1];return i<n?(n=ri(i,n),a=t(o,a)):(n=ri(n,i),a=t(a,o)),function(s){return a(n(s))}}function g3(e,r,t){var n=Math.min(e.length,r.length)-1,i=new Array(n),a=new Array(n),o=-1;for(e[n]<e[0]&&(e=e.slice().reverse(),r=r.slice().reverse());++o<n;)i[o]=ri(e[o],e[o+1]),a[o]=t(r[o],r[o+1]);return function(s){var c=za(e,s,1,n)-1;return a[c](i[c](s))}}function v3(e,r){return r.domain(e.domain()).range(e.range()).interpolate(e.interpolate()).clamp(e.clamp()).unknown(e.unknown())}function y3(){var e=Ko,r=Ko,t=Nt,n,i,a,o=ur,s,c,u;function l(){var h=Math.min(e.length,r.length);return o!==ur&&(o=p3(e[0],e[h-1])),s=h>2?g3:h3,c=u=null,f}function f(h){return h==null||isNaN(h=+h)?a:(c||(c=s(e.map(n),r,t)))(n(o(h)))}return f.invert=function(h){return o(i((u||(u=s(r,e.map(n),J)))(h)))},f.domain=function(h){return arguments.length?(e=Array.from(h,d3),l()):e.slice()},f.range=function(h){return arguments.length?(r=Array.from(h),l()):r.slice()},f.rangeRound=function(h){return r=Array.from(h),t=xo,l()},f.clamp=function(h){return arguments.length?(o=h?!0:ur,l()):o!==ur},f.interpolate=function(h){return arguments.length?(t=h,l()):t},f.unknown=function(h){return arguments.length?(a=h,f):a},function(h,p){return n=h,i=p,l()}}function b3(){return y3()(ur,ur)}function w3(e,r,t,n){var i=no(e,r,t),a;switch(n=Tr(n??",f"),n.type){case"s":{var o=Math.max(Math.abs(e),Math.abs(r));return n.precision==null&&!isNaN(a=jo(i,o))&&(n.precision=a),ei(n,o)}case"":case"e":case"g":case"p":case"r":{n.precision==null&&!isNaN(a=Xo(i,Math.max(Math.abs(e),Math.abs(r))))&&(n.precision=a-(n.type==="e"));break}case"f":case"%":{n.precision==null&&!isNaN(a=Vo(i))&&(n.precision=a-(n.type==="%")*2);break}}return zn(n)}function M3(e){var r=e.domain;return e.ticks=function(t){var n=r();return to(n[0],n[n.length-1],t??10)},e.tickFormat=function(t,n){var i=r();return w3(i[0],i[i.length-1],t??10,n)},e.nice=function(t){t==null&&(t=10);var n=r(),i=0,a=n.length-1,o=n[i],s=n[a],c,u,l=10;for(s<o&&(u=o,o=s,s=u,u=i,i=a,a=u);l-- >0;){if(u=pt(o,s,t),u===c)return n[i]=o,n[a]=s,r(n);if(u>0)o=Math.floor(o/u)*u,s=Math.ceil(s/u)*u;else if(u<0)o=Math.ceil(o*u)/u,s=Math.floor(s*u)/u;else break;c=u}return e},e}function kt(){var e=b3();return e.copy=function(){return v3(e,kt())},f3.apply(e,arguments),M3(e)}function S3(e,r){let t=1/0,n=-1/0;for(let i of[...e,...r])Number.isFinite(i)&&(i<t&&(t=i),i>n&&(n=i));if(t>n)return[0,1];if(t===n){let i=Math.abs(t)*.05||1;return[t-i,n+i]}return[t,n]}function Tt(e,r,t,n,i=[]){return kt().domain(S3(e,i)).range([r,t]).nice(n)}function Rt(e,r,t=",~f"){let n=e.tickFormat(r,t);return e.ticks(r).map(i=>({value:i,at:e(i),text:n(i)}))}function Yo(e,r){return Rt(e,r,"+~f").map(t=>t.value===0?{...t,text:"0"}:t)}var A3="#d0d4d9",q3=kt().domain([-1,0,1]).range(["rgb(179, 88, 6)","rgb(255, 255, 255)","rgb(8, 69, 148)"]).clamp(!0).unknown(A3),Ct=e=>q3(e??NaN);var Rr=16,Zo=230,N3=420,Qo=7,Lt=5,ti=(e,r=34)=>e.length>r?e.slice(0,r-1)+"…":e;function Jo(e,r,t=Zo+N3+16){let n=e.filter(p=>p.z!==null),i=24,a=i+n.length*Rr+8,o=Math.min(Zo,Math.round(t*.4)),s=t-o-16,c=Math.max(12,Math.floor(o/6.8)),u=n.flatMap(p=>[p.z,...p.z_interval??[]]),l=Tt(u,o,o+s,Qo,[-1,1]),f=k("svg",{class:"chart bar-chart",role:"img","aria-label":`${r}: Z score of ${n.length} benchmarks with their 90% intervals`,viewBox:`0 0 ${t} ${a}`,width:t,height:a}),h=k("g",{class:"axis","aria-hidden":"true"});for(let p of Yo(l,Qo))h.append(k("line",{x1:L(p.at),x2:L(p.at),y1:i-4,y2:a-8,class:p.value===0?"zero":"grid"}),k("text",{x:L(p.at),y:i-8,"text-anchor":"middle"},p.text));return f.append(h),n.forEach((p,g)=>{let v=i+g*Rr,y=p.z,b=k("g",{class:"mark","data-scenario":p.scenario});if(b.append(mt(`${p.name}: Z ${D(y)}`+(p.z_interval?`, 90% interval ${D(p.z_interval[0])} to ${D(p.z_interval[1])}`:"")+`, rank ${p.rank??"–"}`),k("text",{x:o-6,y:v+Rr-4,"text-anchor":"end",class:"label"},ti(p.name,c)),k("rect",{class:y>=0?"bar pos":"bar neg",x:L(Math.min(l(0),l(y))),y:v+2,width:L(Math.max(1,Math.abs(l(y)-l(0)))),height:Rr-4})),p.z_interval){let[M,w]=p.z_interval,S=v+Rr/2;b.append(k("path",{class:"whisker",d:`M${L(l(M))} ${S-4}v8M${L(l(M))} ${S}H${L(l(w))}M${L(l(w))} ${S-4}v8`}))}f.append(b)}),f}function zo(e,r){let i={l:64,r:12,t:12,b:40},a=e.map(f=>f.x),o=e.map(f=>f.y),s=Tt(a,i.l,360-i.r,Lt,[0,1]),c=Tt(o,260-i.b,i.t,Lt),u=k("svg",{class:"chart scatter",role:"img","aria-label":`Scatter of ${e.length} models: aggregate score against their score on ${r}`,viewBox:"0 0 360 260",width:360,height:260});u.append(k("line",{class:"axis-line",x1:i.l,x2:360-i.r,y1:260-i.b,y2:260-i.b}),k("line",{class:"axis-line",x1:i.l,x2:i.l,y1:i.t,y2:260-i.b}),k("text",{class:"axis-title",x:(i.l+360-i.r)/2,y:252,"text-anchor":"middle"},"aggregate (mean win rate)"),k("text",{class:"axis-title",x:14,y:(i.t+260-i.b)/2,"text-anchor":"middle",transform:`rotate(-90 14 ${(i.t+260-i.b)/2})`},ti(r,30)));let l=u.appendChild(k("g",{class:"ticks","aria-hidden":"true"}));for(let f of Rt(s,Lt))l.append(k("line",{class:"axis-line",x1:L(f.at),x2:L(f.at),y1:260-i.b,y2:260-i.b+4}),k("text",{x:L(f.at),y:260-i.b+16,"text-anchor":"middle"},f.text));for(let f of Rt(c,Lt))l.append(k("line",{class:"axis-line",x1:i.l-4,x2:i.l,y1:L(f.at),y2:L(f.at)}),k("text",{x:i.l-6,y:L(f.at+4),"text-anchor":"end"},f.text));for(let f of e)u.append(k("circle",{class:"dot",cx:L(s(f.x)),cy:L(c(f.y)),r:4},mt(`${f.label}: aggregate ${I(f.x)}, score ${I(f.y,4)}`)));return u}function es(e,r,t){let n=e.length,i=n>100?6:12,a=i>=10?200:0,o=4,s=a+n*i+4,c=o+n*i+4,u=k("svg",{class:"chart heatmap",role:"img","aria-label":`Agreement between ${n} benchmarks, clustered so that similar benchmarks sit together; use the arrow keys to read each pair`,viewBox:`0 0 ${s} ${c}`,width:s,height:c});for(let l=0;l<n;l++){let f=k("g",{class:"heat-row","data-scenario":e[l]});a&&f.append(k("text",{x:a-4,y:o+l*i+i-2,"text-anchor":"end",class:"label"},ti(r[l],30)));for(let h=0;h<n;h++){let p=t[l*n+h]??null;f.append(k("rect",{class:"cell",x:a+h*i,y:o+l*i,width:i,height:i,fill:Ct(p)},mt(`${r[l]} × ${r[h]}: ${p===null?"no agreement (too few shared models)":I(p)}`)))}u.append(f)}return{svg:u,readout:Za(u,{left:a,top:o,cell:i,width:s},r,t)}}function rs(){return d("p",{class:"legend"},"Agreement: ",...[-1,-.5,0,.5,1].flatMap(r=>[d("span",{class:"swatch",style:`background:${Ct(r)}`}),` ${D(r,1)} `]),d("span",{class:"swatch",style:`background:${Ct(null)}`})," none")}var xt=[{key:"rank",label:"Rank",numeric:!0},{key:"name",label:"Benchmark",numeric:!1},{key:"z",label:"Score (Z)",numeric:!0},{key:null,label:"Z 90% interval",numeric:!0},{key:"agreement",label:"Agreement",numeric:!0},{key:null,label:"Agreement 90% interval",numeric:!0},{key:"n_common",label:"Models shared",numeric:!0},{key:"category",label:"Category",numeric:!1}],E3=200;function _3(e,r){let t=[...new Set(r.map(a=>a.category??""))].filter(Boolean).sort(),n=d("select",{id:`${e}-category`,class:"category-filter"},d("option",{value:""},"All categories"),...t.map(a=>d("option",{value:a},a))),i=d("input",{id:`${e}-search`,class:"search",type:"search",placeholder:"name, scenario or benchmark file",autocomplete:"off"});return{category:n,search:i}}function I3(e){let r=new Map;return t=>{let n=r.get(t.scenario);return n||r.set(t.scenario,n=e(t)),n}}function k3(e,r,t){return e===r?`Showing ${e} of ${t} benchmarks.`:`Showing the first ${e} of ${r===t?"":`${r} matching of `}${t} benchmarks.`}var T3=new Set(["z","agreement","n_common"]);function R3(e,r,t){let n=r[e],i=t[e];return typeof n=="number"&&typeof i=="number"?n-i:String(n??"").localeCompare(String(i??""))}function ts(e,r,t,n=""){let i=e.rows,a=`board-${e.id.replace(/[^A-Za-z0-9_-]/g,"_")}`,o={key:"rank",ascending:!0},{category:s,search:c}=_3(a,i),u=d("p",{class:"count","aria-live":"polite"}),l=xt.map((_,A)=>A===4?`Agreement (${r})`:_.label),{headers:f,buttons:h}=L3(l,o,()=>S()),p=d("tbody"),g=d("table",{class:"leaderboard"},d("caption",{},`${e.title}: benchmarks by agreement with the aggregate`),d("thead",{},d("tr",{},...f)),p),v=d("div",{class:"chart-box"}),y=I3(_=>F3(_,l,()=>t(_.scenario,e.id))),b=x3(a,l,o,()=>S()),M=E3,w=d("button",{type:"button",class:"show-all",hidden:!0});w.addEventListener("click",()=>{M=1/0,S()});function S(){b.value=o.key;let _=O3(i,s.value,c.value,o),A=_.slice(0,M);p.replaceChildren(...A.map(y));for(let[j,me]of h){let q=me.parentElement;j===o.key?q.setAttribute("aria-sort",o.ascending?"ascending":"descending"):q.removeAttribute("aria-sort")}u.textContent=k3(A.length,_.length,i.length),w.hidden=A.length===_.length,w.textContent=`Show all ${_.length} benchmarks`;let O=A.filter(j=>j.z!==null).sort((j,me)=>me.z-j.z||(j.scenario<me.scenario?-1:1));v.replaceChildren(O.length?Jo(O,e.title,D3()):d("p",{class:"empty"},"No scored benchmark matches the filters."))}return s.addEventListener("change",S),c.addEventListener("input",S),S(),{element:C3({category:s,search:c,phoneSort:b},u,H3(i,n),[g,w],v)}}function C3({category:e,search:r,phoneSort:t},n,i,[a,o],s){return d("div",{class:"board"},d("div",{class:"filters"},d("label",{for:e.id},"Category "),e,d("label",{for:r.id},"Search "),r),d("div",{class:"sort-phone"},d("label",{for:t.id},"Sort by "),t),n,i,d("div",{class:"table-wrap"},a),o,d("h3",{},"Score (Z) with 90% intervals"),d("p",{class:"legend"},"Each bar is a benchmark’s Z (blue above 0, orange below); the black whisker is its 90% interval."),s)}function ns(e,r,t){t&&e.key===r?e.ascending=!e.ascending:[e.key,e.ascending]=[r,!T3.has(r)]}function L3(e,r,t){let n=new Map;return{headers:xt.map((a,o)=>{let s=d("th",{scope:"col",class:a.numeric?"num":null});if(a.key){let c=a.key,u=d("button",{type:"button",class:"sort","data-key":c},e[o]);u.addEventListener("click",()=>{ns(r,c,!0),t()}),n.set(c,u),s.append(u)}else s.textContent=a.label;return s}),buttons:n}}function x3(e,r,t,n){let i=d("select",{id:`${e}-sort`,class:"phone-sort"},...xt.flatMap((a,o)=>a.key?[d("option",{value:a.key},r[o])]:[]));return i.addEventListener("change",()=>{ns(t,i.value,!1),n()}),i}function F3(e,r,t){let n=d("td",{class:"name"},e.name);e.in_aggregate&&n.append($3()),e.warnings.length&&n.append(P3(e.warnings.join("; ")));for(let o of ft(e.saturation.saturated,e.plausibility.flagged_count))n.append(d("span",{class:"badge trust",title:"see the legend above the table"},o));n.append(d("span",{class:"scenario-id"},e.scenario));let i=(o,s)=>d("td",{class:xt[o].numeric?"num":null,"data-label":r[o]},s),a=d("tr",{tabindex:0,"data-scenario":e.scenario,"aria-label":`${e.name}: open details`},i(0,e.rank===null?"–":String(e.rank)),n,i(2,e.z===null?e.skipped?"not scored":"–":D(e.z)),i(3,Fe(e.z_interval,2,(o,s)=>D(o,s))),i(4,I(e.agreement)),i(5,Fe(e.agreement_interval)),i(6,`${e.n_common} of ${e.models}`),i(7,e.category??""));return e.skipped&&(a.title=`Not scored: ${e.skipped}`),a.addEventListener("click",t),a.addEventListener("keydown",o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),t())}),a}function O3(e,r,t,n){let i=t.trim().toLowerCase(),a=e.filter(s=>(!r||s.category===r)&&(!i||s.name.toLowerCase().includes(i)||s.scenario.toLowerCase().includes(i)||s.benchmark.toLowerCase().includes(i))),o=n.ascending?1:-1;return a.sort((s,c)=>{let u=s[n.key]===null,l=c[n.key]===null;return u!==l?u?1:-1:o*R3(n.key,s,c)||(s.rank??1/0)-(c.rank??1/0)||(s.scenario<c.scenario?-1:1)})}function $3(){return d("span",{class:"badge",title:pe.meaning},`${pe.symbol} aggregate`)}function P3(e){return d("span",{class:"warn",title:e},d("span",{"aria-hidden":"true"},ze.symbol),d("span",{class:"visually-hidden"},` warning: ${e}`))}function H3(e,r){let t=e.some(n=>ft(n.saturation.saturated,n.plausibility.flagged_count).length);return d("ul",{class:"marks","aria-label":"What the marks beside a name mean"},...$n(e).map(n=>d("li",{},n===pe?d("span",{class:"badge"},`${n.symbol} aggregate`):d("span",{class:"warn","aria-hidden":"true"},n.symbol),n===pe?n.meaning:`${n.meaning} (hover the sign, or open the row, to read it)`)),d("li",{},d("strong",{},"not scored: "),"the benchmark has no Z (its row’s tooltip says why)"),d("li",{},d("strong",{},"–: "),"no value"),t&&r?d("li",{},d("span",{class:"badge trust"},"trust"),r):null)}function D3(){let e=document.getElementById("app"),r=e?e.clientWidth-12:680;return Math.max(300,Math.min(680,r))}function is(e,r,t){let n=d("div",{class:"boards"}),i=[],a=0,o=[],s=[],c=null;function u(f,h=!0){a=f,c?.(f),o.forEach((p,g)=>{p.setAttribute("aria-selected",String(f===g)),p.tabIndex=f===g?0:-1,s[g].hidden=f!==g}),h&&r(i[f])}function l(f,h){i=f.map(g=>g.id);let p=d("div",{role:"tablist","aria-label":"Leaderboards",class:"tabs"});o=[],s=[],c=g=>{s[g].childElementCount||s[g].append(ts(f[g],h,e,t).element)},f.forEach((g,v)=>{let y=g.id.replace(/[^A-Za-z0-9_-]/g,"_"),b=d("button",{type:"button",role:"tab",id:`tab-${y}`,"aria-controls":`panel-${y}`},`${g.title} (${g.rows.length})`),M=d("section",{role:"tabpanel",id:`panel-${y}`,"aria-labelledby":b.id});b.addEventListener("click",()=>u(v)),b.addEventListener("keydown",w=>{let S=f.length,E={ArrowRight:(v+1)%S,ArrowLeft:(v+S-1)%S,Home:0,End:S-1}[w.key];E!==void 0&&(w.preventDefault(),u(E),o[E].focus())}),o.push(b),s.push(M),p.append(b)}),n.replaceChildren(p,...s),u(Math.min(a,f.length-1),!1)}return{element:n,show:l,select:f=>{let h=i.indexOf(f);h>=0&&u(h,!1)}}}function $(e,r,t){return d("data",{"data-field":e,value:r===null||!Number.isFinite(r)?null:String(r)},t)}function ne(e,r,t=2,n=I){return r?d("span",{class:"interval"},$(`${e}-lo`,r[0],n(r[0],t))," – ",$(`${e}-hi`,r[1],n(r[1],t))):d("span",{class:"interval"},"–")}var Ft=(e,r,t)=>d("input",{id:e,type:"number",min:-1,max:1,step:r,value:t,inputmode:"decimal"}),B=(e,r)=>$(e,r,String(r));function Ot(e,r){return d("table",{class:"closest"},d("caption",{},"Closest benchmarks: the ones whose ranking of models agrees most with this one"),d("thead",{},d("tr",{},d("th",{scope:"col"},"Benchmark"),d("th",{scope:"col",class:"num"},"Agreement"),d("th",{scope:"col",class:"num"},"90% interval"),d("th",{scope:"col",class:"num"},"Models shared"))),d("tbody",{},...e.map(t=>d("tr",{"data-scenario":t.scenario},d("td",{},r(t.scenario)),d("td",{class:"num"},$("agreement",t.agreement,I(t.agreement))),d("td",{class:"num"},ne("interval",t.interval)),d("td",{class:"num"},B("n-common",t.nCommon))))))}var $t=e=>d("dl",{class:"facts"},...e.flatMap(([r,t])=>[d("dt",{},r),d("dd",{},t)]));var Pt=(e,r)=>(e.saturated?`${ct}: `:"")+Ka(e,r);var U3=e=>e&&/^https?:\\/\\//i.test(e)?e:null;function as(e,r,t,n){let i={boards:e.boards,aggregateScores:e.aggregate.scores},a=d("dialog",{id:"detail","aria-labelledby":"detail-title"});document.body.append(a);let o=new Map(e.benchmarks.map(p=>[p.id,p])),s=new Map,c=()=>{s=new Map;for(let p of[...i.boards].reverse())for(let g of p.rows)s.set(g.scenario,g)};c();let u=p=>s.get(p)?.name??p,l=p=>e.model_names[p]??p,f=null;a.addEventListener("close",()=>{f=null,r(null)});function h(p,g){let v=i.boards.find(S=>S.id===g),y=v?.rows.find(S=>S.scenario===p)??s.get(p);if(!y)return;let b=o.get(y.benchmark),M=S=>h(S,g),w=d("button",{type:"button",class:"close","aria-label":"Close details"},"×");w.addEventListener("click",()=>a.close()),a.replaceChildren(d("div",{class:"detail-head"},d("h2",{id:"detail-title"},y.name),w),...b?.description?[d("p",{class:"description"},b.description)]:[],$t(G3(e,y,b,v??{id:g,title:g})),j3(y,t(p),i.aggregateScores,l),d("h3",{},"Closest benchmarks"),V3(e,p,u,M),n(p,M)),a.open||a.showModal(),f={scenario:p,board:g},r(p),w.focus()}return{open:h,update(p){i=p,c(),f&&a.open&&h(f.scenario,f.board)}}}function G3(e,r,t,n){let i=U3(t?.url??null),a=[["Scenario id",r.scenario],["Benchmark file",t?.file??r.benchmark],["Category",r.category??"–"],["Better scores are",r.direction],["Snapshot",t?.snapshot??"–"],["License",t?.license??"–"],["Source",i?d("a",{href:i,rel:"noopener noreferrer"},i):t?.url??"–"],["Score (Z)",`${D(r.z)} (90% interval ${Fe(r.z_interval,2,(o,s)=>D(o,s))})`],["Rank",`${r.rank??"–"} on ${n.title}`],["Agreement with the aggregate",`${I(r.agreement)} (90% interval ${Fe(r.agreement_interval)})`],["Models",`${r.models}, of which ${r.n_common} are in the aggregate`]];return r.in_aggregate&&a.push(["In the aggregate",`Yes: ${pe.meaning}`]),r.warnings.length&&a.push(["Warnings",r.warnings.join("; ")]),a.push(["Saturation",B3(e,r)]),r.plausibility.flagged.length&&a.push(["Rows to check",W3(r)]),r.skipped&&a.push(["Not scored",r.skipped]),t?.simulated&&a.push(["Data","simulated, not real results"]),a}function B3(e,r){let t=r.saturation;return Pt({models:t.models,nearBestShare:t.near_best_share,topModels:t.top_models,topSpread:t.top_spread,saturated:t.saturated},er(e).saturation)}function W3(e){let{flagged:r,flagged_count:t,shared:n}=e.plausibility,i=t-r.length;return d("ul",{class:"rows-to-check"},...r.map(a=>d("li",{},qr({...a,aggregateRank:a.aggregate_rank},n))),i>0?d("li",{},`… and ${i} more (largest gaps first; checks.parquet lists every one)`):null)}function V3(e,r,t,n){let i=e.closest[r];if(!i?.length)return d("p",{class:"closest-none"},e.pair_scenarios.includes(r)?"No other benchmark shares enough models with this one to measure agreement.":`Closest benchmarks were computed among the ${e.pair_scenarios.length} benchmarks with the most models; run "benchbench similar ${r}" for this one.`);let a=o=>{let s=d("button",{type:"button",class:"link","data-scenario":o},t(o));return s.addEventListener("click",()=>n(o)),s};return Ot(i.map(o=>({...o,nCommon:o.n_common})),a)}function j3(e,r,t,n){let i=d("section",{class:"scatter-section","aria-live":"polite"},d("h3",{},"Scores against the aggregate"),d("p",{},"Loading every score (scores.parquet)…"));return r.then(a=>{let o=[...a.keys()].filter(s=>t[s]!==void 0).sort().map(s=>({label:n(s),x:t[s],y:a.get(s)}));i.replaceChildren(d("h3",{},`Scores against the aggregate (${o.length} shared models)`),o.length?zo(o,e.name):d("p",{},"No model of this benchmark is in the aggregate."),d("details",{class:"shared-models"},d("summary",{},`The ${o.length} models shared with the aggregate`),d("ul",{},...o.map(s=>d("li",{},s.label)))))},a=>{i.replaceChildren(d("h3",{},"Scores against the aggregate"),d("p",{},`No scatter plot: ${a instanceof Error?a.message:String(a)}.`))}),i}var Cr=(e,r,t,n)=>d("div",{class:"field"},d("label",{for:e},r),t,n?d("span",{class:"hint",id:`${e}-hint`},n):null),Ht=(e,r)=>d("input",{id:e,type:"number",min:r,step:1,inputmode:"numeric",required:!0});function X3(){return{correlation:d("select",{id:"m-correlation"},...st.map(e=>d("option",{value:e},ot[e]))),perSample:Ht("m-models-per-sample",2),all:d("input",{id:"m-all-models",type:"checkbox"}),sampling:d("select",{id:"m-sampling"},...lt.map(e=>d("option",{value:e},e))),samples:Ht("m-samples",1),seed:Ht("m-seed",0),minCommon:Ht("m-min-common",2)}}function K3(e,r){let t=d("input",{id:"m-aggregate-search",type:"search",placeholder:"filter by name or id",autocomplete:"off"}),n=d("span",{class:"hint","aria-live":"polite"}),i=new Map,a=e.map(u=>{let l=d("input",{type:"checkbox",id:`agg-${u.id}`,value:u.id,class:"aggregate-choice"});return i.set(u.id,l),l.addEventListener("change",r),{s:u,li:d("li",{},l,d("label",{for:l.id},u.name,d("span",{class:"scenario-id"},u.id)))}}),o=d("ul",{class:"aggregate-list","aria-label":"Scenarios of the aggregate"}),s=()=>{let u=t.value.trim().toLowerCase(),l=a.filter(({s:f})=>!u||f.name.toLowerCase().includes(u)||f.id.toLowerCase().includes(u));l.sort((f,h)=>Number(i.get(h.s.id).checked)-Number(i.get(f.s.id).checked)),o.replaceChildren(...l.map(f=>f.li))};return t.addEventListener("input",s),{search:t,chosenCount:n,boxes:i,list:o,order:s,chosen:()=>e.map(u=>u.id).filter(u=>i.get(u).checked)}}function Y3(e,r){let t=(s,c,u)=>{let l=Number(s.value);return s.value!==""&&Number.isInteger(l)&&l>=c?l:`${u} must be a whole number of at least ${c}.`},n=e.all.checked?0:t(e.perSample,2,"Models per sample"),i=t(e.samples,1,"Samples"),a=t(e.seed,0,"The seed"),o=t(e.minCommon,2,"Minimum shared models");for(let s of[n,i,a,o])if(typeof s=="string")return s;return r.length<2?"Choose at least 2 scenarios for the aggregate.":{method:{correlation:e.correlation.value,modelsPerSample:n,sampling:e.sampling.value,samples:i,seed:a,minCommonModels:o},aggregate:[...r]}}function Z3(e,r,t){e.correlation.value=r.correlation,e.all.checked=r.modelsPerSample===0,e.perSample.value=String(r.modelsPerSample===0?t:r.modelsPerSample),e.perSample.disabled=e.all.checked,e.sampling.value=r.sampling,e.samples.value=String(r.samples),e.seed.value=String(r.seed),e.minCommon.value=String(r.minCommonModels)}function os(e,r,t,n){let i=X3(),{correlation:a,perSample:o,all:s,sampling:c,samples:u,seed:l,minCommon:f}=i,h=d("p",{class:"field-error",role:"alert"}),p=d("p",{class:"engine-status","aria-live":"polite"}),g=d("progress",{max:1,value:0,"aria-label":"Recomputing the leaderboard",hidden:!0}),v=K3(e,M),{chosenCount:y,boxes:b}=v;function M(){o.disabled=s.checked;let A=Y3(i,v.chosen());y.textContent=`${[...b.values()].filter(O=>O.checked).length} chosen`,h.textContent=typeof A=="string"?A:"",typeof A!="string"&&n(A)}function w(A){Z3(i,A.method,r.method.modelsPerSample||10);let O=new Set(A.aggregate);for(let[j,me]of b)me.checked=O.has(j);y.textContent=`${O.size} chosen`,h.textContent="",v.order()}for(let A of[a,c,s])A.addEventListener("change",M);for(let A of[o,u,l,f])A.addEventListener("change",M);let S=A=>{w(A),n(A)},N=d("button",{type:"button",class:"reset"},"The catalog’s method");N.addEventListener("click",()=>S(r));let E=t?d("button",{type:"button",class:"preset"},t.label):null;E?.addEventListener("click",()=>S(t));let _=Q3(i,v,d("div",{class:"method-actions"},E,N),h,d("div",{class:"engine"},g,p));return w(r),{element:_,set:w,status(A,O){p.textContent=A,g.hidden=O===null,O!==null&&(g.value=O)}}}function Q3({correlation:e,perSample:r,all:t,sampling:n,samples:i,seed:a,minCommon:o},{search:s,chosenCount:c,list:u},l,f,h){return d("details",{class:"method-panel"},d("summary",{},"Method: change how benchmarks are scored (computed in your browser)"),d("div",{class:"method-grid"},Cr("m-correlation","Correlation",e),d("div",{class:"field"},d("label",{for:r.id},"Models per sample"),r,d("span",{class:"check"},t,d("label",{for:t.id},"all shared models"))),Cr("m-sampling","Sampling",n),Cr("m-samples","Samples (experiments)",i,"random and adjacent sampling"),Cr("m-seed","Seed",a),Cr("m-min-common","Minimum shared models",o)),d("fieldset",{class:"aggregate-field"},d("legend",{},"Aggregate scenarios ",c),d("label",{for:s.id,class:"visually-hidden"},"Filter the scenarios"),s,u),l,f,h)}var ss="benchbench-data",ls="deflate-raw+base64",cr="scores.parquet";var us=["board",...Oe,"aggregate"];function cs(e,r,t){let n=new URLSearchParams(e),i=[],a=[],o={...t.method},s=t.aggregate,c=(v,y,b)=>{a.push(`"${v}=${y}" is not valid: ${b}.`)};for(let v of new Set(n.keys()))us.includes(v)?n.getAll(v).length>1&&a.push(`"${v}" is given more than once.`):a.push(`"${v}" is not a setting of this page (it knows ${us.join(", ")}).`);let u=v=>n.get(v);for(let v of Oe){let y=u(v);if(y===null)continue;let b=Wa(v,y);b.ok?o[he[v].field]=b.value:c(v,y,`write ${b.rule}`)}let l=u("aggregate");if(l!==null){let v=[...new Set(l.split(",").filter(b=>b!==""))],y=v.filter(b=>!t.scenarios.has(b));y.length?c("aggregate",l,`no scenario ${y.map(b=>`"${b}"`).join(", ")} in this catalog`):v.length<2?c("aggregate",l,"an aggregate needs at least 2 scenarios"):s=v}a.length&&i.push(...a,"Showing the catalog’s method instead.");let f=u("board");f!==null&&!t.boards.includes(f)&&(i.push(`There is no leaderboard "${f}" (this page has ${t.boards.join(", ")}): showing the first.`),f=null);let h=null,p=r.replace(/^#/,"");if(p){let v=p;try{v=decodeURIComponent(p)}catch{}t.scenarios.has(v)?h=v:i.push(`There is no benchmark "${v}" in this catalog, so no detail is open.`)}return{view:{method:a.length?t.method:o,aggregate:a.length?t.aggregate:s,board:f,open:h},problems:i}}var J3=(e,r)=>e.length===r.length&&e.every((t,n)=>t===r[n]);function fs(e,r){let t=new URLSearchParams,n=e.method,i=r.method;e.board!==null&&e.board!==r.boards[0]&&t.set("board",e.board);for(let[o,s]of ja(n,i))t.set(o,String(s));J3(e.aggregate,r.aggregate)||t.set("aggregate",e.aggregate.join(","));let a=t.toString().replace(/%2C/g,",");return(a?`?${a}`:"")+(e.open?`#${encodeURIComponent(e.open)}`:"")}var ni=new Set(["score","upload","alternatives","subset"]);var z3=e=>e instanceof Error?e.message:String(e),Dt=class{constructor(r,t,n){T(this,"source",r);T(this,"shape",t);T(this,"catalogHash",n);T(this,"worker",null);T(this,"loaded",null);T(this,"next",0);T(this,"waiting",new Map);T(this,"newest",new Map);T(this,"url",URL.createObjectURL(new Blob([\'/*! Engine worker. Bundles simple-statistics (ISC License, Copyright (c) 2014, Tom MacWright) and @stdlib/math-base-* packages (Apache License 2.0, Copyright (c) 2016-2026 The Stdlib Authors, https://github.com/stdlib-js/stdlib) and hyparquet (MIT License, Copyright (c) 2023 Hyperparam, https://github.com/hyparam/hyparquet). */\\n"use strict";(()=>{var W4=Object.create;var ws=Object.defineProperty;var K4=Object.getOwnPropertyDescriptor;var J4=Object.getOwnPropertyNames;var Q4=Object.getPrototypeOf,X4=Object.prototype.hasOwnProperty;var Z4=(e,t,r)=>t in e?ws(e,t,{enumerable:!0,configurable:!0,writable:!0,value:r}):e[t]=r;var z4=(e,t,r)=>()=>{if(r)throw r[0];try{return e&&(t=e(e=0)),t}catch(n){throw r=[n],n}};var g=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}};var ew=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of J4(t))!X4.call(e,i)&&i!==r&&ws(e,i,{get:()=>t[i],enumerable:!(n=K4(t,i))||n.enumerable});return e};var Ml=(e,t,r)=>(r=e!=null?W4(Q4(e)):{},ew(t||!e||!e.__esModule?ws(r,"default",{value:e,enumerable:!0}):r,e));var M=(e,t,r)=>Z4(e,typeof t!="symbol"?t+"":t,r);var tw,m,l=z4(()=>{"use strict";tw=new TextEncoder,m={byteLength:e=>tw.encode(e).length}});var Rl=g((KR,Cl)=>{"use strict";l();function rw(e){return e!==e}Cl.exports=rw});var V=g((QR,Fl)=>{"use strict";l();var nw=Rl();Fl.exports=nw});var Pl=g((ZR,kl)=>{"use strict";l();var iw=Math.floor;kl.exports=iw});var qe=g((eF,xl)=>{"use strict";l();var sw=Pl();xl.exports=sw});var Bl=g((rF,Dl)=>{"use strict";l();var ow=Math.ceil;Dl.exports=ow});var $l=g((iF,Ul)=>{"use strict";l();var aw=Bl();Ul.exports=aw});var Vl=g((oF,Gl)=>{"use strict";l();var lw=qe(),uw=$l();function fw(e){return e<0?uw(e):lw(e)}Gl.exports=fw});var An=g((lF,Hl)=>{"use strict";l();var cw=Vl();Hl.exports=cw});var jl=g((fF,Yl)=>{"use strict";l();Yl.exports=Number});var Kl=g((dF,Wl)=>{"use strict";l();var dw=jl();Wl.exports=dw});var se=g((hF,Jl)=>{"use strict";l();var mw=Kl(),hw=mw.NEGATIVE_INFINITY;Jl.exports=hw});var H=g((gF,Ql)=>{"use strict";l();var pw=Number.POSITIVE_INFINITY;Ql.exports=pw});var lt=g((vF,Xl)=>{"use strict";l();var gw=1023;Xl.exports=gw});var zl=g((_F,Zl)=>{"use strict";l();var yw=1023;Zl.exports=yw});var tu=g((AF,eu)=>{"use strict";l();var vw=-1023;eu.exports=vw});var nu=g((IF,ru)=>{"use strict";l();var ww=-1074;ru.exports=ww});var su=g((EF,iu)=>{"use strict";l();var _w=H(),bw=se();function Aw(e){return e===_w||e===bw}iu.exports=Aw});var Rt=g((OF,ou)=>{"use strict";l();var Sw=su();ou.exports=Sw});var lu=g((MF,au)=>{"use strict";l();var Iw=2147483648;au.exports=Iw});var ut=g((CF,uu)=>{"use strict";l();var Nw=2147483647;uu.exports=Nw});var cu=g((FF,fu)=>{"use strict";l();var Ew=typeof Object.defineProperty=="function"?Object.defineProperty:null;fu.exports=Ew});var mu=g((PF,du)=>{"use strict";l();var Tw=cu();function Ow(){try{return Tw({},"x",{}),!0}catch{return!1}}du.exports=Ow});var pu=g((DF,hu)=>{"use strict";l();var qw=Object.defineProperty;hu.exports=qw});var _s=g((UF,gu)=>{"use strict";l();function Mw(e){return typeof e=="number"}gu.exports=Mw});var bs=g((GF,vu)=>{"use strict";l();function Lw(e){return e[0]==="-"}function yu(e){var t="",r;for(r=0;r<e;r++)t+="0";return t}function Cw(e,t,r){var n=!1,i=t-e.length;return i<0||(Lw(e)&&(n=!0,e=e.substr(1)),e=r?e+yu(i):yu(i)+e,n&&(e="-"+e)),e}vu.exports=Cw});var Au=g((HF,bu)=>{"use strict";l();var Rw=_s(),wu=bs(),Fw=String.prototype.toLowerCase,_u=String.prototype.toUpperCase;function kw(e){var t,r,n;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10;break}if(r=e.arg,n=parseInt(r,10),!isFinite(n)){if(!Rw(r))throw new Error("invalid integer. Value: "+r);n=0}return n<0&&(e.specifier==="u"||t!==10)&&(n=4294967295+n+1),n<0?(r=(-n).toString(t),e.precision&&(r=wu(r,e.precision,e.padRight)),r="-"+r):(r=n.toString(t),!n&&!e.precision?r="":e.precision&&(r=wu(r,e.precision,e.padRight)),e.sign&&(r=e.sign+r)),t===16&&(e.alternate&&(r="0x"+r),r=e.specifier===_u.call(e.specifier)?_u.call(r):Fw.call(r)),t===8&&e.alternate&&r.charAt(0)!=="0"&&(r="0"+r),r}bu.exports=kw});var Iu=g((jF,Su)=>{"use strict";l();function Pw(e){return typeof e=="string"}Su.exports=Pw});var Tu=g((KF,Eu)=>{"use strict";l();var xw=Math.abs,Dw=String.prototype.toLowerCase,Nu=String.prototype.toUpperCase,Ft=String.prototype.replace,Bw=/e\\\\+(\\\\d)$/,Uw=/e-(\\\\d)$/,$w=/^(\\\\d+)$/,Gw=/^(\\\\d+)e/,Vw=/\\\\.0$/,Hw=/\\\\.0*e/,Yw=/(\\\\..*[^0])0*e/;function jw(e,t){var r,n;switch(t.specifier){case"e":case"E":n=e.toExponential(t.precision);break;case"f":case"F":n=e.toFixed(t.precision);break;case"g":case"G":xw(e)<1e-4?(r=t.precision,r>0&&(r-=1),n=e.toExponential(r)):n=e.toPrecision(t.precision),t.alternate||(n=Ft.call(n,Yw,"$1e"),n=Ft.call(n,Hw,"e"),n=Ft.call(n,Vw,""));break;default:throw new Error("invalid double notation. Value: "+t.specifier)}return n=Ft.call(n,Bw,"e+0$1"),n=Ft.call(n,Uw,"e-0$1"),t.alternate&&(n=Ft.call(n,$w,"$1."),n=Ft.call(n,Gw,"$1.e")),e>=0&&t.sign&&(n=t.sign+n),n=t.specifier===Nu.call(t.specifier)?Nu.call(n):Dw.call(n),n}Eu.exports=jw});var Mu=g((QF,qu)=>{"use strict";l();function Ou(e){var t="",r;for(r=0;r<e;r++)t+=" ";return t}function Ww(e,t,r){var n=t-e.length;return n<0||(e=r?e+Ou(n):Ou(n)+e),e}qu.exports=Ww});var Cu=g((ZF,Lu)=>{"use strict";l();var Kw=Au(),Jw=Iu(),Qw=_s(),Xw=Tu(),Zw=Mu(),zw=bs(),e5=String.fromCharCode,t5=Array.isArray;function Sn(e){return e!==e}function r5(e){var t={};return t.specifier=e.specifier,t.precision=e.precision===void 0?1:e.precision,t.width=e.width,t.flags=e.flags||"",t.mapping=e.mapping,t}function n5(e){var t,r,n,i,s,o,a,u,f,d;if(!t5(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(o="",a=1,f=0;f<e.length;f++)if(n=e[f],Jw(n))o+=n;else{if(t=n.precision!==void 0,n=r5(n),!n.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+n+"`.");for(n.mapping&&(a=n.mapping),r=n.flags,d=0;d<r.length;d++)switch(i=r.charAt(d),i){case" ":n.sign=" ";break;case"+":n.sign="+";break;case"-":n.padRight=!0,n.padZeros=!1;break;case"0":n.padZeros=r.indexOf("-")<0;break;case"#":n.alternate=!0;break;default:throw new Error("invalid flag: "+i)}if(n.width==="*"){if(n.width=parseInt(arguments[a],10),a+=1,Sn(n.width))throw new TypeError("the argument for * width at position "+a+" is not a number. Value: `"+n.width+"`.");n.width<0&&(n.padRight=!0,n.width=-n.width)}if(t&&n.precision==="*"){if(n.precision=parseInt(arguments[a],10),a+=1,Sn(n.precision))throw new TypeError("the argument for * precision at position "+a+" is not a number. Value: `"+n.precision+"`.");n.precision<0&&(n.precision=1,t=!1)}switch(n.arg=arguments[a],n.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(n.padZeros=!1),n.arg=Kw(n);break;case"s":n.maxWidth=t?n.precision:-1,n.arg=String(n.arg);break;case"c":if(!Sn(n.arg)){if(s=parseInt(n.arg,10),s<0||s>127)throw new Error("invalid character code. Value: "+n.arg);n.arg=Sn(s)?String(n.arg):e5(s)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(n.precision=6),u=parseFloat(n.arg),!isFinite(u)){if(!Qw(n.arg))throw new Error("invalid floating-point number. Value: "+o);u=n.arg,n.padZeros=!1}n.arg=Xw(u,n);break;default:throw new Error("invalid specifier: "+n.specifier)}n.maxWidth>=0&&n.arg.length>n.maxWidth&&(n.arg=n.arg.substring(0,n.maxWidth)),n.padZeros?n.arg=zw(n.arg,n.width||n.precision,n.padRight):n.width&&(n.arg=Zw(n.arg,n.width,n.padRight)),o+=n.arg||"",a+=1}return o}Lu.exports=n5});var Fu=g((ek,Ru)=>{"use strict";l();var i5=Cu();Ru.exports=i5});var Pu=g((rk,ku)=>{"use strict";l();var In=/%(?:([1-9]\\\\d*)\\\\$)?([0 +\\\\-#]*)(\\\\*|\\\\d+)?(?:(\\\\.)(\\\\*|\\\\d+)?)?[hlL]?([%A-Za-z])/g;function s5(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return e[4]==="."&&e[5]===void 0&&(t.precision="1"),t}function o5(e){var t,r,n,i;for(r=[],i=0,n=In.exec(e);n;)t=e.slice(i,In.lastIndex-n[0].length),t.length&&r.push(t),n[6]==="%"?r.push("%"):r.push(s5(n)),i=In.lastIndex,n=In.exec(e);return t=e.slice(i),t.length&&r.push(t),r}ku.exports=o5});var Du=g((ik,xu)=>{"use strict";l();var a5=Pu();xu.exports=a5});var Uu=g((ok,Bu)=>{"use strict";l();function l5(e){return typeof e=="string"}Bu.exports=l5});var Vu=g((lk,Gu)=>{"use strict";l();var u5=Fu(),f5=Du(),c5=Uu();function $u(e){var t,r;if(!c5(e))throw new TypeError($u("invalid argument. First argument must be a string. Value: `%s`.",e));for(t=[f5(e)],r=1;r<arguments.length;r++)t.push(arguments[r]);return u5.apply(null,t)}Gu.exports=$u});var Yu=g((fk,Hu)=>{"use strict";l();var d5=Vu();Hu.exports=d5});var Xu=g((dk,Qu)=>{"use strict";l();var ju=Yu(),er=Object.prototype,Wu=er.toString,Ku=er.__defineGetter__,Ju=er.__defineSetter__,m5=er.__lookupGetter__,h5=er.__lookupSetter__;function p5(e,t,r){var n,i,s,o;if(typeof e!="object"||e===null||Wu.call(e)==="[object Array]")throw new TypeError(ju("invalid argument. First argument must be an object. Value: `%s`.",e));if(typeof r!="object"||r===null||Wu.call(r)==="[object Array]")throw new TypeError(ju("invalid argument. Property descriptor must be an object. Value: `%s`.",r));if(i="value"in r,i&&(m5.call(e,t)||h5.call(e,t)?(n=e.__proto__,e.__proto__=er,delete e[t],e[t]=r.value,e.__proto__=n):e[t]=r.value),s="get"in r,o="set"in r,i&&(s||o))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return s&&Ku&&Ku.call(e,t,r.get),o&&Ju&&Ju.call(e,t,r.set),e}Qu.exports=p5});var zu=g((hk,Zu)=>{"use strict";l();var g5=mu(),y5=pu(),v5=Xu(),As;g5()?As=y5:As=v5;Zu.exports=As});var tf=g((gk,ef)=>{"use strict";l();var w5=zu();function _5(e,t,r){w5(e,t,{configurable:!1,enumerable:!1,writable:!1,value:r})}ef.exports=_5});var kr=g((vk,rf)=>{"use strict";l();var b5=tf();rf.exports=b5});var sf=g((_k,nf)=>{"use strict";l();function A5(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}nf.exports=A5});var af=g((Ak,of)=>{"use strict";l();var S5=sf();of.exports=S5});var uf=g((Ik,lf)=>{"use strict";l();var I5=af(),N5=I5();function E5(){return N5&&typeof Symbol.toStringTag=="symbol"}lf.exports=E5});var cf=g((Ek,ff)=>{"use strict";l();var T5=uf();ff.exports=T5});var Ss=g((Ok,df)=>{"use strict";l();var O5=Object.prototype.toString;df.exports=O5});var hf=g((Mk,mf)=>{"use strict";l();var q5=Ss();function M5(e){return q5.call(e)}mf.exports=M5});var gf=g((Ck,pf)=>{"use strict";l();var L5=Object.prototype.hasOwnProperty;function C5(e,t){return e==null?!1:L5.call(e,t)}pf.exports=C5});var vf=g((Fk,yf)=>{"use strict";l();var R5=gf();yf.exports=R5});var _f=g((Pk,wf)=>{"use strict";l();var F5=typeof Symbol=="function"?Symbol:void 0;wf.exports=F5});var Af=g((Dk,bf)=>{"use strict";l();var k5=_f();bf.exports=k5});var Nf=g((Uk,If)=>{"use strict";l();var Sf=Af(),P5=typeof Sf=="function"?Sf.toStringTag:"";If.exports=P5});var Tf=g((Gk,Ef)=>{"use strict";l();var x5=vf(),Pr=Nf(),Is=Ss();function D5(e){var t,r,n;if(e==null)return Is.call(e);r=e[Pr],t=x5(e,Pr);try{e[Pr]=void 0}catch{return Is.call(e)}return n=Is.call(e),t?e[Pr]=r:delete e[Pr],n}Ef.exports=D5});var xr=g((Hk,Of)=>{"use strict";l();var B5=cf(),U5=hf(),$5=Tf(),Ns;B5()?Ns=$5:Ns=U5;Of.exports=Ns});var Mf=g((jk,qf)=>{"use strict";l();var G5=xr(),V5=typeof Uint32Array=="function";function H5(e){return V5&&e instanceof Uint32Array||G5(e)==="[object Uint32Array]"}qf.exports=H5});var Cf=g((Kk,Lf)=>{"use strict";l();var Y5=Mf();Lf.exports=Y5});var Ff=g((Qk,Rf)=>{"use strict";l();var j5=4294967295;Rf.exports=j5});var Pf=g((Zk,kf)=>{"use strict";l();var W5=typeof Uint32Array=="function"?Uint32Array:null;kf.exports=W5});var Bf=g((eP,Df)=>{"use strict";l();var K5=Cf(),Es=Ff(),xf=Pf();function J5(){var e,t;if(typeof xf!="function")return!1;try{t=[1,3.14,-3.14,Es+1,Es+2],t=new xf(t),e=K5(t)&&t[0]===1&&t[1]===3&&t[2]===Es-2&&t[3]===0&&t[4]===1}catch{e=!1}return e}Df.exports=J5});var $f=g((rP,Uf)=>{"use strict";l();var Q5=Bf();Uf.exports=Q5});var Vf=g((iP,Gf)=>{"use strict";l();var X5=typeof Uint32Array=="function"?Uint32Array:void 0;Gf.exports=X5});var Yf=g((oP,Hf)=>{"use strict";l();function Z5(){throw new Error("not implemented")}Hf.exports=Z5});var kt=g((lP,jf)=>{"use strict";l();var z5=$f(),e9=Vf(),t9=Yf(),Ts;z5()?Ts=e9:Ts=t9;jf.exports=Ts});var Kf=g((fP,Wf)=>{"use strict";l();var r9=xr(),n9=typeof Float64Array=="function";function i9(e){return n9&&e instanceof Float64Array||r9(e)==="[object Float64Array]"}Wf.exports=i9});var Qf=g((dP,Jf)=>{"use strict";l();var s9=Kf();Jf.exports=s9});var Zf=g((hP,Xf)=>{"use strict";l();var o9=typeof Float64Array=="function"?Float64Array:null;Xf.exports=o9});var tc=g((gP,ec)=>{"use strict";l();var a9=Qf(),zf=Zf();function l9(){var e,t;if(typeof zf!="function")return!1;try{t=new zf([1,3.14,-3.14,NaN]),e=a9(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch{e=!1}return e}ec.exports=l9});var nc=g((vP,rc)=>{"use strict";l();var u9=tc();rc.exports=u9});var sc=g((_P,ic)=>{"use strict";l();var f9=typeof Float64Array=="function"?Float64Array:void 0;ic.exports=f9});var ac=g((AP,oc)=>{"use strict";l();function c9(){throw new Error("not implemented")}oc.exports=c9});var Pt=g((IP,lc)=>{"use strict";l();var d9=nc(),m9=sc(),h9=ac(),Os;d9()?Os=m9:Os=h9;lc.exports=Os});var fc=g((EP,uc)=>{"use strict";l();var p9=xr(),g9=typeof Uint8Array=="function";function y9(e){return g9&&e instanceof Uint8Array||p9(e)==="[object Uint8Array]"}uc.exports=y9});var dc=g((OP,cc)=>{"use strict";l();var v9=fc();cc.exports=v9});var hc=g((MP,mc)=>{"use strict";l();var w9=255;mc.exports=w9});var gc=g((CP,pc)=>{"use strict";l();var _9=typeof Uint8Array=="function"?Uint8Array:null;pc.exports=_9});var wc=g((FP,vc)=>{"use strict";l();var b9=dc(),qs=hc(),yc=gc();function A9(){var e,t;if(typeof yc!="function")return!1;try{t=[1,3.14,-3.14,qs+1,qs+2],t=new yc(t),e=b9(t)&&t[0]===1&&t[1]===3&&t[2]===qs-2&&t[3]===0&&t[4]===1}catch{e=!1}return e}vc.exports=A9});var bc=g((PP,_c)=>{"use strict";l();var S9=wc();_c.exports=S9});var Sc=g((DP,Ac)=>{"use strict";l();var I9=typeof Uint8Array=="function"?Uint8Array:void 0;Ac.exports=I9});var Nc=g((UP,Ic)=>{"use strict";l();function N9(){throw new Error("not implemented")}Ic.exports=N9});var Tc=g((GP,Ec)=>{"use strict";l();var E9=bc(),T9=Sc(),O9=Nc(),Ms;E9()?Ms=T9:Ms=O9;Ec.exports=Ms});var qc=g((HP,Oc)=>{"use strict";l();var q9=xr(),M9=typeof Uint16Array=="function";function L9(e){return M9&&e instanceof Uint16Array||q9(e)==="[object Uint16Array]"}Oc.exports=L9});var Lc=g((jP,Mc)=>{"use strict";l();var C9=qc();Mc.exports=C9});var Rc=g((KP,Cc)=>{"use strict";l();var R9=65535;Cc.exports=R9});var kc=g((QP,Fc)=>{"use strict";l();var F9=typeof Uint16Array=="function"?Uint16Array:null;Fc.exports=F9});var Dc=g((ZP,xc)=>{"use strict";l();var k9=Lc(),Ls=Rc(),Pc=kc();function P9(){var e,t;if(typeof Pc!="function")return!1;try{t=[1,3.14,-3.14,Ls+1,Ls+2],t=new Pc(t),e=k9(t)&&t[0]===1&&t[1]===3&&t[2]===Ls-2&&t[3]===0&&t[4]===1}catch{e=!1}return e}xc.exports=P9});var Uc=g((ex,Bc)=>{"use strict";l();var x9=Dc();Bc.exports=x9});var Gc=g((rx,$c)=>{"use strict";l();var D9=typeof Uint16Array=="function"?Uint16Array:void 0;$c.exports=D9});var Hc=g((ix,Vc)=>{"use strict";l();function B9(){throw new Error("not implemented")}Vc.exports=B9});var jc=g((ox,Yc)=>{"use strict";l();var U9=Uc(),$9=Gc(),G9=Hc(),Cs;U9()?Cs=$9:Cs=G9;Yc.exports=Cs});var Kc=g((lx,Wc)=>{"use strict";l();var V9=Tc(),H9=jc(),Y9={uint16:H9,uint8:V9};Wc.exports=Y9});var Zc=g((fx,Xc)=>{"use strict";l();var Jc=Kc(),Qc;function j9(){var e,t;return e=new Jc.uint16(1),e[0]=4660,t=new Jc.uint8(e.buffer),t[0]===52}Qc=j9();Xc.exports=Qc});var xt=g((dx,zc)=>{"use strict";l();var W9=Zc();zc.exports=W9});var r0=g((hx,t0)=>{"use strict";l();var K9=xt(),e0,Rs,Fs;K9===!0?(Rs=1,Fs=0):(Rs=0,Fs=1);e0={HIGH:Rs,LOW:Fs};t0.exports=e0});var ks=g((gx,o0)=>{"use strict";l();var J9=kt(),Q9=Pt(),i0=r0(),s0=new Q9(1),n0=new J9(s0.buffer),X9=i0.HIGH,Z9=i0.LOW;function z9(e,t,r,n){return s0[0]=e,t[n]=n0[X9],t[n+r]=n0[Z9],t}o0.exports=z9});var l0=g((vx,a0)=>{"use strict";l();var e8=ks();function t8(e){return e8(e,[0,0],1,0)}a0.exports=t8});var Nn=g((_x,f0)=>{"use strict";l();var r8=kr(),u0=l0(),n8=ks();r8(u0,"assign",n8);f0.exports=u0});var d0=g((Ax,c0)=>{"use strict";l();var i8=xt(),Ps;i8===!0?Ps=1:Ps=0;c0.exports=Ps});var p0=g((Ix,h0)=>{"use strict";l();var s8=kt(),o8=Pt(),a8=d0(),m0=new o8(1),l8=new s8(m0.buffer);function u8(e){return m0[0]=e,l8[a8]}h0.exports=u8});var fe=g((Ex,g0)=>{"use strict";l();var f8=p0();g0.exports=f8});var w0=g((Ox,v0)=>{"use strict";l();var c8=xt(),y0,xs,Ds;c8===!0?(xs=1,Ds=0):(xs=0,Ds=1);y0={HIGH:xs,LOW:Ds};v0.exports=y0});var I0=g((Mx,S0)=>{"use strict";l();var d8=kt(),m8=Pt(),b0=w0(),A0=new m8(1),_0=new d8(A0.buffer),h8=b0.HIGH,p8=b0.LOW;function g8(e,t){return _0[h8]=e,_0[p8]=t,A0[0]}S0.exports=g8});var Dr=g((Cx,N0)=>{"use strict";l();var y8=I0();N0.exports=y8});var T0=g((Fx,E0)=>{"use strict";l();var v8=lu(),w8=ut(),_8=Nn(),b8=fe(),A8=Dr(),Bs=[0,0];function S8(e,t){var r,n;return _8.assign(e,Bs,1,0),r=Bs[0],r&=w8,n=b8(t),n&=v8,r|=n,A8(r,Bs[1])}E0.exports=S8});var En=g((Px,O0)=>{"use strict";l();var I8=T0();O0.exports=I8});var tr=g((Dx,q0)=>{"use strict";l();var N8=22250738585072014e-324;q0.exports=N8});var L0=g((Ux,M0)=>{"use strict";l();function E8(e){return Math.abs(e)}M0.exports=E8});var $=g((Gx,C0)=>{"use strict";l();var T8=L0();C0.exports=T8});var Us=g((Hx,R0)=>{"use strict";l();var O8=tr(),q8=Rt(),M8=V(),L8=$(),C8=4503599627370496;function R8(e,t,r,n){return M8(e)||q8(e)?(t[n]=e,t[n+r]=0,t):e!==0&&L8(e)<O8?(t[n]=e*C8,t[n+r]=-52,t):(t[n]=e,t[n+r]=0,t)}R0.exports=R8});var k0=g((jx,F0)=>{"use strict";l();var F8=Us();function k8(e){return F8(e,[0,0],1,0)}F0.exports=k8});var D0=g((Kx,x0)=>{"use strict";l();var P8=kr(),P0=k0(),x8=Us();P8(P0,"assign",x8);x0.exports=P0});var Br=g((Qx,B0)=>{"use strict";l();var D8=2146435072;B0.exports=D8});var $0=g((Zx,U0)=>{"use strict";l();var B8=fe(),U8=Br(),$8=lt();function G8(e){var t=B8(e);return t=(t&U8)>>>20,t-$8|0}U0.exports=G8});var V0=g((eD,G0)=>{"use strict";l();var V8=$0();G0.exports=V8});var Y0=g((rD,H0)=>{"use strict";l();var H8=H(),Y8=se(),j8=lt(),W8=zl(),K8=tu(),J8=nu(),Q8=V(),X8=Rt(),Z8=En(),z8=D0().assign,e_=V0(),t_=Nn(),r_=Dr(),n_=2220446049250313e-31,i_=2148532223,$s=[0,0],Gs=[0,0];function s_(e,t){var r,n;return t===0||e===0||Q8(e)||X8(e)?e:(z8(e,$s,1,0),e=$s[0],t+=$s[1],t+=e_(e),t<J8?Z8(0,e):t>W8?e<0?Y8:H8:(t<=K8?(t+=52,n=n_):n=1,t_.assign(e,Gs,1,0),r=Gs[0],r&=i_,r|=t+j8<<20,n*r_(r,Gs[1])))}H0.exports=s_});var Tn=g((iD,j0)=>{"use strict";l();var o_=Y0();j0.exports=o_});var K0=g((oD,W0)=>{"use strict";l();function a_(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}W0.exports=a_});var Q0=g((lD,J0)=>{"use strict";l();var l_=Tn(),u_=K0();function f_(e,t,r){var n,i,s,o;return n=e-t,i=n*n,s=n-i*u_(i),o=1-(t-n*s/(2-s)-e),l_(o,r)}J0.exports=f_});var rd=g((fD,td)=>{"use strict";l();var c_=V(),X0=An(),d_=se(),Z0=H(),m_=Q0(),h_=.6931471803691238,p_=19082149292705877e-26,z0=1.4426950408889634,g_=709.782712893384,y_=-745.1332191019411,ed=1/(1<<28),v_=-ed;function w_(e){var t,r,n;return c_(e)||e===Z0?e:e===d_?0:e>g_?Z0:e<y_?0:e>v_&&e<ed?1+e:(e<0?n=X0(z0*e-.5):n=X0(z0*e+.5),t=e-n*h_,r=n*p_,m_(t,r,n))}td.exports=w_});var Z=g((dD,nd)=>{"use strict";l();var __=rd();nd.exports=__});var sd=g((hD,id)=>{"use strict";l();var b_=xt(),Vs;b_===!0?Vs=0:Vs=1;id.exports=Vs});var ad=g((gD,od)=>{"use strict";l();var A_=kt(),S_=Pt(),I_=sd(),Hs=new S_(1),N_=new A_(Hs.buffer);function E_(e,t){return Hs[0]=e,N_[I_]=t>>>0,Hs[0]}od.exports=E_});var rr=g((vD,ld)=>{"use strict";l();var T_=ad();ld.exports=T_});var fd=g((_D,ud)=>{"use strict";l();function O_(e){return e===0?-.3250421072470015:-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}ud.exports=O_});var dd=g((AD,cd)=>{"use strict";l();function q_(e){return e===0?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}cd.exports=q_});var hd=g((ID,md)=>{"use strict";l();function M_(e){return e===0?.41485611868374833:.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}md.exports=M_});var gd=g((ED,pd)=>{"use strict";l();function L_(e){return e===0?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}pd.exports=L_});var vd=g((OD,yd)=>{"use strict";l();function C_(e){return e===0?-.6938585727071818:-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}yd.exports=C_});var _d=g((MD,wd)=>{"use strict";l();function R_(e){return e===0?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}wd.exports=R_});var Ad=g((CD,bd)=>{"use strict";l();function F_(e){return e===0?-.799283237680523:-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}bd.exports=F_});var Id=g((FD,Sd)=>{"use strict";l();function k_(e){return e===0?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}Sd.exports=k_});var Od=g((PD,Td)=>{"use strict";l();var P_=V(),Nd=Z(),x_=rr(),D_=H(),B_=se(),U_=fd(),$_=dd(),G_=hd(),V_=gd(),H_=vd(),Y_=_d(),j_=Ad(),W_=Id(),On=1e-300,K_=13877787807814457e-33,Ed=.8450629115104675,J_=.12837916709551256,Q_=1,X_=-.0023621185607526594,Z_=1,z_=-.009864944034847148,eb=1,tb=-.0098649429247001,rb=1;function nb(e){var t,r,n,i,s,o,a,u;if(P_(e))return NaN;if(e===D_)return 0;if(e===B_)return 2;if(e===0)return 1;if(e<0?(t=!0,r=-e):(t=!1,r=e),r<.84375)return r<K_?1-e:(n=e*e,i=J_+n*U_(n),s=Q_+n*$_(n),o=i/s,e<.25?1-(e+e*o):(i=e*o,i+=e-.5,.5-i));if(r<1.25)return s=r-1,a=X_+s*G_(s),u=Z_+s*V_(s),t?1+Ed+a/u:1-Ed-a/u;if(r<28){if(s=1/(r*r),r<2.857142857142857)i=z_+s*H_(s),s=eb+s*Y_(s);else{if(e<-6)return 2-On;i=tb+s*j_(s),s=rb+s*W_(s)}return n=x_(r,0),i=Nd(-(n*n)-.5625)*Nd((n-r)*(n+r)+i/s),t?2-i/r:i/r}return t?2-On:On*On}Td.exports=nb});var qn=g((DD,qd)=>{"use strict";l();var ib=Od();qd.exports=ib});var kd=g((zD,Fd)=>{"use strict";l();var db=xt(),eo;db===!0?eo=1:eo=0;Fd.exports=eo});var xd=g((tB,Pd)=>{"use strict";l();var mb=kt(),hb=Pt(),pb=kd(),to=new hb(1),gb=new mb(to.buffer);function yb(e,t){return to[0]=e,gb[pb]=t>>>0,to[0]}Pd.exports=yb});var sr=g((nB,Dd)=>{"use strict";l();var vb=xd();Dd.exports=vb});var Ud=g((sB,Bd)=>{"use strict";l();var wb=.34657359027997264;Bd.exports=wb});var Gd=g((aB,$d)=>{"use strict";l();function _b(e){return e===0?-.03333333333333313:-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-20109921818362437e-23)))}$d.exports=_b});var Kd=g((uB,Wd)=>{"use strict";l();var bb=V(),Vd=fe(),ro=sr(),Ab=Dr(),Hd=H(),Sb=se(),Yd=lt(),Ib=Ud(),Nb=Gd(),Eb=709.782712893384,no=.6931471803691238,io=19082149292705877e-26,jd=1.4426950408889634,Tb=38.816242111356935,Ob=1.0397207708399179;function qb(e){var t,r,n,i,s,o,a,u,f,d,c,p,h;if(e===Hd||bb(e))return e;if(e===Sb)return-1;if(e===0)return e;if(e<0?(n=!0,u=-e):(n=!1,u=e),u>=Tb){if(n)return-1;if(u>=Eb)return Hd}if(o=Vd(u)|0,u>Ib)u<Ob?n?(i=e+no,s=-io,h=-1):(i=e-no,s=io,h=1):(n?h=jd*e-.5:h=jd*e+.5,h|=0,c=h,i=e-c*no,s=c*io),e=i-s,d=i-e-s;else{if(o<1016070144)return e;h=0}return t=.5*e,f=e*t,a=1+f*Nb(f),c=3-a*t,p=f*((a-c)/(6-e*c)),h===0?e-(e*p-f):(r=Ab(Yd+h<<20,0),p=e*(p-d)-d,p-=f,h===-1?.5*(e-p)-.5:h===1?e<-.25?-2*(p-(e+.5)):1+2*(e-p):h<=-2||h>56?(u=1-(p-e),h===1024?(i=Vd(u)+(h<<20)|0,u=ro(u,i)):u*=r,u-1):(c=1,h<20?(i=1072693248-(2097152>>h)|0,c=ro(c,i),u=c-(p-e)):(i=Yd-h<<20|0,c=ro(c,i),u=e-(p+c),u+=1),u*=r,u))}Wd.exports=qb});var Ur=g((cB,Jd)=>{"use strict";l();var Mb=Kd();Jd.exports=Mb});var Xd=g((mB,Qd)=>{"use strict";l();function Lb(e){return e===0?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}Qd.exports=Lb});var rm=g((pB,tm)=>{"use strict";l();var Cb=V(),Zd=fe(),zd=sr(),Rb=H(),Fb=se(),em=lt(),kb=Xd(),so=.6931471803691238,oo=19082149292705877e-26,Pb=.41421356237309503,xb=-.2928932188134525,Db=1862645149230957e-24,Bb=5551115123125783e-32,Ub=9007199254740992,$b=.6666666666666666;function Gb(e){var t,r,n,i,s,o,a,u,f,d;if(e<-1||Cb(e))return NaN;if(e===-1)return Fb;if(e===Rb||e===0)return e;if(e<0?n=-e:n=e,d=1,n<Pb){if(n<Db)return n<Bb?e:e-e*e*.5;e>xb&&(d=0,i=e,r=1)}return d!==0&&(n<Ub?(f=1+e,r=Zd(f),d=(r>>20)-em,d>0?s=1-(f-e):s=e-(f-1),s/=f):(f=e,r=Zd(f),d=(r>>20)-em,s=0),r&=1048575,r<434334?f=zd(f,r|1072693248):(d+=1,f=zd(f,r|1071644672),r=1048576-r>>2),i=f-1),t=.5*i*i,r===0?i===0?(s+=d*oo,d*so+s):(u=t*(1-$b*i),d*so-(u-(d*oo+s)-i)):(o=i/(2+i),a=o*o,u=a*kb(a),d===0?i-(t-o*(t+u)):d*so-(t-(o*(t+u)+(d*oo+s))-i))}tm.exports=Gb});var We=g((yB,nm)=>{"use strict";l();var Vb=rm();nm.exports=Vb});var sm=g((wB,im)=>{"use strict";l();var Hb=Math.sqrt;im.exports=Hb});var Ne=g((bB,om)=>{"use strict";l();var Yb=sm();om.exports=Yb});var lm=g((SB,am)=>{"use strict";l();var jb=.7853981633974483;am.exports=jb});var fm=g((NB,um)=>{"use strict";l();function Wb(e){var t,r,n;return e===0?.16666666666666713:(e<0?t=-e:t=e,t<=1?(r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428)))),n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))):(e=1/e,r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825)))),n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))),r/n)}um.exports=Wb});var dm=g((TB,cm)=>{"use strict";l();function Kb(e){var t,r,n;return e===0?.08333333333333809:(e<0?t=-e:t=e,t<=1?(r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243))),n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))):(e=1/e,r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616))),n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))),r/n)}cm.exports=Kb});var pm=g((qB,hm)=>{"use strict";l();var Jb=V(),Qb=Ne(),mm=lm(),Xb=fm(),Zb=dm(),zb=6123233995736766e-32;function e7(e){var t,r,n,i,s;if(Jb(e))return NaN;if(e>0?n=e:(t=!0,n=-e),n>1)return NaN;if(n>.625)r=1-n,i=r*Zb(r),r=Qb(r+r),s=mm-r,r=r*i-zb,s-=r,s+=mm;else{if(n<1e-8)return e;r=n*n,s=r*Xb(r),s=n*s+n}return t?-s:s}hm.exports=e7});var ym=g((LB,gm)=>{"use strict";l();var t7=pm();gm.exports=t7});var wm=g((RB,vm)=>{"use strict";l();var r7=qe();function n7(e){return r7(e)===e}vm.exports=n7});var Dt=g((kB,_m)=>{"use strict";l();var i7=wm();_m.exports=i7});var Am=g((xB,bm)=>{"use strict";l();var s7=Dt();function o7(e){return s7(e/2)}bm.exports=o7});var Im=g((BB,Sm)=>{"use strict";l();var a7=Am();Sm.exports=a7});var Tm=g(($B,Em)=>{"use strict";l();var Nm=Im();function l7(e){return e>0?Nm(e-1):Nm(e+1)}Em.exports=l7});var Dn=g((VB,Om)=>{"use strict";l();var u7=Tm();Om.exports=u7});var Mm=g((YB,qm)=>{"use strict";l();function f7(e){return e|0}qm.exports=f7});var ao=g((WB,Lm)=>{"use strict";l();var c7=Mm();Lm.exports=c7});var Fm=g((JB,Rm)=>{"use strict";l();var Cm=Dn(),d7=En(),m7=se(),Bn=H();function h7(e,t){return t===m7?Bn:t===Bn?0:t>0?Cm(t)?e:0:Cm(t)?d7(Bn,e):Bn}Rm.exports=h7});var Pm=g((XB,km)=>{"use strict";l();var p7=ut(),g7=fe(),y7=1072693247,Un=1e300,$n=1e-300;function v7(e,t){var r,n;return n=g7(e),r=n&p7,r<=y7?t<0?Un*Un:$n*$n:t>0?Un*Un:$n*$n}km.exports=v7});var Bm=g((zB,Dm)=>{"use strict";l();var w7=$(),xm=H();function _7(e,t){return e===-1?(e-e)/(e-e):e===1?1:w7(e)<1==(t===xm)?0:xm}Dm.exports=_7});var lo=g((tU,Um)=>{"use strict";l();var b7=20;Um.exports=b7});var Gm=g((nU,$m)=>{"use strict";l();function A7(e){return e===0?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}$m.exports=A7});var jm=g((sU,Ym)=>{"use strict";l();var S7=fe(),Gn=rr(),Vm=sr(),I7=lt(),N7=lo(),E7=Gm(),T7=1048575,Hm=1048576,O7=1072693248,q7=536870912,M7=524288,L7=9007199254740992,C7=.9617966939259756,R7=.9617967009544373,F7=-7028461650952758e-24,k7=[1,1.5],P7=[0,.5849624872207642],x7=[0,1350039202129749e-23];function D7(e,t,r){var n,i,s,o,a,u,f,d,c,p,h,y,v,_,b,w,A,I,N,E,T,C;return E=0,r<Hm&&(t*=L7,E-=53,r=S7(t)),E+=(r>>N7)-I7|0,T=r&T7|0,r=T|O7|0,T<=235662?C=0:T<767610?C=1:(C=0,E+=1,r-=Hm),t=Vm(t,r),d=k7[C],I=t-d,N=1/(t+d),i=I*N,o=Gn(i,0),n=(r>>1|q7)+M7,n+=C<<18,u=Vm(0,n),f=t-(u-d),a=N*(I-o*u-o*f),s=i*i,A=s*s*E7(s),A+=a*(o+i),s=o*o,u=3+s+A,u=Gn(u,0),f=A-(u-3-s),I=o*u,N=a*u+f*i,p=I+N,p=Gn(p,0),h=N-(p-I),y=R7*p,v=F7*p+h*C7+x7[C],c=P7[C],w=E,_=y+v+c+w,_=Gn(_,0),b=v-(_-w-c-y),e[0]=_,e[1]=b,e}Ym.exports=D7});var Km=g((aU,Wm)=>{"use strict";l();function B7(e){return e===0?.5:.5+e*(-.3333333333333333+e*.25)}Wm.exports=B7});var Qm=g((uU,Jm)=>{"use strict";l();var U7=rr(),$7=Km(),G7=1.4426950408889634,V7=1.4426950216293335,H7=19259629911266175e-24;function Y7(e,t){var r,n,i,s,o,a;return i=t-1,s=i*i*$7(i),o=V7*i,a=i*H7-s*G7,n=o+a,n=U7(n,0),r=a-(n-o),e[0]=n,e[1]=r,e}Jm.exports=Y7});var Zm=g((cU,Xm)=>{"use strict";l();var j7=.6931471805599453;Xm.exports=j7});var uo=g((mU,zm)=>{"use strict";l();var W7=1048575;zm.exports=W7});var th=g((pU,eh)=>{"use strict";l();function K7(e){return e===0?.16666666666666602:.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*41381367970572385e-24)))}eh.exports=K7});var lh=g((yU,ah)=>{"use strict";l();var J7=fe(),rh=sr(),Q7=rr(),X7=ao(),Z7=Tn(),z7=Zm(),nh=lt(),ih=ut(),sh=uo(),$r=lo(),eA=th(),oh=1048576,tA=1071644672,rA=.6931471824645996,nA=-1904654299957768e-24;function iA(e,t,r){var n,i,s,o,a,u,f,d,c,p,h;return p=e&ih|0,h=(p>>$r)-nh|0,c=0,p>tA&&(c=e+(oh>>h+1)>>>0,h=((c&ih)>>$r)-nh|0,n=(c&~(sh>>h))>>>0,s=rh(0,n),c=(c&sh|oh)>>$r-h>>>0,e<0&&(c=-c),t-=s),s=r+t,s=Q7(s,0),a=s*rA,u=(r-(s-t))*z7+s*nA,d=a+u,f=u-(d-a),s=d*d,i=d-s*eA(s),o=d*i/(i-2)-(f+d*f),d=1-(o-d),e=J7(d),e=X7(e),e+=c<<$r>>>0,e>>$r<=0?d=Z7(d,c):d=rh(d,e),d}ah.exports=iA});var wh=g((wU,vh)=>{"use strict";l();var uh=V(),fh=Dn(),ch=Rt(),sA=Dt(),dh=Ne(),oA=$(),fo=Nn(),aA=rr(),mh=ao(),lA=se(),uA=H(),co=ut(),fA=Fm(),cA=Pm(),dA=Bm(),mA=jm(),hA=Qm(),pA=lh(),gA=1072693247,yA=1105199104,vA=1139802112,hh=1083179008,wA=1072693248,_A=1083231232,bA=3230714880,ph=31,dt=1e300,mt=1e-300,AA=8008566259537294e-32,Ke=[0,0],gh=[0,0];function yh(e,t){var r,n,i,s,o,a,u,f,d,c,p,h,y,v,_,b;if(uh(e)||uh(t))return NaN;if(fo.assign(t,Ke,1,0),a=Ke[0],u=Ke[1],u===0){if(t===0)return 1;if(t===1)return e;if(t===-1)return 1/e;if(t===.5)return dh(e);if(t===-.5)return 1/dh(e);if(t===2)return e*e;if(t===3)return e*e*e;if(t===4)return e*=e,e*e;if(ch(t))return dA(e,t)}if(fo.assign(e,Ke,1,0),s=Ke[0],o=Ke[1],o===0){if(s===0)return fA(e,t);if(e===1)return 1;if(e===-1&&fh(t))return-1;if(ch(e))return e===lA?yh(-0,-t):t<0?0:uA}if(e<0&&sA(t)===!1)return(e-e)/(e-e);if(i=oA(e),r=s&co|0,n=a&co|0,f=s>>>ph|0,d=a>>>ph|0,f&&fh(t)?f=-1:f=1,n>yA){if(n>vA)return cA(e,t);if(r<gA)return d===1?f*dt*dt:f*mt*mt;if(r>wA)return d===0?f*dt*dt:f*mt*mt;y=hA(gh,i)}else y=mA(gh,i,r);if(c=aA(t,0),h=(t-c)*y[0]+t*y[1],p=c*y[0],v=h+p,fo.assign(v,Ke,1,0),_=mh(Ke[0]),b=mh(Ke[1]),_>=hh){if((_-hh|b)!==0||h+AA>v-p)return f*dt*dt}else if((_&co)>=_A&&((_-bA|b)!==0||h<=v-p))return f*mt*mt;return v=pA(_,p,h),f*v}vh.exports=yh});var re=g((bU,_h)=>{"use strict";l();var SA=wh();_h.exports=SA});var Bt=g((SU,bh)=>{"use strict";l();var IA=2.718281828459045;bh.exports=IA});var Le=g((NU,Ah)=>{"use strict";l();var NA=2220446049250313e-31;Ah.exports=NA});var Ih=g((TU,Sh)=>{"use strict";l();function EA(e){var t,r,n;return e===0?1/0:(e<0?t=-e:t=e,t<=1?(r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),r/n)}Sh.exports=EA});var Th=g((qU,Eh)=>{"use strict";l();var Nh=V(),TA=We(),OA=Ne(),qA=$(),MA=Z(),mo=re(),LA=Bt(),ho=Le(),po=Ih(),go=10.900511;function CA(e,t){var r,n,i,s,o,a,u;return Nh(e)||Nh(t)?NaN:e<0||t<0?NaN:t===1?1/e:e===1?1/t:(u=e+t,u<ho?(o=u/e,o/=t,o):u===e&&t<ho?1/t:u===t&&e<ho?1/e:(e<t&&(a=t,t=e,e=a),n=e+go-.5,i=t+go-.5,s=u+go-.5,o=po(e)*(po(t)/po(u)),r=e-.5-t,qA(t*r)<s*100&&e>100?o*=MA(r*TA(-t/s)):o*=mo(n/s,r),s>1e10?o*=mo(n/s*(i/s),t):o*=mo(n*i/(s*s),t),o*=OA(LA/i),o))}Eh.exports=CA});var qh=g((LU,Oh)=>{"use strict";l();var RA=Th();Oh.exports=RA});var Lh=g((RU,Mh)=>{"use strict";l();var FA=H();function kA(e){return e===0&&1/e===FA}Mh.exports=kA});var Rh=g((kU,Ch)=>{"use strict";l();var PA=Lh();Ch.exports=PA});var Ph=g((xU,kh)=>{"use strict";l();var xA=Rh(),Fh=V(),yo=H();function DA(e,t){return Fh(e)||Fh(t)?NaN:e===yo||t===yo?yo:e===t&&e===0?xA(e)?e:t:e>t?e:t}kh.exports=DA});var Gr=g((BU,xh)=>{"use strict";l();var BA=Ph();xh.exports=BA});var Bh=g(($U,Dh)=>{"use strict";l();var UA=se();function $A(e){return e===0&&1/e===UA}Dh.exports=$A});var vo=g((VU,Uh)=>{"use strict";l();var GA=Bh();Uh.exports=GA});var Vh=g((YU,Gh)=>{"use strict";l();var VA=vo(),$h=V(),wo=se();function HA(e,t){return $h(e)||$h(t)?NaN:e===wo||t===wo?wo:e===t&&e===0?VA(e)?e:t:e<t?e:t}Gh.exports=HA});var or=g((WU,Hh)=>{"use strict";l();var YA=Vh();Hh.exports=YA});var Vn=g((JU,Yh)=>{"use strict";l();var jA=17976931348623157e292;Yh.exports=jA});var _o=g((XU,jh)=>{"use strict";l();var WA=2147483647;jh.exports=WA});var Kh=g((zU,Wh)=>{"use strict";l();var KA=1.5707963267948966;Wh.exports=KA});var ar=g((t$,Jh)=>{"use strict";l();var JA=3.141592653589793;Jh.exports=JA});var Xh=g((n$,Qh)=>{"use strict";l();function QA(e){return e===0?.0416666666666666:.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}Qh.exports=QA});var zh=g((s$,Zh)=>{"use strict";l();function XA(e){return e===0?-27557314351390663e-23:-27557314351390663e-23+e*(2087572321298175e-24+e*-11359647557788195e-27)}Zh.exports=XA});var tp=g((a$,ep)=>{"use strict";l();var ZA=Xh(),zA=zh();function eS(e,t){var r,n,i,s;return s=e*e,i=s*s,n=s*ZA(s),n+=i*i*zA(s),r=.5*s,i=1-r,i+(1-i-r+(s*n-e*t))}ep.exports=eS});var bo=g((u$,rp)=>{"use strict";l();var tS=tp();rp.exports=tS});var sp=g((c$,ip)=>{"use strict";l();var np=-.16666666666666632,rS=.00833333333332249,nS=-.0001984126982985795,iS=27557313707070068e-22,sS=-25050760253406863e-24,oS=158969099521155e-24;function aS(e,t){var r,n,i,s;return s=e*e,i=s*s,r=rS+s*(nS+s*iS)+s*i*(sS+s*oS),n=s*e,t===0?e+n*(np+s*r):e-(s*(.5*t-n*r)-t-n*np)}ip.exports=aS});var Ao=g((m$,op)=>{"use strict";l();var lS=sp();op.exports=lS});var lp=g((p$,ap)=>{"use strict";l();var uS=xt(),So;uS===!0?So=0:So=1;ap.exports=So});var cp=g((y$,fp)=>{"use strict";l();var fS=kt(),cS=Pt(),dS=lp(),up=new cS(1),mS=new fS(up.buffer);function hS(e){return up[0]=e,mS[dS]}fp.exports=hS});var mp=g((w$,dp)=>{"use strict";l();var pS=cp();dp.exports=pS});var pp=g((b$,hp)=>{"use strict";l();function gS(e,t){var r,n;for(r=[],n=0;n<t;n++)r.push(e);return r}hp.exports=gS});var yp=g((S$,gp)=>{"use strict";l();var yS=pp();gp.exports=yS});var wp=g((N$,vp)=>{"use strict";l();var vS=yp();function wS(e){return vS(0,e)}vp.exports=wS});var bp=g((T$,_p)=>{"use strict";l();var _S=wp();_p.exports=_S});var Ep=g((q$,Np)=>{"use strict";l();var bS=qe(),Hn=Tn(),Wn=bp(),Sp=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],AS=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Io=16777216,No=5960464477539063e-23,Yn=Wn(20),Ap=Wn(20),jn=Wn(20),K=Wn(20);function Ip(e,t,r,n,i,s,o,a,u){var f,d,c,p,h,y,v,_,b;for(p=s,b=n[r],_=r,h=0;_>0;h++)d=No*b|0,K[h]=b-Io*d|0,b=n[_-1]+d,_-=1;if(b=Hn(b,i),b-=8*bS(b*.125),v=b|0,b-=v,c=0,i>0?(h=K[r-1]>>24-i,v+=h,K[r-1]-=h<<24-i,c=K[r-1]>>23-i):i===0?c=K[r-1]>>23:b>=.5&&(c=2),c>0){for(v+=1,f=0,h=0;h<r;h++)_=K[h],f===0?_!==0&&(f=1,K[h]=16777216-_):K[h]=16777215-_;if(i>0)switch(i){case 1:K[r-1]&=8388607;break;case 2:K[r-1]&=4194303;break}c===2&&(b=1-b,f!==0&&(b-=Hn(1,i)))}if(b===0){for(_=0,h=r-1;h>=s;h--)_|=K[h];if(_===0){for(y=1;K[s-y]===0;y++);for(h=r+1;h<=r+y;h++){for(u[a+h]=Sp[o+h],d=0,_=0;_<=a;_++)d+=e[_]*u[a+(h-_)];n[h]=d}return r+=y,Ip(e,t,r,n,i,s,o,a,u)}for(r-=1,i-=24;K[r]===0;)r-=1,i-=24}else b=Hn(b,-i),b>=Io?(d=No*b|0,K[r]=b-Io*d|0,r+=1,i+=24,K[r]=d):K[r]=b|0;for(d=Hn(1,i),h=r;h>=0;h--)n[h]=d*K[h],d*=No;for(h=r;h>=0;h--){for(d=0,y=0;y<=p&&y<=r-h;y++)d+=AS[y]*n[h+y];jn[r-h]=d}for(d=0,h=r;h>=0;h--)d+=jn[h];for(c===0?t[0]=d:t[0]=-d,d=jn[0]-d,h=1;h<=r;h++)d+=jn[h];return c===0?t[1]=d:t[1]=-d,v&7}function SS(e,t,r,n){var i,s,o,a,u,f,d,c,p;for(s=4,a=n-1,o=(r-3)/24|0,o<0&&(o=0),f=r-24*(o+1),c=o-a,p=a+s,d=0;d<=p;d++)c<0?Yn[d]=0:Yn[d]=Sp[c],c+=1;for(d=0;d<=s;d++){for(i=0,c=0;c<=a;c++)i+=e[c]*Yn[a+(d-c)];Ap[d]=i}return u=s,Ip(e,t,u,Ap,f,s,o,a,Yn)}Np.exports=SS});var Op=g((L$,Tp)=>{"use strict";l();var IS=Math.round;Tp.exports=IS});var Mp=g((R$,qp)=>{"use strict";l();var NS=Op();qp.exports=NS});var Fp=g((k$,Rp)=>{"use strict";l();var ES=Mp(),Lp=fe(),TS=.6366197723675814,OS=1.5707963267341256,qS=6077100506506192e-26,MS=6077100506303966e-26,LS=20222662487959506e-37,CS=20222662487111665e-37,RS=84784276603689e-45,Cp=2047;function FS(e,t,r){var n,i,s,o,a,u,f;return i=ES(e*TS),o=e-i*OS,a=i*qS,f=t>>20|0,r[0]=o-a,n=Lp(r[0]),u=f-(n>>20&Cp),u>16&&(s=o,a=i*MS,o=s-a,a=i*LS-(s-o-a),r[0]=o-a,n=Lp(r[0]),u=f-(n>>20&Cp),u>49&&(s=o,a=i*CS,o=s-a,a=i*RS-(s-o-a),r[0]=o-a)),r[1]=o-r[0]-a,i}Rp.exports=FS});var Pp=g((x$,kp)=>{"use strict";l();var kS=ut(),PS=Br(),xS=uo(),DS=fe(),BS=mp(),US=Dr(),$S=Ep(),Kn=Fp(),GS=0,VS=16777216,ht=1.5707963267341256,Ut=6077100506506192e-26,Jn=2*Ut,Qn=3*Ut,Xn=4*Ut,HS=598523,YS=1072243195,jS=1073928572,WS=1074752122,KS=1074977148,JS=1075183036,QS=1075388923,XS=1075594811,ZS=1094263291,Vr=[0,0,0],Hr=[0,0];function zS(e,t){var r,n,i,s,o,a,u,f;if(i=DS(e)|0,s=i&kS|0,s<=YS)return t[0]=e,t[1]=0,0;if(s<=WS)return(s&xS)===HS?Kn(e,s,t):s<=jS?i>0?(f=e-ht,t[0]=f-Ut,t[1]=f-t[0]-Ut,1):(f=e+ht,t[0]=f+Ut,t[1]=f-t[0]+Ut,-1):i>0?(f=e-2*ht,t[0]=f-Jn,t[1]=f-t[0]-Jn,2):(f=e+2*ht,t[0]=f+Jn,t[1]=f-t[0]+Jn,-2);if(s<=XS)return s<=JS?s===KS?Kn(e,s,t):i>0?(f=e-3*ht,t[0]=f-Qn,t[1]=f-t[0]-Qn,3):(f=e+3*ht,t[0]=f+Qn,t[1]=f-t[0]+Qn,-3):s===QS?Kn(e,s,t):i>0?(f=e-4*ht,t[0]=f-Xn,t[1]=f-t[0]-Xn,4):(f=e+4*ht,t[0]=f+Xn,t[1]=f-t[0]+Xn,-4);if(s<ZS)return Kn(e,s,t);if(s>=PS)return t[0]=NaN,t[1]=NaN,0;for(r=BS(e),n=(s>>20)-1046,f=US(s-(n<<20|0),r),a=0;a<2;a++)Vr[a]=f|0,f=(f-Vr[a])*VS;for(Vr[2]=f,o=3;Vr[o-1]===GS;)o-=1;return u=$S(Vr,Hr,n,o,1),i<0?(t[0]=-Hr[0],t[1]=-Hr[1],-u):(t[0]=Hr[0],t[1]=Hr[1],u)}kp.exports=zS});var Eo=g((B$,xp)=>{"use strict";l();var eI=Pp();xp.exports=eI});var Up=g(($$,Bp)=>{"use strict";l();var tI=ut(),rI=Br(),nI=fe(),Dp=bo(),To=Ao(),iI=Eo(),sI=1072243195,oI=1045430272,Je=[0,0];function aI(e){var t,r;if(t=nI(e),t&=tI,t<=sI)return t<oI?e:To(e,0);if(t>=rI)return NaN;switch(r=iI(e,Je),r&3){case 0:return To(Je[0],Je[1]);case 1:return Dp(Je[0],Je[1]);case 2:return-To(Je[0],Je[1]);default:return-Dp(Je[0],Je[1])}}Bp.exports=aI});var Oo=g((V$,$p)=>{"use strict";l();var lI=Up();$p.exports=lI});var qo=g((Y$,Gp)=>{"use strict";l();var uI=2.5066282746310007;Gp.exports=uI});var Hp=g((W$,Vp)=>{"use strict";l();function fI(e){return e===0?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}Vp.exports=fI});var Wp=g((J$,jp)=>{"use strict";l();var cI=qo(),Yp=re(),dI=Z(),mI=Hp(),hI=143.01608;function pI(e){var t,r,n;return t=1/e,t=1+t*mI(t),r=dI(e),e>hI?(n=Yp(e,.5*e-.25),r=n*(n/r)):r=Yp(e,e-.5)/r,cI*r*t}jp.exports=pI});var Jp=g((X$,Kp)=>{"use strict";l();var gI=.5772156649015329;Kp.exports=gI});var Xp=g((z$,Qp)=>{"use strict";l();var yI=Jp();function vI(e,t){return t/((1+yI*e)*e)}Qp.exports=vI});var zp=g((tG,Zp)=>{"use strict";l();function wI(e){var t,r,n;return e===0?1:(e<0?t=-e:t=e,t<=1?(r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0)))))),n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))):(e=1/e,r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1)))))),n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))),r/n)}Zp.exports=wI});var a1=g((nG,o1)=>{"use strict";l();var _I=V(),bI=Dt(),AI=vo(),e1=$(),SI=qe(),II=Oo(),t1=H(),r1=se(),n1=ar(),i1=Wp(),s1=Xp(),NI=zp();function EI(e){var t,r,n,i;if(bI(e)&&e<0||e===r1||_I(e))return NaN;if(e===0)return AI(e)?r1:t1;if(e>171.61447887182297)return t1;if(e<-170.5674972726612)return 0;if(r=e1(e),r>33)return e>=0?i1(e):(n=SI(r),(n&1)===0?t=-1:t=1,i=r-n,i>.5&&(n+=1,i=r-n),i=r*II(n1*i),t*n1/(e1(i)*i1(r)));for(i=1;e>=3;)e-=1,i*=e;for(;e<0;){if(e>-1e-9)return s1(e,i);i/=e,e+=1}for(;e<2;){if(e<1e-9)return s1(e,i);i/=e,e+=1}return e===2?i:(e-=2,i*NI(e))}o1.exports=EI});var pt=g((sG,l1)=>{"use strict";l();var TI=a1();l1.exports=TI});var Yr=g((aG,u1)=>{"use strict";l();var OI=170;u1.exports=OI});var f1=g((uG,qI)=>{qI.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var d1=g((fG,c1)=>{"use strict";l();var MI=V(),LI=Dt(),CI=pt(),RI=H(),FI=Yr(),kI=f1();function PI(e){return MI(e)?NaN:LI(e)?e<0?NaN:e<=FI?kI[e]:RI:CI(e+1)}c1.exports=PI});var Mo=g((dG,m1)=>{"use strict";l();var xI=d1();m1.exports=xI});var p1=g((hG,h1)=>{"use strict";l();function DI(e){var t,r,n;return e===0?1/0:(e<0?t=-e:t=e,t<=1?(r=3847467039331777e-5+e*(3685766504351951e-5+e*(1588920245372942e-5+e*(4059208354298835e-6+e*(6805476611834733e-7+e*(7823975500312005e-8+e*(6246580776401795e-9+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580776401795e-9+e*(7823975500312005e-8+e*(6805476611834733e-7+e*(4059208354298835e-6+e*(1588920245372942e-5+e*(3685766504351951e-5+e*3847467039331777e-5))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),r/n)}h1.exports=DI});var y1=g((gG,g1)=>{"use strict";l();var BI=p1();g1.exports=BI});var w1=g((vG,v1)=>{"use strict";l();var UI=y1();v1.exports=UI});var lr=g((_G,_1)=>{"use strict";l();var $I=10.900511;_1.exports=$I});var q1=g((AG,O1)=>{"use strict";l();var b1=w1(),GI=pt(),VI=We(),A1=$(),S1=Z(),I1=re(),N1=Le(),HI=Bt(),YI=lr(),E1=Yr(),jI=4269068009004705e289;function T1(e,t){var r,n,i;return e<N1?t>=E1?(n=T1(t,E1-t),n*=e,n*=jI,1/n):1/(e*GI(e+t)):(i=e+YI-.5,e+t===e?A1(t/i)<N1?r=S1(-t):r=1:(A1(t)<10?r=S1((.5-e)*VI(t/i)):r=I1(i/(i+t),e-.5),r*=b1(e)/b1(e+t)),r*=I1(HI/(i+t),t),r)}O1.exports=T1});var k1=g((IG,F1)=>{"use strict";l();var WI=$(),M1=qe(),L1=pt(),C1=Mo(),R1=Yr(),KI=q1();function JI(e,t){var r,n,i;if(e<=0||e+t<=0)return L1(e)/L1(e+t);if(n=M1(t),n===t){if(i=M1(e),i===e&&e<=R1&&e+t<=R1)return C1(i-1)/C1(n+i-1);if(WI(t)<20){if(t===0)return 1;if(t<0){for(e-=1,r=e,t+=1;t!==0;)e-=1,r*=e,t+=1;return r}for(r=1/e,t-=1;t!==0;)e+=1,r/=e,t-=1;return r}}return KI(e,t)}F1.exports=JI});var x1=g((EG,P1)=>{"use strict";l();var QI=k1();P1.exports=QI});var B1=g((OG,D1)=>{"use strict";l();function XI(e){return e===0?.3999999999940942:.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}D1.exports=XI});var $1=g((MG,U1)=>{"use strict";l();function ZI(e){return e===0?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}U1.exports=ZI});var Y1=g((CG,H1)=>{"use strict";l();var G1=fe(),zI=sr(),eN=V(),tN=lt(),rN=se(),nN=B1(),iN=$1(),Zn=.6931471803691238,zn=19082149292705877e-26,sN=0x40000000000000,oN=.3333333333333333,V1=1048575,aN=2146435072,lN=1048576,uN=1072693248;function fN(e){var t,r,n,i,s,o,a,u,f,d,c,p;return e===0?rN:eN(e)||e<0?NaN:(r=G1(e),s=0,r<lN&&(s-=54,e*=sN,r=G1(e)),r>=aN?e+e:(s+=(r>>20)-tN|0,r&=V1,u=r+614244&1048576|0,e=zI(e,r|u^uN),s+=u>>20|0,a=e-1,(V1&2+r)<3?a===0?s===0?0:s*Zn+s*zn:(o=a*a*(.5-oN*a),s===0?a-o:s*Zn-(o-s*zn-a)):(d=a/(2+a),p=d*d,u=r-398458|0,c=p*p,f=440401-r|0,i=c*nN(c),n=p*iN(c),u|=f,o=n+i,u>0?(t=.5*a*a,s===0?a-(t-d*(t+o)):s*Zn-(t-(d*(t+o)+s*zn)-a)):s===0?a-d*(a-o):s*Zn-(d*(a-o)-s*zn-a))))}H1.exports=fN});var oe=g((FG,j1)=>{"use strict";l();var cN=Y1();j1.exports=cN});var J1=g((PG,K1)=>{"use strict";l();var dN=fe(),Lo=bo(),W1=Ao(),mN=Eo(),hN=ut(),pN=Br(),Qe=[0,0],gN=1072243195,yN=1044381696;function vN(e){var t,r;if(t=dN(e),t&=hN,t<=gN)return t<yN?1:Lo(e,0);if(t>=pN)return NaN;switch(r=mN(e,Qe),r&3){case 0:return Lo(Qe[0],Qe[1]);case 1:return-W1(Qe[0],Qe[1]);case 2:return-Lo(Qe[0],Qe[1]);default:return W1(Qe[0],Qe[1])}}K1.exports=vN});var X1=g((DG,Q1)=>{"use strict";l();var wN=J1();Q1.exports=wN});var eg=g((UG,z1)=>{"use strict";l();var _N=V(),bN=Rt(),Z1=X1(),Co=Oo(),AN=$(),jr=En(),Wr=ar();function SN(e){var t,r;return _N(e)?NaN:bN(e)?NaN:(r=e%2,t=AN(r),t===0||t===1?jr(0,r):t<.25?Co(Wr*r):t<.75?(t=.5-t,jr(Z1(Wr*t),r)):t<1.25?(r=jr(1,r)-r,Co(Wr*r)):t<1.75?(t-=1.5,-jr(Z1(Wr*t),r)):(r-=jr(2,r),Co(Wr*r)))}z1.exports=SN});var rg=g((GG,tg)=>{"use strict";l();var IN=eg();tg.exports=IN});var ig=g((HG,ng)=>{"use strict";l();function NN(e){return e===0?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}ng.exports=NN});var og=g((jG,sg)=>{"use strict";l();function EN(e){return e===0?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}sg.exports=EN});var lg=g((KG,ag)=>{"use strict";l();function TN(e){return e===0?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}ag.exports=TN});var fg=g((QG,ug)=>{"use strict";l();function ON(e){return e===0?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}ug.exports=ON});var dg=g((ZG,cg)=>{"use strict";l();function qN(e){return e===0?-.032788541075985965:-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}cg.exports=qN});var hg=g((eV,mg)=>{"use strict";l();function MN(e){return e===0?.01797067508118204:.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}mg.exports=MN});var gg=g((rV,pg)=>{"use strict";l();function LN(e){return e===0?-.010314224129834144:-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}pg.exports=LN});var vg=g((iV,yg)=>{"use strict";l();function CN(e){return e===0?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}yg.exports=CN});var _g=g((oV,wg)=>{"use strict";l();function RN(e){return e===0?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}wg.exports=RN});var Ag=g((lV,bg)=>{"use strict";l();function FN(e){return e===0?.08333333333333297:.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}bg.exports=FN});var Ng=g((fV,Ig)=>{"use strict";l();var kN=V(),PN=Rt(),xN=$(),ur=oe(),DN=An(),BN=rg(),UN=ar(),Ro=H(),$N=ig(),GN=og(),VN=lg(),HN=fg(),YN=dg(),jN=hg(),WN=gg(),KN=vg(),JN=_g(),QN=Ag(),XN=.07721566490153287,ZN=.3224670334241136,zN=1,eE=-.07721566490153287,tE=.48383612272381005,rE=-.1475877229945939,nE=.06462494023913339,iE=-.07721566490153287,sE=1,oE=.4189385332046727,ei=1.4616321449683622,aE=4503599627370496,lE=72057594037927940,uE=13877787807814457e-33,Sg=1.4616321449683622,fE=-.12148629053584961,cE=-3638676997039505e-33;function dE(e){var t,r,n,i,s,o,a,u,f,d,c,p,h;if(kN(e)||PN(e))return e;if(e===0)return Ro;if(e<0?(t=!0,e=-e):t=!1,e<uE)return-ur(e);if(t){if(e>=aE||(f=BN(e),f===0))return Ro;r=ur(UN/xN(f*e))}if(e===1||e===2)return 0;if(e<2)switch(e<=.9?(h=-ur(e),e>=ei-1+.27?(c=1-e,n=0):e>=ei-1-.27?(c=e-(Sg-1),n=1):(c=e,n=2)):(h=0,e>=ei+.27?(c=2-e,n=0):e>=ei-.27?(c=e-Sg,n=1):(c=e-1,n=2)),n){case 0:p=c*c,o=XN+p*$N(p),s=p*(ZN+p*GN(p)),a=c*o+s,h+=a-.5*c;break;case 1:p=c*c,d=p*c,o=tE+d*YN(d),s=rE+d*jN(d),i=nE+d*WN(d),a=p*o-(cE-d*(s+c*i)),h+=fE+a;break;case 2:o=c*(iE+c*KN(c)),s=sE+c*JN(c),h+=-.5*c+o/s;break}else if(e<8)switch(n=DN(e),c=e-n,a=c*(eE+c*HN(c)),u=zN+c*VN(c),h=.5*c+a/u,p=1,n){case 7:p*=c+6;case 6:p*=c+5;case 5:p*=c+4;case 4:p*=c+3;case 3:p*=c+2,h+=ur(p)}else e<lE?(f=ur(e),p=1/e,c=p*p,d=oE+p*QN(c),h=(e-.5)*(f-1)+d):h=e*(ur(e)-1);return t&&(h=r-h),h}Ig.exports=dE});var ti=g((dV,Eg)=>{"use strict";l();var mE=Ng();Eg.exports=mE});var Xe=g((hV,Tg)=>{"use strict";l();var hE=709.782712893384;Tg.exports=hE});var qg=g((gV,Og)=>{"use strict";l();var pE=14901161193847656e-24;Og.exports=pE});var Lg=g((vV,Mg)=>{"use strict";l();var gE=eval;Mg.exports=gE});var Rg=g((_V,Cg)=>{"use strict";l();var yE=Lg();function vE(){var e;try{yE(\\\'"use strict"; (function* () {})\\\'),e=!0}catch{e=!1}return e}Cg.exports=vE});var Fo=g((AV,Fg)=>{"use strict";l();var wE=Rg();Fg.exports=wE});var Pg=g((IV,kg)=>{"use strict";l();var ri=$(),_E=Le(),bE=1e6;function AE(e,t){var r,n,i,s,o,a;if(a={},arguments.length>1&&(a=t),n=a.tolerance||_E,s=a.maxTerms||bE,o=a.initialValue||0,r=typeof e.next=="function",r===!0){for(i of e)if(o+=i,ri(n*o)>=ri(i)||--s===0)break}else do i=e(),o+=i;while(ri(n*o)<ri(i)&&--s);return o}kg.exports=AE});var Bg=g((EV,Dg)=>{"use strict";l();var xg=$(),SE=Le(),IE=1e6;function NE(e,t){var r,n,i,s,o;o={},arguments.length>1&&(o=t),r=o.tolerance||SE,i=o.maxTerms||IE,s=o.initialValue||0;do n=e(),s+=n;while(xg(r*s)<xg(n)&&--i);return s}Dg.exports=NE});var fr=g((OV,Ug)=>{"use strict";l();var EE=Fo(),TE=Pg(),OE=Bg(),ko;EE()?ko=TE:ko=OE;Ug.exports=ko});var Gg=g((MV,$g)=>{"use strict";l();function qE(e,t){var r=1,n=e,i=t;return s;function s(){var o=r;return r*=n/i,n-=1,o}}$g.exports=qE});var Hg=g((CV,Vg)=>{"use strict";l();var ME=fr(),LE=Gg();function CE(e,t){var r,n;return n=LE(e,t),r=ME(n),r}Vg.exports=CE});var jg=g((FV,Yg)=>{"use strict";l();var RE=Z();function FE(e,t){var r,n,i,s;if(i=RE(-t),n=i,n!==0)for(r=n,s=1;s<e;++s)r/=s,r*=t,n+=r;return n}Yg.exports=FE});var Jg=g((PV,Kg)=>{"use strict";l();var kE=qn(),Wg=Ne(),PE=Z(),xE=ar();function DE(e,t){var r,n,i,s,o;if(s=kE(Wg(t)),s!==0&&e>1){for(n=PE(-t)/Wg(xE*t),n*=t,r=.5,n/=r,i=n,o=2;o<e;++o)n/=o-r,n*=t,i+=n;s+=i}return s}Kg.exports=DE});var $t=g((DV,Qg)=>{"use strict";l();var BE=-708.3964185322641;Qg.exports=BE});var e2=g((UV,zg)=>{"use strict";l();var cr=Z(),ni=re(),UE=oe(),Xg=Xe(),Zg=$t();function $E(e,t){var r,n;return n=e*UE(t),t>=1?n<Xg&&-t>Zg?r=ni(t,e)*cr(-t):e>=1?r=ni(t/cr(t/e),e):r=cr(n-t):n>Zg?r=ni(t,e)*cr(-t):t/e<Xg?r=ni(t/cr(t/e),e):r=cr(n-t),r}zg.exports=$E});var Po=g((GV,t2)=>{"use strict";l();function GE(e,t){var r,n;if(n=e.length,n<2||t===0)return n===0?0:e[0];for(n-=1,r=e[n]*t+e[n-1],n-=2;n>=0;)r=r*t+e[n],n-=1;return r}t2.exports=GE});var n2=g((HV,r2)=>{"use strict";l();var VE=Function;r2.exports=VE});var s2=g((jV,i2)=>{"use strict";l();var HE=n2();i2.exports=HE});var a2=g((KV,o2)=>{"use strict";l();var YE=s2(),jE=Po();function WE(e){var t,r,n,i;if(e.length>500)return s;if(t="return function evalpoly(x){",r=e.length,r===0)t+="return 0.0;";else if(r===1)t+="return "+e[0]+";";else{for(t+="if(x===0.0){return "+e[0]+";}",t+="return "+e[0],n=r-1,i=1;i<r;i++)t+="+x*",i<n&&(t+="("),t+=e[i];for(i=0;i<n-1;i++)t+=")";t+=";"}return t+="}",t+="//# sourceURL=evalpoly.factory.js",new YE(t)();function s(o){return jE(e,o)}}o2.exports=WE});var f2=g((QV,u2)=>{"use strict";l();var KE=kr(),l2=Po(),JE=a2();KE(l2,"factory",JE);u2.exports=l2});var d2=g((ZV,c2)=>{"use strict";l();function QE(e){var t=-e,r=-1,n=0;return i;function i(){return r*=t,n+=1,r/n}}c2.exports=QE});var h2=g((eH,m2)=>{"use strict";l();var XE=$(),ZE=oe(),zE=Le(),eT=fr(),tT=d2();function rT(e){var t,r;return e<=-1?NaN:(r=XE(e),r>.95?ZE(1+e)-e:r<zE?-e*e/2:(t={initialValue:-e},eT(tT(e),t)))}m2.exports=rT});var xo=g((rH,p2)=>{"use strict";l();var nT=h2();p2.exports=nT});var y2=g((iH,g2)=>{"use strict";l();var iT=6.283185307179586;g2.exports=iT});var w2=g((oH,v2)=>{"use strict";l();function sT(e){return e===0?-.3333333333333333:-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8296711340953087e-22+e*(-17665952736826078e-23+e*(6707853543401498e-24+e*(10261809784240309e-24+e*(-4382036018453353e-24+e*914769958223679e-24)))))))))))))}v2.exports=sT});var b2=g((lH,_2)=>{"use strict";l();function oT(e){return e===0?-.001851851851851852:-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4018775720164609e-22+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4647127802807434e-24+e*(1378633446915721e-22+e*(-5752545603517705e-23+e*11951628599778148e-24)))))))))))}_2.exports=oT});var S2=g((fH,A2)=>{"use strict";l();function aT(e){return e===0?.004133597883597883:.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3423578734096138e-23+e*(13721957309062932e-22+e*(-6298992138380055e-22+e*14280614206064242e-23)))))))))}A2.exports=aT});var N2=g((dH,I2)=>{"use strict";l();function lT(e){return e===0?.0006494341563786008:.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2396505113867297e-22+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}I2.exports=lT});var T2=g((hH,E2)=>{"use strict";l();function uT(e){return e===0?-.0008618882909167117:-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}E2.exports=uT});var q2=g((gH,O2)=>{"use strict";l();function fT(e){return e===0?-.00033679855336635813:-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1419062920643967e-22+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}O2.exports=fT});var L2=g((vH,M2)=>{"use strict";l();function cT(e){return e===0?.0005313079364639922:.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7902353232660328e-22+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}M2.exports=cT});var R2=g((_H,C2)=>{"use strict";l();function dT(e){return e===0?.00034436760689237765:.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}C2.exports=dT});var k2=g((AH,F2)=>{"use strict";l();function mT(e){return e===0?-.0006526239185953094:-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}F2.exports=mT});var x2=g((IH,P2)=>{"use strict";l();var hT=f2(),pT=xo(),gT=qn(),Do=Ne(),yT=Z(),vT=y2(),wT=w2(),_T=b2(),bT=S2(),AT=N2(),ST=T2(),IT=q2(),NT=L2(),ET=R2(),TT=k2(),Ee=[0,0,0,0,0,0,0,0,0,0];function OT(e,t){var r,n,i,s,o;return n=(t-e)/e,i=-pT(n),s=e*i,o=Do(2*i),t<e&&(o=-o),Ee[0]=wT(o),Ee[1]=_T(o),Ee[2]=bT(o),Ee[3]=AT(o),Ee[4]=ST(o),Ee[5]=IT(o),Ee[6]=NT(o),Ee[7]=ET(o),Ee[8]=TT(o),Ee[9]=-.0005967612901927463,r=hT(Ee,1/e),r*=yT(-s)/Do(vT*e),t<e&&(r=-r),r+=gT(Do(s))/2,r}P2.exports=OT});var B2=g((EH,D2)=>{"use strict";l();function qT(e,t){var r=1,n=e,i=t;return s;function s(){var o=r;return n+=1,r*=i/n,o}}D2.exports=qT});var Bo=g((OH,U2)=>{"use strict";l();var MT=fr(),LT=B2();function CT(e,t,r){var n,i;return r=r||0,i=LT(e,t),n=MT(i,{initialValue:r}),n}U2.exports=CT});var G2=g((MH,$2)=>{"use strict";l();function RT(e){var t,r,n;return e===0?1/0:(e<0?t=-e:t=e,t<=1?(r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))):(e=1/e,r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))),r/n)}$2.exports=RT});var H2=g((CH,V2)=>{"use strict";l();var FT=G2();V2.exports=FT});var Kr=g((FH,Y2)=>{"use strict";l();var kT=H2();Y2.exports=kT});var K2=g((PH,W2)=>{"use strict";l();var PT=Kr(),xT=ti(),DT=pt(),BT=xo(),UT=Ne(),$T=$(),gt=Z(),Jr=re(),Uo=Gr(),$o=or(),j2=oe(),GT=Vn(),ii=Xe(),Qr=$t(),Go=lr(),VT=Bt();function HT(e,t){var r,n,i,s,o,a,u;return i=e+Go-.5,u=(t-e-Go+.5)/i,e<1?t<=Qr||e<1/GT?gt(e*j2(t)-t-xT(e)):Jr(t,e)*gt(-t)/DT(e):($T(u*u*e)<=100&&e>150?(r=e*BT(u)+t*(.5-Go)/i,r=gt(r)):(s=e*j2(t/i),o=e-t,$o(s,o)<=Qr||Uo(s,o)>=ii?(n=o/e,$o(s,o)/2>Qr&&Uo(s,o)/2<ii?(a=Jr(t/i,e/2)*gt(o/2),r=a*a):$o(s,o)/4>Qr&&Uo(s,o)/4<ii&&t>e?(a=Jr(t/i,e/4)*gt(o/4),r=a*a,r*=r):n>Qr&&n<ii?r=Jr(t*gt(n)/i,e):r=gt(s+o)):r=Jr(t/i,e)*gt(o)),r*=UT(i/VT)/PT(e),r)}W2.exports=HT});var X2=g((DH,Q2)=>{"use strict";l();var Vo=V(),YT=Rt(),J2=$(),jT=Ur(),WT=oe(),KT=re(),JT=An();function QT(e,t){var r,n;if(Vo(e)||Vo(t))return NaN;if(t===0)return 0;if(e===0)return-1;if(e<0&&t%2===0&&(e=-e),e>0){if((J2(t*(e-1))<.5||J2(t)<.2)&&(n=WT(e)*t,n<.5))return jT(n)}else if(JT(t)!==t)return NaN;return r=KT(e,t)-1,YT(r)||Vo(r)?NaN:r}Q2.exports=QT});var z2=g((UH,Z2)=>{"use strict";l();var XT=X2();Z2.exports=XT});var ty=g((GH,ey)=>{"use strict";l();function ZT(e){var t,r,n;return e===0?-.01803556856784494:(e<0?t=-e:t=e,t<=1?(r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0)))))),n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-22335276320861708e-23))))))):(e=1/e,r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494)))))),n=-22335276320861708e-23+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))),r/n)}ey.exports=ZT});var ny=g((HH,ry)=>{"use strict";l();function zT(e){var t,r,n;return e===0?.04906224540690395:(e<0?t=-e:t=e,t<=1?(r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955))))),n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))):(e=1/e,r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395))))),n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))),r/n)}ry.exports=zT});var sy=g((jH,iy)=>{"use strict";l();function eO(e){var t,r,n;return e===0?-.029232972183027003:(e<0?t=-e:t=e,t<=1?(r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0))))),n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8271935218912905e-22)))))):(e=1/e,r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003))))),n=-8271935218912905e-22+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))),r/n)}iy.exports=eO});var ay=g((KH,oy)=>{"use strict";l();var Ho=oe(),tO=Le(),rO=ty(),nO=ny(),iO=sy(),sO=.15896368026733398,oO=.5281534194946289,aO=.45201730728149414;function lO(e,t,r){var n,i,s,o;if(e<tO)return-Ho(e);if(t===0||r===0)return 0;if(i=0,e>2){if(e>=3){do e-=1,r-=1,i+=Ho(e);while(e>=3);r=e-2}return s=r*(e+1),o=rO(r),i+=s*sO+s*o,i}return e<1&&(i+=-Ho(e),r=t,t=e,e+=1),e<=1.5?(s=nO(t),n=t*r,i+=n*oO+n*s,i):(s=r*t,o=iO(-r),i+=s*aO+s*o,i)}oy.exports=lO});var dy=g((QH,cy)=>{"use strict";l();var ly=pt(),uy=Ur(),uO=We(),fO=V(),fy=ay();function cO(e){return fO(e)?NaN:e<0?e<-.5?ly(1+e)-1:uy(-uO(e)+fy(e+2,e+1,e)):e<2?uy(fy(e+1,e,e-1)):ly(1+e)-1}cy.exports=cO});var hy=g((ZH,my)=>{"use strict";l();var dO=dy();my.exports=dO});var gy=g((eY,py)=>{"use strict";l();function mO(e,t){var r,n,i,s;return r=-t,t=-t,n=e+1,i=1,o;function o(){return s=r/n,r*=t,i+=1,r/=i,n+=1,s}}py.exports=mO});var vy=g((rY,yy)=>{"use strict";l();var hO=z2(),pO=fr(),gO=hy(),yO=gy();function vO(e,t,r){var n,i,s,o,a;return i=gO(e),s=(i+1)/e,o=hO(t,e),i-=o,i/=e,a=yO(e,t),o+=1,n=r?s:0,i=-o*pO(a,{initialValue:(n-i)/o}),r&&(i=-i),[i,s]}yy.exports=vO});var Yo=g((iY,wy)=>{"use strict";l();var wO=11754943508222875e-54;wy.exports=wO});var by=g((oY,_y)=>{"use strict";l();var si=$(),Ce=Yo(),_O=Le(),bO=1e6;function AO(e,t,r){var n,i,s,o,a,u,f;if(n=typeof e.next=="function",f=n?e.next().value:e(),o=f[1],s=f[0],o===0&&(o=Ce),a=o,u=0,n===!0)do f=e.next().value,f&&(u=f[1]+f[0]*u,u===0&&(u=Ce),a=f[1]+f[0]/a,a===0&&(a=Ce),u=1/u,i=a*u,o*=i);while(si(i-1)>t&&--r);else do f=e(),f&&(u=f[1]+f[0]*u,u===0&&(u=Ce),a=f[1]+f[0]/a,a===0&&(a=Ce),u=1/u,i=a*u,o*=i);while(f&&si(i-1)>t&&--r);return s/o}function SO(e,t,r){var n,i,s,o,a,u;if(n=typeof e.next=="function",u=n?e.next().value:e(),s=u[1],s===0&&(s=Ce),o=s,a=0,n===!0)do u=e.next().value,u&&(a=u[1]+u[0]*a,a===0&&(a=Ce),o=u[1]+u[0]/o,o===0&&(o=Ce),a=1/a,i=o*a,s*=i);while(u&&si(i-1)>t&&--r);else do u=e(),u&&(a=u[1]+u[0]*a,a===0&&(a=Ce),o=u[1]+u[0]/o,o===0&&(o=Ce),a=1/a,i=o*a,s*=i);while(u&&si(i-1)>t&&--r);return s}function IO(e,t){var r,n,i;return n={},arguments.length>1&&(n=t),r=n.maxIter||bO,i=n.tolerance||_O,n.keep?SO(e,i,r):AO(e,i,r)}_y.exports=IO});var Iy=g((lY,Sy)=>{"use strict";l();var Ay=$(),NO=Le(),dr=Yo(),EO=1e6;function TO(e,t,r){var n,i,s,o,a,u;u=e(),a=u[1],i=u[0],a===0&&(a=dr),s=a,o=0;do u=e(),u&&(o=u[1]+u[0]*o,o===0&&(o=dr),s=u[1]+u[0]/s,s===0&&(s=dr),o=1/o,n=s*o,a*=n);while(u&&Ay(n-1)>t&&--r);return i/a}function OO(e,t,r){var n,i,s,o,a;a=e(),o=a[1],o===0&&(o=dr),i=o,s=0;do a=e(),a&&(s=a[1]+a[0]*s,s===0&&(s=dr),i=a[1]+a[0]/i,i===0&&(i=dr),s=1/s,n=i*s,o*=n);while(a&&Ay(n-1)>t&&--r);return o}function qO(e,t){var r,n,i;return n={},arguments.length>1&&(n=t),i=n.tolerance||NO,r=n.maxIter||EO,n.keep?OO(e,i,r):TO(e,i,r)}Sy.exports=qO});var Wo=g((fY,Ny)=>{"use strict";l();var MO=Fo(),LO=by(),CO=Iy(),jo;MO()?jo=LO:jo=CO;Ny.exports=jo});var Ty=g((dY,Ey)=>{"use strict";l();function RO(e,t){var r=t-e+1,n=e,i=0;return s;function s(){return i+=1,r+=2,[i*(n-i),r]}}Ey.exports=RO});var Ko=g((hY,Oy)=>{"use strict";l();var FO=Wo(),kO=Ty();function PO(e,t){var r=kO(e,t);return 1/(t-e+1+FO(r))}Oy.exports=PO});var Cy=g((gY,Ly)=>{"use strict";l();var xO=qe(),Xr=pt(),Jo=$(),qy=re(),DO=oe(),BO=qg(),My=Vn(),UO=Xe(),$O=Hg(),GO=jg(),VO=Jg(),Qo=e2(),HO=x2(),YO=Bo(),Xo=K2(),jO=vy(),WO=Ko();function KO(e,t,r,n){var i,s,o,a,u,f,d,c,p,h,y,v,_,b;switch(d=0,c=n,f=t<30&&t<=e+1&&e<UO,f?(_=xO(t),p=_===t,o=p?!1:Jo(_-t)===.5):(p=!1,o=!1),p&&e>.6?(c=!c,s=0):o&&e>.2?(c=!c,s=1):e<BO&&t>1?s=6:e>1e3&&(t<e||Jo(t-50)/e<1)?(c=!c,s=7):e<.5?-.4/DO(e)<t?s=2:s=3:e<1.1?e*.75<t?s=2:s=3:(u=!1,r&&t>20&&(h=Jo((e-t)/t),t>200?20/t>h*h&&(u=!0):h<.4&&(u=!0)),u?s=5:e-1/(3*e)<t?s=2:(s=4,c=!c)),s){case 0:d=GO(t,e),r===!1&&(d*=Xr(t));break;case 1:d=VO(t,e),r===!1&&(d*=Xr(t));break;case 2:d=r?Xo(t,e):Qo(t,e),d!==0&&(a=0,i=!1,c&&(a=r?1:Xr(t),r||d>=1||My*d>a?(a/=d,r||t<1||My/t>a?(a*=-t,i=!0):a=0):a=0),d*=YO(t,e,a)/t,i&&(c=!1,d=-d));break;case 3:c=!c,y=jO(t,e,c),d=y[0],b=y[1],c=!1,r&&(d/=b);break;case 4:d=r?Xo(t,e):Qo(t,e),d!==0&&(d*=WO(t,e));break;case 5:d=HO(t,e),e>=t&&(c=!c);break;case 6:d=r?qy(e,t)/Xr(t+1):qy(e,t)/t,d*=1-t*e/(t+1);break;case 7:d=r?Xo(t,e):Qo(t,e),d/=e,d!==0&&(d*=$O(t,e));break}return r&&d>1&&(d=1),c&&(v=r?1:Xr(t),d=v-d),d}Ly.exports=KO});var Py=g((vY,ky)=>{"use strict";l();var JO=ti(),QO=Z(),Re=oe(),XO=qo(),ZO=Xe(),zO=H(),eq=Yr(),Ry=Cy(),Fy=Bo(),tq=Ko();function rq(e,t,r,n){var i,s,o,a;return e<0||t<=0?NaN:(i=r===void 0?!0:r,o=n,t>=eq&&!i?(o&&t*4<e?(a=t*Re(e)-e,a+=Re(tq(t,e))):!o&&t>4*e?(a=t*Re(e)-e,s=0,a+=Re(Fy(t,e,s)/t)):(a=Ry(e,t,!0,o),a===0?o?(a=1+1/(12*t)+1/(288*t*t),a=Re(a)-t+(t-.5)*Re(t),a+=Re(XO)):(a=t*Re(e)-e,s=0,a+=Re(Fy(t,e,s)/t)):a=Re(a)+JO(t)),a>ZO?zO:QO(a)):Ry(e,t,i,o))}ky.exports=rq});var Dy=g((_Y,xy)=>{"use strict";l();var nq=Py();xy.exports=nq});var Gy=g((AY,$y)=>{"use strict";l();var mr=Z(),oi=re(),iq=oe(),By=Xe(),Uy=$t();function sq(e,t){var r,n;return n=e*iq(t),t>=1?n<By&&-t>Uy?r=oi(t,e)*mr(-t):e>=1?r=oi(t/mr(t/e),e):r=mr(n-t):n>Uy?r=oi(t,e)*mr(-t):t/e<By?r=oi(t/mr(t/e),e):r=mr(n-t),r}$y.exports=sq});var Yy=g((IY,Hy)=>{"use strict";l();var oq=Kr(),aq=ti(),lq=pt(),uq=We(),fq=Ne(),cq=$(),yt=Z(),Zr=re(),Zo=Gr(),zo=or(),Vy=oe(),ai=Xe(),zr=$t(),ea=lr(),dq=Bt();function mq(e,t){var r,n,i,s,o,a,u;return i=e+ea-.5,u=(t-e-ea+.5)/i,e<1?t<=zr?yt(e*Vy(t)-t-aq(e)):Zr(t,e)*yt(-t)/lq(e):(cq(u*u*e)<=100&&e>150?(r=e*(uq(u)-u)+t*(.5-ea)/i,r=yt(r)):(s=e*Vy(t/i),o=e-t,zo(s,o)<=zr||Zo(s,o)>=ai?(n=o/e,zo(s,o)/2>zr&&Zo(s,o)/2<ai?(a=Zr(t/i,e/2)*yt(o/2),r=a*a):zo(s,o)/4>zr&&Zo(s,o)/4<ai&&t>e?(a=Zr(t/i,e/4)*yt(o/4),r=a*a,r*=r):n>zr&&n<ai?r=Zr(t*yt(n)/i,e):r=yt(s+o)):r=Zr(t/i,e)*yt(o)),r*=fq(i/dq)/oq(e),r)}Hy.exports=mq});var Qy=g((EY,Jy)=>{"use strict";l();var hq=x1(),jy=Mo(),pq=Dy(),gq=We(),li=$(),Wy=re(),yq=oe(),vq=tr(),Ky=Le(),wq=Gy(),_q=Yy(),vt=new Array(30);function bq(e,t,r,n,i,s,o){var a,u,f,d,c,p,h,y,v,_,b,w,A,I,N,E,T,C;if(p=t-1,T=e+p/2,n<.35?_=gq(-n):_=yq(r),C=-T*_,w=_q(t,C),w<=vq)return i;for(o?(a=w/hq(e,t),a/=Wy(T,t)):a=wq(t,C)/Wy(T,t),a*=s,vt[0]=1,A=pq(C,t,!0,!0),A/=w,d=i+a*A,f=1,h=_/2,h*=h,y=1,b=4*T*T,c=t,N=1;N<vt.length;++N){for(f+=2,vt[N]=0,v=t-N,u=3,I=1;I<N;++I)v=I*t-N,vt[N]+=v*vt[N-I]/jy(u),u+=2;if(vt[N]/=N,vt[N]+=p/jy(f),A=(c*(c+1)*A+(C+c+1)*y)/b,y*=h,c+=2,E=a*vt[N]*A,d+=E,E>1){if(li(E)<li(Ky*d))break}else if(li(E/Ky)<li(d))break}return d}Jy.exports=bq});var Zy=g((OY,Xy)=>{"use strict";l();function Aq(e,t,r){var n,i;if(r===0)return 1;for(n=1,i=0;i<r;i++)n*=(e+i)/(t+i);return n}Xy.exports=Aq});var tv=g((MY,ev)=>{"use strict";l();var zy=$(),Sq=Gr();function Iq(e,t){return Sq(zy(e),zy(t))}ev.exports=Iq});var nv=g((CY,rv)=>{"use strict";l();var Nq=tv();rv.exports=Nq});var ov=g((FY,sv)=>{"use strict";l();var iv=$(),Eq=or();function Tq(e,t){return Eq(iv(e),iv(t))}sv.exports=Tq});var lv=g((PY,av)=>{"use strict";l();var Oq=ov();av.exports=Oq});var fi=g((DY,cv)=>{"use strict";l();var ta=Kr(),qq=nv(),Mq=lv(),uv=Ur(),wt=We(),fv=Ne(),ui=$(),Fe=Z(),ke=re(),Lq=or(),ve=oe(),Pe=Xe(),hr=$t(),ra=lr(),Cq=Bt();function Rq(e,t,r,n,i){var s,o,a,u,f,d,c,p,h,y,v,_,b,w;if(!i)return ke(r,e)*ke(n,t);if(b=e+t,u=e+ra-.5,f=t+ra-.5,d=b+ra-.5,s=ta(b),s/=ta(e)*ta(t),s*=fv(f/Cq),s*=fv(u/d),c=(r*t-n*u)/u,p=(n*e-r*f)/f,Mq(c,p)<.2)if(c*p>0||Lq(e,t)<1)ui(c)<.1?s*=Fe(e*wt(c)):s*=ke(r*d/u,e),ui(p)<.1?s*=Fe(t*wt(p)):s*=ke(n*d/f,t);else if(qq(c,p)<.5)o=e<t,a=t/e,o&&a*p<.1||!o&&c/a>.1?(h=uv(a*wt(p)),h=c+h+h*c,h=e*wt(h),s*=Fe(h)):(h=uv(wt(c)/a),h=p+h+h*p,h=t*wt(h),s*=Fe(h));else if(ui(c)<ui(p))if(w=e*wt(c)+t*ve(n*d/f),w<=hr||w>=Pe){if(w+=ve(s),w>=Pe)return NaN;s=Fe(w)}else s*=Fe(w);else if(w=t*wt(p)+e*ve(r*d/u),w<=hr||w>=Pe){if(w+=ve(s),w>=Pe)return NaN;s=Fe(w)}else s*=Fe(w);else if(v=r*d/u,_=n*d/f,c=e*ve(v),p=t*ve(_),c>=Pe||c<=hr||p>=Pe||p<=hr)if(e<t)if(y=ke(_,t/e),h=e*(ve(v)+ve(y)),h<Pe&&h>hr)s*=ke(y*v,e);else{if(p+=c+ve(s),p>=Pe)return NaN;s=Fe(p)}else if(y=ke(v,e/t),h=(ve(y)+ve(_))*t,h<Pe&&h>hr)s*=ke(y*_,t);else{if(p+=c+ve(s),p>=Pe)return NaN;s=Fe(p)}else s*=ke(v,e)*ke(_,t);return s}cv.exports=Rq});var mv=g((UY,dv)=>{"use strict";l();var Fq=Wo(),kq=fi(),Pq={keep:!0,maxIter:1e3};function xq(e,t,r,n){var i=0;return s;function s(){var o,a,u;return a=(e+i-1)*(e+t+i-1)*i*(t-i)*r*r,o=e+2*i-1,a/=o*o,u=i,u+=i*(t-i)*r/(e+2*i-1),u+=(e+i)*(e*n-t*r+1+i*(2-r))/(e+2*i+1),i+=1,[a,u]}}function Dq(e,t,r,n,i,s){var o,a,u;return o=kq(e,t,r,n,i),s&&(s[1]=o),o===0?o:(u=xq(e,t,r,n),a=Fq(u,Pq),o/a)}dv.exports=Dq});var pv=g((GY,hv)=>{"use strict";l();var Bq=9007199254740991;hv.exports=Bq});var yv=g((HY,gv)=>{"use strict";l();function Uq(e,t){var r=0,n;if(e===0)return t;if(t===0)return e;for(;(e&1)===0&&(t&1)===0;)e>>>=1,t>>>=1,r+=1;for(;(e&1)===0;)e>>>=1;for(;t;){for(;(t&1)===0;)t>>>=1;e>t&&(n=t,t=e,e=n),t-=e}return e<<r}gv.exports=Uq});var wv=g((jY,vv)=>{"use strict";l();function $q(e,t){var r=1,n;if(e===0)return t;if(t===0)return e;for(;e%2===0&&t%2===0;)e/=2,t/=2,r*=2;for(;e%2===0;)e/=2;for(;t;){for(;t%2===0;)t/=2;e>t&&(n=t,t=e,e=n),t-=e}return r*e}vv.exports=$q});var Ev=g((KY,Nv)=>{"use strict";l();var _v=V(),bv=Dt(),Av=H(),Sv=se(),Iv=_o(),Gq=yv(),Vq=wv();function Hq(e,t){return _v(e)||_v(t)?NaN:e===Av||t===Av||e===Sv||t===Sv?NaN:bv(e)&&bv(t)?(e<0&&(e=-e),t<0&&(t=-t),e<=Iv&&t<=Iv?Gq(e,t):Vq(e,t)):NaN}Nv.exports=Hq});var Ov=g((QY,Tv)=>{"use strict";l();var Yq=Ev();Tv.exports=Yq});var Cv=g((ZY,Lv)=>{"use strict";l();var jq=pv(),Wq=H(),qv=Dt(),Mv=V(),Kq=Dn(),Jq=qe(),Qq=Ov();function na(e,t){var r,n,i,s,o,a,u;if(Mv(e)||Mv(t))return NaN;if(!qv(e)||!qv(t))return NaN;if(t<0||(n=1,e<0&&(e=-e+t-1,Kq(t)&&(n*=-1)),t>e))return 0;if(t===0||t===e)return n;if(t===1||t===e-1)return n*e;for(e-t<t&&(t=e-t),u=Jq(jq/e),r=1,o=1;o<=t&&!(r>u);o++)r*=e,r/=o,e-=1;return o>t?n*r:(i=na(e,t-o+1),i===Wq?n*i:(s=na(t,t-o+1),a=Qq(i,s),i/=a,s/=a,r/=s,n*r*i))}Lv.exports=na});var Fv=g((ej,Rv)=>{"use strict";l();var Xq=Cv();Rv.exports=Xq});var xv=g((rj,Pv)=>{"use strict";l();var kv=Fv(),Gt=qe(),en=re(),Zq=tr();function zq(e,t,r,n){var i,s,o,a,u;if(s=en(r,e),s>Zq)for(a=s,u=Gt(e-1);u>t;u--)a*=(u+1)*n/((e-u)*r),s+=a;else if(o=Gt(e*r),o<=t+1&&(o=Gt(t+2)),s=en(r,o)*en(n,e-o),s*=kv(Gt(e),Gt(o)),s===0)for(u=o-1;u>t;u--)s+=en(r,u)*en(n,e-u),s*=kv(Gt(e),Gt(u));else{for(a=s,i=s,u=o-1;u>t;u--)a*=(u+1)*n/((e-u)*r),s+=a;for(a=i,u=o+1;u<=e;u++)a*=(e-u+1)*r/(u*n),s+=a}return s}Pv.exports=zq});var Bv=g((ij,Dv)=>{"use strict";l();var eM=fi();function tM(e,t,r,n,i,s,o){var a,u,f,d;if(a=eM(e,t,r,n,s),o&&(o[1]=a),a/=e,a===0)return a;for(f=1,u=1,d=0;d<i-1;++d)u*=(e+t+d)*r/(e+d+1),f+=u;return a*=f,a}Dv.exports=tM});var Hv=g((oj,Vv)=>{"use strict";l();var ia=Kr(),rM=fr(),nM=We(),iM=Ne(),sa=Z(),ci=re(),tn=oe(),sM=tr(),Uv=Xe(),$v=$t(),oa=lr(),oM=Bt(),Gv={maxTerms:100};function aM(e,t,r,n){var i=1-t,s=1;return o;function o(){var a=n/e;return e+=1,n*=i*r/s,s+=1,i+=1,a}}function lM(e,t,r,n,i,s,o){var a,u,f,d,c,p,h,y;return i?(h=e+t,u=e+oa-.5,f=t+oa-.5,d=h+oa-.5,a=ia(h)/(ia(e)*ia(t)),c=tn(d/f)*(t-.5),p=tn(r*d/u)*e,c>$v&&c<Uv&&p>$v&&p<Uv?(e*t<f*10?a*=sa((t-.5)*nM(e/f)):a*=ci(d/f,t-.5),a*=ci(r*d/u,e),a*=iM(u/oM),s&&(s[1]=a*ci(o,t))):(a=tn(a)+c+p+(tn(u)-1)/2,s&&(s[1]=sa(a+t*tn(o))),a=sa(a))):a=ci(r,e),a<sM?n:(y=aM(e,t,r,a),Gv.initialValue=n,rM(y,Gv))}Vv.exports=lM});var ua=g((lj,Xv)=>{"use strict";l();var uM=V(),fM=Ur(),di=qe(),Yv=We(),jv=ym(),we=qh(),aa=Ne(),cM=Z(),rn=re(),dM=Gr(),Wv=or(),mi=Vn(),Kv=tr(),mM=_o(),hM=Kh(),Qv=ar(),_t=Qy(),la=Zy(),pM=fi(),Jv=mv(),gM=xv(),nn=Bv(),xe=Hv(),yM=1/Qv;function vM(e,t,r,n,i,s,o,a){var u,f,d,c,p,h,y,v,_,b,w,A;if(A=1-e,y=a,v=a+o,s[v]=-1,uM(e)||e<0||e>1)return s[y]=NaN,s[v]=NaN,s;if(n){if(t<0||r<0)return s[y]=NaN,s[v]=NaN,s;if(t===0){if(r===0)return s[y]=NaN,s[v]=NaN,s;if(r>0)return s[y]=i?0:1,s}else if(r===0&&t>0)return s[y]=i?1:0,s}else if(t<=0||r<=0)return s[y]=NaN,s[v]=NaN,s;return e===0?(t===1?s[v]=1:s[v]=t<1?mi/2:Kv*2,i?(s[y]=n?1:we(t,r),s):(s[y]=0,s)):e===1?(r===1?s[v]=1:s[v]=r<1?mi/2:Kv*2,i?s[y]=0:s[y]=n?1:we(t,r),s):t===.5&&r===.5?(s[v]=yM*aa(A*e),w=jv(aa(i?A:e)),w/=hM,n||(w*=Qv),s[y]=w,s):(t===1&&(h=r,r=t,t=h,h=A,A=e,e=h,i=!i),r===1?t===1?(s[y]=i?A:e,s[v]=1,s):(s[v]=t*rn(e,t-1),A<.5?w=i?-fM(t*Yv(-A)):cM(t*Yv(-A)):w=i?-(rn(e,t)-1):rn(e,t),n||(w/=t),s[y]=w,s):(Wv(t,r)<=1?(e>.5&&(h=r,r=t,t=h,h=A,A=e,e=h,i=!i),dM(t,r)<=1?t>=Wv(.2,r)||rn(e,t)<=.9?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):(h=r,r=t,t=h,h=A,A=e,e=h,i=!i,A>=.3?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):(n?f=1:f=la(t+r,t,20),d=nn(t,r,e,A,20,n,s),i?(d-=n?1:we(t,r),i=!1,d=-_t(t+20,r,e,A,d,f,n)):d=_t(t+20,r,e,A,d,f,n))):r<=1||e<.1&&rn(r*e,t)<=.7?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):(h=r,r=t,t=h,h=A,A=e,e=h,i=!i,A>=.3?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):t>=15?i?(d=-(n?1:we(t,r)),i=!1,d=-_t(t,r,e,A,d,1,n)):d=_t(t,r,e,A,0,1,n):(n?f=1:f=la(t+r,t,20),d=nn(t,r,e,A,20,n,s),i?(d-=n?1:we(t,r),i=!1,d=-_t(t+20,r,e,A,d,f,n)):d=_t(t+20,r,e,A,d,f,n)))):(t<r?u=t-(t+r)*e:u=(t+r)*A-r,u<0&&(h=r,r=t,t=h,h=A,A=e,e=h,i=!i),r<40?di(t)===t&&di(r)===r&&t<mM-100?(_=t-1,b=r+_,d=gM(b,_,e,A),n||(d*=we(t,r))):r*e<=.7?i?(d=-(n?1:we(t,r)),i=!1,d=-xe(t,r,e,d,n,s,A)):d=xe(t,r,e,0,n,s,A):t>15?(b=di(r),b===r&&(b-=1),c=r-b,n?f=1:f=la(t+c,c,b),d=nn(c,t,A,e,b,n),d=_t(t,c,e,A,d,1,n),d/=f):n?(b=di(r),c=r-b,c<=0&&(b-=1,c+=1),d=nn(c,t,A,e,b,n),d+=nn(t,c,e,A,20,n),i&&(d-=1),d=_t(t+20,c,e,A,d,1,n),i&&(d=-d,i=!1)):d=Jv(t,r,e,A,n,s):d=Jv(t,r,e,A,n,s)),s[v]<0&&(s[v]=pM(t,r,e,A,!0)),p=A*e,s[v]!==0&&(mi*p<s[v]?s[v]=mi/2:s[v]/=p),s[y]=i?(n?1:we(t,r))-d:d,s))}Xv.exports=vM});var zv=g((fj,Zv)=>{"use strict";l();var wM=ua();function _M(e,t,r,n,i){return wM(e,t,r,n,i,[0,0],1,0)}Zv.exports=_M});var r3=g((dj,t3)=>{"use strict";l();var bM=kr(),e3=zv(),AM=ua();bM(e3,"assign",AM);t3.exports=e3});var i3=g((hj,n3)=>{"use strict";l();var SM=r3().assign;function IM(e,t,r,n,i){var s=[0,0];return n=n!==!1,i=i===!0,SM(e,t,r,n,i,s,1,0),s[0]}n3.exports=IM});var o3=g((gj,s3)=>{"use strict";l();var NM=i3();s3.exports=NM});l();l();l();function Ll(e){return e.length!==1?[]:[`The aggregate is a single scenario (${e[0]}): every score is agreement with one reference benchmark, which the BenchBench paper (arXiv 2407.13696) warns against, since the ranking then depends on that benchmark\\\'s choices. List more scenarios under aggregate.scenarios.`]}l();l();l();var Rd=Ml(qn(),1);l();l();function ft(e,t,r){if(r<8){let i=0;for(let s=0;s<r;s++)i+=e[t+s];return i}if(r<=128){let i=e[t],s=e[t+1],o=e[t+2],a=e[t+3],u=e[t+4],f=e[t+5],d=e[t+6],c=e[t+7],p=8;for(;p<r-r%8;p+=8){let y=t+p;i+=e[y],s+=e[y+1],o+=e[y+2],a+=e[y+3],u+=e[y+4],f+=e[y+5],d+=e[y+6],c+=e[y+7]}let h=i+s+(o+a)+(u+f+(d+c));for(;p<r;p++)h+=e[t+p];return h}let n=Math.floor(r/2);return n-=n%8,ft(e,t,n)+ft(e,t+n,r-n)}var sb=33,Md=[],Ys=(()=>{let e=new Float64Array(171),t=1n;e[0]=1;for(let r=1;r<=170;r++)t*=BigInt(r),e[r]=Number(t);return e})();function Ld(e,t){if(!Number.isInteger(e)||e<=0)throw new RangeError(`n (${e}) must be a positive integer`);let r=e*(e-1)/2;if(!Number.isInteger(t)||t<0||t>r)throw new RangeError(`the concordant count (${t}) must be an integer in [0, ${r}]`);let n=Math.min(t,r-t);if(e<=2)return 1;if(n===0)return e<171?2/Ys[e]:0;if(n===1)return e<172?2/Ys[e-1]:0;if(4*n===e*(e-1))return 1;let i;if(e<171){let s=e<=sb?ob(e):js(e,n+1,!1);i=2*ft(s,0,n+1)/Ys[e]}else i=ft(js(e,n+1,!0),0,n+1);return Math.min(1,Math.max(0,i))}function ob(e){let t=Md[e];return t===void 0&&(t=js(e,Math.floor(e*(e-1)/4)+1,!1),Md[e]=t),t}function js(e,t,r){let n=new Float64Array(t);n[0]=1,t>1&&(n[1]=1);for(let i=3;i<=e;i++){for(let s=1;s<t;s++)n[s]=n[s]+n[s-1];if(r)for(let s=0;s<t;s++)n[s]=n[s]/i;for(let s=t-1;s>=i;s--)n[s]=n[s]-n[s-i]}return n}l();var Mn=new Uint32Array(64);function Ln(e,t,r,n){Mn.length<t&&(Mn=new Uint32Array(Math.max(t,2*Mn.length)));for(let o=0;o<t;o++)e[o]=o;for(let o=0;o<t;o+=16){let a=Math.min(o+16,t);for(let u=o+1;u<a;u++){let f=e[u],d=r[f],c=n[f],p=u-1;for(;p>=o;){let h=e[p],y=r[h];if(y<d||y===d&&n[h]<=c)break;e[p+1]=h,p--}e[p+1]=f}}let i=e,s=Mn;for(let o=16;o<t;o*=2){for(let u=0;u<t;u+=2*o){let f=Math.min(u+o,t),d=Math.min(u+2*o,t),c=u,p=f,h=u;for(;c<f&&p<d;){let y=i[c],v=i[p],_=r[y],b=r[v];b<_||b===_&&n[v]<n[y]?(s[h++]=v,p++):(s[h++]=y,c++)}for(;c<f;)s[h++]=i[c++];for(;p<d;)s[h++]=i[p++]}let a=i;i=s,s=a}if(i!==e)for(let o=0;o<t;o++)e[o]=i[o]}var Ws=16,Me=new Float64Array(64),ct=new Float64Array(64),Rn=new Float64Array(64),Fn=new Float64Array(64),Cn=new Uint32Array(64),nr=new Int32Array(64),ir=new Int32Array(64),ab=16,z=new Float64Array(6),Ks=0,Js=1,Qs=2,Xs=3,Zs=4,zs=5;function kn(e,t){let r=e.length;if(t.length!==r)throw new RangeError(`x and y differ in length (${r} and ${t.length})`);if(r<2)return{statistic:NaN,pValue:NaN};Me.length<r&&fb(r);for(let c=0;c<r;c++){let p=e[c],h=t[c];if(Number.isNaN(p)||Number.isNaN(h))return{statistic:NaN,pValue:NaN};Me[c]=p,ct[c]=h}r<=ab?ub(r):lb(r);let n=z[Ks],i=z[Js],s=z[Qs],o=z[Xs],a=r*(r-1)/2;if(i===a||s===a)return{statistic:NaN,pValue:NaN};let u=a-i-s+o-2*n,f=Math.min(1,Math.max(-1,u/Math.sqrt(a-i)/Math.sqrt(a-s))),d;if(i===0&&s===0&&(r<=33||Math.min(n,a-n)<=1))d=Ld(r,a-n);else{let c=z[Zs],p=z[zs],h=2*c+18*i,y=2*p+18*s,v=r*(r-1),_=(v*(2*r+5)-h-y)/18+2*i*s/v+c*p/(9*v*(r-2)),b=u/Math.sqrt(_);d=(0,Rd.default)(Math.abs(b)*Math.SQRT1_2)}return{statistic:f,pValue:d}}function lb(e){Ln(Cn,e,Me,ct);let t=0,r=1;for(let n=0;n<e;n++){let i=Cn[n];if(Fn[n]=Me[i],Rn[n]=ct[i],n===0)continue;let s=Cn[n-1];Me[i]===Me[s]&&ct[i]===ct[s]?r++:(t+=r*(r-1)/2,r=1)}t+=r*(r-1)/2,z[Xs]=t,Cd(Fn,e,Js,Zs),z[Ks]=cb(e),Cd(Rn,e,Qs,zs)}function ub(e){let t=0,r=0,n=0,i=0;for(let a=0;a<e;a++)nr[a]=0,ir[a]=0;for(let a=0;a<e-1;a++){let u=Me[a],f=ct[a];for(let d=a+1;d<e;d++){let c=Me[d],p=ct[d];t+=+(u<c)&+(f>p)|+(u>c)&+(f<p),u===c&&(r++,nr[a]++,nr[d]++,f===p&&i++),f===p&&(n++,ir[a]++,ir[d]++)}}let s=0,o=0;for(let a=0;a<e;a++)s+=nr[a]*(nr[a]-1),o+=ir[a]*(ir[a]-1);z[Ks]=t,z[Js]=r,z[Qs]=n,z[Xs]=i,z[Zs]=s,z[zs]=o}function fb(e){let t=Math.max(e,2*Me.length);Me=new Float64Array(t),ct=new Float64Array(t),Rn=new Float64Array(t),Fn=new Float64Array(t),Cn=new Uint32Array(t),nr=new Int32Array(t),ir=new Int32Array(t)}function cb(e){let t=Rn,r=0;for(let s=0;s<e;s+=Ws){let o=Math.min(s+Ws,e);for(let a=s+1;a<o;a++){let u=t[a],f=a-1;for(;f>=s&&t[f]>u;)t[f+1]=t[f],f--;t[f+1]=u,r+=a-1-f}}let n=t,i=Fn;for(let s=Ws;s<e;s*=2){for(let a=0;a<e;a+=2*s){let u=Math.min(a+s,e),f=Math.min(a+2*s,e),d=a,c=u,p=a;for(;d<u&&c<f;)n[c]<n[d]?(i[p++]=n[c++],r+=u-d):i[p++]=n[d++];for(;d<u;)i[p++]=n[d++];for(;c<f;)i[p++]=n[c++]}let o=n;n=i,i=o}if(n!==t)for(let s=0;s<e;s++)t[s]=n[s];return r}function Cd(e,t,r,n){let i=0,s=0,o=1;for(let a=1;a<=t;a++){if(a<t&&e[a]===e[a-1]){o++;continue}o>1&&(i+=o*(o-1)/2,s+=o*(o-1)*(o-2)),o=1}z[r]=i,z[n]=s}l();l();function Pn(e,t){let r=e.length;if(t.length!==r)throw new RangeError(`x and y differ in length (${r} and ${t.length})`);if(r<2)return!1;let n=e[0],i=t[0],s=!0,o=!0;for(let a=0;a<r;a++){let u=e[a],f=t[a];if(Number.isNaN(u)||Number.isNaN(f))return!1;u!==n&&(s=!1),f!==i&&(o=!1)}return!s&&!o}var xn={statistic:NaN,pValue:NaN};l();var hi=Ml(o3(),1);function a3(e,t){if(!(t>=3)||Number.isNaN(e))return NaN;let r=t/2-1;return Math.min(1,2*(0,hi.default)(.5*(1-Math.abs(e)),r,r))}function l3(e,t){if(!(t>0)||Number.isNaN(e))return NaN;let r=e*e;if(r===1/0)return 0;let n=t/(t+r);return n<=.5?Math.min(1,(0,hi.default)(n,t/2,.5)):Math.min(1,(0,hi.default)(r/(t+r),.5,t/2,!0,!0))}var ne=new Float64Array(64),_e=new Float64Array(64);function d3(e,t){if(!Pn(e,t))return xn;let r=e.length;if(ne.length<r&&(ne=new Float64Array(Math.max(r,2*ne.length)),_e=new Float64Array(ne.length)),ne.set(e),_e.set(t),r===2)return{statistic:Math.sign(e[1]-e[0])*Math.sign(t[1]-t[0]),pValue:1};let n=ft(ne,0,r)/r,i=ft(_e,0,r)/r;for(let f=0;f<r;f++)ne[f]=ne[f]-n,_e[f]=_e[f]-i;let s=pr(ne,ne,r),o=pr(_e,_e,r),a;u3(s)&&u3(o)||(c3(ne,r),c3(_e,r),s=pr(ne,ne,r),o=pr(_e,_e,r)),a=pr(ne,_e,r);let u=Math.max(-1,Math.min(1,a/Math.sqrt(s*o)));return{statistic:u,pValue:a3(u,r)}}var u3=e=>e>1e-150&&e<1e150;function pr(e,t,r){let n=0,i=0;for(let s=0;s<r;s++){let o=e[s],a=t[s],u=o*a,f=f3*o,d=f-(f-o),c=o-d;f=f3*a;let p=f-(f-a),h=a-p,y=c*h-(u-d*p-c*p-d*h),v=n+u,_=v-n,b=n-(v-_)+(u-_);n=v,i+=b+y}return n+i}var f3=134217729;function c3(e,t){let r=0;for(let a=0;a<t;a++)r=Math.max(r,Math.abs(e[a]));if(r===0||!Number.isFinite(r))return;let n=Math.floor(Math.log2(r)),i=Math.trunc(-n/2),s=2**i,o=2**(-n-i);for(let a=0;a<t;a++)e[a]=e[a]*s*o}l();l();var Ze=new Float64Array(64),sn=new Uint32Array(64);function gr(e,t){let r=e.length,n=t??new Float64Array(r);if(n.length<r)throw new RangeError(`out holds ${n.length} values, fewer than ${r}`);Ze.length<r&&(Ze=new Float64Array(Math.max(r,2*Ze.length)),sn=new Uint32Array(Ze.length));for(let s=0;s<r;s++)Ze[s]=e[s];Ln(sn,r,Ze,Ze);let i=0;for(;i<r;){let s=i+1;for(;s<r&&Ze[sn[s]]===Ze[sn[i]];)s++;let o=.5*(s+i+1);for(let a=i;a<s;a++)n[sn[a]]=o;i=s}return n}var yr=new Float64Array(64),fa=new Float64Array(64);function m3(e,t){if(!Pn(e,t))return xn;let r=e.length;yr.length<r&&(yr=new Float64Array(Math.max(r,2*yr.length)),fa=new Float64Array(yr.length)),gr(e,yr),gr(t,fa);let n=(r+1)/2,i=0,s=0,o=0;for(let c=0;c<r;c++){let p=yr[c]-n,h=fa[c]-n;i+=p*p,s+=h*h,o+=p*h}let a=1/(r-1),u=Math.max(-1,Math.min(1,o*a/Math.sqrt(s*a)/Math.sqrt(i*a))),f=r-2,d=u*Math.sqrt(Math.max(0,f/((u+1)*(1-u))));return{statistic:u,pValue:l3(d,f)}}function ca(e,t,r){switch(e){case"kendall":return kn(t,r);case"pearson":return d3(t,r);case"spearman":return m3(t,r)}}l();function da(e,t){if(!(t>=0&&t<=100))throw new RangeError(`percentile q (${t}) must be in [0, 100]`);let r=e.length;if(r===0)return NaN;let n=(r-1)*(t/100),i=Math.floor(n);if(i>=r-1)return e[r-1];let s=e[i],o=e[i+1],a=n-i,u=o-s;return a>=.5?o-u*(1-a):s+u*a}l();var on=class e{constructor(t){M(this,"s0");M(this,"s1");M(this,"s2");M(this,"s3");let r=t>>>0,n=()=>{r=r+2654435769|0;let i=r;return i=Math.imul(i^i>>>16,2246822507),i=Math.imul(i^i>>>13,3266489909),(i^i>>>16)>>>0};this.s0=n(),this.s1=n(),this.s2=n(),this.s3=n(),(this.s0|this.s1|this.s2|this.s3)===0&&(this.s0=1)}static for(...t){return new e(Vt(t))}nextUint32(){let t=Math.imul(h3(Math.imul(this.s1,5),7),9)>>>0,r=this.s1<<9;return this.s2^=this.s0,this.s3^=this.s1,this.s1^=this.s2,this.s0^=this.s3,this.s2^=r,this.s3=h3(this.s3,11),t}nextFloat(){let t=this.nextUint32()>>>5,r=this.nextUint32()>>>6;return(t*67108864+r)/9007199254740992}nextInt(t){let r=4294967296-4294967296%t,n=this.nextUint32();for(;n>=r;)n=this.nextUint32();return n%t}nextNormal(){let t=this.nextFloat();for(;t===0;)t=this.nextFloat();return Math.sqrt(-2*Math.log(t))*Math.cos(2*Math.PI*this.nextFloat())}sample(t,r,n,i){pi.length<r&&(pi=new Int32Array(r));for(let s=0;s<r;s++){let o=s+this.nextInt(t-s);pi[s]=o;let a=i[s];i[s]=i[o],i[o]=a,n[s]=i[s]}for(let s=r-1;s>=0;s--){let o=pi[s],a=i[s];i[s]=i[o],i[o]=a}}},pi=new Int32Array(16);function p3(e){let t=new Int32Array(e);for(let r=0;r<e;r++)t[r]=r;return t}var h3=(e,t)=>e<<t|e>>>32-t;function Vt(e){let t=2166136261;for(let r of e){let n=typeof r=="number"?`#${r}`:`$${r}`;for(let i=0;i<n.length;i++)t^=n.charCodeAt(i),t=Math.imul(t,16777619);t^=31,t=Math.imul(t,16777619)}return t^=t>>>16,t=Math.imul(t,2246822507),t^=t>>>13,t=Math.imul(t,3266489909),t^=t>>>16,t>>>0}l();function g3(e,t,r,n){return t===0||t>=r?1:e==="random"||e==="adjacent"?n:1}function y3(e,t){return t?Int32Array.from(e).sort((r,n)=>{let i=t[r],s=t[n],o=Number.isNaN(i),a=Number.isNaN(s);return o!==a?o?1:-1:!o&&i!==s?s-i:r-n}):e}function EM(e,t,r,n){switch(e){case"top":return 0;case"bottom":return t-r;case"middle":return Math.floor(t/2)-Math.floor(r/2);case"adjacent":return n.nextInt(t-r+1)}}function TM(e,t,r,n,i){let s=r+n,o=(d,c)=>{if(!t)return!1;let p=t[e[d]],h=t[e[c]];return p===h||Number.isNaN(p)&&Number.isNaN(h)},a=r;for(;a>0&&o(a-1,r);)a--;let u=r;for(;u<s&&o(u,r);)u++;let f=0;for(let d=a;d<a+(u-r);d++)i[f++]=e[d];for(let d=u;d<s;d++)i[f++]=e[d]}function v3(e,t,r,n,i,s,o){let a=t.length;if(r===0||r>=a){i.set(t);return}if(e==="random"){n.sample(a,r,i,s);for(let u=0;u<r;u++)i[u]=t[i[u]];return}TM(t,o,EM(e,a,r,n),r,i)}var Ht=e=>"skipped"in e;function vi({x:e,y:t,ids:r,method:n,ranking:i}){let s=ma(e,t),o=Math.max(n.modelsPerSample,n.minCommonModels);if(s.length<o)return{skipped:`${s.length} shared models, fewer than the ${o} required`,nCommon:s.length};let a=n.modelsPerSample===0?s.length:Math.min(n.modelsPerSample,s.length),u=n.sampling==="random"?s:y3(s,i),f=g3(n.sampling,a,s.length,n.samples),[d,c]=r[0]<r[1]?r:[r[1],r[0]],p=Vt([n.seed,n.sampling,a,d,c]),h=new Int32Array(a),y=p3(s.length),v=new Float64Array(a),_=new Float64Array(a),b=new Float64Array(f),w=0,A=0,I=0;for(let E=0;E<f;E++){v3(n.sampling,u,a,new on(Vt([p,E])),h,y,i);for(let B=0;B<a;B++)v[B]=e[h[B]],_[B]=t[h[B]];let{statistic:T,pValue:C}=ca(n.correlation,v,_);b[E]=T,!Number.isNaN(T)&&(w+=T,A+=C,I++)}let N=f>1?b:r[0]<=r[1]?yi(v,_,n,p):yi(_,v,n,p);return{nCommon:s.length,modelsPerSample:a,correlation:I?w/I:NaN,pValue:I?A/I:NaN,experiments:I,replicates:N,interval:ha(N)}}function ma(e,t){gi.length<e.length&&(gi=new Int32Array(e.length));let r=0;for(let n=0;n<e.length;n++)e[n]===e[n]&&t[n]===t[n]&&(gi[r++]=n);return gi.slice(0,r)}var gi=new Int32Array(0);function yi(e,t,r,n){let i=e.length,s=Array.from({length:i},(c,p)=>p).sort((c,p)=>e[c]-e[p]||t[c]-t[p]),o=Float64Array.from(s,c=>e[c]),a=Float64Array.from(s,c=>t[c]),u=new Float64Array(i),f=new Float64Array(i),d=new Float64Array(r.samples);for(let c=0;c<r.samples;c++){let p=new on(Vt([n,"bootstrap",c]));for(let h=0;h<i;h++){let y=p.nextInt(i);u[h]=o[y],f[h]=a[y]}d[c]=ca(r.correlation,u,f).statistic}return d}function ha(e){let t=new Float64Array(e.length),r=0;for(let n=0;n<e.length;n++)Number.isFinite(e[n])&&(t[r++]=e[n]);return OM(t.subarray(0,r).sort())}function OM(e){return e.length===0?null:[da(e,5),da(e,95)]}l();l();function w3(e,t){let r=0,n=e.length;for(;r<n;){let i=r+n>>>1;e[i]<t?r=i+1:n=i}return r}function wi(e,t){let r=e[0]?.length??0,n=new Int32Array(r);for(let o of e)for(let a=0;a<r;a++)Number.isNaN(o[a])||n[a]++;let i=new Float64Array(r),s=new Int32Array(r);for(let o of e){let a=[];for(let f=0;f<r;f++)n[f]>=t&&!Number.isNaN(o[f])&&a.push(f);if(a.length<2)continue;let u=Float64Array.from(a,f=>o[f]).sort();for(let f of a)i[f]+=w3(u,o[f])/(a.length-1),s[f]++}return Float64Array.from(i,(o,a)=>s[a]>0?o/s[a]:NaN)}var _3=e=>Math.max(1,Math.floor(e/3));l();function b3(e){let t=Array.prototype.filter.call(e,Number.isFinite).sort((n,i)=>i-n),r=new Float64Array(e.length);for(let n=0;n<e.length;n++){let i=e[n];r[n]=Number.isFinite(i)?1+pa(t,i+1e-9):NaN}return r}function pa(e,t){let r=0,n=e.length;for(;r<n;){let i=r+n>>>1;e[i]>t?r=i+1:n=i}return r}l();l();function an(e){let t=1/0,r=-1/0;for(let o=0;o<e.length;o++){let a=e[o];Number.isNaN(a)||(a<t&&(t=a),a>r&&(r=a))}let n=new Float64Array(e.length),i=r-t===1/0,s=i?r/2-t/2:r-t;for(let o=0;o<e.length;o++){let a=e[o],u=s>0?(i?a/2-t/2:a-t)/s:1;n[o]=Number.isNaN(a)?NaN:1-u}return n}function ze(e,t){let r=e.models.length;return e.values.subarray(t*r,(t+1)*r)}function A3(e,t,r){let n=new Float64Array(e.values.length+r.length);return n.set(e.values),n.set(r,e.values.length),{models:e.models,scenarios:[...e.scenarios,t],values:n}}l();l();function qM(e){if(e.length===0)return 0;var t=e[0],r=0,n;if(typeof t!="number")return Number.NaN;for(var i=1;i<e.length;i++){if(typeof e[i]!="number")return Number.NaN;n=t+e[i],Math.abs(t)>=Math.abs(e[i])?r+=t-n+e[i]:r+=e[i]-n+t,t=n}return t+r}function ya(e){if(e.length===0)throw new Error("mean requires at least one data point");return qM(e)/e.length}function MM(e,t){var r=ya(e),n=0,i,s;if(t===2)for(s=0;s<e.length;s++)i=e[s]-r,n+=i*i;else for(s=0;s<e.length;s++)n+=Math.pow(e[s]-r,t);return n}function LM(e){if(e.length<2)throw new Error("sampleVariance requires at least two data points");var t=MM(e,2),r=e.length-1;return t/r}function I3(e){var t=LM(e);return Math.sqrt(t)}function S3(e,t){var r=(e.length-1)*t;if(e.length===0)throw new Error("quantile requires at least one data point.");if(t<0||t>1)throw new Error("quantiles must be between 0 and 1");if(t===1)return e[e.length-1];if(t===0)return e[0];if(r%1!==0){var n=Math.floor(r),i=Math.ceil(r),s=r-n;return e[n]+s*(e[i]-e[n])}else return e[r]}function un(e,t,r,n){for(r=r||0,n=n||e.length-1;n>r;){if(n-r>600){var i=n-r+1,s=t-r+1,o=Math.log(i),a=.5*Math.exp(2*o/3),u=.5*Math.sqrt(o*a*(i-a)/i);s-i/2<0&&(u*=-1);var f=Math.max(r,Math.floor(t-s*a/i+u)),d=Math.min(n,Math.floor(t+(i-s)*a/i+u));un(e,t,f,d)}var c=e[t],p=r,h=n;for(ln(e,r,t),e[n]>c&&ln(e,r,n);p<h;){for(ln(e,p,h),p++,h--;e[p]<c;)p++;for(;e[h]>c;)h--}e[r]===c?ln(e,r,h):(h++,ln(e,h,n)),h<=t&&(r=h+1),t<=h&&(n=h-1)}}function ln(e,t,r){var n=e[t];e[t]=e[r],e[r]=n}function CM(e,t){var r=e.slice();if(Array.isArray(t)){FM(r,t);for(var n=[],i=0;i<t.length;i++)n[i]=S3(r,t[i]);return n}else{var s=N3(r.length,t);return RM(r,s,0,r.length-1),S3(r,t)}}function RM(e,t,r,n){t%1===0?un(e,t,r,n):(t=Math.floor(t),un(e,t,r,n),un(e,t+1,t+1,n))}function FM(e,t){for(var r=new Set,n=0;n<t.length;n++){var i=N3(e.length,t[n]);r.add(Math.floor(i)),r.add(Math.ceil(i))}var s=Array.from(r).sort(kM);ga(e,s,0,s.length-1,0,e.length-1)}function ga(e,t,r,n,i,s){if(!(r>n)){var o=r+n>>1;un(e,t[o],i,s),ga(e,t,r,o-1,i,t[o]-1),ga(e,t,o+1,n,t[o]+1,s)}}function kM(e,t){return e-t}function N3(e,t){var r=(e-1)*t;return t===1?e-1:t===0?0:(r%1!==0,r)}function bi(e){return+CM(e,.5)}function E3(e){for(var t=bi(e),r=[],n=0;n<e.length;n++)r.push(Math.abs(e[n]-t));return bi(r)}var T3=function(){this.totalCount=0,this.data={}};T3.prototype.train=function(t,r){this.data[r]||(this.data[r]={});for(var n in t){var i=t[n];this.data[r][n]===void 0&&(this.data[r][n]={}),this.data[r][n][i]===void 0&&(this.data[r][n][i]=0),this.data[r][n][i]++}this.totalCount++};T3.prototype.score=function(t){var r={},n;for(var i in t){var s=t[i];for(n in this.data)r[n]===void 0&&(r[n]={}),this.data[n][i]?r[n][i+"_"+s]=(this.data[n][i][s]||0)/this.totalCount:r[n][i+"_"+s]=0}var o={};for(n in r){o[n]=0;for(var a in r[n])o[n]+=r[n][a]}return o};var uW=607/128,fW=Math.log(Math.sqrt(2*Math.PI));var PM=Math.sqrt(2*Math.PI);function xM(e){for(var t=e,r=e,n=1;n<30;n++)r*=e*e/(2*n+1),t+=r;return Math.round((.5+t/PM*Math.exp(-e*e/2))*1e4)/1e4}var DM=[];for(_i=0;_i<=3.09;_i+=.01)DM.push(xM(_i));var _i;var cW=Math.sqrt(2*Math.PI);var O3=function(){this.weights=[],this.bias=0};O3.prototype.predict=function(t){if(t.length!==this.weights.length)return null;for(var r=0,n=0;n<this.weights.length;n++)r+=this.weights[n]*t[n];return r+=this.bias,r>0?1:0};O3.prototype.train=function(t,r){if(r!==0&&r!==1)return null;t.length!==this.weights.length&&(this.weights=t.slice(),this.bias=1);var n=this.predict(t);if(typeof n=="number"&&n!==r){for(var i=r-n,s=0;s<this.weights.length;s++)this.weights[s]+=i*t[s];this.bias+=i}return this};var BM=16*Number.EPSILON;function va(e){let t=Array.prototype.filter.call(e,Number.isFinite);if(t.length<2)return null;let r=I3(t),n=0;for(let i of t)n=Math.max(n,Math.abs(i));return r>BM*n?{mean:ya(t),sd:r}:null}function q3(e){let t=new Float64Array(e.length).fill(NaN),r=va(e);if(!r)return t;for(let n=0;n<e.length;n++)t[n]=(e[n]-r.mean)/r.sd;return t}var UM="aggregate",$M=10;function Ai({matrix:e,aggregate:t,method:r,boards:n,checkpoint:i,reuse:s}){let{present:o,missing:a,minScenarios:u,row:f}=wa(e,t),d=f?{id:UM,row:f}:null;return{method:r,aggregate:{scenarios:o,missing:a,minScenariosPerModel:u,warnings:Ll(o),scores:f?e.models.flatMap((c,p)=>Number.isNaN(f[p])?[]:[[c,f[p]]]):[]},boards:GM(e,d,r,n,new Set(o),i,s)}}function wa(e,t){let r=new Map(e.scenarios.map((a,u)=>[a,u])),n=t.scenarios.filter(a=>r.has(a)),i=t.scenarios.filter(a=>!r.has(a)),s=Math.min(t.minScenariosPerModel,n.length),o=n.length>=1?wi(n.map(a=>ze(e,r.get(a))),s):null;return{present:n,missing:i,minScenarios:s,row:o}}function GM(e,t,r,n,i=new Set,s,o){let a=new Map(e.scenarios.map((c,p)=>[c,p])),u=new Map;for(let c of[...new Set(n.flatMap(p=>p.scenarios))].sort()){s?.(c);let p=a.get(c);if(p===void 0)u.set(c,{skipped:"not in the catalog",nCommon:0});else if(!t)u.set(c,{skipped:"no aggregate scenario in the catalog",nCommon:0});else{let y={x:ze(e,p),y:t.row,ids:[c,t.id],method:r,ranking:t.row};u.set(c,o?o.agreement({...y,models:e.models,source:e.sources?.[p]}):vi(y))}}let f=new Map,d=c=>{let p=a.get(c);if(p===void 0)return 0;let h=f.get(c);if(h===void 0){let y=ze(e,p);h=0;for(let v=0;v<y.length;v++)y[v]===y[v]&&h++;f.set(c,h)}return h};return n.map(c=>VM(c,u,i,d))}function VM(e,t,r,n){let i=[...new Set(e.scenarios)].sort(),s=i.map(h=>t.get(h)),o=s.map(h=>Ht(h)?NaN:h.correlation),a=va(o),u=q3(o),f=b3(u),{zIntervals:d,rankIntervals:c}=HM(s,a,u),p=i.map((h,y)=>{let v=s[y],_=A=>Number.isFinite(A)?A:null,b=[];if(v.nCommon>0&&v.nCommon<$M&&b.push(`only ${v.nCommon} models shared with the aggregate: the score is noisy`),Ht(v))return{scenario:h,models:n(h),nCommon:v.nCommon,modelsPerSample:0,experiments:0,agreement:null,pValue:null,agreementInterval:null,z:null,zInterval:null,rank:null,rankInterval:null,inAggregate:r.has(h),skipped:v.skipped,warnings:b};let w=Number.isFinite(v.correlation)?Number.isFinite(u[y])?null:"fewer than 2 scored scenarios or no spread among them":"every experiment had a constant score vector";return{scenario:h,models:n(h),nCommon:v.nCommon,modelsPerSample:v.modelsPerSample,experiments:v.experiments,agreement:_(v.correlation),pValue:_(v.pValue),agreementInterval:v.interval,z:_(u[y]),zInterval:w?null:d[y],rank:_(f[y]),rankInterval:w?null:c[y],inAggregate:r.has(h),skipped:w,warnings:b}});return p.sort((h,y)=>(h.rank??1/0)-(y.rank??1/0)||(h.scenario<y.scenario?-1:h.scenario>y.scenario?1:0)),{id:e.id,title:e.title,rows:p}}function HM(e,t,r){let n=Array.from(r).filter(Number.isFinite).sort((o,a)=>a-o),i=[],s=[];return e.forEach((o,a)=>{if(Ht(o)||!o.interval||!t||!Number.isFinite(r[a])){i.push(null),s.push(null);return}let u=(o.interval[0]-t.mean)/t.sd,f=(o.interval[1]-t.mean)/t.sd;i.push([u,f]);let d=c=>pa(n,c+1e-9)-(r[a]>c+1e-9?1:0);s.push([1+d(f),1+d(u)])}),{zIntervals:i,rankIntervals:s}}l();l();var O={severities:["error"]},bt={severities:["warning"]},vr={severities:["note"]},YM={"not-a-folder":O,"unreadable-file":O,"too-deep":O,"path-escape":O,symlink:O,submodule:O,"not-a-file":O,"limit-file-bytes":O,"limit-total-bytes":{severities:["error"],hint:"Raise limits.max_total_bytes in benchbench.yaml, or keep the catalog smaller."},utf16:O,"invalid-utf8":O,"nul-byte":O,"yaml-syntax":O,"yaml-duplicate-key":O,"yaml-tag":O,"yaml-alias":O,"limit-yaml-chars":O,"limit-yaml-depth":O,"limit-yaml-keys":O,"unknown-key":O,"missing-key":O,"wrong-type":O,"invalid-value":O,"duplicate-value":O,"missing-config":O,"missing-metadata":O,"orphan-metadata":bt,"unknown-file":vr,"duplicate-benchmark-id":O,"duplicate-scenario":{severities:["error","warning"]},"duplicate-model":{severities:["error","note"]},"empty-scenario":bt,"unknown-scenario":{severities:["warning","error"]},"conflicting-direction":O,"unknown-aggregate-scenario":bt,"preset-scenario-absent":{severities:["note"],hint:"Nothing to do, unless the catalog should have it: add its results, with `scenarios.<id>.name` set to that display name."},"aggregate-too-small":O,"unknown-leaderboard-scenario":bt,"model-id-not-normalised":bt,"alias-conflict":O,"empty-model-id":O,"empty-file":O,"no-rows":O,"csv-syntax":O,"missing-model-column":O,"empty-column-name":O,"duplicate-column":{severities:["error","warning"]},"column-count":O,"short-row":{severities:["warning","note"]},"empty-model":O,"empty-scenario-name":O,"non-numeric-score":O,"non-finite-score":O,"spreadsheet-formula":O,"missing-score":vr,"limit-rows":O,"limit-columns":O,"limit-time":O,"limit-files":O,"limit-issues":{severities:["error"],hint:"Fix the issues shown first: they often cause the rest."},"invisible-character":O,"limit-cell-chars":O,"config-from-base":vr,"unmatched-model":vr,"unsafe-file-name":O,"unrecognised-file-name":vr,"invalid-snapshot":bt,"unknown-lower-is-better":bt,"unsupported-long-format":O,"blank-column-name":O,"duplicate-scenario-column":vr,"missing-model":O,"long-row":O,"invalid-score":O,"scenario-id-collision":bt};function At(e){let t=YM[e.code],r=e.severity??t.severities[0];if(!t.severities.includes(r))throw new Error(`issue code ${e.code} is never a ${r} (ISSUE_CODES)`);let n=t.hint??e.hint;return{severity:r,code:e.code,file:e.file,...e.line!==void 0&&{line:e.line},...e.column!==void 0&&{column:e.column},message:e.message,...n!==void 0&&{hint:n}}}l();l();var et=new Uint32Array(65536),jM=(e,t)=>{let r=e.length,n=t.length,i=1<<r-1,s=-1,o=0,a=r,u=r;for(;u--;)et[e.charCodeAt(u)]|=1<<u;for(u=0;u<n;u++){let f=et[t.charCodeAt(u)],d=f|o;f|=(f&s)+s^s,o|=~(f|s),s&=f,o&i&&a++,s&i&&a--,o=o<<1|1,s=s<<1|~(d|o),o&=d}for(u=r;u--;)et[e.charCodeAt(u)]=0;return a},WM=(e,t)=>{let r=t.length,n=e.length,i=[],s=[],o=Math.ceil(r/32),a=Math.ceil(n/32);for(let y=0;y<o;y++)s[y]=-1,i[y]=0;let u=0;for(;u<a-1;u++){let y=0,v=-1,_=u*32,b=Math.min(32,n)+_;for(let w=_;w<b;w++)et[e.charCodeAt(w)]|=1<<w;for(let w=0;w<r;w++){let A=et[t.charCodeAt(w)],I=s[w/32|0]>>>w&1,N=i[w/32|0]>>>w&1,E=A|y,T=((A|N)&v)+v^v|A|N,C=y|~(T|v),B=v&T;C>>>31^I&&(s[w/32|0]^=1<<w),B>>>31^N&&(i[w/32|0]^=1<<w),C=C<<1|I,B=B<<1|N,v=B|~(E|C),y=C&E}for(let w=_;w<b;w++)et[e.charCodeAt(w)]=0}let f=0,d=-1,c=u*32,p=Math.min(32,n-c)+c;for(let y=c;y<p;y++)et[e.charCodeAt(y)]|=1<<y;let h=n;for(let y=0;y<r;y++){let v=et[t.charCodeAt(y)],_=s[y/32|0]>>>y&1,b=i[y/32|0]>>>y&1,w=v|f,A=((v|b)&d)+d^d|v|b,I=f|~(A|d),N=d&A;h+=I>>>n-1&1,h-=N>>>n-1&1,I>>>31^_&&(s[y/32|0]^=1<<y),N>>>31^b&&(i[y/32|0]^=1<<y),I=I<<1|_,N=N<<1|b,d=N|~(w|I),f=I&w}for(let y=c;y<p;y++)et[e.charCodeAt(y)]=0;return h},_a=(e,t)=>{if(e.length<t.length){let r=t;t=e,e=r}return t.length===0?e.length:e.length<=32?jM(e,t):WM(e,t)};l();l();l();l();l();l();var Si=Symbol.for("yaml.alias"),L3=Symbol.for("yaml.document"),De=Symbol.for("yaml.map"),ba=Symbol.for("yaml.pair"),wr=Symbol.for("yaml.scalar"),St=Symbol.for("yaml.seq"),ce=Symbol.for("yaml.node.type"),be=e=>!!e&&typeof e=="object"&&e[ce]===Si,Be=e=>!!e&&typeof e=="object"&&e[ce]===L3,Ue=e=>!!e&&typeof e=="object"&&e[ce]===De,P=e=>!!e&&typeof e=="object"&&e[ce]===ba,k=e=>!!e&&typeof e=="object"&&e[ce]===wr,Te=e=>!!e&&typeof e=="object"&&e[ce]===St;function G(e){if(e&&typeof e=="object")switch(e[ce]){case De:case St:return!0}return!1}function D(e){if(e&&typeof e=="object")switch(e[ce]){case Si:case De:case wr:case St:return!0}return!1}var Ii=e=>(k(e)||G(e))&&!!e.anchor;l();var ae=Symbol("break visit"),C3=Symbol("skip children"),$e=Symbol("remove node");function tt(e,t){let r=R3(t);Be(e)?_r(null,e.contents,r,Object.freeze([e]))===$e&&(e.contents=null):_r(null,e,r,Object.freeze([]))}tt.BREAK=ae;tt.SKIP=C3;tt.REMOVE=$e;function _r(e,t,r,n){let i=F3(e,t,r,n);if(D(i)||P(i))return k3(e,n,i),_r(e,i,r,n);if(typeof i!="symbol"){if(G(t)){n=Object.freeze(n.concat(t));for(let s=0;s<t.items.length;++s){let o=_r(s,t.items[s],r,n);if(typeof o=="number")s=o-1;else{if(o===ae)return ae;o===$e&&(t.items.splice(s,1),s-=1)}}}else if(P(t)){n=Object.freeze(n.concat(t));let s=_r("key",t.key,r,n);if(s===ae)return ae;s===$e&&(t.key=null);let o=_r("value",t.value,r,n);if(o===ae)return ae;o===$e&&(t.value=null)}}return i}async function Ni(e,t){let r=R3(t);Be(e)?await br(null,e.contents,r,Object.freeze([e]))===$e&&(e.contents=null):await br(null,e,r,Object.freeze([]))}Ni.BREAK=ae;Ni.SKIP=C3;Ni.REMOVE=$e;async function br(e,t,r,n){let i=await F3(e,t,r,n);if(D(i)||P(i))return k3(e,n,i),br(e,i,r,n);if(typeof i!="symbol"){if(G(t)){n=Object.freeze(n.concat(t));for(let s=0;s<t.items.length;++s){let o=await br(s,t.items[s],r,n);if(typeof o=="number")s=o-1;else{if(o===ae)return ae;o===$e&&(t.items.splice(s,1),s-=1)}}}else if(P(t)){n=Object.freeze(n.concat(t));let s=await br("key",t.key,r,n);if(s===ae)return ae;s===$e&&(t.key=null);let o=await br("value",t.value,r,n);if(o===ae)return ae;o===$e&&(t.value=null)}}return i}function R3(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function F3(e,t,r,n){if(typeof r=="function")return r(e,t,n);if(Ue(t))return r.Map?.(e,t,n);if(Te(t))return r.Seq?.(e,t,n);if(P(t))return r.Pair?.(e,t,n);if(k(t))return r.Scalar?.(e,t,n);if(be(t))return r.Alias?.(e,t,n)}function k3(e,t,r){let n=t[t.length-1];if(G(n))n.items[e]=r;else if(P(n))e==="key"?n.key=r:n.value=r;else if(Be(n))n.contents=r;else{let i=be(n)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}var KM={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},JM=e=>e.replace(/[!,[\\\\]{}]/g,t=>KM[t]),Ar=class e{constructor(t,r){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,t),this.tags=Object.assign({},e.defaultTags,r)}clone(){let t=new e(this.yaml,this.tags);return t.docStart=this.docStart,t}atDocument(){let t=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return t}add(t,r){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let n=t.trim().split(/[ \\\\t]+/),i=n.shift();switch(i){case"%TAG":{if(n.length!==2&&(r(0,"%TAG directive should contain exactly two parts"),n.length<2))return!1;let[s,o]=n;return this.tags[s]=o,!0}case"%YAML":{if(this.yaml.explicit=!0,n.length!==1)return r(0,"%YAML directive should contain exactly one part"),!1;let[s]=n;if(s==="1.1"||s==="1.2")return this.yaml.version=s,!0;{let o=/^\\\\d+\\\\.\\\\d+$/.test(s);return r(6,`Unsupported YAML version ${s}`,o),!1}}default:return r(0,`Unknown directive ${i}`,!0),!1}}tagName(t,r){if(t==="!")return"!";if(t[0]!=="!")return r(`Not a valid tag: ${t}`),null;if(t[1]==="<"){let o=t.slice(2,-1);return o==="!"||o==="!!"?(r(`Verbatim tags aren\\\'t resolved, so ${t} is invalid.`),null):(t[t.length-1]!==">"&&r("Verbatim tags must end with a >"),o)}let[,n,i]=t.match(/^(.*!)([^!]*)$/s);i||r(`The ${t} tag has no suffix`);let s=this.tags[n];if(s)try{return s+decodeURIComponent(i)}catch(o){return r(String(o)),null}return n==="!"?t:(r(`Could not resolve tag: ${t}`),null)}tagString(t){for(let[r,n]of Object.entries(this.tags))if(t.startsWith(n))return r+JM(t.substring(n.length));return t[0]==="!"?t:`!<${t}>`}toString(t){let r=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],n=Object.entries(this.tags),i;if(t&&n.length>0&&D(t.contents)){let s={};tt(t.contents,(o,a)=>{D(a)&&a.tag&&(s[a.tag]=!0)}),i=Object.keys(s)}else i=[];for(let[s,o]of n)s==="!!"&&o==="tag:yaml.org,2002:"||(!t||i.some(a=>a.startsWith(o)))&&r.push(`%TAG ${s} ${o}`);return r.join(`\\n`)}};Ar.defaultYaml={explicit:!1,version:"1.2"};Ar.defaultTags={"!!":"tag:yaml.org,2002:"};l();l();l();function Ei(e){if(/[\\\\x00-\\\\x19\\\\s,[\\\\]{}]/.test(e)){let r=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(r)}return!0}l();l();function Yt(e,t,r,n){if(n&&typeof n=="object")if(Array.isArray(n))for(let i=0,s=n.length;i<s;++i){let o=n[i],a=Yt(e,n,String(i),o);a===void 0?delete n[i]:a!==o&&(n[i]=a)}else if(n instanceof Map)for(let i of Array.from(n.keys())){let s=n.get(i),o=Yt(e,n,i,s);o===void 0?n.delete(i):o!==s&&n.set(i,o)}else if(n instanceof Set)for(let i of Array.from(n)){let s=Yt(e,n,i,i);s===void 0?n.delete(i):s!==i&&(n.delete(i),n.add(s))}else for(let[i,s]of Object.entries(n)){let o=Yt(e,n,i,s);o===void 0?delete n[i]:o!==s&&(n[i]=o)}return e.call(t,r,n)}l();function Y(e,t,r){if(Array.isArray(e))return e.map((n,i)=>Y(n,String(i),r));if(e&&typeof e.toJSON=="function"){if(!r||!Ii(e))return e.toJSON(t,r);let n={aliasCount:0,count:1,res:void 0};r.anchors.set(e,n),r.onCreate=s=>{n.res=s,delete r.onCreate};let i=e.toJSON(t,r);return r.onCreate&&r.onCreate(i),i}return typeof e=="bigint"&&!r?.keep?Number(e):e}var It=class{constructor(t){Object.defineProperty(this,ce,{value:t})}clone(){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(t.range=this.range.slice()),t}toJS(t,{mapAsMap:r,maxAliasCount:n,onAnchor:i,reviver:s}={}){if(!Be(t))throw new TypeError("A document argument is required");let o={anchors:new Map,doc:t,keep:!0,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof n=="number"?n:100},a=Y(this,"",o);if(typeof i=="function")for(let{count:u,res:f}of o.anchors.values())i(f,u);return typeof s=="function"?Yt(s,{"":a},"",a):a}};var jt=class extends It{constructor(t){super(Si),this.source=t,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(t,r){if(r?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let n;r?.aliasResolveCache?n=r.aliasResolveCache:(n=[],tt(t,{Node:(s,o)=>{(be(o)||Ii(o))&&n.push(o)}}),r&&(r.aliasResolveCache=n));let i;for(let s of n){if(s===this)break;s.anchor===this.source&&(i=s)}if(i&&r){let{anchors:s,doc:o,maxAliasCount:a}=r,u=s.get(i);if(u||(Y(i,null,r),u=s.get(i)),u?.res===void 0){let f="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(f)}if(a>=0&&(u.count+=1,u.aliasCount===0&&(u.aliasCount=Ti(o,i,s)),u.count*u.aliasCount>a)){let f="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(f)}}return i}toJSON(t,r){if(!r)return{source:this.source};let n=this.resolve(r.doc,r);if(!n){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return r.anchors.get(n).res}toString(t,r,n){let i=`*${this.source}`;if(t){if(Ei(this.source),t.options.verifyAliasOrder&&!t.anchors.has(this.source)){let s=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(s)}if(t.implicitKey)return`${i} `}return i}};function Ti(e,t,r){if(be(t)){let n=t.resolve(e),i=r&&n&&r.get(n);return i?i.count*i.aliasCount:0}else if(G(t)){let n=0;for(let i of t.items){let s=Ti(e,i,r);s>n&&(n=s)}return n}else if(P(t)){let n=Ti(e,t.key,r),i=Ti(e,t.value,r);return Math.max(n,i)}return 1}l();l();l();var Oi=e=>!e||typeof e!="function"&&typeof e!="object",L=class extends It{constructor(t){super(wr),this.value=t}toJSON(t,r){return r?.keep?this.value:Y(this.value,t,r)}toString(){return String(this.value)}};L.BLOCK_FOLDED="BLOCK_FOLDED";L.BLOCK_LITERAL="BLOCK_LITERAL";L.PLAIN="PLAIN";L.QUOTE_DOUBLE="QUOTE_DOUBLE";L.QUOTE_SINGLE="QUOTE_SINGLE";var QM="tag:yaml.org,2002:";function XM(e,t,r){if(t){let n=r.filter(s=>s.tag===t),i=n.find(s=>!s.format)??n[0];if(!i)throw new Error(`Tag ${t} not found`);return i}return r.find(n=>n.identify?.(e)&&!n.format)}function Nt(e,t,r){if(Be(e)&&(e=e.contents),D(e))return e;if(P(e)){let c=r.schema[De].createNode?.(r.schema,null,r);return c.items.push(e),c}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:n,onAnchor:i,onTagObj:s,schema:o,sourceObjects:a}=r,u;if(n&&e&&typeof e=="object"){if(u=a.get(e),u)return u.anchor??(u.anchor=i(e)),new jt(u.anchor);u={anchor:null,node:null},a.set(e,u)}t?.startsWith("!!")&&(t=QM+t.slice(2));let f=XM(e,t,o.tags);if(!f){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let c=new L(e);return u&&(u.node=c),c}f=e instanceof Map?o[De]:Symbol.iterator in Object(e)?o[St]:o[De]}s&&(s(f),delete r.onTagObj);let d=f?.createNode?f.createNode(r.schema,e,r):typeof f?.nodeClass?.from=="function"?f.nodeClass.from(r.schema,e,r):new L(e);return t?d.tag=t:f.default||(d.tag=f.tag),u&&(u.node=d),d}function Aa(e,t,r){let n=r;for(let i=t.length-1;i>=0;--i){let s=t[i];if(typeof s=="number"&&Number.isInteger(s)&&s>=0){let o=[];o[s]=n,n=o}else n=new Map([[s,n]])}return Nt(n,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var P3=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Sr=class extends It{constructor(t,r){super(t),Object.defineProperty(this,"schema",{value:r,configurable:!0,enumerable:!1,writable:!0})}clone(t){let r=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return t&&(r.schema=t),r.items=r.items.map(n=>D(n)||P(n)?n.clone(t):n),this.range&&(r.range=this.range.slice()),r}addIn(t,r){if(P3(t))this.add(r);else{let[n,...i]=t,s=this.get(n,!0);if(G(s))s.addIn(i,r);else if(s===void 0&&this.schema)this.set(n,Aa(this.schema,i,r));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${i}`)}}deleteIn(t){let[r,...n]=t;if(n.length===0)return this.delete(r);let i=this.get(r,!0);if(G(i))return i.deleteIn(n);throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`)}getIn(t,r){let[n,...i]=t,s=this.get(n,!0);return i.length===0?!r&&k(s)?s.value:s:G(s)?s.getIn(i,r):void 0}hasAllNullValues(t){return this.items.every(r=>{if(!P(r))return!1;let n=r.value;return n==null||t&&k(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(t){let[r,...n]=t;if(n.length===0)return this.has(r);let i=this.get(r,!0);return G(i)?i.hasIn(n):!1}setIn(t,r){let[n,...i]=t;if(i.length===0)this.set(n,r);else{let s=this.get(n,!0);if(G(s))s.setIn(i,r);else if(s===void 0&&this.schema)this.set(n,Aa(this.schema,i,r));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${i}`)}}};l();l();l();l();var x3=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Et(e,t){return/^\\\\n+$/.test(e)?e.substring(1):t?e.replace(/^(?! *$)/gm,t):e}var rt=(e,t,r)=>e.endsWith(`\\n`)?Et(r,t):r.includes(`\\n`)?`\\n`+Et(r,t):(e.endsWith(" ")?"":" ")+r;l();l();var Sa="flow",qi="block",fn="quoted";function cn(e,t,r="flow",{indentAtStart:n,lineWidth:i=80,minContentWidth:s=20,onFold:o,onOverflow:a}={}){if(!i||i<0)return e;i<s&&(s=0);let u=Math.max(1+s,1+i-t.length);if(e.length<=u)return e;let f=[],d={},c=i-t.length;typeof n=="number"&&(n>i-Math.max(2,s)?f.push(0):c=i-n);let p,h,y=!1,v=-1,_=-1,b=-1;r===qi&&(v=D3(e,v,t.length),v!==-1&&(c=v+u));for(let A;A=e[v+=1];){if(r===fn&&A==="\\\\\\\\"){switch(_=v,e[v+1]){case"x":v+=3;break;case"u":v+=5;break;case"U":v+=9;break;default:v+=1}b=v}if(A===`\\n`)r===qi&&(v=D3(e,v,t.length)),c=v+t.length+u,p=void 0;else{if(A===" "&&h&&h!==" "&&h!==`\\n`&&h!=="	"){let I=e[v+1];I&&I!==" "&&I!==`\\n`&&I!=="	"&&(p=v)}if(v>=c)if(p)f.push(p),c=p+u,p=void 0;else if(r===fn){for(;h===" "||h==="	";)h=A,A=e[v+=1],y=!0;let I=v>b+1?v-2:_-1;if(d[I])return e;f.push(I),d[I]=!0,c=I+u,p=void 0}else y=!0}h=A}if(y&&a&&a(),f.length===0)return e;o&&o();let w=e.slice(0,f[0]);for(let A=0;A<f.length;++A){let I=f[A],N=f[A+1]||e.length;I===0?w=`\\n${t}${e.slice(0,N)}`:(r===fn&&d[I]&&(w+=`${e[I]}\\\\\\\\`),w+=`\\n${t}${e.slice(I+1,N)}`)}return w}function D3(e,t,r){let n=t,i=t+1,s=e[i];for(;s===" "||s==="	";)if(t<i+r)s=e[++t];else{do s=e[++t];while(s&&s!==`\\n`);n=t,i=t+1,s=e[i]}return n}var Li=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),Ci=e=>/^(%|---|\\\\.\\\\.\\\\.)/m.test(e);function ZM(e,t,r){if(!t||t<0)return!1;let n=t-r,i=e.length;if(i<=n)return!1;for(let s=0,o=0;s<i;++s)if(e[s]===`\\n`){if(s-o>n)return!0;if(o=s+1,i-o<=n)return!1}return!0}function dn(e,t){let r=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return r;let{implicitKey:n}=t,i=t.options.doubleQuotedMinMultiLineLength,s=t.indent||(Ci(e)?"  ":""),o="",a=0;for(let u=0,f=r[u];f;f=r[++u])if(f===" "&&r[u+1]==="\\\\\\\\"&&r[u+2]==="n"&&(o+=r.slice(a,u)+"\\\\\\\\ ",u+=1,a=u,f="\\\\\\\\"),f==="\\\\\\\\")switch(r[u+1]){case"u":{o+=r.slice(a,u);let d=r.substr(u+2,4);switch(d){case"0000":o+="\\\\\\\\0";break;case"0007":o+="\\\\\\\\a";break;case"000b":o+="\\\\\\\\v";break;case"001b":o+="\\\\\\\\e";break;case"0085":o+="\\\\\\\\N";break;case"00a0":o+="\\\\\\\\_";break;case"2028":o+="\\\\\\\\L";break;case"2029":o+="\\\\\\\\P";break;default:d.substr(0,2)==="00"?o+="\\\\\\\\x"+d.substr(2):o+=r.substr(u,6)}u+=5,a=u+1}break;case"n":if(n||r[u+2]===\\\'"\\\'||r.length<i)u+=1;else{for(o+=r.slice(a,u)+`\\n\\n`;r[u+2]==="\\\\\\\\"&&r[u+3]==="n"&&r[u+4]!==\\\'"\\\';)o+=`\\n`,u+=2;o+=s,r[u+2]===" "&&(o+="\\\\\\\\"),u+=1,a=u+1}break;default:u+=1}return o=a?o+r.slice(a):r,n?o:cn(o,s,fn,Li(t,!1))}function Ia(e,t){if(t.options.singleQuote===!1||t.implicitKey&&e.includes(`\\n`)||/[ \\\\t]\\\\n|\\\\n[ \\\\t]/.test(e))return dn(e,t);let r=t.indent||(Ci(e)?"  ":""),n="\\\'"+e.replace(/\\\'/g,"\\\'\\\'").replace(/\\\\n+/g,`$&\\n${r}`)+"\\\'";return t.implicitKey?n:cn(n,r,Sa,Li(t,!1))}function Ir(e,t){let{singleQuote:r}=t.options,n;if(r===!1)n=dn;else{let i=e.includes(\\\'"\\\'),s=e.includes("\\\'");i&&!s?n=Ia:s&&!i?n=dn:n=r?Ia:dn}return n(e,t)}var Na;try{Na=new RegExp(`(^|(?<!\\n))\\n+(?!\\n|$)`,"g")}catch{Na=/\\\\n+(?!\\\\n|$)/g}function Mi({comment:e,type:t,value:r},n,i,s){let{blockQuote:o,commentString:a,lineWidth:u}=n.options;if(!o||/\\\\n[\\\\t ]+$/.test(r))return Ir(r,n);let f=n.indent||(n.forceBlockIndent||Ci(r)?"  ":""),d=o==="literal"?!0:o==="folded"||t===L.BLOCK_FOLDED?!1:t===L.BLOCK_LITERAL?!0:!ZM(r,u,f.length);if(!r)return d?`|\\n`:`>\\n`;let c,p;for(p=r.length;p>0;--p){let N=r[p-1];if(N!==`\\n`&&N!=="	"&&N!==" ")break}let h=r.substring(p),y=h.indexOf(`\\n`);y===-1?c="-":r===h||y!==h.length-1?(c="+",s&&s()):c="",h&&(r=r.slice(0,-h.length),h[h.length-1]===`\\n`&&(h=h.slice(0,-1)),h=h.replace(Na,`$&${f}`));let v=!1,_,b=-1;for(_=0;_<r.length;++_){let N=r[_];if(N===" ")v=!0;else if(N===`\\n`)b=_;else break}let w=r.substring(0,b<_?b+1:_);w&&(r=r.substring(w.length),w=w.replace(/\\\\n+/g,`$&${f}`));let I=(v?f?"2":"1":"")+c;if(e&&(I+=" "+a(e.replace(/ ?[\\\\r\\\\n]+/g," ")),i&&i()),!d){let N=r.replace(/\\\\n+/g,`\\n$&`).replace(/(?:^|\\\\n)([\\\\t ].*)(?:([\\\\n\\\\t ]*)\\\\n(?![\\\\n\\\\t ]))?/g,"$1$2").replace(/\\\\n+/g,`$&${f}`),E=!1,T=Li(n,!0);o!=="folded"&&t!==L.BLOCK_FOLDED&&(T.onOverflow=()=>{E=!0});let C=cn(`${w}${N}${h}`,f,qi,T);if(!E)return`>${I}\\n${f}${C}`}return r=r.replace(/\\\\n+/g,`$&${f}`),`|${I}\\n${f}${w}${r}${h}`}function zM(e,t,r,n){let{type:i,value:s}=e,{actualString:o,implicitKey:a,indent:u,indentStep:f,inFlow:d}=t;if(a&&s.includes(`\\n`)||d&&/[[\\\\]{},]/.test(s))return Ir(s,t);if(/^[\\\\n\\\\t ,[\\\\]{}#&*!|>\\\'"%@`]|^[?-]$|^[?-][ \\\\t]|[\\\\n:][ \\\\t]|[ \\\\t]\\\\n|[\\\\n\\\\t ]#|[\\\\n\\\\t :]$/.test(s))return a||d||!s.includes(`\\n`)?Ir(s,t):Mi(e,t,r,n);if(!a&&!d&&i!==L.PLAIN&&s.includes(`\\n`))return Mi(e,t,r,n);if(Ci(s)){if(u==="")return t.forceBlockIndent=!0,Mi(e,t,r,n);if(a&&u===f)return Ir(s,t)}let c=s.replace(/\\\\n+/g,`$&\\n${u}`);if(o){let p=v=>v.default&&v.tag!=="tag:yaml.org,2002:str"&&v.test?.test(c),{compat:h,tags:y}=t.doc.schema;if(y.some(p)||h?.some(p))return Ir(s,t)}return a?c:cn(c,u,Sa,Li(t,!1))}function mn(e,t,r,n){let{implicitKey:i,inFlow:s}=t,o=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:a}=e;a!==L.QUOTE_DOUBLE&&/[\\\\x00-\\\\x08\\\\x0b-\\\\x1f\\\\x7f-\\\\x9f\\\\u{D800}-\\\\u{DFFF}]/u.test(o.value)&&(a=L.QUOTE_DOUBLE);let u=d=>{switch(d){case L.BLOCK_FOLDED:case L.BLOCK_LITERAL:return i||s?Ir(o.value,t):Mi(o,t,r,n);case L.QUOTE_DOUBLE:return dn(o.value,t);case L.QUOTE_SINGLE:return Ia(o.value,t);case L.PLAIN:return zM(o,t,r,n);default:return null}},f=u(a);if(f===null){let{defaultKeyType:d,defaultStringType:c}=t.options,p=i&&d||c;if(f=u(p),f===null)throw new Error(`Unsupported default string type ${p}`)}return f}function Ea(e,t){let r=Object.assign({blockQuote:!0,commentString:x3,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,t),n;switch(r.collectionStyle){case"block":n=!1;break;case"flow":n=!0;break;default:n=null}return{anchors:new Set,doc:e,flowCollectionPadding:r.flowCollectionPadding?" ":"",indent:"",indentStep:typeof r.indent=="number"?" ".repeat(r.indent):"  ",inFlow:n,options:r}}function eL(e,t){if(t.tag){let i=e.filter(s=>s.tag===t.tag);if(i.length>0)return i.find(s=>s.format===t.format)??i[0]}let r,n;if(k(t)){n=t.value;let i=e.filter(s=>s.identify?.(n));if(i.length>1){let s=i.filter(o=>o.test);s.length>0&&(i=s)}r=i.find(s=>s.format===t.format)??i.find(s=>!s.format)}else n=t,r=e.find(i=>i.nodeClass&&n instanceof i.nodeClass);if(!r){let i=n?.constructor?.name??(n===null?"null":typeof n);throw new Error(`Tag not resolved for ${i} value`)}return r}function tL(e,t,{anchors:r,doc:n}){if(!n.directives)return"";let i=[],s=(k(e)||G(e))&&e.anchor;s&&Ei(s)&&(r.add(s),i.push(`&${s}`));let o=e.tag??(t.default?null:t.tag);return o&&i.push(n.directives.tagString(o)),i.join(" ")}function Wt(e,t,r,n){if(P(e))return e.toString(t,r,n);if(be(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");t.resolvedAliases?t.resolvedAliases.add(e):t.resolvedAliases=new Set([e]),e=e.resolve(t.doc)}let i,s=D(e)?e:t.doc.createNode(e,{onTagObj:u=>i=u});i??(i=eL(t.doc.schema.tags,s));let o=tL(s,i,t);o.length>0&&(t.indentAtStart=(t.indentAtStart??0)+o.length+1);let a=typeof i.stringify=="function"?i.stringify(s,t,r,n):k(s)?mn(s,t,r,n):s.toString(t,r,n);return o?k(s)||a[0]==="{"||a[0]==="["?`${o} ${a}`:`${o}\\n${t.indent}${a}`:a}function B3({key:e,value:t},r,n,i){let{allNullValues:s,doc:o,indent:a,indentStep:u,options:{commentString:f,indentSeq:d,simpleKeys:c}}=r,p=D(e)&&e.comment||null;if(c){if(p)throw new Error("With simple keys, key nodes cannot have comments");if(G(e)||!D(e)&&typeof e=="object"){let T="With simple keys, collection cannot be used as a key value";throw new Error(T)}}let h=!c&&(!e||p&&t==null&&!r.inFlow||G(e)||(k(e)?e.type===L.BLOCK_FOLDED||e.type===L.BLOCK_LITERAL:typeof e=="object"));r=Object.assign({},r,{allNullValues:!1,implicitKey:!h&&(c||!s),indent:a+u});let y=!1,v=!1,_=Wt(e,r,()=>y=!0,()=>v=!0);if(!h&&!r.inFlow&&_.length>1024){if(c)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");h=!0}if(r.inFlow){if(s||t==null)return y&&n&&n(),_===""?"?":h?`? ${_}`:_}else if(s&&!c||t==null&&h)return _=`? ${_}`,p&&!y?_+=rt(_,r.indent,f(p)):v&&i&&i(),_;y&&(p=null),h?(p&&(_+=rt(_,r.indent,f(p))),_=`? ${_}\\n${a}:`):(_=`${_}:`,p&&(_+=rt(_,r.indent,f(p))));let b,w,A;D(t)?(b=!!t.spaceBefore,w=t.commentBefore,A=t.comment):(b=!1,w=null,A=null,t&&typeof t=="object"&&(t=o.createNode(t))),r.implicitKey=!1,!h&&!p&&k(t)&&(r.indentAtStart=_.length+1),v=!1,!d&&u.length>=2&&!r.inFlow&&!h&&Te(t)&&!t.flow&&!t.tag&&!t.anchor&&(r.indent=r.indent.substring(2));let I=!1,N=Wt(t,r,()=>I=!0,()=>v=!0),E=" ";if(p||b||w){if(E=b?`\\n`:"",w){let T=f(w);E+=`\\n${Et(T,r.indent)}`}N===""&&!r.inFlow?E===`\\n`&&A&&(E=`\\n\\n`):E+=`\\n${r.indent}`}else if(!h&&G(t)){let T=N[0],C=N.indexOf(`\\n`),B=C!==-1,ie=r.inFlow??t.flow??t.items.length===0;if(B||!ie){let Ie=!1;if(B&&(T==="&"||T==="!")){let pe=N.indexOf(" ");T==="&"&&pe!==-1&&pe<C&&N[pe+1]==="!"&&(pe=N.indexOf(" ",pe+1)),(pe===-1||C<pe)&&(Ie=!0)}Ie||(E=`\\n${r.indent}`)}}else(N===""||N[0]===`\\n`)&&(E="");return _+=E+N,r.inFlow?I&&n&&n():A&&!I?_+=rt(_,r.indent,f(A)):v&&i&&i(),_}l();l();function Ta(e,t){(e==="debug"||e==="warn")&&console.warn(t)}l();var Ri="<<",hn={identify:e=>e===Ri||typeof e=="symbol"&&e.description===Ri,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new L(Symbol(Ri)),{addToJSMap:qa}),stringify:()=>Ri},U3=(e,t)=>(hn.identify(t)||k(t)&&(!t.type||t.type===L.PLAIN)&&hn.identify(t.value))&&e?.doc.schema.tags.some(r=>r.tag===hn.tag&&r.default);function qa(e,t,r){let n=$3(e,r);if(Te(n))for(let i of n.items)Oa(e,t,i);else if(Array.isArray(n))for(let i of n)Oa(e,t,i);else Oa(e,t,n)}function Oa(e,t,r){let n=$3(e,r);if(!Ue(n))throw new Error("Merge sources must be maps or map aliases");let i=n.toJSON(null,e,Map);for(let[s,o]of i)t instanceof Map?t.has(s)||t.set(s,o):t instanceof Set?t.add(s):Object.prototype.hasOwnProperty.call(t,s)||Object.defineProperty(t,s,{value:o,writable:!0,enumerable:!0,configurable:!0});return t}function $3(e,t){return e&&be(t)?t.resolve(e.doc,e):t}function Fi(e,t,{key:r,value:n}){if(D(r)&&r.addToJSMap)r.addToJSMap(e,t,n);else if(U3(e,r))qa(e,t,n);else{let i=Y(r,"",e);if(t instanceof Map)t.set(i,Y(n,i,e));else if(t instanceof Set)t.add(i);else{let s=rL(r,i,e),o=Y(n,s,e);s in t?Object.defineProperty(t,s,{value:o,writable:!0,enumerable:!0,configurable:!0}):t[s]=o}}return t}function rL(e,t,r){if(t===null)return"";if(typeof t!="object")return String(t);if(D(e)&&r?.doc){let n=Ea(r.doc,{});n.anchors=new Set;for(let s of r.anchors.keys())n.anchors.add(s.anchor);n.inFlow=!0,n.inStringifyKey=!0;let i=e.toString(n);if(!r.mapKeyWarned){let s=JSON.stringify(i);s.length>40&&(s=s.substring(0,36)+\\\'..."\\\'),Ta(r.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${s}. Set mapAsMap: true to use object keys.`),r.mapKeyWarned=!0}return i}return JSON.stringify(t)}function Nr(e,t,r){let n=Nt(e,void 0,r),i=Nt(t,void 0,r);return new J(n,i)}var J=class e{constructor(t,r=null){Object.defineProperty(this,ce,{value:ba}),this.key=t,this.value=r}clone(t){let{key:r,value:n}=this;return D(r)&&(r=r.clone(t)),D(n)&&(n=n.clone(t)),new e(r,n)}toJSON(t,r){let n=r?.mapAsMap?new Map:{};return Fi(r,n,this)}toString(t,r,n){return t?.doc?B3(this,t,r,n):JSON.stringify(this)}};l();l();l();l();function Pi(e,t,r){return(t.inFlow??e.flow?iL:nL)(e,t,r)}function nL({comment:e,items:t},r,{blockItemPrefix:n,flowChars:i,itemIndent:s,onChompKeep:o,onComment:a}){let{indent:u,options:{commentString:f}}=r,d=Object.assign({},r,{indent:s,type:null}),c=!1,p=[];for(let y=0;y<t.length;++y){let v=t[y],_=null;if(D(v))!c&&v.spaceBefore&&p.push(""),ki(r,p,v.commentBefore,c),v.comment&&(_=v.comment);else if(P(v)){let w=D(v.key)?v.key:null;w&&(!c&&w.spaceBefore&&p.push(""),ki(r,p,w.commentBefore,c))}c=!1;let b=Wt(v,d,()=>_=null,()=>c=!0);_&&(b+=rt(b,s,f(_))),c&&_&&(c=!1),p.push(n+b)}let h;if(p.length===0)h=i.start+i.end;else{h=p[0];for(let y=1;y<p.length;++y){let v=p[y];h+=v?`\\n${u}${v}`:`\\n`}}return e?(h+=`\\n`+Et(f(e),u),a&&a()):c&&o&&o(),h}function iL({items:e},t,{flowChars:r,itemIndent:n}){let{indent:i,indentStep:s,flowCollectionPadding:o,options:{commentString:a}}=t;n+=s;let u=Object.assign({},t,{indent:n,inFlow:!0,type:null}),f=!1,d=0,c=[];for(let y=0;y<e.length;++y){let v=e[y],_=null;if(D(v))v.spaceBefore&&c.push(""),ki(t,c,v.commentBefore,!1),v.comment&&(_=v.comment);else if(P(v)){let w=D(v.key)?v.key:null;w&&(w.spaceBefore&&c.push(""),ki(t,c,w.commentBefore,!1),w.comment&&(f=!0));let A=D(v.value)?v.value:null;A?(A.comment&&(_=A.comment),A.commentBefore&&(f=!0)):v.value==null&&w?.comment&&(_=w.comment)}_&&(f=!0);let b=Wt(v,u,()=>_=null);f||(f=c.length>d||b.includes(`\\n`)),y<e.length-1?b+=",":t.options.trailingComma&&(t.options.lineWidth>0&&(f||(f=c.reduce((w,A)=>w+A.length+2,2)+(b.length+2)>t.options.lineWidth)),f&&(b+=",")),_&&(b+=rt(b,n,a(_))),c.push(b),d=c.length}let{start:p,end:h}=r;if(c.length===0)return p+h;if(!f){let y=c.reduce((v,_)=>v+_.length+2,2);f=t.options.lineWidth>0&&y>t.options.lineWidth}if(f){let y=p;for(let v of c)y+=v?`\\n${s}${i}${v}`:`\\n`;return`${y}\\n${i}${h}`}else return`${p}${o}${c.join(" ")}${o}${h}`}function ki({indent:e,options:{commentString:t}},r,n,i){if(n&&i&&(n=n.replace(/^\\\\n+/,"")),n){let s=Et(t(n),e);r.push(s.trimStart())}}function Tt(e,t){let r=k(t)?t.value:t;for(let n of e)if(P(n)&&(n.key===t||n.key===r||k(n.key)&&n.key.value===r))return n}var j=class extends Sr{static get tagName(){return"tag:yaml.org,2002:map"}constructor(t){super(De,t),this.items=[]}static from(t,r,n){let{keepUndefined:i,replacer:s}=n,o=new this(t),a=(u,f)=>{if(typeof s=="function")f=s.call(r,u,f);else if(Array.isArray(s)&&!s.includes(u))return;(f!==void 0||i)&&o.items.push(Nr(u,f,n))};if(r instanceof Map)for(let[u,f]of r)a(u,f);else if(r&&typeof r=="object")for(let u of Object.keys(r))a(u,r[u]);return typeof t.sortMapEntries=="function"&&o.items.sort(t.sortMapEntries),o}add(t,r){let n;P(t)?n=t:!t||typeof t!="object"||!("key"in t)?n=new J(t,t?.value):n=new J(t.key,t.value);let i=Tt(this.items,n.key),s=this.schema?.sortMapEntries;if(i){if(!r)throw new Error(`Key ${n.key} already set`);k(i.value)&&Oi(n.value)?i.value.value=n.value:i.value=n.value}else if(s){let o=this.items.findIndex(a=>s(n,a)<0);o===-1?this.items.push(n):this.items.splice(o,0,n)}else this.items.push(n)}delete(t){let r=Tt(this.items,t);return r?this.items.splice(this.items.indexOf(r),1).length>0:!1}get(t,r){let i=Tt(this.items,t)?.value;return(!r&&k(i)?i.value:i)??void 0}has(t){return!!Tt(this.items,t)}set(t,r){this.add(new J(t,r),!0)}toJSON(t,r,n){let i=n?new n:r?.mapAsMap?new Map:{};r?.onCreate&&r.onCreate(i);for(let s of this.items)Fi(r,i,s);return i}toString(t,r,n){if(!t)return JSON.stringify(this);for(let i of this.items)if(!P(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!t.allNullValues&&this.hasAllNullValues(!1)&&(t=Object.assign({},t,{allNullValues:!0})),Pi(this,t,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:t.indent||"",onChompKeep:n,onComment:r})}};var Er={collection:"map",default:!0,nodeClass:j,tag:"tag:yaml.org,2002:map",resolve(e,t){return Ue(e)||t("Expected a mapping for this tag"),e},createNode:(e,t,r)=>j.from(e,t,r)};l();l();var le=class extends Sr{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(t){super(St,t),this.items=[]}add(t){this.items.push(t)}delete(t){let r=xi(t);return typeof r!="number"?!1:this.items.splice(r,1).length>0}get(t,r){let n=xi(t);if(typeof n!="number")return;let i=this.items[n];return!r&&k(i)?i.value:i}has(t){let r=xi(t);return typeof r=="number"&&r<this.items.length}set(t,r){let n=xi(t);if(typeof n!="number")throw new Error(`Expected a valid index, not ${t}.`);let i=this.items[n];k(i)&&Oi(r)?i.value=r:this.items[n]=r}toJSON(t,r){let n=[];r?.onCreate&&r.onCreate(n);let i=0;for(let s of this.items)n.push(Y(s,String(i++),r));return n}toString(t,r,n){return t?Pi(this,t,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(t.indent||"")+"  ",onChompKeep:n,onComment:r}):JSON.stringify(this)}static from(t,r,n){let{replacer:i}=n,s=new this(t);if(r&&Symbol.iterator in Object(r)){let o=0;for(let a of r){if(typeof i=="function"){let u=r instanceof Set?a:String(o++);a=i.call(r,u,a)}s.items.push(Nt(a,void 0,n))}}return s}};function xi(e){let t=k(e)?e.value:e;return t&&typeof t=="string"&&(t=Number(t)),typeof t=="number"&&Number.isInteger(t)&&t>=0?t:null}var Tr={collection:"seq",default:!0,nodeClass:le,tag:"tag:yaml.org,2002:seq",resolve(e,t){return Te(e)||t("Expected a sequence for this tag"),e},createNode:(e,t,r)=>le.from(e,t,r)};l();l();l();l();l();l();l();l();l();function V3(e){return typeof e=="bigint"||Number.isInteger(e)}var Bi=({value:e})=>JSON.stringify(e),dL=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:Bi},{identify:e=>e==null,createNode:()=>new L(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Bi},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:Bi},{identify:V3,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e,10),stringify:({value:e})=>V3(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\\\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:Bi}],mL={default:!0,tag:"",test:/^/,resolve(e,t){return t(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},hL=[Er,Tr].concat(dL,mL);l();l();l();function H3(e,t,r){let{replacer:n}=r,i=new le(e);i.tag="tag:yaml.org,2002:pairs";let s=0;if(t&&Symbol.iterator in Object(t))for(let o of t){typeof n=="function"&&(o=n.call(t,String(s++),o));let a,u;if(Array.isArray(o))if(o.length===2)a=o[0],u=o[1];else throw new TypeError(`Expected [key, value] tuple: ${o}`);else if(o&&o instanceof Object){let f=Object.keys(o);if(f.length===1)a=f[0],u=o[a];else throw new TypeError(`Expected tuple with one key, not ${f.length} keys`)}else a=o;i.items.push(Nr(a,u,r))}return i}var La=class e extends le{constructor(){super(),this.add=j.prototype.add.bind(this),this.delete=j.prototype.delete.bind(this),this.get=j.prototype.get.bind(this),this.has=j.prototype.has.bind(this),this.set=j.prototype.set.bind(this),this.tag=e.tag}toJSON(t,r){if(!r)return super.toJSON(t);let n=new Map;r?.onCreate&&r.onCreate(n);for(let i of this.items){let s,o;if(P(i)?(s=Y(i.key,"",r),o=Y(i.value,s,r)):s=Y(i,"",r),n.has(s))throw new Error("Ordered maps must not include duplicate keys");n.set(s,o)}return n}static from(t,r,n){let i=H3(t,r,n),s=new this;return s.items=i.items,s}};La.tag="tag:yaml.org,2002:omap";l();l();l();l();l();var Ca=class e extends j{constructor(t){super(t),this.tag=e.tag}add(t){let r;P(t)?r=t:t&&typeof t=="object"&&"key"in t&&"value"in t&&t.value===null?r=new J(t.key,null):r=new J(t,null),Tt(this.items,r.key)||this.items.push(r)}get(t,r){let n=Tt(this.items,t);return!r&&P(n)?k(n.key)?n.key.value:n.key:n}set(t,r){if(typeof r!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof r}`);let n=Tt(this.items,t);n&&!r?this.items.splice(this.items.indexOf(n),1):!n&&r&&this.items.push(new J(t))}toJSON(t,r){return super.toJSON(t,r,Set)}toString(t,r,n){if(!t)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},t,{allNullValues:!0}),r,n);throw new Error("Set items must all have null values")}static from(t,r,n){let{replacer:i}=n,s=new this(t);if(r&&Symbol.iterator in Object(r))for(let o of r)typeof i=="function"&&(o=i.call(r,o,o)),s.items.push(Nr(o,null,n));return s}};Ca.tag="tag:yaml.org,2002:set";l();function pL(e,t){let r=e[0],n=r==="-"||r==="+"?e.substring(1):e,i=o=>t?BigInt(o):Number(o),s=n.replace(/_/g,"").split(":").reduce((o,a)=>o*i(60)+i(a),i(0));return r==="-"?i(-1)*s:s}var Ra={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\\\\\\\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\\\\\\\.[0-9]+)?)(?:[ \\\\\\\\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let t=e.match(Ra.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,r,n,i,s,o,a]=t.map(Number),u=t[7]?Number((t[7]+"00").substr(1,3)):0,f=Date.UTC(r,n-1,i,s||0,o||0,a||0,u),d=t[8];if(d&&d!=="Z"){let c=pL(d,!1);Math.abs(c)<30&&(c*=60),f-=6e4*c}return new Date(f)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\\\\.000Z$/,"")??""};l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();l();var xa=Symbol("break visit"),TL=Symbol("skip children"),W3=Symbol("remove item");function Kt(e,t){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),K3(Object.freeze([]),e,t)}Kt.BREAK=xa;Kt.SKIP=TL;Kt.REMOVE=W3;Kt.itemAtPath=(e,t)=>{let r=e;for(let[n,i]of t){let s=r?.[n];if(s&&"items"in s)r=s.items[i];else return}return r};Kt.parentCollection=(e,t)=>{let r=Kt.itemAtPath(e,t.slice(0,-1)),n=t[t.length-1][0],i=r?.[n];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function K3(e,t,r){let n=r(t,e);if(typeof n=="symbol")return n;for(let i of["key","value"]){let s=t[i];if(s&&"items"in s){for(let o=0;o<s.items.length;++o){let a=K3(Object.freeze(e.concat([[i,o]])),s.items[o],r);if(typeof a=="number")o=a-1;else{if(a===xa)return xa;a===W3&&(s.items.splice(o,1),o-=1)}}typeof n=="function"&&i==="key"&&(n=n(t,e))}}return typeof n=="function"?n(t,e):n}l();var Aee=new Set("0123456789ABCDEFabcdef"),See=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*\\\'()"),Iee=new Set(",[]{}"),Nee=new Set(` ,[]{}\\n\\\\r	`);l();l();l();l();l();l();l();var FL=[["   ","-"],["  ","-"],[" ","-"],["(",""],[")",""],["β","beta"],["command-r+","command-r-plus"],["dbrx-inst","dbrx-instruct"],["-hf",""],["-","_"],["llama_3","llama3"],["ul2","flan-ul2"]],kL=[["meta_",""],[".","_"],["v01","v0_1"],["v02","v0_2"],["v03","v0_3"]];var Q3=(e,t)=>t.reduce((r,[n,i])=>r.replaceAll(n,i),e),PL=e=>e.trim().toLowerCase();function X3(e){let r=Q3(PL(e),FL).split("/").at(-1)??"";return Q3(r,kL)}function Da(e){let t=$i.get(e);if(t!==void 0)return t;let r=e.replace(/[\\\\p{Cc}\\\\p{Cf}]/gu,n=>/\\\\s/u.test(n)?" ":"").normalize("NFKC").trim().toLowerCase().replace(/[\\\\s_.-]+/gu,"-").replace(/^-+|-+$/g,"");return $i.size>=xL&&$i.clear(),$i.set(e,r),r}var xL=1e5,$i=new Map,Vte=Object.freeze({models:new Map,aliases:new Map});function z3(e,t,r="standard"){let n=Da(t);return e.aliases.get(n)??(r==="benchbench"?X3(t):n)}var Z3=e=>new Set(e.split(/[^\\\\p{L}\\\\p{N}]+/u).filter(Boolean));function e6(e){let t=[...new Set(e)],r=new Array(t.length),n=i=>{let s=r[i];if(!s){let o=Da(t[i]);r[i]=s={name:t[i],n:o,tokens:Z3(o)}}return s};return(i,s=3,{skip:o,budget:a}={})=>{let u=Da(i),f=Z3(u),d=[],[c,p]=o??[0,0];for(let h=0;h<t.length&&(h===c&&p>c&&(h=p),!(h>=t.length));h++){let y=n(h);if(a&&!a.spend(u.length*y.n.length+f.size+1))return[];let v=0;for(let b of f)y.tokens.has(b)&&v++;let _=_a(u,y.n)/Math.max(u.length,y.n.length,1)-.5*v/Math.max(Math.min(f.size,y.tokens.size),1);_<=.5&&d.push({name:y.name,score:_})}return d.sort((h,y)=>h.score-y.score||(h.name<y.name?-1:h.name>y.name?1:0)).slice(0,s).map(h=>h.name)}}l();l();var DL=new TextEncoder;function t6(e){let t=new Uint8Array(e.length),{read:r,written:n}=DL.encodeInto(e,t);if(r===e.length&&n===e.length)return t;let i=new Uint16Array(e.length);for(let s=0;s<e.length;s++)i[s]=e.charCodeAt(s);return i}l();l();var BL=/[\\\\u00AD\\\\u034F\\\\u061C\\\\u115F\\\\u1160\\\\u17B4\\\\u17B5\\\\u180B-\\\\u180F\\\\u200B-\\\\u200F\\\\u202A-\\\\u202E\\\\u2060-\\\\u206F\\\\u3164\\\\uFE00-\\\\uFE0F\\\\uFEFF\\\\uFFA0\\\\uFFF0-\\\\uFFFB]|\\\\uDB40[\\\\uDC00-\\\\uDDEF]/,UL={173:"SOFT HYPHEN",847:"COMBINING GRAPHEME JOINER",1564:"ARABIC LETTER MARK",8203:"ZERO WIDTH SPACE",8204:"ZERO WIDTH NON-JOINER",8205:"ZERO WIDTH JOINER",8206:"LEFT-TO-RIGHT MARK",8207:"RIGHT-TO-LEFT MARK",8234:"LEFT-TO-RIGHT EMBEDDING",8235:"RIGHT-TO-LEFT EMBEDDING",8236:"POP DIRECTIONAL FORMATTING",8237:"LEFT-TO-RIGHT OVERRIDE",8238:"RIGHT-TO-LEFT OVERRIDE",8288:"WORD JOINER",8294:"LEFT-TO-RIGHT ISOLATE",8295:"RIGHT-TO-LEFT ISOLATE",8296:"FIRST STRONG ISOLATE",8297:"POP DIRECTIONAL ISOLATE",65279:"ZERO WIDTH NO-BREAK SPACE"};function r6(e){let t=BL.exec(e);if(!t)return;let r=t[0].codePointAt(0),n=1;for(let o=0;o<t.index;o++){let a=e.charCodeAt(o);a>=56320&&a<=57343&&o>0&&e.charCodeAt(o-1)>=55296&&e.charCodeAt(o-1)<=56319||n++}let i=r.toString(16).toUpperCase().padStart(4,"0"),s=r>=917504&&r<=917631?"TAG CHARACTER":UL[r];return{position:n,label:`U+${i}${s?` ${s}`:""}`}}l();function Ot(e,t){let r=new e.constructor(Math.max(t,e.length));return r.set(e),r}l();function Gi(e){return e.length<13?e:e.split("").join("")}function $L(e,t,r){let n=Ba;for(let i=t;i<r;i++)n=Ua(n,e[i]);return $a(n)}var Ba=2166136261,Ua=(e,t)=>Math.imul(e^t,16777619),$a=e=>e&1073741823,Vi=class{constructor(){M(this,"written",[]);M(this,"file",0);M(this,"stamp",new Int32Array(256));M(this,"indexIn",new Int32Array(256));M(this,"invisible",new Uint8Array(256));M(this,"next",new Int32Array(256));M(this,"hashes",new Int32Array(256));M(this,"pool",new Uint16Array(4096));M(this,"from",new Int32Array(257));M(this,"slots",new Int32Array(1024));M(this,"scratch",new Uint16Array(64))}startFile(){this.file++}indexInFile(t){return this.stamp[t]===this.file?this.indexIn[t]:void 0}setIndexInFile(t,r){this.stamp[t]=this.file,this.indexIn[t]=r}holdsInvisible(t){return this.invisible[t]===0&&(this.invisible[t]=r6(this.written[t])?1:2),this.invisible[t]===1}numberOf(t,r=-1){this.scratch.length<t.length&&(this.scratch=new Uint16Array(2*t.length));let n=this.scratch;for(let i=0;i<t.length;i++)n[i]=t.charCodeAt(i);return this.numberAt(n,0,t.length,t,r)}numberAt(t,r,n,i,s=-1,o=$L(t,r,n)){let a=s>=0?this.next[s]-1:-1;for(let c=0;a>=0&&c<3;c++){if(this.hashes[a]===o&&this.sameUnits(a,t,r,n))return c>0&&(this.next[s]=a+1),a;a=this.next[a]-1}let u=this.slots.length-1,f=o&u,d;for(;;){let c=this.slots[f]-1;if(c<0){d=this.add(i.slice(r,n),t,r,n,o,f);break}if(this.hashes[c]===o&&this.sameUnits(c,t,r,n)){d=c;break}f=f+1&u}return s>=0&&(this.next[s]=d+1),d}sameUnits(t,r,n,i){let s=this.from[t];if(this.from[t+1]-s!==i-n)return!1;let{pool:o}=this;for(let a=n;a<i;a++)if(o[s+a-n]!==r[a])return!1;return!0}add(t,r,n,i,s,o){let a=this.written.length;a+1===this.stamp.length&&this.growColumns(),this.written.push(Gi(t)),this.hashes[a]=s;let u=this.from[a];return u+i-n>this.pool.length&&(this.pool=Ot(this.pool,2*(u+i-n))),this.pool.set(r.subarray(n,i),u),this.from[a+1]=u+i-n,this.slots[o]=a+1,2*this.written.length>this.slots.length&&this.rehash(),a}growColumns(){let t=2*this.stamp.length;this.stamp=Ot(this.stamp,t),this.indexIn=Ot(this.indexIn,t),this.invisible=Ot(this.invisible,t),this.next=Ot(this.next,t),this.hashes=Ot(this.hashes,t),this.from=Ot(this.from,t+1)}rehash(){this.slots=new Int32Array(2*this.slots.length);let t=this.slots.length-1;for(let r=0;r<this.written.length;r++){let n=this.hashes[r]&t;for(;this.slots[n]!==0;)n=n+1&t;this.slots[n]=r+1}}};l();l();var n6=typeof global<"u"?global:typeof self<"u"?self:typeof window<"u"?window:{},Ge=[],Ae=[],GL=typeof Uint8Array<"u"?Uint8Array:Array,Ya=!1;function l6(){Ya=!0;for(var e="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",t=0,r=e.length;t<r;++t)Ge[t]=e[t],Ae[e.charCodeAt(t)]=t;Ae[45]=62,Ae[95]=63}function VL(e){Ya||l6();var t,r,n,i,s,o,a=e.length;if(a%4>0)throw new Error("Invalid string. Length must be a multiple of 4");s=e[a-2]==="="?2:e[a-1]==="="?1:0,o=new GL(a*3/4-s),n=s>0?a-4:a;var u=0;for(t=0,r=0;t<n;t+=4,r+=3)i=Ae[e.charCodeAt(t)]<<18|Ae[e.charCodeAt(t+1)]<<12|Ae[e.charCodeAt(t+2)]<<6|Ae[e.charCodeAt(t+3)],o[u++]=i>>16&255,o[u++]=i>>8&255,o[u++]=i&255;return s===2?(i=Ae[e.charCodeAt(t)]<<2|Ae[e.charCodeAt(t+1)]>>4,o[u++]=i&255):s===1&&(i=Ae[e.charCodeAt(t)]<<10|Ae[e.charCodeAt(t+1)]<<4|Ae[e.charCodeAt(t+2)]>>2,o[u++]=i>>8&255,o[u++]=i&255),o}function HL(e){return Ge[e>>18&63]+Ge[e>>12&63]+Ge[e>>6&63]+Ge[e&63]}function YL(e,t,r){for(var n,i=[],s=t;s<r;s+=3)n=(e[s]<<16)+(e[s+1]<<8)+e[s+2],i.push(HL(n));return i.join("")}function i6(e){Ya||l6();for(var t,r=e.length,n=r%3,i="",s=[],o=16383,a=0,u=r-n;a<u;a+=o)s.push(YL(e,a,a+o>u?u:a+o));return n===1?(t=e[r-1],i+=Ge[t>>2],i+=Ge[t<<4&63],i+="=="):n===2&&(t=(e[r-2]<<8)+e[r-1],i+=Ge[t>>10],i+=Ge[t>>4&63],i+=Ge[t<<2&63],i+="="),s.push(i),s.join("")}function Wi(e,t,r,n,i){var s,o,a=i*8-n-1,u=(1<<a)-1,f=u>>1,d=-7,c=r?i-1:0,p=r?-1:1,h=e[t+c];for(c+=p,s=h&(1<<-d)-1,h>>=-d,d+=a;d>0;s=s*256+e[t+c],c+=p,d-=8);for(o=s&(1<<-d)-1,s>>=-d,d+=n;d>0;o=o*256+e[t+c],c+=p,d-=8);if(s===0)s=1-f;else{if(s===u)return o?NaN:(h?-1:1)*(1/0);o=o+Math.pow(2,n),s=s-f}return(h?-1:1)*o*Math.pow(2,s-n)}function u6(e,t,r,n,i,s){var o,a,u,f=s*8-i-1,d=(1<<f)-1,c=d>>1,p=i===23?Math.pow(2,-24)-Math.pow(2,-77):0,h=n?0:s-1,y=n?1:-1,v=t<0||t===0&&1/t<0?1:0;for(t=Math.abs(t),isNaN(t)||t===1/0?(a=isNaN(t)?1:0,o=d):(o=Math.floor(Math.log(t)/Math.LN2),t*(u=Math.pow(2,-o))<1&&(o--,u*=2),o+c>=1?t+=p/u:t+=p*Math.pow(2,1-c),t*u>=2&&(o++,u/=2),o+c>=d?(a=0,o=d):o+c>=1?(a=(t*u-1)*Math.pow(2,i),o=o+c):(a=t*Math.pow(2,c-1)*Math.pow(2,i),o=0));i>=8;e[r+h]=a&255,h+=y,a/=256,i-=8);for(o=o<<i|a,f+=i;f>0;e[r+h]=o&255,h+=y,o/=256,f-=8);e[r+h-y]|=v*128}var jL={}.toString,f6=Array.isArray||function(e){return jL.call(e)=="[object Array]"},WL=50;S.TYPED_ARRAY_SUPPORT=n6.TYPED_ARRAY_SUPPORT!==void 0?n6.TYPED_ARRAY_SUPPORT:!0;Hi();function Hi(){return S.TYPED_ARRAY_SUPPORT?2147483647:1073741823}function nt(e,t){if(Hi()<t)throw new RangeError("Invalid typed array length");return S.TYPED_ARRAY_SUPPORT?(e=new Uint8Array(t),e.__proto__=S.prototype):(e===null&&(e=new S(t)),e.length=t),e}function S(e,t,r){if(!S.TYPED_ARRAY_SUPPORT&&!(this instanceof S))return new S(e,t,r);if(typeof e=="number"){if(typeof t=="string")throw new Error("If encoding is specified then the first argument must be a string");return ja(this,e)}return c6(this,e,t,r)}S.poolSize=8192;S._augment=function(e){return e.__proto__=S.prototype,e};function c6(e,t,r,n){if(typeof t=="number")throw new TypeError(\\\'"value" argument must not be a number\\\');return typeof ArrayBuffer<"u"&&t instanceof ArrayBuffer?QL(e,t,r,n):typeof t=="string"?JL(e,t,r):XL(e,t)}S.from=function(e,t,r){return c6(null,e,t,r)};S.TYPED_ARRAY_SUPPORT&&(S.prototype.__proto__=Uint8Array.prototype,S.__proto__=Uint8Array,typeof Symbol<"u"&&Symbol.species&&S[Symbol.species]);function d6(e){if(typeof e!="number")throw new TypeError(\\\'"size" argument must be a number\\\');if(e<0)throw new RangeError(\\\'"size" argument must not be negative\\\')}function KL(e,t,r,n){return d6(t),t<=0?nt(e,t):r!==void 0?typeof n=="string"?nt(e,t).fill(r,n):nt(e,t).fill(r):nt(e,t)}S.alloc=function(e,t,r){return KL(null,e,t,r)};function ja(e,t){if(d6(t),e=nt(e,t<0?0:Wa(t)|0),!S.TYPED_ARRAY_SUPPORT)for(var r=0;r<t;++r)e[r]=0;return e}S.allocUnsafe=function(e){return ja(null,e)};S.allocUnsafeSlow=function(e){return ja(null,e)};function JL(e,t,r){if((typeof r!="string"||r==="")&&(r="utf8"),!S.isEncoding(r))throw new TypeError(\\\'"encoding" must be a valid string encoding\\\');var n=m6(t,r)|0;e=nt(e,n);var i=e.write(t,r);return i!==n&&(e=e.slice(0,i)),e}function Ga(e,t){var r=t.length<0?0:Wa(t.length)|0;e=nt(e,r);for(var n=0;n<r;n+=1)e[n]=t[n]&255;return e}function QL(e,t,r,n){if(t.byteLength,r<0||t.byteLength<r)throw new RangeError("\\\'offset\\\' is out of bounds");if(t.byteLength<r+(n||0))throw new RangeError("\\\'length\\\' is out of bounds");return r===void 0&&n===void 0?t=new Uint8Array(t):n===void 0?t=new Uint8Array(t,r):t=new Uint8Array(t,r,n),S.TYPED_ARRAY_SUPPORT?(e=t,e.__proto__=S.prototype):e=Ga(e,t),e}function XL(e,t){if(Ve(t)){var r=Wa(t.length)|0;return e=nt(e,r),e.length===0||t.copy(e,0,0,r),e}if(t){if(typeof ArrayBuffer<"u"&&t.buffer instanceof ArrayBuffer||"length"in t)return typeof t.length!="number"||gC(t.length)?nt(e,0):Ga(e,t);if(t.type==="Buffer"&&f6(t.data))return Ga(e,t.data)}throw new TypeError("First argument must be a string, Buffer, ArrayBuffer, Array, or array-like object.")}function Wa(e){if(e>=Hi())throw new RangeError("Attempt to allocate Buffer larger than maximum size: 0x"+Hi().toString(16)+" bytes");return e|0}S.isBuffer=de;function Ve(e){return!!(e!=null&&e._isBuffer)}S.compare=function(t,r){if(!Ve(t)||!Ve(r))throw new TypeError("Arguments must be Buffers");if(t===r)return 0;for(var n=t.length,i=r.length,s=0,o=Math.min(n,i);s<o;++s)if(t[s]!==r[s]){n=t[s],i=r[s];break}return n<i?-1:i<n?1:0};S.isEncoding=function(t){switch(String(t).toLowerCase()){case"hex":case"utf8":case"utf-8":case"ascii":case"latin1":case"binary":case"base64":case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return!0;default:return!1}};S.concat=function(t,r){if(!f6(t))throw new TypeError(\\\'"list" argument must be an Array of Buffers\\\');if(t.length===0)return S.alloc(0);var n;if(r===void 0)for(r=0,n=0;n<t.length;++n)r+=t[n].length;var i=S.allocUnsafe(r),s=0;for(n=0;n<t.length;++n){var o=t[n];if(!Ve(o))throw new TypeError(\\\'"list" argument must be an Array of Buffers\\\');o.copy(i,s),s+=o.length}return i};function m6(e,t){if(Ve(e))return e.length;if(typeof ArrayBuffer<"u"&&typeof ArrayBuffer.isView=="function"&&(ArrayBuffer.isView(e)||e instanceof ArrayBuffer))return e.byteLength;typeof e!="string"&&(e=""+e);var r=e.length;if(r===0)return 0;for(var n=!1;;)switch(t){case"ascii":case"latin1":case"binary":return r;case"utf8":case"utf-8":case void 0:return Yi(e).length;case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return r*2;case"hex":return r>>>1;case"base64":return _6(e).length;default:if(n)return Yi(e).length;t=(""+t).toLowerCase(),n=!0}}S.byteLength=m6;function ZL(e,t,r){var n=!1;if((t===void 0||t<0)&&(t=0),t>this.length||((r===void 0||r>this.length)&&(r=this.length),r<=0)||(r>>>=0,t>>>=0,r<=t))return"";for(e||(e="utf8");;)switch(e){case"hex":return lC(this,t,r);case"utf8":case"utf-8":return g6(this,t,r);case"ascii":return oC(this,t,r);case"latin1":case"binary":return aC(this,t,r);case"base64":return iC(this,t,r);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return uC(this,t,r);default:if(n)throw new TypeError("Unknown encoding: "+e);e=(e+"").toLowerCase(),n=!0}}S.prototype._isBuffer=!0;function Jt(e,t,r){var n=e[t];e[t]=e[r],e[r]=n}S.prototype.swap16=function(){var t=this.length;if(t%2!==0)throw new RangeError("Buffer size must be a multiple of 16-bits");for(var r=0;r<t;r+=2)Jt(this,r,r+1);return this};S.prototype.swap32=function(){var t=this.length;if(t%4!==0)throw new RangeError("Buffer size must be a multiple of 32-bits");for(var r=0;r<t;r+=4)Jt(this,r,r+3),Jt(this,r+1,r+2);return this};S.prototype.swap64=function(){var t=this.length;if(t%8!==0)throw new RangeError("Buffer size must be a multiple of 64-bits");for(var r=0;r<t;r+=8)Jt(this,r,r+7),Jt(this,r+1,r+6),Jt(this,r+2,r+5),Jt(this,r+3,r+4);return this};S.prototype.toString=function(){var t=this.length|0;return t===0?"":arguments.length===0?g6(this,0,t):ZL.apply(this,arguments)};S.prototype.equals=function(t){if(!Ve(t))throw new TypeError("Argument must be a Buffer");return this===t?!0:S.compare(this,t)===0};S.prototype.inspect=function(){var t="",r=WL;return this.length>0&&(t=this.toString("hex",0,r).match(/.{2}/g).join(" "),this.length>r&&(t+=" ... ")),"<Buffer "+t+">"};S.prototype.compare=function(t,r,n,i,s){if(!Ve(t))throw new TypeError("Argument must be a Buffer");if(r===void 0&&(r=0),n===void 0&&(n=t?t.length:0),i===void 0&&(i=0),s===void 0&&(s=this.length),r<0||n>t.length||i<0||s>this.length)throw new RangeError("out of range index");if(i>=s&&r>=n)return 0;if(i>=s)return-1;if(r>=n)return 1;if(r>>>=0,n>>>=0,i>>>=0,s>>>=0,this===t)return 0;for(var o=s-i,a=n-r,u=Math.min(o,a),f=this.slice(i,s),d=t.slice(r,n),c=0;c<u;++c)if(f[c]!==d[c]){o=f[c],a=d[c];break}return o<a?-1:a<o?1:0};function h6(e,t,r,n,i){if(e.length===0)return-1;if(typeof r=="string"?(n=r,r=0):r>2147483647?r=2147483647:r<-2147483648&&(r=-2147483648),r=+r,isNaN(r)&&(r=i?0:e.length-1),r<0&&(r=e.length+r),r>=e.length){if(i)return-1;r=e.length-1}else if(r<0)if(i)r=0;else return-1;if(typeof t=="string"&&(t=S.from(t,n)),Ve(t))return t.length===0?-1:s6(e,t,r,n,i);if(typeof t=="number")return t=t&255,S.TYPED_ARRAY_SUPPORT&&typeof Uint8Array.prototype.indexOf=="function"?i?Uint8Array.prototype.indexOf.call(e,t,r):Uint8Array.prototype.lastIndexOf.call(e,t,r):s6(e,[t],r,n,i);throw new TypeError("val must be string, number or Buffer")}function s6(e,t,r,n,i){var s=1,o=e.length,a=t.length;if(n!==void 0&&(n=String(n).toLowerCase(),n==="ucs2"||n==="ucs-2"||n==="utf16le"||n==="utf-16le")){if(e.length<2||t.length<2)return-1;s=2,o/=2,a/=2,r/=2}function u(h,y){return s===1?h[y]:h.readUInt16BE(y*s)}var f;if(i){var d=-1;for(f=r;f<o;f++)if(u(e,f)===u(t,d===-1?0:f-d)){if(d===-1&&(d=f),f-d+1===a)return d*s}else d!==-1&&(f-=f-d),d=-1}else for(r+a>o&&(r=o-a),f=r;f>=0;f--){for(var c=!0,p=0;p<a;p++)if(u(e,f+p)!==u(t,p)){c=!1;break}if(c)return f}return-1}S.prototype.includes=function(t,r,n){return this.indexOf(t,r,n)!==-1};S.prototype.indexOf=function(t,r,n){return h6(this,t,r,n,!0)};S.prototype.lastIndexOf=function(t,r,n){return h6(this,t,r,n,!1)};function zL(e,t,r,n){r=Number(r)||0;var i=e.length-r;n?(n=Number(n),n>i&&(n=i)):n=i;var s=t.length;if(s%2!==0)throw new TypeError("Invalid hex string");n>s/2&&(n=s/2);for(var o=0;o<n;++o){var a=parseInt(t.substr(o*2,2),16);if(isNaN(a))return o;e[r+o]=a}return o}function eC(e,t,r,n){return Qi(Yi(t,e.length-r),e,r,n)}function p6(e,t,r,n){return Qi(hC(t),e,r,n)}function tC(e,t,r,n){return p6(e,t,r,n)}function rC(e,t,r,n){return Qi(_6(t),e,r,n)}function nC(e,t,r,n){return Qi(pC(t,e.length-r),e,r,n)}S.prototype.write=function(t,r,n,i){if(r===void 0)i="utf8",n=this.length,r=0;else if(n===void 0&&typeof r=="string")i=r,n=this.length,r=0;else if(isFinite(r))r=r|0,isFinite(n)?(n=n|0,i===void 0&&(i="utf8")):(i=n,n=void 0);else throw new Error("Buffer.write(string, encoding, offset[, length]) is no longer supported");var s=this.length-r;if((n===void 0||n>s)&&(n=s),t.length>0&&(n<0||r<0)||r>this.length)throw new RangeError("Attempt to write outside buffer bounds");i||(i="utf8");for(var o=!1;;)switch(i){case"hex":return zL(this,t,r,n);case"utf8":case"utf-8":return eC(this,t,r,n);case"ascii":return p6(this,t,r,n);case"latin1":case"binary":return tC(this,t,r,n);case"base64":return rC(this,t,r,n);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return nC(this,t,r,n);default:if(o)throw new TypeError("Unknown encoding: "+i);i=(""+i).toLowerCase(),o=!0}};S.prototype.toJSON=function(){return{type:"Buffer",data:Array.prototype.slice.call(this._arr||this,0)}};function iC(e,t,r){return t===0&&r===e.length?i6(e):i6(e.slice(t,r))}function g6(e,t,r){r=Math.min(e.length,r);for(var n=[],i=t;i<r;){var s=e[i],o=null,a=s>239?4:s>223?3:s>191?2:1;if(i+a<=r){var u,f,d,c;switch(a){case 1:s<128&&(o=s);break;case 2:u=e[i+1],(u&192)===128&&(c=(s&31)<<6|u&63,c>127&&(o=c));break;case 3:u=e[i+1],f=e[i+2],(u&192)===128&&(f&192)===128&&(c=(s&15)<<12|(u&63)<<6|f&63,c>2047&&(c<55296||c>57343)&&(o=c));break;case 4:u=e[i+1],f=e[i+2],d=e[i+3],(u&192)===128&&(f&192)===128&&(d&192)===128&&(c=(s&15)<<18|(u&63)<<12|(f&63)<<6|d&63,c>65535&&c<1114112&&(o=c))}}o===null?(o=65533,a=1):o>65535&&(o-=65536,n.push(o>>>10&1023|55296),o=56320|o&1023),n.push(o),i+=a}return sC(n)}var o6=4096;function sC(e){var t=e.length;if(t<=o6)return String.fromCharCode.apply(String,e);for(var r="",n=0;n<t;)r+=String.fromCharCode.apply(String,e.slice(n,n+=o6));return r}function oC(e,t,r){var n="";r=Math.min(e.length,r);for(var i=t;i<r;++i)n+=String.fromCharCode(e[i]&127);return n}function aC(e,t,r){var n="";r=Math.min(e.length,r);for(var i=t;i<r;++i)n+=String.fromCharCode(e[i]);return n}function lC(e,t,r){var n=e.length;(!t||t<0)&&(t=0),(!r||r<0||r>n)&&(r=n);for(var i="",s=t;s<r;++s)i+=mC(e[s]);return i}function uC(e,t,r){for(var n=e.slice(t,r),i="",s=0;s<n.length;s+=2)i+=String.fromCharCode(n[s]+n[s+1]*256);return i}S.prototype.slice=function(t,r){var n=this.length;t=~~t,r=r===void 0?n:~~r,t<0?(t+=n,t<0&&(t=0)):t>n&&(t=n),r<0?(r+=n,r<0&&(r=0)):r>n&&(r=n),r<t&&(r=t);var i;if(S.TYPED_ARRAY_SUPPORT)i=this.subarray(t,r),i.__proto__=S.prototype;else{var s=r-t;i=new S(s,void 0);for(var o=0;o<s;++o)i[o]=this[o+t]}return i};function W(e,t,r){if(e%1!==0||e<0)throw new RangeError("offset is not uint");if(e+t>r)throw new RangeError("Trying to access beyond buffer length")}S.prototype.readUIntLE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=this[t],s=1,o=0;++o<r&&(s*=256);)i+=this[t+o]*s;return i};S.prototype.readUIntBE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=this[t+--r],s=1;r>0&&(s*=256);)i+=this[t+--r]*s;return i};S.prototype.readUInt8=function(t,r){return r||W(t,1,this.length),this[t]};S.prototype.readUInt16LE=function(t,r){return r||W(t,2,this.length),this[t]|this[t+1]<<8};S.prototype.readUInt16BE=function(t,r){return r||W(t,2,this.length),this[t]<<8|this[t+1]};S.prototype.readUInt32LE=function(t,r){return r||W(t,4,this.length),(this[t]|this[t+1]<<8|this[t+2]<<16)+this[t+3]*16777216};S.prototype.readUInt32BE=function(t,r){return r||W(t,4,this.length),this[t]*16777216+(this[t+1]<<16|this[t+2]<<8|this[t+3])};S.prototype.readIntLE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=this[t],s=1,o=0;++o<r&&(s*=256);)i+=this[t+o]*s;return s*=128,i>=s&&(i-=Math.pow(2,8*r)),i};S.prototype.readIntBE=function(t,r,n){t=t|0,r=r|0,n||W(t,r,this.length);for(var i=r,s=1,o=this[t+--i];i>0&&(s*=256);)o+=this[t+--i]*s;return s*=128,o>=s&&(o-=Math.pow(2,8*r)),o};S.prototype.readInt8=function(t,r){return r||W(t,1,this.length),this[t]&128?(255-this[t]+1)*-1:this[t]};S.prototype.readInt16LE=function(t,r){r||W(t,2,this.length);var n=this[t]|this[t+1]<<8;return n&32768?n|4294901760:n};S.prototype.readInt16BE=function(t,r){r||W(t,2,this.length);var n=this[t+1]|this[t]<<8;return n&32768?n|4294901760:n};S.prototype.readInt32LE=function(t,r){return r||W(t,4,this.length),this[t]|this[t+1]<<8|this[t+2]<<16|this[t+3]<<24};S.prototype.readInt32BE=function(t,r){return r||W(t,4,this.length),this[t]<<24|this[t+1]<<16|this[t+2]<<8|this[t+3]};S.prototype.readFloatLE=function(t,r){return r||W(t,4,this.length),Wi(this,t,!0,23,4)};S.prototype.readFloatBE=function(t,r){return r||W(t,4,this.length),Wi(this,t,!1,23,4)};S.prototype.readDoubleLE=function(t,r){return r||W(t,8,this.length),Wi(this,t,!0,52,8)};S.prototype.readDoubleBE=function(t,r){return r||W(t,8,this.length),Wi(this,t,!1,52,8)};function ue(e,t,r,n,i,s){if(!Ve(e))throw new TypeError(\\\'"buffer" argument must be a Buffer instance\\\');if(t>i||t<s)throw new RangeError(\\\'"value" argument is out of bounds\\\');if(r+n>e.length)throw new RangeError("Index out of range")}S.prototype.writeUIntLE=function(t,r,n,i){if(t=+t,r=r|0,n=n|0,!i){var s=Math.pow(2,8*n)-1;ue(this,t,r,n,s,0)}var o=1,a=0;for(this[r]=t&255;++a<n&&(o*=256);)this[r+a]=t/o&255;return r+n};S.prototype.writeUIntBE=function(t,r,n,i){if(t=+t,r=r|0,n=n|0,!i){var s=Math.pow(2,8*n)-1;ue(this,t,r,n,s,0)}var o=n-1,a=1;for(this[r+o]=t&255;--o>=0&&(a*=256);)this[r+o]=t/a&255;return r+n};S.prototype.writeUInt8=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,1,255,0),S.TYPED_ARRAY_SUPPORT||(t=Math.floor(t)),this[r]=t&255,r+1};function Ki(e,t,r,n){t<0&&(t=65535+t+1);for(var i=0,s=Math.min(e.length-r,2);i<s;++i)e[r+i]=(t&255<<8*(n?i:1-i))>>>(n?i:1-i)*8}S.prototype.writeUInt16LE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,2,65535,0),S.TYPED_ARRAY_SUPPORT?(this[r]=t&255,this[r+1]=t>>>8):Ki(this,t,r,!0),r+2};S.prototype.writeUInt16BE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,2,65535,0),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>8,this[r+1]=t&255):Ki(this,t,r,!1),r+2};function Ji(e,t,r,n){t<0&&(t=4294967295+t+1);for(var i=0,s=Math.min(e.length-r,4);i<s;++i)e[r+i]=t>>>(n?i:3-i)*8&255}S.prototype.writeUInt32LE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,4,4294967295,0),S.TYPED_ARRAY_SUPPORT?(this[r+3]=t>>>24,this[r+2]=t>>>16,this[r+1]=t>>>8,this[r]=t&255):Ji(this,t,r,!0),r+4};S.prototype.writeUInt32BE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,4,4294967295,0),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>24,this[r+1]=t>>>16,this[r+2]=t>>>8,this[r+3]=t&255):Ji(this,t,r,!1),r+4};S.prototype.writeIntLE=function(t,r,n,i){if(t=+t,r=r|0,!i){var s=Math.pow(2,8*n-1);ue(this,t,r,n,s-1,-s)}var o=0,a=1,u=0;for(this[r]=t&255;++o<n&&(a*=256);)t<0&&u===0&&this[r+o-1]!==0&&(u=1),this[r+o]=(t/a>>0)-u&255;return r+n};S.prototype.writeIntBE=function(t,r,n,i){if(t=+t,r=r|0,!i){var s=Math.pow(2,8*n-1);ue(this,t,r,n,s-1,-s)}var o=n-1,a=1,u=0;for(this[r+o]=t&255;--o>=0&&(a*=256);)t<0&&u===0&&this[r+o+1]!==0&&(u=1),this[r+o]=(t/a>>0)-u&255;return r+n};S.prototype.writeInt8=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,1,127,-128),S.TYPED_ARRAY_SUPPORT||(t=Math.floor(t)),t<0&&(t=255+t+1),this[r]=t&255,r+1};S.prototype.writeInt16LE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,2,32767,-32768),S.TYPED_ARRAY_SUPPORT?(this[r]=t&255,this[r+1]=t>>>8):Ki(this,t,r,!0),r+2};S.prototype.writeInt16BE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,2,32767,-32768),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>8,this[r+1]=t&255):Ki(this,t,r,!1),r+2};S.prototype.writeInt32LE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,4,2147483647,-2147483648),S.TYPED_ARRAY_SUPPORT?(this[r]=t&255,this[r+1]=t>>>8,this[r+2]=t>>>16,this[r+3]=t>>>24):Ji(this,t,r,!0),r+4};S.prototype.writeInt32BE=function(t,r,n){return t=+t,r=r|0,n||ue(this,t,r,4,2147483647,-2147483648),t<0&&(t=4294967295+t+1),S.TYPED_ARRAY_SUPPORT?(this[r]=t>>>24,this[r+1]=t>>>16,this[r+2]=t>>>8,this[r+3]=t&255):Ji(this,t,r,!1),r+4};function y6(e,t,r,n,i,s){if(r+n>e.length)throw new RangeError("Index out of range");if(r<0)throw new RangeError("Index out of range")}function v6(e,t,r,n,i){return i||y6(e,t,r,4),u6(e,t,r,n,23,4),r+4}S.prototype.writeFloatLE=function(t,r,n){return v6(this,t,r,!0,n)};S.prototype.writeFloatBE=function(t,r,n){return v6(this,t,r,!1,n)};function w6(e,t,r,n,i){return i||y6(e,t,r,8),u6(e,t,r,n,52,8),r+8}S.prototype.writeDoubleLE=function(t,r,n){return w6(this,t,r,!0,n)};S.prototype.writeDoubleBE=function(t,r,n){return w6(this,t,r,!1,n)};S.prototype.copy=function(t,r,n,i){if(n||(n=0),!i&&i!==0&&(i=this.length),r>=t.length&&(r=t.length),r||(r=0),i>0&&i<n&&(i=n),i===n||t.length===0||this.length===0)return 0;if(r<0)throw new RangeError("targetStart out of bounds");if(n<0||n>=this.length)throw new RangeError("sourceStart out of bounds");if(i<0)throw new RangeError("sourceEnd out of bounds");i>this.length&&(i=this.length),t.length-r<i-n&&(i=t.length-r+n);var s=i-n,o;if(this===t&&n<r&&r<i)for(o=s-1;o>=0;--o)t[o+r]=this[o+n];else if(s<1e3||!S.TYPED_ARRAY_SUPPORT)for(o=0;o<s;++o)t[o+r]=this[o+n];else Uint8Array.prototype.set.call(t,this.subarray(n,n+s),r);return s};S.prototype.fill=function(t,r,n,i){if(typeof t=="string"){if(typeof r=="string"?(i=r,r=0,n=this.length):typeof n=="string"&&(i=n,n=this.length),t.length===1){var s=t.charCodeAt(0);s<256&&(t=s)}if(i!==void 0&&typeof i!="string")throw new TypeError("encoding must be a string");if(typeof i=="string"&&!S.isEncoding(i))throw new TypeError("Unknown encoding: "+i)}else typeof t=="number"&&(t=t&255);if(r<0||this.length<r||this.length<n)throw new RangeError("Out of range index");if(n<=r)return this;r=r>>>0,n=n===void 0?this.length:n>>>0,t||(t=0);var o;if(typeof t=="number")for(o=r;o<n;++o)this[o]=t;else{var a=Ve(t)?t:Yi(new S(t,i).toString()),u=a.length;for(o=0;o<n-r;++o)this[o+r]=a[o%u]}return this};var fC=/[^+\\\\/0-9A-Za-z-_]/g;function cC(e){if(e=dC(e).replace(fC,""),e.length<2)return"";for(;e.length%4!==0;)e=e+"=";return e}function dC(e){return e.trim?e.trim():e.replace(/^\\\\s+|\\\\s+$/g,"")}function mC(e){return e<16?"0"+e.toString(16):e.toString(16)}function Yi(e,t){t=t||1/0;for(var r,n=e.length,i=null,s=[],o=0;o<n;++o){if(r=e.charCodeAt(o),r>55295&&r<57344){if(!i){if(r>56319){(t-=3)>-1&&s.push(239,191,189);continue}else if(o+1===n){(t-=3)>-1&&s.push(239,191,189);continue}i=r;continue}if(r<56320){(t-=3)>-1&&s.push(239,191,189),i=r;continue}r=(i-55296<<10|r-56320)+65536}else i&&(t-=3)>-1&&s.push(239,191,189);if(i=null,r<128){if((t-=1)<0)break;s.push(r)}else if(r<2048){if((t-=2)<0)break;s.push(r>>6|192,r&63|128)}else if(r<65536){if((t-=3)<0)break;s.push(r>>12|224,r>>6&63|128,r&63|128)}else if(r<1114112){if((t-=4)<0)break;s.push(r>>18|240,r>>12&63|128,r>>6&63|128,r&63|128)}else throw new Error("Invalid code point")}return s}function hC(e){for(var t=[],r=0;r<e.length;++r)t.push(e.charCodeAt(r)&255);return t}function pC(e,t){for(var r,n,i,s=[],o=0;o<e.length&&!((t-=2)<0);++o)r=e.charCodeAt(o),n=r>>8,i=r%256,s.push(i),s.push(n);return s}function _6(e){return VL(cC(e))}function Qi(e,t,r,n){for(var i=0;i<n&&!(i+r>=t.length||i>=e.length);++i)t[i+r]=e[i];return i}function gC(e){return e!==e}function de(e){return e!=null&&(!!e._isBuffer||b6(e)||yC(e))}function b6(e){return!!e.constructor&&typeof e.constructor.isBuffer=="function"&&e.constructor.isBuffer(e)}function yC(e){return typeof e.readFloatLE=="function"&&typeof e.slice=="function"&&b6(e.slice(0,0))}var x=class e extends Error{constructor(t,r,n,...i){Array.isArray(r)&&(r=r.join(" ").trim()),super(r),Error.captureStackTrace!==void 0&&Error.captureStackTrace(this,e),this.code=t;for(let s of i)for(let o in s){let a=s[o];this[o]=de(a)?a.toString(n.encoding):a==null?a:JSON.parse(JSON.stringify(a))}}},Va=function(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)},A6=function(e){let t=[];for(let r=0,n=e.length;r<n;r++){let i=e[r];if(i==null||i===!1)t[r]={disabled:!0};else if(typeof i=="string"||typeof i=="number")t[r]={name:`${i}`};else if(Va(i)){if(typeof i.name!="string")throw new x("CSV_OPTION_COLUMNS_MISSING_NAME",["Option columns missing name:",`property "name" is required at position ${r}`,"when column is an object literal"]);t[r]=i}else throw new x("CSV_INVALID_COLUMN_DEFINITION",["Invalid column definition:","expect a string or a literal object,",`got ${JSON.stringify(i)} at position ${r}`])}return t},ji=class{constructor(t=100){this.size=t,this.length=0,this.buf=S.allocUnsafe(t)}prepend(t){if(de(t)){let r=this.length+t.length;if(r>=this.size&&(this.resize(),r>=this.size))throw Error("INVALID_BUFFER_STATE");let n=this.buf;this.buf=S.allocUnsafe(this.size),t.copy(this.buf,0),n.copy(this.buf,t.length),this.length+=t.length}else{let r=this.length++;r===this.size&&this.resize();let n=this.clone();this.buf[0]=t,n.copy(this.buf,1,0,r)}}append(t){let r=this.length++;r===this.size&&this.resize(),this.buf[r]=t}clone(){return S.from(this.buf.slice(0,this.length))}resize(){let t=this.length;this.size=this.size*2;let r=S.allocUnsafe(this.size);this.buf.copy(r,0,0,t),this.buf=r}toString(t){return t?this.buf.toString(t,0,this.length):Uint8Array.prototype.slice.call(this.buf.slice(0,this.length))}toJSON(){return this.toString("utf8")}reset(){this.length=0}},vC=function(e){let t=[32,9,10,13,12,11,160,5760,8192,8193,8194,8195,8196,8197,8198,8199,8200,8201,8202,8232,8233,8239,8287,12288,65279].reduce((n,i)=>{let s=S.from(String.fromCharCode(i),e.encoding);return i!==63&&s.length===1&&s[0]===63||n.push(s),n},[]),r=new Uint8Array(256);for(let n of t)r[n[0]]=1;return{bomSkipped:!1,bufBytesStart:0,castField:e.cast_function,commenting:!1,delimiterBufPrevious:void 0,delimiterDiscovered:!1,error:void 0,enabled:e.from_line===1,escaping:!1,escapeIsQuote:de(e.escape)&&de(e.quote)&&S.compare(e.escape,e.quote)===0,expectedRecordLength:Array.isArray(e.columns)?e.columns.length:void 0,field:new ji(20),firstLineToHeaders:e.cast_first_line_to_header,needMoreDataSize:Math.max(e.comment!==null?e.comment.length:0,...e.delimiter?e.delimiter.map(n=>n.length):[],e.delimiter_auto?1:0,e.quote!==null?e.quote.length:0,...t.map(n=>n.length)),previousBuf:void 0,quoting:!1,stop:!1,rawBuffer:new ji(100),record:[],recordHasError:!1,record_length:0,recordDelimiterMaxLength:e.record_delimiter.length===0?0:Math.max(...e.record_delimiter.map(n=>n.length)),trimChars:[S.from(" ",e.encoding)[0],S.from("	",e.encoding)[0]],wasQuoting:!1,wasRowDelimiter:!1,timchars:t,timcharFirstBytes:r}},wC=function(e){return e.replace(/([A-Z])/g,function(t,r){return"_"+r.toLowerCase()})},Ha=function(e){let t={};for(let n in e)t[wC(n)]=e[n];if(t.encoding===void 0||t.encoding===!0)t.encoding="utf8";else if(t.encoding===null||t.encoding===!1)t.encoding=null;else if(typeof t.encoding!="string"&&t.encoding!==null)throw new x("CSV_INVALID_OPTION_ENCODING",["Invalid option encoding:","encoding must be a string or null to return a buffer,",`got ${JSON.stringify(t.encoding)}`],t);if(t.bom===void 0||t.bom===null||t.bom===!1)t.bom=!1;else if(t.bom!==!0)throw new x("CSV_INVALID_OPTION_BOM",["Invalid option bom:","bom must be true,",`got ${JSON.stringify(t.bom)}`],t);if(t.cast_function=null,t.cast===void 0||t.cast===null||t.cast===!1||t.cast==="")t.cast=void 0;else if(typeof t.cast=="function")t.cast_function=t.cast,t.cast=!0;else if(t.cast!==!0)throw new x("CSV_INVALID_OPTION_CAST",["Invalid option cast:","cast must be true or a function,",`got ${JSON.stringify(t.cast)}`],t);if(t.cast_date===void 0||t.cast_date===null||t.cast_date===!1||t.cast_date==="")t.cast_date=!1;else if(t.cast_date===!0)t.cast_date=function(n){let i=Date.parse(n);return isNaN(i)?n:new Date(i)};else if(typeof t.cast_date!="function")throw new x("CSV_INVALID_OPTION_CAST_DATE",["Invalid option cast_date:","cast_date must be true or a function,",`got ${JSON.stringify(t.cast_date)}`],t);if(t.cast_first_line_to_header=void 0,t.columns===!0)t.cast_first_line_to_header=void 0;else if(typeof t.columns=="function")t.cast_first_line_to_header=t.columns,t.columns=!0;else if(Array.isArray(t.columns))t.columns=A6(t.columns);else if(t.columns===void 0||t.columns===null||t.columns===!1)t.columns=!1;else throw new x("CSV_INVALID_OPTION_COLUMNS",["Invalid option columns:","expect an array, a function or true,",`got ${JSON.stringify(t.columns)}`],t);if(t.group_columns_by_name===void 0||t.group_columns_by_name===null||t.group_columns_by_name===!1)t.group_columns_by_name=!1;else{if(t.group_columns_by_name!==!0)throw new x("CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",["Invalid option group_columns_by_name:","expect an boolean,",`got ${JSON.stringify(t.group_columns_by_name)}`],t);if(t.columns===!1)throw new x("CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",["Invalid option group_columns_by_name:","the `columns` mode must be activated."],t)}if(t.comment===void 0||t.comment===null||t.comment===!1||t.comment==="")t.comment=null;else if(typeof t.comment=="string"&&(t.comment=S.from(t.comment,t.encoding)),!de(t.comment))throw new x("CSV_INVALID_OPTION_COMMENT",["Invalid option comment:","comment must be a buffer or a string,",`got ${JSON.stringify(t.comment)}`],t);if(t.comment_no_infix===void 0||t.comment_no_infix===null||t.comment_no_infix===!1)t.comment_no_infix=!1;else if(t.comment_no_infix!==!0)throw new x("CSV_INVALID_OPTION_COMMENT",["Invalid option comment_no_infix:","value must be a boolean,",`got ${JSON.stringify(t.comment_no_infix)}`],t);if(t.delimiter_auto===void 0||t.delimiter_auto===null||t.delimiter_auto===!1)t.delimiter_auto=!1;else if(t.delimiter_auto===!0)t.delimiter_auto={};else if(!Va(t.delimiter_auto))throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","delimiter_auto must be a boolean or a configuration object,",`got ${JSON.stringify(t.delimiter_auto)}`],t);if(t.delimiter_auto){if(t.delimiter_auto.preferred===void 0)t.delimiter_auto.preferred={44:1.8,9:1.8,59:1.6,32:1.6,58:1.5,46:1.4,47:1.4};else if(!Va(t.delimiter_auto.preferred))throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","preferred must be an object,",`got ${JSON.stringify(t.delimiter_auto.preferred)}`],t);if(t.delimiter_auto.score===void 0)t.delimiter_auto.score=(n,i)=>(n.total-n.std)*(i.preferred[n.char_code]||1);else if(typeof t.delimiter_auto.score!="function")throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","score must be a function,",`got ${JSON.stringify(t.delimiter_auto.score)}`],t);if(t.delimiter_auto.size===void 0)t.delimiter_auto.size=2048;else if(typeof t.delimiter_auto.size!="number")throw new x("CSV_INVALID_OPTION_DELIMITER_AUTO",["Invalid option delimiter_auto:","size must be a number,",`got ${JSON.stringify(t.delimiter_auto.size)}`],t)}let r=JSON.stringify(t.delimiter);if(t.delimiter_auto!==!1&&(t.delimiter=[]),Array.isArray(t.delimiter)||((t.delimiter===void 0||t.delimiter===null||t.delimiter===!1)&&(t.delimiter=S.from(",",t.encoding)),t.delimiter=[t.delimiter]),t.delimiter=t.delimiter.map(function(n){if(typeof n=="string"&&(n=S.from(n,t.encoding)),!de(n)||n.length===0)throw new x("CSV_INVALID_OPTION_DELIMITER",["Invalid option delimiter:","delimiter must be a non empty string or buffer or array of string|buffer,",`got ${r}`],t);return n}),t.escape===void 0||t.escape===!0?t.escape=S.from(\\\'"\\\',t.encoding):typeof t.escape=="string"?t.escape=S.from(t.escape,t.encoding):(t.escape===null||t.escape===!1)&&(t.escape=null),t.escape!==null&&!de(t.escape))throw new Error(`Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(t.escape)}`);if(t.from===void 0||t.from===null)t.from=1;else if(typeof t.from=="string"&&/\\\\d+/.test(t.from)&&(t.from=parseInt(t.from)),Number.isInteger(t.from)){if(t.from<0)throw new Error(`Invalid Option: from must be a positive integer, got ${JSON.stringify(e.from)}`)}else throw new Error(`Invalid Option: from must be an integer, got ${JSON.stringify(t.from)}`);if(t.from_line===void 0||t.from_line===null)t.from_line=1;else if(typeof t.from_line=="string"&&/\\\\d+/.test(t.from_line)&&(t.from_line=parseInt(t.from_line)),Number.isInteger(t.from_line)){if(t.from_line<=0)throw new Error(`Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(e.from_line)}`)}else throw new Error(`Invalid Option: from_line must be an integer, got ${JSON.stringify(e.from_line)}`);if(t.ignore_last_delimiters===void 0||t.ignore_last_delimiters===null)t.ignore_last_delimiters=!1;else if(typeof t.ignore_last_delimiters=="number")t.ignore_last_delimiters=Math.floor(t.ignore_last_delimiters),t.ignore_last_delimiters===0&&(t.ignore_last_delimiters=!1);else if(typeof t.ignore_last_delimiters!="boolean")throw new x("CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",["Invalid option `ignore_last_delimiters`:","the value must be a boolean value or an integer,",`got ${JSON.stringify(t.ignore_last_delimiters)}`],t);if(t.ignore_last_delimiters===!0&&t.columns===!1)throw new x("CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",["The option `ignore_last_delimiters`","requires the activation of the `columns` option"],t);if(t.info===void 0||t.info===null||t.info===!1)t.info=!1;else if(t.info!==!0)throw new Error(`Invalid Option: info must be true, got ${JSON.stringify(t.info)}`);if(t.max_record_size===void 0||t.max_record_size===null||t.max_record_size===!1)t.max_record_size=0;else if(!(Number.isInteger(t.max_record_size)&&t.max_record_size>=0))if(typeof t.max_record_size=="string"&&/\\\\d+/.test(t.max_record_size))t.max_record_size=parseInt(t.max_record_size);else throw new Error(`Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(t.max_record_size)}`);if(t.objname===void 0||t.objname===null||t.objname===!1)t.objname=void 0;else if(de(t.objname)){if(t.objname.length===0)throw new Error("Invalid Option: objname must be a non empty buffer");t.encoding===null||(t.objname=t.objname.toString(t.encoding))}else if(typeof t.objname=="string"){if(t.objname.length===0)throw new Error("Invalid Option: objname must be a non empty string")}else if(typeof t.objname!="number")throw new Error(`Invalid Option: objname must be a string or a buffer, got ${t.objname}`);if(t.objname!==void 0){if(typeof t.objname=="number"){if(t.columns!==!1)throw Error("Invalid Option: objname index cannot be combined with columns or be defined as a field")}else if(t.columns===!1)throw Error("Invalid Option: objname field must be combined with columns or be defined as an index")}if(t.on_record===void 0||t.on_record===null)t.on_record=void 0;else if(typeof t.on_record!="function")throw new x("CSV_INVALID_OPTION_ON_RECORD",["Invalid option `on_record`:","expect a function,",`got ${JSON.stringify(t.on_record)}`],t);if(t.on_skip!==void 0&&t.on_skip!==null&&typeof t.on_skip!="function")throw new Error(`Invalid Option: on_skip must be a function, got ${JSON.stringify(t.on_skip)}`);if(t.quote===null||t.quote===!1||t.quote==="")t.quote=null;else if(t.quote===void 0||t.quote===!0?t.quote=S.from(\\\'"\\\',t.encoding):typeof t.quote=="string"&&(t.quote=S.from(t.quote,t.encoding)),!de(t.quote))throw new Error(`Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(t.quote)}`);if(t.raw===void 0||t.raw===null||t.raw===!1)t.raw=!1;else if(t.raw!==!0)throw new Error(`Invalid Option: raw must be true, got ${JSON.stringify(t.raw)}`);if(t.record_delimiter===void 0)t.record_delimiter=[];else if(typeof t.record_delimiter=="string"||de(t.record_delimiter)){if(t.record_delimiter.length===0)throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a non empty string or buffer,",`got ${JSON.stringify(t.record_delimiter)}`],t);t.record_delimiter=[t.record_delimiter]}else if(!Array.isArray(t.record_delimiter))throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a string, a buffer or array of string|buffer,",`got ${JSON.stringify(t.record_delimiter)}`],t);if(t.record_delimiter=t.record_delimiter.map(function(n,i){if(typeof n!="string"&&!de(n))throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a string, a buffer or array of string|buffer",`at index ${i},`,`got ${JSON.stringify(n)}`],t);if(n.length===0)throw new x("CSV_INVALID_OPTION_RECORD_DELIMITER",["Invalid option `record_delimiter`:","value must be a non empty string or buffer",`at index ${i},`,`got ${JSON.stringify(n)}`],t);return typeof n=="string"&&(n=S.from(n,t.encoding)),n}),typeof t.relax_column_count!="boolean")if(t.relax_column_count===void 0||t.relax_column_count===null)t.relax_column_count=!1;else throw new Error(`Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(t.relax_column_count)}`);if(typeof t.relax_column_count_less!="boolean")if(t.relax_column_count_less===void 0||t.relax_column_count_less===null)t.relax_column_count_less=!1;else throw new Error(`Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(t.relax_column_count_less)}`);if(typeof t.relax_column_count_more!="boolean")if(t.relax_column_count_more===void 0||t.relax_column_count_more===null)t.relax_column_count_more=!1;else throw new Error(`Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(t.relax_column_count_more)}`);if(typeof t.relax_quotes!="boolean")if(t.relax_quotes===void 0||t.relax_quotes===null)t.relax_quotes=!1;else throw new Error(`Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(t.relax_quotes)}`);if(typeof t.skip_empty_lines!="boolean")if(t.skip_empty_lines===void 0||t.skip_empty_lines===null)t.skip_empty_lines=!1;else throw new Error(`Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(t.skip_empty_lines)}`);if(typeof t.skip_records_with_empty_values!="boolean")if(t.skip_records_with_empty_values===void 0||t.skip_records_with_empty_values===null)t.skip_records_with_empty_values=!1;else throw new Error(`Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(t.skip_records_with_empty_values)}`);if(typeof t.skip_records_with_error!="boolean")if(t.skip_records_with_error===void 0||t.skip_records_with_error===null)t.skip_records_with_error=!1;else throw new Error(`Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(t.skip_records_with_error)}`);if(t.rtrim===void 0||t.rtrim===null||t.rtrim===!1)t.rtrim=!1;else if(t.rtrim!==!0)throw new Error(`Invalid Option: rtrim must be a boolean, got ${JSON.stringify(t.rtrim)}`);if(t.ltrim===void 0||t.ltrim===null||t.ltrim===!1)t.ltrim=!1;else if(t.ltrim!==!0)throw new Error(`Invalid Option: ltrim must be a boolean, got ${JSON.stringify(t.ltrim)}`);if(t.trim===void 0||t.trim===null||t.trim===!1)t.trim=!1;else if(t.trim!==!0)throw new Error(`Invalid Option: trim must be a boolean, got ${JSON.stringify(t.trim)}`);if(t.trim===!0&&e.ltrim!==!1?t.ltrim=!0:t.ltrim!==!0&&(t.ltrim=!1),t.trim===!0&&e.rtrim!==!1?t.rtrim=!0:t.rtrim!==!0&&(t.rtrim=!1),t.to===void 0||t.to===null)t.to=-1;else if(t.to!==-1)if(typeof t.to=="string"&&/\\\\d+/.test(t.to)&&(t.to=parseInt(t.to)),Number.isInteger(t.to)){if(t.to<=0)throw new Error(`Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(e.to)}`)}else throw new Error(`Invalid Option: to must be an integer, got ${JSON.stringify(e.to)}`);if(t.to_line===void 0||t.to_line===null)t.to_line=-1;else if(t.to_line!==-1)if(typeof t.to_line=="string"&&/\\\\d+/.test(t.to_line)&&(t.to_line=parseInt(t.to_line)),Number.isInteger(t.to_line)){if(t.to_line<=0)throw new Error(`Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(e.to_line)}`)}else throw new Error(`Invalid Option: to_line must be an integer, got ${JSON.stringify(e.to_line)}`);return t},_C=function(e,t){t||({delimiter_auto:t}=Ha({delimiter_auto:!0})),typeof e=="string"&&(e=S.from(e)),de(e)&&(e=(i=>{let s=[],o=S6({delimiter:[]}),a=d=>s.push(d),u=()=>{},f=o.parse(i,!0,a,u);if(f!==void 0)throw f;return s})(e));let r=Array(127).fill().map(()=>({lines:[]}));e.map(([i],s)=>{for(let o=0,a=i.length;o<a;o++){let u=i.charCodeAt(o);r[u].lines[s]===void 0&&(r[u].lines[s]=0),r[u].lines[s]++}}),r.map((i,s)=>{i.char_code=s,i.std=bC(i.lines),i.total=i.lines.reduce((o,a)=>o+a,0),i.preferred=!!t.preferred[s],i.score=t.score(i,t)});let n=r.reduce((i,s)=>i.score>s.score?i:s,{});return String.fromCharCode(n.char_code)},bC=function(e){let t=e.length;if(t===0)return 0;let r=e.reduce((n,i)=>n+i)/t;return Math.sqrt(e.map(n=>Math.pow(n-r,2)).reduce((n,i)=>n+i)/t)},a6=function(e){return e.every(t=>t==null||t.toString&&t.toString().trim()==="")},AC=13,SC=10,Or={utf8:S.from([239,187,191]),utf16le:S.from([255,254])},S6=function(e={}){let t={bytes:0,bytes_records:0,comment_lines:0,empty_lines:0,invalid_field_length:0,lines:1,records:0},r=Ha(e);return{info:t,original_options:e,options:r,state:vC(r),__needMoreData:function(n,i,s){if(s)return!1;let{encoding:o,escape:a,quote:u}=this.options,{quoting:f,needMoreDataSize:d,recordDelimiterMaxLength:c}=this.state,p=i-n-1,h=Math.max(d,c===0?S.from(`\\\\r\\n`,o).length:c,f?(a===null?0:a.length)+u.length:0,f?u.length+c:0);return p<h},parse:function(n,i,s,o){let{bom:a,comment_no_infix:u,delimiter_auto:f,encoding:d,from_line:c,ltrim:p,max_record_size:h,raw:y,relax_quotes:v,rtrim:_,skip_empty_lines:b,to:w,to_line:A}=this.options,{comment:I,escape:N,quote:E,record_delimiter:T}=this.options,{bomSkipped:C,delimiterDiscovered:B,delimiterBufPrevious:ie,rawBuffer:Ie,escapeIsQuote:pe}=this.state;if(!B&&f){let F;if(ie===void 0?F=n:ie!==void 0&&n===void 0?F=ie:F=S.concat([ie,n]),n=void 0,i||F.length>f.size)this.options.delimiter=[S.from(_C(F,this.options.delimiter_auto))],this.state.previousBuf=F,this.state.delimiterBufPrevious=void 0,this.state.delimiterDiscovered=!0;else{this.state.delimiterBufPrevious=F;return}}let{previousBuf:X}=this.state,R;if(X===void 0)if(n===void 0){o();return}else R=n;else X!==void 0&&n===void 0?R=X:R=S.concat([X,n]);if(C===!1)if(a===!1)this.state.bomSkipped=!0;else if(R.length<3){if(i===!1){this.state.previousBuf=R;return}}else{for(let F in Or)if(Or[F].compare(R,0,Or[F].length)===0){let te=Or[F].length;this.state.bufBytesStart+=te,R=R.slice(te);let Oe=Ha({...this.original_options,encoding:F});for(let U in Oe)this.options[U]=Oe[U];({comment:I,escape:N,quote:E}=this.options);break}this.state.bomSkipped=!0}let ee=R.length,q;for(q=0;q<ee&&!this.__needMoreData(q,ee,i);q++){if(this.state.wasRowDelimiter===!0&&(this.info.lines++,this.state.wasRowDelimiter=!1),A!==-1&&this.info.lines>A){this.state.stop=!0,o();return}this.state.quoting===!1&&T.length===0&&this.__autoDiscoverRecordDelimiter(R,q)&&(T=this.options.record_delimiter);let F=R[q];if(y===!0&&Ie.append(F),(F===AC||F===SC)&&this.state.wasRowDelimiter===!1&&(this.state.wasRowDelimiter=!0),this.state.escaping===!0)this.state.escaping=!1;else{if(N!==null&&this.state.quoting===!0&&this.__isEscape(R,q,F)&&q+N.length<ee)if(pe){if(this.__isQuote(R,q+N.length)){this.state.escaping=!0,q+=N.length-1;continue}}else{this.state.escaping=!0,q+=N.length-1;continue}if(this.state.commenting===!1&&this.__isQuote(R,q))if(this.state.quoting===!0){let U=R[q+E.length],ge=_&&this.__isCharTrimable(R,q+E.length),ye=I!==null&&this.__compareBytes(I,R,q+E.length,U),je=this.__isDelimiter(R,q+E.length,U),zt=T.length===0?this.__autoDiscoverRecordDelimiter(R,q+E.length):this.__isRecordDelimiter(U,R,q+E.length);if(N!==null&&this.__isEscape(R,q,F)&&this.__isQuote(R,q+N.length))q+=N.length-1;else if(!U||je||zt||ye||ge){this.state.quoting=!1,this.state.wasQuoting=!0,q+=E.length-1;continue}else if(v===!1){let Ct=this.__error(new x("CSV_INVALID_CLOSING_QUOTE",["Invalid Closing Quote:",`got "${String.fromCharCode(U)}"`,`at line ${this.info.lines}`,"instead of delimiter, record delimiter, trimable character","(if activated) or comment"],this.options,this.__infoField()));if(Ct!==void 0)return Ct}else this.state.quoting=!1,this.state.wasQuoting=!0,this.state.field.prepend(E),q+=E.length-1}else if(this.state.field.length!==0){if(v===!1){let U=this.__infoField(),ge=Object.keys(Or).map(je=>Or[je].equals(this.state.field.toString())?je:!1).filter(Boolean)[0],ye=this.__error(new x("INVALID_OPENING_QUOTE",["Invalid Opening Quote:",`a quote is found on field ${JSON.stringify(U.column)} at line ${U.lines}, value is ${JSON.stringify(this.state.field.toString(d))}`,ge?`(${ge} bom)`:void 0],this.options,U,{field:this.state.field}));if(ye!==void 0)return ye}}else{this.state.quoting=!0,q+=E.length-1;continue}if(this.state.quoting===!1){let U=this.__isRecordDelimiter(F,R,q);if(U!==0){if(this.state.commenting&&this.state.wasQuoting===!1&&this.state.record.length===0&&this.state.field.length===0)this.info.comment_lines++;else{if(this.state.enabled===!1&&this.info.lines+(this.state.wasRowDelimiter===!0?1:0)>=c){this.state.enabled=!0,this.__resetField(),this.__resetRecord(),q+=U-1;continue}if(b===!0&&this.state.wasQuoting===!1&&this.state.record.length===0&&this.state.field.length===0){this.info.empty_lines++,q+=U-1;continue}this.info.bytes=this.state.bufBytesStart+q;let je=this.__onField();if(je!==void 0)return je;this.info.bytes=this.state.bufBytesStart+q+U;let zt=this.__onRecord(s);if(zt!==void 0)return zt;if(w!==-1&&this.info.records>=w){this.state.stop=!0,o();return}}this.state.commenting=!1,q+=U-1;continue}if(this.state.commenting)continue;if(I!==null&&(u===!1||this.state.record.length===0&&this.state.field.length===0)&&this.__compareBytes(I,R,q,F)!==0){this.state.commenting=!0;continue}let ge=this.__isDelimiter(R,q,F);if(ge!==0){this.info.bytes=this.state.bufBytesStart+q;let ye=this.__onField();if(ye!==void 0)return ye;q+=ge-1;continue}}}if(this.state.commenting===!1&&h!==0&&this.state.record_length+this.state.field.length>h)return this.__error(new x("CSV_MAX_RECORD_SIZE",["Max Record Size:","record exceed the maximum number of tolerated bytes",`of ${h}`,`at line ${this.info.lines}`],this.options,this.__infoField()));let te=p===!1||this.state.quoting===!0||this.state.field.length!==0||!this.__isCharTrimable(R,q),Oe=_===!1||this.state.wasQuoting===!1;if(te===!0&&Oe===!0)this.state.field.append(F);else{if(_===!0&&!this.__isCharTrimable(R,q))return this.__error(new x("CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",["Invalid Closing Quote:","found non trimable byte after quote",`at line ${this.info.lines}`],this.options,this.__infoField()));te===!1&&(q+=this.__isCharTrimable(R,q)-1);continue}}if(i===!0)if(this.state.quoting===!0){let F=this.__error(new x("CSV_QUOTE_NOT_CLOSED",["Quote Not Closed:",`the parsing is finished with an opening quote at line ${this.info.lines}`],this.options,this.__infoField()));if(F!==void 0)return F}else if(this.state.wasQuoting===!0||this.state.record.length!==0||this.state.field.length!==0){this.info.bytes=this.state.bufBytesStart+q;let F=this.__onField();if(F!==void 0)return F;let te=this.__onRecord(s);if(te!==void 0)return te}else this.state.wasRowDelimiter===!0?this.info.empty_lines++:this.state.commenting===!0&&this.info.comment_lines++;else this.state.bufBytesStart+=q,this.state.previousBuf=R.slice(q);this.state.wasRowDelimiter===!0&&(this.info.lines++,this.state.wasRowDelimiter=!1)},__onRecord:function(n){let{columns:i,group_columns_by_name:s,encoding:o,info:a,from:u,relax_column_count:f,relax_column_count_less:d,relax_column_count_more:c,raw:p,skip_records_with_empty_values:h}=this.options,{enabled:y,record:v}=this.state;if(y===!1)return this.__resetRecord();let _=v.length;if(i===!0){if(h===!0&&a6(v)){this.__resetRecord();return}return this.__firstLineToColumns(v)}if(i===!1&&this.info.records===0&&(this.state.expectedRecordLength=_),_!==this.state.expectedRecordLength){let b=i===!1?new x("CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",["Invalid Record Length:",`expect ${this.state.expectedRecordLength},`,`got ${_} on line ${this.info.lines}`],this.options,this.__infoField(),{record:v}):new x("CSV_RECORD_INCONSISTENT_COLUMNS",["Invalid Record Length:",`columns length is ${i.length},`,`got ${_} on line ${this.info.lines}`],this.options,this.__infoField(),{record:v});if(f===!0||d===!0&&_<this.state.expectedRecordLength||c===!0&&_>this.state.expectedRecordLength)this.info.invalid_field_length++,this.state.error=b;else{let w=this.__error(b);if(w)return w}}if(h===!0&&a6(v)){this.__resetRecord();return}if(this.state.recordHasError===!0){this.__resetRecord(),this.state.recordHasError=!1;return}if(this.info.records++,u===1||this.info.records>=u){let{objname:b}=this.options;if(i!==!1){let w={};for(let A=0,I=v.length;A<I;A++)i[A]===void 0||i[A].disabled||(s===!0&&Object.hasOwn(w,i[A].name)?Array.isArray(w[i[A].name])?w[i[A].name]=w[i[A].name].concat(v[A]):w[i[A].name]=[w[i[A].name],v[A]]:Object.defineProperty(w,i[A].name,{value:v[A],enumerable:!0,writable:!0,configurable:!0}));if(p===!0||a===!0){let A=Object.assign({record:w},p===!0?{raw:this.state.rawBuffer.toString(o)}:{},a===!0?{info:this.__infoRecord()}:{}),I=this.__push(b===void 0?A:[w[b],A],n);if(I)return I}else{let A=this.__push(b===void 0?w:[w[b],w],n);if(A)return A}}else if(p===!0||a===!0){let w=Object.assign({record:v},p===!0?{raw:this.state.rawBuffer.toString(o)}:{},a===!0?{info:this.__infoRecord()}:{}),A=this.__push(b===void 0?w:[v[b],w],n);if(A)return A}else{let w=this.__push(b===void 0?v:[v[b],v],n);if(w)return w}}this.__resetRecord()},__firstLineToColumns:function(n){let{firstLineToHeaders:i}=this.state;try{let s=i===void 0?n:i.call(null,n);if(!Array.isArray(s))return this.__error(new x("CSV_INVALID_COLUMN_MAPPING",["Invalid Column Mapping:","expect an array from column function,",`got ${JSON.stringify(s)}`],this.options,this.__infoField(),{headers:s}));let o=A6(s);this.state.expectedRecordLength=o.length,this.options.columns=o,this.__resetRecord();return}catch(s){return s}},__resetRecord:function(){this.options.raw===!0&&this.state.rawBuffer.reset(),this.state.error=void 0,this.state.record=[],this.state.record_length=0},__onField:function(){let{cast:n,encoding:i,rtrim:s,max_record_size:o}=this.options,{enabled:a,wasQuoting:u}=this.state;if(a===!1)return this.__resetField();let f=this.state.field.toString(i);if(s===!0&&u===!1&&(f=f.trimRight()),n===!0){let[d,c]=this.__cast(f);if(d!==void 0)return d;f=c}this.state.record.push(f),o!==0&&typeof f=="string"&&(this.state.record_length+=f.length),this.__resetField()},__resetField:function(){this.state.field.reset(),this.state.wasQuoting=!1},__push:function(n,i){let{on_record:s}=this.options;if(s!==void 0){let o=this.__infoRecord();try{n=s.call(null,n,o)}catch(a){return a}if(n==null)return}this.info.bytes_records+=this.info.bytes,i(n)},__cast:function(n){let{columns:i,relax_column_count:s}=this.options;if(Array.isArray(i)===!0&&s&&this.options.columns.length<=this.state.record.length)return[void 0,void 0];if(this.state.castField!==null)try{let a=this.__infoField();return[void 0,this.state.castField.call(null,n,a)]}catch(a){return[a]}if(this.__isFloat(n))return[void 0,parseFloat(n)];if(this.options.cast_date!==!1){let a=this.__infoField();return[void 0,this.options.cast_date.call(null,n,a)]}return[void 0,n]},__compareBytes:function(n,i,s,o){if(n[0]!==o)return 0;let a=n.length;for(let u=1;u<a;u++)if(n[u]!==i[s+u])return 0;return a},__isCharTrimable:function(n,i){let{timchars:s,timcharFirstBytes:o}=this.state,a=n[i];if(a===void 0||o[a]===0)return 0;e:for(let u=0;u<s.length;u++){let f=s[u];for(let d=0;d<f.length;d++)if(f[d]!==n[i+d])continue e;return f.length}return 0},__isDelimiter:function(n,i,s){let{delimiter:o,ignore_last_delimiters:a}=this.options;if(a===!0&&this.state.record.length===this.options.columns.length-1)return 0;if(a!==!1&&typeof a=="number"&&this.state.record.length===a-1)return 0;e:for(let u=0;u<o.length;u++){let f=o[u];if(f[0]===s){for(let d=1;d<f.length;d++)if(f[d]!==n[i+d])continue e;return f.length}}return 0},__isEscape:function(n,i,s){let{escape:o}=this.options;if(o===null)return!1;let a=o.length;if(o[0]===s){for(let u=0;u<a;u++)if(o[u]!==n[i+u])return!1;return!0}return!1},__isFloat:function(n){return n-parseFloat(n)+1>=0},__isQuote:function(n,i){let{quote:s}=this.options;if(s===null)return!1;let o=s.length;for(let a=0;a<o;a++)if(s[a]!==n[i+a])return!1;return!0},__isRecordDelimiter:function(n,i,s){let{record_delimiter:o}=this.options,a=o.length;e:for(let u=0;u<a;u++){let f=o[u],d=f.length;if(f[0]===n){for(let c=1;c<d;c++)if(f[c]!==i[s+c])continue e;return f.length}}return 0},__autoDiscoverRecordDelimiter:function(n,i){let{encoding:s}=this.options,o=[S.from(`\\\\r\\n`,s),S.from(`\\n`,s),S.from("\\\\r",s)];e:for(let a=0;a<o.length;a++){let u=o[a].length;for(let f=0;f<u;f++)if(o[a][f]!==n[i+f])continue e;return this.options.record_delimiter.push(o[a]),this.state.recordDelimiterMaxLength=o[a].length,o[a].length}return 0},__error:function(n){let{encoding:i,raw:s,skip_records_with_error:o}=this.options,a=typeof n=="string"?new Error(n):n;if(o){if(this.state.recordHasError=!0,this.options.on_skip!==void 0)try{this.options.on_skip(a,s?this.state.rawBuffer.toString(i):void 0)}catch(u){return u}return}else return a},__infoDataSet:function(){return{...this.info,columns:this.options.columns}},__infoRecord:function(){let{columns:n,raw:i,encoding:s}=this.options;return{...this.__infoDataSet(),bytes_records:this.info.bytes,error:this.state.error,header:n===!0,index:this.state.record.length,raw:i?this.state.rawBuffer.toString(s):void 0}},__infoField:function(){let{columns:n}=this.options,i=Array.isArray(n),s=this.info.bytes_records;return{...this.__infoRecord(),bytes_records:s,column:i===!0?n.length>this.state.record.length?n[this.state.record.length].name:null:this.state.record.length,quoting:this.state.wasQuoting}}}},I6=function(e,t={}){typeof e=="string"&&(e=S.from(e));let r=t&&t.objname?Object.create(null):[],n=S6(t),i=a=>{n.options.objname===void 0?r.push(a):r[a[0]]=a[1]},s=()=>{},o=n.parse(e,!0,i,s);if(o!==void 0)throw o;return r};l();function N6(e,t,r){let n=1;for(let f=e.indexOf(`\\n`);f>=0&&n<=t;f=e.indexOf(`\\n`,f+1))n++;n=Math.min(n,t);let i=new Int32Array(n),s=new Int32Array(n),o=new Int32Array(n),a=0,u=0;for(let f=1;u<e.length&&a<t;f++){let d=e.indexOf(`\\n`,u);if(d<0&&(d=e.length),d>u){if(3*(d-u)>r)return;i[a]=u,s[a]=d,o[a]=f,a++}u=d+1}return{count:a,starts:i,ends:s,lines:o}}function E6(e,t,r){let n=[],i=t;for(let s=t;s<r;s++)e.charCodeAt(s)===44&&(n.push(e.slice(i,s)),i=s+1);return n.push(e.slice(i,r)),n}function T6(e,t,r){let n=e.charCodeAt(t);return n>32&&n<127&&n!==44?!1:(Ka.lastIndex=t,Ka.test(e)&&Ka.lastIndex>=r)}var Ka=/(?:[^\\\\S\\\\n]|,)*/y;l();var Xi=class{constructor(t){M(this,"text",t);M(this,"starts",[0]);for(let r=0;r<t.length;r++){let n=t.charCodeAt(r);(n===10||n===13&&t.charCodeAt(r+1)!==10)&&this.starts.push(r+1)}}lineStart(t){return this.starts[t-1]??this.text.length}positionAt(t){let r=0,n=this.starts.length-1;for(;r<n;){let i=r+n+1>>1;this.starts[i]<=t?r=i:n=i-1}return{line:r+1,column:t-this.starts[r]+1}}};var Ja=\\\'Quote a cell that holds a comma or a quote, and double every quote inside it: "a ""b"", c".\\\',IC={bom:!1,relax_column_count:!0,skip_empty_lines:!0,record_delimiter:`\\n`};function q6(e,t,r){let n=r,i={...IC,to:t.maxRows+2,max_record_size:(t.maxCellChars+3)*(t.maxColumns+1)},s=NC(e),o=e.includes(\\\'"\\\')?O6(e,i,s,n):EC(e,i)??O6(e,i,s,n);if(!o)return;let a=TC(e,o),u=new Int32Array(o.count),f=0;for(let d=0;d<o.count;d++){if(d>t.maxRows){n("error","limit-rows",{line:a.line(d),column:1},`The file has more than ${t.maxRows} rows; the limit maxRows is ${t.maxRows}.`,"Split the file, or raise limits.max_rows in benchbench.yaml.");return}d>0&&o.isBlank(d)||(u[f++]=d)}return{row:d=>o.row(d),kept:u.subarray(0,f),places:a,...o.quoteFree&&{quoteFree:o.quoteFree}}}var NC=e=>{let t;return()=>t??(t=new Xi(e))};function EC(e,t){let r=N6(e,t.to,t.max_record_size);if(!r)return;let n=-1,i=[],s=o=>(o!==n&&([n,i]=[o,E6(e,r.starts[o],r.ends[o])]),i);return{count:r.count,row:s,start:o=>o<r.count?r.starts[o]:e.length,isBlank:o=>T6(e,r.starts[o],r.ends[o]),line:o=>r.lines[o],position:(o,a)=>({line:r.lines[o],column:a-r.starts[o]+1}),quoteFree:r}}function O6(e,t,r,n){let i=[];try{I6(e,{...t,on_record:(u,f)=>(i.push({record:u,lines:f.lines}),null)})}catch(u){let f=i[i.length-1];qC(e,r(),f?r().lineStart(f.lines+1):0,u,n);return}let s=i.map(u=>u.record),o=i.map(({record:u,lines:f})=>r().lineStart(f-OC(u))),a=u=>o[u];return{count:s.length,row:u=>s[u],start:a,isBlank:u=>s[u].every(f=>f.trim()===""),line:u=>r().positionAt(a(u)).line,position:(u,f)=>r().positionAt(f)}}function TC(e,t){let r=new Map,n=i=>{let s=r.get(i);return s||r.set(i,s=M6(e,t.start(i))),s};return{line:i=>t.line(i),cell(i,s){let o=t.row(i);if(s>=o.length){let c=this.cell(i,o.length-1);return{line:c.line,column:c.column+o[o.length-1].trim().length}}let a=o[s],u=n(i)[s]?.start??0,f=a.length-a.trimStart().length,d=e[u]===\\\'"\\\';return t.position(i,u+(d||f===a.length?0:f))}}}var OC=e=>e.reduce((t,r)=>t+(r.match(/\\\\n/g)?.length??0),0);function M6(e,t){let r=[],n=t,i,s=t;for(;s<=e.length;){if(s===n&&e[s]===\\\'"\\\'){let a=s+1;for(;;){let u=e.indexOf(\\\'"\\\',a);if(u<0)return r.push({start:n,afterQuote:-1}),r;if(e[u+1]===\\\'"\\\')a=u+2;else{i=u+1,s=u+1;break}}continue}let o=e[s];if(o===","||o===`\\n`||s===e.length){if(r.push(i===void 0?{start:n}:{start:n,afterQuote:i}),o!==",")return r;n=s+1,i=void 0}s++}return r}function qC(e,t,r,n,i){if(n.code==="CSV_MAX_RECORD_SIZE"){i("error","limit-cell-chars",{line:n.lines},"A record is longer than the limits allow (maxCellChars per cell and maxColumns cells).","Check the quotes of this line (an unclosed quote swallows the rest of the file), or raise limits in benchbench.yaml.");return}for(;e[r]===`\\n`;)r++;let s=M6(e,r),o=s[n.column??0],a,u=`The CSV cannot be read: ${n.message}`;n.code==="CSV_QUOTE_NOT_CLOSED"?(a=s.find(d=>d.afterQuote===-1)?.start,u="This quote is never closed."):n.code==="INVALID_OPENING_QUOTE"&&o?(a=e.indexOf(\\\'"\\\',o.start),u="A quote inside a cell that does not start with a quote."):n.code==="CSV_INVALID_CLOSING_QUOTE"&&o?.afterQuote!==void 0&&o.afterQuote>=0&&(a=o.afterQuote,u="Text follows the closing quote of a quoted cell.");let f=a===void 0||a<0?{line:n.lines}:t.positionAt(a);i("error","csv-syntax",f,u,Ja)}l();var Zi=class{constructor(t){M(this,"count",0);M(this,"modelIndex");M(this,"values");M(this,"records");this.modelIndex=new Int32Array(t),this.values=new Float64Array(t),this.records=new Int32Array(t)}push(t,r,n){this.count===this.values.length&&this.grow(Math.max(16,2*this.count)),this.modelIndex[this.count]=t,this.values[this.count]=r,this.records[this.count]=n,this.count++}done(){return this.count<this.values.length&&this.grow(this.count),{modelIndex:this.modelIndex,values:this.values,records:this.records}}grow(t){let r=new Int32Array(t),n=new Float64Array(t),i=new Int32Array(t);r.set(this.modelIndex.subarray(0,this.count)),n.set(this.values.subarray(0,this.count)),i.set(this.records.subarray(0,this.count)),[this.modelIndex,this.values,this.records]=[r,n,i]}};var MC=new Set(["","-","na","n/a","nan"]),Za=/^[+-]?(\\\\d+(\\\\.\\\\d*)?|\\\\.\\\\d+)([eE][+-]?\\\\d+)?$/;function L6(e,t,r,n=new Vi,i){let s=[],o=(p,h,y,v,_)=>s.push(At({severity:p,code:h,file:e,line:y.line,column:y.column,message:v,hint:_})),a=LC(t,r,o),u=a===void 0?void 0:q6(a,r,o),f=u&&RC(u,r,o);if(a===void 0||!u||!f)return CC(s);let d=i&&a===t?i:void 0,c=new Qa(a,u,f,r,n,o,d);return c.readRows(),PC(c.missing,o),c.results(s)}function LC(e,t,r){e.charCodeAt(0)===65279&&(e=e.slice(1));let n=m.byteLength(e,"utf8");if(n>t.maxFileBytes){r("error","limit-file-bytes",{},`The file is ${n} bytes; the limit maxFileBytes is ${t.maxFileBytes}.`,"Split the file, or raise limits.max_file_bytes in benchbench.yaml.");return}return e.includes("\\\\r")?e.replace(/\\\\r\\\\n?/g,`\\n`):e}var CC=e=>({modelNames:[],modelSpellings:new Int32Array(0),models:[],modelLines:new Int32Array(0),scenarios:[],issues:e});function RC(e,t,r){let{kept:n,places:i}=e;if(n.length===0){r("error","empty-file",{},"The file is empty.","Write a header line `model,<scenario>...` and one row per model.");return}let s=e.row(n[0]).map((o,a)=>({text:o.trim(),...i.cell(n[0],a)}));if(s.length>t.maxColumns){r("error","limit-columns",s[t.maxColumns],`The header has ${s.length} columns; the limit maxColumns is ${t.maxColumns}.`,"Split the file, or raise limits.max_columns in benchbench.yaml.");return}return s[0].text.toLowerCase()==="model"?s:FC(s,r)}function FC(e,t){let r=e[0],n=e.findIndex(o=>o.text.toLowerCase()==="model"),i=e.length===1?[";","	","|"].find(o=>r.text.includes(o)):void 0,s=n>0?`Move the \\\\`model\\\\` column (column ${n+1}) to the front.`:i?`The header seems to use ${JSON.stringify(i)} between cells; use commas.`:`Rename the first column ${JSON.stringify(r.text)} to \\\\`model\\\\`: the header must start with \\\\`model,\\\\`.`;t("error","missing-model-column",r,`The first column is ${JSON.stringify(r.text)}, not \\\\`model\\\\`.`,s)}function kC(e,t,r){let n=new Map;return e.map((i,s)=>{if(s>0&&i.text==="")return r("error","empty-column-name",i,`Column ${s+1} has no name.`,"Name every column, or delete the empty column."),!1;if(!C6(i.text,()=>i,t,r))return!1;if(es(i.text))return zi(r,i.text,i),!1;let o=n.get(i.text.toLowerCase());return o!==void 0?(r("error","duplicate-column",i,`Column ${s+1} repeats the name ${JSON.stringify(i.text)} of column ${o+1}.`,"Give every column a distinct name; the first of the two is used."),!1):(n.set(i.text.toLowerCase(),s),!0)})}function PC(e,t){for(let[r,{count:n,first:i}]of e){let s=n>1?"s":"",o=r===""?`blank cell${s}`:`cell${s} written ${JSON.stringify(r)}`;t("note","missing-score",i,`${n} ${o} read as missing score${s} (the first here).`,"A missing score is fine: the model is left out of that scenario. An empty cell is the preferred spelling.")}}function zi(e,t,r){e("error","spreadsheet-formula",r,`The cell ${JSON.stringify(t.slice(0,40))} looks like a spreadsheet formula.`,"Export values, not formulas; a cell must not start with =, + or @ unless it is a number.")}var Qa=class{constructor(t,r,n,i,s,o,a){M(this,"records",r);M(this,"limits",i);M(this,"spellings",s);M(this,"at",o);M(this,"format");M(this,"missing",new Map);M(this,"places");M(this,"width");M(this,"scenarioCol");M(this,"scoreCol");M(this,"scenarios",new Map);M(this,"plain");M(this,"models");this.places=r.places,this.width=n.length;let u=kC(n,i,o),f=n.map(c=>c.text.toLowerCase());this.scenarioCol=f.indexOf("scenario"),this.scoreCol=f.indexOf("score"),this.format=this.scenarioCol>0&&this.scoreCol>0?"long":"wide";let d=[];this.format==="wide"&&n.forEach((c,p)=>d[p]=p>0&&u[p]?this.scenario(c.text,()=>c,p):void 0),s.startFile(),this.models=new Xa(r.kept.length),r.kept.length===1&&o("error","no-rows",{line:n[0].line},"The file has a header but no rows of scores.","Add one row per model below the header."),this.plain={source:t,units:r.quoteFree&&this.format==="wide"?a??t6(t):new Uint8Array(0),maxCellChars:i.maxCellChars,cellEnds:new Int32Array(this.width),values:new Float64Array(this.width),spellings:s,scenarios:d,models:this.models,countMissing:(c,p)=>this.countMissing("",c,p)}}scenario(t,r,n){let i=this.scenarios.get(t);if(!i){let{line:s,column:o}=r(),a=this.format==="wide"?this.records.kept.length-1:16;i={id:Gi(t),line:s,column:o,field:n,scores:new Zi(a),rows:new Map},this.scenarios.set(t,i)}return i}readRows(){let{kept:t,quoteFree:r}=this.records;if(r&&this.format==="wide")DC(this.plain,t,r,n=>this.readRow(n));else for(let n=1;n<t.length;n++)this.readRow(t[n])}readRow(t){let{at:r,places:n,width:i}=this,s=this.records.row(t);if(s.length>i){r("error","column-count",n.cell(t,i),`This row has ${s.length} cells; the header has ${i}.`,`Remove the extra cells, or quote a cell that contains a comma. ${Ja}`);return}s.length<i&&r("warning","short-row",n.cell(t,s.length),`This row has ${s.length} cell${s.length>1?"s":""}; the header has ${i}. The missing cells are read as missing scores.`,"End the row with empty cells (commas) so that every row has as many cells as the header.");for(let a=0;a<s.length;a++)if(s[a].length>this.limits.maxCellChars&&!C6(s[a].trim(),()=>n.cell(t,a),this.limits,r))return;let o=this.modelOf(t,s);o!==void 0&&(this.format==="wide"?this.wideScores(t,s,o):this.longScore(t,s,o))}modelOf(t,r){let{at:n}=this,i=r[0].trim();if(i===""){n("error","empty-model",this.places.cell(t,0),"This row has no model name.","Write the model name in the first cell, or delete the row.");return}if(es(i)){zi(n,i,this.places.cell(t,0));return}let{spellings:s,models:o}=this,a=s.numberOf(i,o.previous);o.previous=a;let u=s.indexInFile(a),f=u!==void 0;return u===void 0&&s.setIndexInFile(a,u=o.add(a,t)),{name:i,m:u,seen:f}}wideScores(t,r,n){let{places:i}=this;if(n.seen){this.at("error","duplicate-model",i.cell(t,0),`Model ${JSON.stringify(n.name)} is listed twice: lines ${i.line(this.models.records[n.m])} and ${i.line(t)}.`,"Keep one row per model (the first is used).");return}for(let s=1;s<this.width;s++){let o=this.plain.scenarios[s];if(o===void 0||s>=r.length)continue;let a=this.score(r[s].trim(),t,s);a!==void 0&&o.scores.push(n.m,a,t)}}longScore(t,r,n){let{at:i,places:s,scenarioCol:o,scoreCol:a}=this,u=o<r.length?r[o].trim():"";if(u===""){i("error","empty-scenario-name",s.cell(t,o),"This row has no scenario name.","Write the scenario id in the `scenario` column.");return}if(es(u)){zi(i,u,s.cell(t,o));return}let f=a<r.length?this.score(r[a].trim(),t,a):void 0,d=this.scenario(u,()=>s.cell(t,o),a),c=d.rows.get(n.name);if(c!==void 0){i("error","duplicate-model",s.cell(t,0),`Model ${JSON.stringify(n.name)} is listed twice for scenario ${JSON.stringify(u)}: lines ${s.line(c)} and ${s.line(t)}.`,"Keep one row per model and scenario (the first is used).");return}d.rows.set(n.name,t),f!==void 0&&d.scores.push(n.m,f,t)}score(t,r,n){let{at:i,places:s}=this;if(Za.test(t)){let a=Number(t);if(Number.isFinite(a))return a;i("error","non-finite-score",s.cell(r,n),`The score ${JSON.stringify(t)} is too large to be a finite number.`,"Write a finite decimal number.");return}if(MC.has(t.toLowerCase())){this.countMissing(t,r,n);return}if(/^[+-]?inf(inity)?$/i.test(t)){i("error","non-finite-score",s.cell(r,n),`The score ${JSON.stringify(t)} is infinite.`,"Write a finite decimal number, or leave the cell empty for a missing score.");return}if(es(t)){zi(i,t,s.cell(r,n));return}let o=/^[+-]?\\\\d+(\\\\.\\\\d+)?\\\\s*%$/.test(t)?`Write the number without the percent sign (${t.replace(/\\\\s*%$/,"")}).`:/^[+-]?\\\\d+,\\\\d+$/.test(t)?`Use a decimal point, not a comma (${t.replace(",",".")}).`:"Write a decimal number such as 71.3 or 0.713, or leave the cell empty for a missing score.";i("error","non-numeric-score",s.cell(r,n),`The score ${JSON.stringify(t)} is not a number.`,o)}countMissing(t,r,n){let i=this.missing.get(t);i?i.count++:this.missing.set(t,{count:1,first:this.places.cell(r,n)})}results(t){let{places:r}=this,{quoteFree:n}=this.records,i=this.models.spellings.subarray(0,this.models.count),s=this.models.records.subarray(0,this.models.count),{written:o}=this.spellings,a,u=()=>a??(a=Array.from(i,c=>o[c])),f,d;return{format:this.format,get modelNames(){return u()},modelSpellings:i,get models(){return f??(f=u().map((c,p)=>({text:c,...r.cell(s[p],0)})))},get modelLines(){if(!d){d=new Int32Array(s.length);let c=n?.lines;for(let p=0;p<s.length;p++)d[p]=c?c[s[p]]:r.line(s[p])}return d},scenarios:[...this.scenarios.values()].map(c=>xC(c,r,u)),issues:t}}};function xC(e,t,r){let n,{modelIndex:i,values:s,records:o}=e.scores.done(),a=u=>t.cell(o[u],e.field);return{id:e.id,line:e.line,column:e.column,modelIndex:i,values:s,place:a,rowLine:u=>t.line(o[u]),get cells(){return n??(n=Array.from(s,(u,f)=>({model:r()[i[f]],value:u,...a(f)})))}}}var Xa=class{constructor(t){M(this,"count",0);M(this,"previous",-1);M(this,"spellings");M(this,"records");this.spellings=new Int32Array(t),this.records=new Int32Array(t)}add(t,r){return this.spellings[this.count]=t,this.records[this.count]=r,this.count++}};function DC(e,t,r,n){let{units:i,source:s,maxCellChars:o,cellEnds:a,values:u,spellings:f,scenarios:d,models:c}=e,{starts:p,ends:h}=r,y=a.length;for(let v=1;v<t.length;v++){let _=t[v],b=p[_],w=BC(i,s,b,h[_],o,a,u);if(w<0){n(_);continue}let A=f.numberAt(i,b,a[0],s,c.previous,w);if(f.indexInFile(A)!==void 0){n(_);continue}c.previous=A;let I=c.add(A,_);f.setIndexInFile(A,I);for(let N=1;N<y;N++){let E=d[N];if(E===void 0)continue;let T=u[N];T===T?E.scores.push(I,T,_):e.countMissing(_,N)}}}function BC(e,t,r,n,i,s,o){let a=r,u=Ba;for(;a<n;a++){let f=e[a];if(f===44)break;u=Ua(u,f)}if(a===r||a-r>i||!UC(e[r],e[a-1]))return-1;s[0]=a;for(let f=1;f<s.length;f++){if(a===n)return-1;let d=++a;if(a=$C(e,t,d,n,o,f),a<0||a-d>i)return-1;s[f]=a}return a===n?$a(u):-1}var UC=(e,t)=>e>32&&e<127&&e!==61&&e!==43&&e!==64&&t>32&&t<127;function $C(e,t,r,n,i,s){let o=r,a=e[o];(a===43||a===45)&&o++;let u=0,f=-1,d=0;for(;o<n;o++){let h=e[o];if(h>=48&&h<=57)d=d*10+(h-48),u++,f>=0&&f++;else if(h===46&&f<0)f=0;else break}if(u>0&&u<=15&&(o===n||e[o]===44)){let h=f>0?d/GC[f]:d;return i[s]=a===45?-h:h,o}let c=o;for(;c<n&&e[c]!==44;)c++;let p=c===r?NaN:VC(t.slice(r,c));return p===void 0?-1:(i[s]=p,c)}var GC=Array.from({length:23},(e,t)=>+`1e${t}`);function VC(e){if(!Za.test(e))return;let t=Number(e);return Number.isFinite(t)?t:void 0}function es(e){let t=e.charCodeAt(0);return(t===61||t===43||t===64)&&!Za.test(e)}function C6(e,t,r,n){return e.length<=r.maxCellChars?!0:(n("error","limit-cell-chars",t(),`This cell has ${e.length} characters; the limit maxCellChars is ${r.maxCellChars}.`,"Shorten the cell, or raise limits.max_cell_chars in benchbench.yaml."),!1)}l();var HC={madMultiplier:3,minGapShare:.25,minModels:10};function R6(e,t,r,n=HC){let i=[];for(let h=0;h<r.length;h++)Number.isFinite(e[h])&&Number.isFinite(t[h])&&i.push(h);let s=i.length;if(s<n.minModels||s===0)return{shared:s,checked:!1,medianGap:null,mad:null,threshold:null,flagged:[]};let o=gr(i.map(h=>-e[h])),a=gr(i.map(h=>-t[h])),u=i.map((h,y)=>Math.abs(o[y]-a[y])),f=bi(u),d=E3(u),c=Math.max(f+n.madMultiplier*d,n.minGapShare*s),p=[];return i.forEach((h,y)=>{u[y]>c&&p.push({model:r[h],rank:o[y],aggregateRank:a[y],gap:u[y]})}),p.sort((h,y)=>y.gap-h.gap||(h.model<y.model?-1:h.model>y.model?1:0)),{shared:s,checked:!0,medianGap:f,mad:d,threshold:c,flagged:p}}l();var YC={nearBest:.02,saturatedShare:.25,topModels:10,minTopSpread:.05,minModels:10},jC=1e-9;function F6(e,t,r=YC){let n=t==="lower"?1:-1,i=0,s=new Float64Array(e.length);for(let v=0;v<e.length;v++){let _=e[v];Number.isFinite(_)&&(s[i++]=n*_)}if(i===0)return{models:0,nearBest:0,nearBestShare:null,topModels:0,topSpread:null,saturated:null};let o=s.subarray(0,i).sort();if(o[i-1]-o[0]===1/0)for(let v=0;v<i;v++)o[v]=o[v]/2;let a=o[0],u=o[i-1]-a,f=r.nearBest*u+jC*u,d=0;for(;d<i&&o[d]-a<=f;)d++;let c=Math.min(r.topModels,i),p=d/i,h=u>0?(o[c-1]-a)/u:0,y=i<r.minModels?null:p>=r.saturatedShare||h<r.minTopSpread;return{models:i,nearBest:d,nearBestShare:p,topModels:c,topSpread:h,saturated:y}}l();function ts(e,t,r,n){let i=e.scenarios.indexOf(r);if(i<0)throw new RangeError(`scenario "${r}" is not in the catalog`);let s=ze(e,i),o=[];return e.scenarios.forEach((a,u)=>{if(u===i)return;let f=ze(e,u),[d,c]=r<a?[r,a]:[a,r],[p,h]=r<a?[s,f]:[f,s],y=vi({x:p,y:h,ids:[d,c],method:t,...n?{ranking:n}:{}});o.push({a:d,b:c,result:y})}),WC(r,o)}function WC(e,t){let r=[];for(let n of t){if(n.a!==e&&n.b!==e)continue;let i=n.a===e?n.b:n.a;if(i===e)continue;let s=n.result,o=Ht(s)?s.skipped:Number.isFinite(s.correlation)?null:"every experiment had a constant score vector";r.push(o!==null||Ht(s)?{scenario:i,agreement:null,interval:null,pValue:null,nCommon:s.nCommon,skipped:o}:{scenario:i,agreement:s.correlation,interval:s.interval,pValue:Number.isFinite(s.pValue)?s.pValue:null,nCommon:s.nCommon,skipped:null})}return r.sort((n,i)=>(i.agreement??-1/0)-(n.agreement??-1/0)||i.nCommon-n.nCommon||(n.scenario<i.scenario?-1:n.scenario>i.scenario?1:0))}function KC(e,t,r,n){let i=new Map(t.scenarios.map(s=>[s.toLowerCase(),s]));return e.filter(s=>{let o=i.get(s.id.toLowerCase());return o===void 0?!0:(n.push(At({code:"duplicate-scenario",severity:"error",file:r,line:s.line,column:s.column,message:`The scenario id \\\\`${s.id}\\\\` is already the catalog\\\'s${o===s.id?"":` \\\\`${o}\\\\``}, so it is not scored.`,hint:"Scenario ids are unique across the catalog, ignoring case: rename the column (or the scenario) to score it here."})),!1)})}function k6(e){let t=L6(e.file,e.text,e.limits),r=[...t.issues],{matrix:n}=e,i=new Map(n.models.map((v,_)=>[v,_])),s=e6(n.models),a=KC(t.scenarios,n,e.file,r).map(v=>{let _=new Float64Array(n.models.length).fill(NaN),b=[],w=[],A=new Map;for(let I of v.cells){let N=z3(e.registry,I.model,e.naming),E=i.get(N);b.push(I.value),E===void 0?w.push({name:I.model,line:I.line,suggestions:s(I.model,3)}):A.has(N)?r.push(At({code:"duplicate-model",severity:"error",file:e.file,line:I.line,column:I.column,message:`"${I.model}" is the catalog\\\'s model "${N}", already scored on line ${A.get(N).line}.`,hint:"Keep one row per model; the first score is used."})):(_[E]=I.value,A.set(N,{name:I.model,line:I.line}))}return{sc:v,row:e.direction==="lower"?an(_):_,raw:b,unmatched:w,lineOf:A}});if(!a.length)return{format:t.format??null,issues:r,scenarios:[]};let u=n;for(let v of a)u=A3(u,v.sc.id,v.row);let f=a.map(v=>v.sc.id),d=Ai({matrix:u,aggregate:e.aggregate,method:e.method,boards:[{...e.board,scenarios:[...e.board.scenarios,...f]}]}),c=d.boards[0].rows,p=new Float64Array(u.models.length).fill(NaN);for(let[v,_]of d.aggregate.scores)p[i.get(v)]=_;let h=v=>!f.includes(v),y=a.map((v,_)=>{let b=f[_],w=R6(v.row,p,u.models,e.thresholds.plausibility);return{id:v.sc.id,models:v.raw.length,matched:v.lineOf.size,unmatched:v.unmatched,result:c.find(A=>A.scenario===b),ranked:c.filter(A=>A.rank!==null).length,closest:ts(u,e.method,b,p).filter(A=>h(A.scenario)&&A.agreement!==null).slice(0,e.closest),saturation:F6(Float64Array.from(v.raw),e.direction,e.thresholds.saturation),shared:w.shared,rowsToCheck:w.flagged.map(A=>({model:A.model,name:v.lineOf.get(A.model)?.name??A.model,line:v.lineOf.get(A.model)?.line??0,rank:A.rank,aggregateRank:A.aggregateRank}))}});return{format:t.format??null,issues:r,scenarios:y}}l();l();function P6(e,t,r,n,i=()=>!0){if(!Number.isFinite(t))throw new RangeError(`the minimum agreement is ${t}`);let s=[];for(let o of e){if(o.agreement===null||!(o.agreement>=t)||!i(o.scenario))continue;let a=n(o.scenario);s.push({scenario:o.scenario,agreement:o.agreement,interval:o.interval,nCommon:o.nCommon,access:a.access??null,cost:a.cost?{value:a.cost.value,unit:a.cost.unit,relative:JC(a.cost,r.cost)}:null})}return s}function JC(e,t){return!e||!t||e.unit!==t.unit||!(t.value>0)?null:e.value/t.value}l();l();function x6(e){return e.length?wi(e,_3(e.length)):null}function D6(e,t){let r=ma(e,t);return[Float64Array.from(r,n=>e[n]),Float64Array.from(r,n=>t[n])]}function B6(e,t){let r=x6(t);if(!r)return{tau:NaN,nModels:0};let[n,i]=D6(e,r);return{tau:kn(n,i).statistic,nModels:n.length}}function U6(e,t,r,n){let i=x6(t);if(!i)return null;let[s,o]=D6(e,i);return s.length<2?null:ha(yi(s,o,{correlation:"kendall",samples:r},Vt([n,"subset"])))}function QC(e,t){return t?e.tau===null!=(t.tau===null)?e.tau!==null:e.tau!==null&&t.tau!==null?e.tau>t.tau:e.nModels>t.nModels:!0}function $6(e){let{target:t,minAgreement:r,minModels:n,maxCost:i}=e;if(!(r>=-1&&r<=1))throw new RangeError(`the minimum agreement ${r} is not in [-1, 1]`);let s=[...e.candidates].sort((b,w)=>b.id<w.id?-1:b.id>w.id?1:0),o=[],a=new Set,u=[],f=0,d=0,c="exhausted",p=s.length;for(;s.length;){e.onStep?.(u.length,p);let b=null;for(let A of s){e.checkpoint?.(u.length+1,A.id);let I=a.has(A.group)?0:A.cost;if(i!==void 0&&(I===null||XC(d+I,i)))continue;let N=B6(t,[...o,A.row]),E={candidate:A,tau:N.nModels>=n&&!Number.isNaN(N.tau)?N.tau:null,nModels:N.nModels};QC(E,b)&&(b=E)}if(!b){c="cost";break}let w=b.candidate;if(s.splice(s.indexOf(w),1),o.push(w.row),a.has(w.group)||(a.add(w.group),d+=w.cost??0,f=f===null||w.cost===null?null:f+w.cost),u.push({scenario:w.id,tau:b.tau,nModels:b.nModels,cost:f}),b.tau!==null&&b.tau>=r){c="reached";break}}e.onStep?.(p,p);let h=c==="reached",y=h?u.length:ZC(u),v=u.slice(0,y).map(b=>b.scenario),_=o.slice(0,y);return{steps:u,subset:v,tau:y?u[y-1].tau:null,interval:y?U6(t,_,e.samples,e.seed):null,reached:h,stop:c}}var XC=(e,t)=>e>t+1e-9*Math.max(1,Math.abs(t));function ZC(e){let t=0,r=-1/0;return e.forEach((n,i)=>{n.tau!==null&&n.tau>r&&(r=n.tau,t=i+1)}),t}l();function G6(e,t,r){let n=new Map(e.scenarios.map((u,f)=>[u,f])),i=[...new Set(t)].map(u=>{if(!n.has(u))throw new RangeError(`scenario "${u}" is not in the catalog`);return{id:u,source:r(u)}}),s=[...new Set(i.flatMap(({source:u})=>u.cost?.unit??[]))].sort(),o=s.length===1?s[0]:null;return{candidates:i.map(({id:u,source:f})=>({id:u,row:ze(e,n.get(u)),group:f.group,cost:o!==null?f.cost?.value??null:null})),units:s,unit:o}}var V6=e=>Math.max(2,Math.ceil(e/2)),H6=e=>`the candidates\\\' costs are in ${e.length} units (${e.join(", ")})`;function j6(e,t){let r=wa(e,t);return{...r,row:r.row??new Float64Array(e.models.length).fill(NaN)}}var Y6=(e,t)=>{let r=e[t];return{...r?.access?{access:r.access}:{},...r?.cost?{cost:r.cost}:{}}};function W6(e,t){let{row:r}=j6(e,t.aggregate);return P6(ts(e,t.method,t.scenario,r),t.minAgreement,Y6(t.resources,t.scenario),n=>Y6(t.resources,n))}function K6(e,t,r){let{present:n,row:i}=j6(e,t.aggregate);if(n.length<2)throw new Error("the aggregate has fewer than 2 scenarios in the catalog");let s=i.reduce((c,p)=>Number.isNaN(p)?c:c+1,0),o=t.minModels??V6(s),{candidates:a,units:u,unit:f}=G6(e,t.candidates??e.scenarios,c=>({group:t.resources[c]?.group??c,cost:t.resources[c]?.cost}));if(u.length>1&&t.maxCost!==null)throw new Error(`${H6(u)}: a cost budget needs one; choose candidates whose cost is in one unit`);return{result:$6({target:i,candidates:a,minAgreement:t.minAgreement,minModels:o,...t.maxCost!==null?{maxCost:t.maxCost}:{},samples:t.method.samples,seed:t.method.seed,onStep:r}),aggregateModels:s,minModels:o,candidates:a.length,unit:f,units:u}}l();var J6=new Set(["score","upload","alternatives","subset"]);l();l();l();l();var za=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"],it=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"],Q6=["REQUIRED","OPTIONAL","REPEATED"],X6=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"],Z6=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"],rs=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"],z6=["UNORDERED","ASCENDING","DESCENDING"],e4=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"];l();l();function is(e){let t=ns(e);if(t.type===1)return{type:"Point",coordinates:el(e,t)};if(t.type===2)return{type:"LineString",coordinates:tl(e,t)};if(t.type===3)return{type:"Polygon",coordinates:t4(e,t)};if(t.type===4){let r=[];for(let n=0;n<t.count;n++)r.push(el(e,ns(e)));return{type:"MultiPoint",coordinates:r}}else if(t.type===5){let r=[];for(let n=0;n<t.count;n++)r.push(tl(e,ns(e)));return{type:"MultiLineString",coordinates:r}}else if(t.type===6){let r=[];for(let n=0;n<t.count;n++)r.push(t4(e,ns(e)));return{type:"MultiPolygon",coordinates:r}}else if(t.type===7){let r=[];for(let n=0;n<t.count;n++)r.push(is(e));return{type:"GeometryCollection",geometries:r}}else throw new Error(`Unsupported geometry type: ${t.type}`)}function ns(e){let{view:t}=e,r=t.getUint8(e.offset++)===1,n=t.getUint32(e.offset,r);e.offset+=4;let i=n%1e3,s=Math.floor(n/1e3),o=0;i>1&&i<=7&&(o=t.getUint32(e.offset,r),e.offset+=4);let a=2;return s&&a++,s===3&&a++,{littleEndian:r,type:i,dim:a,count:o}}function el(e,t){let r=[];for(let n=0;n<t.dim;n++){let i=e.view.getFloat64(e.offset,t.littleEndian);e.offset+=8,r.push(i)}return r}function tl(e,t){let r=[];for(let n=0;n<t.count;n++)r.push(el(e,t));return r}function t4(e,t){let{view:r}=e,n=[];for(let i=0;i<t.count;i++){let s=r.getUint32(e.offset,t.littleEndian);e.offset+=4,n.push(tl(e,{...t,count:s}))}return n}var r4=new TextDecoder,st={timestampFromMilliseconds(e){return new Date(Number(e))},timestampFromMicroseconds(e){return new Date(Number(e/1000n))},timestampFromNanoseconds(e){return new Date(Number(e/1000000n))},dateFromDays(e){return new Date(e*864e5)},stringFromBytes(e){return e&&r4.decode(e)},jsonFromBytes(e){return e&&JSON.parse(r4.decode(e))},geometryFromBytes(e){return e&&is({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},geographyFromBytes(e){return e&&is({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},uuidFromBytes(e){if(!e)return;let t=Array.from(e,r=>r.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function rl(e,t,r,n){if(t&&r.endsWith("_DICTIONARY")){let i=e;e instanceof Uint8Array&&!(t instanceof Uint8Array)&&(i=new t.constructor(e.length));for(let s=0;s<e.length;s++)i[s]=t[e[s]];return i}else return nl(e,n)}function nl(e,t){let{element:r,parsers:n,utf8:i=!0,schemaPath:s}=t,{type:o,converted_type:a,logical_type:u}=r,f=r.repetition_type!=="REQUIRED";if(s?.some(c=>c.element.logical_type?.type==="VARIANT")&&o==="BYTE_ARRAY"&&a!=="UTF8"&&u?.type!=="STRING")return e;if(a==="DECIMAL"){let p=10**-(r.scale||0),h=new Array(e.length);for(let y=0;y<h.length;y++)e[y]instanceof Uint8Array?h[y]=il(e[y])*p:h[y]=Number(e[y])*p;return h}if(!a&&o==="INT96")return Array.from(e).map(c=>n.timestampFromNanoseconds(zC(c)));if(a==="DATE")return Array.from(e).map(c=>n.dateFromDays(c));if(a==="TIMESTAMP_MILLIS")return Array.from(e).map(c=>n.timestampFromMilliseconds(c));if(a==="TIMESTAMP_MICROS")return Array.from(e).map(c=>n.timestampFromMicroseconds(c));if(a==="JSON")return e.map(c=>n.jsonFromBytes(c));if(a==="BSON")throw new Error("parquet bson not supported");if(a==="INTERVAL")throw new Error("parquet interval not supported");if(u?.type==="GEOMETRY")return e.map(c=>n.geometryFromBytes(c));if(u?.type==="GEOGRAPHY")return e.map(c=>n.geographyFromBytes(c));if(u?.type==="UUID")return e.map(c=>n.uuidFromBytes(c));if(a==="UTF8"||u?.type==="STRING"||i&&o==="BYTE_ARRAY")return e.map(c=>n.stringFromBytes(c));if(a==="UINT_64"||u?.type==="INTEGER"&&u.bitWidth===64&&!u.isSigned){if(e instanceof BigInt64Array)return new BigUint64Array(e.buffer,e.byteOffset,e.length);let c=f?new Array(e.length):new BigUint64Array(e.length);for(let p=0;p<c.length;p++)c[p]=e[p];return c}if(a==="UINT_32"||u?.type==="INTEGER"&&u.bitWidth===32&&!u.isSigned){if(e instanceof Int32Array)return new Uint32Array(e.buffer,e.byteOffset,e.length);let c=f?new Array(e.length):new Uint32Array(e.length);for(let p=0;p<c.length;p++)c[p]=e[p]<0?4294967296+e[p]:e[p];return c}if(u?.type==="FLOAT16")return Array.from(e).map(sl);if(u?.type==="TIMESTAMP"){let{unit:c}=u,p=n.timestampFromMilliseconds;c==="MICROS"&&(p=n.timestampFromMicroseconds),c==="NANOS"&&(p=n.timestampFromNanoseconds);let h=new Array(e.length);for(let y=0;y<h.length;y++)h[y]=p(e[y]);return h}return e}function il(e){if(!e.length)return 0;let t=0n;for(let n of e)t=t*256n+BigInt(n);let r=e.length*8;return t>=2n**BigInt(r-1)&&(t-=2n**BigInt(r)),Number(t)}function zC(e){let t=(e>>64n)-2440588n,r=e&0xffffffffffffffffn;return t*86400000000000n+r}function sl(e){if(!e)return;let t=e[1]<<8|e[0],r=t>>15?-1:1,n=t>>10&31,i=t&1023;return n===0?r*2**-14*(i/1024):n===31?i?NaN:r*(1/0):r*2**(n-15)*(1+i/1024)}l();l();function n4(e,t,r){let n=e[t],i=[],s=1;if(n.num_children)for(;i.length<n.num_children;){let o=e[t+s],a=n4(e,t+s,[...r,o.name]);s+=a.count,i.push(a)}return{count:s,element:n,children:i,path:r}}function i4(e,t){return ol(n4(e,0,[]),t)}function ol(e,t){let r=[e];for(let n of t){let i=e.children.find(s=>s.element.name===n);if(!i)throw new Error(`parquet schema element not found: ${t}`);r.push(i),e=i}return r}function ss(e){let t=[];function r(n){if(n.children.length)for(let i of n.children)r(i);else t.push(n.path.join("."))}return r(e),t}function al(e){let t=0;for(let{element:r}of e)r.repetition_type==="REPEATED"&&t++;return t}function pn(e){let t=0;for(let{element:r}of e.slice(1))r.repetition_type!=="REQUIRED"&&t++;return t}function s4(e){if(!e||e.element.converted_type!=="LIST"||e.children.length>1)return!1;let t=e.children[0];return!(t.children.length>1||t.element.repetition_type!=="REPEATED")}function o4(e){if(!e||e.element.converted_type!=="MAP"||e.children.length>1)return!1;let t=e.children[0];return!(t.children.length!==2||t.element.repetition_type!=="REPEATED"||t.children.find(i=>i.element.name==="key")?.element.repetition_type==="REPEATED"||t.children.find(i=>i.element.name==="value")?.element.repetition_type==="REPEATED")}function ll(e){if(e.length!==2)return!1;let[,t]=e;return!(t.element.repetition_type==="REPEATED"||t.children.length)}l();function He(e){let t={},r=0;for(;;){if(e.offset>=e.view.byteLength)throw new Error("thrift struct ended without STOP");let n=e.view.getUint8(e.offset++),i=n&15;if(i===0)break;let s=n>>4;r=s?r+s:os(e),t[`field_${r}`]=ul(e,i)}return t}function ul(e,t){switch(t){case 1:return!0;case 2:return!1;case 3:return e.view.getInt8(e.offset++);case 4:case 5:return os(e);case 6:return as(e);case 7:{let r=e.view.getFloat64(e.offset,!0);return e.offset+=8,r}case 8:{let r=me(e);if(e.offset+r>e.view.byteLength)throw new Error(`thrift binary length ${r} exceeds remaining ${e.view.byteLength-e.offset} bytes`);let n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r);return e.offset+=r,n}case 9:{let r=e.view.getUint8(e.offset++),n=r&15,i=r>>4;i===15&&(i=me(e));let s=n===1||n===2,o=new Array(i);for(let a=0;a<i;a++)o[a]=s?ul(e,3)===1:ul(e,n);return o}case 12:return He(e);default:throw new Error(`thrift unhandled type: ${t}`)}}function me(e){let t=0,r=0;for(;;){let n=e.view.getUint8(e.offset++);if(t|=(n&127)<<r,!(n&128))return t;r+=7}}function eR(e){let t=0n,r=0n;for(;;){let n=e.view.getUint8(e.offset++);if(t|=BigInt(n&127)<<r,!(n&128))return t;r+=7n}}function os(e){let t=me(e);return t>>>1^-(t&1)}function as(e){let t=eR(e);return t>>1n^-(t&1n)}l();function a4(e,t){let r=new Map,n=t?.find(({key:s})=>s==="geo")?.value,i=(n&&JSON.parse(n)?.columns)??{};for(let[s,o]of Object.entries(i)){if(o.encoding!=="WKB")continue;let a=o.edges==="spherical"?"GEOGRAPHY":"GEOMETRY",u=o.crs?.id??o.crs?.ids?.[0],f=u?`${u.authority}:${u.code.toString()}`:void 0;r.set(s,{type:a,crs:f})}for(let s=1;s<e.length;s++){let{logical_type:o,name:a,num_children:u,type:f}=e[s];if(u){s+=u;continue}f==="BYTE_ARRAY"&&!o&&(e[s].logical_type=r.get(a))}}var tR=1<<19,rR=new TextDecoder;function Ye(e){return e&&rR.decode(e)}async function yn(e,{parsers:t,initialFetchSize:r=tR,geoparquet:n=!0}={}){if(!e||!(e.byteLength>=0))throw new Error("parquet expected AsyncBuffer");let i=Math.max(0,e.byteLength-r),s=await e.slice(i,e.byteLength),o=new DataView(s);if(o.getUint32(s.byteLength-4,!0)!==827474256)throw new Error("parquet file invalid (footer != PAR1)");let a=o.getUint32(s.byteLength-8,!0);if(a>e.byteLength-8)throw new Error(`parquet metadata length ${a} exceeds available buffer ${e.byteLength-8}`);if(a+8>r){let u=e.byteLength-a-8,f=await e.slice(u,i),d=new ArrayBuffer(a+8),c=new Uint8Array(d);return c.set(new Uint8Array(f)),c.set(new Uint8Array(s),i-u),gn(d,{parsers:t,geoparquet:n})}else return gn(s,{parsers:t,geoparquet:n})}function gn(e,{parsers:t,geoparquet:r=!0}={}){let n;if(e instanceof ArrayBuffer)n=new DataView(e);else if(e instanceof Uint8Array)n=new DataView(e.buffer,e.byteOffset,e.byteLength);else throw new Error("parquet expected ArrayBuffer or Uint8Array");let i={...st,...t};if(n.byteLength<8)throw new Error("parquet file is too short");if(n.getUint32(n.byteLength-4,!0)!==827474256)throw new Error("parquet file invalid (footer != PAR1)");let s=n.byteLength-8,o=n.getUint32(s,!0);if(o>n.byteLength-8)throw new Error(`parquet metadata length ${o} exceeds available buffer ${n.byteLength-8}`);let a=s-o,f=He({view:n,offset:a}),d=f.field_1,c=f.field_2.map(b=>({type:za[b.field_1],type_length:b.field_2,repetition_type:Q6[b.field_3],name:Ye(b.field_4),num_children:b.field_5,converted_type:X6[b.field_6],scale:b.field_7,precision:b.field_8,field_id:b.field_9,logical_type:nR(b.field_10)})),p=c.filter(b=>b.type),h=f.field_3,y=f.field_4.map(b=>({columns:b.field_1.map((w,A)=>({file_path:Ye(w.field_1),file_offset:w.field_2,meta_data:w.field_3&&{type:za[w.field_3.field_1],encodings:w.field_3.field_2?.map(I=>it[I]),path_in_schema:w.field_3.field_3.map(Ye),codec:Z6[w.field_3.field_4],num_values:w.field_3.field_5,total_uncompressed_size:w.field_3.field_6,total_compressed_size:w.field_3.field_7,key_value_metadata:w.field_3.field_8?.map(I=>({key:Ye(I.field_1),value:Ye(I.field_2)})),data_page_offset:w.field_3.field_9,index_page_offset:w.field_3.field_10,dictionary_page_offset:w.field_3.field_11,statistics:iR(w.field_3.field_12,p[A],i),encoding_stats:w.field_3.field_13?.map(I=>({page_type:rs[I.field_1],encoding:it[I.field_2],count:I.field_3})),bloom_filter_offset:w.field_3.field_14,bloom_filter_length:w.field_3.field_15,size_statistics:w.field_3.field_16&&{unencoded_byte_array_data_bytes:w.field_3.field_16.field_1,repetition_level_histogram:w.field_3.field_16.field_2,definition_level_histogram:w.field_3.field_16.field_3},geospatial_statistics:w.field_3.field_17&&{bbox:w.field_3.field_17.field_1&&{xmin:w.field_3.field_17.field_1.field_1,xmax:w.field_3.field_17.field_1.field_2,ymin:w.field_3.field_17.field_1.field_3,ymax:w.field_3.field_17.field_1.field_4,zmin:w.field_3.field_17.field_1.field_5,zmax:w.field_3.field_17.field_1.field_6,mmin:w.field_3.field_17.field_1.field_7,mmax:w.field_3.field_17.field_1.field_8},geospatial_types:w.field_3.field_17.field_2}},offset_index_offset:w.field_4,offset_index_length:w.field_5,column_index_offset:w.field_6,column_index_length:w.field_7,crypto_metadata:w.field_8,encrypted_column_metadata:w.field_9})),total_byte_size:b.field_2,num_rows:b.field_3,sorting_columns:b.field_4?.map(w=>({column_idx:w.field_1,descending:w.field_2,nulls_first:w.field_3})),file_offset:b.field_5,total_compressed_size:b.field_6,ordinal:b.field_7})),v=f.field_5?.map(b=>({key:Ye(b.field_1),value:Ye(b.field_2)})),_=Ye(f.field_6);return r&&a4(c,v),{version:d,schema:c,num_rows:h,row_groups:y,key_value_metadata:v,created_by:_,metadata_length:o}}function Se({schema:e}){return i4(e,[])[0]}function nR(e){return e?.field_1?{type:"STRING"}:e?.field_2?{type:"MAP"}:e?.field_3?{type:"LIST"}:e?.field_4?{type:"ENUM"}:e?.field_5?{type:"DECIMAL",scale:e.field_5.field_1,precision:e.field_5.field_2}:e?.field_6?{type:"DATE"}:e?.field_7?{type:"TIME",isAdjustedToUTC:e.field_7.field_1,unit:l4(e.field_7.field_2)}:e?.field_8?{type:"TIMESTAMP",isAdjustedToUTC:e.field_8.field_1,unit:l4(e.field_8.field_2)}:e?.field_10?{type:"INTEGER",bitWidth:e.field_10.field_1,isSigned:e.field_10.field_2}:e?.field_11?{type:"NULL"}:e?.field_12?{type:"JSON"}:e?.field_13?{type:"BSON"}:e?.field_14?{type:"UUID"}:e?.field_15?{type:"FLOAT16"}:e?.field_16?{type:"VARIANT",specification_version:e.field_16.field_1}:e?.field_17?{type:"GEOMETRY",crs:Ye(e.field_17.field_1)}:e?.field_18?{type:"GEOGRAPHY",crs:Ye(e.field_18.field_1),algorithm:e4[e.field_18.field_2]}:e}function l4(e){if(e.field_1)return"MILLIS";if(e.field_2)return"MICROS";if(e.field_3)return"NANOS";throw new Error("parquet time unit required")}function iR(e,t,r){return e&&{max:Qt(e.field_1,t,r),min:Qt(e.field_2,t,r),null_count:e.field_3,distinct_count:e.field_4,max_value:Qt(e.field_5,t,r),min_value:Qt(e.field_6,t,r),is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function Qt(e,t,r){let{type:n,converted_type:i,logical_type:s}=t;if(e===void 0)return e;if(n==="BOOLEAN")return e[0]===1;if(n==="BYTE_ARRAY")return r.stringFromBytes(e);let o=new DataView(e.buffer,e.byteOffset,e.byteLength);if(n==="FLOAT"&&o.byteLength===4)return o.getFloat32(0,!0);if(n==="DOUBLE"&&o.byteLength===8)return o.getFloat64(0,!0);if(n==="INT32"&&i==="DECIMAL"&&o.byteLength===4)return o.getInt32(0,!0)*10**-(t.scale||0);if(n==="INT64"&&i==="DECIMAL"&&o.byteLength===8)return Number(o.getBigInt64(0,!0))*10**-(t.scale||0);if(n==="INT32"&&i==="DATE")return r.dateFromDays(o.getInt32(0,!0));if(n==="INT64"&&i==="TIMESTAMP_MILLIS")return r.timestampFromMilliseconds(o.getBigInt64(0,!0));if(n==="INT64"&&i==="TIMESTAMP_MICROS")return r.timestampFromMicroseconds(o.getBigInt64(0,!0));if(n==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="NANOS")return r.timestampFromNanoseconds(o.getBigInt64(0,!0));if(n==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="MICROS")return r.timestampFromMicroseconds(o.getBigInt64(0,!0));if(n==="INT64"&&s?.type==="TIMESTAMP")return r.timestampFromMilliseconds(o.getBigInt64(0,!0));let a=i?.startsWith("UINT_")||s?.type==="INTEGER"&&!s.isSigned;return n==="INT32"&&a&&o.byteLength===4?o.getUint32(0,!0):n==="INT64"&&a&&o.byteLength===8?o.getBigUint64(0,!0):n==="INT32"&&o.byteLength===4?o.getInt32(0,!0):n==="INT64"&&o.byteLength===8?o.getBigInt64(0,!0):i==="DECIMAL"?il(e)*10**-(t.scale||0):s?.type==="FLOAT16"?sl(e):s?.type==="UUID"?r.uuidFromBytes(e):e}function u4(e,t,r=void 0){let n={...st,...r},i=He(e);return{null_pages:i.field_1,min_values:i.field_2.map(s=>Qt(s,t,n)),max_values:i.field_3.map(s=>Qt(s,t,n)),boundary_order:z6[i.field_4],null_counts:i.field_5,repetition_level_histograms:i.field_6,definition_level_histograms:i.field_7}}function vn(e){let t=He(e);return{page_locations:t.field_1.map(r=>({offset:r.field_1,compressed_page_size:r.field_2,first_row_index:r.field_3})),unencoded_byte_array_data_bytes:t.field_2}}l();l();l();l();var Q=0xffffffffffffffffn,Xt=0x9e3779b185ebca87n,wn=0xc2b2ae3d27d4eb4fn,f4=0x165667b19e3779f9n,d4=0x85ebca77c2b2ae63n,c4=0x27d4eb2f165667c5n;function qt(e,t){return(e<<t|e>>64n-t)&Q}function qr(e,t){return e=e+t*wn&Q,e=qt(e,31n),e*Xt&Q}function ls(e,t){return e^=qr(0n,t),e*Xt+d4&Q}function ot(e,t=0n){let r=new DataView(e.buffer,e.byteOffset,e.byteLength),n=e.byteLength,i=0,s;if(n>=32){let o=t+Xt+wn&Q,a=t+wn&Q,u=t,f=t-Xt&Q;for(;i+32<=n;)o=qr(o,r.getBigUint64(i,!0)),i+=8,a=qr(a,r.getBigUint64(i,!0)),i+=8,u=qr(u,r.getBigUint64(i,!0)),i+=8,f=qr(f,r.getBigUint64(i,!0)),i+=8;s=qt(o,1n)+qt(a,7n)+qt(u,12n)+qt(f,18n)&Q,s=ls(s,o),s=ls(s,a),s=ls(s,u),s=ls(s,f)}else s=t+c4&Q;for(s=s+BigInt(n)&Q;i+8<=n;)s^=qr(0n,r.getBigUint64(i,!0)),s=qt(s,27n)*Xt+d4&Q,i+=8;for(i+4<=n&&(s^=BigInt(r.getUint32(i,!0))*Xt&Q,s=qt(s,23n)*wn+f4&Q,i+=4);i<n;)s^=BigInt(r.getUint8(i))*c4&Q,s=qt(s,11n)*Xt&Q,i+=1;return s^=s>>33n,s=s*wn&Q,s^=s>>29n,s=s*f4&Q,s^=s>>32n,s}var sR=new TextEncoder,oR=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function aR(e,t){return Number((e>>32n)*BigInt(t)>>32n)}function lR(e){let t=new Uint32Array(8),r=Number(e&0xffffffffn)|0;for(let n=0;n<8;n++)t[n]=1<<(Math.imul(r,oR[n])>>>27);return t}function cl(e,t){let r=aR(t,e.length>>3)<<3,n=lR(t);for(let i=0;i<8;i++)if((e[r+i]&n[i])===0)return!1;return!0}function m4(e){let t=He(e),r=t.field_1;if(typeof r!="number"||r<=0||r%32!==0||!t.field_2?.field_1||!t.field_3?.field_1||!t.field_4?.field_1)return;let{view:n,offset:i}=e;if(i+r>n.byteLength)throw new Error(`parquet bloom filter truncated: need ${r} bytes, have ${n.byteLength-i}`);let s=new Uint32Array(r>>2);for(let o=0;o<s.length;o++)s[o]=n.getUint32(i+o*4,!0);return e.offset=i+r,{numBytes:r,blocks:s}}function dl(e,t){if(e==null)return;let{type:r,converted_type:n,logical_type:i}=t;if(r==="BOOLEAN")return typeof e!="boolean"?void 0:ot(new Uint8Array([e?1:0]));if(r==="FLOAT"){if(typeof e!="number")return;let s=new ArrayBuffer(4);return new DataView(s).setFloat32(0,e,!0),ot(new Uint8Array(s))}if(r==="DOUBLE"){if(typeof e!="number")return;let s=new ArrayBuffer(8);return new DataView(s).setFloat64(0,e,!0),ot(new Uint8Array(s))}if(r==="INT32"){if(n==="DATE"||n==="DECIMAL"||n==="TIME_MILLIS"||i?.type==="DATE"||i?.type==="TIME"||i?.type==="DECIMAL"||typeof e!="number"||!Number.isInteger(e))return;let s=new ArrayBuffer(4);return new DataView(s).setInt32(0,e|0,!0),ot(new Uint8Array(s))}if(r==="INT64"){if(n==="TIMESTAMP_MILLIS"||n==="TIMESTAMP_MICROS"||n==="TIME_MICROS"||n==="DECIMAL"||i?.type==="TIMESTAMP"||i?.type==="TIME"||i?.type==="DECIMAL")return;let s;if(typeof e=="bigint")s=e;else if(typeof e=="number"&&Number.isSafeInteger(e))s=BigInt(e);else return;let o=new ArrayBuffer(8);return new DataView(o).setBigUint64(0,BigInt.asUintN(64,s),!0),ot(new Uint8Array(o))}if(r==="BYTE_ARRAY")return n==="JSON"||n==="BSON"||n==="DECIMAL"||i?.type==="JSON"||i?.type==="BSON"||i?.type==="VARIANT"||i?.type==="GEOMETRY"||i?.type==="GEOGRAPHY"?void 0:typeof e=="string"?ot(sR.encode(e)):e instanceof Uint8Array?ot(e):void 0;if(r==="FIXED_LEN_BYTE_ARRAY")return n==="DECIMAL"||n==="INTERVAL"||i?.type==="DECIMAL"||i?.type==="UUID"||i?.type==="FLOAT16"||i?.type==="GEOMETRY"||i?.type==="GEOGRAPHY"?void 0:e instanceof Uint8Array?ot(e):void 0}function h4(e){let t=new Set;return fl(e,t),t}function fl(e,t){if(e){if("$and"in e&&Array.isArray(e.$and)){for(let r of e.$and)fl(r,t);return}if("$or"in e&&Array.isArray(e.$or)){for(let r of e.$or)fl(r,t);return}if(!("$nor"in e))for(let[r,n]of Object.entries(e))r.startsWith("$")||(typeof n=="object"&&n!==null&&!Array.isArray(n)?("$eq"in n||"$in"in n)&&t.add(r):t.add(r))}}l();function ml(e,t){for(let n=0;n<t.length;n+=1e4)e.push(...t.slice(n,n+1e4))}function he(e,t,r=!0){if(r?e===t:e==t)return!0;if(!e||!t||typeof e!="object"||typeof t!="object")return!1;if(e instanceof Uint8Array&&t instanceof Uint8Array){if(e.length!==t.length)return!1;for(let i=0;i<e.length;i++)if(e[i]!==t[i])return!1;return!0}if(e instanceof Date||t instanceof Date)return e instanceof Date&&t instanceof Date&&e.getTime()===t.getTime();if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return!1;for(let i=0;i<e.length;i++)if(!he(e[i],t[i],r))return!1;return!0}let n=Object.keys(e);if(n.length!==Object.keys(t).length)return!1;for(let i of n)if(!he(e[i],t[i],r))return!1;return!0}function hl(e){if(!e)return[];if(e.length===1)return e[0];let t=[];for(let r of e)ml(t,r);return t}var p4=new TextEncoder;function Lr(e){if(!e)return[];let t=[];return"$and"in e&&Array.isArray(e.$and)?t.push(...e.$and.flatMap(Lr)):"$or"in e&&Array.isArray(e.$or)?t.push(...e.$or.flatMap(Lr)):"$nor"in e&&Array.isArray(e.$nor)?t.push(...e.$nor.flatMap(Lr)):t.push(...Object.keys(e)),[...new Set(t)]}function fs(e){return[...new Set(Lr(e).map(t=>t.split(".")[0]))]}function Mt(e,t,r=!0){return"$and"in t&&Array.isArray(t.$and)?t.$and.every(n=>Mt(e,n,r)):"$or"in t&&Array.isArray(t.$or)?t.$or.some(n=>Mt(e,n,r)):"$nor"in t&&Array.isArray(t.$nor)?!t.$nor.some(n=>Mt(e,n,r)):Object.entries(t).every(([n,i])=>{let s=cR(e,n);return typeof i!="object"||i===null||Array.isArray(i)?he(s,i,r):Object.entries(i||{}).every(([o,a])=>o==="$gt"?s!=null&&s>a:o==="$gte"?s!=null&&s>=a:o==="$lt"?s!=null&&s<a:o==="$lte"?s!=null&&s<=a:o==="$eq"?he(s,a,r):o==="$ne"?!he(s,a,r):o==="$in"?Array.isArray(a)&&g4(s,a,r):o==="$nin"?Array.isArray(a)&&!g4(s,a,r):o==="$not"?!Mt({value:s},{value:a},r):!0)})}function g4(e,t,r){return t.some(n=>he(e,n,r)||Array.isArray(e)&&e.some(i=>he(i,n,r)))}function Cr({rowGroup:e,physicalColumns:t,filter:r,strict:n=!0,bloomFilters:i,schemaElements:s}){if(!r)return!1;if("$and"in r&&Array.isArray(r.$and))return r.$and.some(o=>Cr({rowGroup:e,physicalColumns:t,filter:o,strict:n,bloomFilters:i,schemaElements:s}));if("$or"in r&&Array.isArray(r.$or))return r.$or.every(o=>Cr({rowGroup:e,physicalColumns:t,filter:o,strict:n,bloomFilters:i,schemaElements:s}));if("$nor"in r&&Array.isArray(r.$nor))return!1;for(let[o,a]of Object.entries(r)){let u=t.indexOf(o);if(u===-1)continue;let f=e.columns[u].meta_data?.statistics,{min:d,max:c,min_value:p,max_value:h,null_count:y}=f||{},v=p!==void 0?p:d,_=h!==void 0?h:c,b=v!==void 0&&_!==void 0,w=i?.[o],A=s?.[o],I=Mt({value:null},{value:a},n)&&(y===void 0||y>0);if(b&&!I&&w4(a,v,_,n,A))return!0;for(let[N,E]of Object.entries(a||{}))if(w&&A){if(N==="$eq"){let T=dl(E,A);if(T!==void 0&&!cl(w.blocks,T))return!0}if(N==="$in"&&Array.isArray(E)&&E.length>0){let T=!0;for(let C of E){let B=dl(C,A);if(B===void 0||cl(w.blocks,B)){T=!1;break}}if(T)return!0}}}return!1}function w4(e,t,r,n,i){if(t===void 0||r===void 0)return!1;let s=i?.type==="FLOAT"||i?.type==="DOUBLE"||i?.logical_type?.type==="FLOAT16";for(let[o,a]of Object.entries(e||{})){let u=Mr(t,a,n,i),f=Mr(r,a,n,i),c=!(t instanceof Uint8Array||r instanceof Uint8Array)&&(i?.type!=="BYTE_ARRAY"||typeof a=="string"&&[...a].every(p=>p.charCodeAt(0)<=127));if(o==="$gt"&&c&&f!==void 0&&f<=0||o==="$gte"&&c&&f!==void 0&&f<0||o==="$lt"&&c&&u!==void 0&&u>=0||o==="$lte"&&c&&u!==void 0&&u>0)return!0;if(o==="$eq"){let p=Mr(a,t,n,i),h=Mr(a,r,n,i);if(p!==void 0&&p<0||h!==void 0&&h>0)return!0}if(o==="$ne"&&!s&&he(t,r,n)&&he(t,a,n)||o==="$in"&&Array.isArray(a)&&a.every(p=>{let h=Mr(p,t,n,i),y=Mr(p,r,n,i);return h!==void 0&&h<0||y!==void 0&&y>0})||o==="$nin"&&!s&&Array.isArray(a)&&he(t,r,n)&&a.some(p=>he(t,p,n)))return!0}return!1}function Mr(e,t,r,n){if(n?.type==="BYTE_ARRAY")return typeof e!="string"||typeof t!="string"?void 0:y4(p4.encode(e),p4.encode(t));if(e instanceof Uint8Array||t instanceof Uint8Array)return!(e instanceof Uint8Array)||!(t instanceof Uint8Array)?void 0:y4(e,t);if(e<t)return-1;if(e>t)return 1;if(he(e,t,r))return 0}function y4(e,t){let r=Math.min(e.length,t.length);for(let n=0;n<r;n++){if(e[n]<t[n])return-1;if(e[n]>t[n])return 1}return e.length<t.length?-1:e.length>t.length?1:0}function uR(e,t){return Mt({value:null},{value:e},t)}function us(e,t,r,n=!0){if(!e)return;if("$and"in e&&Array.isArray(e.$and)){let s;for(let o of e.$and)s=v4(s,us(o,t,r,n));return s}if("$or"in e&&Array.isArray(e.$or)){let s=[];for(let o of e.$or){let a=us(o,t,r,n);if(!a)return;s=fR(s,a)}return s}if("$nor"in e&&Array.isArray(e.$nor))return;let i;for(let[s,o]of Object.entries(e)){let a=t[s];if(!a)continue;let u=uR(o,n),f=[];for(let d=0;d<a.pageStarts.length;d++){let c=a.pageStarts[d],p=d+1<a.pageStarts.length?a.pageStarts[d+1]:r,h=a.nullCounts?.[d],y=u&&(h===void 0||h>0);if(!(!a.nullPages[d]&&!y&&w4(o,a.minValues[d],a.maxValues[d],n,a.element))){let _=f[f.length-1];_&&_[1]===c?_[1]=p:f.push([c,p])}}i=v4(i,f)}return i}function v4(e,t){if(!e)return t;if(!t)return e;let r=[],n=0,i=0;for(;n<e.length&&i<t.length;){let s=Math.max(e[n][0],t[i][0]),o=Math.min(e[n][1],t[i][1]);s<o&&r.push([s,o]),e[n][1]<t[i][1]?n++:i++}return r}function fR(e,t){let r=[],n=0,i=0;for(;n<e.length||i<t.length;){let s=i>=t.length||n<e.length&&e[n][0]<=t[i][0]?e[n++]:t[i++],o=r[r.length-1];o&&s[0]<=o[1]?o[1]=Math.max(o[1],s[1]):r.push([s[0],s[1]])}return r}function cR(e,t){let r=e;for(let n of t.split("."))r=r?.[n];return r}l();var _4=1<<21,dR=8192;function A4(e){let{metadata:t,rowStart:r=0,columns:n,useOffsetIndex:i=!1}=e;if(!t)throw new Error("parquetPlan requires metadata");let s=[],o=[],a=[],u=S4(e);for(let f of u.groups){let d=I4({...f,columns:n,useOffsetIndex:i});s.push(...d.groups),o.push(...d.fetches),a.push(...d.indexes)}return o.push(...a),{metadata:t,rowStart:r,rowEnd:u.rowEnd,columns:n,fetches:o,groups:s}}function S4({metadata:e,rowStart:t=0,rowEnd:r=1/0,columns:n,filter:i,filterStrict:s=!0,bloomFiltersByGroup:o,schemaElements:a,pageRangesByGroup:u,pageLocationsByGroup:f}){if(!e)throw new Error("parquetPlan requires metadata");let d=Se(e),c=ss(d),p=i?{...O4(d),...a}:a,h=[],y=0;for(let v=0;v<e.row_groups.length;v++){let _=e.row_groups[v],b=Number(_.num_rows),w=y+b;if(b>0&&w>t&&y<r&&!Cr({rowGroup:_,physicalColumns:c,filter:i,strict:s,bloomFilters:o?.[v],schemaElements:p})){let A=Math.max(t-y,0),I=Math.min(r-y,b),N=u?.[v],E=f?.[v],T=N?N.map(([C,B])=>[Math.max(C,A),Math.min(B,I)]).filter(([C,B])=>C<B):[[A,I]];T.length>1&&(T=_.columns.every(B=>{let ie=B.meta_data?.path_in_schema[0],Ie=B.meta_data?.path_in_schema.join(".");return n&&ie&&!n.includes(ie)?!0:!!(B.offset_index_offset&&B.offset_index_length)||!!(Ie&&E?.[Ie])})?mR(T,_,n,E):[[T[0][0],T[T.length-1][1]]]),T.length&&h.push({rowGroup:_,groupIndex:v,groupStart:y,groupRows:b,ranges:T,pageRanges:N,pageLocations:E})}y=w}return{groups:h,rowEnd:isFinite(r)?r:y}}function I4({rowGroup:e,groupStart:t,groupRows:r,ranges:n,columns:i,useOffsetIndex:s=!1,pageRanges:o,pageLocations:a}){let u=[],f=[],d=[],c=n.length>1||n[0][0]>0||n[0][1]<r;for(let v of e.columns){let _=v.meta_data;if(v.file_path)throw new Error("parquet file_path not supported");if(!_)throw new Error("parquet column metadata is undefined");if(i&&!i.includes(_.path_in_schema[0]))continue;let b=_.dictionary_page_offset||_.data_page_offset,w=Number(b),A=Number(b+_.total_compressed_size),I=a?.[_.path_in_schema.join(".")];if(I&&c)u.push({columnMetadata:_,pageLocations:I,range:{startByte:w,endByte:A}});else if((s||o)&&v.offset_index_offset&&v.offset_index_length&&c){let N=Number(v.offset_index_offset);u.push({columnMetadata:_,offsetIndex:{startByte:N,endByte:N+v.offset_index_length},range:{startByte:Number(b),endByte:A}})}else u.push({columnMetadata:_,range:{startByte:w,endByte:A}})}let p=[],h;for(let v of u)"pageLocations"in v||("offsetIndex"in v?d.push(v.offsetIndex):i?p.push(v.range):h&&v.range.endByte-h.startByte<=_4?h.endByte=v.range.endByte:(h&&f.push(h),h={...v.range}));return h&&f.push(h),f.push(...T4(p,dR,_4)),{groups:n.map(([v,_])=>({chunks:u,rowGroup:e,groupStart:t,groupRows:r,selectStart:v,selectEnd:_})),fetches:f,indexes:d}}function mR(e,t,r,n){let i=t.columns.filter(o=>!r||r.includes(o.meta_data?.path_in_schema[0]||"")).map(o=>n?.[o.meta_data?.path_in_schema.join(".")||""]),s=[];for(let o of e){let a=s[s.length-1],u=a&&i.some(f=>{if(!f)return!0;let d=b4(a,f,Number(t.num_rows)),c=b4(o,f,Number(t.num_rows));return d[0]<=c[1]&&c[0]<=d[1]});a&&u?a[1]=o[1]:s.push([...o])}return s}function b4([e,t],r,n){let i=1/0,s=-1/0;for(let o=0;o<r.length;o++){let a=Number(r[o].first_row_index);(o+1<r.length?Number(r[o+1].first_row_index):n)>e&&a<t&&(i=Math.min(i,o),s=o)}return[i,s]}async function N4({file:e,metadata:t,filter:r,filterStrict:n=!0}){let i=t.row_groups.map(()=>({})),s=h4(r);if(s.size===0)return i;let o=ss(Se(t)),a=[];return t.row_groups.forEach((u,f)=>{if(!Cr({rowGroup:u,physicalColumns:o,filter:r,strict:n}))for(let d of s){let c=o.indexOf(d);if(c===-1)continue;let p=u.columns[c]?.meta_data;if(!p?.bloom_filter_offset||!p.bloom_filter_length)continue;let h=Number(p.bloom_filter_offset),y=h+p.bloom_filter_length;a.push((async()=>{let v=await e.slice(h,y),_=m4({view:new DataView(v),offset:0});_&&(i[f][d]=_)})())}}),a.length&&await Promise.all(a),i}async function E4({file:e,metadata:t,filter:r,filterStrict:n=!0,rowStart:i=0,rowEnd:s=1/0,columns:o,bloomFiltersByGroup:a,schemaElements:u,parsers:f}){let d=t.row_groups.map(()=>{}),c=t.row_groups.map(()=>({}));if(r&&"$nor"in r&&Array.isArray(r.$nor))return{pageRangesByGroup:d,pageLocationsByGroup:c};let p=Lr(r);if(!p.length)return{pageRangesByGroup:d,pageLocationsByGroup:c};let h=Se(t),y=ss(h),v={...O4(h),...u},_=[],b=[],w=[],A=0;if(t.row_groups.forEach((I,N)=>{let E=Number(I.num_rows),T=A+E,C=E>0&&T>i&&A<s;if(A=T,!C||Cr({rowGroup:I,physicalColumns:y,filter:r,strict:n,bloomFilters:a?.[N],schemaElements:v}))return;let B={},ie=0,Ie=new Set,pe=!1;for(let X of p){let R=y.indexOf(X);if(R===-1)continue;let ee=I.columns[R];if(!ee?.meta_data||!ee.column_index_offset||!ee.column_index_length||!ee.offset_index_offset||!ee.offset_index_length)continue;let F=v[X];if(!F)continue;pe=!0,Ie.add(X);let te=Number(ee.column_index_offset),Oe=Number(ee.offset_index_offset),U=te+ee.column_index_length,ge=Oe+ee.offset_index_length;_.push({startByte:te,endByte:U},{startByte:Oe,endByte:ge}),ie++,b.push(async ye=>{let[je,zt]=await Promise.all([ye.slice(te,U),ye.slice(Oe,ge)]),Ct=u4({view:new DataView(je),offset:0},F,f),ql=vn({view:new DataView(zt),offset:0});c[N][X]=ql.page_locations,B[X]={minValues:Ct.min_values,maxValues:Ct.max_values,nullPages:Ct.null_pages,nullCounts:Ct.null_counts,pageStarts:ql.page_locations.map(j4=>Number(j4.first_row_index)),element:F}})}if(pe)for(let X of I.columns){let R=X.meta_data;if(!R)continue;let ee=R.path_in_schema[0],q=R.path_in_schema.join(".");if(o&&!o.includes(ee)||Ie.has(q)||!X.offset_index_offset||!X.offset_index_length)continue;Ie.add(q);let F=Number(X.offset_index_offset),te=F+X.offset_index_length;_.push({startByte:F,endByte:te}),ie++,b.push(async Oe=>{let U=await Oe.slice(F,te),ge=vn({view:new DataView(U),offset:0});c[N][q]=ge.page_locations})}ie&&w.push({rgIdx:N,groupRows:E,columnPages:B})}),b.length){let I=pl(e,{fetches:T4(_)});await Promise.all(b.map(N=>N(I)));for(let{rgIdx:N,groupRows:E,columnPages:T}of w)d[N]=us(r,T,E,n)}return{pageRangesByGroup:d,pageLocationsByGroup:c}}function T4(e,t=0,r=1/0){let n=e.map(s=>({...s})).sort((s,o)=>s.startByte-o.startByte||s.endByte-o.endByte),i=[];for(let s of n){let o=i[i.length-1];o&&s.startByte<=o.endByte+t&&Math.max(o.endByte,s.endByte)-o.startByte<=r?o.endByte=Math.max(o.endByte,s.endByte):i.push(s)}return i}function O4(e){let t={};function r(n){if(n.children.length)for(let i of n.children)r(i);else t[n.path.join(".")]=n.element}return r(e),t}function pl(e,{fetches:t}){let r=t.map(({startByte:n,endByte:i})=>e.slice(n,i));return{byteLength:e.byteLength,slice(n,i=e.byteLength){let s=t.findIndex(({startByte:o,endByte:a})=>o<=n&&i<=a);if(s<0)return e.slice(n,i);if(t[s].startByte!==n||t[s].endByte!==i){let o=n-t[s].startByte,a=i-t[s].startByte;return r[s]instanceof Promise?r[s].then(u=>u.slice(o,a)):r[s].slice(o,a)}else return r[s]}}}l();l();l();var yl=new TextDecoder,q4=new WeakMap;function vl(e,t=st){if(Array.isArray(e))return e.map(r=>vl(r,t));if(typeof e!="object")return e;if("metadata"in e){let r=hR(e.metadata),n=e.typed_value&&cs(e.typed_value,r,t),i=e.value&&_n(ds(e.value),r,t);return n&&i?{...i,...n}:n??i}return e}function cs(e,t,r){if(e instanceof Date)return e;if(e&&typeof e=="object"&&!Array.isArray(e)&&!(e instanceof Uint8Array)){if("typed_value"in e&&e.typed_value!==null&&e.typed_value!==void 0)return cs(e.typed_value,t,r);if("value"in e&&e.value instanceof Uint8Array)return _n(ds(e.value),t,r);if("typed_value"in e||"value"in e)return null;let n={};for(let[i,s]of Object.entries(e))t.dictionary.includes(i)&&(n[i]=cs(s,t,r));return n}return e instanceof Uint8Array?_n(ds(e),t,r):Array.isArray(e)?e.map(n=>cs(n,t,r)):e}function ds(e){return{view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}}function hR(e){let t=q4.get(e.buffer);t||(t=new Map,q4.set(e.buffer,t));let r=`${e.byteOffset}:${e.byteLength}`,n=t.get(r);if(n)return n;let i=ds(e),s=i.view.getUint8(i.offset++),o=s&15;if(o!==1)throw new Error(`parquet unsupported variant metadata version: ${o}`);let a=(s>>4&1)===1,u=(s>>6&3)+1,f=Zt(i,u),d=new Array(f+1);for(let y=0;y<d.length;y++)d[y]=Zt(i,u);let c=i.offset,p=new Array(f);for(let y=0;y<f;y++){let v=d[y],_=d[y+1],b=new Uint8Array(e.buffer,e.byteOffset+c+v,_-v);p[y]=yl.decode(b)}let h={dictionary:p,sorted:a};return t.set(r,h),h}function Zt(e,t){let r=0;for(let n=0;n<t;n++)r|=e.view.getUint8(e.offset+n)<<n*8;return e.offset+=t,r}function _n(e,t,r){let n=e.view.getUint8(e.offset++),i=n&3,s=n>>2;if(i===0)return pR(e,s,r);if(i===2)return gR(e,s,t,r);if(i===3)return yR(e,s,t,r);let o=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,s);return e.offset+=s,yl.decode(o)}function pR(e,t,r){switch(t){case 0:return null;case 1:return!0;case 2:return!1;case 3:{let n=e.view.getInt8(e.offset);return e.offset+=1,n}case 4:{let n=e.view.getInt16(e.offset,!0);return e.offset+=2,n}case 5:{let n=e.view.getInt32(e.offset,!0);return e.offset+=4,n}case 6:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,n}case 7:{let n=e.view.getFloat64(e.offset,!0);return e.offset+=8,n}case 8:return gl(e,4);case 9:return gl(e,8);case 10:return gl(e,16);case 11:{let n=e.view.getInt32(e.offset,!0);return e.offset+=4,r.dateFromDays(n)}case 12:case 13:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,r.timestampFromMicroseconds(n)}case 14:{let n=e.view.getFloat32(e.offset,!0);return e.offset+=4,n}case 15:return M4(e);case 16:{let n=M4(e);return yl.decode(n)}case 17:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,n}case 18:case 19:{let n=e.view.getBigInt64(e.offset,!0);return e.offset+=8,r.timestampFromNanoseconds(n)}case 20:{let n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,16);e.offset+=16;let i=Array.from(n,s=>s.toString(16).padStart(2,"0")).join("");return`${i.slice(0,8)}-${i.slice(8,12)}-${i.slice(12,16)}-${i.slice(16,20)}-${i.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}function gR(e,t,r,n){let i=(t&3)+1,s=(t>>2&3)+1,a=t>>4&1?Zt(e,4):e.view.getUint8(e.offset++),u=new Array(a);for(let c=0;c<a;c++)u[c]=Zt(e,s);let f=new Array(a+1);for(let c=0;c<f.length;c++)f[c]=Zt(e,i);let d={};for(let c=0;c<a;c++){let p=r.dictionary[u[c]],h={view:e.view,offset:e.offset+f[c]};d[p]=_n(h,r,n)}return e.offset+=f[f.length-1],d}function yR(e,t,r,n){let i=t&3,s=t>>2&1,o=i+1,a=Zt(e,s?4:1),u=new Array(a+1);for(let c=0;c<u.length;c++)u[c]=Zt(e,o);let f=e.offset,d=new Array(a);for(let c=0;c<a;c++){let p={view:e.view,offset:f+u[c]};d[c]=_n(p,r,n)}return e.offset=f+u[u.length-1],d}function gl(e,t){let r=e.view.getUint8(e.offset);e.offset+=1;let n;if(t===4)n=BigInt(e.view.getInt32(e.offset,!0)),e.offset+=4;else if(t===8)n=e.view.getBigInt64(e.offset,!0),e.offset+=8;else{let i=e.view.getBigUint64(e.offset,!0);n=e.view.getBigInt64(e.offset+8,!0)<<64n|i,e.offset+=16}return Number(n)*10**-r}function M4(e){let t=e.view.getUint32(e.offset,!0);e.offset+=4;let r=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t,r}function wl(e,t,r,n,i){let s=pn(i);if(!t?.length&&!r.length){if(!s||!n.length)return n;t=new Array(n.length).fill(s)}let o=t?.length||r.length,a=i.map(({element:y})=>y.repetition_type),u=0,f=[e],d=e,c=0,p=0,h=0;if(r[0])for(;c<a.length-2&&h<r[0];)c++,a[c]!=="REQUIRED"&&(d=d.at(-1),f.push(d),p++),a[c]==="REPEATED"&&h++;for(let y=0;y<o;y++){let v=t?.length?t[y]:s,_=r[y];for(;c&&(_<h||a[c]!=="REPEATED");)a[c]!=="REQUIRED"&&(f.pop(),p--),a[c]==="REPEATED"&&h--,c--;for(d=f.at(-1);(c<a.length-2||a[c+1]==="REPEATED")&&(p<v||a[c+1]==="REQUIRED");){if(c++,a[c]!=="REQUIRED"){let b=[];d.push(b),d=b,f.push(b),p++}a[c]==="REPEATED"&&h++}v===s?d.push(n[u++]):c===a.length-2?d.push(null):d.push([])}if(!e.length)for(let y=0;y<s;y++){let v=[];d.push(v),d=v}return e}function Rr(e,t,r,n=0){let i=t.path.join("."),s=t.element.repetition_type==="OPTIONAL",o=s?n+1:n;if(s4(t)){let a=t.children[0],u=o;a.children.length===1&&(a=a.children[0],u++),Rr(e,a,r,u);let f=a.path.join("."),d=e.get(f);if(!d)throw new Error("parquet list column missing values");s&&ms(d,n),e.set(i,d),e.delete(f);return}if(o4(t)){let a=t.children[0].element.name;Rr(e,t.children[0].children[0],r,o+1),Rr(e,t.children[0].children[1],r,o+1);let u=e.get(`${i}.${a}.key`),f=e.get(`${i}.${a}.value`);if(!u)throw new Error("parquet map column missing keys");if(!f)throw new Error("parquet map column missing values");if(u.length!==f.length)throw new Error("parquet map column key/value length mismatch");let d=L4(u,f,o);s&&ms(d,n),e.delete(`${i}.${a}.key`),e.delete(`${i}.${a}.value`),e.set(i,d);return}if(t.children.length){let a=t.element.repetition_type==="REQUIRED"?n:n+1,u={};for(let d of t.children){Rr(e,d,r,a);let c=e.get(d.path.join("."));if(!c)throw new Error("parquet struct missing child data");u[d.element.name]=c}for(let d of t.children)e.delete(d.path.join("."));let f=C4(u,a);t.element.logical_type?.type==="VARIANT"&&(f=vl(f,r)),s&&ms(f,n),e.set(i,f)}}function ms(e,t){for(let r=0;r<e.length;r++)t?ms(e[r],t-1):e[r]=e[r][0]}function L4(e,t,r){let n=[];for(let i=0;i<e.length;i++)if(r)n.push(L4(e[i],t[i],r-1));else if(e[i]){let s={};for(let o=0;o<e[i].length;o++){let a=t[i][o];s[e[i][o]]=a===void 0?null:a}n.push(s)}else n.push(void 0);return n}function C4(e,t){let r=Object.keys(e),n=e[r[0]]?.length,i=[];for(let s=0;s<n;s++){let o={};for(let a of r){if(e[a].length!==n)throw new Error("parquet struct parsing error");o[a]=e[a][s]}t?i.push(C4(o,t-1)):i.push(o)}return i}l();l();l();function Fr(e,t,r){if(r instanceof Int32Array){vR(e,t,r);return}let n=me(e),i=me(e);me(e);let s=as(e),o=0;r[o++]=s;let a=n/i;for(;o<t;){let u=as(e),f=new Uint8Array(i);for(let d=0;d<i;d++)f[d]=e.view.getUint8(e.offset++);for(let d=0;d<i&&o<t;d++){let c=f[d];if(c){let p=0,h=a,y=(1n<<BigInt(c))-1n;for(;h&&o<t;){let v=BigInt(e.view.getUint32(e.offset,!0)>>>p)&y;for(p+=c;p>=32;)p-=32,e.offset+=4,p&&(v|=BigInt(e.view.getUint32(e.offset,!0))<<BigInt(c-p)&y);let _=u+v;s+=_,r[o++]=s,h--}h&&(e.offset+=Math.ceil((h*c+p)/8))}else for(let p=0;p<a&&o<t;p++)s+=u,r[o++]=s}}}function vR(e,t,r){let n=me(e),i=me(e);me(e);let s=os(e),o=0;r[o++]=s;let a=n/i,{view:u}=e;for(;o<t;){let f=wR(e),d=e.offset,c=d+i;for(let p=0;p<i&&o<t;p++){let h=u.getUint8(d+p),y=c+a*h/8,v=0;for(let _=0;_<a&&o<t;_++){let b=0,w=0;for(;w<h;){let A=Math.min(8-v,h-w);w<32&&(b|=(u.getUint8(c)>>>v&(1<<A)-1)<<w),w+=A,v+=A,v===8&&(v=0,c++)}s=s+f+b|0,r[o++]=s}c=y}e.offset=c}}function wR(e){let t=e.offset,r=me(e),n=e.offset-t===5?e.view.getUint8(t+4)>>>4&1:0;return(r>>>1|n<<31)^-(r&1)}function _l(e,t,r){let n=new Int32Array(t);Fr(e,t,n);for(let i=0;i<t;i++)r[i]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,n[i]),e.offset+=n[i]}function bl(e,t,r){let n=new Int32Array(t);Fr(e,t,n);let i=new Int32Array(t);Fr(e,t,i);for(let s=0;s<t;s++){let o=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i[s]);n[s]?(r[s]=new Uint8Array(n[s]+i[s]),r[s].set(r[s-1].subarray(0,n[s])),r[s].set(o,n[s])):r[s]=o,e.offset+=i[s]}}l();function at(e,t,r,n){n===void 0&&(n=e.view.getUint32(e.offset,!0),e.offset+=4);let i=e.offset,s=0;for(;s<r.length;){let o=me(e);if(o&1)s=bR(e,o,t,r,s);else{let a=o>>>1;_R(e,a,t,r,s),s+=a}}e.offset=i+n}function _R(e,t,r,n,i){let s=r+7>>3,o=0;for(let a=0;a<s;a++)o|=e.view.getUint8(e.offset++)<<(a<<3);for(let a=0;a<t;a++)n[i+a]=o}function bR(e,t,r,n,i){let s=t>>1<<3,o=(1<<r)-1,a=0;if(e.offset<e.view.byteLength)a=e.view.getUint8(e.offset++);else if(o)throw new Error(`parquet bitpack offset ${e.offset} out of range`);let u=8,f=0;for(;s;)f>8?(f-=8,u-=8,a>>>=8):u-f<r?(a|=e.view.getUint8(e.offset)<<u,e.offset++,u+=8):(i<n.length&&(n[i++]=a>>f&o),s--,f+=r);return i}function Al(e,t,r,n){let i=AR(r,n),s=new Uint8Array(t*i);for(let o=0;o<i;o++)for(let a=0;a<t;a++)s[a*i+o]=e.view.getUint8(e.offset++);if(r==="FLOAT")return new Float32Array(s.buffer);if(r==="DOUBLE")return new Float64Array(s.buffer);if(r==="INT32")return new Int32Array(s.buffer);if(r==="INT64")return new BigInt64Array(s.buffer);if(r==="FIXED_LEN_BYTE_ARRAY"){let o=new Array(t);for(let a=0;a<t;a++)o[a]=s.subarray(a*i,(a+1)*i);return o}throw new Error(`parquet byte_stream_split unsupported type: ${r}`)}function AR(e,t){switch(e){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${e}`)}}l();function bn(e,t,r,n){if(r===0)return[];if(t==="BOOLEAN")return SR(e,r);if(t==="INT32")return IR(e,r);if(t==="INT64")return NR(e,r);if(t==="INT96")return ER(e,r);if(t==="FLOAT")return TR(e,r);if(t==="DOUBLE")return OR(e,r);if(t==="BYTE_ARRAY")return qR(e,r);if(t==="FIXED_LEN_BYTE_ARRAY"){if(!n)throw new Error("parquet missing fixed length");return MR(e,r,n)}else throw new Error(`parquet unhandled type: ${t}`)}function SR(e,t){let r=new Array(t);for(let n=0;n<t;n++){let i=e.offset+(n/8|0),s=n%8,o=e.view.getUint8(i);r[n]=(o&1<<s)!==0}return e.offset+=Math.ceil(t/8),r}function IR(e,t){let r=(e.view.byteOffset+e.offset)%4?new Int32Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Int32Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*4,r}function NR(e,t){let r=(e.view.byteOffset+e.offset)%8?new BigInt64Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new BigInt64Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*8,r}function ER(e,t){let r=new Array(t);for(let n=0;n<t;n++){let i=e.view.getBigInt64(e.offset+n*12,!0),s=e.view.getInt32(e.offset+n*12+8,!0);r[n]=BigInt(s)<<64n|i}return e.offset+=t*12,r}function TR(e,t){let r=(e.view.byteOffset+e.offset)%4?new Float32Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Float32Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*4,r}function OR(e,t){let r=(e.view.byteOffset+e.offset)%8?new Float64Array(hs(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new Float64Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t*8,r}function qR(e,t){let r=new Array(t);for(let n=0;n<t;n++){let i=e.view.getUint32(e.offset,!0);e.offset+=4,r[n]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i),e.offset+=i}return r}function MR(e,t,r){let n=new Array(t);for(let i=0;i<t;i++)n[i]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r),e.offset+=r;return n}function hs(e,t,r){let n=new ArrayBuffer(r);return new Uint8Array(n).set(new Uint8Array(e,t,r)),n}l();var LR=[0,255,65535,16777215,4294967295];function R4(e,t,r,n,i){for(let s=0;s<i;s++)r[n+s]=e[t+s]}function F4(e,t){let r=e.byteLength,n=t.byteLength,i=0,s=0;for(;i<r;){let o=e[i];if(i++,o<128)break}if(n&&i>=r)throw new Error("invalid snappy length header");for(;i<r;){let o=e[i],a=0;if(i++,i>=r)throw new Error("missing eof marker");if((o&3)===0){let u=(o>>>2)+1;if(u>60){if(i+3>=r)throw new Error("snappy error literal pos + 3 >= inputLength");let f=u-60;u=e[i]+(e[i+1]<<8)+(e[i+2]<<16)+(e[i+3]<<24),u=(u&LR[f])+1,i+=f}if(i+u>r)throw new Error("snappy error literal exceeds input length");R4(e,i,t,s,u),i+=u,s+=u}else{let u=0;switch(o&3){case 1:a=(o>>>2&7)+4,u=e[i]+(o>>>5<<8),i++;break;case 2:if(r<=i+1)throw new Error("snappy error end of input");a=(o>>>2)+1,u=e[i]+(e[i+1]<<8),i+=2;break;case 3:if(r<=i+3)throw new Error("snappy error end of input");a=(o>>>2)+1,u=e[i]+(e[i+1]<<8)+(e[i+2]<<16)+(e[i+3]<<24),i+=4;break;default:break}if(u===0||isNaN(u))throw new Error(`invalid offset ${u} pos ${i} inputLength ${r}`);if(u>s)throw new Error("cannot copy from before start of buffer");R4(t,s-u,t,s,a),s+=a}}if(s!==n)throw new Error("premature end of input")}function k4(e,t,{type:r,element:n,schemaPath:i}){let s=new DataView(e.buffer,e.byteOffset,e.byteLength),o={view:s,offset:0},a,u=CR(o,t,i),{definitionLevels:f,numNulls:d}=RR(o,t,i),c=t.num_values-d;if(t.encoding==="PLAIN")a=bn(o,r,c,n.type_length);else if(t.encoding==="PLAIN_DICTIONARY"||t.encoding==="RLE_DICTIONARY"||t.encoding==="RLE"){let p=r==="BOOLEAN"?1:s.getUint8(o.offset++);p?(a=new Array(c),r==="BOOLEAN"?(at(o,p,a),a=a.map(h=>!!h)):at(o,p,a,s.byteLength-o.offset)):a=new Uint8Array(c)}else if(t.encoding==="BYTE_STREAM_SPLIT")a=Al(o,c,r,n.type_length);else if(t.encoding==="DELTA_BINARY_PACKED")a=r==="INT32"?new Int32Array(c):new BigInt64Array(c),Fr(o,c,a);else if(t.encoding==="DELTA_LENGTH_BYTE_ARRAY")a=new Array(c),_l(o,c,a);else if(t.encoding==="DELTA_BYTE_ARRAY")a=new Array(c),bl(o,c,a);else throw new Error(`parquet unsupported encoding: ${t.encoding}`);return{definitionLevels:f,repetitionLevels:u,dataPage:a}}function CR(e,t,r){if(r.length>1){let n=al(r);if(n){let i=new Array(t.num_values);return at(e,gs(n),i),i}}return[]}function RR(e,t,r){let n=pn(r);if(!n)return{definitionLevels:[],numNulls:0};let i=new Array(t.num_values);at(e,gs(n),i);let s=t.num_values;for(let o of i)o===n&&s--;return s===0&&(i.length=0),{definitionLevels:i,numNulls:s}}function ps(e,t,r,n){let i,s=n?.[r];if(r==="UNCOMPRESSED")i=e;else if(s)i=s(e,t);else if(r==="SNAPPY")i=new Uint8Array(t),F4(e,i);else throw new Error(`parquet unsupported compression codec: ${r}`);if(i?.length!==t)throw new Error(`parquet decompressed page length ${i?.length} does not match header ${t}`);return i}function P4(e,t,r){let i={view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0},{type:s,element:o,schemaPath:a,codec:u,compressors:f}=r,d=t.data_page_header_v2;if(!d)throw new Error("parquet data page header v2 is undefined");let c=FR(i,d,a);i.offset=d.repetition_levels_byte_length;let p=kR(i,d,a),h=t.uncompressed_page_size-d.definition_levels_byte_length-d.repetition_levels_byte_length,y=e.subarray(i.offset);d.is_compressed!==!1&&(y=ps(y,h,u,f));let v=new DataView(y.buffer,y.byteOffset,y.byteLength),_={view:v,offset:0},b,w=d.num_values-d.num_nulls;if(d.encoding==="PLAIN")b=bn(_,s,w,o.type_length);else if(d.encoding==="RLE")b=new Array(w),at(_,1,b),b=b.map(A=>!!A);else if(d.encoding==="PLAIN_DICTIONARY"||d.encoding==="RLE_DICTIONARY"){let A=v.getUint8(_.offset++);b=new Array(w),at(_,A,b,h-1)}else if(d.encoding==="DELTA_BINARY_PACKED")b=s==="INT32"?new Int32Array(w):new BigInt64Array(w),Fr(_,w,b);else if(d.encoding==="DELTA_LENGTH_BYTE_ARRAY")b=new Array(w),_l(_,w,b);else if(d.encoding==="DELTA_BYTE_ARRAY")b=new Array(w),bl(_,w,b);else if(d.encoding==="BYTE_STREAM_SPLIT")b=Al(_,w,s,o.type_length);else throw new Error(`parquet unsupported encoding: ${d.encoding}`);return{definitionLevels:p,repetitionLevels:c,dataPage:b}}function FR(e,t,r){let n=al(r);if(!n)return[];let i=new Array(t.num_values);return at(e,gs(n),i,t.repetition_levels_byte_length),i}function kR(e,t,r){let n=pn(r);if(n){let i=new Array(t.num_values);return at(e,gs(n),i,t.definition_levels_byte_length),i}}function gs(e){return 32-Math.clz32(e)}function Sl(e,{groupStart:t,selectStart:r,selectEnd:n},i,s){let{pathInSchema:o,schemaPath:a}=i,u=ll(a),f=[],d,c,p=0,h=0,y=s&&(()=>{c&&s({pathInSchema:o,columnData:c,rowStart:t+p-c.length,rowEnd:t+p})});for(;(u?p<n:e.offset<e.view.byteLength-1)&&!(e.offset>=e.view.byteLength-1);){let v=PR(e);if(v.type==="DICTIONARY_PAGE"){let{data:_}=x4(e,v,i,d,void 0,0);_&&(d=nl(_,i))}else{let _=c?.length||0,b=x4(e,v,i,d,c,r-p);b.skipped?(f.length||(h+=b.skipped),p+=b.skipped):b.data&&c===b.data?p+=b.data.length-_:b.data&&b.data.length&&(y?.(),f.push(b.data),p+=b.data.length,c=b.data)}}return y?.(),{data:f,skipped:h}}function x4(e,t,r,n,i,s){let{type:o,element:a,schemaPath:u,codec:f,compressors:d}=r,c=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);if(e.offset+=t.compressed_page_size,t.type==="DATA_PAGE"){let p=t.data_page_header;if(!p)throw new Error("parquet data page header is undefined");if(s>p.num_values&&ll(u))return{skipped:p.num_values};let h=ps(c,Number(t.uncompressed_page_size),f,d),{definitionLevels:y,repetitionLevels:v,dataPage:_}=k4(h,p,r),b=rl(_,n,p.encoding,r),w=Array.isArray(i)?i:[];return{skipped:0,data:wl(w,y,v,b,u)}}else if(t.type==="DATA_PAGE_V2"){let p=t.data_page_header_v2;if(!p)throw new Error("parquet data page header v2 is undefined");if(s>p.num_rows)return{skipped:p.num_rows};let{definitionLevels:h,repetitionLevels:y,dataPage:v}=P4(c,t,r),_=rl(v,n,p.encoding,r),b=Array.isArray(i)?i:[];return{skipped:0,data:wl(b,h,y,_,u)}}else if(t.type==="DICTIONARY_PAGE"){let p=t.dictionary_page_header;if(!p)throw new Error("parquet dictionary page header is undefined");let h=ps(c,Number(t.uncompressed_page_size),f,d),y={view:new DataView(h.buffer,h.byteOffset,h.byteLength),offset:0};return{skipped:0,data:bn(y,o,p.num_values,a.type_length)}}else throw new Error(`parquet unsupported page type: ${t.type}`)}function PR(e){let t=He(e),r=rs[t.field_1],n=t.field_2,i=t.field_3,s=t.field_4,o=t.field_5&&{num_values:t.field_5.field_1,encoding:it[t.field_5.field_2],definition_level_encoding:it[t.field_5.field_3],repetition_level_encoding:it[t.field_5.field_4],statistics:D4(t.field_5.field_5)},a=t.field_6,u=t.field_7&&{num_values:t.field_7.field_1,encoding:it[t.field_7.field_2],is_sorted:t.field_7.field_3},f=t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:it[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:t.field_8.field_7===void 0?!0:t.field_8.field_7,statistics:D4(t.field_8.field_8)};return{type:r,uncompressed_page_size:n,compressed_page_size:i,crc:s,data_page_header:o,index_page_header:a,dictionary_page_header:u,data_page_header_v2:f}}function D4(e){return e&&{max:e.field_1,min:e.field_2,null_count:e.field_3,distinct_count:e.field_4,max_value:e.field_5,min_value:e.field_6,is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function U4(e,{metadata:t},r){let n=[],i=Se(t);for(let s of r.chunks){let{path_in_schema:o}=s.columnMetadata,a=ol(i,o),u={pathInSchema:o,element:a[a.length-1].element,schemaPath:a,...e,...s.columnMetadata,parsers:{...st,...e.parsers}},{startByte:f,endByte:d}=s.range;"pageLocations"in s?n.push({pathInSchema:o,data:B4(e,r,s,s.pageLocations,u)}):"offsetIndex"in s?n.push({pathInSchema:o,data:Promise.resolve(e.file.slice(s.offsetIndex.startByte,s.offsetIndex.endByte)).then(c=>{let p=vn({view:new DataView(c),offset:0}).page_locations;return B4(e,r,s,p,u)})}):n.push({pathInSchema:o,data:Promise.resolve(e.file.slice(f,d)).then(c=>{let p={view:new DataView(c),offset:0};return Sl(p,r,u,e.onPage)})})}return{groupStart:r.groupStart,groupRows:r.groupRows,selectStart:r.selectStart,selectEnd:r.selectEnd,asyncColumns:n}}async function B4(e,t,r,n,i){let{data_page_offset:s,dictionary_page_offset:o}=r.columnMetadata,{selectStart:a,selectEnd:u}=t,{startByte:f,endByte:d}=r.range,c=-1,p=o||s<n[0].offset;for(let w=0;w<n.length;w++){let A=n[w],I=Number(A.first_row_index),N=w+1<n.length?Number(n[w+1].first_row_index):t.groupRows;c<0&&N>a&&(f=Number(A.offset),c=I),I<u&&(d=Number(A.offset)+A.compressed_page_size)}c<0&&(c=0);let h;if(p&&c){let w=Number(n[0].offset)-r.range.startByte,[A,I]=await Promise.all([e.file.slice(r.range.startByte,Number(n[0].offset)),e.file.slice(f,d)]),N=new Uint8Array(w+I.byteLength);N.set(new Uint8Array(A,0,w)),N.set(new Uint8Array(I),w),h=new DataView(N.buffer)}else p?h=new DataView(await e.file.slice(r.range.startByte,d)):h=new DataView(await e.file.slice(f,d));let y={view:h,offset:0},v=c?{...t,groupStart:t.groupStart+c,selectStart:t.selectStart-c,selectEnd:t.selectEnd-c}:t,{data:_,skipped:b}=Sl(y,v,i,e.onPage);return{data:_,skipped:c+b}}async function Il({asyncColumns:e},t,r,n,i){let s=await Promise.all(e.map(c=>c.data.then(({skipped:p,data:h})=>({skipped:p,data:hl(h)})))),o=r-t;if(i==="object"){let c=Array(o);for(let p=0;p<o;p++){let h={};for(let y=0;y<e.length;y++){let{data:v,skipped:_}=s[y];h[e[y].pathInSchema[0]]=v[t+p-_]}c[p]=h}return c}let a=e.map(c=>c.pathInSchema[0]).filter(c=>!n||n.includes(c)),u=n??a,f=u.map(c=>e.findIndex(p=>p.pathInSchema[0]===c)),d=Array(o);for(let c=0;c<o;c++){let p=Array(e.length);for(let h=0;h<u.length;h++){let y=f[h];if(y<0)throw new Error(`parquet column not found: ${u[h]}`);let{data:v,skipped:_}=s[y];p[h]=v[t+c-_]}d[c]=p}return d}function Nl(e,t,r){let{asyncColumns:n}=e,i={...st,...r},s=[];for(let o of t.children)if(o.children.length){let a=n.filter(u=>u.pathInSchema[0]===o.element.name);if(!a.length)continue;s.push({pathInSchema:o.path,data:(async()=>{let u=await Promise.all(a.map(y=>y.data)),f=new Map,d=u.map(({data:y})=>hl(y)),c=Math.max(e.selectStart??0,...u.map(y=>y.skipped)),p=Math.min(e.selectEnd??1/0,...u.map((y,v)=>y.skipped+d[v].length));for(let y=0;y<a.length;y++){let v=c-u[y].skipped,_=Math.max(0,p-c);f.set(a[y].pathInSchema.join("."),d[y].slice(v,v+_))}Rr(f,o,i);let h=f.get(o.element.name);if(!h)throw new Error("parquet column data not assembled");return{data:[h],skipped:c}})()})}else{let a=n.find(u=>u.pathInSchema[0]===o.element.name);a&&s.push(a)}return{...e,asyncColumns:s}}l();async function $4(e){let t=await xR(e);return{options:t,plan:A4(t)}}async function xR(e){let t=e.metadata??await yn(e.file,e),r=Se(t).children.map(o=>o.element.name),i=fs(e.filter).filter(o=>!r.includes(o));if(i.length)throw new Error(`parquet filter columns not found: ${i.join(", ")}`);if(e.columns){let o=e.columns.filter(a=>!r.includes(a));if(o.length)throw new Error(`parquet column not found: ${o[0]}`)}let s={...e,metadata:t};return s=await DR(s),s=await BR(s),s}function G4(e,t){let r={...e,file:pl(e.file,t)};return t.groups.map(n=>U4(r,t,n))}async function DR(e){if(!e.useBloomFilters||!e.filter||!e.metadata)return e;let t=Se(e.metadata),r={};for(let i of t.children)r[i.element.name]=i.element;let n=await N4({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict});return{...e,bloomFiltersByGroup:n,schemaElements:r}}async function BR(e){if(!e.usePageIndex||!e.filter||!e.metadata)return e;let{pageRangesByGroup:t,pageLocationsByGroup:r}=await E4({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict,rowStart:e.rowStart,rowEnd:e.rowEnd,columns:e.columns,bloomFiltersByGroup:e.bloomFiltersByGroup,schemaElements:e.schemaElements,parsers:e.parsers});return{...e,pageRangesByGroup:t,pageLocationsByGroup:r}}var V4=Symbol("rowIndex");async function Tl(e){e.metadata??(e.metadata=await yn(e.file,e));let{rowStart:t=0,rowEnd:r,columns:n,onChunk:i,onComplete:s,rowFormat:o,filter:a,filterStrict:u=!0}=e;if(a&&o!=="object")throw new Error(\\\'parquet filter requires rowFormat: "object"\\\');if(e.includeRowIndex&&o!=="object")throw new Error(\\\'parquet includeRowIndex requires rowFormat: "object"\\\');let f=fs(a),d=n;if(n&&f.length){let w=new Set(n),A=f.filter(I=>!w.has(I));A.length&&(d=[...n,...A])}let c=d===n?e:{...e,columns:d},p=await $4(c),h=p.options,y=d!==n,v=G4(h,p.plan);if(!s&&!i){await El(v);return}if(!h.metadata)throw new Error("parquet requires metadata");let _=Se(h.metadata),b=v.map(w=>Nl(w,_,e.parsers));if(i)for(let w of b)for(let A of w.asyncColumns)A.data.then(({data:I,skipped:N})=>{let E=w.groupStart+N;for(let T of I)i({columnName:A.pathInSchema[0],columnData:T,rowStart:E,rowEnd:E+T.length}),E+=T.length},()=>{});if(s){await El(b);let w=[];for(let A of b){let I=A.selectStart??Math.max(t-A.groupStart,0),N=A.selectEnd??Math.min((r??1/0)-A.groupStart,A.groupRows),E=o==="object"?await Il(A,I,N,d,"object"):await Il(A,I,N,n,"array");if(e.includeRowIndex)for(let T=0;T<E.length;T++)Object.defineProperty(E[T],V4,{value:A.groupStart+I+T});if(a){for(let T of E)if(Mt(T,a,u)){if(y&&n)for(let C of f)n.includes(C)||delete T[C];w.push(T)}}else ml(w,E)}s(w)}else await El(b)}async function El(e){let t=e.flatMap(i=>i.asyncColumns.map(s=>s.data)),n=(await Promise.allSettled(t)).find(i=>i.status==="rejected");if(n)throw n.reason}async function H4(e,t,r){let n;try{n=gn(e)}catch(p){throw new Error(`this is not a Parquet file (${p instanceof Error?p.message:String(p)})`)}let i=n.key_value_metadata?.find(p=>p.key==="benchbench.catalog_hash")?.value;if(i!==r)throw new Error(`this scores.parquet is not the page\\\'s: its catalog is ${i??"not named"}, the page\\\'s is ${r}`);let{models:s,scenarios:o}=t,a=s.length,u=new Float64Array(o.length*a).fill(NaN),f=UR(e,n,t),d=0;for(let p of n.row_groups){let h=d+Number(p.num_rows),y=await f("model",d,h),v=await f("scenario",d,h),_=await f("score",d,h);for(let b=0;b<h-d;b++){let[w,A,I]=[Number(y[b]),Number(v[b]),Number(_[b])];if(!(w>=0&&A>=0)||Number.isNaN(I))throw new Error(`scores.parquet lacks part of its row ${d+b+1}`);u[A*a+w]=I}d=h}let c=new Map(o.map((p,h)=>[p,h]));for(let p of t.lower_is_better){let h=c.get(p);if(h===void 0)continue;let y=u.subarray(h*a,(h+1)*a);y.set(an(y))}return{models:s,scenarios:o,values:u}}function UR(e,t,r){let n=new TextDecoder,i=(o,a)=>{let u=new Map(a.map((f,d)=>[f,d]));return{stringFromBytes:f=>{let d=n.decode(f),c=u.get(d);if(c===void 0)throw new Error(`scores.parquet names ${o} ${d}, which the page does not know`);return c}}},s={model:i("model",r.models),scenario:i("scenario",r.scenarios)};return async(o,a,u)=>{let f=[];await Tl({file:e,metadata:t,rowStart:a,rowEnd:u,columns:[o],...o==="score"?{}:{parsers:s[o]},onChunk:p=>f.push(p)});let d=f[0];if(f.length===1&&d.rowStart===a&&d.columnData.length===u-a)return d.columnData;let c=new Array(u-a);for(let{columnData:p,rowStart:h}of f){let y=h-a,v=Math.min(p.length,u-a-y);for(let _=0;_<v;_++)c[y+_]=p[_]}return c}}function Y4(e,t){let r=e.scenarios.indexOf(t),n=new Map,i=e.models.length;for(let s=0;r>=0&&s<i;s++){let o=e.values[r*i+s];Number.isNaN(o)||n.set(e.models[s],o)}return n}var ys=self,Lt=null,vs=[],Ol=!1;ys.onmessage=e=>{vs.push(e.data),Ol||$R()};async function $R(){for(Ol=!0;vs.length;){let e=vs.shift();if(J6.has(e.type)&&vs.some(n=>n.type===e.type))continue;let{id:t}=e,r=(n,i)=>ys.postMessage({type:"progress",id:t,done:n,total:i});try{ys.postMessage({type:"answer",id:t,answer:await GR(e,r)})}catch(n){ys.postMessage({type:"error",id:t,message:n instanceof Error?n.message:String(n)})}await new Promise(n=>setTimeout(n,0))}Ol=!1}async function GR(e,t){if(e.type==="load")return Lt=null,Lt=await H4(e.parquet,e.shape,e.catalogHash),null;if(!Lt)throw new Error("the scores are not loaded");switch(e.type){case"score":return VR(e,Lt,t);case"upload":return k6({...e.input,matrix:Lt});case"scenario-scores":return Y4(Lt,e.scenario);case"alternatives":return W6(Lt,e);case"subset":return K6(Lt,e,t)}}function VR(e,t,r){let n=new Set(e.boards.flatMap(o=>o.scenarios)).size,i=0,s=0;return Ai({matrix:t,aggregate:e.aggregate,method:e.method,boards:e.boards,checkpoint:()=>{i++,i-s>=Math.max(1,n/100)&&(s=i,r(i,n))}})}})();\\n\'],{type:"text/javascript"})))}score(r,t){this.loaded||t.progress(0,0),this.ask({type:"score",...r},t)}upload(r,t){this.ask({type:"upload",input:r},t)}alternatives(r,t){this.ask({type:"alternatives",...r},t)}subset(r,t){this.ask({type:"subset",...r},t)}scenarioScores(r){return new Promise((t,n)=>this.ask({type:"scenario-scores",scenario:r},{result:t,error:i=>n(new Error(i))}))}ask(r,t){let n=++this.next;if(ni.has(r.type)){let a=this.newest.get(r.type);a!==void 0&&this.waiting.delete(a),this.newest.set(r.type,n)}let i=()=>ni.has(r.type)&&this.newest.get(r.type)!==n;this.ready().then(()=>{i()||(this.waiting.set(n,t),this.engine().postMessage({...r,id:n}))},a=>{i()||t.error(z3(a))})}ready(){return this.loaded??(this.loaded=this.load().catch(r=>{throw this.loaded=null,r})),this.loaded}async load(){let r=await this.source.bytes(),t=++this.next;await new Promise((n,i)=>{this.waiting.set(t,{result:()=>n(),error:o=>i(new Error(o))});let a={type:"load",id:t,parquet:r,shape:this.shape,catalogHash:this.catalogHash};this.engine().postMessage(a,[r])})}engine(){if(this.worker)return this.worker;let r=new Worker(this.url);return r.onmessage=t=>this.receive(t.data),r.onerror=t=>this.failed(t.message||"the engine stopped"),this.worker=r}receive(r){let t=this.waiting.get(r.id);if(t){if(r.type==="progress")return t.progress?.(r.done,r.total);this.waiting.delete(r.id),r.type==="answer"?t.result(r.answer):t.error(r.message)}}failed(r){this.worker?.terminate(),this.worker=null,this.loaded=null;let t=[...this.waiting.values()];this.waiting.clear();for(let n of t)n.error(r)}};var ms="benchbench site --serve",ii=class extends Error{};function ds(){let e=null,r=null,t=d("input",{type:"file",id:"scores-file",accept:".parquet"}),n=d("div",{class:"scores-notice",role:"alert",hidden:!0},d("p",{},"Recomputing, scoring your own file and the scatter plots need every score, which is in ",d("code",{},cr)," beside this page; a page opened from a file (file://) cannot read it by itself. Serve the site over HTTP with ",d("code",{},`${ms} --out <site folder>`)," and open the address it prints, or choose that folder’s scores.parquet here: "),d("label",{for:"scores-file"},`${cr} `),t);t.addEventListener("change",()=>{if(e=t.files?.[0]??null,!e)return;n.hidden=!0;let a=r;r=null,a?.()});async function i(){if(e)return e.arrayBuffer();if(location.protocol==="file:")throw n.hidden=!1,new ii(`this needs ${cr}, which a page opened from a file cannot read: run ${ms}, or choose the file above`);let a=await fetch(new URL(cr,location.href));if(!a.ok)throw new Error(`could not load ${cr} (HTTP ${a.status})`);return a.arrayBuffer()}return{notice:n,bytes:i,retry(a){r=a}}}async function ps(){let e=document.getElementById(ss);if(e.dataset.encoding!==ls)throw new Error("the page data is not packed as expected");let r=Uint8Array.from(atob(e.textContent.trim()),n=>n.charCodeAt(0)),t=new Blob([r]).stream().pipeThrough(new DecompressionStream("deflate-raw"));return JSON.parse(await new Response(t).text())}var Lr=(e,r)=>JSON.stringify(e.method)===JSON.stringify(r.method)&&e.aggregate.join(",")===r.aggregate.join(",")&&e.minScenariosPerModel===r.minScenariosPerModel,Ut=class{constructor(r){T(this,"data",r);T(this,"catalog");T(this,"viewContext");T(this,"problems");T(this,"view");T(this,"shown");T(this,"labels",new Map);T(this,"trusts",new Map);T(this,"resources");T(this,"boardSpecs");T(this,"source",ds());T(this,"engine");T(this,"nameOf",r=>this.labels.get(r)?.name??r);this.catalog={method:ut(r.method),aggregate:r.aggregate.scenarios},this.viewContext={...this.catalog,boards:r.boards.map(n=>n.id),scenarios:new Set(r.shape.scenarios)};let t=cs(location.search,location.hash,this.viewContext);this.view=t.view,this.problems=t.problems,this.shown={boards:r.boards,aggregateScores:r.aggregate.scores,choice:this.catalog};for(let n of r.boards)for(let i of n.rows)this.labels.set(i.scenario,{name:i.name,benchmark:i.benchmark,category:i.category,direction:i.direction}),this.trusts.set(i.scenario,{saturation:i.saturation,plausibility:i.plausibility});this.resources=e4(r),this.boardSpecs=r.boards.map(n=>({id:n.id,title:n.title,scenarios:n.rows.map(i=>i.scenario).sort()})),this.engine=new Dt(this.source,r.shape,r.catalog.hash)}setView(r){this.view={...this.view,...r},this.writeUrl()}writeUrl(){history.replaceState(null,"",fs(this.view,this.viewContext)||location.pathname)}aggregateOf(r){return{scenarios:r.aggregate,minScenariosPerModel:r.minScenariosPerModel??this.data.aggregate_min_scenarios_per_model}}inForce(){return{method:this.shown.choice.method,aggregate:this.aggregateOf(this.shown.choice),resources:this.resources}}board(){return this.boardSpecs.find(r=>r.id===this.view.board)??this.boardSpecs[0]}};function e4(e){let r={};for(let t of e.benchmarks)for(let n of t.scenarios)r[n]={group:t.id,...t.access?{access:t.access}:{},...t.cost?{cost:t.cost}:{}};return r}var hs=["open","gated","private"];var Gt="not stated";function t4(e,r){if(!r.access.has(e.access??Gt))return!1;let t=r.maxCost;return!t||e.cost!==null&&e.cost.unit===t.unit&&e.cost.value<=t.value}var n4=e=>e?`${e.value} ${e.unit}`:"unknown";function i4(){let e=Ft("alt-min",.05,.6),r=[...hs,Gt].map(c=>{let u=`alt-access-${c.replace(" ","-")}`,l=d("input",{type:"checkbox",id:u,value:c,checked:!0});return{level:c,box:l,label:d("span",{class:"check"},l,d("label",{for:u},c))}}),t=d("input",{id:"alt-max-cost",type:"number",min:0,step:"any",inputmode:"decimal"}),n=d("select",{id:"alt-cost-unit","aria-label":"Unit of the highest cost"}),i=()=>{let c=t.value.trim()===""?NaN:Number(t.value);return{access:new Set(r.filter(u=>u.box.checked).map(u=>u.level)),maxCost:Number.isFinite(c)&&n.value?{value:c,unit:n.value}:null}},a=(c,u)=>{let l=[...new Set(c.flatMap(h=>h.cost?.unit??[]))].sort();u&&!l.includes(u)&&l.unshift(u);let f=n.value||u||l[0]||"";n.replaceChildren(...l.map(h=>d("option",{value:h,selected:h===f},h))),n.disabled=t.disabled=l.length===0},o=d("div",{class:"alt-filters"},d("div",{class:"field"},d("label",{for:e.id},"Agreeing at least"),e),d("fieldset",{class:"alt-access"},d("legend",{},"Access"),...r.map(c=>c.label)),d("div",{class:"field"},d("label",{for:t.id},"Cost at most"),d("span",{class:"alt-cost"},t,n)));return{min:e,filter:i,offerUnits:a,onFilter:c=>{for(let u of r)u.box.addEventListener("change",c);t.addEventListener("input",c),n.addEventListener("change",c)},element:o}}function gs(e){let r=document.documentElement,t=i4(),{min:n}=t,i=d("p",{class:"alt-status","aria-live":"polite"}),a=d("div",{class:"alt-table"}),o=[];function s(){let u=t.filter(),l=o.filter(h=>t4(h,u)),f=Number(n.value);i.textContent=`${o.length} benchmark${o.length===1?"":"s"} agree at least ${I(f,2)} with this one`+(l.length===o.length?".":`; ${l.length} pass the filters.`),a.replaceChildren(l.length?a4(l,e):d("p",{},"No alternative passes."))}function c(){let u=Number(n.value);if(n.value.trim()===""||!(u>=-1&&u<=1)){i.textContent="The minimum agreement is a number from −1 to 1.";return}r.dataset.alternatives="busy",i.textContent="Finding alternatives in your browser…",e.ask(u,{result:l=>{o=l,t.offerUnits(l,e.own?.cost?.unit),s(),r.dataset.alternatives="done"},error:l=>{i.textContent=`The alternatives could not be computed: ${l}`,r.dataset.alternatives="done"}})}return n.addEventListener("change",c),t.onFilter(s),c(),d("section",{class:"alternatives","aria-labelledby":"alt-title"},d("h3",{id:"alt-title"},"Efficient alternatives"),d("p",{class:"hint"},`Benchmarks that rank models like this one, with what it takes to run them. This one: access ${e.own?.access??Gt}, cost ${n4(e.own?.cost)}. As "benchbench alternatives ${e.scenario}".`),t.element,i,a)}function a4(e,r){let t=["Benchmark","Agreement","90% interval","Models shared","Access","Cost"];return d("table",{class:"alternatives-table"},d("caption",{},"Alternatives, most agreeing first"),d("thead",{},d("tr",{},...t.map((n,i)=>d("th",{scope:"col",class:i>0&&i<4?"num":null},n)))),d("tbody",{},...e.map(n=>{let i=d("button",{type:"button",class:"link","data-scenario":n.scenario},r.nameOf(n.scenario));i.addEventListener("click",()=>r.open(n.scenario));let a=n.cost?.relative;return d("tr",{"data-scenario":n.scenario},d("td",{class:"name"},i),d("td",{class:"num","data-label":"Agreement"},$("agreement",n.agreement,I(n.agreement))),d("td",{class:"num","data-label":"90% interval"},ne("interval",n.interval)),d("td",{class:"num","data-label":"Models shared"},B("n-common",n.nCommon)),d("td",{"data-label":"Access"},n.access??Gt),d("td",{"data-label":"Cost"},n.cost?$("cost",n.cost.value,String(n.cost.value)):"unknown",n.cost?` ${n.cost.unit}`:"",a!=null?d("span",{class:"hint"}," (",$("relative-cost",a,I(a,2))," × its cost)"):null))})))}function vs(e){let t=`${[e.file,e.line,e.line!==void 0?e.column:void 0].filter(n=>n!==void 0).join(":")}: ${e.severity} [${e.code}] ${e.message}`;return e.hint?`${t}\n  hint: ${e.hint}`:t}var bs="benchbench-view",ys=["rank","scenario","name","benchmark","category","z","z_low","z_high","agreement","agreement_low","agreement_high","n_common","models","in_aggregate","skipped","method","catalog_hash"],o4=e=>{let r=e===null?"":String(e);return/[",\\r\\n]/.test(r)?`"${r.replace(/"/g,\'""\')}"`:r};function s4(e){let r=Object.entries(e.method).map(([n,i])=>`${n}=${i}`).concat(`aggregate=${e.aggregate.scenarios.join(",")}`).join(";"),t=[ys.join(",")];for(let n of e.rows){let i={rank:n.rank,scenario:n.scenario,name:n.name,benchmark:n.benchmark,category:n.category,z:n.z,z_low:n.z_interval?.[0]??null,z_high:n.z_interval?.[1]??null,agreement:n.agreement,agreement_low:n.agreement_interval?.[0]??null,agreement_high:n.agreement_interval?.[1]??null,n_common:n.n_common,models:n.models,in_aggregate:n.in_aggregate,skipped:n.skipped,method:r,catalog_hash:e.catalog.hash};t.push(ys.map(a=>o4(i[a])).join(","))}return t.join(`\\r\n`)+`\\r\n`}function Bt(e,r,t){let n=URL.createObjectURL(new Blob([t],{type:r})),i=d("a",{href:n,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}function ws(e){let r=d("button",{type:"button",class:"download","data-format":"csv"},"This view as CSV"),t=d("button",{type:"button",class:"download","data-format":"json"},"This view as JSON");r.addEventListener("click",()=>{let i=e();Bt(`benchbench-${i.board.id}.csv`,"text/csv",s4(i))}),t.addEventListener("click",()=>{let i=e();Bt(`benchbench-${i.board.id}.json`,"application/json",JSON.stringify(i,null,2)+`\n`)});let n=d("a",{href:"scores.parquet",download:"scores.parquet",class:"download-link"},"Every score as Parquet");return d("p",{class:"downloads"},"Download: ",r," ",t," ",n)}function Ss(e){let r=d("input",{type:"file",id:"upload-file",accept:".csv,text/csv"}),t=d("textarea",{id:"upload-paste",rows:5,spellcheck:"false",placeholder:`model,my_benchmark\nmodel-a,0.71\n…`}),n=d("button",{type:"button",class:"score-paste"},"Score the pasted CSV"),i=d("input",{type:"checkbox",id:"upload-lower"}),a=d("button",{type:"button",class:"example"},"Download an example CSV"),o=d("div",{class:"upload-result","aria-live":"polite"});function s(u,l){document.documentElement.dataset.upload="busy",o.replaceChildren(d("p",{},`Scoring ${u} in your browser…`)),e.upload({...e.input(),file:u,text:l,direction:i.checked?"lower":"higher"},{result:f=>{o.replaceChildren(...u4(f,u,e)),document.documentElement.dataset.upload="done"},error:f=>{o.replaceChildren(d("p",{class:"field-error"},`The file could not be scored: ${f}`)),document.documentElement.dataset.upload="done"}})}let c=l4(r,u=>{u.text().then(l=>s(u.name,l))});return n.addEventListener("click",()=>s("pasted.csv",t.value)),a.addEventListener("click",()=>Bt("example-results.csv","text/csv",e.example())),d("section",{class:"upload","aria-labelledby":"upload-title"},d("h2",{id:"upload-title"},"Score your own benchmark"),d("p",{},"A results CSV in the catalog’s formats (wide: a model column and one column per scenario; long: model, scenario, score). It is read and scored in this browser with the method above: nothing is sent anywhere."),c,d("label",{for:t.id},"Or paste the CSV"),t,d("div",{class:"method-actions"},d("span",{class:"check"},i,d("label",{for:i.id},"Lower scores are better")),n,a),o)}function l4(e,r){let t=d("div",{class:"drop-zone"},d("label",{for:e.id},"Drop a results CSV here, or choose one: "),e);return e.addEventListener("change",()=>e.files?.[0]&&r(e.files[0])),t.addEventListener("dragover",n=>{n.preventDefault(),t.classList.add("over")}),t.addEventListener("dragleave",()=>t.classList.remove("over")),t.addEventListener("drop",n=>{n.preventDefault(),t.classList.remove("over");let i=n.dataTransfer?.files[0];i&&r(i)}),t}function u4(e,r,t){let n=[];e.issues.length&&n.push(d("div",{class:"problems upload-issues"},d("p",{},`${e.issues.length} issue${e.issues.length===1?"":"s"} in the file:`),d("ul",{},...e.issues.map(i=>d("li",{},vs(i)))))),e.scenarios.length||n.push(d("p",{},"No scenario could be read from the file."));for(let i of e.scenarios)n.push(c4(i,r,t));return n}var Ms=e=>e===null||!Number.isFinite(e)?null:String(e);function c4(e,r,t){return d("article",{class:"uploaded","data-scenario":e.id},d("h3",{},e.id),$t(f4(e,t)),e.rowsToCheck.length?d4(e,r):null,e.unmatched.length?p4(e,t):null,Ot(e.closest,t.nameOf))}var Wt=(...e)=>d("span",{},...e);function f4(e,r){let t=e.result,n=a=>String(Math.round(a)),i=[["Models matched",Wt(B("matched",e.matched)," of ",B("models",e.models)," in the catalog")],["Rank",t.rank===null?`not ranked${t.skipped?`: ${t.skipped}`:""}`:Wt(B("rank",t.rank)," of ",B("ranked",e.ranked)," benchmarks (90% range ",ne("rank-interval",t.rankInterval,0,n),")")],["Score (Z)",Wt($("z",t.z,D(t.z))," (90% interval ",ne("z-interval",t.zInterval,2,(a,o)=>D(a,o)),")")],["Agreement with the aggregate",Wt($("agreement",t.agreement,I(t.agreement))," (90% interval ",ne("agreement-interval",t.agreementInterval),"), ",B("n-common",t.nCommon)," shared models")],["Saturation",m4(e,r)],["Rows to check",e.rowsToCheck.length?B("rows-to-check",e.rowsToCheck.length):"none"]];return t.warnings.length&&i.push(["Warnings",t.warnings.join("; ")]),i}function m4(e,r){let t=e.saturation;return d("span",{class:"saturation","data-models":t.models,"data-near-best":t.nearBest,"data-near-best-share":Ms(t.nearBestShare),"data-top-models":t.topModels,"data-top-spread":Ms(t.topSpread),"data-saturated":t.saturated===null?null:String(t.saturated)},Pt(t,r.input().thresholds.saturation))}function d4(e,r){return d("ul",{class:"rows-to-check","data-shared":e.shared},...e.rowsToCheck.map(t=>d("li",{"data-model":t.model,"data-line":t.line,"data-rank":t.rank,"data-aggregate-rank":t.aggregateRank},qr({...t,file:r},e.shared))))}function p4(e,r){let t=e.unmatched.length;return d("details",{class:"unmatched",open:t<=10},d("summary",{},`${t} model${t===1?"":"s"} not in the catalog`),d("ul",{},...e.unmatched.map(n=>d("li",{"data-name":n.name,"data-line":n.line,"data-suggestions":n.suggestions.join(`\n`)},`line ${n.line}: "${n.name}"`,n.suggestions.length?` (did you mean ${n.suggestions.map(i=>`"${r.modelName(i)}"`).join(", ")}?)`:" (no close name)"))))}function As(e){return e.length?d("div",{class:"problems",role:"alert"},d("p",{},"This link could not be followed as written:"),d("ul",{},...e.map(r=>d("li",{},r)))):null}function qs(e){let r=e.data.heatmap,t=r.scenarios.length<r.of?`The ${r.scenarios.length} benchmarks with the most models (of ${r.of}), clustered so that benchmarks that agree sit together.`:`Every pair of the ${r.scenarios.length} benchmarks, clustered so that benchmarks that agree sit together.`,n=()=>{if(!r.scenarios.length)return[d("p",{},"No pair of benchmarks was compared.")];let{svg:i,readout:a}=es(r.scenarios,r.scenarios.map(e.nameOf),r.agreement);return[a,d("div",{class:"chart-box"},i)]};return d("section",{class:"heatmap-section","aria-labelledby":"heatmap-title"},d("h2",{id:"heatmap-title"},"Agreement between benchmarks"),d("p",{},t),rs(),...n())}function Ns(e){let{shown:r,data:t}=e,n=r.boards.find(i=>i.id===e.view.board)??r.boards[0];return{schema:bs,version:1,generator:t.generator,catalog:{hash:t.catalog.hash},method:Va(r.choice.method),aggregate:{scenarios:r.choice.aggregate,scores:r.aggregateScores},board:{id:n.id,title:n.title},rows:n.rows}}function Es(e){let{data:r}=e;return Ss({input:()=>({registry:{aliases:new Map(Object.entries(r.model_aliases))},naming:r.model_naming,limits:r.limits,method:e.shown.choice.method,aggregate:e.aggregateOf(e.shown.choice),board:e.board(),thresholds:er(r),closest:10}),upload:(t,n)=>{e.source.retry(()=>e.engine.upload(t,n)),e.engine.upload(t,n)},nameOf:e.nameOf,modelName:t=>r.model_names[t]??t,example:()=>r.example_csv})}function _s(e,r,t){return gs({scenario:r,own:e.resources[r],ask:(n,i)=>e.engine.alternatives({...e.inForce(),scenario:r,minAgreement:n},i),nameOf:e.nameOf,open:t})}function Is(e,r,t){return{scenario:e.scenario,...r,rank:e.rank,rank_interval:e.rankInterval,z:e.z,z_interval:e.zInterval,agreement:e.agreement,agreement_interval:e.agreementInterval,p_value:e.pValue,n_common:e.nCommon,models:e.models,models_per_sample:e.modelsPerSample,experiments:e.experiments,in_aggregate:e.inAggregate,skipped:e.skipped,warnings:e.warnings,...t}}function Vt(e,r,t,n,i){e.shown={boards:n,aggregateScores:i,choice:t},r.tabs.show(n,On[t.method.correlation]),r.detail.update({boards:n,aggregateScores:i}),r.subset.stale(),r.methodNote.textContent=Lr(t,e.catalog)?`Scored with the catalog’s method: ${e.data.method_line}.`:`Scored in your browser with: ${Pn(t.method)}; aggregate of ${t.aggregate.length} scenarios. The heatmap and the closest benchmarks keep the catalog’s method.`}function jt(e,r,t){let n=document.documentElement,{panel:i}=r,a=()=>{n.dataset.engine="idle",i.status("",null)};if(e.setView({method:t.method,aggregate:t.aggregate}),Lr(t,e.catalog)){a(),Vt(e,r,e.catalog,e.data.boards,e.data.aggregate.scores);return}n.dataset.engine="busy",i.status("Recomputing…",0),e.engine.score({method:t.method,aggregate:e.aggregateOf(t),boards:e.boardSpecs},{progress:(o,s)=>s===0?i.status("Loading every score (scores.parquet)…",null):i.status(`Recomputing: ${o} of ${s} benchmarks scored…`,o/s),result:o=>{let s=o.boards.map(c=>({id:c.id,title:c.title,rows:c.rows.map(u=>Is(u,e.labels.get(u.scenario),e.trusts.get(u.scenario)))}));Vt(e,r,t,s,Object.fromEntries(o.aggregate.scores)),a()},error:o=>{n.dataset.engine="error",i.status(`Could not recompute: ${o}.`,null),e.source.retry(()=>jt(e,r,t))}})}var ks={"benchbench-space":{aggregate:["Helm Lite","HF OpenLLM v2","OpenCompass Academic","LMSys Arena","Helm Classic","AlphacaEval v2lc","LiveBench 240725","WildBench Elo LC"],minScenariosPerModel:2,method:{correlation:"kendall",modelsPerSample:8,samples:10}}},Xt=e=>e.normalize("NFKC").toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu,"_").replace(/^_|_$/g,"");function Ts(e,r){let t=[...r].sort((o,s)=>o.id<s.id?-1:o.id>s.id?1:0),n=[(o,s)=>o.id===s,(o,s)=>o.name===s,(o,s)=>Xt(o.id)===Xt(s)||Xt(o.name)===Xt(s)],i=[],a=[];for(let o of e){let s;for(let c of n)if(s=t.find(u=>c(u,o)))break;s?i.includes(s.id)||i.push(s.id):a.push(o)}return{ids:i,missing:a}}var ai=ks["benchbench-space"];function Rs(e){let r=new Map;for(let n of e.boards)for(let i of n.rows)r.has(i.scenario)||r.set(i.scenario,i.name);let{ids:t}=Ts(ai.aggregate,[...r].map(([n,i])=>({id:n,name:i})));return t.length<2?null:{label:"BenchBench Space preset",method:{...ut(e.method),...ai.method},aggregate:[...t].sort(),minScenariosPerModel:ai.minScenariosPerModel}}var wy=Ua(rn(),1);var cx=(()=>{let e=new Float64Array(171),r=1n;e[0]=1;for(let t=1;t<=170;t++)r*=BigInt(t),e[t]=Number(r);return e})();var mx=new Uint32Array(64);var vx=new Float64Array(64),yx=new Float64Array(64),bx=new Float64Array(64),wx=new Float64Array(64),Mx=new Uint32Array(64),Sx=new Int32Array(64),Ax=new Int32Array(64);var qx=new Float64Array(6);var FI=Ua(t6(),1);var hP=new Float64Array(64),gP=new Float64Array(64);var bP=new Float64Array(64),wP=new Uint32Array(64);var _P=new Float64Array(64),IP=new Float64Array(64);var $P=new Int32Array(16);var JP=new Int32Array(0);var n6=.9;var Ln=(e,r,t=`${r}s`)=>`${e} ${e===1?r:t}`,xn=(e,r,t)=>d("div",{class:"field"},d("label",{for:e.id},r),e,t?d("span",{class:"hint"},t):null);function DI(e){let r=Ft("subset-target",.01,n6),t=d("input",{id:"subset-min-models",type:"number",min:2,step:1,inputmode:"numeric",placeholder:"default"}),n=d("input",{id:"subset-max-cost",type:"number",min:0,step:"any",inputmode:"decimal"}),i=e.scenarios.filter(l=>e.resources[l]?.access==="open"),a=[...new Set(e.scenarios.flatMap(l=>e.resources[l]?.cost?.unit??[]))],o=[{value:"all",label:`Every scenario (${e.scenarios.length})`,ids:null},...e.boards.filter(l=>l.scenarios.length<e.scenarios.length).map(l=>({value:`board:${l.id}`,label:`${l.title} (${l.scenarios.length})`,ids:l.scenarios})),...i.length?[{value:"open",label:`Open-access scenarios (${i.length})`,ids:i}]:[]],s=d("select",{id:"subset-candidates"},...o.map(l=>d("option",{value:l.value},l.label))),c=()=>{let l=Number(r.value);if(r.value.trim()===""||!(l>=-1&&l<=1))return"The tau to reach is a number from −1 to 1.";let f=t.value.trim()===""?null:Number(t.value);if(f!==null&&!(Number.isInteger(f)&&f>=2))return"The least models a set must rank is a whole number of at least 2 (or empty for the default).";let h=n.value.trim()===""?null:Number(n.value);if(h!==null&&!(Number.isFinite(h)&&h>=0))return"The cost budget is a number of at least 0 (or empty).";let p=o.find(g=>g.value===s.value)??o[0];return{minAgreement:l,minModels:f,maxCost:h,candidates:p.ids}},u=d("div",{class:"method-grid"},xn(r,"τ to reach"),xn(t,"Least models a set must rank","empty: half of the aggregate’s"),xn(n,a.length===1?`Cost budget (${a[0]})`:"Cost budget","empty: none; scenarios of unknown cost are then left out"),xn(s,"Choose from"));return{read:c,element:u}}function i6(e){let r=document.documentElement,t=DI(e),n=d("button",{type:"button",class:"subset-run"},"Find the lite subset"),i=d("p",{class:"field-error",role:"alert"}),a=d("progress",{max:1,value:0,"aria-label":"Finding the lite subset",hidden:!0}),o=d("p",{class:"subset-status","aria-live":"polite"}),s=d("div",{class:"subset-result"}),c=(f,...h)=>{a.hidden=!0,o.textContent=f,s.replaceChildren(...h),r.dataset.subset="done"};function u(){let f=t.read();i.textContent=typeof f=="string"?f:"",typeof f!="string"&&(r.dataset.subset="busy",a.hidden=!1,a.value=0,o.textContent="Finding the lite subset in your browser…",s.replaceChildren(),e.ask(f,{progress:(h,p)=>{a.value=p?h/p:0,o.textContent=`Finding the lite subset: step ${h+1}…`},result:h=>c("",...UI(h,f.minAgreement,f.maxCost,e)),error:h=>c(`The subset could not be computed: ${h}`)}))}return n.addEventListener("click",u),{element:d("section",{class:"subset","aria-labelledby":"subset-title"},d("h2",{id:"subset-title"},"A lite subset"),d("p",{},\'The fewest scenarios whose own aggregate ranks the models like the aggregate above (Kendall τ-b over the models both rank), found by greedy forward selection: each step adds the scenario that brings the set closest. As "benchbench subset", with the method above (its samples and seed give the interval).\'),t.element,d("div",{class:"method-actions"},n),i,d("div",{class:"engine"},a,o),s),stale(){s.childElementCount&&s.replaceChildren(d("p",{class:"hint"},"The method changed: find the subset again for it."))}}}function UI(e,r,t,n){let i=e.result,a=new Set(i.subset),o=i.subset.length?i.steps[i.subset.length-1]:null,s=e.unit?` ${e.unit}`:"",c=d("p",{class:"subset-summary","data-stop":i.stop},GI(i,r,t,s),...o?[` Chosen: ${Ln(i.subset.length,"scenario")}, τ `,$("tau",i.tau,I(i.tau))," (90% interval ",ne("tau-interval",i.interval),`) over ${Ln(o.nModels,"model")}, cost `,o.cost===null?"unknown":$("cost",o.cost,String(o.cost)),o.cost===null?"":s,"."]:[" No set ranked enough models to count."]),u=d("p",{class:"hint"},`Against the aggregate’s ${Ln(e.aggregateModels,"model")}; a set counts when it ranks at least `,B("min-models",e.minModels),` of them; ${Ln(e.candidates,"candidate")}.`+(e.units.length>1?` Their costs are in ${e.units.length} units (${e.units.join(", ")}), so none is added up.`:"")),l=d("table",{class:"subset-steps"},d("caption",{},"Every step of the selection; the chosen scenarios are marked"),d("thead",{},d("tr",{},d("th",{scope:"col",class:"num"},"Step"),d("th",{scope:"col"},"Scenario added"),d("th",{scope:"col",class:"num"},"τ of the set"),d("th",{scope:"col",class:"num"},"Models compared"),d("th",{scope:"col",class:"num"},e.unit?`Cost so far (${e.unit})`:"Cost so far"),d("th",{scope:"col"},"Chosen"))),d("tbody",{},...i.steps.map((f,h)=>d("tr",{"data-scenario":f.scenario,class:a.has(f.scenario)?"chosen":null},d("td",{class:"num","data-label":"Step"},String(h+1)),d("td",{class:"name"},n.nameOf(f.scenario),d("span",{class:"scenario-id"},f.scenario)),d("td",{class:"num","data-label":"τ"},$("tau",f.tau,I(f.tau))),d("td",{class:"num","data-label":"Models"},B("n-models",f.nModels)),d("td",{class:"num","data-label":"Cost so far"},f.cost===null?"–":$("cost",f.cost,String(f.cost))),d("td",{"data-label":"Chosen"},a.has(f.scenario)?"yes":"no")))));return[c,u,l]}function GI(e,r,t,n){return e.reached?`Reached τ ≥ ${I(r,2)}.`:e.stop==="cost"?`Not reached: no further scenario fits the budget of ${t}${n}.`:`Not reached: no set of the candidates reaches τ ${I(r,2)}; the best set found is shown.`}async function BI(){let e=performance.now(),r=new Ut(await ps()),{data:t}=r,n=as(t,l=>r.setView({open:l}),l=>r.engine.scenarioScores(l),(l,f)=>_s(r,l,f)),i=is(n.open,l=>r.setView({board:l}),Hn(er(t))),a=i6({scenarios:t.shape.scenarios,boards:r.boardSpecs,resources:r.resources,ask:(l,f)=>r.engine.subset({...r.inForce(),...l},f),nameOf:r.nameOf}),o={tabs:i,detail:n,subset:a,methodNote:d("p",{class:"method-note","aria-live":"polite"})},s=os(t.shape.scenarios.map(l=>({id:l,name:r.nameOf(l)})),r.catalog,Rs(t),l=>jt(r,{...o,panel:s},l));document.getElementById("app").replaceChildren(...[As(r.problems),r.source.notice,s.element,o.methodNote,ws(()=>Ns(r)),i.element,Es(r),a.element,qs(r)].filter(l=>l!==null)),Vt(r,o,r.catalog,t.boards,t.aggregate.scores);let{view:c}=r;c.board&&i.select(c.board),document.documentElement.dataset.renderMs=String(Math.round(performance.now()-e));let u={method:c.method,aggregate:c.aggregate};Lr(u,r.catalog)?document.documentElement.dataset.engine="idle":(s.set(u),s.element.open=!0,jt(r,{...o,panel:s},u)),c.open&&n.open(c.open,c.board??t.boards[0].id),r.writeUrl()}BI().catch(e=>{document.documentElement.dataset.engine="error",document.getElementById("app").textContent=`The page could not start: ${e instanceof Error?e.message:String(e)}`});})();\n';

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
Data: <a href="leaderboard.json">leaderboard.json</a> (<a href="leaderboard.schema.json">its JSON Schema</a>), <a href="LEADERBOARD.md">LEADERBOARD.md</a>, <a href="scores.parquet">scores.parquet</a> (every score), <a href="checks.parquet">checks.parquet</a> (every row to check).</p>
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
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const len = input.byteLength;
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
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  const m = new Uint32Array(8);
  const low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT2[i]) >>> 27);
  }
  return m;
}
function sbbfInsert(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3;
  const m = blockMask(hash);
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
  const count = values.length;
  writer.appendVarInt(BLOCK_SIZE);
  writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
  writer.appendVarInt(count);
  appendZigZagNumber(writer, values[0]);
  const packedByBitWidth = [];
  const blockDeltas = new Float64Array(BLOCK_SIZE);
  const bitWidths = new Uint8Array(MINIBLOCKS_PER_BLOCK);
  let index = 1;
  while (index < count) {
    const blockEnd = Math.min(index + BLOCK_SIZE, count);
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
  const count = values.length;
  writer.appendVarInt(BLOCK_SIZE);
  writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
  writer.appendVarInt(count);
  writer.appendZigZag(BigInt.asIntN(bits, BigInt(values[0])));
  const blockDeltas = new BigInt64Array(BLOCK_SIZE);
  const bitWidths = new Uint8Array(MINIBLOCKS_PER_BLOCK);
  let index = 1;
  while (index < count) {
    const blockEnd = Math.min(index + BLOCK_SIZE, count);
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
function writeRleRun(writer, value, count, bitWidth2) {
  writer.appendVarInt(count << 1);
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
  let count = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count];
      const child = schemaTree(schema, rootIndex + count, [...path3, childElement.name]);
      count += child.count;
      children.push(child);
    }
  }
  return { count, element, children, path: path3 };
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
  if (nonNull.some(isPlainObject)) {
    if (depth >= MAX_SHRED_DEPTH) return void 0;
    const fieldValues = /* @__PURE__ */ new Map();
    for (const v of nonNull) {
      if (!isPlainObject(v)) continue;
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
function isPlainObject(v) {
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
  for (const { name, data, type, nullable, shredding } of columnData) {
    if (schemaOverrides?.[name]) {
      const override = schemaOverrides[name];
      if (type || nullable !== void 0) {
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
      const repetition_type = nullable === false ? "REQUIRED" : "OPTIONAL";
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
      schema.push(basicTypeToSchemaElement(name, type, nullable));
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
function basicTypeToSchemaElement(name, type, nullable) {
  const repetition_type = nullable === false ? "REQUIRED" : "OPTIONAL";
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
  const count = values.length;
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
    bytes = new Uint8Array(count * width);
    for (let i = 0; i < count; i++) {
      bytes.set(values[i], i * width);
    }
  } else {
    throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
  }
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
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
  const { columnName, element, codec, compressors } = column;
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
  const compressedBytes = compressors[codec]?.(pageBytes) ?? pageBytes;
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
      is_compressed: !!codec
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
      const hash = hashBytes(value);
      const bucket = hashBuckets.get(hash);
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
        else hashBuckets.set(hash, [index]);
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
  const { element, codec, compressors } = column;
  const { type, type_length } = element;
  if (!type) throw new Error(`column ${column.columnName} cannot determine type`);
  const dictionaryPage = new ByteWriter();
  writePlain(dictionaryPage, dictionary, type, type_length);
  const dictionaryBytes = dictionaryPage.getBytes();
  const compressedBytes = compressors[codec]?.(dictionaryBytes) ?? dictionaryBytes;
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
    visit(1, row, 0, 0, false);
  }
  return { values, definitionLevels, repetitionLevels, maxDefinitionLevel };
  function visit(depth, value, defLevel, repLevel, allowNull) {
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
        visit(depth + 1, void 0, defLevel, repLevel, true);
        return;
      }
      if (!Array.isArray(value)) {
        throw new Error(`parquet repeated field ${element.name} must be an array`);
      }
      if (!value.length) {
        visit(depth + 1, void 0, defLevel, repLevel, true);
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
        visit(depth + 1, childValue, defLevel + 1, childRep, false);
      }
      return;
    }
    if (repetition === "OPTIONAL") {
      if (value === null || value === void 0) {
        visit(depth + 1, void 0, defLevel, repLevel, true);
      } else {
        const childValue = getChildValue(depth, value);
        const childIsNull = childValue === null || childValue === void 0;
        const isLogicalContainer = isListLike(treePath[depth]) || isMapLike(treePath[depth]);
        const isStruct = element.num_children && !element.type && !isLogicalContainer;
        const nextDef = isStruct || !childIsNull ? defLevel + 1 : defLevel;
        visit(depth + 1, childValue, nextDef, repLevel, childIsNull);
      }
      return;
    }
    if (value === null || value === void 0) {
      if (!allowNull) throw new Error("parquet required value is undefined");
      visit(depth + 1, void 0, defLevel, repLevel, true);
    } else {
      visit(depth + 1, getChildValue(depth, value), defLevel, repLevel, false);
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
function snappyCompress(input) {
  const writer = new ByteWriter();
  writer.appendVarInt(input.length);
  compressInput(writer, input);
  return writer.getBytes();
}
function hashFunc(key, hashFuncShift) {
  return Math.imul(key, 506832829) >>> hashFuncShift;
}
function load32(array, pos) {
  return array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24);
}
function equals32(array, pos1, pos2) {
  return array[pos1] === array[pos2] && array[pos1 + 1] === array[pos2 + 1] && array[pos1 + 2] === array[pos2 + 2] && array[pos1 + 3] === array[pos2 + 3];
}
function emitLiteral(writer, input, ip, len) {
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
  writer.appendBytes(input.subarray(ip, ip + len));
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
function compressInput(writer, input) {
  const inputSize = input.length;
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
  let hash, nextHash;
  let nextIp, candidate, skip;
  let bytesBetweenHashLookups;
  let base, matched, offset;
  let prevHash, curHash;
  let flag = true;
  const INPUT_MARGIN = 15;
  if (inputSize >= INPUT_MARGIN) {
    ipLimit = ipEnd - INPUT_MARGIN;
    ip++;
    nextHash = hashFunc(load32(input, ip), hashFuncShift);
    while (flag) {
      skip = 32;
      nextIp = ip;
      do {
        ip = nextIp;
        hash = nextHash;
        bytesBetweenHashLookups = skip >>> 5;
        skip++;
        nextIp = ip + bytesBetweenHashLookups;
        if (ip > ipLimit) {
          flag = false;
          break;
        }
        nextHash = hashFunc(load32(input, nextIp), hashFuncShift);
        candidate = hashTable[hash];
        hashTable[hash] = ip;
      } while (ip - candidate > MAX_OFFSET || !equals32(input, ip, candidate));
      if (!flag) {
        break;
      }
      emitLiteral(writer, input, nextEmit, ip - nextEmit);
      do {
        base = ip;
        matched = 4;
        while (ip + matched < ipEnd && input[ip + matched] === input[candidate + matched]) {
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
        prevHash = hashFunc(load32(input, ip - 1), hashFuncShift);
        hashTable[prevHash] = ip - 1;
        curHash = hashFunc(load32(input, ip), hashFuncShift);
        candidate = hashTable[curHash];
        hashTable[curHash] = ip;
      } while (ip - candidate <= MAX_OFFSET && equals32(input, ip, candidate));
      if (!flag) {
        break;
      }
      ip++;
      nextHash = hashFunc(load32(input, ip), hashFuncShift);
    }
  }
  if (nextEmit < ipEnd) {
    emitLiteral(writer, input, nextEmit, ipEnd - nextEmit);
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
  constructor({ writer, schema, codec = "SNAPPY", compressors, statistics = true, statisticsTruncateLength, kvMetadata, createdBy = "hyparquet" }) {
    if (statisticsTruncateLength !== void 0 && statisticsTruncateLength !== Infinity && !(Number.isInteger(statisticsTruncateLength) && statisticsTruncateLength > 0)) {
      throw new Error("statisticsTruncateLength must be a positive integer or Infinity");
    }
    this.writer = writer;
    this.schema = schema;
    this.codec = codec;
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
    for (const { codec = this.codec } of columnData) {
      if (codec !== "UNCOMPRESSED" && !this.compressors[codec]) {
        throw new Error(`parquet no compressor for codec ${codec}`);
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
          const { name, data, encoding, codec = this.codec, columnIndex = false, offsetIndex = true, shredding, bloomFilter, statistics = this.statistics } = columnData[j];
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
              codec,
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
  codec = "SNAPPY",
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
    codec,
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
    kvMetadata: metadataOf(doc),
    createdBy: doc.generator
  });
  return new Uint8Array(buffer);
}
var metadataOf = (doc) => [
  { key: "benchbench.catalog_hash", value: doc.catalog.hash },
  { key: "benchbench.method", value: JSON.stringify(doc.method) },
  { key: "benchbench.generator", value: doc.generator }
];
function checksParquet(doc) {
  const rows = /* @__PURE__ */ new Map();
  for (const b of doc.boards) for (const r of b.rows) if (!rows.has(r.scenario)) rows.set(r.scenario, r);
  const scenario = [];
  const checks = [...rows.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0).flatMap((id) => rows.get(id).plausibility.flagged.map((f) => (scenario.push(id), f)));
  const column = (pick) => checks.map(pick);
  const buffer = parquetWriteBuffer({
    rowGroupSize: ROW_GROUP_ROWS,
    columnData: [
      { name: "scenario", data: scenario, type: "STRING", nullable: false, encoding: "RLE_DICTIONARY" },
      { name: "model", data: column((f) => f.model), type: "STRING", nullable: false },
      { name: "name", data: column((f) => f.name), type: "STRING", nullable: false },
      {
        name: "file",
        data: column((f) => f.file),
        type: "STRING",
        nullable: false,
        encoding: "RLE_DICTIONARY"
      },
      { name: "line", data: column((f) => f.line), type: "INT32", nullable: true },
      { name: "rank", data: Float64Array.from(column((f) => f.rank)), type: "DOUBLE", nullable: false },
      {
        name: "aggregate_rank",
        data: Float64Array.from(column((f) => f.aggregate_rank)),
        type: "DOUBLE",
        nullable: false
      },
      { name: "gap", data: Float64Array.from(column((f) => f.gap)), type: "DOUBLE", nullable: false }
    ],
    kvMetadata: metadataOf(doc),
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
    ["leaderboard.json", JSON.stringify(leaderboardJson(document), null, 2) + "\n"],
    [LEADERBOARD_SCHEMA_FILE, leaderboardJsonSchema()],
    ["LEADERBOARD.md", leaderboardMarkdown(document, method)],
    ...renderSite(page, packJson, options.title),
    ...badgeFiles(document),
    [SCORES_PARQUET, scoresParquet(catalogScoreRows(scores), document)],
    [CHECKS_PARQUET, checksParquet(document)]
  ]);
  return { files, document, pairs };
}
var packJson = (json2) => deflateRawSync(json2, { level: 9 }).toString("base64");
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
  const file = path.resolve(root, "." + (rel.endsWith("/") ? rel + "index.html" : rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
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
    const file = fileOf(root, req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-cache"
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
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
    `Scores the catalog and writes, under --out, leaderboard.json (docs/leaderboard-json.md) and its JSON Schema (leaderboard.schema.json), LEADERBOARD.md, every score in scores.parquet, every row to check in checks.parquet, a static page (index.html and assets/) with a view per leaderboard, charts, an agreement heatmap and each benchmark's closest benchmarks (docs/site.md), and a shields.io endpoint badge per benchmark (badges/<scenario>.json). The page needs no other site: publish the folder with GitHub Pages, or open index.html from disk, where everything but what needs every score works (recomputing with another method, scoring your own file, scatter plots: the page cannot read scores.parquet from file://). --serve writes nothing and serves the site already in --out on http://${SERVE_HOST}:<port>/ until interrupted (Ctrl+C), with all of it working. An --out folder that is not empty is refused unless --force. Exit code 1 when the catalog has an error (the site is still written from its valid parts).`
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
    const { scores, failed } = await scoredFolder(flags, { nonEmpty: true });
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
  let url;
  try {
    ({ url } = await serveSite(dir, port));
  } catch (error) {
    throw new CliError(
      `cannot serve on ${SERVE_HOST}:${port}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  process.stderr.write(`Serving ${dir} at ${url} (only this machine can reach it; Ctrl+C stops)
`);
  await new Promise(() => void 0);
}
var isNonEmptyFolder = (dir) => existsSync(dir) && statSync2(dir).isDirectory() && readdirSync(dir).length > 0;
export {
  siteCommand
};

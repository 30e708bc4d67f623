/**
 * shields.io endpoint badges (https://shields.io/badges/endpoint-badge) of the published
 * leaderboard: `badges/<scenario>.json` per scored or listed scenario, with its Z, the Z's 90%
 * interval and its rank, and `badges/leaderboard.json` for the whole leaderboard.
 *
 * A scenario's badge comes from the first board that lists it (the default leaderboard comes
 * first). Scenario ids are untrusted (any CSV header): `badgeFileName` maps every id to a safe,
 * distinct file name. Numbers use ASCII minus, and `message` stays short for a badge.
 */
import type { LeaderboardDocument, RowDocument } from './leaderboard-document.js';

export const BADGE_FOLDER = 'badges';
/** The whole leaderboard's badge; no scenario can take this name (see badgeFileName). */
export const LEADERBOARD_BADGE = `${BADGE_FOLDER}/leaderboard.json`;
const LEADERBOARD_STEM = 'leaderboard';
const MAX_STEM = 120;

export interface EndpointBadge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

/**
 * A scenario id as a file stem: ASCII letters, digits, `_` and `-` are kept; every other UTF-8
 * byte (`.`, `/`, `\`, `~`, spaces, controls, non-ASCII) becomes `~` and two hex digits, so
 * different ids give different names and none is hidden, leaves the folder or is `..`. The
 * stem `leaderboard` is written `~6ceaderboard` to keep it for the leaderboard's own badge, and
 * the empty id is `~~`. An
 * encoding longer than 120 characters is cut and ends with `~~` and a hash of the whole id
 * (`~~` appears in no other encoding).
 */
export function badgeFileName(scenario: string): string {
  let stem = '';
  for (const byte of new TextEncoder().encode(scenario)) {
    const c = String.fromCharCode(byte);
    stem += /[A-Za-z0-9_-]/.test(c) ? c : `~${byte.toString(16).padStart(2, '0')}`;
  }
  // Neither can come from another id: a letter is never encoded, and `~~` only ends long ones.
  if (stem === LEADERBOARD_STEM) stem = `~6c${stem.slice(1)}`;
  if (stem === '') stem = '~~';
  if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM - 18)}~~${fnv1a(scenario)}`;
  return `${stem}.json`;
}

/** Badge files by path under the site folder (`badges/...`), in a stable order. */
export function badgeFiles(doc: LeaderboardDocument): Map<string, string> {
  const files = new Map<string, string>();
  const seen = new Set<string>();
  files.set(LEADERBOARD_BADGE, json(leaderboardBadge(doc)));
  doc.boards.forEach((board, b) => {
    const scored = board.rows.filter((r) => r.rank !== null).length;
    for (const row of board.rows) {
      if (seen.has(row.scenario)) continue;
      seen.add(row.scenario);
      const label = b === 0 ? 'BenchBench' : `BenchBench ${clip(board.title, 40)}`;
      files.set(`${BADGE_FOLDER}/${badgeFileName(row.scenario)}`, json(scenarioBadge(row, scored, label)));
    }
  });
  return files;
}

export function scenarioBadge(row: RowDocument, scored: number, label = 'BenchBench'): EndpointBadge {
  if (row.z === null || row.rank === null)
    return { schemaVersion: 1, label, message: 'not scored', color: 'lightgrey' };
  const iv = row.z_interval ? ` [${signed(row.z_interval[0])}, ${signed(row.z_interval[1])}]` : '';
  return {
    schemaVersion: 1,
    label,
    message: `Z ${signed(row.z)}${iv} · rank ${row.rank}/${scored}`,
    color: zColor(row.z),
  };
}

function leaderboardBadge(doc: LeaderboardDocument): EndpointBadge {
  const scored = new Set(
    doc.boards.flatMap((b) => b.rows.filter((r) => r.rank !== null).map((r) => r.scenario)),
  );
  return {
    schemaVersion: 1,
    label: 'BenchBench',
    message: `${scored.size} ${scored.size === 1 ? 'benchmark' : 'benchmarks'} scored · ${doc.catalog.models} ${doc.catalog.models === 1 ? 'model' : 'models'}`,
    color: 'blue',
  };
}

/** Z of at least +1: brightgreen; 0 to 1: green; -1 to 0: yellow; below -1: orange. */
export function zColor(z: number): string {
  if (z >= 1) return 'brightgreen';
  if (z >= 0) return 'green';
  if (z >= -1) return 'yellow';
  return 'orange';
}

const signed = (v: number): string => {
  const s = Math.abs(v).toFixed(2);
  return Number(s) === 0 ? '0.00' : `${v < 0 ? '-' : '+'}${s}`;
};

const clip = (s: string, n: number): string => {
  const chars = [...s.replace(/[\x00-\x1f\x7f]/g, ' ')];
  return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : chars.join('');
};

const json = (b: EndpointBadge): string => JSON.stringify(b, null, 2) + '\n';

/** FNV-1a (32-bit) of the id's UTF-16 code units, as 8 hex digits twice (two seeds): 16 digits. */
function fnv1a(s: string): string {
  const run = (seed: number): string => {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return run(2166136261) + run(0x811c9dc5 ^ 0x5bd1e995);
}

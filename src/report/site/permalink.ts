/**
 * The page's permalinks: `index.html?correlation=pearson&models_per_sample=0&board=safety#helm_lite`.
 * The query holds the board and the method, keys named as in `benchbench.yaml` (`correlation`,
 * `models_per_sample`, `sampling`, `samples`, `seed`, `min_common_models`, and `aggregate` as a
 * comma-separated list of scenario ids); the fragment names the open benchmark.
 *
 * Contract: pure. Only keys that differ from the catalog's are written, in a fixed order, so the
 * catalog's own view is the bare `index.html`. Reading is all or nothing for the method: one
 * invalid method key (unknown value, out of range, unknown scenario, unknown or repeated key) gives a clear
 * message for each problem and the catalog's method; an unknown board or benchmark gives a
 * message and the first board or no open benchmark. Rules are those of benchbench.yaml:
 * models_per_sample 0 (all shared models) or at least 2, samples at least 1, min_common_models
 * at least 2, seed a whole number, an aggregate of at least 2 scenarios.
 */
import type { Method } from '../../core/types.js';
import { changedKeys, METHOD_KEY_NAMES, METHOD_KEYS, methodValue } from '../../model/method.js';

export interface View {
  readonly method: Method;
  readonly aggregate: readonly string[];
  /** null = the first board. */
  readonly board: string | null;
  /** The benchmark whose detail is open, or null. */
  readonly open: string | null;
}

export interface ViewContext {
  readonly method: Method;
  readonly aggregate: readonly string[];
  readonly boards: readonly string[];
  readonly scenarios: ReadonlySet<string>;
}

export interface ReadView {
  readonly view: View;
  /** One sentence per problem, saying what was ignored and what is shown instead. */
  readonly problems: string[];
}

export const PERMALINK_KEYS: readonly string[] = ['board', ...METHOD_KEY_NAMES, 'aggregate'];

export function readView(search: string, hash: string, context: ViewContext): ReadView {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const methodProblems: string[] = [];
  const m: Record<keyof Method, unknown> = { ...context.method };
  let aggregate: readonly string[] = context.aggregate;
  const bad = (key: string, value: string, rule: string): void => {
    methodProblems.push(`"${key}=${value}" is not valid: ${rule}.`);
  };
  for (const key of new Set(params.keys())) {
    if (!(PERMALINK_KEYS as readonly string[]).includes(key))
      methodProblems.push(`"${key}" is not a setting of this page (it knows ${PERMALINK_KEYS.join(', ')}).`);
    else if (params.getAll(key).length > 1) methodProblems.push(`"${key}" is given more than once.`);
  }
  const get = (key: string): string | null => params.get(key);

  for (const key of METHOD_KEY_NAMES) {
    const text = get(key);
    if (text === null) continue;
    const checked = methodValue(key, text);
    if (checked.ok) (m as Record<string, unknown>)[METHOD_KEYS[key].field] = checked.value;
    else bad(key, text, `write ${checked.rule}`);
  }
  const list = get('aggregate');
  if (list !== null) {
    const ids = [...new Set(list.split(',').filter((s) => s !== ''))];
    const unknown = ids.filter((s) => !context.scenarios.has(s));
    if (unknown.length)
      bad('aggregate', list, `no scenario ${unknown.map((s) => `"${s}"`).join(', ')} in this catalog`);
    else if (ids.length < 2) bad('aggregate', list, 'an aggregate needs at least 2 scenarios');
    else aggregate = ids;
  }
  if (methodProblems.length) problems.push(...methodProblems, 'Showing the catalog\u2019s method instead.');

  let board = get('board');
  if (board !== null && !context.boards.includes(board)) {
    problems.push(
      `There is no leaderboard "${board}" (this page has ${context.boards.join(', ')}): showing the first.`,
    );
    board = null;
  }
  let open: string | null = null;
  const fragment = hash.replace(/^#/, '');
  if (fragment) {
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      /* a malformed escape: look it up as written */
    }
    if (context.scenarios.has(id)) open = id;
    else problems.push(`There is no benchmark "${id}" in this catalog, so no detail is open.`);
  }
  const method = methodProblems.length ? context.method : (m as unknown as Method);
  return {
    view: { method, aggregate: methodProblems.length ? context.aggregate : aggregate, board, open },
    problems,
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((s, i) => s === b[i]);

/** The query and fragment of a view (`?…#…`, either part empty when it says nothing). */
export function writeView(view: View, context: ViewContext): string {
  const params = new URLSearchParams();
  const m = view.method;
  const c = context.method;
  if (view.board !== null && view.board !== context.boards[0]) params.set('board', view.board);
  for (const [key, value] of changedKeys(m, c)) params.set(key, String(value));
  if (!sameList(view.aggregate, context.aggregate)) params.set('aggregate', view.aggregate.join(','));
  // Commas stay readable in the aggregate list.
  const query = params.toString().replace(/%2C/g, ',');
  return (query ? `?${query}` : '') + (view.open ? `#${encodeURIComponent(view.open)}` : '');
}

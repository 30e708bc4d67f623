/**
 * The published release that `benchbench init` and the docs pin: src/release.json in the
 * repository, written by `node scripts/record-release.mjs vX.Y.Z` once the tag exists (a commit
 * cannot name its own SHA, so the release process records it in the commit after the tag).
 */
import release from '../../release.json' with { type: 'json' };

export interface ActionReference {
  /** `owner/name` on GitHub. */
  readonly repository: string;
  /** The full commit SHA of the release. */
  readonly sha: string;
  /** The version without `v`, or null when unknown (an `--action-ref` without `--action-version`). */
  readonly version: string | null;
}

export const RELEASE: ActionReference = release;

const REF = /^([A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100})@([0-9a-f]{40})$/;

/** Parses `owner/name@<40 hex>`, or returns null. */
export function parseActionRef(text: string, version: string | null = null): ActionReference | null {
  const m = REF.exec(text.trim());
  return m ? { repository: m[1]!, sha: m[2]!, version } : null;
}

/** `owner/name@<sha> # v1.2.3`: what a workflow's `uses:` says. */
export const usesLine = (r: ActionReference): string =>
  `${r.repository}@${r.sha}${r.version ? ` # v${r.version}` : ''}`;

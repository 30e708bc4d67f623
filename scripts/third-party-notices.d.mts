// Types of scripts/third-party-notices.mjs, for the tests that use it.
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  /** SPDX expression from its package.json (or UNKNOWN). */
  readonly license: string;
  /** Its LICENSE and NOTICE files, normalised; empty when it ships none. */
  readonly text: string;
}
export declare const ALLOWED_LICENSES: readonly string[];
export declare function licenseAllowed(expression: unknown): boolean;
export declare function bundledPackages(
  metafile: { inputs: Record<string, unknown> },
  root: string,
): BundledPackage[];
export declare function licenseProblems(packages: readonly BundledPackage[]): string[];
export declare function noticesText(
  bundles: readonly { file: string; packages: readonly BundledPackage[] }[],
): string;

/**
 * A model of one benchmark that no other benchmark of the catalog has (catalog/load-catalog.ts
 * `unmatchedModels`), as the PR report carries it and the upload scoring extends it.
 */
export interface UnmatchedModel {
  /** As written in the results file. */
  readonly name: string;
  /** Up to 3 canonical ids of other benchmarks' models it is probably meant to be (closest first). */
  readonly suggestions: readonly string[];
}

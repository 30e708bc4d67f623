/**
 * The scores of one scenario as a results file is read: typed arrays (a catalog keeps them, and
 * the garbage collector never copies their contents), doubled when their capacity is reached.
 */
export class ScoreList {
  private count = 0;
  private modelIndex: Int32Array;
  private values: Float64Array;
  /** The record of each score. */
  private records: Int32Array;

  constructor(capacity: number) {
    this.modelIndex = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.records = new Int32Array(capacity);
  }

  push(model: number, value: number, record: number): void {
    if (this.count === this.values.length) this.grow(Math.max(16, 2 * this.count));
    this.modelIndex[this.count] = model;
    this.values[this.count] = value;
    this.records[this.count] = record;
    this.count++;
  }

  /** The arrays cut to the scores read (copied only when capacity is left over). */
  done(): { modelIndex: Int32Array; values: Float64Array; records: Int32Array } {
    if (this.count < this.values.length) this.grow(this.count);
    return { modelIndex: this.modelIndex, values: this.values, records: this.records };
  }

  /** Moves the scores into arrays of `capacity` (at least `count`). */
  private grow(capacity: number): void {
    const modelIndex = new Int32Array(capacity);
    const values = new Float64Array(capacity);
    const records = new Int32Array(capacity);
    modelIndex.set(this.modelIndex.subarray(0, this.count));
    values.set(this.values.subarray(0, this.count));
    records.set(this.records.subarray(0, this.count));
    [this.modelIndex, this.values, this.records] = [modelIndex, values, records];
  }
}

/**
 * The time budget of reading or scoring a catalog (`limits.max_seconds`). Work checks it between
 * files and between scenarios; past the budget, `check` throws a TimeLimitError that says where
 * the work stopped and which limit to raise.
 */
export class TimeLimitError extends Error {
  override readonly name = 'TimeLimitError';
  constructor(
    readonly where: string,
    readonly seconds: number,
  ) {
    super(
      `The time budget ran out at ${where}; the limit maxSeconds is ${seconds} s. ` +
        'Raise limits.max_seconds in benchbench.yaml, or split the catalog.',
    );
  }
}

export class Deadline {
  private readonly end: number;

  /** `start` (a reading of `clock`, default now): a run's budget counts from when the run began. */
  constructor(
    readonly seconds: number,
    private readonly clock: () => number = () => performance.now(),
    start: number = clock(),
  ) {
    this.end = start + seconds * 1000;
  }

  check(where: string): void {
    if (this.clock() > this.end) throw new TimeLimitError(where, this.seconds);
  }
}

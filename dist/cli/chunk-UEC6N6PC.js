import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/catalog/deadline.ts
var TimeLimitError = class extends Error {
  constructor(where, seconds) {
    super(
      `The time budget ran out at ${where}; the limit maxSeconds is ${seconds} s. Raise limits.max_seconds in benchbench.yaml, or split the catalog.`
    );
    this.where = where;
    this.seconds = seconds;
  }
  where;
  seconds;
  name = "TimeLimitError";
};
var Deadline = class {
  /** `start` (a reading of `clock`, default now): a run's budget counts from when the run began. */
  constructor(seconds, clock = () => performance.now(), start = clock()) {
    this.seconds = seconds;
    this.clock = clock;
    this.end = start + seconds * 1e3;
  }
  seconds;
  clock;
  end;
  check(where) {
    if (this.clock() > this.end) throw new TimeLimitError(where, this.seconds);
  }
};

export {
  TimeLimitError,
  Deadline
};

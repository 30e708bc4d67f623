/**
 * A progress line on standard error, only when it is a terminal (never in pipes, CI logs or
 * tests), redrawn at most every 100 ms and cleared when done. `stage` names a step whose size is
 * unknown (e.g. reading a commit); the next `update` draws a bar under the current label.
 */
export interface Progress {
  update(done: number, total: number): void;
  stage(label: string): void;
  done(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, stage() {}, done() {} };
  let last = 0;
  let current = label;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round((Math.min(done, total) / total) * width) : 0;
      stream.write(
        `\r\x1b[2K${current} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      );
    },
    stage(next) {
      current = next;
      last = 0;
      stream.write(`\r\x1b[2K${current} ...`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

/**
 * A progress line on standard error, only when it is a terminal (never in pipes, CI logs or
 * tests), redrawn at most every 100 ms and cleared when done.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/progress.ts
function progress(label, stream = process.stderr) {
  if (!stream.isTTY) return { update() {
  }, stage() {
  }, done() {
  } };
  let last = 0;
  let current = label;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round(Math.min(done, total) / total * width) : 0;
      stream.write(
        `\r\x1B[2K${current} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`
      );
    },
    stage(next) {
      current = next;
      last = 0;
      stream.write(`\r\x1B[2K${current} ...`);
    },
    done() {
      stream.write("\r\x1B[2K");
    }
  };
}

export {
  progress
};

// Preloaded into a child process (`node --import`): on exit, writes the process's peak resident
// memory in KiB and its CPU time (user + system) in ms, as `<KiB> <ms>`, to the file named by
// MAX_RSS_FILE (from process.resourceUsage()).
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.MAX_RSS_FILE;
  const u = process.resourceUsage();
  if (file) writeFileSync(file, `${u.maxRSS} ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}`);
});

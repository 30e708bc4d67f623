/** The action's entry (dist/index.js). */
import { run } from './run.js';

// Bundled as CommonJS (scripts/build.mjs): run() reports every failure itself, and never rejects.
void run();

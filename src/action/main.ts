/** The action's entry (dist/index.js). */
import { run } from './run.js';

await run();

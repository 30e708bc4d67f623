/**
 * The action's work, as `run()`: inputs -> Settings -> the mode's pipeline. main.ts (bundled to
 * dist/index.js) calls it; GitHub's local runner, @github/local-action, imports it the same way.
 */
import * as core from '@actions/core';
import { runCheck } from './check.js';
import { runCommentMode } from './comment-mode.js';
import { runPublish } from './publish.js';
import { actionsRunner } from './runner.js';
import { readSettings } from './settings.js';
import { describeError } from '../github/client.js';
import { escapeMarkdownInline } from '../report/escape.js';

export async function run(): Promise<void> {
  try {
    const settings = readSettings(process.env);
    // Before any request: a server's error text that echoes them is masked in the log.
    if (settings.token) core.setSecret(settings.token);
    if (settings.commentKey) core.setSecret(settings.commentKey);
    const runner = actionsRunner(settings, process.env);
    core.info(`benchbench-action: mode ${settings.mode}, catalog ${settings.catalogDir}`);
    if (settings.mode === 'check') await runCheck(settings, runner);
    else if (settings.mode === 'comment') await runCommentMode(settings, runner);
    else await runPublish(settings, runner);
  } catch (error: unknown) {
    const message = `benchbench-action: ${describeError(error)}`;
    core.setFailed(message);
    // The job summary is always written, even when the run could not finish.
    try {
      await core.summary.addHeading('BenchBench', 3).addRaw(escapeMarkdownInline(message), true).write();
    } catch {
      // No summary file (not on a runner): the failure message above is all there is.
    }
  }
}

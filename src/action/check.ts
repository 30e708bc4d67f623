/**
 * Check mode (`pull_request`): base (the merge base) vs head, read from git objects, scored,
 * diffed and reported: annotations, job summary, outputs, report artifact, and the sticky
 * comment when the token may write (a fork's read-only token gives a warning instead).
 */
import { readRevisions } from '../sources/read-revisions.js';
import type { FixPlan } from '../model/fix-plan.js';
import { planFixes } from '../pipeline/fix-suggestions.js';
import { buildPrAnalysis } from '../pipeline/pr-report.js';
import type { PrReport } from '../model/pr-report-schema.js';
import { renderPrComment } from '../report/pr-comment.js';
import { annotate } from './annotations.js';
import { mergeBase } from '../sources/git.js';
import { resolveCommit } from '../sources/run-git.js';
import { pullRequestExtras } from './pr-extras.js';
import { postComment, type Runner } from './runner.js';
import { failure, reportOutputs } from './outputs.js';
import { writeReportArtifact } from './report-artifact.js';
import type { Settings } from './settings.js';
import { summaryMarkdown } from './summary.js';

/** Reads both catalogs and builds the report; `elapsedMs` covers this and nothing on the network. */
export async function computePrReport(
  s: Settings,
  clock: () => number = performance.now.bind(performance),
): Promise<PrReport> {
  return (await computePrAnalysis(s, clock)).report;
}

/** The report and the one-click fixes for its unmatched model names. */
export async function computePrAnalysis(
  s: Settings,
  clock: () => number = performance.now.bind(performance),
): Promise<{ report: PrReport; plan: FixPlan }> {
  const started = clock();
  const pr = s.pullRequest;
  const head = await resolveCommit(s.workspace, pr?.headSha ?? 'HEAD');
  const base = await mergeBase(s.workspace, s.baseRef ?? pr!.baseSha, head);
  // The head is read with the base's limits: a pull request cannot raise its own.
  const read = await readRevisions({ repoDir: s.workspace, catalogDir: s.catalogDir, base, head });
  const { report, head: headCatalog } = buildPrAnalysis({
    base: read.base,
    head: read.head,
    memo: read.memo,
    changedFiles: read.changed.map((c) => c.path),
    repository: `${s.owner}/${s.repo}`,
    pullRequest: pr?.number ?? null,
    catalogDir: s.catalogDir,
    // One budget (the base's max_seconds) from the start of the run, git reading included.
    startedAt: started,
    clock,
  });
  const elapsedMs = clock() - started;
  const plan = planFixes(headCatalog, read.head.files, read.base.files, report.benchmarks);
  return { report: { ...report, elapsedMs }, plan };
}

export async function runCheck(s: Settings, runner: Runner): Promise<void> {
  const { report, plan } = await computePrAnalysis(s);
  annotate(report.issues, s.catalogDir, runner);
  const runUrl = runner.runUrl();
  const markdown = renderPrComment(report, { target: 'comment', ...(runUrl && { fullReportUrl: runUrl }) });
  const reportPath = await writeReportArtifact(s.reportDir, report, markdown);

  const notes: string[] = [];
  let commentId: number | undefined;
  let commentError: unknown;
  if (s.comment !== 'off' && s.pullRequest) {
    try {
      const posted = await postComment(s, runner, s.pullRequest.number, markdown);
      commentId = posted.commentId;
      if (posted.warning) notes.push(posted.warning);
    } catch (error) {
      commentError = error;
      notes.push(`The comment could not be posted: ${runner.describe(error)}`);
    }
  }
  if (s.pullRequest) notes.push(...(await pullRequestExtras(s, runner, s.pullRequest, report, plan)));
  await runner.summary(summaryMarkdown(report, notes));
  const outputs = reportOutputs(report, reportPath, commentId);
  for (const [k, v] of Object.entries(outputs)) runner.setOutput(k, v);
  const why = failure(report, s.failOn, s.minZ);
  if (why) runner.setFailed(why);
  else if (commentError)
    runner.setFailed(`BenchBench: the comment could not be posted: ${runner.describe(commentError)}`);
}

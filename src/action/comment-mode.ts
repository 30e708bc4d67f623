/**
 * Comment mode (`workflow_run`, after the check ran on a fork's pull request): the report
 * artifact, downloaded into `report-dir`, is untrusted. It is read with size caps and validated
 * against the schema; its commit must be the run's head SHA (from the event, which the PR cannot
 * forge), and its PR number must be an open PR whose head is that SHA now (asked through the API).
 * Then the report is computed again here, from git objects of the base and head commits (the
 * head fetched from `refs/pull/N/head` when the checkout lacks it): the fork's run cannot choose
 * the numbers that are posted. The artifact only names the pull request.
 */
import { openPullRequestsWithHead, pullRequestForHeadSha } from '../github/pull-requests.js';
import type { PrReport } from '../model/pr-report-schema.js';
import { computePrAnalysis } from './check.js';
import { pullRequestExtras } from './pr-extras.js';
import { ensurePullRequestCommit } from '../sources/git.js';
import { renderPrComment } from '../report/pr-comment.js';
import { reportOutputs } from './outputs.js';
import { readReportArtifact } from './report-artifact.js';
import { postComment, type Runner } from './runner.js';
import type { Settings } from './settings.js';
import { summaryMarkdown } from './summary.js';

export async function runCommentMode(s: Settings, runner: Runner): Promise<void> {
  const run = s.workflowRun!;
  const report = await readReportArtifact(s.reportDir);
  const pr = await pullRequestOf(s, runner, report);
  if (!pr) return;
  await ensurePullRequestCommit(s.workspace, pr.headSha, pr.number);
  const { report: recomputed, plan } = await computePrAnalysis({
    ...s,
    pullRequest: {
      number: pr.number,
      headSha: pr.headSha,
      baseSha: pr.baseSha ?? 'HEAD',
      headRepo: pr.headRepo,
    },
  });
  const notes: string[] = [];
  if (!sameResults(report, recomputed)) {
    notes.push(
      "The check's report artifact differs from the report computed here (the base branch moved, or the artifact was altered); the computed one is posted.",
    );
    runner.warning(
      "The check's report artifact differs from the report computed from the pull request's commits.",
      { title: 'benchbench: artifact mismatch' },
    );
  }
  const runUrl = runner.runUrl(run.id);
  const markdown = renderPrComment(recomputed, {
    target: 'comment',
    ...(runUrl && { fullReportUrl: runUrl }),
  });
  let commentId: number | undefined;
  if (s.comment !== 'off') {
    const posted = await postComment(s, runner, pr.number, markdown);
    commentId = posted.commentId;
    if (posted.warning) notes.push(posted.warning);
  }
  notes.push(...(await pullRequestExtras(s, runner, pr, recomputed, plan)));
  await runner.summary(summaryMarkdown(recomputed, notes));
  const outputs = reportOutputs(recomputed, '', commentId);
  for (const [k, v] of Object.entries(outputs)) runner.setOutput(k, v);
}

type OpenPullRequest = Extract<Awaited<ReturnType<typeof pullRequestForHeadSha>>, { ok: true }>;

/**
 * The open pull request the artifact names, when the artifact is for this repository and the
 * run's head commit, and that commit is the head of that pull request and of no other open one;
 * otherwise null, after failing the step (a forged or wrong artifact) or warning (a stale one).
 */
async function pullRequestOf(s: Settings, runner: Runner, report: PrReport): Promise<OpenPullRequest | null> {
  const run = s.workflowRun!;
  const refuse = (why: string): null => {
    runner.setFailed(`BenchBench refuses the report artifact: ${why}`);
    return null;
  };
  const skip = (why: string, title: string): null => {
    runner.warning(`Not commenting: ${why}`, { title: `benchbench: ${title}` });
    return null;
  };
  if (report.repository.toLowerCase() !== `${s.owner}/${s.repo}`.toLowerCase()) {
    return refuse(`it is for ${report.repository}, not ${s.owner}/${s.repo}.`);
  }
  if (report.head.sha !== run.headSha.toLowerCase()) {
    return refuse(
      `it was computed for commit ${report.head.sha.slice(0, 7)}, but the run was for ${run.headSha.slice(0, 7)}.`,
    );
  }
  if (report.pullRequest === null) return refuse('it names no pull request.');
  const client = runner.github();
  const target = { client, owner: s.owner, repo: s.repo };
  const pr = await pullRequestForHeadSha({ ...target, prNumber: report.pullRequest, headSha: run.headSha });
  if (!pr.ok) {
    // A PR pushed again since: its newer run will comment. Anything else is a forged or stale report.
    return pr.reason === 'head-moved' ? skip(pr.message, 'stale report') : refuse(pr.message);
  }
  if (pr.state !== 'open') return skip(`pull request #${pr.number} is ${pr.state}.`, 'closed PR');
  // The head SHA must name this pull request and no other open one.
  const sharing = await openPullRequestsWithHead({ ...target, sha: run.headSha });
  if (sharing.length !== 1 || sharing[0] !== pr.number) {
    return skip(
      `commit ${run.headSha.slice(0, 7)} is the head of ${sharing.length === 0 ? 'no open pull request' : `open pull requests ${sharing.map((n) => `#${n}`).join(', ')}`}, so it does not identify pull request #${pr.number} alone.`,
      'ambiguous head commit',
    );
  }
  return pr;
}

/** Whether two reports agree on everything a reader sees (not on timing). */
function sameResults(a: PrReport, b: PrReport): boolean {
  const key = (r: PrReport) =>
    JSON.stringify([r.valid, r.issues, r.rows, r.changes, r.benchmarks, r.base.sha]);
  return key(a) === key(b);
}

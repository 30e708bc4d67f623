/**
 * What the action does on a pull request besides the comment: the review with one-click fixes
 * (input `suggestions`) and the impact labels (input `labels`). Both run in check mode and in
 * the workflow_run comment mode (a fork's check job has a read-only token: the warning there is
 * expected, the comment job then posts them). Without a token, or without a pull request,
 * neither runs. A refusal by GitHub is a warning and a note in the job summary, never a failure.
 */
import { resolveOwnLogin } from '../github/identity.js';
import { setImpactLabels } from '../github/impact-labels.js';
import { postSuggestionReview } from '../github/suggestion-review.js';
import type { FixPlan } from '../model/fix-plan.js';
import { impactLabels, RANK_LABELS, VALIDITY_LABELS } from '../pipeline/impact.js';
import type { PrReport } from '../model/pr-report-schema.js';
import { renderSuggestionReview, REVIEW_MARKER } from '../report/suggestion-review.js';
import type { Runner } from './runner.js';
import type { Settings } from './settings.js';

export async function pullRequestExtras(
  s: Settings,
  runner: Runner,
  pr: { readonly number: number; readonly headSha: string },
  report: PrReport,
  plan: FixPlan,
): Promise<string[]> {
  const notes: string[] = [];
  if (!s.token) return notes;
  const client = () => runner.github();
  const review = s.suggestions ? renderSuggestionReview(plan, s.catalogDir) : null;
  if (review) {
    try {
      const { login } = await resolveOwnLogin(client());
      const result = await postSuggestionReview(
        {
          client: client(),
          owner: s.owner,
          repo: s.repo,
          pullNumber: pr.number,
          headSha: pr.headSha,
          marker: REVIEW_MARKER,
          ownLogin: login,
        },
        review,
      );
      if (result.warning) {
        runner.warning(result.warning, { title: 'benchbench: suggestions not posted' });
        notes.push(result.warning);
      } else {
        runner.info(
          result.action === 'exists'
            ? `Suggested fixes: review ${result.reviewId} is already on this head.`
            : `Suggested fixes: review ${result.reviewId} posted (${review.comments.length} line(s)).`,
        );
      }
    } catch (error) {
      const why = `The suggested fixes could not be posted: ${runner.describe(error)}`;
      runner.warning(why, { title: 'benchbench: suggestions not posted' });
      notes.push(why);
    }
  }
  if (s.labels) {
    try {
      const result = await setImpactLabels(
        { client: client(), owner: s.owner, repo: s.repo, issueNumber: pr.number },
        [VALIDITY_LABELS, RANK_LABELS],
        impactLabels(report),
      );
      if (result.warning) {
        runner.warning(result.warning, { title: 'benchbench: labels not set' });
        notes.push(result.warning);
      } else {
        runner.info(
          `Labels: ${impactLabels(report).join(', ')}${result.removed.length ? ` (removed ${result.removed.join(', ')})` : ''}.`,
        );
      }
    } catch (error) {
      const why = `The labels could not be set: ${runner.describe(error)}`;
      runner.warning(why, { title: 'benchbench: labels not set' });
      notes.push(why);
    }
  }
  return notes;
}

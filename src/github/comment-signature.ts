/**
 * Which marked comments are ours. Every workflow of a repository that comments with the
 * GITHUB_TOKEN writes as `github-actions[bot]`, and the marker is plain text anyone can quote,
 * so another workflow's bot comment that quotes a pull request's text could carry the marker.
 * Our comments also end with a signature line:
 *
 *   <!-- benchbench-action:signature <hex> -->
 *
 * where hex = HMAC-SHA256(key, pull request number + SHA-256 of the rest of the body), and the
 * key = HMAC-SHA256(secret, repository id + a fixed label). The signature binds the body, so a
 * signature copied from one of our comments is worth nothing under any other text; and with a
 * `comment-key` secret configured, nobody without the secret can sign at all. Without the secret
 * the key is derived from the repository id alone: a quoted marker is still refused, but someone
 * who can make another workflow post a body of their choosing, signature line included, could
 * compute it (docs/SECURITY.md). Line endings are normalised (`\r\n` -> `\n`) before signing.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const LABEL = 'benchbench-action:comment:v1';
const LINE = /\n<!-- benchbench-action:signature ([0-9a-f]{64}) -->\n?$/;

/** The signing key of a repository (`GITHUB_REPOSITORY_ID`, or `owner/repo`) under a secret ('' for none). */
export function commentKey(secret: string, repositoryId: string): Buffer {
  return createHmac('sha256', secret === '' ? LABEL : secret)
    .update(`${repositoryId}\n${LABEL}`)
    .digest();
}

const normalise = (body: string): string => body.replace(/\r\n/g, '\n').replace(/\n+$/, '');

function mac(key: Buffer, issueNumber: number, text: string): Buffer {
  const digest = createHash('sha256').update(text).digest('hex');
  return createHmac('sha256', key).update(`${issueNumber}\n${digest}`).digest();
}

/** The body with its signature line appended. */
export function signComment(body: string, key: Buffer, issueNumber: number): string {
  const text = normalise(body);
  return `${text}\n<!-- benchbench-action:signature ${mac(key, issueNumber, text).toString('hex')} -->\n`;
}

/** Whether the body ends with a signature that `key` made for this pull request and this text. */
export function isSignedComment(body: string, key: Buffer, issueNumber: number): boolean {
  const normalised = body.replace(/\r\n/g, '\n');
  const m = LINE.exec(normalised);
  if (!m) return false;
  const expected = mac(key, issueNumber, normalise(normalised.slice(0, m.index)));
  return timingSafeEqual(expected, Buffer.from(m[1]!, 'hex'));
}

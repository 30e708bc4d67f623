/**
 * The one place an authenticated GitHub REST client is made. Everything else in `src/github`
 * takes a `GitHubClient` and never builds its own.
 *
 * Contract:
 * - Base URL: the argument, else `GITHUB_API_URL` (set by Actions on GitHub Enterprise Server),
 *   else https://api.github.com.
 * - Every request (headers and body) must finish within `timeoutMs`, or it fails with
 *   "GitHub API did not answer <METHOD> <url> within <n> ms"; a hung server never hangs the run.
 * - Server errors (5xx), connection resets and timeouts are retried up to `retries` times, the
 *   k-th retry after k² × `retryBaseMs`. 4xx errors other than rate limits are not retried.
 *   A POST that timed out may have been applied, so its retry can repeat it; the sticky comment
 *   removes such a duplicate on its next run.
 * - Primary and secondary rate limits (403/429) are retried up to `retries` times after the
 *   server's `retry-after` (or rate-limit reset), unless that wait exceeds
 *   `maxRetryAfterSeconds`; each wait is logged as a warning.
 * - Writes are paced as GitHub asks (one write a second, one notifying write every three
 *   seconds) unless `minWriteIntervalMs` / `minNotificationIntervalMs` say otherwise.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The subset of `@actions/core` used for logging, so `core` itself can be passed. */
export interface GitHubLog {
  debug(message: string): void;
  warning(message: string): void;
}

export interface GitHubClientOptions {
  readonly token: string;
  readonly baseUrl?: string;
  /** Per request, including the response body. Default 30,000. */
  readonly timeoutMs?: number;
  /** Retries after a 5xx, a connection error, a timeout or a rate limit. Default 3. */
  readonly retries?: number;
  /** The k-th retry of a failed request waits k² times this. Default 1,000. */
  readonly retryBaseMs?: number;
  /** Milliseconds per second of `retry-after` (tests shrink it). Default 1,000. */
  readonly retryAfterUnitMs?: number;
  /** A rate limit asking for a longer wait fails instead. Default 60. */
  readonly maxRetryAfterSeconds?: number;
  /** Minimum gap between writes. Default: the throttling plugin's 1,000, shared process-wide. */
  readonly minWriteIntervalMs?: number;
  /** Minimum gap between writes that notify (new comments). Default: the plugin's 3,000. */
  readonly minNotificationIntervalMs?: number;
  readonly log?: GitHubLog;
}

export interface GitHubClient {
  readonly octokit: Octokit;
  readonly baseUrl: string;
  readonly log: GitHubLog;
}

/** The plugin types the handler as returning void, but retries when it returns true. */
type LimitHandler = NonNullable<ThrottlingOptions['onRateLimit']>;

const silent: GitHubLog = { debug: () => undefined, warning: () => undefined };

/** Status codes never retried by the retry plugin; 403 and 429 go to the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new Error('A GitHub token is required to talk to the GitHub API.');
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(
    /\/+$/,
    '',
  );
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRetryAfterSeconds ?? 60;
  const log = options.log ?? silent;

  const onLimit =
    (kind: string): LimitHandler =>
    (retryAfter, request, _octokit, retryCount) => {
      const what = `${request.method} ${request.url}`;
      if (retryCount < retries && retryAfter <= maxWait) {
        log.warning(
          `GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`,
        );
        return true;
      }
      log.warning(`GitHub ${kind} rate limit on ${what}: giving up (asked to wait ${retryAfter} s).`);
      return false;
    };

  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
    fallbackSecondaryRateRetryAfter: 60,
  };
  // Own groups only when asked: the plugin's defaults pace every client in the process together.
  if (options.minWriteIntervalMs !== undefined) {
    throttle.write = new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minWriteIntervalMs });
  }
  if (options.minNotificationIntervalMs !== undefined) {
    throttle.notifications = new Bottleneck.Group({
      maxConcurrent: 1,
      minTime: options.minNotificationIntervalMs,
    });
  }

  // @actions/github's fetch honours the runner's proxy settings for its own base URL; any other
  // URL (tests, an explicit GHES URL) goes through Node's fetch.
  const defaultFetch = actionsDefaults.request?.fetch as typeof fetch | undefined;
  const baseFetch = baseUrl === actionsDefaults.baseUrl && defaultFetch ? defaultFetch : globalThis.fetch;

  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      request: { fetch: fetchWithTimeout(baseFetch, timeoutMs) },
      retry: { retries, retryAfterBaseValue: options.retryBaseMs ?? 1000, doNotRetry: DO_NOT_RETRY },
      throttle,
      log: { debug: log.debug, info: log.debug, warn: log.warning, error: log.warning },
    },
    retry,
    throttling,
  );
  return { octokit, baseUrl, log };
}

/**
 * Wraps fetch so the whole exchange, body included, must end within `timeoutMs`. The body is
 * read here because octokit swallows errors while reading it and would return an empty body.
 */
export function fetchWithTimeout(base: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await base(input, { ...init, signal });
      const hasBody = ![101, 103, 204, 205, 304].includes(response.status);
      const body = hasBody ? await response.arrayBuffer() : null;
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (error) {
      if (timeout.aborted && !init?.signal?.aborted) {
        // A plain Error (not an AbortError) so that octokit reports it as a retryable 500.
        throw new Error(
          `GitHub API did not answer ${init?.method ?? 'GET'} ${requestUrl(input)} within ${timeoutMs} ms`,
          { cause: error },
        );
      }
      throw error;
    }
  };
}

function requestUrl(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.toString() : input.url;
}

/** HTTP status of an octokit error, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** A one-line description of a failed request for logs and warnings. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = httpStatus(error);
  const request = (error as { request?: { method?: string; url?: string } }).request;
  const where = request?.method && request.url ? `${request.method} ${request.url}: ` : '';
  return `${where}${status !== undefined ? `HTTP ${status}: ` : ''}${error.message}`;
}

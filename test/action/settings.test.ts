import { describe, expect, it } from 'vitest';
import { defaultMode } from '../../src/action/settings.js';

describe('the default mode', () => {
  it('follows the event', () => {
    expect(defaultMode('pull_request')).toBe('check');
    expect(defaultMode('workflow_run')).toBe('comment');
    expect(defaultMode('push')).toBe('publish');
    expect(defaultMode('workflow_dispatch')).toBe('publish');
  });

  it('refuses pull_request_target, which would put a write token next to pull-request content', () => {
    expect(() => defaultMode('pull_request_target')).toThrow(/not supported.*workflow_run/);
  });
});

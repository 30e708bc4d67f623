/** The page's filters of a benchmark's alternatives: access levels kept, and a highest cost in one unit. */
import { describe, expect, it } from 'vitest';
import type { Alternative } from '../../src/core/alternatives.js';
import { keepAlternative } from '../../src/report/site/browser/alternatives-view.js';

const alt = (access: Alternative['access'], cost: Alternative['cost']): Alternative => ({
  scenario: 's',
  agreement: 0.7,
  interval: null,
  nCommon: 10,
  access,
  cost,
});
const every = new Set(['open', 'gated', 'private', 'not stated'] as const);

describe('the alternatives filter', () => {
  it('keeps the access levels checked, an unstated one only with "not stated"', () => {
    const openOnly = { access: new Set(['open'] as const), maxCost: null };
    expect(keepAlternative(alt('open', null), openOnly)).toBe(true);
    expect(keepAlternative(alt('gated', null), openOnly)).toBe(false);
    expect(keepAlternative(alt(null, null), openOnly)).toBe(false);
    expect(keepAlternative(alt(null, null), { access: every, maxCost: null })).toBe(true);
  });

  it('keeps under a highest cost only the alternatives of known cost in its unit, the bound included', () => {
    const filter = { access: every, maxCost: { value: 6, unit: 'h' } };
    expect(keepAlternative(alt('open', { value: 6, unit: 'h', relative: null }), filter)).toBe(true);
    expect(keepAlternative(alt('open', { value: 6.5, unit: 'h', relative: null }), filter)).toBe(false);
    expect(keepAlternative(alt('open', { value: 1, unit: 'USD', relative: null }), filter)).toBe(false);
    expect(keepAlternative(alt('open', null), filter)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { extractReports } from '../../scripts/api-report.mjs';

// Runs after `npm test`'s build, against dist/*.d.ts.
describe('the public API', () => {
  it('matches the committed reports in test/api/ (run `npm run api:update` after an intended change)', () => {
    expect(extractReports({ check: true })).toEqual([]);
  }, 120_000);
});

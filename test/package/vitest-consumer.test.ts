// A Vitest project set up as the README says, using the packed package: the README's own test of
// enrolling and then signing in on one memory backend.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConsumerProject, repo } from '../support/consumers.js';
import { readmeFile } from '../support/readme.js';
import { run } from '../support/run.js';

describe('the packed package in a Vitest project (jsdom)', () => {
  it('runs the README’s test of enrolling and signing in', async () => {
    const app = makeConsumerProject('vitest-consumer', undefined, {
      'package.json': JSON.stringify({ private: true, type: 'module' }),
      'vitest.config.ts': readmeFile('vitest.config.ts'),
      'src/account-security.test.tsx': readmeFile('src/account-security.test.tsx'),
    });
    const { code, output } = await run(process.execPath, [join(repo, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: app });
    expect(output).toMatch(/Tests\s+1 passed \(1\)/);
    expect(code, output).toBe(0);
  });
});

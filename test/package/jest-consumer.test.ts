// A Jest project with Jest's defaults (CommonJS, babel-jest, nothing in node_modules compiled) and
// the jsdom environment, set up as the README says, using the packed package: an app component that
// imports the kit and its stylesheet, and the README's own test of the whole journey.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConsumerProject, repo } from '../support/consumers.js';
import { readmeFile } from '../support/readme.js';
import { run } from '../support/run.js';

describe('the packed package in a Jest 30 project (babel-jest, jest-environment-jsdom, no transformIgnorePatterns)', () => {
  it('renders <TotpSetup> with its QR code, and runs the README’s test of enrolling and signing in', async () => {
    const app = makeConsumerProject('jest-consumer', 'jest-app', {
      'jest.config.js': readmeFile('jest.config.js'),
      'babel.config.js': readmeFile('babel.config.js'),
      'test/style-stub.js': readmeFile('test/style-stub.js'),
      // As the README says for Jest: the same test without the vitest import.
      'src/account-security.test.tsx': readmeFile('src/account-security.test.tsx').replace(/^import .* from 'vitest';.*\n/m, ''),
    });
    const { code, output } = await run(process.execPath, [join(repo, 'node_modules/jest/bin/jest.js'), '--ci'], { cwd: app });
    expect(output).not.toMatch(/transformIgnorePatterns|Cannot use import statement/);
    expect(output).toMatch(/Tests:\s+2 passed, 2 total/);
    expect(code, output).toBe(0);
  });
});

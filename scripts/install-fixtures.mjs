// `npm test` (pretest): the test projects with installs of their own. Each is installed with `npm ci`
// only when its lock file changed since its last install, so a second run does not reinstall.
//   test/react18            React 18 for the component tests' second run
//   test/package/consumers  an app's node_modules for the consumer projects (Jest, Vitest, Vite, TypeScript)
//   examples/next-bff       the Next.js example, built and run by the package project
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

for (const fixture of ['test/react18', 'test/package/consumers', 'examples/next-bff']) {
  const dir = join(repo, fixture);
  const lock = createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).digest('hex');
  const stamp = join(dir, 'node_modules/.installed-from-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) continue;
  console.log(`Installing ${fixture} (npm ci)…`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, lock);
}

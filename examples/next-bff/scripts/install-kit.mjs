// Puts the kit into this app's node_modules as a user gets it: `npm pack` of the repository (built
// first: run `npm run build` there), unpacked into node_modules/react-mfa-enroll. The kit's own
// dependencies are this app's (package.json), so nothing else is installed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const repo = join(app, '../..');
const work = mkdtempSync(join(tmpdir(), 'mfa-kit-'));
try {
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: repo, stdio: 'pipe' });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  const installed = join(app, 'node_modules/react-mfa-enroll');
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
} finally {
  rmSync(work, { recursive: true, force: true });
}

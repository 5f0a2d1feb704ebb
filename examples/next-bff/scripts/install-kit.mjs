// Puts the kit into this app's node_modules as a user gets it: a packed tarball unpacked into
// node_modules/react-mfa-enroll. With no argument it packs the repository (built first: run
// `npm run build` there); the kit's tests pass the tarball they packed. The kit's own dependencies
// are this app's (package.json), so nothing else is installed.
//   node scripts/install-kit.mjs [react-mfa-enroll-x.y.z.tgz]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const repo = join(app, '../..');

function unpack(tarball) {
  const installed = join(app, 'node_modules/react-mfa-enroll');
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
}

const given = process.argv[2];
if (given) {
  unpack(resolve(given));
} else {
  const work = mkdtempSync(join(tmpdir(), 'mfa-kit-'));
  try {
    execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: repo, stdio: 'pipe' });
    unpack(join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

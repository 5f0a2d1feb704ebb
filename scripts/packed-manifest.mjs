// `npm pack` / `npm publish` (prepack, postpack): the tarball's package.json leaves out `prepare`.
//
// `prepare` builds the package where there is no build yet: a clone, and `npm install <git url>`,
// which runs it before packing the clone. A tarball carries the build, so there `prepare` would do
// nothing, yet npm 11 counts it as an install script of any package not from the registry (a tarball
// file or URL) and warns "install scripts not yet covered by allowScripts" on every install. So the
// manifest is stripped of it just while npm packs, and put back as it was right after.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const kept = fileURLToPath(new URL('../node_modules/.cache/react-mfa-enroll/package.json', import.meta.url));

function restore() {
  if (!existsSync(kept)) return;
  copyFileSync(kept, manifest);
  rmSync(kept);
}

function strip() {
  // A pack that died between the two steps left the stripped manifest behind: start from the original.
  restore();
  const original = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(original);
  mkdirSync(fileURLToPath(new URL('.', `file://${kept}`)), { recursive: true });
  writeFileSync(kept, original);
  delete pkg.scripts.prepare;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
}

const step = process.argv[2];
if (step === 'strip') strip();
else if (step === 'restore') restore();
else throw new Error(`usage: node scripts/packed-manifest.mjs strip|restore (got ${step})`);

// `npm pack` / `npm publish` (prepack, postpack): the tarball's package.json leaves out `prepare`.
//
// `prepare` builds the package where there is no build yet: a clone, and `npm install <git url>`,
// which runs it before packing the clone. A tarball carries the build, so there `prepare` would do
// nothing, yet npm 11 counts it as an install script of any package not from the registry (a tarball
// file or URL) and warns "install scripts not yet covered by allowScripts" on every install. So the
// manifest is stripped of it just while npm packs, and put back as it was right after.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const kept = fileURLToPath(new URL('../node_modules/.cache/react-mfa-enroll/package.json', import.meta.url));

/** Replaces package.json in one step: a build or dev server reading it meanwhile never sees half a file. */
function replaceManifest(content) {
  writeFileSync(`${manifest}.next`, content);
  renameSync(`${manifest}.next`, manifest);
}

function restore() {
  if (!existsSync(kept)) return;
  replaceManifest(readFileSync(kept, 'utf8'));
  rmSync(kept);
}

function strip() {
  // A pack that died between the two steps left the stripped manifest behind: start from the original.
  restore();
  const original = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(original);
  mkdirSync(dirname(kept), { recursive: true });
  writeFileSync(kept, original);
  delete pkg.scripts.prepare;
  replaceManifest(`${JSON.stringify(pkg, null, 2)}\n`);
}

const step = process.argv[2];
if (step === 'strip') strip();
else if (step === 'restore') restore();
else throw new Error(`usage: node scripts/packed-manifest.mjs strip|restore (got ${step})`);

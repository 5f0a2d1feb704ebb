// Checks what `npm run build` produced against what package.json promises: every export and
// typesVersions target exists, the React entry starts with 'use client' in both builds (Next.js App
// Router needs it), no built file imports the CSS (that would break plain Node and SSR imports), the
// JSX is compiled for production (a build run with NODE_ENV=development or test is not), and the
// server entry and server adapters import no React (nor, on the server, the DOM).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const problems = [];

function targets(entry) {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets);
}

for (const [subpath, entry] of [...Object.entries(pkg.exports), ...Object.entries(pkg.typesVersions['*'])]) {
  for (const target of targets(entry)) {
    if (!existsSync(`${root}${target}`)) problems.push(`${subpath}: ${target} is missing`);
  }
}

for (const reactEntry of ['dist/index.js', 'dist/index.cjs']) {
  if (!/^["']use client["'];/.test(readFileSync(`${root}${reactEntry}`, 'utf8'))) problems.push(`${reactEntry} does not start with 'use client'`);
}

for (const target of targets(pkg.exports).filter((t) => /\.(c?js|d\.c?ts)$/.test(t))) {
  if (existsSync(`${root}${target}`) && /\.css['"]/.test(readFileSync(`${root}${target}`, 'utf8'))) {
    problems.push(`${target} imports CSS`);
  }
}

// The server entry runs where there is no React and no DOM; the browser adapters carry no React.
// Each is checked with every module it imports, relative imports followed.
function importGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) importGraph(new URL(specifier, `file://${file}`).pathname, seen);
  return seen;
}
for (const [entry, forbidden] of [['dist/server/index.js', /from\s*["'](react|react-dom)(\/[^"']*)?["']|\b(document|window)\./], ['dist/adapters/server/index.js', /from\s*["'](react|react-dom)(\/[^"']*)?["']/]]) {
  for (const file of importGraph(`${root}${entry}`)) {
    if (forbidden.test(readFileSync(file, 'utf8'))) problems.push(`${file.slice(root.length)} (imported by ${entry}) uses React or the DOM`);
  }
}

const builtFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : /\.c?js$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
for (const file of builtFiles(`${root}dist`)) {
  if (readFileSync(file, 'utf8').includes('jsx-dev-runtime')) problems.push(`${file.slice(root.length)} uses React's development JSX runtime`);
}

if (problems.length > 0) {
  console.error(`Build check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Build check passed: ${Object.keys(pkg.exports).length} export entries.`);

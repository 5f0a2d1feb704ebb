// Checks what `npm run build` produced against what package.json promises: every export target
// exists, the React entry starts with 'use client' (Next.js App Router needs it), and no built file
// imports the CSS (that would break plain Node and SSR imports of the package).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const problems = [];

function targets(entry) {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets);
}

for (const [subpath, entry] of Object.entries(pkg.exports)) {
  for (const target of targets(entry)) {
    if (!existsSync(`${root}${target}`)) problems.push(`${subpath}: ${target} is missing`);
  }
}

const reactEntry = readFileSync(`${root}dist/index.js`, 'utf8');
if (!/^["']use client["'];/.test(reactEntry)) problems.push("dist/index.js does not start with 'use client'");

for (const target of targets(pkg.exports).filter((t) => t.endsWith('.js') || t.endsWith('.d.ts'))) {
  if (existsSync(`${root}${target}`) && /\.css['"]/.test(readFileSync(`${root}${target}`, 'utf8'))) {
    problems.push(`${target} imports CSS`);
  }
}

if (problems.length > 0) {
  console.error(`Build check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Build check passed: ${Object.keys(pkg.exports).length} export entries.`);

// Prints what each public entry point costs an app: minified and gzipped, as a production bundler
// would ship it. "own" keeps every dependency external; "with deps" bundles qrcode.react and
// otpauth too (react and react-dom stay external: the app has them anyway).
// Run after `npm run build`: `npm run size`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

async function bundleSize(entry, external) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Library mode keeps ES output readable; an app's production build minifies it fully.
      rolldownOptions: { external, checks: { moduleLevelDirective: false }, output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const code = chunks.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const peers = [/^react($|\/)/, /^react-dom($|\/)/];
const allDeps = [...peers, /^qrcode\.react$/, /^otpauth$/, /^amazon-cognito-identity-js$/];

const rows = [];
for (const [subpath, entry] of Object.entries(pkg.exports)) {
  const file = typeof entry === 'string' ? entry : entry.default;
  if (!file.endsWith('.js')) {
    if (file.endsWith('.css')) {
      const css = readFileSync(`${root}${file}`);
      rows.push([subpath, kb(css.length), kb(gzipSync(css, { level: 9 }).length), '', '']);
    }
    continue;
  }
  const own = await bundleSize(`${root}${file}`, allDeps);
  const withDeps = await bundleSize(`${root}${file}`, [...peers, /^amazon-cognito-identity-js$/]);
  rows.push([subpath, kb(own.raw), kb(own.gzip), kb(withDeps.raw), kb(withDeps.gzip)]);
}

const header = ['entry', 'own min', 'own gzip', 'with deps min', 'with deps gzip'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));

// `npm run size`: what the kit costs a real app. Builds small consumer apps with Vite in production
// mode against the built package (run `npm run build` first) and prints each one's JS and CSS bytes,
// raw and gzipped, over a plain React app, plus what each entry point weighs on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { budget, measureApps } from './size-apps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function entrySize(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Library mode keeps ES output readable; minify as an app's production build would.
      rolldownOptions: {
        external: [/^react($|\/)/, /^react-dom($|\/)/, /^qrcode\.react$/, /^otpauth$/, /^amazon-cognito-identity-js$/, /^aws-amplify($|\/)/, /^iron-session$/, /^cookie$/],
        checks: { moduleLevelDirective: false },
        output: { minify: true },
      },
    },
  });
  const code = (Array.isArray(output) ? output : [output]).flatMap((r) => r.output).filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const { sizes, over, fetchAdapterShare, amplifyAdapterShare } = await measureApps();
const labels = {
  wizardWithFetchAdapter: '(a) TotpSetup + fetch adapter + styles',
  wizardWithSignInAdapter: '(a′) TotpSetup + fetch sign-in (MFA_SETUP) adapter + styles',
  challengeWithFetchAdapter: '(d) TotpChallenge + fetch challenge adapter + styles',
  wizardAndChallengeWithFetchAdapters: '(e) TotpSetup + TotpChallenge + fetch adapters + styles',
  settingsWithFetchAdapter: '(f) TotpSettings (opens TotpSetup) + fetch adapter + styles',
  headlessHookAndParts: '(b) headless hook + parts + fetch adapter',
  wizardWithIdentityJsAdapter: '(c) TotpSetup + identity-js adapter + styles',
  amplifyAppWithKitAdapters: '(g) Amplify app (aws-amplify/auth) + both components + the 3 Amplify adapters',
  amplifyAppWithOwnAdapters: '(g′) the same Amplify app on minimal adapters of its own',
  serverAdapters: '(h) the three server adapters (react-mfa-enroll/adapters/server) alone',
  signInWithFetchSteps: '(i) TotpSignIn + fetch sign-in steps + styles',
  wizardOnly: 'TotpSetup + styles, adapter of the app’s own',
  bareQrCode: 'for scale: a bare qrcode.react QRCodeSVG',
};
console.log(`Consumer apps, Vite production build, over a plain React app (${kb(sizes.baseline.jsGzip)} gzipped JS):\n`);
console.log(table(
  ['app', 'JS', 'JS gzip', 'CSS', 'CSS gzip'],
  Object.entries(labels).map(([key, label]) => [label, kb(over[key].js), kb(over[key].jsGzip), kb(over[key].css), kb(over[key].cssGzip)]),
));
console.log(`\nfetch adapter's own share: ${kb(fetchAdapterShare.jsGzip)} gzipped JS`);
console.log(`Amplify adapters' own share, (g) − (g′): ${kb(amplifyAdapterShare.jsGzip)} gzipped JS`);
console.log(`budget: (a) JS ≤ ${kb(budget.wizardWithFetchAdapterJsGzip)}, (d) JS ≤ ${kb(budget.challengeWithFetchAdapterJsGzip)}, (e) JS ≤ ${kb(budget.wizardAndChallengeJsGzip)}, (f) JS ≤ ${kb(budget.settingsWithFetchAdapterJsGzip)}, CSS ≤ ${kb(budget.wizardWithFetchAdapterCssGzip)}, fetch adapter ≤ ${kb(budget.fetchAdapterShareJsGzip)}, Amplify adapters ≤ ${kb(budget.amplifyAdapterShareJsGzip)}, (h) server adapters ≤ ${kb(budget.serverAdaptersJsGzip)}, (i) JS ≤ ${kb(budget.signInWithFetchStepsJsGzip)} (gzipped)`);

const rows = [];
for (const [subpath, entry] of Object.entries(pkg.exports)) {
  // The ES module build (`import`) is what bundlers take.
  const file = typeof entry === 'string' ? entry : (entry.import?.default ?? entry.default);
  if (file.endsWith('.js')) {
    const size = await entrySize(`${root}${file}`);
    rows.push([subpath, kb(size.raw), kb(size.gzip)]);
  } else if (file.endsWith('.css')) {
    const css = readFileSync(`${root}${file}`);
    rows.push([subpath, kb(css.length), kb(gzipSync(css, { level: 9 }).length)]);
  }
}
console.log('\nEach entry point alone, minified, dependencies external:\n');
console.log(table(['entry', 'min', 'gzip'], rows));

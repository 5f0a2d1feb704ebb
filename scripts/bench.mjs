// `npm run bench`: in headless Chromium, the work from mounting the wizard to its QR code in the DOM,
// and of one keystroke in the code field, each against a bare qrcode.react QRCodeSVG and a bare controlled
// <input> measured in the same run. Several runs each, medians. It prints figures; it asserts nothing.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { makeTempDir, removeTempDir } from './temp-dir.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 15);
const outDir = makeTempDir('bench');

await build({
  root: join(repo, 'scripts/bench'),
  configFile: false,
  logLevel: 'silent',
  plugins: [react()],
  base: './',
  build: { outDir, emptyOutDir: true },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const file = join(outDir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(outDir) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure(name) {
  const values = [];
  // One warm-up load, not counted, so every counted run finds the files cached.
  for (let i = 0; i <= runs; i += 1) {
    const page = await browser.newPage();
    await page.goto(`${url}?case=${name}`);
    const result = await page.waitForFunction(() => window.__result, undefined, { timeout: 30_000 }).then((h) => h.jsonValue());
    await page.close();
    if (typeof result !== 'number') throw new Error(`${name}: ${result}`);
    if (i > 0) values.push(result);
  }
  return median(values);
}

try {
  const results = {};
  for (const name of ['bare-qr-mount', 'wizard-mount', 'bare-input-keystroke', 'wizard-keystroke']) results[name] = await measure(name);
  const ms = (value) => `${value.toFixed(2)} ms`;
  console.log(`Chromium ${browser.version()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${runs} runs each, medians\n`);
  console.log(`mount to QR in DOM    TotpSetup ${ms(results['wizard-mount'])}   bare QRCodeSVG ${ms(results['bare-qr-mount'])}   ratio ${(results['wizard-mount'] / results['bare-qr-mount']).toFixed(2)}`);
  console.log(`per keystroke         code field ${ms(results['wizard-keystroke'])}   bare <input> ${ms(results['bare-input-keystroke'])}   ratio ${(results['wizard-keystroke'] / results['bare-input-keystroke']).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
  removeTempDir(outDir);
}

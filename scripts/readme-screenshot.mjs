// `npm run screenshot`: builds the static Storybook and photographs the overview story in headless
// Debian Chromium into public/readme-screenshot.png, the image the README shows. Run it after a change
// to the look, so the README shows the components as they are.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const storyId = 'overview-the-three-components--overview';
const output = join(repo, 'public/readme-screenshot.png');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

const site = mkdtempSync(join(tmpdir(), 'mfa-storybook-'));
try {
  execFileSync(join(repo, 'node_modules/.bin/storybook'), ['build', '--quiet', '--output-dir', site], { cwd: repo, stdio: 'inherit' });
  const server = createServer((request, response) => {
    let file = join(site, new URL(request.url ?? '/', 'http://x').pathname);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(site) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${storyId}&viewMode=story`);
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await page.getByText(/^On: “Ana’s Pixel 8”/).waitFor();
    await page.locator('.overview').screenshot({ path: output });
    console.log(`wrote ${output}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(site, { recursive: true, force: true });
}

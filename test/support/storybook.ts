import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { isAlive } from '../../scripts/temp-dir.mjs';
import { runOrThrow } from './run.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const cache = join(repo, 'node_modules/.cache/react-mfa-enroll');
// What a static Storybook is built from: when none of it changed, the last build still stands.
const inputs = ['src', 'stories', '.storybook', 'public', 'package-lock.json', 'vite.config.ts'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => files(join(repo, input)))) hash.update(relative(repo, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The static Storybook of the sources as they are, built with `storybook build` when no build of
 * exactly these sources is cached (node_modules/.cache/react-mfa-enroll). A build goes to a folder of
 * its own and is renamed into place only once complete, so an interrupted build is never used; older
 * builds and leftovers are removed.
 */
export async function staticStorybook(): Promise<string> {
  const name = `storybook-${sourceHash()}`;
  const outDir = join(cache, name);
  mkdirSync(cache, { recursive: true });
  // Older builds, and what an interrupted build left; a build still running elsewhere is its own.
  for (const entry of readdirSync(cache).filter((entry) => entry.startsWith('storybook-') && entry !== name)) {
    const builder = /\.partial-(\d+)$/.exec(entry)?.[1];
    if (builder === undefined || !isAlive(Number(builder))) rmSync(join(cache, entry), { recursive: true, force: true });
  }
  if (existsSync(outDir)) return outDir;
  const partial = `${outDir}.partial-${process.pid}`;
  await runOrThrow(join(repo, 'node_modules/.bin/storybook'), ['build', '--quiet', '--output-dir', partial], {
    cwd: repo,
    env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  renameSync(partial, outDir);
  return outDir;
}

/** Shows another story or docs page in a loaded preview the way the Storybook UI does, without a reload. */
export async function switchStory(page: Page, storyId: string, viewMode: 'story' | 'docs'): Promise<void> {
  await page.evaluate(({ storyId, viewMode }) => {
    const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, data: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
    channel!.emit('setCurrentStory', { storyId, viewMode });
  }, { storyId, viewMode });
}

/**
 * Waits until the preview has rendered `storyId` and its render reached one of `phases` (a story's play
 * function has then run). A docs page's render has no phase: `undefined` among the phases accepts it.
 */
export async function waitForRender(page: Page | Frame, storyId: string, phases: ReadonlyArray<string | undefined>, timeout = 60_000): Promise<void> {
  await page.waitForFunction(({ storyId, phases }) => {
    const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender;
    return render?.id === storyId && phases.includes(render.phase ?? null);
  }, { storyId, phases: phases.map((phase) => phase ?? null) }, { timeout });
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** `storybook build` into a fresh temporary folder, which is returned. */
export function buildStaticStorybook(prefix: string): string {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(join(repo, 'node_modules/.bin/storybook'), ['build', '--quiet', '--output-dir', outDir], {
    cwd: repo,
    stdio: 'pipe',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
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
export async function waitForRender(page: Page, storyId: string, phases: ReadonlyArray<string | undefined>, timeout: number): Promise<void> {
  await page.waitForFunction(({ storyId, phases }) => {
    const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender;
    return render?.id === storyId && phases.includes(render.phase ?? null);
  }, { storyId, phases: phases.map((phase) => phase ?? null) }, { timeout });
}

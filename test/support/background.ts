// Slow set-up (packing the kit, building the static Storybook) starts in a Vitest globalSetup and runs
// in the background while other projects' tests use the machine; the tests that need it wait for its
// outcome, written to a file, in a beforeAll (setupFiles). A failure reaches those tests as their error.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `work` and writes its outcome to `file` once settled (atomically: a reader never sees half). */
export function settleInto<T>(file: string, work: Promise<T>): Promise<void> {
  const write = (outcome: Outcome<T>) => {
    writeFileSync(`${file}.partial`, JSON.stringify(outcome));
    renameSync(`${file}.partial`, file);
  };
  return work.then(
    (value) => write({ ok: true, value }),
    (error: unknown) => write({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

/** The outcome in `file`, once there: the value, or the set-up's error thrown. */
export async function settled<T>(file: string, what: string, timeoutMs = 15 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${what} did not finish within ${timeoutMs / 60_000} minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const outcome = JSON.parse(readFileSync(file, 'utf8')) as Outcome<T>;
  if (!outcome.ok) throw new Error(`${what} failed:\n${outcome.error}`);
  return outcome.value;
}


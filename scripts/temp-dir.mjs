// Temporary folders that do not outlive the process that made them: removed when it exits, also on
// SIGINT, SIGTERM or SIGHUP; and when it was killed outright, by the next run's sweep. Each folder's
// name carries its maker's pid (`mfa-<purpose>-<pid>-XXXXXX`), so a sweep removes only folders whose
// maker is gone, never those of a run still going (another checkout's tests share this temp dir).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';

const ours = /^mfa-[a-z0-9-]+?-(\d+)-[A-Za-z0-9]{6}$/;
const live = new Set();
let hooked = false;

function removeLive() {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

function hookExit() {
  if (hooked) return;
  hooked = true;
  process.once('exit', removeLive);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      removeLive();
      // Where nobody else handles the signal, end as the signal would have, but through exit, so the
      // other 'exit' handlers run too (cognito-local's stops its emulator). Otherwise the other handler
      // (Vitest's own) decides, and 'exit' runs this again.
      if (process.listenerCount(signal) === 0) process.exit(128 + constants.signals[signal]);
    });
  }
}

/** A new folder `mfa-<purpose>-<pid>-XXXXXX` in `parent` (the system temp directory), removed with this process. */
export function makeTempDir(purpose, parent = tmpdir()) {
  hookExit();
  const dir = mkdtempSync(join(parent, `mfa-${purpose}-${process.pid}-`));
  live.add(dir);
  return dir;
}

/** Removes a folder from makeTempDir now. */
export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

/** Whether process `pid` still runs (one of another user counts). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Removes, in each of `parents`, the folders of makers that are gone (a run killed with SIGKILL, a
 * crashed machine); returns their paths.
 */
export function sweepStaleTempDirs(parents = [tmpdir()]) {
  const stale = parents.filter((parent) => existsSync(parent)).flatMap((parent) =>
    readdirSync(parent)
      .filter((name) => {
        const match = ours.exec(name);
        return match !== null && !isAlive(Number(match[1]));
      })
      .map((name) => join(parent, name)),
  );
  for (const dir of stale) rmSync(dir, { recursive: true, force: true });
  return stale;
}

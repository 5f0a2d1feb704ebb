// setupFiles of the `package` project: each test file starts once the packed kit is installed.
import { beforeAll, inject } from 'vitest';
import { settled } from './background.js';
import type { PackedPackage } from './packed-package.js';

let packed: PackedPackage | undefined;

beforeAll(async () => {
  packed = await settled<PackedPackage>(inject('packedOutcome'), 'Packing and installing the kit');
}, 20 * 60_000);

/** The packed and installed kit (available in tests and hooks after the setup's beforeAll). */
export function packedPackage(): PackedPackage {
  if (!packed) throw new Error('the packed package is not ready: is test/support/packed-package-ready.ts in setupFiles?');
  return packed;
}

// setupFiles of the `package` project: each test file starts once the packed kit is installed.
import { awaitSetup } from './await-setup.js';
import type { PackedPackage } from './packed-package.js';

/** The packed and installed kit. */
export const packedPackage = awaitSetup<PackedPackage>('packedOutcome', 'Packing and installing the kit');

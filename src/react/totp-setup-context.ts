import { createParts } from './define-part.js';
import type { TotpSetupApi } from './use-totp-setup.js';

export const [TotpSetupContext, useTotpSetupContext, definePart] = /* @__PURE__ */ createParts<TotpSetupApi>('TotpSetupParts');

import { createParts } from './define-part.js';
import type { TotpChallengeApi } from './use-totp-challenge.js';

export const [TotpChallengeContext, useTotpChallengeContext, defineChallengePart] = /* @__PURE__ */ createParts<TotpChallengeApi>('TotpChallengeParts');

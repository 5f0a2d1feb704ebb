import { createParts } from './define-part.js';
import type { TotpSettingsApi } from './use-totp-settings.js';

export const [TotpSettingsContext, useTotpSettingsContext, defineSettingsPart] = /* @__PURE__ */ createParts<TotpSettingsApi>('TotpSettingsParts');

import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { en, type TotpMessages } from './messages.js';

export { ar, de, en, es, fr, ja };
export type { CommonErrorKind } from '../core/messages.js';
export type { ErrorKind } from '../core/errors.js';
export type {
  MessageOverrides,
  TotpChallengeMessageOverrides,
  TotpChallengeMessages,
  TotpMessages,
  TotpSettingsMessageOverrides,
  TotpSettingsMessages,
  TotpSetupMessageOverrides,
  TotpSetupMessages,
  TotpSharedMessages,
  TotpSignInMessageOverrides,
  TotpSignInMessages,
} from './messages.js';

/** The built-in catalogues, by language. A separate entry point, so an app pays only for what it imports. */
export const catalogues: Readonly<Record<'en' | 'es' | 'de' | 'fr' | 'ja' | 'ar', TotpMessages>> = { en, es, de, fr, ja, ar };

/** The catalogue for a BCP 47 tag: its language's (`de-AT` → German), else English. */
export function messagesFor(locale: string): TotpMessages {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(catalogues, language) ? catalogues[language as keyof typeof catalogues] : en;
}

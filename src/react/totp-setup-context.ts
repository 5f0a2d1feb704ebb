import { createContext, useContext } from 'react';
import type { TotpSetupApi } from './use-totp-setup.js';

export const TotpSetupContext = createContext<TotpSetupApi | null>(null);

/** The enrollment a part belongs to; a part outside a root is a mistake worth a clear message. */
export function useTotpSetupContext(partName: string): TotpSetupApi {
  const api = useContext(TotpSetupContext);
  if (api === null) {
    throw new Error(`<TotpSetupParts.${partName}> must be used within <TotpSetupParts.Root> or <TotpSetupParts.Provider>`);
  }
  return api;
}

import { useId, useMemo } from 'react';

/** A component's element ids from the app's base id, or one React makes (unique per instance, stable across server and client). */
export function useIds<Ids>(id: string | undefined, create: (baseId: string) => Ids): Ids {
  const reactId = useId();
  return useMemo(() => create(id ?? `totp${reactId.replace(/[^\w-]/g, '')}`), [id, reactId, create]);
}

import { useEffect, useRef } from 'react';

interface InFlight {
  key: number;
  controller: AbortController;
  detached: boolean;
  abortTimer?: ReturnType<typeof setTimeout>;
}

/** Whether a response still belongs to a mounted component and to the newest request. */
export type IsCurrent = () => boolean;

/**
 * Starts one request per `key` while `active`. StrictMode mounts, unmounts and mounts again at once;
 * aborting on the first unmount would send every request twice, so the abort is deferred one task
 * and a re-mount within it keeps the request. A real unmount, or a newer key, aborts it.
 */
export function useSingleRequest(
  active: boolean,
  key: number,
  start: (signal: AbortSignal, isCurrent: IsCurrent) => void,
): void {
  const inFlight = useRef<InFlight | null>(null);

  useEffect(() => {
    if (!active) return undefined;
    let request = inFlight.current;
    if (request?.key === key) {
      clearTimeout(request.abortTimer);
      request.detached = false;
    } else {
      const fresh: InFlight = { key, controller: new AbortController(), detached: false };
      inFlight.current = request = fresh;
      start(fresh.controller.signal, () => !fresh.detached && !fresh.controller.signal.aborted);
    }
    const current = request;
    return () => {
      current.detached = true;
      current.abortTimer = setTimeout(() => current.controller.abort(), 0);
    };
    // `start` is a fresh closure every render; the request is defined by `key` alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key]);
}

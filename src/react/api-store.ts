import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * Where a component's parts read its API from. The hook publishes each render's API here; a part
 * re-renders only when what it selected changed, so a keystroke re-renders the code field and not the
 * QR code beside it.
 */
export interface ApiStore<Api> {
  get(): Api;
  subscribe(listener: () => void): () => void;
  /** The parts caught up with the newest API (focus can now find the element it waits for). */
  settled(): void;
}

interface WritableStore<Api> extends ApiStore<Api> {
  set(api: Api): void;
  /** Whether parts read from the store (else the hook's own render is all there is to wait for). */
  observed(): boolean;
}

function createStore<Api>(initial: Api, settled: () => void): WritableStore<Api> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    settled,
    get: () => current,
    observed: () => listeners.size > 0,
    set(api) {
      if (api === current) return;
      current = api;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Layout effects warn on a server in React 18; there is nothing to publish there anyway. Checked per
// call: the same bundle may render on a server and in a browser-like test environment.
const usePublishEffect = (effect: () => void) => (typeof document === 'undefined' ? useEffect : useLayoutEffect)(effect);

const stores = new WeakMap<object, ApiStore<unknown>>();

/**
 * Publishes the API a hook made in this render to its parts, before paint; `settled` runs once they
 * have caught up. The API then leads to its store (`storeOf`), for a root or provider given it.
 */
export function usePublishedApi<Api extends object>(api: Api, settled: () => void): Api {
  const [store] = useState(() => createStore(api, settled));
  usePublishEffect(() => store.set(api));
  // Parts catch up just after this render; with none, this render is the screen.
  useEffect(() => {
    if (!store.observed()) settled();
  });
  stores.set(api, store);
  return api;
}

export function storeOf<Api extends object>(api: Api): ApiStore<Api> {
  return stores.get(api) as ApiStore<Api>;
}

function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * What `select` picks from the store's API, kept while it is shallowly equal: props built afresh
 * each render (strings, flags, and handlers that keep their identity) cause no re-render unless one
 * of them changed.
 */
export function useSelected<Api, Selected>(store: ApiStore<Api>, select: (api: Api) => Selected): Selected {
  const last = useRef<{ value: Selected } | null>(null);
  const read = () => {
    const value = select(store.get());
    if (last.current && shallowEqual(last.current.value, value)) return last.current.value;
    last.current = { value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, read, read);
}

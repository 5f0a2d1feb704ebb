import { useEffect, useRef, useState } from 'react';

// Bundlers replace it, so production builds drop the development-only warnings with their text.
declare const process: { env: { NODE_ENV?: string } };

/** An adapter call the machine is waiting for; its answer comes back as an event with the same id. */
export interface RequestEffect {
  type: string;
  requestId: number;
}

/** The effects every machine of the kit declares besides its requests and callbacks. */
export type RunnerEffect = { type: 'focus'; target: string; ifFocusWithin?: boolean } | { type: 'clock.start' } | { type: 'clock.stop' };

/** Adapters with a sign-in session tell when it stops being accepted. */
export interface SessionBound {
  getSessionExpiry?(): number | null;
}

export interface RunnerSpec<State, Event, Effect extends { type: string }, Request extends RequestEffect, Adapter extends SessionBound> {
  adapter: Adapter;
  /** Element ids by focus target, and the root's, to tell whether focus is inside. */
  ids: { root: string } & Record<string, string>;
  /** The machine's transition, given the pinned adapter (its flow can decide how a restart works). */
  transition(state: State, event: Event, adapter: Adapter): { state: State; effects: Effect[] };
  /** The request the state waits for, if any. */
  requestOf(state: State): Request | null;
  /** Runs a request with the pinned adapter; resolves to the event its answer (or failure) means. */
  perform(adapter: Adapter, request: Request, signal: AbortSignal): Promise<Event>;
  /** The component's own effects (callbacks). */
  notify(effect: Effect): void;
}

interface LiveRequest {
  requestId: number;
  controller: AbortController;
  /** Between an effect cleanup and the next mount (StrictMode, `<Activity>` hidden, unmount). */
  detached: boolean;
  abortTimer?: ReturnType<typeof setTimeout>;
}

/**
 * The runner every component of the kit shares: it keeps a machine's state, runs the effects each
 * transition declares, pins the adapter, owns the lifetime of the one request in flight, ticks the
 * sign-in session clock while the machine says so, and moves focus after React has rendered.
 */
export function useRunner<State, Event, Effect extends { type: string }, Request extends RequestEffect, Adapter extends SessionBound>(
  spec: RunnerSpec<State, Event, Effect, Request, Adapter>,
  init: () => State,
  /** Whether the first state already lets the user act (a sign-in code step), so the clock runs. */
  clockAtStart?: boolean,
) {
  const [state, setState] = useState(init);
  const [clockRunning, setClockRunning] = useState(clockAtStart);
  const [now, setNow] = useState(Date.now);
  // Read when something happens, not when the request started.
  const latest = useRef(spec);
  const pinned = useRef(spec.adapter);
  const machine = useRef(state);
  const live = useRef<LiveRequest | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const warned = useRef(false);
  useEffect(() => {
    latest.current = spec;
    if (process.env.NODE_ENV !== 'production' && spec.adapter !== pinned.current && !warned.current) {
      warned.current = true;
      console.warn(
        'react-mfa-enroll: a new adapter was passed during an enrollment; the first one is kept until it restarts. Create it once (useState or useMemo).',
      );
    }
  });

  const send = (event: Event) => {
    const result = latest.current.transition(machine.current, event, pinned.current);
    if (result.state !== machine.current) {
      machine.current = result.state;
      setState(result.state);
    }
    result.effects.forEach(run);
  };

  const start = (request: Request) => {
    const previous = live.current;
    if (previous) {
      clearTimeout(previous.abortTimer);
      previous.controller.abort();
    }
    const entry: LiveRequest = { requestId: request.requestId, controller: new AbortController(), detached: false };
    live.current = entry;
    const { signal } = entry.controller;
    latest.current.perform(pinned.current, request, signal).then((event) => {
      if (live.current !== entry || signal.aborted) return;
      // Answered while unmounted or hidden: dropped, so the next mount asks afresh.
      if (entry.detached) return entry.controller.abort();
      send(event);
    });
  };

  const run = (effect: Effect) => {
    const common = effect as unknown as RunnerEffect;
    if ('requestId' in effect) {
      const request = effect as unknown as Request;
      // Fetching a secret starts a new enrollment, which adopts the app's newest adapter; until then the
      // pinned one carries the session.
      if (request.type === 'associate') pinned.current = latest.current.adapter;
      start(request);
    } else if (common.type === 'focus') {
      // Read now, before React removes the element that had focus.
      const root = document.getElementById(latest.current.ids.root);
      if (!common.ifFocusWithin || root?.contains(document.activeElement)) pendingFocus.current = latest.current.ids[common.target] ?? null;
    } else if (common.type === 'clock.start') {
      setNow(Date.now());
      setClockRunning(true);
    } else if (common.type === 'clock.stop') {
      setClockRunning(false);
    } else {
      latest.current.notify(effect);
    }
  };

  // Every mount (StrictMode's second one, `<Activity>` shown again, Suspense) makes sure the request
  // the state waits for is in flight: kept if still alive, asked afresh if it was aborted meanwhile.
  useEffect(() => {
    const wanted = latest.current.requestOf(machine.current);
    const entry = live.current;
    if (entry && wanted?.requestId === entry.requestId && !entry.controller.signal.aborted) {
      clearTimeout(entry.abortTimer);
      entry.detached = false;
    } else if (wanted) {
      start(wanted);
    }
    return () => {
      const current = live.current;
      if (!current) return;
      current.detached = true;
      // StrictMode mounts again at once; aborting now would send every request twice.
      current.abortTimer = setTimeout(() => current.controller.abort(), 0);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  }, [state]);

  // The sign-in clock ticks only while the user can act; the adapter knows its newest session's end.
  useEffect(() => {
    if (!clockRunning) return undefined;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      const expiry = pinned.current.getSessionExpiry?.() ?? null;
      if (expiry !== null && time >= expiry) send({ type: 'SESSION.EXPIRED' } as Event);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clockRunning]);

  return { state, send, machine, pinned, now };
}

/** Seconds until the session expires, while the clock has something to count; else null. */
export function secondsLeft(expiry: number | null, now: number): number | null {
  return expiry === null ? null : Math.max(0, Math.ceil((expiry - now) / 1000));
}

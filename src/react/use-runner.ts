import { useEffect, useState } from 'react';
import type { RequestEffect, RunnerEffect, RunnerEvent, Transition } from '../core/machine.types.js';

// Bundlers replace it, so production builds drop the development-only warnings with their text.
declare const process: { env: { NODE_ENV?: string } };

/** Adapters with a sign-in session tell when it stops being accepted. */
export interface SessionBound {
  getSessionExpiry?(): number | null;
}

export interface RunnerSpec<State, Event, Effect, Request extends RequestEffect, Adapter extends object> {
  /** The newest adapter the app passed. */
  adapter: Adapter;
  /** Element ids by focus target, and the root's, to tell whether focus is inside. */
  ids: { root: string };
  /** The machine's transition; `adapter` is the one requests go to now (its flow can decide how a restart works). */
  transition(state: State, event: Event | RunnerEvent, adapter: Adapter): Transition<State, Effect | RunnerEffect<Event>>;
  /** The request the state waits for, if any. */
  requestOf(state: State): Request | null;
  /** Runs a request; resolves to the event its answer (or failure) means. Never rejects. */
  perform(adapter: Adapter, request: Request, signal: AbortSignal): Promise<Event>;
  /** The component's own effects (callbacks, the clipboard). */
  run(effect: Effect, send: (event: Event) => void): void;
}

/** The request in flight. */
interface Live<Event> {
  requestId: number;
  once: boolean;
  controller: AbortController;
  /** Between an effect cleanup and the next mount (StrictMode, `<Activity>` hidden, an unmount). */
  detached: boolean;
  abortTimer?: ReturnType<typeof setTimeout>;
  /** A one-time request's answer that arrived while detached, delivered on the next mount. */
  answer?: { event: Event };
}

/** A sign-in session's adapter is the session: it stays until the session ends. */
const carriesSession = (adapter: object): boolean => (adapter as SessionBound).getSessionExpiry?.() != null;

/** What the component renders from: the machine's state, and the session clock's reading. */
export interface RunnerOutput<State, Event> {
  state: State;
  /** Keeps its identity across renders. */
  send(event: Event): void;
  /** The adapter requests go to now (for what it says of itself: the device name, the session's end). */
  adapter(): SessionBound;
  /** Epoch ms of the clock's last tick; null before the first (so a server render shows no time). */
  now: number | null;
  /** Moves focus where the machine asked, once the screen shows the new state (call it after each render that does). */
  flushFocus(): void;
}

// The user's own presses and clicks, counted page-wide from the first focus the kit asks for.
let userActions = 0;
let countingUserActions = false;
function countUserActions(): number {
  if (!countingUserActions) {
    countingUserActions = true;
    const count = () => void (userActions += 1);
    document.addEventListener('pointerdown', count, true);
    document.addEventListener('keydown', count, true);
  }
  return userActions;
}

/**
 * The runner every component of the kit shares. It keeps a machine's state, runs the effects each
 * transition declares, chooses the adapter (a sign-in session's stays for the session's life, a
 * token's follows the app), owns the lifetime of the one request in flight, ticks the sign-in session
 * clock while the machine says so, and moves focus after React has rendered. It knows no request by
 * name: a request says only whether it may be sent twice.
 */
export function useRunner<State, Event, Effect extends { type: string }, Request extends RequestEffect, Adapter extends object>(
  spec: RunnerSpec<State, Event, Effect, Request, Adapter>,
  start: () => Transition<State, Effect | RunnerEffect<Event>>,
): RunnerOutput<State, Event> {
  const [core] = useState(() => createRunner(spec, start()));
  const [state, setState] = useState(core.initial);
  const [clock, setClock] = useState<{ running: boolean; now: number | null }>({ running: false, now: null });
  core.bind(setState, setClock);

  // Read when something happens, not when the request started; a changed adapter is news to the machine.
  useEffect(() => core.update(spec));
  useEffect(() => core.attach(), [core]);
  useEffect(() => (clock.running ? core.tickEverySecond() : undefined), [core, clock.running]);

  return { state, send: core.send, adapter: core.adapter, now: clock.now, flushFocus: core.flushFocus };
}

type Spec = RunnerSpec<unknown, unknown, { type: string }, RequestEffect, object>;

/** The runner's behaviour, apart from React's hooks so it is made once per component. */
function createRunner<State, Event, Effect extends { type: string }, Request extends RequestEffect, Adapter extends object>(
  initialSpec: RunnerSpec<State, Event, Effect, Request, Adapter>,
  initial: Transition<State, Effect | RunnerEffect<Event>>,
) {
  let spec = initialSpec as unknown as Spec;
  let machine: unknown = initial.state;
  let pending: Array<Effect | RunnerEffect<Event>> | null = initial.effects;
  let pinned: SessionBound = spec.adapter;
  let seenAdapter: SessionBound = spec.adapter;
  let live: Live<unknown> | null = null;
  // Where the last request went, for one that retries it.
  let lastTarget: SessionBound | null = null;
  // The element to focus, and the state that asked: a target the screen never showed is dropped with its state.
  let focusRequest: { id: string; state: unknown; actions: number } | null = null;
  let warned = false;
  let setState: (state: State) => void = () => {};
  let setClock: (update: (clock: { running: boolean; now: number | null }) => { running: boolean; now: number | null }) => void = () => {};

  /** A session's adapter stays; anything else is the app's newest. */
  const adapter = (): SessionBound => {
    if (!carriesSession(pinned)) pinned = spec.adapter;
    return pinned;
  };

  const send = (event: unknown): void => {
    const result = spec.transition(machine, event as Event, adapter()) as Transition<unknown, { type: string }>;
    if (result.state !== machine) {
      machine = result.state;
      setState(result.state as State);
    }
    result.effects.forEach(run);
  };

  const startRequest = (request: RequestEffect): void => {
    if (live) {
      clearTimeout(live.abortTimer);
      live.controller.abort();
    }
    const entry: Live<unknown> = { requestId: request.requestId, once: request.once, controller: new AbortController(), detached: false };
    live = entry;
    const { signal } = entry.controller;
    const target = request.retry && lastTarget ? lastTarget : adapter();
    lastTarget = target;
    spec.perform(target, request, signal).then((event) => {
      if (live !== entry || signal.aborted) return;
      if (entry.detached) {
        // A code that was spent is not asked for again: its answer waits for the screen to show.
        if (entry.once) entry.answer = { event };
        else entry.controller.abort();
        return;
      }
      live = null;
      send(event);
    });
  };

  const focus = (target: string, ifFocusWithin: boolean | undefined): void => {
    // Read now, before React removes the element that had focus.
    const root = document.getElementById(spec.ids.root);
    const id = (spec.ids as Record<string, string>)[target];
    if (id && (!ifFocusWithin || root?.contains(document.activeElement))) focusRequest = { id, state: machine, actions: countUserActions() };
  };

  /**
   * Focuses the element asked for once it is on screen. Called after each render of the component
   * and after its parts caught up (they re-render just after it, from the published API).
   */
  function flushFocus(): void {
    if (focusRequest === null) return;
    // Stale once the state moved on, or once the user pressed or clicked something while the element
    // was still on its way (a wizard loaded lazily): focus is never taken from a user who acted since.
    if (focusRequest.state !== machine || countUserActions() !== focusRequest.actions) {
      focusRequest = null;
      return;
    }
    const element = document.getElementById(focusRequest.id);
    if (!element) return;
    focusRequest = null;
    element.focus();
  }

  function run(effect: { type: string }): void {
    const common = effect as RunnerEffect<unknown> | RequestEffect;
    switch (common.type) {
      case 'request':
        return startRequest(common);
      case 'focus':
        return focus(common.target, common.ifFocusWithin);
      case 'clock.start':
        return setClock((clock) => ({ ...clock, running: true }));
      case 'clock.stop':
        return setClock((clock) => ({ ...clock, running: false }));
      case 'delay':
        // Left to run when the component goes: what it sends then changes nothing on screen.
        setTimeout(() => send(common.event), common.ms);
        return;
      case 'adapter.adopt':
        pinned = spec.adapter;
        return;
      default:
        spec.run(effect, send);
    }
  }

  return {
    initial: initial.state,
    send,
    adapter,
    flushFocus,

    bind(state: typeof setState, clock: typeof setClock) {
      setState = state;
      setClock = clock;
    },

    update(next: RunnerSpec<State, Event, Effect, Request, Adapter>) {
      spec = next as unknown as Spec;
      if (next.adapter === seenAdapter) return;
      seenAdapter = next.adapter;
      send({ type: 'ADAPTER.CHANGE' });
      if (process.env.NODE_ENV !== 'production' && pinned !== next.adapter && carriesSession(pinned) && !warned) {
        warned = true;
        console.warn(
          'react-mfa-enroll: a new adapter was passed during a sign-in session; the one that carries the session is kept until it ends. Create it once (useState or useMemo).',
        );
      }
    },

    /**
     * Every mount (the first, StrictMode's second, `<Activity>` shown again, a Suspense boundary
     * revealed): the first runs the machine's start effects; each makes sure the request the state
     * waits for is in flight, delivers an answer that arrived meanwhile, or asks afresh for a
     * repeatable one that was dropped.
     */
    attach() {
      if (pending) {
        const effects = pending;
        pending = null;
        effects.forEach(run);
        // What the first render showed is on screen now (a parent's effects run after its children's).
        flushFocus();
      }
      const wanted = spec.requestOf(machine);
      const entry = live;
      if (entry && wanted?.requestId === entry.requestId && !entry.controller.signal.aborted) {
        clearTimeout(entry.abortTimer);
        entry.detached = false;
        if (entry.answer) {
          live = null;
          send(entry.answer.event);
        }
      } else if (wanted) {
        startRequest(wanted);
      }
      return () => {
        const current = live;
        if (!current) return;
        current.detached = true;
        // StrictMode mounts again at once: aborting now would send every request twice.
        if (!current.once) current.abortTimer = setTimeout(() => current.controller.abort(), 0);
      };
    },

    /** The sign-in clock ticks only while the user can act, and only for an adapter whose session ends. */
    tickEverySecond() {
      const tick = () => {
        const expiry = adapter().getSessionExpiry?.() ?? null;
        if (expiry === null) return;
        const time = Date.now();
        setClock((clock) => ({ ...clock, now: time }));
        if (time >= expiry) send({ type: 'SESSION.EXPIRED' });
      };
      if ((adapter().getSessionExpiry?.() ?? null) === null) return undefined;
      tick();
      const timer = setInterval(tick, 1000);
      return () => clearInterval(timer);
    },
  };
}

/** Seconds until the session expires, while the clock has something to count; else null. */
export function secondsLeft(expiry: number | null, now: number | null): number | null {
  return expiry === null || now === null ? null : Math.max(0, Math.ceil((expiry - now) / 1000));
}

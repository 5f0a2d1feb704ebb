/**
 * What every machine of the kit shares with the runner that executes its effects: requests that
 * declare whether they may be sent twice, focus, the sign-in session clock, delayed events and the
 * adapter to use. The runner knows these and nothing of any component's own effects.
 */

/** An adapter call the machine waits for; its answer comes back as an event with the same `requestId`. */
export interface RequestEffect {
  type: 'request';
  requestId: number;
  /**
   * It spends a one-time code (VerifySoftwareToken, RespondToAuthChallenge): never sent twice, and its
   * answer is kept for a screen that was hidden or re-mounted while it travelled. A repeatable request
   * (a read, a new secret) is dropped on the way instead, and sent afresh when the screen shows again.
   */
  once: boolean;
  /**
   * It sends again what a failed request sent (the same code, after a network fault): it goes to the
   * adapter that handled that one, where the step after a code was accepted may still be pending
   * (SetUserMFAPreference, say), rather than to a newer adapter that would send the spent code again.
   */
  retry?: boolean;
}

/** Move focus to the element with this target's id once the change is on screen. */
export interface FocusEffect<Target extends string = string> {
  type: 'focus';
  target: Target;
  /** Only when focus was inside the component (the user was working in it). */
  ifFocusWithin?: boolean;
}

/** Tick the sign-in session clock (while the user can act), or stop it. */
export type ClockEffect = { type: 'clock.start' } | { type: 'clock.stop' };

/** Send `event` to the machine after `ms` milliseconds. */
export interface DelayEffect<Event> {
  type: 'delay';
  ms: number;
  event: Event;
}

/** From now on, use the newest adapter the app passed (a new sign-in, a new token). */
export interface AdoptAdapterEffect {
  type: 'adapter.adopt';
}

/** The effects the runner carries out itself, for any machine. */
export type RunnerEffect<Event = never, Target extends string = string> =
  | FocusEffect<Target>
  | ClockEffect
  | DelayEffect<Event>
  | AdoptAdapterEffect;

/** Events the runner sends to every machine. */
export type RunnerEvent =
  /** The app passed a different adapter; a screen that can only go on with new credentials starts afresh. */
  | { type: 'ADAPTER.CHANGE' }
  /** The session clock reached the adapter's expiry while the user could act. */
  | { type: 'SESSION.EXPIRED' };

export interface Transition<State, Effect> {
  state: State;
  effects: Effect[];
}

export function unchanged<State>(state: State): Transition<State, never> {
  return { state, effects: [] };
}

/**
 * Whether `event` answers anything but the request the state waits for: each request has its own id,
 * so an answer that arrives after the machine moved on changes nothing.
 */
export function isStaleAnswer(event: object, awaited: RequestEffect | null): boolean {
  return 'requestId' in event && awaited?.requestId !== event.requestId;
}

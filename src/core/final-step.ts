/**
 * The step that follows a successful VerifySoftwareToken (SetUserMFAPreference, or answering the
 * MFA_SETUP challenge). The user's code is used up once verify succeeded, so when this step fails the
 * next verify attempt must run only this step again, not verify with a fresh code.
 */
export interface FinalStep<T> {
  /** True between a successful verify and this step succeeding. */
  readonly pending: boolean;
  run(signal: AbortSignal): Promise<T>;
  /** For a library call that verifies and runs this step itself: the verify succeeded, this step did not. */
  markPending(): void;
  /** A new enrollment (a new secret) starts clean. */
  reset(): void;
}

export function createFinalStep<T>(step: (signal: AbortSignal) => Promise<T>): FinalStep<T> {
  let pending = false;
  return {
    get pending() {
      return pending;
    },
    async run(signal) {
      pending = true;
      const result = await step(signal);
      pending = false;
      return result;
    },
    markPending() {
      pending = true;
    },
    reset() {
      pending = false;
    },
  };
}

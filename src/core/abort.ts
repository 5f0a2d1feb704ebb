import { createNamedError } from './named-error.js';

/**
 * For client libraries whose calls take no AbortSignal: `work`'s outcome, unless `signal` aborts
 * first, which rejects at once with an AbortError; what `work` does later is then ignored.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(createNamedError('AbortError', 'The request was aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    const settle = <V>(finish: (outcome: V) => void) => (outcome: V) => {
      signal.removeEventListener('abort', onAbort);
      finish(outcome);
    };
    work.then(settle<T>(resolve), settle<unknown>(reject));
  });
}

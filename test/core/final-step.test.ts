import { describe, expect, it } from 'vitest';
import { createFinalStep } from '../../src/core/final-step.js';
import { createNamedError } from '../../src/core/named-error.js';

const signal = new AbortController().signal;

describe('the step after an accepted code (SetUserMFAPreference, RespondToAuthChallenge)', () => {
  it('is pending from the moment it starts until it succeeds, so a retry runs it alone', async () => {
    let fail = true;
    const step = createFinalStep(async () => {
      if (fail) throw createNamedError('NetworkError', 'offline');
      return 'done';
    });
    expect(step.pending).toBe(false);
    await expect(step.run(signal)).rejects.toMatchObject({ name: 'NetworkError' });
    expect(step.pending).toBe(true);
    fail = false;
    await expect(step.run(signal)).resolves.toBe('done');
    // Done: the next code is a new verify, not this step again.
    expect(step.pending).toBe(false);
  });

  it('starts clean for a new secret', async () => {
    const step = createFinalStep(async () => Promise.reject(createNamedError('NetworkError', 'offline')));
    await step.run(signal).catch(() => undefined);
    step.reset();
    expect(step.pending).toBe(false);
  });
});

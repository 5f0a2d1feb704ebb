import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// findBy* and waitFor wait on a condition; Testing Library's 1 s limit for it is too short on a loaded
// 2-core machine, where one render can take that long. A real hang still fails, after 10 s.
configure({ asyncUtilTimeout: 10_000 });

// A React warning (act, keys, state update on an unmounted component) fails the test that caused it.
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  cleanup();
  try {
    expect(consoleError, 'console.error was called').not.toHaveBeenCalled();
  } finally {
    // Restored even when the check fails, so one warning fails one test, not every test after it.
    consoleError.mockRestore();
  }
});

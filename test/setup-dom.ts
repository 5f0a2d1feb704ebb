import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

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

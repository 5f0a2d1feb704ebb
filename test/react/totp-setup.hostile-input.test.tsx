import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { TotpSetupAdapter, VerifySoftwareTokenInput } from '../../src/core/adapter.js';
import { normalizeDeviceName } from '../../src/core/code.js';
import { TotpSetup } from '../../src/index.js';

/** A backend that records what reaches it and always says "wrong code", so every attempt can go on. */
function recordingAdapter() {
  const memory = createMemoryAdapter();
  const received: VerifySoftwareTokenInput[] = [];
  const adapter: TotpSetupAdapter = {
    associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
    verifySoftwareToken: async (input) => {
      received.push(input);
      return { status: 'ERROR' };
    },
  };
  return { adapter, received };
}

const input = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[0-9 \-:a-z]{0,14}$/),
  fc.constantFrom('１２３４５６', '١٢٣٤٥٦', '123 456', 'Code: 654321', '<script>1</script>', '\u202e123456', '９８７６５４３２１'),
);
const action = fc.record({ kind: fc.constantFrom('type', 'paste', 'submit'), text: input });

describe('the code field under hostile input', () => {
  it('lets only six-digit codes reach the adapter, whatever is typed or pasted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const { adapter, received } = recordingAdapter();
        const { container } = render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
        try {
          const field = await screen.findByRole<HTMLInputElement>('textbox', { name: '6-digit code' });
          for (const { kind, text } of actions) {
            await act(async () => {
              if (kind === 'type') fireEvent.change(field, { target: { value: field.value + text } });
              else if (kind === 'paste') fireEvent.paste(field, { clipboardData: { getData: () => text } });
              else fireEvent.submit(field.form!);
            });
            expect(field.value).toMatch(/^[0-9]{0,6}$/);
          }
          await waitFor(() => expect(container.firstElementChild).not.toHaveAttribute('data-state', 'verifying'));
          for (const call of received) expect(call.userCode).toMatch(/^[0-9]{6}$/);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('device names under hostile input', () => {
  it('render as plain text and are sent trimmed, within the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }),
          fc.constantFrom('<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '\u200fهاتف العمل\u200f', '📱👩🏽‍💻 phone', ' '.repeat(3) + 'x'.repeat(200)),
        ),
        async (name) => {
          const { adapter, received } = recordingAdapter();
          const { container } = render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
          try {
            const deviceField = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Device name' });
            const elementsBefore = container.querySelectorAll('*').length;
            await act(async () => {
              fireEvent.change(deviceField, { target: { value: name } });
            });
            // The field keeps what was typed, less the line breaks a one-line input always strips.
            const typed = name.replace(/[\r\n]/g, '');
            expect(deviceField.value).toBe(typed);
            expect(container.querySelectorAll('*').length).toBe(elementsBefore);
            await act(async () => {
              fireEvent.change(screen.getByRole('textbox', { name: '6-digit code' }), { target: { value: '123456' } });
            });
            await waitFor(() => expect(received).toHaveLength(1));
            expect(received[0]!.friendlyDeviceName).toBe(normalizeDeviceName(typed));
            expect(container.querySelector('img, svg:not([data-part="qr-code"]), script')).toBeNull();
          } finally {
            cleanup();
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

// Issue #19, point 7: a Root takes hook options or an API a hook made, never both. Before, the options
// compiled, landed on the div as attributes, and the callbacks were never called.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { TotpChallengeParts, TotpSettingsParts, TotpSetupParts, useTotpSetup } from '../../src/index.js';
import { expectRenderError } from './helpers.js';

const adapter = createMemoryAdapter();

function SetupWithBoth() {
  const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana' });
  // @ts-expect-error -- `issuer` and `onVerified` belong to the hook that made `setup`.
  return <TotpSetupParts.Root setup={setup} issuer="Other" onVerified={vi.fn()} />;
}

describe('a Root’s props', () => {
  it('refuse options beside an API, in the types and, in development, at run time', () => {
    expectRenderError(<SetupWithBoth />, '<TotpSetupParts.Root> takes either setup or its options (issuer, onVerified), not both');
  });

  it('take either alone', () => {
    function SetupWithApi() {
      const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana' });
      return <TotpSetupParts.Root setup={setup} data-testid="with-api" />;
    }
    render(
      <>
        <SetupWithApi />
        <TotpSetupParts.Root adapter={adapter} issuer="Acme" accountName="ana" data-testid="with-options" />
      </>,
    );
    expect(screen.getByTestId('with-api')).not.toHaveAttribute('issuer');
    expect(screen.getByTestId('with-options')).not.toHaveAttribute('issuer');
    expect(screen.getByTestId('with-options')).toHaveAttribute('data-state', 'loading');
  });

  it('say the same for the other two components, in the types', () => {
    // Compile-time only: each line would compile if a Root took both.
    const never = false as boolean;
    if (never) {
      // @ts-expect-error -- `onSignedIn` belongs to the hook that made the API.
      void (<TotpChallengeParts.Root challenge={{} as never} onSignedIn={vi.fn()} />);
      // @ts-expect-error -- `onChange` belongs to the hook that made the API.
      void (<TotpSettingsParts.Root settings={{} as never} onChange={vi.fn()} />);
    }
    expect(never).toBe(false);
  });
});

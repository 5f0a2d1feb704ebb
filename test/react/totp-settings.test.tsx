import { lazy, StrictMode, Suspense } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { TotpSettingsAdapter } from '../../src/core/adapter.js';
import { de } from '../../src/i18n/index.js';
import { TotpSettings, TotpSettingsParts, TotpSetup, useTotpSettings, type TotpSettingsProps } from '../../src/index.js';
import { expectingAdapterWarning, expectNoAxeViolations, expectRenderError, findAlert, fixedSecret, readSecretFromScreen, RerenderingParent, totpCode } from './helpers.js';

function renderSettings(props: Partial<TotpSettingsProps> = {}, adapter: TotpSettingsAdapter = createMemoryAdapter()) {
  const onChange = vi.fn();
  const onError = vi.fn();
  const onVerified = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <TotpSettings issuer="Acme" accountName="ana@example.com" onChange={onChange} onError={onError} onVerified={onVerified} {...props} adapter={adapter} />,
  );
  return { ...view, adapter: adapter as MemoryAdapter, onChange, onError, onVerified, user, root: () => view.container.firstElementChild as HTMLElement };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const panelStatus = () => screen.findByText(/^(On|Off)\b/);

/** Enrolls through the wizard the panel opened: reads the key, types its code. */
async function enrollInWizard(user: ReturnType<typeof userEvent.setup>, deviceName?: string) {
  await screen.findByRole('img', { name: /QR code/ });
  if (deviceName) {
    const field = screen.getByRole('textbox', { name: 'Device name' });
    await user.clear(field);
    await user.type(field, deviceName);
  }
  await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(readSecretFromScreen()));
}

describe('<TotpSettings> on the memory backend', () => {
  it('off → "Set up" opens the wizard in place → on and preferred, announced, focus on the heading', async () => {
    const { user, root, onChange, onVerified, adapter, container } = renderSettings();
    expect(root()).toHaveAttribute('data-scope', 'totp-settings');
    expect(root()).toHaveAttribute('data-state', 'loading');
    expect(screen.getByText('Checking your authenticator app…')).toBeInTheDocument();
    expect(await panelStatus()).toHaveTextContent('Off. Add an authenticator app');
    expect(root()).toHaveAttribute('data-state', 'off');
    expect(screen.queryByRole('button', { name: 'Replace' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn off' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(button('Set up'));
    expect(root()).toHaveAttribute('data-state', 'enrolling');
    // The wizard's heading takes the panel's place and level: one heading says what is open. The
    // button that opened it is gone, so focus goes there, not to the page.
    expect(screen.getByRole('heading', { level: 2, name: 'Set up an authenticator app' })).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Authenticator app' })).not.toBeInTheDocument();
    await enrollInWizard(user, 'Work phone');

    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'on'));
    expect(screen.getByText(/^On\. You enter a code/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Authenticator app added.');
    expect(screen.getByRole('heading', { level: 2, name: 'Authenticator app' })).toHaveFocus();
    expect(onVerified).toHaveBeenCalledWith({ friendlyDeviceName: 'Work phone' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ totpEnabled: true, totpPreferred: true });
    expect(adapter.mfa).toEqual({ totpEnabled: true, totpPreferred: true });
    await expectNoAxeViolations(container);
  });

  it('"Replace" first says the named authenticator stops working, then runs the wizard; the new secret replaces the old', async () => {
    const adapter = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Old phone' } });
    const { user, root, onChange, container } = renderSettings({ deviceName: 'Old phone' }, adapter);
    expect(await panelStatus()).toHaveTextContent('On: “Old phone”. You enter a code from it when you sign in.');
    await user.click(button('Replace'));
    expect(root()).toHaveAttribute('data-state', 'confirm-replace');
    const confirm = button('Replace');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAccessibleDescription('“Old phone” stops working as soon as the new one is verified.');
    expect(screen.getByRole('group', { name: '“Old phone” stops working as soon as the new one is verified.' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(confirm);
    expect(screen.getByRole('heading', { name: 'Set up an authenticator app' })).toHaveFocus();
    await enrollInWizard(user, 'New phone');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Authenticator app replaced. The old one no longer works.'));
    expect(adapter.device).toEqual({ friendlyDeviceName: 'New phone' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ totpEnabled: true, totpPreferred: true });
  });

  it('"Turn off" asks, names the device, and turns it off; "Cancel" puts focus back on "Turn off"', async () => {
    const adapter = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' } });
    const { user, root, onChange, container } = renderSettings({ deviceName: 'Phone' }, adapter);
    await panelStatus();
    await user.click(button('Turn off'));
    expect(root()).toHaveAttribute('data-state', 'confirm-turn-off');
    expect(button('Turn off')).toHaveAccessibleDescription(/no longer ask for a code from “Phone”/);
    await user.click(button('Cancel'));
    expect(root()).toHaveAttribute('data-state', 'on');
    expect(button('Turn off')).toHaveFocus();
    expect(adapter.calls.setTotpEnabled).toBe(0);

    await user.click(button('Turn off'));
    // A double click on the confirming button sends one request.
    await user.dblClick(button('Turn off'));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'off'));
    expect(adapter.calls.setTotpEnabled).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('Authenticator app turned off.');
    expect(screen.getByRole('heading', { name: 'Authenticator app' })).toHaveFocus();
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ totpEnabled: false, totpPreferred: false });
    expect(adapter.mfa).toEqual({ totpEnabled: false, totpPreferred: false });
    await expectNoAxeViolations(container);
  });

  it('where the pool requires MFA, says why it stays on instead of a generic error', async () => {
    const adapter = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' }, mfaRequired: true });
    const { user, root, onError, onChange, container } = renderSettings({}, adapter);
    await panelStatus();
    await user.click(button('Turn off'));
    await user.click(button('Turn off'));
    const alert = await findAlert('Your account requires an authenticator app, so it can’t be turned off. You can replace it instead.');
    expect(alert).toHaveFocus();
    expect(root()).toHaveAttribute('data-state', 'on');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'mfa-required', action: 'none', step: 'turn-off' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(button('Replace')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('a failed read says so and offers "Try again", which reads again', async () => {
    const adapter = createMemoryAdapter({ failures: [{ operation: 'getMfaState', name: 'NetworkError' }] });
    const { user, root, onError } = renderSettings({}, adapter);
    await findAlert(/couldn’t reach the sign-in service/);
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getByText('We couldn’t check your authenticator app.')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network', step: 'load' }));
    await user.click(button('Try again'));
    expect(await panelStatus()).toHaveTextContent(/^Off/);
    expect(adapter.calls.getMfaState).toBe(2);
  });

  it('a signed-out user is told to sign in again', async () => {
    const adapter = createMemoryAdapter({ failures: [{ operation: 'getMfaState', name: 'NotAuthorizedException', message: 'Access Token has been revoked' }] });
    const { onError } = renderSettings({}, adapter);
    await findAlert(/signed out\. Sign in again/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'signed-out', action: 'sign-in' }));
  });

  it('says when the authenticator is on but another method is preferred', async () => {
    const adapter = { ...createMemoryAdapter(), getMfaState: async () => ({ totpEnabled: true, totpPreferred: false }) };
    renderSettings({}, adapter);
    expect(await panelStatus()).toHaveTextContent('On. You enter a code from your authenticator app when you sign in. Another method is preferred when you sign in.');
  });

  it('"Cancel" under the wizard goes back with nothing changed, focus on "Set up"', async () => {
    const { user, root, adapter, onChange } = renderSettings();
    await panelStatus();
    await user.click(button('Set up'));
    await screen.findByRole('img', { name: /QR code/ });
    await user.click(button('Cancel'));
    expect(root()).toHaveAttribute('data-state', 'off');
    expect(button('Set up')).toHaveFocus();
    expect(adapter.mfa.totpEnabled).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('passes the wizard’s failures on with their step', async () => {
    const adapter = createMemoryAdapter({ failures: [{ operation: 'associateSoftwareToken', name: 'SoftwareTokenMFANotFoundException' }] });
    const { user, onError } = renderSettings({}, adapter);
    await panelStatus();
    await user.click(button('Set up'));
    await findAlert(/Authenticator apps are not enabled/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'totp-not-enabled', action: 'none', step: 'associate' }));
  });

  it('reads the state once under StrictMode with an adapter built inline in a parent that re-renders', async () => {
    // The adapter is built inline on purpose: bound to a token, the newest is simply used, with no warning.
    await expectingAdapterWarning(async () => {
      const calls = { read: 0 };
      const base = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' } });
      const user = userEvent.setup();
      render(
        <StrictMode>
          <RerenderingParent>
            {() => (
              <TotpSettings
                issuer="Acme"
                accountName="ana"
                adapter={{ ...base, getMfaState: (options) => ((calls.read += 1), base.getMfaState(options)) }}
              />
            )}
          </RerenderingParent>
        </StrictMode>,
      );
      await panelStatus();
      await user.click(button('Turn off'));
      await user.click(button('Cancel'));
      expect(calls.read).toBe(1);
    }, { warns: false });
  });

  it('unmounted while reading: the read is dropped, no update, no warning', async () => {
    const base = createMemoryAdapter({ latency: Infinity });
    let read: Promise<unknown> | undefined;
    const adapter: TotpSettingsAdapter = { ...base, getMfaState: (options) => (read = base.getMfaState(options)) };
    const { unmount } = renderSettings({}, adapter);
    await waitFor(() => expect(read).toBeDefined());
    unmount();
    // The kit's own handlers on the read run before this await returns: any update would have been tried.
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(base.calls.getMfaState).toBe(1);
  });

  it('speaks the catalogue it is given', async () => {
    renderSettings({ messages: de, locale: 'de' }, createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Handy' } }));
    expect(await screen.findByText(/^An\. Bei der Anmeldung/)).toBeInTheDocument();
    expect(button('Ersetzen')).toBeInTheDocument();
    expect(button('Ausschalten')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Authenticator-App' }).closest('[data-part="root"]')).toHaveAttribute('lang', 'de');
  });
});

describe('TotpSettingsParts and useTotpSettings', () => {
  it('compose into an app’s own layout, with its classes and the kit’s behaviour', async () => {
    const adapter = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' }, secretCode: fixedSecret });
    function MySettings() {
      const settings = useTotpSettings({ adapter, issuer: 'Acme', accountName: 'ana' });
      return (
        <TotpSettingsParts.Root settings={settings} className="card">
          <TotpSettingsParts.Title level={3} />
          <TotpSettingsParts.Status className="muted" />
          <TotpSettingsParts.Notice />
          <TotpSettingsParts.ErrorMessage />
          <TotpSettingsParts.Replace className="btn" />
          <TotpSettingsParts.TurnOff className="btn danger" />
          <TotpSettingsParts.Confirmation>
            <TotpSettingsParts.Warning />
            <TotpSettingsParts.Confirm />
            <TotpSettingsParts.Cancel />
          </TotpSettingsParts.Confirmation>
          <TotpSettingsParts.Enrollment headingLevel={4} />
        </TotpSettingsParts.Root>
      );
    }
    const user = userEvent.setup();
    const { container } = render(<MySettings />);
    await screen.findByText(/^On/);
    expect(screen.getByRole('button', { name: 'Replace' })).toHaveClass('btn');
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await user.click(within(screen.getByRole('group')).getByRole('button', { name: 'Replace' }));
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(fixedSecret));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Authenticator app replaced.'));
    await expectNoAxeViolations(container);
  });

  it('a wizard that arrives late takes focus only if the user has not put it elsewhere meanwhile', async () => {
    const adapter = createMemoryAdapter();
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const LateWizard = lazy(() => arrived.then(() => ({ default: TotpSetup })));
    function MySettings({ note }: { note: string }) {
      const settings = useTotpSettings({ adapter, issuer: 'Acme', accountName: 'ana' });
      return (
        <TotpSettingsParts.Root settings={settings}>
          <TotpSettingsParts.Title level={2} />
          <TotpSettingsParts.SetUp />
          <label>
            Note <input defaultValue={note} />
          </label>
          {settings.show.enrollment ? (
            <Suspense fallback={<p>Loading the wizard…</p>}>
              <LateWizard {...settings.setupOptions} />
            </Suspense>
          ) : null}
        </TotpSettingsParts.Root>
      );
    }
    const user = userEvent.setup();
    const { rerender } = render(<MySettings note="a" />);
    await user.click(await screen.findByRole('button', { name: 'Set up' }));
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await act(async () => arrive());
    await screen.findByRole('img', { name: /QR code/ });
    rerender(<MySettings note="b" />);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
  });

  it('a part outside a root says where it belongs', () => {
    expectRenderError(<TotpSettingsParts.Status />, '<TotpSettingsParts.Status> must be used within <TotpSettingsParts.Root> or <TotpSettingsParts.Provider>');
  });
});

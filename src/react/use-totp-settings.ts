import { useEffect, useMemo, useRef, useState } from 'react';
import type { MfaState, TotpSettingsAdapter } from '../core/adapter.js';
import { createSettingsIds, type TotpSettingsIds } from '../core/anatomy.js';
import { classifyError, type ClassifiedError } from '../core/errors.js';
import type { TotpSettingsMessages } from '../core/messages.js';
import { connectSettings, createSettingsHandlers, type TotpSettingsPartProps, type TotpSettingsShow, type TotpSettingsText } from '../core/totp-settings.connect.js';
import { settingsRequestOf, settingsTransition, startSettings } from '../core/totp-settings.machine.js';
import {
  SettingsStatus,
  type SettingsRequest,
  type TotpSettingsEffect,
  type TotpSettingsErrorDetails,
  type TotpSettingsEvent,
  type TotpSettingsState,
} from '../core/totp-settings.types.js';
import type { SetupStatus, TotpSetupVerifiedDetails } from '../core/totp-setup.types.js';
import { enSettings, resolveMessages, type TotpSettingsMessageOverrides } from '../i18n/messages.js';
import { usePublishedApi } from './api-store.js';
import { useIds } from './use-ids.js';
import { useRunner } from './use-runner.js';
import type { UseTotpSetupOptions } from './use-totp-setup.js';

export interface UseTotpSettingsOptions {
  /**
   * A signed-in user's adapter with the settings operations (`getMfaState`, `setTotpEnabled`). Bound
   * to an access token, so the newest the app passes is used (after a token refresh, say).
   */
  adapter: TotpSettingsAdapter;
  /** For the enrollment wizard: the QR code's issuer and account. */
  issuer: string;
  accountName: string;
  /**
   * The authenticator's name, as the app kept it from `onVerified`: Cognito returns it nowhere but at
   * sign-in, so the panel can name it only when the app does.
   */
  deviceName?: string;
  /** A new authenticator was verified: keep its `friendlyDeviceName` and pass it back as `deviceName`. */
  onVerified?: (details: TotpSetupVerifiedDetails) => void;
  /** After the user set up, replaced or turned off the authenticator: the state now stored. */
  onChange?: (mfa: MfaState) => void;
  /** Every failure, with the step that failed (`load`, `turn-off`, or the wizard's `associate` / `verify`). */
  onError?: (details: TotpSettingsErrorDetails) => void;
  /** Full or partial catalogue (the panel's strings and enrollment's); defaults to English. */
  messages?: TotpSettingsMessageOverrides;
  /** BCP 47 tag, for the root's `lang` and the wizard's digits. */
  locale?: string;
  /** Base for element ids; defaults to a React `useId`. */
  id?: string;
}

/** Everything a custom settings panel needs. */
export interface TotpSettingsApi {
  state: TotpSettingsState;
  status: SettingsStatus;
  show: TotpSettingsShow;
  text: TotpSettingsText;
  /** Attributes and handlers for each part, to spread onto your own elements; they keep their identity. */
  parts: TotpSettingsPartProps;
  /** What is stored, as last read; null while reading or after a failed read. */
  mfa: MfaState | null;
  error: ClassifiedError | null;
  /**
   * The enrollment wizard's options while it is open (`show.enrollment`), for `<TotpSetup>` or
   * `useTotpSetup`: they tell the panel when it verified, and while it checks a code ("Cancel" waits).
   */
  setupOptions: UseTotpSetupOptions;
  locale: string | undefined;
  messages: TotpSettingsMessages;
  ids: TotpSettingsIds;
  setUp(): void;
  replace(): void;
  turnOff(): void;
  confirm(): void;
  cancel(): void;
  retry(): void;
}

/** The settings panel's machine, run by the same runner as the other components. */
export function useTotpSettings(options: UseTotpSettingsOptions): TotpSettingsApi {
  const messages = useMemo(() => resolveMessages<TotpSettingsMessages>(options.messages, enSettings), [options.messages]);
  const ids = useIds(options.id, createSettingsIds);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const runner = useRunner<TotpSettingsState, TotpSettingsEvent, TotpSettingsEffect, SettingsRequest, TotpSettingsAdapter>(
    {
      adapter: options.adapter,
      ids,
      transition: settingsTransition,
      requestOf: settingsRequestOf,
      // Async, so an adapter that throws instead of rejecting is caught too.
      perform: async (adapter, { operation, requestId }, signal): Promise<TotpSettingsEvent> => {
        try {
          if (operation === 'load') return { type: 'LOAD.SUCCEEDED', requestId, mfa: await adapter.getMfaState({ signal }) };
          await adapter.setTotpEnabled(false, { signal });
          return { type: 'TURN_OFF.SUCCEEDED', requestId };
        } catch (error) {
          return { type: operation === 'load' ? 'LOAD.FAILED' : 'TURN_OFF.FAILED', requestId, error: classifyError(error) };
        }
      },
      run: (effect) => {
        if (effect.type === 'notify.change') options.onChange?.(effect.mfa);
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
      },
    },
    startSettings,
  );
  const { state, send } = runner;
  const [handlers] = useState(() => createSettingsHandlers(send));
  // The wizard's callbacks, made once: they read the app's newest options when called.
  const [wizard] = useState(() => ({
    onVerified(details: TotpSetupVerifiedDetails) {
      latest.current.onVerified?.(details);
      send({ type: 'ENROLLMENT.VERIFIED' });
    },
    onError: (details: TotpSettingsErrorDetails) => latest.current.onError?.(details),
    onStatusChange: (status: SetupStatus) => send({ type: 'ENROLLMENT.STATUS', status }),
  }));
  const view = useMemo(() => connectSettings(state, handlers, messages, ids, options.deviceName), [state, handlers, messages, ids, options.deviceName]);

  return usePublishedApi<TotpSettingsApi>(
    {
      state,
      status: state.status,
      ...view,
      mfa: 'mfa' in state ? state.mfa : null,
      error: 'error' in state ? state.error : null,
      setupOptions: { ...wizard, id: ids.wizard, adapter: options.adapter, issuer: options.issuer, accountName: options.accountName, messages, locale: options.locale },
      locale: options.locale,
      messages,
      ids,
      setUp: handlers.onSetUp,
      replace: handlers.onReplace,
      turnOff: handlers.onTurnOff,
      confirm: handlers.onConfirm,
      cancel: handlers.onCancel,
      retry: handlers.onRetry,
    },
    runner.flushFocus,
  );
}

import { useId, useMemo } from 'react';
import type { MfaState, TotpSettingsAdapter } from '../core/adapter.js';
import { classifyError } from '../core/errors.js';
import { createSettingsIds, type TotpSettingsIds } from '../core/totp-settings.anatomy.js';
import { connectSettings, type TotpSettingsPartProps } from '../core/totp-settings.connect.js';
import { createSettingsState, settingsRequestOf, settingsTransition } from '../core/totp-settings.machine.js';
import {
  SettingsStatus,
  type SettingsErrorDetails,
  type SettingsRequest,
  type TotpSettingsEffect,
  type TotpSettingsEvent,
  type TotpSettingsState,
} from '../core/totp-settings.types.js';
import type { TotpSettingsMessages } from '../core/totp-setup.messages.js';
import type { ClassifiedError } from '../core/totp-setup.types.js';
import { enSettings, resolveMessages, type TotpSettingsMessageOverrides } from '../i18n/messages.js';
import { useRunner } from './use-runner.js';

export interface UseTotpSettingsOptions {
  /** A signed-in user's adapter with the settings operations (`getMfaState`, `setTotpEnabled`). */
  adapter: TotpSettingsAdapter;
  /**
   * The authenticator's name, as the app kept it from `onVerified`: Cognito returns it nowhere but at
   * sign-in, so the panel can name it only when the app does.
   */
  deviceName?: string;
  /** After the user set up, replaced or turned off the authenticator: the state now stored. */
  onChange?: (mfa: MfaState) => void;
  /** Every failure, with the step that failed (`load`, `turn-off`, or the wizard's `associate` / `verify`). */
  onError?: (details: SettingsErrorDetails) => void;
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
  /** What is stored, as last read; null while reading or after a failed read. */
  mfa: MfaState | null;
  error: ClassifiedError | null;
  /** The adapter the panel was given, for the enrollment wizard it opens. */
  adapter: TotpSettingsAdapter;
  locale: string | undefined;
  messages: TotpSettingsMessages;
  ids: TotpSettingsIds;
  /** Attributes and handlers for each part, to spread onto your own elements; `show` says which apply now. */
  parts: TotpSettingsPartProps;
  setUp(): void;
  replace(): void;
  turnOff(): void;
  confirm(): void;
  cancel(): void;
  retry(): void;
  /** Call when the enrollment wizard verified the new authenticator (its `onVerified`). */
  enrolled(): void;
}

/** The settings panel's machine, run by the same runner as the other components. */
export function useTotpSettings(options: UseTotpSettingsOptions): TotpSettingsApi {
  const messages = resolveMessages<TotpSettingsMessages>(options.messages, enSettings);
  const reactId = useId();
  const ids = useMemo(() => createSettingsIds(options.id ?? `totp${reactId.replace(/[^\w-]/g, '')}`), [options.id, reactId]);

  const { state, send } = useRunner<TotpSettingsState, TotpSettingsEvent, TotpSettingsEffect, SettingsRequest, TotpSettingsAdapter>(
    {
      adapter: options.adapter,
      ids,
      transition: settingsTransition,
      requestOf: settingsRequestOf,
      // Async, so an adapter that throws instead of rejecting is caught too.
      perform: async (adapter, { type, requestId }, signal): Promise<TotpSettingsEvent> => {
        try {
          if (type === 'load') return { type: 'LOAD.SUCCEEDED', requestId, mfa: await adapter.getMfaState({ signal }) };
          await adapter.setTotpEnabled(false, { signal });
          return { type: 'TURN_OFF.SUCCEEDED', requestId };
        } catch (error) {
          return { type: type === 'load' ? 'LOAD.FAILED' : 'TURN_OFF.FAILED', requestId, error: classifyError(error) };
        }
      },
      notify: (effect) => {
        if (effect.type === 'notify.change') options.onChange?.(effect.mfa);
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
      },
    },
    createSettingsState,
  );

  const parts = connectSettings(state, send, messages, { ids, deviceName: options.deviceName });
  const event = (type: Exclude<TotpSettingsEvent, { requestId: number }>['type']) => () => send({ type });
  return {
    state,
    status: state.status,
    mfa: 'mfa' in state ? state.mfa : null,
    error: 'error' in state ? state.error : null,
    adapter: options.adapter,
    locale: options.locale,
    messages,
    ids,
    parts,
    setUp: event('SET_UP'),
    replace: event('REPLACE'),
    turnOff: event('TURN_OFF'),
    confirm: event('CONFIRM'),
    cancel: event('CANCEL'),
    retry: event('RETRY'),
    enrolled: event('ENROLLED'),
  };
}

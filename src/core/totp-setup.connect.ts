import { setupAnatomy, type ButtonProps, type PartAttrs, type TotpSetupIds } from './anatomy.js';
import { isolate } from './bidi.js';
import { DEVICE_NAME_MAX_LENGTH } from './code.js';
import {
  codeProblemText,
  connectCodeStep,
  createCodeStepHandlers,
  errorText,
  flag,
  type CodeStepHandlers,
  type CodeStepPartProps,
  type Flag,
  type ValueEvent,
} from './code-step.connect.js';
import { ErrorKind } from './errors.js';
import type { TotpSetupMessages } from './messages.js';
import { canRestartSetup, canRetrySetup, isSetupEditable, setupDraft, setupRequestOf, setupSecret } from './totp-setup.machine.js';
import { SetupStatus, type CopyStatus, type TotpSetupEvent, type TotpSetupState } from './totp-setup.types.js';


/** Which parts have something to show now. */
export interface TotpSetupShow {
  /** The QR code, the key and its copy button, the instructions: while a secret is on screen. */
  secret: boolean;
  /** The code and device-name fields and "Verify". */
  form: boolean;
  /** "Try again": the secret could not be fetched, and fetching it again may work. */
  retry: boolean;
  /** "Start again": only a fresh start helps, and something here can start it. */
  restart: boolean;
}

/** The texts that change with the state; the fixed ones are in the catalogue. */
export interface TotpSetupText {
  title: string;
  /** For the polite live region: loading, checking, verified. */
  status: string;
  /** What went wrong and what to do, or what is wrong with the code; null when nothing is. */
  error: string | null;
  submit: string;
  copyStatus: string;
}

export interface TotpSetupPartProps extends CodeStepPartProps<'totp-setup'> {
  root: PartAttrs<'totp-setup', 'root'> & { id: string; 'data-state': SetupStatus; 'aria-busy': true | undefined };
  /** Focusable from script (not by Tab), so focus can land here when the step it was on disappears. */
  title: PartAttrs<'totp-setup', 'title'> & { id: string; tabIndex: -1 };
  instructions: PartAttrs<'totp-setup', 'instructions'>;
  qrCode: PartAttrs<'totp-setup', 'qr-code'> & { role: 'img' };
  openInApp: PartAttrs<'totp-setup', 'open-in-app'>;
  manualKeyIntro: PartAttrs<'totp-setup', 'manual-key-intro'>;
  secretKey: PartAttrs<'totp-setup', 'secret-key'>;
  /** The grouped key, hidden from screen readers, which get it spelled out instead. */
  secretKeyValue: PartAttrs<'totp-setup', 'secret-key-value'> & { id: string; translate: 'no'; 'aria-hidden': true; dir: 'ltr' };
  secretKeySpoken: PartAttrs<'totp-setup', 'secret-key-spoken'>;
  copySecret: ButtonProps<'totp-setup', 'copy-secret'> & { 'data-copied': Flag };
  copyStatus: PartAttrs<'totp-setup', 'copy-status'> & { role: 'status'; 'data-status': CopyStatus };
  deviceNameLabel: PartAttrs<'totp-setup', 'device-name-label'> & { htmlFor: string };
  deviceNameInput: PartAttrs<'totp-setup', 'device-name-input'> & {
    id: string;
    type: 'text';
    name: 'device-name';
    value: string;
    maxLength: number;
    autoComplete: 'off';
    /** The user's own words, in whichever script they wrote them. */
    dir: 'auto';
    'aria-describedby': string;
    'data-disabled': Flag;
    readOnly: boolean;
    onChange(event: ValueEvent): void;
  };
  deviceNameHint: PartAttrs<'totp-setup', 'device-name-hint'> & { id: string };
  retry: ButtonProps<'totp-setup', 'retry'>;
  restart: ButtonProps<'totp-setup', 'restart'>;
}

/** What an enrollment shows in a state: which parts, their texts, and their props. */
export interface TotpSetupView {
  show: TotpSetupShow;
  text: TotpSetupText;
  parts: TotpSetupPartProps;
}

export interface TotpSetupHandlers extends CodeStepHandlers {
  onNameChange(event: ValueEvent): void;
  onCopy(): void;
  onRetry(): void;
  onRestart(): void;
}

/** The handlers every part uses, made once per enrollment so they keep their identity across renders. */
export function createSetupHandlers(send: (event: TotpSetupEvent) => void): TotpSetupHandlers {
  return {
    ...createCodeStepHandlers(send),
    onNameChange: (event) => send({ type: 'NAME.CHANGE', value: event.currentTarget.value }),
    onCopy: () => send({ type: 'SECRET.COPY' }),
    onRetry: () => send({ type: 'RETRY' }),
    onRestart: () => send({ type: 'RESTART' }),
  };
}

function setupStatusText(state: TotpSetupState, messages: TotpSetupMessages): string {
  if (state.status === SetupStatus.Loading) return messages.loading;
  if (state.status === SetupStatus.Verifying) return messages.verifying;
  return state.status === SetupStatus.Verified ? messages.verified({ friendlyDeviceName: isolate(state.friendlyDeviceName) }) : '';
}

function copyStatusText(copy: CopyStatus, messages: TotpSetupMessages): string {
  if (copy === 'copied') return messages.secretCopied;
  return copy === 'failed' ? messages.copyFailed : '';
}

/**
 * Every part's attributes, texts and event handlers for a state, with no framework: the parts spread
 * these (composing the app's own handlers first), and CSS styles the data attributes.
 */
export function connectSetup(state: TotpSetupState, handlers: TotpSetupHandlers, messages: TotpSetupMessages, ids: TotpSetupIds): TotpSetupView {
  const attrs = setupAnatomy.attrs;
  const draft = setupDraft(state);
  const secret = setupSecret(state);
  const copy = secret?.copy ?? 'idle';
  const editable = isSetupEditable(state);
  const error = state.status === SetupStatus.Error ? state.error : null;
  // One sentence per idea: a secret that could not be fetched for no known reason says so; any other
  // failure says what went wrong and what helps, whichever request met it.
  const associateFailed = state.status === SetupStatus.Error && state.step === 'associate' && state.error.kind === ErrorKind.Unknown;
  const errorMessage = error ? (associateFailed ? messages.associateFailed : errorText(error, messages)) : codeProblemText(draft, messages);
  const codeStep = connectCodeStep(
    // The message under the field is about the field: a failed verify, or the code typed.
    { status: state.status, draft, editable, verifying: state.status === SetupStatus.Verifying, error, errorAboutCode: errorMessage !== null && draft !== null },
    attrs,
    ids,
    handlers,
    ids.codeHint,
  );

  return {
    show: { secret: secret !== null, form: draft !== null, retry: canRetrySetup(state), restart: canRestartSetup(state) },
    text: {
      title: state.status === SetupStatus.Verified ? messages.verifiedTitle : messages.title,
      status: setupStatusText(state, messages),
      error: errorMessage,
      submit: state.status === SetupStatus.Verifying ? messages.verifying : messages.submit,
      copyStatus: copyStatusText(copy, messages),
    },
    parts: {
      ...codeStep,
      root: { ...attrs('root'), id: ids.root, 'data-state': state.status, 'aria-busy': setupRequestOf(state) !== null || undefined },
      title: { ...attrs('title'), id: ids.title, tabIndex: -1 },
      instructions: attrs('instructions'),
      qrCode: { ...attrs('qr-code'), role: 'img' },
      openInApp: attrs('open-in-app'),
      manualKeyIntro: attrs('manual-key-intro'),
      secretKey: attrs('secret-key'),
      secretKeyValue: { ...attrs('secret-key-value'), id: ids.secretKey, translate: 'no', 'aria-hidden': true, dir: 'ltr' },
      secretKeySpoken: attrs('secret-key-spoken'),
      copySecret: { ...attrs('copy-secret'), type: 'button', 'data-copied': flag(copy === 'copied'), onClick: handlers.onCopy },
      copyStatus: { ...attrs('copy-status'), role: 'status', 'data-status': copy },
      deviceNameLabel: { ...attrs('device-name-label'), htmlFor: ids.deviceNameInput },
      deviceNameInput: {
        ...attrs('device-name-input'),
        id: ids.deviceNameInput,
        type: 'text',
        name: 'device-name',
        value: state.friendlyDeviceName,
        maxLength: DEVICE_NAME_MAX_LENGTH,
        autoComplete: 'off',
        dir: 'auto',
        'aria-describedby': ids.deviceNameHint,
        'data-disabled': flag(!editable),
        readOnly: !editable,
        onChange: handlers.onNameChange,
      },
      deviceNameHint: { ...attrs('device-name-hint'), id: ids.deviceNameHint },
      retry: { ...attrs('retry'), type: 'button', onClick: handlers.onRetry },
      restart: { ...attrs('restart'), type: 'button', onClick: handlers.onRestart },
    },
  };
}

import type { VerifySoftwareTokenResult } from './adapter.js';
import { normalizeDeviceName } from './code.js';
import { codeStepTransition, emptyDraft, type CodeDraft, type CodeStepHost } from './code-step.machine.js';
import { classifyError, createNamedError, errorDetails, type ClassifiedError } from './errors.js';
import { isStaleAnswer, unchanged } from './machine.types.js';
import { isBase32Secret, normalizeSecret } from './otpauth-uri.js';
import {
  SetupStatus,
  type LoadTrigger,
  type SecretOnScreen,
  type SetupRequest,
  type TotpSetupConfig,
  type TotpSetupEffect,
  type TotpSetupErrorState,
  type TotpSetupLoadingState,
  type TotpSetupEvent,
  type TotpSetupState,
  type TotpSetupTransition,
} from './totp-setup.types.js';

export interface TotpSetupStartOptions {
  defaultFriendlyDeviceName?: string;
}

/** How long "Copied" stays before the button reads as before. */
export const COPIED_FEEDBACK_MS = 2000;

export const defaultSetupConfig: TotpSetupConfig = { autoSubmit: true, restart: 'new-secret' };

/** The work on screen the user may edit: ready, or a failed verify that can be tried again. */
function editable(state: TotpSetupState): { secret: SecretOnScreen; draft: CodeDraft } | null {
  if (state.status === SetupStatus.Ready) return state;
  return state.status === SetupStatus.Error && state.secret && state.draft ? { secret: state.secret, draft: state.draft } : null;
}

/** The secret on screen: while editable, and while it is being verified. */
export function setupSecret(state: TotpSetupState): SecretOnScreen | null {
  return state.status === SetupStatus.Verifying ? state.secret : (editable(state)?.secret ?? null);
}

/** The code on screen: while editable, and while it is being verified. */
export function setupDraft(state: TotpSetupState): CodeDraft | null {
  return state.status === SetupStatus.Verifying ? state.draft : (editable(state)?.draft ?? null);
}

export function isSetupEditable(state: TotpSetupState): boolean {
  return editable(state) !== null;
}

/** Only a failed associate has a separate "Try again": a failed verify is retried by "Verify" itself. */
export function canRetrySetup(state: TotpSetupState): boolean {
  return state.status === SetupStatus.Error && state.step === 'associate' && state.error.retryable;
}

/** Only a fresh start helps, and something here can start it ("Start again"). */
export function canRestartSetup(state: TotpSetupState): boolean {
  return state.status === SetupStatus.Error && state.error.action === 'restart';
}

/**
 * The request the state is waiting for, if any. The runner keeps exactly this one in flight: a new
 * secret is asked for afresh when its request was dropped; a verify is never sent twice.
 */
export function setupRequestOf(state: TotpSetupState): SetupRequest | null {
  if (state.status === SetupStatus.Loading) return { type: 'request', operation: 'associate', requestId: state.requestId, once: false };
  if (state.status === SetupStatus.Verifying) {
    const { requestId, draft, friendlyDeviceName, retry } = state;
    return { type: 'request', operation: 'verify', requestId, once: true, retry, userCode: draft.code, friendlyDeviceName };
  }
  return null;
}

function load(state: TotpSetupState, trigger: LoadTrigger): TotpSetupTransition {
  const next: TotpSetupState = { status: SetupStatus.Loading, friendlyDeviceName: state.friendlyDeviceName, requestId: state.requestId + 1, trigger };
  return { state: next, effects: [{ type: 'clock.stop' }, setupRequestOf(next)!] };
}

/** Loading the first secret: the effects start the request. */
export function startSetup({ defaultFriendlyDeviceName = '' }: TotpSetupStartOptions = {}): TotpSetupTransition {
  const state: TotpSetupState = { status: SetupStatus.Loading, friendlyDeviceName: defaultFriendlyDeviceName, requestId: 1, trigger: 'mount' };
  return { state, effects: [setupRequestOf(state)!] };
}

/** The event for a verify answer: Status ERROR is a wrong code (Cognito's documented answer besides the exceptions). */
export function setupVerifyEvent(requestId: number, result: VerifySoftwareTokenResult): TotpSetupEvent {
  if (result.status !== 'SUCCESS') {
    return { type: 'VERIFY.FAILED', requestId, error: classifyError(createNamedError('CodeMismatchException', 'VerifySoftwareToken returned ERROR')) };
  }
  const { status, ...signIn } = result;
  return { type: 'VERIFY.SUCCEEDED', requestId, result: signIn };
}

function failed(state: TotpSetupState, step: 'associate' | 'verify', error: ClassifiedError, kept: { secret: SecretOnScreen; draft: CodeDraft } | null): TotpSetupTransition {
  const next: TotpSetupErrorState = {
    status: SetupStatus.Error,
    friendlyDeviceName: state.friendlyDeviceName,
    requestId: state.requestId,
    step,
    error,
    secret: kept?.secret ?? null,
    draft: kept?.draft ?? null,
    adapterRetried: state.status === SetupStatus.Loading && state.trigger === 'adapter',
  };
  return { state: next, effects: [{ type: 'notify.error', details: { ...errorDetails(error), step } }] };
}

/**
 * An expired session is only restartable where something can restart it. Cognito's refusal of a
 * sign-in session (NotAuthorizedException) ends that sign-in even when the adapter has not said when
 * its session ends: a new key in the same session would be refused the same way.
 */
function withAction(error: ClassifiedError, config: TotpSetupConfig): ClassifiedError {
  if (error.action !== 'restart' || config.restart === 'app') return error;
  const signInEnded = config.restart === 'sign-in' || error.name === 'NotAuthorizedException';
  return signInEnded ? { ...error, action: 'sign-in' } : error;
}

/** Enrollment's states around the shared code step. */
const codeStep: CodeStepHost<TotpSetupState, TotpSetupEffect, TotpSetupConfig> = {
  editable: (state) => editable(state)?.draft ?? null,
  verifying: (state) => (state.status === SetupStatus.Verifying ? state.draft : null),
  toReady: (state, draft) => ({ status: SetupStatus.Ready, friendlyDeviceName: state.friendlyDeviceName, requestId: state.requestId, secret: setupSecret(state)!, draft }),
  toVerifying(state, draft, config) {
    const next: TotpSetupState = {
      status: SetupStatus.Verifying,
      // An emptied field registers the default name, shown again if the code is refused: no nameless device.
      friendlyDeviceName: normalizeDeviceName(state.friendlyDeviceName) || normalizeDeviceName(config.defaultFriendlyDeviceName ?? ''),
      requestId: state.requestId + 1,
      secret: setupSecret(state)!,
      draft,
      // The code a failure kept, sent again; a new code (pasted over a refused one, say) is a new request.
      retry: state.status === SetupStatus.Error && state.draft?.code === draft.code,
    };
    return { state: next, effects: [setupRequestOf(next)!] };
  },
  toVerified: ({ friendlyDeviceName, requestId }, result) => ({
    // Nothing needs the secret once the app holds it; dropping it removes it from the DOM.
    state: { status: SetupStatus.Verified, friendlyDeviceName, requestId },
    effects: [{ type: 'notify.verified', details: { friendlyDeviceName, ...result } }, { type: 'focus', target: 'title' }],
  }),
  toFailed: (state, error, draft) => failed(state, 'verify', error, draft && { secret: setupSecret(state)!, draft }),
  classify: withAction,
};

function withSecret(state: TotpSetupState, copy: SecretOnScreen['copy']): TotpSetupTransition {
  const secret = setupSecret(state);
  if (secret === null || secret.copy === copy) return unchanged(state);
  return { state: { ...state, secret: { ...secret, copy } } as TotpSetupState, effects: [] };
}

/**
 * A new adapter starts afresh a screen that only new credentials can help: one that ended in "sign in
 * again", or a sign-in session that ended for an app that restarts it (`onRestart`).
 */
function needsNewAdapter(state: TotpSetupState, config: TotpSetupConfig): boolean {
  if (state.status !== SetupStatus.Error || state.adapterRetried || state.draft !== null) return false;
  return state.error.action === 'sign-in' || (state.error.action === 'restart' && config.restart === 'app');
}

/**
 * The whole enrollment as a pure function: the next state and the effects to run, no I/O, no timers.
 * Responses carry the `requestId` they answer; any other is stale and changes nothing.
 */
export function setupTransition(state: TotpSetupState, event: TotpSetupEvent, config: TotpSetupConfig = defaultSetupConfig): TotpSetupTransition {
  if (isStaleAnswer(event, setupRequestOf(state))) return unchanged(state);
  switch (event.type) {
    case 'ASSOCIATE.SUCCEEDED': {
      if (state.status !== SetupStatus.Loading) return unchanged(state);
      if (typeof event.secretCode !== 'string' || !isBase32Secret(event.secretCode)) {
        // The message names no value: whatever came back may be a real secret.
        const invalid = classifyError(createNamedError('InvalidSecretError', 'The backend returned a secret that is not Base32'));
        return associateFailed(state, invalid);
      }
      const secret: SecretOnScreen = { secretCode: normalizeSecret(event.secretCode), copy: 'idle' };
      const effects: TotpSetupEffect[] = [{ type: 'clock.start' }];
      // After "Start again" the new key is the news; a first load takes no focus.
      if (state.trigger === 'user') effects.push({ type: 'focus', target: 'title' });
      return { state: { status: SetupStatus.Ready, friendlyDeviceName: state.friendlyDeviceName, requestId: state.requestId, secret, draft: emptyDraft }, effects };
    }

    case 'ASSOCIATE.FAILED':
      return state.status === SetupStatus.Loading ? associateFailed(state, withAction(event.error, config)) : unchanged(state);

    case 'NAME.CHANGE':
      return isSetupEditable(state) ? { state: { ...state, friendlyDeviceName: event.value }, effects: [] } : unchanged(state);

    case 'SECRET.COPY': {
      const work = editable(state);
      return work ? { state, effects: [{ type: 'copy', secretCode: work.secret.secretCode }] } : unchanged(state);
    }
    case 'COPY.SUCCEEDED': {
      const copied = withSecret(state, 'copied');
      if (copied.state !== state) copied.effects.push({ type: 'delay', ms: COPIED_FEEDBACK_MS, event: { type: 'COPY.RESET' } });
      return copied;
    }
    case 'COPY.FAILED':
      return withSecret(state, 'failed');
    case 'COPY.RESET':
      return setupSecret(state)?.copy === 'copied' ? withSecret(state, 'idle') : unchanged(state);

    case 'RETRY':
      return canRetrySetup(state) ? load(state, 'user') : unchanged(state);

    case 'RESTART':
      if (!canRestartSetup(state)) return unchanged(state);
      return config.restart === 'app' ? { state, effects: [{ type: 'notify.restart' }] } : load(state, 'user');

    case 'ADAPTER.CHANGE': {
      if (!needsNewAdapter(state, config)) return unchanged(state);
      const fresh = load(state, 'adapter');
      return { state: fresh.state, effects: [{ type: 'adapter.adopt' }, ...fresh.effects] };
    }

    default:
      return codeStepTransition(codeStep, state, event, config);
  }
}

function associateFailed(state: TotpSetupLoadingState, error: ClassifiedError): TotpSetupTransition {
  const result = failed(state, 'associate', error, null);
  // The control the user pressed is gone; the message takes its place.
  if (state.trigger === 'user') result.effects.push({ type: 'focus', target: 'errorMessage' });
  return result;
}

/** What a part's element carries, so CSS and tests can find it: `[data-scope="totp-setup"][data-part="qr-code"]`. */
export interface PartAttrs<Scope extends string, Part extends string> {
  'data-scope': Scope;
  'data-part': Part;
}

/** A part that is a button of the kit's own (not a submit). */
export interface ButtonProps<Scope extends string, Part extends string> extends PartAttrs<Scope, Part> {
  type: 'button';
  onClick(): void;
}

export interface Anatomy<Scope extends string, Part extends string> {
  scope: Scope;
  attrs<P extends Part>(part: P): PartAttrs<Scope, P>;
}

/*#__NO_SIDE_EFFECTS__*/
function createAnatomy<Scope extends string, Part extends string>(scope: Scope): Anatomy<Scope, Part> {
  return { scope, attrs: (part) => ({ 'data-scope': scope, 'data-part': part }) };
}

/** The parts enrollment and sign-in share: the code step. */
export type CodeStepPart = 'form' | 'code-label' | 'code-input' | 'code-hint' | 'submit' | 'status' | 'error-message' | 'countdown' | 'countdown-warning';

/** The parts of an enrollment UI. */
export type SetupPart =
  | CodeStepPart
  | 'root' | 'title' | 'instructions' | 'qr-code' | 'open-in-app' | 'manual-key-intro' | 'secret-key' | 'secret-key-value'
  | 'secret-key-spoken' | 'copy-secret' | 'copy-status' | 'device-name-label' | 'device-name-input' | 'device-name-hint' | 'retry' | 'restart';
export const setupAnatomy = /* @__PURE__ */ createAnatomy<'totp-setup', SetupPart>('totp-setup');

/** The parts of a sign-in code step. */
export type ChallengePart = CodeStepPart | 'root' | 'title' | 'instructions';
export const challengeAnatomy = /* @__PURE__ */ createAnatomy<'totp-challenge', ChallengePart>('totp-challenge');

/** The parts of a settings panel. */
export type SettingsPart =
  | 'root' | 'title' | 'status' | 'notice' | 'actions' | 'set-up' | 'replace' | 'turn-off' | 'confirmation' | 'warning' | 'confirm'
  | 'cancel' | 'error-message' | 'retry';
export const settingsAnatomy = /* @__PURE__ */ createAnatomy<'totp-settings', SettingsPart>('totp-settings');

/** The parts of `<TotpSignIn>` around the screens it shows. */
export type SignInPart = 'root' | 'title' | 'instructions' | 'choices' | 'choice' | 'status' | 'error-message' | 'retry';
export const signInAnatomy = /* @__PURE__ */ createAnatomy<'totp-sign-in', SignInPart>('totp-sign-in');

/** Element ids of one enrollment, derived from one base id so several can share a page. */
export interface TotpSetupIds {
  root: string;
  title: string;
  codeInput: string;
  codeHint: string;
  deviceNameInput: string;
  deviceNameHint: string;
  secretKey: string;
  errorMessage: string;
}
export function createSetupIds(baseId: string): TotpSetupIds {
  return {
    root: `${baseId}-root`,
    title: `${baseId}-title`,
    codeInput: `${baseId}-code`,
    codeHint: `${baseId}-code-hint`,
    deviceNameInput: `${baseId}-device-name`,
    deviceNameHint: `${baseId}-device-name-hint`,
    secretKey: `${baseId}-secret`,
    errorMessage: `${baseId}-error`,
  };
}

/** Element ids of one sign-in code step. */
export interface TotpChallengeIds {
  root: string;
  title: string;
  instructions: string;
  codeInput: string;
  codeHint: string;
  errorMessage: string;
}
export function createChallengeIds(baseId: string): TotpChallengeIds {
  return {
    root: `${baseId}-root`,
    title: `${baseId}-title`,
    instructions: `${baseId}-instructions`,
    codeInput: `${baseId}-code`,
    codeHint: `${baseId}-code-hint`,
    errorMessage: `${baseId}-error`,
  };
}

/** Element ids of one settings panel; the focus targets among them. */
export interface TotpSettingsIds {
  root: string;
  title: string;
  status: string;
  warning: string;
  setUp: string;
  replace: string;
  turnOff: string;
  confirm: string;
  errorMessage: string;
  /** The base id of the wizard the panel opens, and its heading, which takes focus when it opens. */
  wizard: string;
  wizardTitle: string;
}
export function createSettingsIds(baseId: string): TotpSettingsIds {
  return {
    root: `${baseId}-root`,
    title: `${baseId}-title`,
    status: `${baseId}-status`,
    warning: `${baseId}-warning`,
    setUp: `${baseId}-set-up`,
    replace: `${baseId}-replace`,
    turnOff: `${baseId}-turn-off`,
    confirm: `${baseId}-confirm`,
    errorMessage: `${baseId}-error`,
    wizard: `${baseId}-wizard`,
    wizardTitle: createSetupIds(`${baseId}-wizard`).title,
  };
}

/**
 * Element ids of one `<TotpSignIn>`. The screen it shows takes `screen` as its base id, so the screen's
 * heading is `title` (only one heading is on screen at a time).
 */
export interface TotpSignInIds {
  root: string;
  screen: string;
  title: string;
  instructions: string;
  errorMessage: string;
}
export function createSignInIds(baseId: string): TotpSignInIds {
  return {
    root: `${baseId}-root`,
    screen: `${baseId}-screen`,
    title: `${baseId}-screen-title`,
    instructions: `${baseId}-instructions`,
    errorMessage: `${baseId}-error`,
  };
}

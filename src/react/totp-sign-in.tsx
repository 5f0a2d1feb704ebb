import type { SignInPart } from '../core/anatomy.js';
import { ClassNamesContext } from './define-part.js';
import type { HeadingLevel } from './define-root.js';
import * as Parts from './totp-sign-in-parts.js';
import type { UseTotpSignInOptions } from './use-totp-sign-in.js';

/** A class for any of the sign-in's own parts, by its `data-part` name. */
export type TotpSignInClassNames = Partial<Record<Exclude<SignInPart, 'root'>, string>>;

export interface TotpSignInProps<Handover = unknown> extends UseTotpSignInOptions<Handover> {
  className?: string;
  classNames?: TotpSignInClassNames;
  /** Level of the headings, to fit the page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Switch the kit's stylesheet off, here and in the screens. */
  unstyled?: boolean;
}

const noClassNames: TotpSignInClassNames = {};

/**
 * From Cognito's first sign-in answer to signed in: the enrollment wizard for MFA_SETUP, the code
 * screen for SOFTWARE_TOKEN_MFA (after answering SELECT_MFA_TYPE with it), and tokens to `onSignedIn`;
 * any other step goes to `onStep` and nothing is shown. The app keeps its own password screen.
 */
export function TotpSignIn<Handover = unknown>({ className, classNames = noClassNames, headingLevel = 2, unstyled, ...options }: TotpSignInProps<Handover>) {
  return (
    <Parts.Root {...(options as UseTotpSignInOptions)} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        {/* Always mounted, so screen readers hear each change. */}
        <Parts.StatusMessage />
        <Parts.Screen headingLevel={headingLevel} unstyled={unstyled} />
        <Parts.Title level={headingLevel} />
        <Parts.Instructions />
        <Parts.Choices />
        <Parts.ErrorMessage />
        <Parts.Retry />
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}

import type { ChallengePart } from '../core/totp-challenge.anatomy.js';
import { ChallengeStatus } from '../core/totp-challenge.types.js';
import { ClassNamesContext } from './define-part.js';
import { useTotpChallengeContext } from './totp-challenge-context.js';
import * as Parts from './totp-challenge-parts.js';
import type { UseTotpChallengeOptions } from './use-totp-challenge.js';

/** A class for any part of the code step, by its `data-part` name. */
export type TotpChallengeClassNames = Partial<Record<Exclude<ChallengePart, 'root' | 'countdown-warning'>, string>>;

export interface TotpChallengeProps extends UseTotpChallengeOptions {
  /** The root element's class. */
  className?: string;
  classNames?: TotpChallengeClassNames;
  /** Level of the heading, to fit the page's outline. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Switch the kit's stylesheet off, even where it is loaded. */
  unstyled?: boolean;
}

function Steps() {
  const { state } = useTotpChallengeContext('TotpChallenge');
  if (state.status === ChallengeStatus.Verified) return null;
  // Only a new sign-in helps: the message, and nothing to type into or follow.
  if (state.status === ChallengeStatus.Error && state.draft === null) return <Parts.ErrorMessage />;
  return (
    <>
      <Parts.Instructions />
      <Parts.Form>
        <Parts.CodeLabel />
        <Parts.CodeInput autoFocus />
        <Parts.ErrorMessage />
        <Parts.CodeHint />
        <Parts.Submit />
      </Parts.Form>
    </>
  );
}

/**
 * The drop-in sign-in code step for Cognito's SOFTWARE_TOKEN_MFA challenge: nothing but the parts,
 * composed. The code field takes focus on mount, since typing the code is all this screen is for.
 */
export function TotpChallenge({ className, classNames = {}, headingLevel = 2, unstyled, ...options }: TotpChallengeProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        <Parts.Title level={headingLevel} />
        {/* Always mounted, so screen readers hear each change of status. */}
        <Parts.StatusMessage />
        <Parts.Countdown />
        <Steps />
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}

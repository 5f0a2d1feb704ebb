import type { ChallengePart } from '../core/anatomy.js';
import { ClassNamesContext } from './define-part.js';
import type { HeadingLevel } from './define-root.js';
import * as Parts from './totp-challenge-parts.js';
import type { UseTotpChallengeOptions } from './use-totp-challenge.js';

/** A class for any part of the code step, by its `data-part` name. */
export type TotpChallengeClassNames = Partial<Record<Exclude<ChallengePart, 'root' | 'countdown-warning'>, string>>;

export interface TotpChallengeProps extends UseTotpChallengeOptions {
  /** The root element's class. */
  className?: string;
  classNames?: TotpChallengeClassNames;
  /** Level of the heading, to fit the page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Switch the kit's stylesheet off, even where it is loaded. */
  unstyled?: boolean;
}

const noClassNames: TotpChallengeClassNames = {};

/**
 * The drop-in sign-in code step for Cognito's SOFTWARE_TOKEN_MFA challenge: nothing but the parts,
 * composed. The code field takes focus on mount, since typing the code is all this screen is for;
 * each part shows only while it applies (the message alone once only a new sign-in helps).
 */
export function TotpChallenge({ className, classNames = noClassNames, headingLevel = 2, unstyled, ...options }: TotpChallengeProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        <Parts.Title level={headingLevel} />
        {/* Always mounted, so screen readers hear each change of status; seen only once signed in. */}
        <Parts.StatusMessage />
        {/* One instruction, naming the device when Cognito did; the label names the field. */}
        <Parts.Instructions />
        <Parts.Form>
          <Parts.CodeLabel />
          <Parts.CodeInput />
          {/* Under the field, moving nothing above it. */}
          <Parts.ErrorMessage />
          <Parts.Submit />
          <Parts.Countdown />
        </Parts.Form>
        <ErrorWithoutForm />
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}

const selectFormShown = ({ show }: { show: { form: boolean } }) => show.form;

/** Once only a new sign-in helps, the message stands alone where the form was. */
function ErrorWithoutForm() {
  return Parts.useChallengeSelector('TotpChallenge', selectFormShown) ? null : <Parts.ErrorMessage />;
}

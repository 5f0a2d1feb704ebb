/** The parts of a sign-in code step; each element carries `data-scope="totp-challenge"` and its `data-part`. */
export const challengeParts = [
  'root',
  'title',
  'instructions',
  'form',
  'code-label',
  'code-input',
  'code-hint',
  'submit',
  'status',
  'error-message',
  'countdown',
  'countdown-warning',
] as const;
export type ChallengePart = (typeof challengeParts)[number];

export const challengeScope = 'totp-challenge';

export function challengePartAttrs(part: ChallengePart): { 'data-scope': typeof challengeScope; 'data-part': ChallengePart } {
  return { 'data-scope': challengeScope, 'data-part': part };
}

/** Element ids of one sign-in code step, from one base id. */
export function createChallengeIds(baseId: string) {
  return {
    root: `${baseId}-root`,
    title: `${baseId}-title`,
    instructions: `${baseId}-instructions`,
    codeInput: `${baseId}-code`,
    codeHint: `${baseId}-code-hint`,
    errorMessage: `${baseId}-error`,
  };
}
export type TotpChallengeIds = ReturnType<typeof createChallengeIds>;

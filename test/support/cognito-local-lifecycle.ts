import { afterAll, beforeAll } from 'vitest';
import { startCognitoLocal, type CognitoLocal } from '../../scripts/cognito-local.js';

/** Starts cognito-local for the enclosing suite and stops it after; returns a getter for it. */
export function useCognitoLocal(): () => CognitoLocal {
  let cognito: CognitoLocal | undefined;
  beforeAll(async () => {
    cognito = await startCognitoLocal();
  }, 60_000);
  afterAll(async () => {
    await cognito?.stop();
  });
  return () => {
    if (!cognito) throw new Error('cognito-local is not running');
    return cognito;
  };
}

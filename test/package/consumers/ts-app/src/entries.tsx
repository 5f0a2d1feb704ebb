// Every entry of the kit, imported as an app would, so each of its types has to resolve and check.
import { Amplify } from 'aws-amplify';
import { CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { TotpChallenge, TotpSettings, TotpSetup, type TotpSetupAdapter } from 'react-mfa-enroll';
import { buildOtpauthUri, classifyError, normalizeCode } from 'react-mfa-enroll/core';
import { createAmplifyAdapter } from 'react-mfa-enroll/adapters/amplify';
import { createCognitoAdapter, createCognitoChallengeAdapter } from 'react-mfa-enroll/adapters/cognito';
import { createCognitoIdentityJsAdapter } from 'react-mfa-enroll/adapters/cognito-identity-js';
import { createMemoryBackend, type MemorySignInAnswer } from 'react-mfa-enroll/adapters/memory';
import { de, messagesFor } from 'react-mfa-enroll/i18n';
import 'react-mfa-enroll/styles.css';

Amplify.configure({ Auth: { Cognito: { userPoolId: 'eu-west-1_example', userPoolClientId: 'client' } } });
const pool = new CognitoUserPool({ UserPoolId: 'eu-west-1_example', ClientId: 'client' });
const backend = createMemoryBackend({ users: ['ana'] });

const adapters: TotpSetupAdapter[] = [
  createCognitoAdapter({ region: 'eu-west-1', accessToken: 'token' }),
  createCognitoIdentityJsAdapter(new CognitoUser({ Username: 'ana', Pool: pool })),
  createAmplifyAdapter(),
  backend.adapter('ana'),
];

export async function codeStep(answer: MemorySignInAnswer) {
  if (answer.ChallengeName !== 'SOFTWARE_TOKEN_MFA') return null;
  const challenge = createCognitoChallengeAdapter({ region: 'eu-west-1', clientId: 'client', username: 'ana', session: answer.Session });
  return <TotpChallenge adapter={challenge} messages={messagesFor('de-DE')} />;
}

export const screens = [
  <TotpSetup adapter={adapters[0]!} issuer="Acme" accountName="ana" messages={de} />,
  <TotpSettings adapter={backend.adapter('ana')} issuer="Acme" accountName="ana" />,
];

export const checks = [buildOtpauthUri({ issuer: 'Acme', accountName: 'ana', secretCode: 'JBSWY3DPEHPK3PXP' }), normalizeCode('12 34 56'), classifyError(new Error('x')).kind];

/// <reference types="vite/client" />

/** Set by `npm run dev:local` and `npm run dev:amplify` (scripts/vite-plugin-cognito-local.ts). */
declare const __DEMO_BACKEND__:
  | {
      kind: 'cognito-local';
      client: 'amplify' | 'identity-js' | 'fetch';
      endpoint: string;
      userPoolId: string;
      clientId: string;
      username: string;
      password: string;
    }
  | undefined;

interface ImportMetaEnv {
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
  /** `amplify` signs in with Amplify JS v6; anything else with amazon-cognito-identity-js. */
  readonly VITE_COGNITO_CLIENT_LIBRARY?: string;
}

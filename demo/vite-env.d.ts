/// <reference types="vite/client" />

/** Set by `npm run dev:local` (scripts/vite-plugin-cognito-local.ts). */
declare const __DEMO_BACKEND__:
  | { kind: 'cognito-local'; endpoint: string; userPoolId: string; clientId: string; username: string; password: string }
  | undefined;

interface ImportMetaEnv {
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
}

export interface CognitoBackend {
  userPoolId: string;
  clientId: string;
  /** cognito-local: its URL; a real pool: undefined (the region's endpoint). */
  endpoint?: string;
  /** cognito-local has no SRP. */
  authFlow: 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH';
  prefill?: { username: string; password: string };
  label: string;
  /** The client library the demo signs in with. */
  client: 'amplify' | 'identity-js' | 'fetch';
}

/** Which backend the demo runs on: cognito-local, a real user pool from the environment, or memory. */
export function demoBackend(): CognitoBackend | null {
  const local = typeof __DEMO_BACKEND__ === 'undefined' ? undefined : __DEMO_BACKEND__;
  if (local) {
    return {
      userPoolId: local.userPoolId,
      clientId: local.clientId,
      endpoint: local.endpoint,
      authFlow: 'USER_PASSWORD_AUTH',
      prefill: { username: local.username, password: local.password },
      label: `cognito-local at ${local.endpoint}`,
      client: local.client,
    };
  }
  const { VITE_COGNITO_USER_POOL_ID: userPoolId, VITE_COGNITO_CLIENT_ID: clientId, VITE_COGNITO_CLIENT_LIBRARY: library } = import.meta.env;
  if (userPoolId && clientId) {
    return { userPoolId, clientId, authFlow: 'USER_SRP_AUTH', label: `user pool ${userPoolId}`, client: library === 'amplify' || library === 'fetch' ? library : 'identity-js' };
  }
  return null;
}

import type { Plugin } from 'vite';
import { startCognitoLocal, type CognitoLocal } from './cognito-local.js';

export const demoUser = { username: 'demo-user', password: 'Demo-password-1' };

/**
 * `npm run dev:local` (and `dev:amplify`, the same with Amplify JS v6 as the demo's client): starts cognito-local with a seeded pool, app client and user beside the dev
 * server, hands their ids to the demo, and stops the emulator with the server.
 */
export function cognitoLocalPlugin(client: 'amplify' | 'identity-js' | 'fetch'): Plugin {
  let cognito: CognitoLocal | undefined;
  return {
    name: 'react-mfa-enroll:cognito-local',
    apply: 'serve',
    async config() {
      cognito = await startCognitoLocal({ poolName: 'react-mfa-enroll-demo' });
      await cognito.createUser(demoUser.username, demoUser.password);
      const backend = {
        kind: 'cognito-local',
        client,
        endpoint: cognito.endpoint,
        userPoolId: cognito.userPoolId,
        clientId: cognito.clientId,
        ...demoUser,
      };
      console.log(`\n  cognito-local at ${cognito.endpoint}: pool ${cognito.userPoolId}, user "${demoUser.username}" / "${demoUser.password}"\n`);
      // Ctrl+C or a kill: stop the emulator and remove its data folder before exiting.
      const exitAfterStop = (code: number) => () => {
        void (cognito?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
      };
      process.once('SIGINT', exitAfterStop(130));
      process.once('SIGTERM', exitAfterStop(143));
      return { define: { __DEMO_BACKEND__: JSON.stringify(backend) } };
    },
    configureServer(server) {
      server.httpServer?.once('close', () => void cognito?.stop());
    },
  };
}

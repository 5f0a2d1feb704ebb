// Starts cognito-local (the Cognito emulator from npm) on a free loopback port with its own data
// directory, and seeds a user pool, an app client and a user. Used by the integration tests and by
// `npm run dev:local`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { makeTempDir, removeTempDir } from './temp-dir.mjs';

export interface CognitoLocal {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  /** Calls an operation of the emulator (admin calls need no signature there). */
  call<T = Record<string, unknown>>(operation: string, body: Record<string, unknown>): Promise<T>;
  /** Creates a confirmed user with a permanent password. */
  createUser(username: string, password: string): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited with ${child.exitCode}:\n${output()}`);
    try {
      await fetch(endpoint, { method: 'GET' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`cognito-local did not start within 30 s:\n${output()}`);
}

export async function startCognitoLocal(options: { port?: number; poolName?: string } = {}): Promise<CognitoLocal> {
  const port = options.port ?? (await freePort());
  const dataDir = makeTempDir('cognito-local');
  mkdirSync(join(dataDir, '.cognito'));
  writeFileSync(
    join(dataDir, '.cognito/config.json'),
    JSON.stringify({
      ServerConfig: { hostname: '127.0.0.1', port },
      TokenConfig: { IssuerDomain: `http://127.0.0.1:${port}` },
      UserPoolDefaults: { UsernameAttributes: [] },
    }),
  );
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('cognito-local/package.json')), 'lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd: dataDir,
    env: { ...process.env, PORT: String(port), DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));

  // Whatever ends this process (a crash, a killed test worker, a dev server's own exit on a signal)
  // ends the emulator too (makeTempDir removes its data folder); synchronous, as an exit handler must be.
  const killChild = () => {
    child.kill('SIGTERM');
  };
  process.once('exit', killChild);

  const endpoint = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    removeTempDir(dataDir);
    // Only now: a process that exits while this waits still cleans up.
    process.removeListener('exit', killChild);
  };

  try {
    await waitUntilUp(endpoint, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }

  async function call<T>(operation: string, body: Record<string, unknown>): Promise<T> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as T & { __type?: string; message?: string };
    if (!response.ok) throw new Error(`${operation}: ${json.__type ?? response.status} ${json.message ?? ''}`);
    return json;
  }

  try {
    const { UserPool } = await call<{ UserPool: { Id: string } }>('CreateUserPool', {
      PoolName: options.poolName ?? 'react-mfa-enroll',
      // OPTIONAL: a user who enrolled TOTP meets the SOFTWARE_TOKEN_MFA challenge at the next sign-in.
      MfaConfiguration: 'OPTIONAL',
    });
    const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: UserPool.Id,
      ClientName: 'react-mfa-enroll-tests',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    return {
      endpoint,
      userPoolId: UserPool.Id,
      clientId: UserPoolClient.ClientId,
      call,
      async createUser(username, password) {
        await call('AdminCreateUser', { UserPoolId: UserPool.Id, Username: username, TemporaryPassword: password, MessageAction: 'SUPPRESS' });
        await call('AdminSetUserPassword', { UserPoolId: UserPool.Id, Username: username, Password: password, Permanent: true });
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

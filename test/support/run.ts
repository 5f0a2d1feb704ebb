import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  output: string;
}

// What a test process inherits that would make a nested tool think it is this run's worker, run npm
// as the outer `npm test` (its npm_* variables), or build for development (Vitest's NODE_ENV=test
// makes a library build use React's development JSX runtime).
const inherited = /^(VITEST|VITE_|npm_|TEST$|NODE_ENV$|JEST_WORKER_ID$|NODE_OPTIONS$|FORCE_COLOR$)/;

/**
 * Runs a command to its end and returns its exit code with stdout and stderr interleaved. Never
 * throws for a failing exit code: the caller's assertion shows the output.
 */
export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !inherited.test(name)));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** Like run, but a failing exit code rejects with the command's output. */
export async function runOrThrow(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${result.output}`);
  return result.output;
}

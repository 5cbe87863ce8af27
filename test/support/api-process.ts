import { type ChildProcess, spawn } from 'node:child_process';
import { builtApp } from './built-app';
import { TEST_JWT_SECRET, tokenFor, type TestCaller } from './test-auth';

export interface RunningApi {
  readonly url: string;
  readonly pid: number;
  readonly output: () => string;
  /** Sends an operation as `as` (an admin by default: tests about access say who they are). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: TestCaller,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ExitedApi {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const LISTENING = /listening on (http:\/\/[^\s/]+)\/graphql/;

/** Starts the built API as a child process on a free port and waits until it listens. */
export async function startApi(env: Record<string, string>, timeoutMs = 30_000): Promise<RunningApi> {
  const child = spawn(process.execPath, [builtApp('api')], {
    // Tests bring their own data unless they ask for the samples.
    env: { PATH: process.env.PATH, PORT: '0', LOG_FORMAT: 'json', SAMPLE_DATA: 'off', AUTH_JWT_SECRET: TEST_JWT_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const check = () => {
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with code ${code} before listening:\n${output}`));
    });
  });

  return {
    url,
    output: () => output,
    async graphql(query, variables, as = 'admin') {
      const token = await tokenFor(as);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    stop: (signal = 'SIGTERM') => stopChild(child, exited, signal),
    pid: child.pid!,
  };
}

/** Runs the built API expecting it to refuse to start, and returns how it ended. */
export function runApiToExit(env: Record<string, string>, timeoutMs = 30_000): Promise<ExitedApi> {
  return runToExit(builtApp('api'), [], env, timeoutMs);
}

export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ExitedApi> {
  return runToExit(builtApp('cli'), args, env, timeoutMs);
}

function runToExit(entry: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<ExitedApi> {
  const child = spawn(process.execPath, [entry, ...args], {
    env: { PATH: process.env.PATH, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} ${args.join(' ')} did not exit within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until /health/ready answers 200: the store answers, the read models are caught up, start-up work (the samples) is done. */
export async function untilReady(api: RunningApi, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${api.url}/health/ready`);
    last = await response.text();
    if (response.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API was not ready within ${timeoutMs} ms; last answer: ${last}`);
}

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { decodeJwt, exportSPKI, generateKeyPair } from 'jose';
import { TokenVerifier } from '@ledger/auth';
import { loadLedgerConfig } from '@ledger/config';
import { buildProgram } from '../program';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
/** The environment variables a test may set; each test starts with none of them. */
const VARIABLES = [
  'AUTH_JWT_SECRET',
  'AUTH_PUBLIC_KEY',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_MAX_TOKEN_HOURS',
  'DATA_DIR',
  'USER',
];

interface Run {
  stdout: string;
  stderr: string;
  /** What parseAsync threw: a CommanderError for a refused argument, an Error from the command itself. */
  error?: Error;
}

/** Runs `ledger token …` in this process, as main.ts would, with the environment given. */
async function ledgerToken(args: string[], env: Record<string, string>): Promise<Run> {
  Object.assign(process.env, env);
  const program = buildProgram();
  const run: Run = { stdout: '', stderr: '' };
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({ writeOut: (text) => (run.stdout += text), writeErr: (text) => (run.stderr += text) });
  }
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    run.stdout += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['token', ...args], { from: 'user' });
  } catch (error) {
    run.error = error as Error;
  } finally {
    write.mockRestore();
  }
  return run;
}

/** The caller the API would see for the token printed, verified as the API verifies it under the same environment. */
async function callerOf(run: Run) {
  expect(run.error).toBeUndefined();
  expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  const verifier = await TokenVerifier.create(loadLedgerConfig(process.env).auth);
  return verifier.verify(run.stdout.trim());
}

const lifetimeOf = (run: Run) => {
  const { exp, iat } = decodeJwt(run.stdout.trim());
  return exp! - iat!;
};

describe('ledger token', () => {
  const saved = { ...process.env };
  let dataDir: string;

  beforeEach(async () => {
    for (const name of VARIABLES) delete process.env[name];
    dataDir = await mkdtemp(join(tmpdir(), 'ledger-token-'));
    process.env.DATA_DIR = dataDir;
  });

  afterEach(async () => {
    for (const name of VARIABLES) delete process.env[name];
    Object.assign(process.env, saved);
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('with AUTH_JWT_SECRET', () => {
    it('prints one token the API accepts, naming the subject, role and body given', async () => {
      const run = await ledgerToken(['--role', 'clerk', '--body', 'test-board', '--subject', 'clerk-7'], { AUTH_JWT_SECRET: SECRET });
      await expect(callerOf(run)).resolves.toEqual({ id: 'clerk-7', role: 'clerk', bodies: ['test-board'] });
      expect(run.stderr).toBe('');
    });

    it('names every body given', async () => {
      const run = await ledgerToken(['--role', 'clerk', '--body', 'test-board', 'other-board', '--subject', 'clerk-7'], {
        AUTH_JWT_SECRET: SECRET,
      });
      await expect(callerOf(run)).resolves.toEqual({ id: 'clerk-7', role: 'clerk', bodies: ['test-board', 'other-board'] });
    });

    it('names no bodies when none is given (a clerk for every body), and dev-$USER when no subject is', async () => {
      const run = await ledgerToken(['--role', 'clerk'], { AUTH_JWT_SECRET: SECRET, USER: 'tester' });
      await expect(callerOf(run)).resolves.toEqual({ id: 'dev-tester', role: 'clerk' });
    });

    it.each(['member', 'auditor', 'admin'])('grants the role %s', async (role) => {
      const run = await ledgerToken(['--role', role, '--subject', 'someone'], { AUTH_JWT_SECRET: SECRET });
      await expect(callerOf(run)).resolves.toEqual({ id: 'someone', role });
    });

    it('signs for the configured issuer and audience', async () => {
      const run = await ledgerToken(['--role', 'member'], {
        AUTH_JWT_SECRET: SECRET,
        AUTH_ISSUER: 'test-issuer',
        AUTH_AUDIENCE: 'test-audience',
      });
      expect(decodeJwt(run.stdout.trim())).toMatchObject({ iss: 'test-issuer', aud: 'test-audience' });
      await expect(callerOf(run)).resolves.toMatchObject({ role: 'member' });
    });
  });

  describe('--expires', () => {
    it('lasts 8 hours when not given', async () => {
      expect(lifetimeOf(await ledgerToken(['--role', 'member'], { AUTH_JWT_SECRET: SECRET }))).toBe(8 * 3600);
    });

    it.each([
      ['90s', 90],
      ['30m', 30 * 60],
      ['12h', 12 * 3600],
      ['1d', 24 * 3600],
    ])('makes a token last %s', async (duration, seconds) => {
      const run = await ledgerToken(['--role', 'member', '--expires', duration], { AUTH_JWT_SECRET: SECRET });
      expect(lifetimeOf(run)).toBe(seconds);
      await expect(callerOf(run)).resolves.toMatchObject({ role: 'member' });
    });

    it('issues a token longer than AUTH_MAX_TOKEN_HOURS when asked, which the API then refuses', async () => {
      const run = await ledgerToken(['--role', 'member', '--expires', '2d'], { AUTH_JWT_SECRET: SECRET });
      expect(lifetimeOf(run)).toBe(48 * 3600);
      await expect(callerOf(run)).rejects.toThrow(/AUTH_MAX_TOKEN_HOURS/);
      process.env.AUTH_MAX_TOKEN_HOURS = '48';
      await expect(callerOf(run)).resolves.toMatchObject({ role: 'member' });
    });

    it.each(['8', '8 hours', 'h', '-1h', '1.5h', '2w', '8H', ''])('refuses the duration %j, printing no token', async (duration) => {
      const run = await ledgerToken(['--role', 'member', '--expires', duration], { AUTH_JWT_SECRET: SECRET });
      expect(run.error).toBeInstanceOf(CommanderError);
      expect((run.error as CommanderError).code).toBe('commander.invalidArgument');
      expect(run.stderr).toContain('a duration such as 30m, 8h or 7d');
      expect(run.stdout).toBe('');
    });
  });

  describe('--role', () => {
    it('refuses the role public: the public needs no token', async () => {
      const run = await ledgerToken(['--role', 'public'], { AUTH_JWT_SECRET: SECRET });
      expect((run.error as CommanderError).code).toBe('commander.invalidArgument');
      expect(run.stderr).toContain('Allowed choices are member, clerk, auditor, admin');
      expect(run.stdout).toBe('');
    });

    it('refuses a role that is not one', async () => {
      const run = await ledgerToken(['--role', 'superuser'], { AUTH_JWT_SECRET: SECRET });
      expect((run.error as CommanderError).code).toBe('commander.invalidArgument');
      expect(run.stdout).toBe('');
    });

    it('is required', async () => {
      const run = await ledgerToken([], { AUTH_JWT_SECRET: SECRET });
      expect((run.error as CommanderError).code).toBe('commander.missingMandatoryOptionValue');
      expect(run.stdout).toBe('');
    });
  });

  describe('without a shared secret', () => {
    it('refuses with a public key (AUTH_PUBLIC_KEY): the private key that signs is elsewhere', async () => {
      const { publicKey } = await generateKeyPair('RS256', { extractable: true });
      const run = await ledgerToken(['--role', 'clerk'], { AUTH_PUBLIC_KEY: await exportSPKI(publicKey) });
      expect(run.error?.message).toBe('Tokens can only be issued here with a shared secret (AUTH_JWT_SECRET, or the development secret)');
      expect(run.stdout).toBe('');
    });

    it('refuses with a key set (AUTH_JWKS_URL)', async () => {
      const run = await ledgerToken(['--role', 'clerk'], { AUTH_JWKS_URL: 'http://127.0.0.1:1/.well-known/jwks.json' });
      expect(run.error?.message).toMatch(/only be issued here with a shared secret/);
      expect(run.stdout).toBe('');
    });

    it('signs with the development secret when no key is configured, which the API of the same DATA_DIR accepts', async () => {
      const run = await ledgerToken(['--role', 'admin', '--subject', 'admin-1'], {});
      await expect(callerOf(run)).resolves.toEqual({ id: 'admin-1', role: 'admin' });
      expect((await stat(join(dataDir, 'development-jwt-secret'))).mode & 0o777).toBe(0o600);
    });
  });

  it('refuses a configuration the API would refuse, saying why', async () => {
    const run = await ledgerToken(['--role', 'clerk'], { AUTH_JWT_SECRET: 'too-short' });
    expect(run.error?.message).toMatch(/AUTH_JWT_SECRET must be at least 32 characters/);
    expect(run.stdout).toBe('');
  });
});

import { issueToken, type Role } from '@ledger/auth';

/** The HS256 secret the end-to-end tests start the API with. */
export const TEST_JWT_SECRET = 'end-to-end-tests-only-secret-0123456789abcdef';

const settings = {
  key: { kind: 'hs256' as const, secret: TEST_JWT_SECRET },
  issuer: 'governance-ledger',
  audience: 'governance-ledger',
  maxTokenHours: 24,
};

export type TestCaller = Role | { readonly role: Exclude<Role, 'public'>; readonly bodies: readonly string[] };

/** A bearer token for a caller, or none for the public. */
export async function tokenFor(caller: TestCaller): Promise<string | undefined> {
  if (caller === 'public') return undefined;
  const { role, bodies } = typeof caller === 'string' ? { role: caller, bodies: undefined } : caller;
  return issueToken(settings, { subject: `test-${role}`, role, ...(bodies && { bodies }) });
}

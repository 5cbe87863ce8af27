import { RuleViolated } from '@ledger/domain';
import { StoreUnavailableError, WrongExpectedRevisionError } from '@ledger/event-store';
import { CommandIdReusedError } from '@ledger/write-side';
import { GraphQLError } from 'graphql';
import { toClientError } from './to-client-error';

const correlationId = 'c0ffee00-0000-4000-8000-000000000001';

describe('what a client may see of an error', () => {
  it("never passes on an unexpected error's message or stack, only the correlation id", () => {
    const internal = new TypeError("Cannot read properties of undefined (reading 'secret') at /srv/app/internal.js:42");
    const { error, expected } = toClientError(internal, correlationId);
    expect(expected).toBe(false);
    expect(error.message).toBe(`Internal error (correlation id ${correlationId})`);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId });
    expect(JSON.stringify(error.toJSON())).not.toMatch(/secret|internal\.js|TypeError/);
  });

  it("keeps a broken rule's message and code", () => {
    const rule = new RuleViolated('MEMBER_ALREADY_ADMITTED', 'Eastdale District Council is already a member', {
      organisationId: 'eastdale',
    });
    expect(toClientError(rule, correlationId).error.extensions).toEqual({
      code: 'DOMAIN_RULE_VIOLATED',
      correlationId,
      rule: 'MEMBER_ALREADY_ADMITTED',
      organisationId: 'eastdale',
    });
  });

  it('answers a stale revision with CONFLICT and the actual revision', () => {
    const { error } = toClientError(new WrongExpectedRevisionError('body-northshire-scb', 3n, 5n), correlationId);
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      correlationId,
      streamId: 'body-northshire-scb',
      expectedRevision: '3',
      actualRevision: '5',
    });
  });

  it('answers a reused command id with CONFLICT', () => {
    expect(toClientError(new CommandIdReusedError('c1'), correlationId).error.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('says the store is unavailable without saying why', () => {
    const { error } = toClientError(new StoreUnavailableError('connect ECONNREFUSED 10.0.0.7:5432'), correlationId);
    expect(error.extensions.code).toBe('STORE_UNAVAILABLE');
    expect(error.message).not.toMatch(/10\.0\.0\.7/);
  });

  it('keeps an input error raised on purpose', () => {
    const input = new GraphQLError('Invalid input: input.inForceFrom: …', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.inForceFrom' },
    });
    expect(toClientError(input, correlationId).error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.inForceFrom',
      correlationId,
    });
  });
});

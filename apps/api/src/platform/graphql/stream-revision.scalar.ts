import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DIGITS = /^\d{1,20}$/;

function parse(value: unknown): bigint {
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new GraphQLError('A StreamRevision is a whole number from 0, e.g. 3 or "3"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** The revision of a stream: 0 for its first event. Sent as a string, accepted as a string or number. */
export const StreamRevisionScalar = new GraphQLScalarType<bigint, string>({
  name: 'StreamRevision',
  description: 'The revision of a stream, counting its events from 0; written as a string of digits.',
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : parse(value).toString()),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});

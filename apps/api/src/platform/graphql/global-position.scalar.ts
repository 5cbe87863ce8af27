import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DIGITS = /^\d{1,20}$/;

function parse(value: unknown): bigint {
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new GraphQLError('A GlobalPosition is a whole number written as a string of digits, e.g. "1024"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Positions can exceed 2^53, which JSON numbers cannot carry exactly, so they travel as strings. */
export const GlobalPositionScalar = new GraphQLScalarType<bigint, string>({
  name: 'GlobalPosition',
  description: 'A position in the global event log, as a string of decimal digits (it can exceed what a JSON number holds exactly).',
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : parse(value).toString()),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.value);
    return parse(undefined);
  },
});

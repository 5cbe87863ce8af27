const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** `deputy-chair` is not a GraphQL enum name; `DEPUTY_CHAIR` is. */
export function graphqlEnumName(domainValue: string): string {
  const name = domainValue.toUpperCase().replace(/-/g, '_');
  if (!GRAPHQL_NAME.test(name)) throw new Error(`"${domainValue}" cannot be named in a GraphQL enum`);
  return name;
}

/**
 * An enum object for `registerEnumType` built from one of the domain's constant lists: GraphQL shows
 * the CONSTANT_CASE names, and resolvers receive the domain's own strings, so no conversion is needed
 * and a value added to the domain list appears in the schema by itself.
 */
export function graphqlEnumOf<const Value extends string>(domainValues: readonly Value[]): Readonly<Record<string, Value>> {
  return Object.fromEntries(domainValues.map((value) => [graphqlEnumName(value), value]));
}

import { graphqlEnumName, graphqlEnumOf } from './graphql-enum';

describe("GraphQL enums from the domain's constant lists", () => {
  it('names each value in CONSTANT_CASE and keeps the domain string as its value', () => {
    expect(graphqlEnumOf(['chair', 'deputy-chair'])).toEqual({ CHAIR: 'chair', DEPUTY_CHAIR: 'deputy-chair' });
  });

  it('refuses a value that cannot be a GraphQL name, rather than renaming it silently', () => {
    expect(() => graphqlEnumName('2019/20')).toThrow('"2019/20" cannot be named in a GraphQL enum');
  });
});

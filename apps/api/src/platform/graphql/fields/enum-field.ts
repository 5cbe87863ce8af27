import { IsIn } from 'class-validator';
import { inputField, type InputFieldOptions } from './input-field';

/**
 * A value of an enum made by graphqlEnumOf. The rule admits exactly the domain values the GraphQL enum
 * holds, so the schema and the check cannot drift apart when the domain's list grows.
 */
export const EnumField = (graphqlEnum: Readonly<Record<string, string>>, options: InputFieldOptions) =>
  inputField(() => graphqlEnum, options, IsIn(Object.values(graphqlEnum)));

import { Type } from 'class-transformer';
import { registerDecorator, ValidateNested, type ValidationArguments } from 'class-validator';

/** The fields of a "one of" input that the client set (null and undefined count as unset). */
export function setFieldsOf(input: unknown): string[] {
  if (input === null || typeof input !== 'object') return [];
  return Object.entries(input)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([field]) => field);
}

/** The single field a validated "one of" input sets, as a union the compiler can switch on. */
export type ChosenField<Input extends object> = {
  [Field in keyof Input]-?: { readonly field: Field; readonly value: NonNullable<Input[Field]> };
}[keyof Input];

export function chosenField<Input extends object>(input: Input): ChosenField<Input> {
  const [field, ...others] = setFieldsOf(input);
  if (field === undefined || others.length > 0) {
    // The input rule refuses this before a resolver runs; reaching here is a programming error.
    throw new Error(`A one-of input must set exactly one field, not ${setFieldsOf(input).length}`);
  }
  return { field, value: input[field as keyof Input] } as ChosenField<Input>;
}

function faultOf(input: unknown): string | undefined {
  const set = setFieldsOf(input);
  if (set.length === 1) return undefined;
  return set.length === 0 ? 'sets none of its fields' : `sets ${set.join(' and ')}`;
}

/**
 * For a field holding a "one of" input (or a list of them): checks the nested input with its own rules,
 * and that it sets exactly one of its fields. GraphQL input types cannot be unions, so a union of the
 * domain becomes an input with one optional field per case.
 */
export function ValidateOneOf(typeOfInput: () => new () => object, options: { each?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    ValidateNested({ each: options.each })(target, key);
    Type(typeOfInput)(target, key);
    registerDecorator({
      name: 'setsExactlyOneField',
      target: target.constructor,
      propertyName: key as string,
      validator: {
        validate: (value: unknown) => (Array.isArray(value) ? value : [value]).every((input) => faultOf(input) === undefined),
        defaultMessage: ({ property, value }: ValidationArguments) => {
          if (!Array.isArray(value)) return `${property} must set exactly one of its fields, but ${faultOf(value)}`;
          const index = value.findIndex((input) => faultOf(input) !== undefined);
          return `${property}[${index}] must set exactly one of its fields, but ${faultOf(value[index])}`;
        },
      },
    });
  };
}

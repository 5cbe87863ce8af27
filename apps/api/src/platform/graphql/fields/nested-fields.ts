import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { ValidateOneOf } from '../../../shared/one-of';
import { inputField, type InputFieldOptions } from './input-field';

type TypeOfInput = () => new () => object;

export interface NestedFieldOptions extends InputFieldOptions {
  /** The input stands for a union of the domain, so it must set exactly one of its fields (ValidateOneOf). */
  readonly oneOf?: boolean;
}

export interface NestedListFieldOptions extends NestedFieldOptions {
  readonly minItems?: number;
  readonly maxItems: number;
}

/** An input object, made an instance of its class (class-transformer) so that its own rules check it. */
export const NestedField = (type: TypeOfInput, options: NestedFieldOptions) =>
  inputField(type, options, ...(options.oneOf ? [ValidateOneOf(type)] : [ValidateNested(), Type(type)]));

/** A bounded list of input objects, each checked as a NestedField is. */
export function NestedListField(type: TypeOfInput, options: NestedListFieldOptions): PropertyDecorator {
  const { minItems, maxItems, oneOf } = options;
  return inputField(
    () => [type()],
    options,
    ...(minItems === undefined ? [] : [ArrayMinSize(minItems)]),
    ArrayMaxSize(maxItems),
    ...(oneOf ? [ValidateOneOf(type, { each: true })] : [ValidateNested({ each: true }), Type(type)]),
  );
}

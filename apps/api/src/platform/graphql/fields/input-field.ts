import { applyDecorators } from '@nestjs/common';
import { Field, type ReturnTypeFunc } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';

export interface InputFieldOptions {
  /** Required: the schema contract refuses an undescribed field. */
  readonly description: string;
  /** The client may leave it out or send null; its rules then check only a value it sends. */
  readonly nullable?: boolean;
}

/**
 * An input field's GraphQL type, nullability and rules declared in one place, so that a nullable field
 * cannot lose its `IsOptional()` nor a required one gain it. The decorators are listed as a field would
 * stack them and applied bottom-up, as TypeScript applies a stack: class-validator reports a value's
 * faults in the order its rules were registered, so a refusal reads as it did with the stack written out.
 */
export function inputField(type: ReturnTypeFunc, options: InputFieldOptions, ...rules: PropertyDecorator[]): PropertyDecorator {
  const { description, nullable } = options;
  const stack = [Field(type, { nullable, description }), ...(nullable ? [IsOptional()] : []), ...rules];
  return applyDecorators(...stack.toReversed());
}

import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';

interface Problem {
  readonly field: string;
  readonly message: string;
}

function problemsOf(errors: readonly ValidationError[], prefix: string): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/**
 * Checks GraphQL arguments with their class-validator rules (and trims strings through their
 * class-transformer rules) before a resolver runs; a refusal names every field at fault.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments come to pipes as 'body'; a field resolver's parent object and the context
    // as 'custom'. Those are the server's own values: transforming and checking a body's whole
    // folded state on every field cost more than the rest of the query.
    const type = metadata.metatype;
    if (metadata.type !== 'body') return value;
    // Only argument objects of a class (an input or args type) carry rules; scalars and enums pass.
    if (typeof type !== 'function' || typeof value !== 'object' || value === null || [Array, Object].includes(type as never)) {
      return value;
    }
    const instance = plainToInstance(type as new () => object, value);
    const errors = await validate(instance, { forbidUnknownValues: false, whitelist: false });
    if (errors.length > 0) {
      const problems = problemsOf(errors, metadata.data ?? '');
      throw new GraphQLError(`Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', field: problems[0].field, problems },
      });
    }
    return instance;
  }
}

import type { ArgumentMetadata } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsText } from './validation/rules';
import { InputValidationPipe } from './validation.pipe';

class ReadAtArgs {
  @IsOptional()
  @IsCalendarDate()
  inForceAt?: string;
}

class NoteInput {
  @IsText(2000) text: string;
}

/** As Nest hands them to pipes: GraphQL arguments as 'body', a field resolver's parent as 'custom'. */
type Metatype = abstract new (...args: never[]) => unknown;
const argsOf = (metatype: Metatype, data = 'args'): ArgumentMetadata => ({ type: 'body', metatype: metatype as never, data });
const parentOf = (metatype: Metatype): ArgumentMetadata => ({ type: 'custom', metatype: metatype as never, data: undefined });

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('returns a checked instance of the argument class', async () => {
    expect(await pipe.transform({ inForceAt: '2023-09-29' }, argsOf(ReadAtArgs))).toEqual(
      Object.assign(new ReadAtArgs(), { inForceAt: '2023-09-29' }),
    );
  });

  it("leaves a field resolver's parent object alone: it is the server's own value, not input", async () => {
    const parent = { text: '  not trimmed  ', nested: { deep: [1, 2, 3] } };
    expect(await pipe.transform(parent, parentOf(NoteInput))).toBe(parent);
  });

  it('refuses an invalid value, naming the field', async () => {
    const refusal = await pipe.transform({ inForceAt: '2023-02-30' }, argsOf(ReadAtArgs)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.inForceAt' });
  });

  it('trims the text of an input', async () => {
    const text = ` ${'The board noted the report. '.repeat(20)}`;
    expect(((await pipe.transform({ text }, argsOf(NoteInput, 'input'))) as NoteInput).text).toBe(text.trim());
  });
});

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
const argsOf = (metatype: Function, data = 'args'): ArgumentMetadata => ({ type: 'body', metatype: metatype as never, data });
const parentOf = (metatype: Function): ArgumentMetadata => ({ type: 'custom', metatype: metatype as never, data: undefined });

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('answers a repeated small argument object with the same checked, frozen instance', async () => {
    const first = await pipe.transform({ inForceAt: '2019-06-14' }, argsOf(ReadAtArgs));
    const again = await pipe.transform({ inForceAt: '2019-06-14' }, argsOf(ReadAtArgs));
    expect(first).toBeInstanceOf(ReadAtArgs);
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
    expect(await pipe.transform({ inForceAt: '2023-09-29' }, argsOf(ReadAtArgs))).toEqual(Object.assign(new ReadAtArgs(), { inForceAt: '2023-09-29' }));
  });

  it("leaves a field resolver's parent object alone: it is the server's own value, not input", async () => {
    const parent = { text: '  not trimmed  ', nested: { deep: [1, 2, 3] } };
    expect(await pipe.transform(parent, parentOf(NoteInput))).toBe(parent);
  });

  it('refuses an invalid value every time it comes, naming the field', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const refusal = await pipe.transform({ inForceAt: '2023-02-30' }, argsOf(ReadAtArgs)).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(GraphQLError);
      expect((refusal as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.inForceAt' });
    }
  });

  it('checks large inputs afresh each time, trimming their text', async () => {
    const text = ` ${'The board noted the report. '.repeat(20)}`;
    const first = (await pipe.transform({ text }, argsOf(NoteInput, 'input'))) as NoteInput;
    const again = (await pipe.transform({ text }, argsOf(NoteInput, 'input'))) as NoteInput;
    expect(first.text).toBe(text.trim());
    expect(again).not.toBe(first);
    expect(Object.isFrozen(again)).toBe(false);
  });
});

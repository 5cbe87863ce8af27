import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsTextList } from './text-list.rule';

class Minute {
  @IsTextList(10) paragraphs: string[];
}

const check = (paragraphs: unknown) => {
  const minute = plainToInstance(Minute, { paragraphs });
  return { minute, messages: validateSync(minute).flatMap((error) => Object.values(error.constraints ?? {})) };
};

describe('lists of texts', () => {
  it('trims each entry', () => {
    const { minute, messages } = check([' one ', 'two\u00a0']);
    expect(messages).toEqual([]);
    expect(minute.paragraphs).toEqual(['one', 'two']);
  });

  it('names the entry that is blank or too long', () => {
    expect(check(['one', '  ']).messages).toEqual(['paragraphs[1] must not be blank']);
    expect(check(['x'.repeat(11)]).messages).toEqual(['paragraphs[0] must be at most 10 characters']);
  });

  it('refuses what is not a list of texts', () => {
    expect(check('one').messages).toContain('paragraphs must be an array');
    expect(check([1]).messages.length).toBeGreaterThan(0);
  });
});

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCalendarDate, IsDateTimeWithOffset, IsItemNumber, IsLedgerId, IsTerm, IsText, PART_LABEL } from './rules';

class Sample {
  @IsLedgerId() id: string;
  @IsText(20) name: string;
  @IsText(20000) prose: string;
  @IsItemNumber() itemNumber: string;
  @IsCalendarDate() inForceFrom: string;
  @IsDateTimeWithOffset() startsAt: string;
  @IsTerm() term: string;
}

const valid = {
  id: 'northshire-scb-2019-06-14',
  name: ' Cllr. Hallowell\u00a0',
  prose: 'First paragraph.\n\tSecond, indented.',
  itemNumber: '7(b)',
  inForceFrom: '2023-09-29',
  startsAt: '2019-06-14T10:00:00+01:00',
  term: '2019/20',
};
const faults = (overrides: Partial<Sample>) =>
  validateSync(plainToInstance(Sample, { ...valid, ...overrides })).map((error) => error.property);

describe('input rules', () => {
  it('accepts well-formed values and trims text, non-breaking spaces included', () => {
    const sample = plainToInstance(Sample, valid);
    expect(validateSync(sample)).toEqual([]);
    expect(sample.name).toBe('Cllr. Hallowell');
  });

  it.each(['5', '36', '7(b)', '2.1', '12a', 'IV'])('accepts the item number %s', (itemNumber) => {
    expect(faults({ itemNumber })).toEqual([]);
  });

  it.each([
    [{ id: 'has space' }, 'id'],
    [{ id: '-leading-hyphen' }, 'id'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(21) }, 'name'],
    [{ inForceFrom: '2023-02-30' }, 'inForceFrom'],
    [{ inForceFrom: '29/09/2023' }, 'inForceFrom'],
    [{ startsAt: '2019-06-14T10:00:00' }, 'startsAt'],
    [{ term: '2019/21' }, 'term'],
    [{ name: 'Budget\u202eteg' }, 'name'],
    [{ name: 'Bud\u200bget' }, 'name'],
    [{ name: 'Budget\u0007' }, 'name'],
    [{ name: 'Two\nlines' }, 'name'],
    [{ prose: 'Paragraph \u2066hidden\u2069' }, 'prose'],
    [{ prose: 'Nul\u0000byte' }, 'prose'],
    [{ itemNumber: '../1' }, 'itemNumber'],
    [{ itemNumber: '5/6' }, 'itemNumber'],
    [{ itemNumber: '5 ' + '\u202e' }, 'itemNumber'],
  ])('refuses %p, naming %s', (overrides, field) => {
    expect(faults(overrides as Partial<Sample>)).toEqual([field]);
  });
});

describe('resolution part labels', () => {
  it.each(['a', 'z', 'i', 'iv', 'xii', '1', '12'])('accepts the label %s as printed', (label) => {
    expect(PART_LABEL.test(label)).toBe(true);
  });

  it.each(['', 'A', 'ab', '0', '123', '(a)', 'b)', '2.'])('refuses %p', (label) => {
    expect(PART_LABEL.test(label)).toBe(false);
  });
});

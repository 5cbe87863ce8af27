import { plainToInstance, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, ValidateNested, validateSync, type ValidationError } from 'class-validator';
import { OFFICES } from '@ledger/domain';
import { ValidateOneOf } from '../../../shared/one-of';
import { OfficeEnum } from '../enums/office.enum';
import { IsCalendarDate, IsLedgerId, IsText } from '../validation/rules';
import { EnumField } from './enum-field';
import { NestedField, NestedListField } from './nested-fields';
import { CalendarDateField, IdField, TextField } from './string-fields';

class Choice {
  @IsOptional() @IsText(10) left?: string;
  @IsOptional() @IsText(10) right?: string;
}

/** The same rules stacked by hand: a composite must check, and word its refusals, exactly as these do. */
class WrittenOut {
  @IsLedgerId() id: string;
  @IsOptional() @IsText(20) note?: string;
  @IsOptional() @IsCalendarDate() on?: string;
  @IsIn(OFFICES) office: string;
  @IsOptional() @ValidateNested() @Type(() => Choice) choice?: Choice;
  @ValidateOneOf(() => Choice) oneChoice: Choice;
  @ArrayMinSize(1) @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => Choice) choices: Choice[];
  @IsOptional() @ArrayMaxSize(2) @ValidateOneOf(() => Choice, { each: true }) oneChoices?: Choice[];
}

class Composite {
  @IdField({ description: 'id' }) id: string;
  @TextField(20, { nullable: true, description: 'note' }) note?: string;
  @CalendarDateField({ nullable: true, description: 'on' }) on?: string;
  @EnumField(OfficeEnum, { description: 'office' }) office: string;
  @NestedField(() => Choice, { nullable: true, description: 'choice' }) choice?: Choice;
  @NestedField(() => Choice, { oneOf: true, description: 'oneChoice' }) oneChoice: Choice;
  @NestedListField(() => Choice, { minItems: 1, maxItems: 3, description: 'choices' }) choices: Choice[];
  @NestedListField(() => Choice, { nullable: true, maxItems: 2, oneOf: true, description: 'oneChoices' }) oneChoices?: Choice[];
}

const valid = {
  id: 'northshire-scb',
  note: ' A note ',
  on: '2023-09-29',
  office: 'chair',
  choice: { left: 'a' },
  oneChoice: { right: 'b' },
  choices: [{ left: 'a', right: 'b' }],
  oneChoices: [{ left: 'a' }],
};

const refusals: [string, object][] = [
  ['nothing', {}],
  ['malformed scalars', { ...valid, id: ' ', note: '', on: '2023-02-30', office: 'CHAIR' }],
  ['a non-object and an empty one-of', { ...valid, note: 'x'.repeat(21), choice: 'text', oneChoice: {} }],
  [
    'a faulty nested input and a one-of setting two fields',
    { ...valid, choice: { left: 'x'.repeat(11) }, oneChoice: { left: 'a', right: 'b' } },
  ],
  ['lists that are not lists', { ...valid, choices: 'not a list', oneChoices: 'not a list' }],
  ['too few items, and a one-of item setting none', { ...valid, choices: [], oneChoices: [{}, { left: 'a' }, { right: 'b' }] }],
  ['too many items, one faulty', { ...valid, choices: [{}, {}, {}, { left: '' }] }],
];

/** Each fault in the order a refusal lists it: property path, rule and message. */
function faults(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap(({ property, constraints, children }) => [
    ...Object.entries(constraints ?? {}).map(([rule, message]) => `${path}${property} ${rule}: ${message}`),
    ...faults(children ?? [], `${path}${property}.`),
  ]);
}

const check = (type: new () => object, value: object) => {
  const instance = plainToInstance(type, value);
  return { faults: faults(validateSync(instance)), value: JSON.stringify(instance) };
};

const { id, office, oneChoice, choices } = valid;
const accepted: [string, object][] = [
  ['every field', valid],
  ['null nullable fields', { ...valid, note: null, on: null, choice: null, oneChoices: null }],
  ['no nullable fields', { id, office, oneChoice, choices }],
];

describe('composite input fields', () => {
  it.each(accepted)('accept %s as the decorators written out do', (_, value) => {
    expect(check(Composite, value)).toEqual({ faults: [], value: check(WrittenOut, value).value });
  });

  it('trim text as IsText does', () => {
    expect((plainToInstance(Composite, valid) as Composite).note).toBe('A note');
  });

  it.each(refusals)('refuse %s with the faults of the decorators written out, in their order', (_, value) => {
    const written = check(WrittenOut, value);
    expect(written.faults).not.toEqual([]);
    expect(check(Composite, value)).toEqual(written);
  });
});

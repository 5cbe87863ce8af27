import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync, type ValidationError } from 'class-validator';
import { IsText } from '../platform/graphql/validation/rules';
import { chosenField, setFieldsOf, ValidateOneOf } from './one-of';

class Place {
  @IsOptional() @IsText(20) venue?: string;
  @IsOptional() @IsText(20) onlinePlatform?: string;
}

class Meeting {
  @ValidateOneOf(() => Place) location: Place;
}

class Meetings {
  @ValidateOneOf(() => Place, { each: true }) locations: Place[];
}

const messages = (errors: ValidationError[]): string[] =>
  errors.flatMap((error) => [...Object.values(error.constraints ?? {}), ...messages(error.children ?? [])]);
const check = <T extends object>(type: new () => T, value: object) => messages(validateSync(plainToInstance(type, value)));

describe('one-of inputs', () => {
  it('counts only the fields given a value', () => {
    expect(setFieldsOf({ venue: 'County Hall', onlinePlatform: null, other: undefined })).toEqual(['venue']);
    expect(setFieldsOf(null)).toEqual([]);
  });

  it("accepts exactly one field set, and still applies the chosen field's own rules", () => {
    expect(check(Meeting, { location: { venue: 'County Hall' } })).toEqual([]);
    expect(check(Meeting, { location: { venue: 'County Hall', onlinePlatform: null } })).toEqual([]);
    expect(check(Meeting, { location: { venue: 'x'.repeat(21) } })).toEqual(['venue must be at most 20 characters']);
  });

  it('refuses none or several, saying which', () => {
    expect(check(Meeting, { location: {} })).toEqual(['location must set exactly one of its fields, but sets none of its fields']);
    expect(check(Meeting, { location: { venue: 'County Hall', onlinePlatform: 'Teams' } })).toEqual([
      'location must set exactly one of its fields, but sets venue and onlinePlatform',
    ]);
  });

  it('names the entry at fault in a list', () => {
    expect(check(Meetings, { locations: [{ venue: 'County Hall' }, {}] })).toEqual([
      'locations[1] must set exactly one of its fields, but sets none of its fields',
    ]);
  });

  it('gives the chosen field and its value', () => {
    expect(chosenField<Place>({ onlinePlatform: 'Microsoft Teams' })).toEqual({ field: 'onlinePlatform', value: 'Microsoft Teams' });
    expect(() => chosenField<Place>({})).toThrow('exactly one field');
  });
});

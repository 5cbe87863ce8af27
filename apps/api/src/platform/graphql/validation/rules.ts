import { Transform } from 'class-transformer';
import { isIsoDate, isIsoDateTime, isTerm } from '@ledger/domain';
import { IsNotEmpty, IsString, Matches, MaxLength, registerDecorator, type ValidationArguments } from 'class-validator';

/** Trims surrounding white space (including non-breaking spaces) from a string argument. */
export const Trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '') : value));

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Ids of bodies, meetings, organisations, follow-ups and actions: readable and safe in a stream name. */
export function IsLedgerId(): PropertyDecorator {
  return (target, key) => {
    Trimmed()(target, key);
    Matches(ID_PATTERN, {
      message: ({ property }: ValidationArguments) =>
        `${property} must be 1 to 128 letters, digits or . _ : - and start with a letter or digit`,
    })(target, key);
  };
}

/** Texts longer than this are prose (minutes, resolutions): they may hold line breaks and tabs. */
const PROSE_LENGTH = 2000;
/** Control characters, bidirectional overrides and isolates, and zero-width characters: never in a record. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/;

/** Whether a text holds characters that would hide or reorder what a reader sees. */
export function hasHiddenCharacters(value: unknown, prose: boolean): boolean {
  return typeof value === 'string' && (HIDDEN_CHARACTERS.test(value) || (!prose && LINE_BREAKS_AND_TABS.test(value)));
}

/** A name, title or short text: trimmed, not blank, bounded, with nothing hidden in it. */
export function IsText(maxLength: number): PropertyDecorator {
  return (target, key) => {
    Trimmed()(target, key);
    IsString()(target, key);
    IsNotEmpty({ message: ({ property }: ValidationArguments) => `${property} must not be blank` })(target, key);
    MaxLength(maxLength, {
      message: ({ property }: ValidationArguments) => `${property} must be at most ${maxLength} characters`,
    })(target, key);
    const prose = maxLength > PROSE_LENGTH;
    registerDecorator({
      name: 'hasNoHiddenCharacters',
      target: target.constructor,
      propertyName: key as string,
      validator: {
        validate: (value: unknown) => !hasHiddenCharacters(value, prose),
        defaultMessage: ({ property }: ValidationArguments) =>
          `${property} must not contain control, zero-width or text-direction characters${prose ? '' : ', line breaks or tabs'}`,
      },
    });
  };
}

/** An item's number as minutes print it: "5", "36", "7(b)", "2.1"; nothing that reads as a path. */
export function IsItemNumber(): PropertyDecorator {
  return (target, key) => {
    IsText(16)(target, key);
    Matches(/^[A-Za-z0-9]+(?:[.()-]?[A-Za-z0-9]+\)?)*$/, {
      message: ({ property }: ValidationArguments) => `${property} must be an item number such as 5, 36, 7(b) or 2.1`,
    })(target, key);
  };
}

function matching(name: string, test: (value: unknown) => boolean, describe: (property: string) => string): PropertyDecorator {
  return (target, key) => {
    Trimmed()(target, key);
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: key as string,
      validator: {
        // A list of dates is checked date by date.
        validate: (value: unknown) => (Array.isArray(value) ? value.every(test) : test(value)),
        defaultMessage: ({ property }: ValidationArguments) => describe(property),
      },
    });
  };
}

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused). */
export const IsCalendarDate = () =>
  matching('isCalendarDate', isIsoDate, (property) => `${property} must be a real date written YYYY-MM-DD`);

/** A date and time with its UTC offset: a meeting's local time is part of the record. */
export const IsDateTimeWithOffset = () =>
  matching(
    'isDateTimeWithOffset',
    isIsoDateTime,
    (property) => `${property} must be a date and time with its UTC offset, e.g. 2019-06-14T10:00:00+01:00`,
  );

/** A municipal year of office such as 2019/20. */
export const IsTerm = () => matching('isTerm', isTerm, (property) => `${property} must be a municipal year such as 2019/20`);

/** A resolution part's label as printed: a letter (a), a roman numeral (iv) or a number (2). */
export const PART_LABEL = /^(?:[a-z]|[ivxl]{1,7}|[1-9]\d?)$/;
export const PART_LABEL_MESSAGE = (property: string) => `${property} must be a part label such as a, ii or 2`;

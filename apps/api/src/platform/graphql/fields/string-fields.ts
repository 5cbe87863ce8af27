import { IsCalendarDate, IsDateTimeWithOffset, IsItemNumber, IsLedgerId, IsTerm, IsText } from '../validation/rules';
import { inputField, type InputFieldOptions } from './input-field';

// The type is given rather than read from the property's TypeScript type, which `string | null` hides.
const stringField = (rule: () => PropertyDecorator) => (options: InputFieldOptions) => inputField(() => String, options, rule());

/** The id of a body, meeting, organisation, clause, follow-up or action (IsLedgerId). */
export const IdField = stringField(IsLedgerId);

/** An item's number as the agenda or minutes print it (IsItemNumber). */
export const ItemNumberField = stringField(IsItemNumber);

/** A date written YYYY-MM-DD (IsCalendarDate). */
export const CalendarDateField = stringField(IsCalendarDate);

/** A date and time with its UTC offset (IsDateTimeWithOffset). */
export const DateTimeField = stringField(IsDateTimeWithOffset);

/** A municipal year such as 2019/20 (IsTerm). */
export const TermField = stringField(IsTerm);

/** A name, title or prose of at most `maxLength` characters (IsText). */
export const TextField = (maxLength: number, options: InputFieldOptions) => inputField(() => String, options, IsText(maxLength));

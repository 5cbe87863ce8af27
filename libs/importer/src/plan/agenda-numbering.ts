import type { ItemKind } from '@ledger/domain';

export interface NumberingInput {
  readonly printedNumber?: string;
  readonly citedAgendaNumber?: number;
  readonly kind: ItemKind;
}

export interface AgendaNumbering {
  /** Per item in minute order; undefined for a procedural minute that was not on the agenda. */
  readonly numbers: readonly (string | undefined)[];
  /** The printed minute number, where it differs from the agenda number. */
  readonly minuteNumbers: readonly (string | undefined)[];
  readonly source: 'position' | 'printed' | 'citations';
  /** Agenda numbers in the order the business was taken, when that differs from the agenda's order. */
  readonly orderTaken?: readonly string[];
  readonly notes: readonly string[];
}

/**
 * Agenda numbers. Minutes are printed in the order business was taken, so an item's position is
 * its agenda number unless the order was varied. When the reports filed with the minutes cite
 * their agenda numbers ("marked 'Agenda Item 12'") and those disagree with the positions, the
 * cited numbers stand, the other items take the free numbers in order, and a "Change to the Order
 * of Business" minute is procedural, not an item of the agenda.
 */
export function numberAgendaItems(items: readonly NumberingInput[]): AgendaNumbering {
  const byPosition = items.map((_, index) => String(index + 1));
  const disagreeing = items.some((item, index) => item.citedAgendaNumber !== undefined && item.citedAgendaNumber !== index + 1);
  if (!disagreeing) {
    const printed = agendaNumbersPrinted(items);
    if (printed) {
      return withMinuteNumbers(items, printed, 'printed', [
        'the numbers printed beside the items (from 2 up, in order) are their agenda numbers',
      ]);
    }
    return withMinuteNumbers(items, byPosition, 'position', []);
  }

  const onAgenda = items.map((item) => item.kind !== 'change-to-order-of-business');
  const cited = items.map((item, index) => (onAgenda[index] ? item.citedAgendaNumber : undefined));
  const citedNumbers = cited.filter((number): number is number => number !== undefined);
  if (new Set(citedNumbers).size !== citedNumbers.length) {
    return withMinuteNumbers(items, byPosition, 'position', [
      'two reports cite the same agenda item number; items are numbered by their position in the minutes',
    ]);
  }
  const used = new Set(citedNumbers);
  let candidate = 1;
  const numbers = items.map((_, index) => {
    if (!onAgenda[index]) return undefined;
    if (cited[index] !== undefined) return String(cited[index]);
    while (used.has(candidate)) candidate += 1;
    used.add(candidate);
    return String(candidate);
  });
  const taken = numbers.filter((number): number is string => number !== undefined);
  const ascending = [...taken].sort((a, b) => Number(a) - Number(b));
  const varied = taken.some((number, index) => number !== ascending[index]);
  return {
    ...withMinuteNumbers(items, numbers, 'citations', [
      'agenda numbers come from the minutes\' citations ("marked \'Agenda Item N\'", "item N on the agenda filed with these minutes"); the other items take the free numbers in order',
    ]),
    ...(varied && { orderTaken: taken }),
  };
}

/** The highest first number that reads as an agenda's ("2." after an unminuted item 1), not a minute's ("218."). */
const FIRST_AGENDA_NUMBER = 5;

/**
 * The printed numbers, when they are an agenda's: whole numbers, one to an item, rising by one, from
 * a low number other than 1 (the page does not minute the first items). From 1 they are the positions.
 */
function agendaNumbersPrinted(items: readonly NumberingInput[]): string[] | undefined {
  const numbers = items.map((item) =>
    item.printedNumber !== undefined && /^\d{1,3}$/.test(item.printedNumber) ? Number(item.printedNumber) : NaN,
  );
  if (numbers.length === 0 || numbers.some(Number.isNaN)) return undefined;
  if (numbers[0]! <= 1 || numbers[0]! > FIRST_AGENDA_NUMBER) return undefined;
  if (numbers.some((number, index) => index > 0 && number !== numbers[index - 1]! + 1)) return undefined;
  return numbers.map(String);
}

function withMinuteNumbers(
  items: readonly NumberingInput[],
  numbers: readonly (string | undefined)[],
  source: AgendaNumbering['source'],
  notes: string[],
): AgendaNumbering {
  const minuteNumbers = items.map((item, index) =>
    item.printedNumber !== undefined && item.printedNumber !== numbers[index] ? item.printedNumber : undefined,
  );
  return { numbers, minuteNumbers, source, notes };
}

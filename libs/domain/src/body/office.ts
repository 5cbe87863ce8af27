/** The offices a board elects for a municipal year. */
export const OFFICES = ['chair', 'deputy-chair'] as const;
export type Office = (typeof OFFICES)[number];

export function isOffice(value: unknown): value is Office {
  return (OFFICES as readonly unknown[]).includes(value);
}

export function describeOffice(office: Office): string {
  return office === 'chair' ? 'Chair' : 'Deputy Chair';
}

/**
 * The last day the ledger holds a term for a municipal year to run, unless a later election ends
 * it sooner: a term "for 2019/20" runs to the annual meetings of spring 2020, so it is taken to
 * end on 30 April 2020. After that the office is not recorded until a new election or the minutes
 * name a holder; a finished term is never extended.
 */
export function termLastDay(term: string): string {
  return `${Number(term.slice(0, 4)) + 1}-04-30`;
}

/** The offices a board elects for a municipal year. */
export const OFFICES = ['chair', 'deputy-chair'] as const;
export type Office = (typeof OFFICES)[number];

export function isOffice(value: unknown): value is Office {
  return (OFFICES as readonly unknown[]).includes(value);
}

export function describeOffice(office: Office): string {
  return office === 'chair' ? 'Chair' : 'Deputy Chair';
}

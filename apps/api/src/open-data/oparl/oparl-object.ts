import type { Stamped } from './oparl-list';
import { oparlDateTime } from './oparl-time';

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

export type OParlType =
  | 'System'
  | 'Body'
  | 'LegislativeTerm'
  | 'Organization'
  | 'Person'
  | 'Membership'
  | 'Meeting'
  | 'AgendaItem'
  | 'Paper'
  | 'Consultation'
  | 'File'
  | 'Location';

export interface OParlObject extends Stamped {
  readonly type: string;
  readonly [property: string]: unknown;
}

/** When the log first and last recorded what an object is made from. */
export interface RecordedSpan {
  readonly createdAt: Date;
  readonly modifiedAt: Date;
}

/**
 * An object as OParl writes it: its type's URL, its times, and only the properties the record holds
 * (a property with no value is left out, never sent as null or an empty string).
 */
export function oparlObject(type: OParlType, id: string, span: RecordedSpan, properties: Readonly<Record<string, unknown>>): OParlObject {
  const present = Object.entries(properties).filter(
    ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return {
    id,
    type: `${OPARL_VERSION}${type}`,
    ...Object.fromEntries(present),
    created: oparlDateTime(span.createdAt),
    modified: oparlDateTime(span.modifiedAt),
  };
}

/** An object embedded in its parent: without the properties that point back to the parent. */
export function embedded(object: OParlObject, ...backReferences: string[]): OParlObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !backReferences.includes(key))) as OParlObject;
}

/** What is left of an object that no longer exists: it keeps its address, type and times. */
export function deletedObject(type: OParlType, id: string, span: RecordedSpan): OParlObject {
  return { ...oparlObject(type, id, span, {}), deleted: true };
}

/** The later of two spans' last changes and the earlier of their beginnings. */
export function spanning(spans: readonly RecordedSpan[]): RecordedSpan | undefined {
  if (spans.length === 0) return undefined;
  return {
    createdAt: new Date(Math.min(...spans.map((span) => span.createdAt.getTime()))),
    modifiedAt: new Date(Math.max(...spans.map((span) => span.modifiedAt.getTime()))),
  };
}

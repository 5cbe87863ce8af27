import type { DomainEvent, DomainEventType } from '../routing/domain-messages';
import { isDomainEventType } from '../routing/aggregate-registry';
import { EVENT_SCHEMA_VERSIONS } from './event-schema-versions';
import { meetingScheduledV1ToV2, type MeetingScheduledV1 } from './meeting-scheduled.upcasters';

type Upcaster = (data: never) => object;

/** For each event type, the step from version n (the key) to version n + 1. */
export const UPCASTERS: { readonly [Type in DomainEventType]?: Readonly<Record<number, Upcaster>> } = {
  MeetingScheduled: { 1: (data: MeetingScheduledV1) => meetingScheduledV1ToV2(data) },
};

/** Reading an event the ledger cannot understand is a fault of the data, not a refused command. */
export class EventSchemaError extends Error {
  constructor(
    readonly code: 'UNKNOWN_EVENT_TYPE' | 'UNSUPPORTED_EVENT_VERSION',
    message: string,
  ) {
    super(message);
    this.name = 'EventSchemaError';
  }
}

export interface UpcastEvent {
  readonly type: DomainEventType;
  readonly version: number;
  readonly data: object;
}

/** Brings stored event data of any known version up to the version the deciders understand. */
export function upcast(type: string, version: number, data: unknown): UpcastEvent {
  if (!isDomainEventType(type)) {
    throw new EventSchemaError('UNKNOWN_EVENT_TYPE', `"${type}" is not an event of the ledger`);
  }
  const latest = EVENT_SCHEMA_VERSIONS[type];
  if (!Number.isInteger(version) || version < 1 || version > latest) {
    throw new EventSchemaError(
      'UNSUPPORTED_EVENT_VERSION',
      `${type} version ${String(version)} is not readable here (versions 1 to ${latest} are)`,
    );
  }
  let current = data as object;
  for (let from = version; from < latest; from++) {
    const step = UPCASTERS[type]?.[from];
    if (!step) {
      throw new EventSchemaError('UNSUPPORTED_EVENT_VERSION', `No upcaster takes ${type} from version ${from} to ${from + 1}`);
    }
    current = step(current as never);
  }
  return { type, version: latest, data: current };
}

/** The domain event a stored record stands for, whatever version it was written with. */
export function toDomainEvent(type: string, version: number, data: unknown): DomainEvent {
  const { data: latest } = upcast(type, version, data);
  return { type, data: latest } as DomainEvent;
}

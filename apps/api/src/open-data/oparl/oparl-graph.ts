import { type EstablishedBody, type PersonIdentity, type PersonRegisterState, type ScheduledMeeting } from '@ledger/domain';
import { bodyObjects } from './body-objects';
import { meetingObjects, type SourcePage } from './meeting-objects';
import { type OParlObject, type RecordedSpan, spanning } from './oparl-object';
import { type BodyList, type OParlUrls } from './oparl-urls';
import { personObjects } from './person-objects';
import { type NameInRecord, type RecordedSpans, spanKey } from './oparl.repository';

/** What a body's OParl objects are made from, as the read models hold it. */
export interface BodyRecords {
  readonly body: EstablishedBody;
  readonly meetings: readonly ScheduledMeeting[];
  readonly pages: ReadonlyMap<string, readonly SourcePage[]>;
  readonly spans: RecordedSpans;
  readonly names: readonly NameInRecord[];
  readonly people: { readonly personOf: (name: string) => string | undefined; readonly byId: ReadonlyMap<string, PersonIdentity> };
  readonly register: PersonRegisterState;
  readonly registerId: string;
  readonly today: string;
}

/** A body's OParl objects: each as fetched alone, by address, and the body's lists. */
export interface OParlGraph {
  readonly body: OParlObject;
  readonly objects: ReadonlyMap<string, OParlObject>;
  readonly lists: ReadonlyMap<string, readonly OParlObject[]>;
}

export class MissingRecordedTime extends Error {}

export function oparlGraph(urls: OParlUrls, records: BodyRecords): OParlGraph {
  const { body, spans } = records;
  const bodyId = body.bodyId;
  const spanOf = (kind: string, id: string, part = ''): RecordedSpan => {
    const span = spans.get(spanKey(kind, id, part));
    // Every projected record has its times; a record without them means the read models are not whole.
    if (!span) throw new MissingRecordedTime(`No recorded time for ${kind} ${id}${part ? ` (${part})` : ''}`);
    return span;
  };

  const personUrl = (name: string) => {
    const personId = records.people.personOf(name);
    return personId === undefined ? undefined : urls.person(bodyId, personId);
  };
  const ofBody = bodyObjects(urls, { body, span: spanOf('body', bodyId), today: records.today, personOf: records.people.personOf });
  const ofMeetings = records.meetings.map((meeting) =>
    meetingObjects(urls, {
      body,
      meeting,
      pages: records.pages.get(meeting.meetingId) ?? [],
      span: spanOf('meeting', meeting.meetingId),
      itemCreatedAt: (itemNumber) => spans.get(spanKey('meeting', meeting.meetingId, `item ${itemNumber}`))?.createdAt,
      personUrl,
    }),
  );

  // A person changes when any record naming them does, or when the clerk merges or splits them.
  const sourcesOf = new Map<string, RecordedSpan[]>();
  for (const { name, sourceKind, sourceId } of records.names) {
    const personId = records.people.personOf(name);
    if (personId === undefined) continue;
    sourcesOf.set(personId, [...(sourcesOf.get(personId) ?? []), spanOf(sourceKind, sourceId)]);
  }
  const registerSpan = spans.get(spanKey('people', records.registerId));
  const decidedAbout = new Set([
    ...records.register.merges.flatMap((merge) => [merge.personId, merge.intoPersonId]),
    ...records.register.splits.flatMap((split) => [split.personId, split.newPersonId]),
  ]);
  const people = [...sourcesOf].flatMap(([personId, sources]) => {
    const identity = records.people.byId.get(personId);
    if (!identity) return [];
    const span = spanning([...sources, ...(registerSpan && decidedAbout.has(personId) ? [registerSpan] : [])])!;
    return [{ identity, span }];
  });
  const spanOfPerson = new Map(people.map(({ identity, span }) => [identity.personId, span]));
  const mergedAway = records.register.merges.flatMap((merge) => {
    const into = spanOfPerson.get(merge.intoPersonId);
    return into && registerSpan
      ? [{ personId: merge.personId, span: { createdAt: into.createdAt, modifiedAt: registerSpan.modifiedAt } }]
      : [];
  });
  const persons = personObjects(urls, { bodyId, people, mergedAway, memberships: ofBody.memberships });

  const lists: [BodyList, readonly OParlObject[]][] = [
    ['organization', ofBody.organizations],
    ['person', persons],
    ['meeting', ofMeetings.map((meeting) => meeting.meeting)],
    ['paper', ofMeetings.flatMap((meeting) => meeting.papers)],
    ['agendaItem', ofMeetings.flatMap((meeting) => meeting.agendaItems)],
    ['consultation', ofMeetings.flatMap((meeting) => meeting.consultations)],
    ['file', ofMeetings.flatMap((meeting) => meeting.files)],
    ['locationList', ofMeetings.flatMap((meeting) => meeting.locations)],
    ['legislativeTermList', ofBody.legislativeTerms],
    ['membership', ofBody.memberships],
  ];
  const objects = new Map<string, OParlObject>([[ofBody.body.id, ofBody.body]]);
  for (const [, members] of lists) for (const object of members) objects.set(object.id, object);
  return {
    body: ofBody.body,
    objects,
    lists: new Map(lists.map(([list, members]) => [urls.list(bodyId, list), members])),
  };
}

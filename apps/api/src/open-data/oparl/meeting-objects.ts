import { type EstablishedBody, heldOn, isConfidentialText, type ScheduledMeeting } from '@ledger/domain';
import { meetingStatus } from '@ledger/projections';
import { itemsOf } from '../../meeting/meeting-view';
import { ItemOrderValue } from '../../meeting/meeting.model';
import { papersOf } from '../../papers/papers-of';
import { nameInForce } from '@ledger/domain';
import { citationOf, longDate } from '../../shared/citation';
import { deletedObject, embedded, oparlObject, type OParlObject, type RecordedSpan } from './oparl-object';
import { oparlDateTime } from './oparl-time';
import type { OParlUrls } from './oparl-urls';

/** A page a meeting was imported from, as the register of source files keeps it. */
export interface SourcePage {
  readonly sha256: string;
  readonly name?: string;
  readonly url?: string;
  readonly mediaType?: string;
}

export interface MeetingRecords {
  readonly body: EstablishedBody;
  readonly meeting: ScheduledMeeting;
  readonly pages: readonly SourcePage[];
  readonly span: RecordedSpan;
  /** When the item with this number was first recorded; its later changes are its meeting's. */
  readonly itemCreatedAt: (itemNumber: string) => Date | undefined;
  /** The person a printed name is, by their id; undefined for a name that is no person's. */
  readonly personUrl: (name: string) => string | undefined;
}

/** Everything OParl says of one meeting: each object as fetched alone, by kind. */
export interface MeetingObjects {
  readonly meeting: OParlObject;
  readonly agendaItems: readonly OParlObject[];
  readonly papers: readonly OParlObject[];
  readonly consultations: readonly OParlObject[];
  readonly files: readonly OParlObject[];
  readonly locations: readonly OParlObject[];
}

const MEETING_STATES = { scheduled: 'terminiert', held: 'durchgeführt' } as const;

/**
 * A meeting as the public may read it (exempt business redacted as everywhere public), with its
 * agenda items, the reports they considered (papers, each with its consultation), the pages it was
 * imported from (files: only those whose address is known, since a file must be reachable) and its place.
 */
export function meetingObjects(urls: OParlUrls, records: MeetingRecords): MeetingObjects {
  const { body, meeting, span } = records;
  const bodyId = meeting.bodyId;
  const meetingUrl = urls.meeting(bodyId, meeting.meetingId);
  const boardUrl = urls.board(bodyId);
  const itemSpan = (itemNumber: string): RecordedSpan => ({
    createdAt: records.itemCreatedAt(itemNumber) ?? span.createdAt,
    modifiedAt: span.modifiedAt,
  });

  const files = records.pages
    .filter((page) => page.url !== undefined)
    .map((page) =>
      oparlObject('File', urls.file(bodyId, meeting.meetingId, page.sha256), span, {
        name: page.name,
        mimeType: page.mediaType,
        accessUrl: page.url,
        meeting: [meetingUrl],
        'ledger:sha256Checksum': page.sha256,
      }),
    );

  const location =
    meeting.location &&
    oparlObject('Location', urls.location(bodyId, meeting.meetingId), span, {
      description: meeting.location.kind === 'venue' ? meeting.location.venue : `Online: ${meeting.location.platform}`,
      meetings: [meetingUrl],
    });

  const publicPapers = papersOf(meeting, false);
  const paperItems = new Set(publicPapers.map((paper) => paper.itemNumber));
  const items = itemsOf(meeting, ItemOrderValue.AGENDA, false);
  const agendaItems = items.map((item, order) =>
    oparlObject('AgendaItem', urls.agendaItem(bodyId, meeting.meetingId, item.number), itemSpan(item.number), {
      meeting: meetingUrl,
      number: item.agendaNumber ?? item.number,
      order,
      name: item.title,
      public: !item.exempt,
      consultation: paperItems.has(item.number) ? urls.consultation(bodyId, meeting.meetingId, item.number) : undefined,
      result: item.withdrawnReason !== undefined ? `Withdrawn: ${item.withdrawnReason}` : undefined,
      resolutionText: item.resolution.map((part) => (part.label ? `(${part.label}) ${part.text}` : part.text)).join('\n'),
      'ledger:minuteNumber': item.minuteNumber,
      'ledger:citation': citationOf(body, item.cited),
    }),
  );

  const consultations = items
    .filter((item) => paperItems.has(item.number))
    .map((item) =>
      oparlObject('Consultation', urls.consultation(bodyId, meeting.meetingId, item.number), itemSpan(item.number), {
        paper: urls.paper(bodyId, meeting.meetingId, item.number),
        agendaItem: urls.agendaItem(bodyId, meeting.meetingId, item.number),
        meeting: meetingUrl,
        organization: [boardUrl],
      }),
    );

  const papers = publicPapers.map((paper) =>
    oparlObject('Paper', urls.paper(bodyId, meeting.meetingId, paper.itemNumber), itemSpan(paper.itemNumber), {
      body: urls.body(bodyId),
      name: paper.title,
      paperType: 'Report',
      // The author as the minutes print them; a person's page where the records know them by that name.
      originatorPerson: [paper.author && records.personUrl(paper.author.split(',')[0]!.trim())].flatMap((url) => url ?? []),
      'ledger:author': paper.author,
      consultation: consultations
        .filter((consultation) => consultation.agendaItem === urls.agendaItem(bodyId, meeting.meetingId, paper.itemNumber))
        .map((consultation) => embedded(consultation, 'paper')),
      'ledger:agendaItemLabel': paper.agendaItemLabel,
      'ledger:sizeAsPrinted': paper.sizeKb === undefined ? undefined : `${paper.sizeKb} KB`,
    }),
  );

  // A report whose item was withdrawn was a paper until then: its address stays, as a deleted object.
  const withdrawnReports = meeting.items.filter(
    (item) => item.withdrawn && item.report && !isConfidentialText(meeting, item.number, 'minute'),
  );
  const withdrawnPapers = withdrawnReports.flatMap((item) => [
    deletedObject('Paper', urls.paper(bodyId, meeting.meetingId, item.number), itemSpan(item.number)),
    deletedObject('Consultation', urls.consultation(bodyId, meeting.meetingId, item.number), itemSpan(item.number)),
  ]);

  const status = meetingStatus(meeting);
  // A meeting imported from one page has that page as its minutes; from several, none is singled out.
  const minutesPage = files.length === 1 ? files[0] : undefined;
  const otherPages = files.length === 1 ? [] : files;
  const day = heldOn(meeting);
  const participants = (meeting.attendance?.present ?? []).flatMap((attendee) => records.personUrl(attendee.name) ?? []);
  const meetingObject = oparlObject('Meeting', meetingUrl, span, {
    name: `${nameInForce(body, day).name}, ${longDate(day)}`,
    meetingState: status === 'cancelled' ? undefined : MEETING_STATES[status],
    cancelled: status === 'cancelled' ? true : undefined,
    // Only the day is known when the source gives no time: no start is made up for it.
    start: meeting.startsAt && oparlDateTime(meeting.startsAt),
    end: meeting.endedAt && oparlDateTime(meeting.endedAt),
    location: location && embedded(location, 'meetings'),
    organization: [boardUrl],
    participant: [...new Set(participants)],
    resultsProtocol: minutesPage && embedded(minutesPage, 'meeting'),
    auxiliaryFile: otherPages.map((page) => embedded(page, 'meeting')),
    agendaItem: agendaItems.map((item) => embedded(item, 'meeting')),
    web: minutesPage?.accessUrl,
    'ledger:heldOn': day,
  });

  return {
    meeting: meetingObject,
    agendaItems,
    papers: [...papers, ...withdrawnPapers.filter((object) => object.type.endsWith('/Paper'))],
    consultations: [...consultations, ...withdrawnPapers.filter((object) => object.type.endsWith('/Consultation'))],
    files,
    locations: location ? [location] : [],
  };
}

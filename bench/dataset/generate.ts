import {
  type AgendaItem,
  type DomainCommand,
  type DomainEvent,
  followOnCommands,
  type ResolutionPart,
  routeCommand,
  schemaVersionOf,
} from '@ledger/domain';
import {
  chainEvents,
  type CommandEnvelope,
  eventIdFor,
  eventMetadata,
  followOnCommandId,
  GENESIS_HASH,
  PROCESS_MANAGER_PRINCIPAL,
  uuidV5,
} from '@ledger/write-side';

/**
 * A deterministic synthetic ledger: many boards over twenty years of quarterly meetings, each with
 * an agenda, attendance, declarations, minutes, resolutions and the confirmation of the previous
 * minutes, shaped like the Leicestershire minutes in the fixtures. Every command goes through the
 * domain's own decider and every effect through the process manager's own mapping, with the
 * metadata and hash chain `executeCommand` writes; only the store round trips are skipped, so the
 * events can be bulk-loaded and `verify-ledger` passes over them.
 */

export interface GeneratedEvent {
  readonly position: bigint;
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  /** Synthetic transaction time: when the clerk would have recorded it. */
  readonly recordedAt: Date;
}

export interface DatasetOptions {
  readonly seed: number;
  /** The generator stops after the meeting round that reaches this many events. */
  readonly targetEvents: number;
  readonly firstYear?: number;
  readonly years?: number;
}

/** About how many events one board writes in twenty years (measured: see `estimateBodies`). */
const EVENTS_PER_BODY_YEAR = 130;

export function estimateBodies(targetEvents: number, years = 20): number {
  return Math.max(1, Math.ceil(targetEvents / (EVENTS_PER_BODY_YEAR * years)));
}

/** mulberry32: small, fast and good enough to pick realistic mixes deterministically. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof random>;

const CLERK = { id: 'bench-clerk', role: 'clerk' };

interface StreamHead {
  state: unknown;
  revision: bigint;
  hash: string;
}

/** The write path of `executeCommand` and the effects process manager, without the store. */
class SyntheticLedger {
  private readonly streams = new Map<string, StreamHead>();
  private position = 0n;
  private commands = 0;
  private out: GeneratedEvent[] = [];

  constructor(private readonly seed: number) {}

  get eventCount(): bigint {
    return this.position;
  }

  drain(): GeneratedEvent[] {
    const events = this.out;
    this.out = [];
    return events;
  }

  forget(streamId: string): void {
    this.streams.delete(streamId);
  }

  send(command: DomainCommand, at: Date): GeneratedEvent[] {
    const commandId = uuidV5(`bench:${this.seed}:command:${++this.commands}`);
    const envelope: CommandEnvelope = {
      command,
      commandId,
      correlationId: uuidV5(`bench:${this.seed}:correlation:${this.commands}`),
      principal: CLERK,
      source: 'graphql',
    };
    return this.execute(envelope, commandId, at);
  }

  private execute(envelope: CommandEnvelope, commandId: string, at: Date): GeneratedEvent[] {
    const route = routeCommand(envelope.command);
    const head = this.streams.get(route.streamId) ?? { state: route.decider.initialState, revision: -1n, hash: GENESIS_HASH };
    const decided: DomainEvent[] = route.decider.decide(envelope.command, head.state);
    const unchained = decided.map((event, index) => ({
      id: eventIdFor(commandId, index),
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: eventMetadata(envelope, commandId, schemaVersionOf(event.type)) as unknown as Record<string, unknown>,
    }));
    const chained = chainEvents(route.streamId, head.revision + 1n, head.hash, unchained);
    const written: GeneratedEvent[] = [];
    chained.forEach((event, index) => {
      head.state = route.decider.evolve(head.state, decided[index]!);
      head.revision += 1n;
      head.hash = event.metadata.hash as string;
      this.position += 1n;
      written.push({
        ...event,
        metadata: event.metadata!,
        position: this.position,
        streamId: route.streamId,
        revision: head.revision,
        recordedAt: at,
      });
    });
    this.streams.set(route.streamId, head);
    this.out.push(...written);
    // What the effects process manager does on reading them: a follow-on command per effect.
    written.forEach((cause, index) => {
      for (const { commandKey, command } of followOnCommands(decided[index]!)) {
        const followOnId = followOnCommandId(cause.id, commandKey);
        const followOn: CommandEnvelope = {
          command,
          commandId: followOnId,
          correlationId: envelope.correlationId,
          causationId: cause.id,
          principal: PROCESS_MANAGER_PRINCIPAL,
          source: 'process-manager',
        };
        this.execute(followOn, followOnId, new Date(at.getTime() + 1000));
      }
    });
    return written;
  }
}

// Invented places and people: the synthetic ledger records invented decisions, so none of them may
// belong to a real council or a real person.
const COUNTIES = [
  'Velmorshire',
  'Tarrowdale',
  'Quenbury',
  'Ostrelby',
  'Wyncaster',
  'Brellshire',
  'Dunmarrow',
  'Fallowick',
  'Grendmoor',
  'Kirrowshire',
  'Lannerby',
  'Morvenshire',
  'Pelldale',
  'Rostwick',
  'Skellbourne',
];
const BOARD_KINDS = [
  ['Safer Communities Strategy Board', 'SCSB'],
  ['Health and Wellbeing Board', 'HWB'],
  ['Community Safety Partnership', 'CSP'],
  ['Children and Families Partnership', 'CFP'],
  ['Police and Crime Panel', 'PCP'],
] as const;
const PARTNERS = [
  'County Council',
  'Police',
  'Office of the Police and Crime Commissioner',
  'Fire and Rescue Service',
  'Probation Service',
  'Integrated Care Board',
  'Borough Council',
  'District Council',
  'City Council',
  'Youth Offending Service',
];
const PEOPLE = [
  'Mr T. Ashgrove OBE CC',
  'Cllr B. Fernley',
  'Mr H. Pellow JP CC',
  'Cllr D. Quarrie',
  'Cllr E. Thornbury',
  'Mrs C. Harwell MBE CC',
  'Cllr N. Ormsby MBE',
  'Cllr J. Brannock',
  'Cllr S. Vellacott',
  'Mr K. Dowsett',
  'Ms L. Fairweather',
  'Mr R. Tannahill',
  'Ms P. Quillan',
  'Dr G. Yarrow',
  'Cllr F. Wendle',
];
const REPORT_TOPICS = [
  'Safer Communities Performance',
  'Domestic Abuse and Sexual Violence Services',
  'Violence Reduction Network update',
  'PREVENT Duty Guidance Refresh',
  'Serious Organised Crime - County Lines',
  'Community Safety Agreement',
  'Anti-social Behaviour Strategy',
  'Hate Crime Delivery Plan',
  'Modern Slavery and Human Trafficking',
  'Serious Violence Duty',
  'Road Safety Partnership',
  'Office of the Police and Crime Commissioner update',
  'Teen Health Service',
  'Domestic Homicide Reviews',
  'Substance Misuse Strategy',
  'Youth Justice Plan',
  'Reducing Reoffending',
  'Fire and Rescue Prevention',
];
const POINTS = [
  'Total crime had risen compared with the previous year, largely in violence without injury.',
  'Local campaigns could lead to a temporary spike in the recording of particular crime types.',
  'Training on Domestic Homicide Reviews would be offered to Community Safety Partnerships.',
  'Partners were asked to share data on repeat victims so that support could be targeted.',
  'Funding from the Home Office had been confirmed for a further year.',
  'Members welcomed the report and thanked officers for their work.',
  'The number of referrals had increased following the awareness campaign.',
  'A workshop would be arranged for members to consider the priorities for the coming year.',
];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoDateTime = (d: Date) => `${isoDate(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`;
const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
const municipalYear = (d: Date) => {
  const start = d.getUTCMonth() >= 4 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return `${start}/${pad((start + 1) % 100)}`;
};

interface BodyPlan {
  readonly bodyId: string;
  readonly name: string;
  readonly shortName: string;
  torVersion: number;
  members: string[];
  renamed: boolean;
  previousMeeting?: { meetingId: string; heldOn: string; minutePoints: Map<string, number> };
  outstanding: { id: string; raisedOn: string }[];
  electedFor: Set<string>;
}

function meetingAgenda(rng: Random, meetingNumber: number, firstOfYear: boolean): AgendaItem[] {
  const items: AgendaItem[] = [];
  const add = (title: string, kind: AgendaItem['kind'], extra: Partial<AgendaItem> = {}) =>
    items.push({ number: String(items.length + 1), minuteNumber: String(meetingNumber * 12 + items.length + 1), title, kind, ...extra });
  if (firstOfYear) add('Appointment of Chairman', 'election-of-officeholder');
  add('Introductions and apologies', 'introductions');
  add('Minutes of previous meeting', 'minutes-of-previous-meeting', {
    report: { title: 'Minutes of previous meeting', sizeKb: rng.int(80, 240) },
  });
  add('Matters arising', 'matters-arising');
  add('Action Log', 'action-log', { report: { title: 'Action Log', sizeKb: rng.int(40, 120) } });
  add('Declarations of interest', 'declarations-of-interest');
  const reports = rng.int(3, 7);
  for (let i = 0; i < reports; i++) {
    const topic = rng.pick(REPORT_TOPICS);
    add(topic, rng.chance(0.7) ? 'report' : 'presentation', {
      report: { title: topic, sizeKb: rng.int(60, 2048) },
      presenter: { name: rng.pick(PEOPLE), role: `Officer, ${rng.pick(PARTNERS)}` },
    });
  }
  if (rng.chance(0.1)) {
    add('Exclusion of the press and public', 'exclusion-of-press-and-public');
    add('Serious Organised Crime - County Lines (exempt)', 'report', { exempt: { paragraphs: [3, 10] } });
  }
  add('Date of the next meeting', 'date-of-next-meeting');
  return items;
}

/** The county, kind and id of the generator's board number `b`. */
function boardOf(b: number) {
  const county = COUNTIES[b % COUNTIES.length]!;
  const [kind, abbreviation] = BOARD_KINDS[Math.floor(b / COUNTIES.length) % BOARD_KINDS.length]!;
  return { county, kind, abbreviation, bodyId: `b${b}-${county.toLowerCase()}-${abbreviation.toLowerCase()}` };
}

/** The id the generator gives its first board (the one B5 queries). */
export const FIRST_BODY_ID = boardOf(0).bodyId;

/**
 * Yields the log in chunks (one meeting round across all boards at a time), in position order.
 * The same options always yield the same events, ids and hashes.
 */
export function* generateDataset(options: DatasetOptions): Generator<GeneratedEvent[]> {
  const rng = random(options.seed);
  const ledger = new SyntheticLedger(options.seed);
  const firstYear = options.firstYear ?? 2005;
  const years = options.years ?? 20;
  const bodyCount = estimateBodies(options.targetEvents, years);
  const bodies: BodyPlan[] = [];
  const at = (d: Date, minutes = 0) => new Date(d.getTime() + minutes * 60_000);

  for (let b = 0; b < bodyCount; b++) {
    const { county, kind, abbreviation, bodyId } = boardOf(b);
    const plan: BodyPlan = {
      bodyId,
      name: `${county} ${kind} (${b})`,
      shortName: `${county.slice(0, 1)}${abbreviation}${b}`,
      torVersion: 0,
      members: [],
      renamed: false,
      outstanding: [],
      electedFor: new Set(),
    };
    bodies.push(plan);
    const founded = new Date(Date.UTC(firstYear, 0, 10 + (b % 15), 10));
    const decision = { meetingId: `${bodyId}-${isoDate(founded)}`, itemNumber: '1' };
    ledger.send(
      { type: 'EstablishBody', data: { bodyId, name: plan.name, shortName: plan.shortName, establishedOn: isoDate(founded), decision } },
      founded,
    );
    ledger.send(
      {
        type: 'AdoptTermsOfReference',
        data: {
          bodyId,
          version: 1,
          clauses: [
            {
              id: '1',
              heading: 'Purpose',
              text: `The Board provides strategic leadership for ${kind.toLowerCase()} matters in ${county}.`,
            },
            { id: '3.1', heading: 'Membership', text: `The Cabinet Lead Member of ${county} County Council.` },
            { id: '5', heading: 'Meetings', text: 'The Board meets quarterly.' },
          ],
          inForceFrom: isoDate(founded),
          decision,
        },
      },
      founded,
    );
    plan.torVersion = 1;
    for (let m = 0; m < 4; m++) {
      const organisationId = `${county.toLowerCase()}-${PARTNERS[m]!.toLowerCase().replace(/[^a-z]+/g, '-')}`;
      ledger.send(
        {
          type: 'AdmitMemberOrganisation',
          data: { bodyId, organisationId, organisationName: `${county} ${PARTNERS[m]}`, inForceFrom: isoDate(founded), decision },
        },
        founded,
      );
      plan.members.push(organisationId);
    }
  }
  yield ledger.drain();

  let meetingNumber = 0;
  for (let year = firstYear; year < firstYear + years; year++) {
    for (const month of [2, 5, 8, 11]) {
      meetingNumber++;
      for (let b = 0; b < bodies.length; b++) {
        const body = bodies[b]!;
        const startsAt = new Date(Date.UTC(year, month, 3 + (b % 24), 9 + (b % 3)));
        const heldOn = isoDate(startsAt);
        const meetingId = `${body.bodyId}-${heldOn}`;
        const firstOfYear = month === 5 && !body.electedFor.has(municipalYear(startsAt));
        const items = meetingAgenda(rng, meetingNumber, firstOfYear);
        const scheduledAt = at(startsAt, -21 * 24 * 60);
        ledger.send(
          {
            type: 'ScheduleMeeting',
            data: {
              meetingId,
              bodyId: body.bodyId,
              startsAt: isoDateTime(startsAt),
              location:
                year >= 2020 && rng.chance(0.6)
                  ? { kind: 'online', platform: 'Microsoft Teams' }
                  : { kind: 'venue', venue: 'Sparkenhoe Committee Room, County Hall, Glenfield' },
              contactOfficer: { name: 'Euan Walters', telephone: '0116 305 2583', email: 'euan.walters@example.gov.uk' },
            },
          },
          scheduledAt,
        );
        for (const item of items) ledger.send({ type: 'AddAgendaItem', data: { meetingId, item } }, at(scheduledAt, 10));

        const recordedAt = at(startsAt, 3 * 24 * 60);
        const when = isoDateTime(recordedAt);
        ledger.send(
          {
            type: 'RecordAttendance',
            data: {
              meetingId,
              recordedAt: when,
              present: PEOPLE.slice(0, rng.int(4, 9)).map((name) => ({ name })),
              apologies: PEOPLE.slice(10, 10 + rng.int(0, 3)).map((name) => ({ name })),
              inAttendance: [{ name: 'Euan Walters', role: 'Democratic Services' }],
            },
          },
          recordedAt,
        );

        const minutePoints = new Map<string, number>();
        for (const item of items) {
          const itemNumber = item.number;
          switch (item.kind) {
            case 'election-of-officeholder': {
              const term = municipalYear(startsAt);
              body.electedFor.add(term);
              const holder = rng.pick(PEOPLE);
              ledger.send(
                {
                  type: 'PassResolution',
                  data: {
                    meetingId,
                    recordedAt: when,
                    itemNumber,
                    parts: [
                      {
                        kind: 'elected',
                        text: `That ${holder} be elected Chairman of the Board for ${term}.`,
                        effects: [{ kind: 'elect-officeholder', office: 'chair', term, holder }],
                      },
                    ],
                  },
                },
                recordedAt,
              );
              ledger.send(
                {
                  type: 'RecordMeetingChair',
                  data: { meetingId, recordedAt: when, chair: holder, fromItemNumber: String(Number(itemNumber) + 1) },
                },
                recordedAt,
              );
              break;
            }
            case 'minutes-of-previous-meeting': {
              const previous = body.previousMeeting;
              if (!previous) break;
              const corrections = [];
              if (rng.chance(0.15) && previous.minutePoints.size > 0) {
                const [correctedItem, points] = [...previous.minutePoints][0]!;
                corrections.push({
                  itemNumber: correctedItem,
                  point: roman[Math.min(points, 2) - 1]!,
                  correctedText: 'This point should read: training would be offered by Family Lives, not the Teen Health Service.',
                });
              }
              ledger.send(
                {
                  type: 'ConfirmPreviousMinutes',
                  data: {
                    meetingId,
                    recordedAt: when,
                    itemNumber,
                    previousMeetingId: previous.meetingId,
                    previousMeetingHeldOn: previous.heldOn,
                    corrections,
                  },
                },
                recordedAt,
              );
              // Confirmed minutes are not written to again: the generator lets the stream go.
              ledger.forget(`meeting-${previous.meetingId}`);
              break;
            }
            case 'declarations-of-interest': {
              const declarations = rng.chance(0.8)
                ? []
                : [
                    {
                      member: rng.pick(PEOPLE),
                      concerningItemNumber: String(items.length - 1),
                      nature: rng.pick(['personal', 'non-registrable'] as const),
                      detail: 'A member of a partner organisation',
                    },
                  ];
              ledger.send(
                { type: 'RecordDeclarationsOfInterest', data: { meetingId, recordedAt: when, itemNumber, declarations } },
                recordedAt,
              );
              break;
            }
            case 'exclusion-of-press-and-public':
              ledger.send(
                {
                  type: 'ExcludePressAndPublic',
                  data: {
                    meetingId,
                    recordedAt: when,
                    itemNumber,
                    forItemNumbers: [String(Number(itemNumber) + 1)],
                    legalBasis: 'Local Government Act 1972 s100A(4)',
                    paragraphs: [3, 10],
                  },
                },
                recordedAt,
              );
              break;
            case 'action-log':
              ledger.send(
                {
                  type: 'PassResolution',
                  data: {
                    meetingId,
                    recordedAt: when,
                    itemNumber,
                    parts: [{ kind: 'noted', text: 'That the status of the Action Log be noted.', effects: [] }],
                  },
                },
                recordedAt,
              );
              break;
            case 'report':
            case 'presentation': {
              const pointCount = rng.int(0, 4);
              ledger.send(
                {
                  type: 'RecordMinuteText',
                  data: {
                    meetingId,
                    recordedAt: when,
                    itemNumber,
                    paragraphs: [
                      `The Board considered a report of ${item.presenter?.name ?? 'the Director'} regarding ${item.title}.`,
                      ...(rng.chance(0.5) ? ['Arising from discussions the following points were noted:'] : []),
                    ],
                    points: Array.from({ length: pointCount }, (_, i) => ({ label: roman[i]!, text: rng.pick(POINTS) })),
                  },
                },
                recordedAt,
              );
              if (pointCount > 0) minutePoints.set(itemNumber, pointCount);
              ledger.send(
                {
                  type: 'PassResolution',
                  data: { meetingId, recordedAt: when, itemNumber, parts: resolutionFor(rng, body, item, startsAt) },
                },
                recordedAt,
              );
              break;
            }
            default:
              break;
          }
        }
        ledger.send(
          { type: 'CloseMeeting', data: { meetingId, recordedAt: when, endedAt: isoDateTime(at(startsAt, rng.int(90, 180))) } },
          recordedAt,
        );
        body.previousMeeting = { meetingId, heldOn, minutePoints };
      }
      yield ledger.drain();
      if (ledger.eventCount >= BigInt(options.targetEvents)) return;
    }
  }
}

/** The mix of decisions seen in the minutes: mostly noted, some requests, deferrals and approvals with effects. */
function resolutionFor(rng: Random, body: BodyPlan, item: AgendaItem, startsAt: Date): ResolutionPart[] {
  const heldOn = isoDate(startsAt);
  const parts: Omit<ResolutionPart, 'label'>[] = [
    { kind: 'noted', text: `That the contents of the report on ${item.title} be noted.`, effects: [] },
  ];
  const roll = rng.next();
  if (body.outstanding.length > 0 && body.outstanding[0]!.raisedOn < heldOn && rng.chance(0.3)) {
    parts[0] = {
      kind: 'noted',
      text: `That the report on ${item.title}, requested by the Board, be noted.`,
      effects: [{ kind: 'fulfil-follow-up', followUpId: body.outstanding.shift()!.id }],
    };
  }
  if (roll < 0.15) {
    parts.push({
      kind: 'requested',
      text: `That a further report on ${item.title} be submitted to a future meeting of the Board.`,
      effects: [
        { kind: 'request-follow-up', request: 'report', subject: `Further report on ${item.title}`, due: { kind: 'a-future-meeting' } },
      ],
    });
  } else if (roll < 0.22) {
    parts.push({
      kind: 'deferred',
      text: `That consideration of ${item.title} be deferred to the next meeting.`,
      effects: [{ kind: 'defer-item', subject: item.title, due: { kind: 'next-meeting' } }],
    });
  } else if (roll < 0.3) {
    parts.push({
      kind: 'requested',
      text: `That officers circulate the data on ${item.title} to partners.`,
      effects: [
        {
          kind: 'raise-action',
          owner: rng.pick(PEOPLE),
          description: `Circulate the data on ${item.title}`,
          dueOn: isoDate(new Date(startsAt.getTime() + 60 * 86400_000)),
        },
      ],
    });
  } else if (roll < 0.34) {
    body.torVersion += 1;
    parts.push({
      kind: 'approved-subject-to-amendment',
      text: 'That the revised Terms of Reference be approved subject to the amendment of clause 5.',
      effects: [
        {
          kind: 'amend-terms-of-reference',
          version: body.torVersion,
          amendments: [{ change: 'replaced', clauseId: '5', text: `The Board meets at least ${rng.int(3, 6)} times a year (${heldOn}).` }],
        },
      ],
    });
  } else if (roll < 0.36) {
    const organisationId = `partner-${body.members.length}-${body.bodyId}`;
    body.members.push(organisationId);
    parts.push({
      kind: 'approved',
      text: 'That the membership of the Board be extended.',
      effects: [{ kind: 'admit-member-organisation', organisationId, organisationName: `${rng.pick(PARTNERS)} ${body.members.length}` }],
    });
  } else if (roll < 0.365 && !body.renamed) {
    body.renamed = true;
    parts.push({
      kind: 'approved',
      text: 'That the name of the Board be amended.',
      effects: [{ kind: 'rename-body', name: `${body.name} and Partners`, shortName: `${body.shortName}P` }],
    });
  }
  // Follow-ups raised here come back later (each effect's key names the follow-up).
  const lettered = parts.length > 1;
  const resolved = parts.map((part, index) => ({ ...(lettered && { label: 'abcdefgh'[index]! }), ...part }));
  resolved.forEach((part) =>
    part.effects.forEach((effect, index) => {
      if (effect.kind === 'request-follow-up' || effect.kind === 'defer-item') {
        body.outstanding.push({
          id: [`${body.bodyId}-${heldOn}`, item.number, part.label ?? '-', String(index + 1)].join(':'),
          raisedOn: heldOn,
        });
      }
    }),
  );
  return resolved as ResolutionPart[];
}

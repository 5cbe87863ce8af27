/**
 * The history of an invented board, the Northshire Safer Communities Board, as mutations: its terms of
 * reference and first member, the June and September 2019 meetings (chairman elected, deputy chair
 * election deferred then held, a minute of June corrected in September), and the whole meeting of
 * 29 September 2023 (Eastdale District Council admitted, the board renamed the Northshire and Eastdale
 * Safer Communities Board, new terms of reference approved subject to two amendments). The board, its
 * people, places, organisations and every text here are invented: no real body's ledger is written to.
 */
export interface Step {
  readonly mutation: string;
  readonly input: Record<string, unknown>;
}

export const BODY = 'northshire-scb';
export const JUNE_2019 = 'northshire-scb-2019-06-14';
export const SEPTEMBER_2019 = 'northshire-scb-2019-09-20';
export const SEPTEMBER_2023 = 'northshire-scb-2023-09-29';
export const NSCB_NAME = 'Northshire Safer Communities Board';
export const NESCB_NAME = 'The Northshire and Eastdale Safer Communities Board';
export const EASTDALE_ITEM_TITLE = 'Eastdale District Council membership of the Northshire Safer Communities Board';
/** The follow-up the June 2019 deferral raised: its id is the effect's key (meeting:item:part:n). */
export const DEFERRED_DEPUTY_ELECTION = `${JUNE_2019}:2:-:2`;

const shireHall = { venue: 'Kestrel Committee Room, Shire Hall, Northshire' };
const contactOfficer = { name: 'Imogen Fairweather', telephone: '01632 960418' };

const step = (mutation: string, input: Record<string, unknown>): Step => ({ mutation, input });

const clauses2015 = [
  { id: '1', heading: 'Purpose', text: 'The Board provides strategic leadership for community safety in Northshire.' },
  { id: '3.1', heading: 'Membership', text: 'The Cabinet Lead Member for Community Safety of Northshire County Council.' },
  { id: '5', heading: 'Meetings', text: 'The Board meets quarterly.' },
];

const appendix1 = [
  { id: '1', heading: 'Purpose', text: 'The Board provides strategic leadership for community safety in Northshire and Eastdale.' },
  { id: '3.1', heading: 'Membership', text: 'The Cabinet Lead Member for Community Safety of Northshire County Council.' },
  {
    id: '3.5',
    heading: 'Eastdale representative',
    text: 'Eastdale District Council is represented by the Cabinet Lead Member for Community Safety.',
  },
  {
    id: '3.6',
    heading: 'Eastdale substitute',
    text: 'The Eastdale representative may be substituted by another elected member from that Authority.',
  },
  { id: '5', heading: 'Meetings', text: 'The Board meets quarterly.' },
];

export const AMENDED_3_5 =
  'Eastdale District Council is represented by the Eastdale District Council Cabinet member with responsibility for Community Safety.';
export const AMENDED_3_6 = 'The Eastdale representative may be substituted by another Cabinet member from that Authority.';

export const foundation: Step[] = [
  step('establishBody', { bodyId: BODY, name: NSCB_NAME, shortName: 'NSCB', establishedOn: '2015-06-08' }),
  step('adoptTermsOfReference', {
    bodyId: BODY,
    version: 1,
    clauses: clauses2015,
    inForceFrom: '2015-06-08',
    decision: { meetingId: 'northshire-scb-2015-06-08', itemNumber: '5' },
  }),
  step('admitMemberOrganisation', {
    bodyId: BODY,
    organisationId: 'northshire-county-council',
    organisationName: 'Northshire County Council',
    inForceFrom: '2015-06-08',
    decision: { meetingId: 'northshire-scb-2015-06-08', itemNumber: '5' },
  }),
];

export const ORIGINAL_JUNE_POINT_III = 'Training on Domestic Homicide Reviews would be offered by the Youth Wellbeing Service.';
export const CORRECTED_JUNE_POINT_III =
  'Training on Domestic Homicide Reviews would be offered by the Northshire Family Support Trust, not the Youth Wellbeing Service.';

export const june2019: Step[] = [
  step('scheduleMeeting', {
    meetingId: JUNE_2019,
    bodyId: BODY,
    startsAt: '2019-06-14T10:00:00+01:00',
    location: shireHall,
    contactOfficer,
  }),
  step('addAgendaItem', {
    meetingId: JUNE_2019,
    item: { number: '1', title: 'Appointment of Chairman', kind: 'ELECTION_OF_OFFICEHOLDER' },
  }),
  step('addAgendaItem', {
    meetingId: JUNE_2019,
    item: { number: '2', title: 'Election of Deputy Chairman', kind: 'ELECTION_OF_OFFICEHOLDER' },
  }),
  step('addAgendaItem', {
    meetingId: JUNE_2019,
    item: {
      number: '5',
      title: 'Safer Communities Performance 2018-19',
      kind: 'REPORT',
      report: { title: 'Safer Communities Performance', sizeKb: 180 },
    },
  }),
  step('passResolution', {
    meetingId: JUNE_2019,
    itemNumber: '1',
    recordedAt: '2019-06-14T10:15:00+01:00',
    parts: [
      {
        kind: 'ELECTED',
        text: 'That Mr P.J. Hallowell MBE CC be elected Chairman of the Board for 2019/20.',
        effects: [{ electOfficeholder: { office: 'CHAIR', term: '2019/20', holder: 'Mr P. J. Hallowell MBE CC' } }],
      },
    ],
  }),
  step('recordMeetingChair', {
    meetingId: JUNE_2019,
    recordedAt: '2019-06-14T10:16:00+01:00',
    chair: 'Mr P. J. Hallowell MBE CC',
    fromItemNumber: '2',
  }),
  step('passResolution', {
    meetingId: JUNE_2019,
    itemNumber: '2',
    recordedAt: '2019-06-14T10:20:00+01:00',
    parts: [
      {
        kind: 'DEFERRED',
        text: 'That this agenda item be deferred until the next meeting of the Board to enable a candidate for Deputy Chairman to come forward.',
        effects: [
          { leaveOfficeVacant: { office: 'DEPUTY_CHAIR', term: '2019/20', reason: 'No nominations were received' } },
          { deferItem: { subject: 'Election of Deputy Chairman for 2019/20', due: { nextMeeting: true } } },
        ],
      },
    ],
  }),
  step('recordMinuteText', {
    meetingId: JUNE_2019,
    itemNumber: '5',
    recordedAt: '2019-06-20T09:00:00+01:00',
    paragraphs: ['The Board considered a report on Safer Communities performance for 2018-19.'],
    points: [
      { label: 'i', text: 'Total crime had risen.' },
      { label: 'ii', text: 'Local campaigns could lead to a temporary spike in recorded crime.' },
      { label: 'iii', text: ORIGINAL_JUNE_POINT_III },
    ],
  }),
];

export const september2019: Step[] = [
  step('scheduleMeeting', {
    meetingId: SEPTEMBER_2019,
    bodyId: BODY,
    startsAt: '2019-09-20T10:00:00+01:00',
    location: shireHall,
    contactOfficer,
  }),
  step('addAgendaItem', {
    meetingId: SEPTEMBER_2019,
    item: { number: '1', title: 'Election of Deputy Chairman', kind: 'ELECTION_OF_OFFICEHOLDER' },
  }),
  step('addAgendaItem', {
    meetingId: SEPTEMBER_2019,
    item: { number: '2', title: 'Minutes of the previous meeting', kind: 'MINUTES_OF_PREVIOUS_MEETING' },
  }),
  step('passResolution', {
    meetingId: SEPTEMBER_2019,
    itemNumber: '1',
    recordedAt: '2019-09-20T10:10:00+01:00',
    parts: [
      {
        kind: 'ELECTED',
        text: 'That Cllr R. Penhallow be elected Deputy Chairman of the Board for 2019/20.',
        effects: [
          { electOfficeholder: { office: 'DEPUTY_CHAIR', term: '2019/20', holder: 'Cllr R. Penhallow' } },
          { fulfilFollowUp: { followUpId: DEFERRED_DEPUTY_ELECTION } },
        ],
      },
    ],
  }),
  step('confirmPreviousMinutes', {
    meetingId: SEPTEMBER_2019,
    itemNumber: '2',
    recordedAt: '2019-09-20T10:15:00+01:00',
    previousMeetingId: JUNE_2019,
    previousMeetingHeldOn: '2019-06-14',
    corrections: [
      { itemNumber: '5', point: 'iii', correctedText: CORRECTED_JUNE_POINT_III },
      { itemNumber: '5', replacedText: 'for 2018-19', correctedText: 'for the year to March 2019' },
    ],
    attendanceCorrections: ['Cllr R. Penhallow be added to those present'],
  }),
];

const recordedAt = '2023-10-02T09:00:00+01:00';
const at2023 = { meetingId: SEPTEMBER_2023, recordedAt };
const item = (number: string, title: string, kind: string, extra: Record<string, unknown> = {}) =>
  step('addAgendaItem', { meetingId: SEPTEMBER_2023, item: { number, title, kind, ...extra } });
const minute = (itemNumber: string, paragraphs: string[], points: [string, string][] = []) =>
  step('recordMinuteText', { ...at2023, itemNumber, paragraphs, points: points.map(([label, text]) => ({ label, text })) });
const noted = (itemNumber: string, text: string) =>
  step('passResolution', { ...at2023, itemNumber, parts: [{ kind: 'NOTED', text, effects: [] }] });
const halden = { name: 'Priya Halden', role: 'Community Safety Coordinator, Northshire County Council' };

export const september2023: Step[] = [
  step('scheduleMeeting', {
    meetingId: SEPTEMBER_2023,
    bodyId: BODY,
    startsAt: '2023-09-29T10:00:00+01:00',
    location: { onlinePlatform: 'Microsoft Teams' },
    contactOfficer,
  }),
  item('1', 'Introductions and apologies', 'INTRODUCTIONS'),
  item('2', 'Minutes of previous meeting', 'MINUTES_OF_PREVIOUS_MEETING', {
    report: { title: 'Minutes of previous meeting', sizeKb: 115 },
  }),
  item('3', 'Matters arising', 'MATTERS_ARISING'),
  item('4', 'NSCB Action Log', 'ACTION_LOG', { report: { title: 'NSCB Action Log', sizeKb: 72 } }),
  item('5', 'Declarations of interest', 'DECLARATIONS_OF_INTEREST'),
  item('6', EASTDALE_ITEM_TITLE, 'REPORT', { report: { title: EASTDALE_ITEM_TITLE, sizeKb: 175 }, presenter: halden }),
  item('7', 'Safer Communities Performance 2023-24 Quarter 1', 'REPORT', {
    report: { title: 'Safer Communities Performance 2023-24 Quarter 1', sizeKb: 177 },
    presenter: halden,
  }),
  item('8', 'Office of the Police and Crime Commissioner update', 'REPORT', {
    report: { title: 'Office of the Police and Crime Commissioner update', sizeKb: 128 },
    presenter: { name: 'Tomasz Wendell', role: 'Performance and Assurance Officer, OPCC' },
  }),
  item('9', 'Youth Wellbeing Service', 'PRESENTATION', {
    report: { title: 'Youth Wellbeing Service', sizeKb: 406 },
    presenter: {
      name: 'Harriet Colebrook',
      role: 'Team and Partnership Manager – Youth Wellbeing 11-19 Service, Northshire County Council',
    },
  }),
  item('10', 'Public Health update: Domestic Abuse and Sexual Violence Services', 'REPORT', {
    report: { title: 'Public Health update: Domestic Abuse and Sexual Violence Services', sizeKb: 226 },
    presenter: { name: 'Rosalind Pellow', role: 'Public Health Strategic Lead (Health Related Harms), Northshire County Council' },
  }),
  item('11', 'Violence Reduction Partnership update', 'PRESENTATION', {
    report: { title: 'Violence Reduction Partnership update', sizeKb: 2048 },
    presenter: { name: 'Nadia Ferrow', role: 'Strategic Director, Northshire Violence Reduction Partnership' },
  }),
  item('12', 'PREVENT Duty Guidance Refresh', 'PRESENTATION', {
    presenter: { name: 'Callum Drayford', role: 'Prevent Local Delivery and Communities Regional Advisor – Northern Region' },
  }),
  item('13', 'Date of the next meeting', 'DATE_OF_NEXT_MEETING'),
  item('6A', 'Change to the Order of Business', 'CHANGE_TO_ORDER_OF_BUSINESS'),
  minute('1', ['The Chairman welcomed everyone to the meeting and the list of apologies was noted.']),
  minute('2', [
    'The minutes of the meeting held on 30 June 2023 were taken as read and confirmed as a correct record of the meeting, however it was noted with regards to minute 11(iii) that the whole family relationship service would be provided by the Northshire Family Support Trust not the Youth Wellbeing Service.',
  ]),
  minute('3', ['There were no matters arising from the minutes of the previous meeting.']),
  minute('4', ['The Board considered the NSCB Action Log, a copy of which, marked ‘Agenda Item 4’, is filed with these minutes.']),
  noted('4', 'That the status of the Action Log be noted.'),
  minute('5', [
    'The Chairman invited members who wished to do so to declare any interests in respect of items on the agenda for the meeting.',
  ]),
  step('recordDeclarationsOfInterest', { ...at2023, itemNumber: '5', declarations: [] }),
  minute('6', [
    'The Board considered a report of Priya Halden, Community Safety Coordinator, Northshire County Council which sought approval for Eastdale District Council to become members of the Board.',
    'It was noted that should Eastdale’s membership of the Board be approved the Community Safety Agreement would be updated to reflect Eastdale’s priorities.',
  ]),
  step('passResolution', {
    ...at2023,
    itemNumber: '6',
    parts: [
      {
        label: 'a',
        kind: 'APPROVED',
        text: 'That Eastdale District Council’s membership of the Board be approved and the name of the Board be amended to ‘The Northshire and Eastdale Safer Communities Board’;',
        effects: [
          { admitMemberOrganisation: { organisationId: 'eastdale-district-council', organisationName: 'Eastdale District Council' } },
          { renameBody: { name: NESCB_NAME, shortName: 'NESCB' } },
        ],
      },
      {
        label: 'b',
        kind: 'APPROVED_SUBJECT_TO_AMENDMENT',
        text: 'That the proposed new Terms of Reference as set out in Appendix 1 be approved, subject to the amendment that the Eastdale representative on the Board be referred to as “the Eastdale District Council Cabinet member with responsibility for Community Safety”, and the amendment that the substitute for the Eastdale representative be “another Cabinet member from that Authority”.',
        effects: [
          { adoptTermsOfReference: { version: 2, clauses: appendix1 } },
          {
            amendTermsOfReference: {
              version: 3,
              amendments: [{ replace: { clauseId: '3.5', text: AMENDED_3_5 } }, { replace: { clauseId: '3.6', text: AMENDED_3_6 } }],
            },
          },
        ],
      },
    ],
  }),
  step('varyOrderOfBusiness', {
    ...at2023,
    itemNumber: '6A',
    order: ['1', '2', '3', '4', '5', '6', '6A', '11', '7', '8', '9', '10', '12', '13'],
    reason: 'The Chairman sought and obtained the consent of the Board to vary the order of business',
  }),
  minute('11', [
    'The Board received a presentation from Gideon Marsh, Head of Delivery, Northshire Violence Reduction Partnership (VRP) which provided an update on the work of the VRP.',
  ]),
  noted('11', 'That the contents of the presentation be noted.'),
  minute(
    '7',
    [
      'The Board considered a report of Priya Halden which provided an update regarding Safer Communities performance for 2023/24 Quarter 1.',
    ],
    [
      ['i', 'Total crime was now at a level well above pre-covid-19 pandemic levels.'],
      [
        'ii',
        'The Police often ran local campaigns regarding particular crime types which could lead to a temporary spike in the recording of those crimes.',
      ],
      ['iii', 'Training was to be offered to Community Safety Partnerships regarding carrying out Domestic Homicide Reviews.'],
    ],
  ),
  noted('7', 'That Safer Communities performance for 2023/24 Quarter 1 be noted.'),
  minute('8', ['The Board considered a report of Tomasz Wendell which provided an update on the work of the OPCC.']),
  noted('8', 'That the update on the work of the OPCC be noted.'),
  minute('9', ['The Board received a presentation from Harriet Colebrook regarding the Youth Wellbeing 11-19 Service.']),
  noted('9', 'That the update regarding the Youth Wellbeing 11-19 Service be noted.'),
  minute('10', [
    'The Board considered a report of Rosalind Pellow on the domestic abuse and sexual violence services commissioned by Public Health.',
  ]),
  noted('10', 'That the update on the domestic abuse and sexual violence services be noted.'),
  minute('12', [
    'The Board had been due to receive a presentation from Callum Drayford, however Callum Drayford was unable to attend the meeting.',
  ]),
  step('passResolution', {
    ...at2023,
    itemNumber: '12',
    parts: [
      {
        kind: 'DEFERRED',
        text: 'That the presentation on the Prevent Duty guidance refresh be deferred to a future meeting of the Board.',
        effects: [{ deferItem: { subject: 'Presentation on the Prevent Duty guidance refresh', due: { aFutureMeeting: true } } }],
      },
    ],
  }),
  minute('13', ['The next meeting of the Board is scheduled to take place on Friday 15 December 2023 at 10.00am.']),
];

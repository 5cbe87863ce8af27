/**
 * The history of the Leicestershire (and Rutland) Safer Communities Strategy Board as mutations:
 * its terms of reference and first member, the June and September 2019 meetings (chairman elected,
 * deputy chair election deferred then held, a minute of June corrected in September), and the whole
 * meeting of 29 September 2023 from its minutes (Rutland admitted, the board renamed, new terms of
 * reference approved subject to two amendments). Clause texts are illustrative; quoted phrases are
 * the minutes' own.
 */
export interface Step {
  readonly mutation: string;
  readonly input: Record<string, unknown>;
}

export const BODY = 'lscsb';
export const JUNE_2019 = 'lscsb-2019-06-14';
export const SEPTEMBER_2019 = 'lscsb-2019-09-20';
export const SEPTEMBER_2023 = 'lscsb-2023-09-29';
export const LSCSB_NAME = 'Leicestershire Safer Communities Strategy Board';
export const LRSCSB_NAME = 'The Leicestershire and Rutland Safer Communities Strategy Board';
export const RUTLAND_ITEM_TITLE = 'Rutland Council membership of the Leicestershire Safer Communities Strategy Board';
/** The follow-up the June 2019 deferral raised: its id is the effect's key (meeting:item:part:n). */
export const DEFERRED_DEPUTY_ELECTION = `${JUNE_2019}:2:-:2`;

const countyHall = { venue: 'Sparkenhoe Committee Room, County Hall, Glenfield' };
const contactOfficer = { name: 'Euan Walters', telephone: '0116 305 2583' };

const step = (mutation: string, input: Record<string, unknown>): Step => ({ mutation, input });

const clauses2015 = [
  { id: '1', heading: 'Purpose', text: 'The Board provides strategic leadership for community safety in Leicestershire.' },
  { id: '3.1', heading: 'Membership', text: 'The Cabinet Lead Member for Community Safety of Leicestershire County Council.' },
  { id: '5', heading: 'Meetings', text: 'The Board meets quarterly.' },
];

const appendix1 = [
  { id: '1', heading: 'Purpose', text: 'The Board provides strategic leadership for community safety in Leicestershire and Rutland.' },
  { id: '3.1', heading: 'Membership', text: 'The Cabinet Lead Member for Community Safety of Leicestershire County Council.' },
  { id: '3.5', heading: 'Rutland representative', text: 'Rutland County Council is represented by the Cabinet Lead Member for Community Safety.' },
  { id: '3.6', heading: 'Rutland substitute', text: 'The Rutland representative may be substituted by another elected member from that Authority.' },
  { id: '5', heading: 'Meetings', text: 'The Board meets quarterly.' },
];

export const AMENDED_3_5 =
  'Rutland County Council is represented by the Rutland County Council Cabinet member with responsibility for Community Safety.';
export const AMENDED_3_6 = 'The Rutland representative may be substituted by another Cabinet member from that Authority.';

export const foundation: Step[] = [
  step('establishBody', { bodyId: BODY, name: LSCSB_NAME, shortName: 'LSCSB', establishedOn: '2015-06-08' }),
  step('adoptTermsOfReference', {
    bodyId: BODY,
    version: 1,
    clauses: clauses2015,
    inForceFrom: '2015-06-08',
    decision: { meetingId: 'lscsb-2015-06-08', itemNumber: '5' },
  }),
  step('admitMemberOrganisation', {
    bodyId: BODY,
    organisationId: 'leicestershire-county-council',
    organisationName: 'Leicestershire County Council',
    inForceFrom: '2015-06-08',
    decision: { meetingId: 'lscsb-2015-06-08', itemNumber: '5' },
  }),
];

export const ORIGINAL_JUNE_POINT_III = 'Training on Domestic Homicide Reviews would be offered by the Teen Health Service.';
export const CORRECTED_JUNE_POINT_III = 'Training on Domestic Homicide Reviews would be offered by Family Lives, not the Teen Health Service.';

export const june2019: Step[] = [
  step('scheduleMeeting', { meetingId: JUNE_2019, bodyId: BODY, startsAt: '2019-06-14T10:00:00+01:00', location: countyHall, contactOfficer }),
  step('addAgendaItem', { meetingId: JUNE_2019, item: { number: '1', title: 'Appointment of Chairman', kind: 'ELECTION_OF_OFFICEHOLDER' } }),
  step('addAgendaItem', { meetingId: JUNE_2019, item: { number: '2', title: 'Election of Deputy Chairman', kind: 'ELECTION_OF_OFFICEHOLDER' } }),
  step('addAgendaItem', {
    meetingId: JUNE_2019,
    item: { number: '5', title: 'Safer Communities Performance 2018-19', kind: 'REPORT', report: { title: 'Safer Communities Performance', sizeKb: 180 } },
  }),
  step('passResolution', {
    meetingId: JUNE_2019,
    itemNumber: '1',
    recordedAt: '2019-06-14T10:15:00+01:00',
    parts: [
      {
        kind: 'ELECTED',
        text: 'That Mr I.D. Ould OBE CC be elected Chairman of the Board for 2019/20.',
        effects: [{ electOfficeholder: { office: 'CHAIR', term: '2019/20', holder: 'Mr I. D. Ould OBE CC' } }],
      },
    ],
  }),
  step('recordMeetingChair', { meetingId: JUNE_2019, recordedAt: '2019-06-14T10:16:00+01:00', chair: 'Mr I. D. Ould OBE CC', fromItemNumber: '2' }),
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
  step('scheduleMeeting', { meetingId: SEPTEMBER_2019, bodyId: BODY, startsAt: '2019-09-20T10:00:00+01:00', location: countyHall, contactOfficer }),
  step('addAgendaItem', { meetingId: SEPTEMBER_2019, item: { number: '1', title: 'Election of Deputy Chairman', kind: 'ELECTION_OF_OFFICEHOLDER' } }),
  step('addAgendaItem', { meetingId: SEPTEMBER_2019, item: { number: '2', title: 'Minutes of the previous meeting', kind: 'MINUTES_OF_PREVIOUS_MEETING' } }),
  step('passResolution', {
    meetingId: SEPTEMBER_2019,
    itemNumber: '1',
    recordedAt: '2019-09-20T10:10:00+01:00',
    parts: [
      {
        kind: 'ELECTED',
        text: 'That Cllr M. Rickman be elected Deputy Chairman of the Board for 2019/20.',
        effects: [
          { electOfficeholder: { office: 'DEPUTY_CHAIR', term: '2019/20', holder: 'Cllr M. Rickman' } },
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
    corrections: [{ itemNumber: '5', point: 'iii', correctedText: CORRECTED_JUNE_POINT_III }],
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
const basra = { name: 'Rik Basra', role: 'Community Safety Coordinator, Leicestershire County Council' };

export const september2023: Step[] = [
  step('scheduleMeeting', {
    meetingId: SEPTEMBER_2023,
    bodyId: BODY,
    startsAt: '2023-09-29T10:00:00+01:00',
    location: { onlinePlatform: 'Microsoft Teams' },
    contactOfficer,
  }),
  item('1', 'Introductions and apologies', 'INTRODUCTIONS'),
  item('2', 'Minutes of previous meeting', 'MINUTES_OF_PREVIOUS_MEETING', { report: { title: 'Minutes of previous meeting', sizeKb: 115 } }),
  item('3', 'Matters arising', 'MATTERS_ARISING'),
  item('4', 'LSCSB Action Log', 'ACTION_LOG', { report: { title: 'LSCSB Action Log', sizeKb: 72 } }),
  item('5', 'Declarations of interest', 'DECLARATIONS_OF_INTEREST'),
  item('6', RUTLAND_ITEM_TITLE, 'REPORT', { report: { title: RUTLAND_ITEM_TITLE, sizeKb: 175 }, presenter: basra }),
  item('7', 'Safer Communities Performance 2023-24 Quarter 1', 'REPORT', {
    report: { title: 'Safer Communities Performance 2023-24 Quarter 1', sizeKb: 177 },
    presenter: basra,
  }),
  item('8', 'Office of the Police and Crime Commissioner update', 'REPORT', {
    report: { title: 'Office of the Police and Crime Commissioner update', sizeKb: 128 },
    presenter: { name: 'Sajan Devshi', role: 'Performance and Assurance Officer, OPCC' },
  }),
  item('9', 'Teen Health Service', 'PRESENTATION', {
    report: { title: 'Teen Health Service', sizeKb: 406 },
    presenter: { name: 'Joanne White', role: 'Team and Partnership Manager – Teen Health 11-19 Service, Leicestershire County Council' },
  }),
  item('10', 'Public Health update: Domestic Abuse and Sexual Violence Services', 'REPORT', {
    report: { title: 'Public Health update: Domestic Abuse and Sexual Violence Services', sizeKb: 226 },
    presenter: { name: 'Debra Cunningham', role: 'Public Health Strategic Lead (Health Related Harms), Leicestershire County Council' },
  }),
  item('11', 'Violence Reduction Network update', 'PRESENTATION', {
    report: { title: 'Violence Reduction Network update', sizeKb: 2048 },
    presenter: { name: 'Grace Strong', role: 'Strategic Director, Violence Reduction Network' },
  }),
  item('12', 'PREVENT Duty Guidance Refresh', 'PRESENTATION', {
    presenter: { name: 'Ian Stubbs', role: 'Prevent Local Delivery and Communities Regional Advisor – East Midlands' },
  }),
  item('13', 'Date of the next meeting', 'DATE_OF_NEXT_MEETING'),
  item('6A', 'Change to the Order of Business', 'CHANGE_TO_ORDER_OF_BUSINESS'),
  minute('1', ['The Chairman welcomed everyone to the meeting and the list of apologies was noted.']),
  minute('2', [
    'The minutes of the meeting held on 30 June 2023 were taken as read and confirmed as a correct record of the meeting, however it was noted with regards to minute 11(iii) that the whole family relationship service would be provided by Family Lives not the Teen Health Service.',
  ]),
  minute('3', ['There were no matters arising from the minutes of the previous meeting.']),
  minute('4', ['The Board considered the LSCSB Action Log, a copy of which, marked ‘Agenda Item 4’, is filed with these minutes.']),
  noted('4', 'That the status of the Action Log be noted.'),
  minute('5', ['The Chairman invited members who wished to do so to declare any interests in respect of items on the agenda for the meeting.']),
  step('recordDeclarationsOfInterest', { ...at2023, itemNumber: '5', declarations: [] }),
  minute('6', [
    'The Board considered a report of Rik Basra, Community Safety Coordinator, Leicestershire County Council which sought approval for Rutland County Council to become members of the Board.',
    'It was noted that should Rutland’s membership of the Board be approved the Community Safety Agreement would be updated to reflect Rutland’s priorities.',
  ]),
  step('passResolution', {
    ...at2023,
    itemNumber: '6',
    parts: [
      {
        label: 'a',
        kind: 'APPROVED',
        text: 'That Rutland County Council’s membership of the Board be approved and the name of the Board be amended to ‘The Leicestershire and Rutland Safer Communities Strategy Board’;',
        effects: [
          { admitMemberOrganisation: { organisationId: 'rutland-county-council', organisationName: 'Rutland County Council' } },
          { renameBody: { name: LRSCSB_NAME, shortName: 'LRSCSB' } },
        ],
      },
      {
        label: 'b',
        kind: 'APPROVED_SUBJECT_TO_AMENDMENT',
        text: 'That the proposed new Terms of Reference as set out in Appendix 1 be approved, subject to the amendment that the Rutland representative on the Board be referred to as “the Rutland County Council Cabinet member with responsibility for Community Safety”, and the amendment that the substitute for the Rutland representative be “another Cabinet member from that Authority”.',
        effects: [
          { adoptTermsOfReference: { version: 2, clauses: appendix1 } },
          {
            amendTermsOfReference: {
              version: 3,
              amendments: [
                { replace: { clauseId: '3.5', text: AMENDED_3_5 } },
                { replace: { clauseId: '3.6', text: AMENDED_3_6 } },
              ],
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
  minute('11', ['The Board received a presentation from Millicent Gant, Head of Delivery, Violence Reduction Network (VRN) which provided an update on the work of the VRN.']),
  noted('11', 'That the contents of the presentation be noted.'),
  minute(
    '7',
    ['The Board considered a report of Rik Basra which provided an update regarding Safer Communities performance for 2023/24 Quarter 1.'],
    [
      ['i', 'Total crime was now at a level well above pre-covid-19 pandemic levels.'],
      ['ii', 'The Police often ran local campaigns regarding particular crime types which could lead to a temporary spike in the recording of those crimes.'],
      ['iii', 'Training was to be offered to Community Safety Partnerships regarding carrying out Domestic Homicide Reviews.'],
    ],
  ),
  noted('7', 'That Safer Communities performance for 2023/24 Quarter 1 be noted.'),
  minute('8', ['The Board considered a report of Sajan Devshi which provided an update on the work of the OPCC.']),
  noted('8', 'That the update on the work of the OPCC be noted.'),
  minute('9', ['The Board received a presentation from Joanne White regarding the Teen Health 11-19 Service.']),
  noted('9', 'That the update regarding the Teen Health 11-19 Service be noted.'),
  minute('10', ['The Board considered a report of Debra Cunningham on the domestic abuse and sexual violence services commissioned by Public Health.']),
  noted('10', 'That the update on the domestic abuse and sexual violence services be noted.'),
  minute('12', ['The Board had been due to receive a presentation from Ian Stubbs, however Ian Stubbs was unable to attend the meeting.']),
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

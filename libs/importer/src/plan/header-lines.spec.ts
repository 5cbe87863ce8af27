/**
 * What meeting pages print around their heading, written afresh for an invented Westmere Borough
 * Council: the site's menus above the heading, contact lines with telephone numbers and job titles,
 * and venue lines that go on to tell the public how to watch.
 */
import { planText } from '../testing/sample-minutes';

const ITEMS = `Items
No. Item

1.

Apologies for Absence

Minutes:

Apologies were received from Cllr. R. Lark.
`;

const headerOf = (header: string) => planText(`${header}\n\n${ITEMS}`, { bodyId: 'westmere-oc' }).meeting;

const TITLE = 'Agenda and minutes\n\nOverview Committee - Tuesday, 5th March, 2024 6.30 pm';

describe("a site's menus above the page's heading", () => {
  const menu = [
    'Home',
    'Your council',
    'Councillors',
    'Committees',
    'Meetings',
    'Calendar',
    'Decisions',
    'Forward plan',
    'Petitions',
    'Consultations',
    'Outside bodies',
    'Library',
    'Search',
    'Subscribe',
    'What is new',
    'Help',
  ]
    .map((entry) => `  • ${entry}`)
    .join('\n');

  it('are passed over, and the heading, venue and contact under them are read', () => {
    const meeting = headerOf(
      `${menu}\n  • Agenda and minutes\n\n    Overview Committee - Tuesday, 5th March, 2024 6.30 pm\n\n    Venue: Guild Room, Town Hall, Westmere. View directions\n\n    Contact: Ada Quill  01999 400123`,
    );
    expect(meeting).toMatchObject({
      date: '2024-03-05',
      dateFrom: 'header',
      startsAt: '2024-03-05T18:30:00+00:00',
      location: { kind: 'venue', venue: 'Guild Room, Town Hall, Westmere' },
      contactOfficer: { name: 'Ada Quill', telephone: '01999 400123' },
    });
  });
});

describe('the contact line', () => {
  const contact = (line: string) => headerOf(`${TITLE}\n\nVenue: Guild Room\n\nContact: ${line}`).contactOfficer;

  it('names the person without the telephone number printed after the name', () => {
    expect(contact('Ada Quill 01999 400123')).toEqual({ name: 'Ada Quill', telephone: '01999 400123' });
    expect(contact('Ada Quill, 01999 400123  Email: aquill@westmere.example')).toEqual({
      name: 'Ada Quill',
      telephone: '01999 400123',
      email: 'aquill@westmere.example',
    });
  });

  it('names the person without the job title printed after the name', () => {
    expect(contact('Basil Wren Democratic Services Officer')).toEqual({ name: 'Basil Wren' });
    expect(contact('Basil Wren  Committee and Licensing Officer')).toEqual({ name: 'Basil Wren' });
    expect(contact('Basil Wren Senior Governance Advisor (interim)')).toEqual({ name: 'Basil Wren' });
  });

  it('names the person after the office printed before them, "Committee Clerk: X"', () => {
    expect(contact('Licensing Committee Clerk: Fern Abba  Email: democracy@westmere.example')).toEqual({
      name: 'Fern Abba',
      email: 'democracy@westmere.example',
    });
  });

  it('keeps a team named as the contact as printed', () => {
    expect(contact('Democratic Services  01999 400100')).toEqual({ name: 'Democratic Services', telephone: '01999 400100' });
  });
});

describe('the venue line', () => {
  const location = (line: string) => headerOf(`${TITLE}\n\nVenue: ${line}`).location;

  it('ends before what it goes on to tell the public, so a hall is not taken for an online meeting', () => {
    expect(location('Guild Room, Town Hall, Westmere - Members of the public may follow the meeting online using the link below.')).toEqual(
      {
        kind: 'venue',
        venue: 'Guild Room, Town Hall, Westmere',
      },
    );
    expect(location('Guild Room, Town Hall - watch here: https://video.example/westmere/42')).toEqual({
      kind: 'venue',
      venue: 'Guild Room, Town Hall',
    });
  });

  it('keeps a room and its building printed either side of a dash', () => {
    expect(location('Committee Room 2 - Town Hall, Westmere. View directions')).toEqual({
      kind: 'venue',
      venue: 'Committee Room 2 - Town Hall, Westmere',
    });
  });
});

describe('the "Note No. Item" heading of a legacy meeting page', () => {
  it('ends the header, so the notes about webcasting above it are not taken for an item', () => {
    const plan = planText(
      `Meeting documents\n\nVenue: Guild Room, Town Hall, Westmere\n\nNote: this meeting will be webcast\n\nWebcast: View the webcast\n\nNote No. Item\n\n\n\nApologies for Absence\n\nAdditional documents:\n\n\nApologies were received from Cllr R Lark.\n`,
      { bodyId: 'westmere-sc', date: '2024-03-05' },
    );
    expect(plan.items.map((item) => item.title)).toEqual(['Apologies for Absence']);
  });
});

describe("the meeting's title line, as other councils print it", () => {
  const when = (header: string) => {
    const meeting = headerOf(header);
    return [meeting.date, meeting.dateFrom, meeting.startsAt ?? null, meeting.bodyNameAsPrinted ?? null];
  };

  it('reads a 24-hour time, "12 noon", and a start with its end time', () => {
    expect(when('Agenda and minutes\n\nLicensing Panel - Thursday, 7 March 2024 18:30')).toEqual([
      '2024-03-07',
      'header',
      '2024-03-07T18:30:00+00:00',
      'Licensing Panel',
    ]);
    expect(when('Agenda and minutes\n\nLicensing Panel - Thursday, 7th March, 2024 12 noon')[2]).toBe('2024-03-07T12:00:00+00:00');
    expect(when('Agenda and minutes\n\nLicensing Panel - Thursday, 7 March 2024 6.30 pm - 8.15 pm')[2]).toBe('2024-03-07T18:30:00+00:00');
  });

  it('reads the name and the date parted by a comma, and a status in brackets after the time', () => {
    expect(when('Agenda and minutes\n\nLicensing Panel, Thursday, 7th March, 2024 6.30 pm')).toEqual([
      '2024-03-07',
      'header',
      '2024-03-07T18:30:00+00:00',
      'Licensing Panel',
    ]);
    expect(when('Agenda and minutes\n\nLicensing Panel - Thursday, 7 March 2024 10.00 am (Extraordinary)')[2]).toBe(
      '2024-03-07T10:00:00+00:00',
    );
  });

  it('reads "Date:" and "Time:" on lines of their own, the name above them', () => {
    expect(when('Agenda and minutes\n\nLicensing Panel\n\nDate: Thursday, 7 March 2024\n\nTime: 6.30 pm')).toEqual([
      '2024-03-07',
      'header',
      '2024-03-07T18:30:00+00:00',
      'Licensing Panel',
    ]);
  });
});

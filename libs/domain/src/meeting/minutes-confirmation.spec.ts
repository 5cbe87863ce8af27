import { specify } from '../testing/given-when-then';
import { NSCB } from '../testing/body.fixtures';
import { DEC_2018, dec2018Scheduled, meetingCommand as command, meetingEvent as event } from '../testing/meeting.fixtures';
import { meetingDecider } from './meeting.decider';
import type { MeetingCommand } from './meeting.commands';

const { given } = specify(meetingDecider);
const OCT_2018 = 'northshire-scb-2018-10-01';

describe('The next meeting confirms the previous minutes as a correct record', () => {
  it('records the confirmation under its minutes item (December 2018, minute 30)', () => {
    given(...dec2018Scheduled())
      .when(command.confirmPrevious(OCT_2018, '2018-10-01'))
      .then({
        type: 'PreviousMinutesConfirmed',
        data: {
          meetingId: DEC_2018,
          bodyId: NSCB,
          heldOn: '2018-12-10',
          itemNumber: '2',
          previousMeetingId: OCT_2018,
          previousMeetingHeldOn: '2018-10-01',
          corrections: [],
        },
      });
  });

  it('only confirms minutes of an earlier meeting', () => {
    given(...dec2018Scheduled())
      .when(command.confirmPrevious('northshire-scb-2019-03-22', '2019-03-22'))
      .thenFails('MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
    given(...dec2018Scheduled())
      .when(command.confirmPrevious(DEC_2018, '2018-12-10'))
      .thenFails('MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });

  it('confirms under the minutes item', () => {
    given(...dec2018Scheduled())
      .when(command.confirmPrevious(OCT_2018, '2018-10-01', [], '3'))
      .thenFails('ITEM_KIND_MISMATCH');
  });

  it('confirms the same minutes once', () => {
    const history = [...dec2018Scheduled()];
    const [confirmed] = meetingDecider.decide(
      command.confirmPrevious(OCT_2018, '2018-10-01'),
      history.reduce(meetingDecider.evolve, meetingDecider.initialState),
    );
    given(...history, confirmed!)
      .when(command.confirmPrevious(OCT_2018, '2018-10-01'))
      .thenFails('MINUTES_ALREADY_CONFIRMED');
  });
});

describe('The confirmation and its corrections land on the earlier meeting', () => {
  const JUNE_2019 = 'northshire-scb-2019-06-14';
  const juneMeeting = [
    event.scheduled(JUNE_2019, '2019-06-14T10:00:00+01:00'),
    event.itemAdded({ number: '5', title: 'Matters arising', kind: 'matters-arising' }, JUNE_2019),
    event.minuteRecorded(
      '5',
      [],
      [
        'Minute 48: The Home Office had allocated £100 million to police forces for tackling knife crime and Northshire Police would receive £1.5 million.',
      ],
      JUNE_2019,
    ),
  ];
  const confirmBySeptember = (
    corrections: { itemNumber: string; point?: string; paragraph?: number; correctedText: string }[],
    overrides: Partial<{ bodyId: string; heldOn: string; meetingId: string }> = {},
  ): MeetingCommand => ({
    type: 'ConfirmMinutes',
    data: {
      meetingId: JUNE_2019,
      confirmedBy: { meetingId: 'northshire-scb-2019-09-20', itemNumber: '2', bodyId: NSCB, heldOn: '2019-09-20', ...overrides },
      corrections,
    },
  });
  const correction = { itemNumber: '5', correctedText: 'Northshire Police would receive £1.4 million.' };

  /** What September's confirmation subject to one correction records on June's minutes. */
  const confirmedSubjectTo = (corrected: Record<string, unknown>) =>
    [
      {
        type: 'MinutesConfirmed',
        data: {
          meetingId: JUNE_2019,
          confirmedBy: { meetingId: 'northshire-scb-2019-09-20', itemNumber: '2' },
          confirmedOn: '2019-09-20',
          subjectToCorrections: true,
        },
      },
      {
        type: 'MinuteCorrected',
        data: {
          meetingId: JUNE_2019,
          itemNumber: '5',
          ...corrected,
          correctedText: correction.correctedText,
          source: { meetingId: 'northshire-scb-2019-09-20', itemNumber: '2' },
          correctedOn: '2019-09-20',
        },
      },
    ] as const;

  it('confirms the minutes subject to a correction, kept beside the original as a new fact', () => {
    given(...juneMeeting)
      .when(confirmBySeptember([correction]))
      .then(...confirmedSubjectTo({}));
  });

  it('keeps the paragraph a correction names ("minute 5, paragraph 1"), and refuses a paragraph not counted from 1', () => {
    given(...juneMeeting)
      .when(confirmBySeptember([{ ...correction, paragraph: 1 }]))
      .then(...confirmedSubjectTo({ paragraph: 1 }));
    given(...juneMeeting)
      .when(confirmBySeptember([{ ...correction, paragraph: 0 }]))
      .thenFails('UNKNOWN_CHOICE');
  });

  it('is confirmed by a meeting of the same body', () => {
    given(...juneMeeting)
      .when(confirmBySeptember([], { bodyId: 'northshire-hwb' }))
      .thenFails('MINUTES_CONFIRMED_BY_ANOTHER_BODY');
  });

  it('is confirmed by a later meeting', () => {
    given(...juneMeeting)
      .when(confirmBySeptember([], { heldOn: '2019-03-22', meetingId: 'northshire-scb-2019-03-22' }))
      .thenFails('MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });

  it('is confirmed once', () => {
    given(...juneMeeting, {
      type: 'MinutesConfirmed',
      data: {
        meetingId: JUNE_2019,
        confirmedBy: { meetingId: 'northshire-scb-2019-09-20', itemNumber: '2' },
        confirmedOn: '2019-09-20',
        subjectToCorrections: false,
      },
    })
      .when(confirmBySeptember([]))
      .thenFails('MINUTES_ALREADY_CONFIRMED');
  });

  it('corrects only minutes the meeting has', () => {
    given(...juneMeeting)
      .when(confirmBySeptember([{ ...correction, itemNumber: '11' }]))
      .thenFails('UNKNOWN_MINUTE_REFERENCE');
  });

  it('corrects only points the minute has', () => {
    const withPoints = [
      event.scheduled('northshire-scb-2023-06-30', '2023-06-30T10:00:00+01:00'),
      event.itemAdded(
        { number: '9', minuteNumber: '11', title: 'Youth Wellbeing Service', kind: 'presentation' },
        'northshire-scb-2023-06-30',
      ),
      event.minuteRecorded(
        '9',
        [
          { label: 'i', text: 'a' },
          { label: 'ii', text: 'b' },
          { label: 'iii', text: 'The Youth Wellbeing Service provides the whole family relationship service.' },
        ],
        [],
        'northshire-scb-2023-06-30',
      ),
    ];
    const september: MeetingCommand = {
      type: 'ConfirmMinutes',
      data: {
        meetingId: 'northshire-scb-2023-06-30',
        confirmedBy: { meetingId: 'northshire-scb-2023-09-29', itemNumber: '2', bodyId: NSCB, heldOn: '2023-09-29' },
        corrections: [{ itemNumber: '11', point: 'iv', correctedText: 'x' }],
      },
    };
    given(...withPoints)
      .when(september)
      .thenFails('UNKNOWN_MINUTE_REFERENCE');
  });

  it('is not confirmed for a cancelled meeting', () => {
    given(event.scheduled(JUNE_2019, '2019-06-14T10:00:00+01:00'), event.cancelled('x', JUNE_2019))
      .when(confirmBySeptember([]))
      .thenFails('MEETING_CANCELLED');
  });
});

describe('Corrections that name the words they replace, and amendments of the attendance list', () => {
  const BODY = 'northshire-safety-board';
  const MARCH = 'northshire-safety-board-2031-03-04';
  const earlier = [
    event.scheduled(MARCH, '2031-03-04T14:00:00Z', BODY),
    event.itemAdded({ number: '6', title: 'Street lighting', kind: 'report' }, MARCH),
    event.minuteRecorded(
      '6',
      [],
      ['The Board heard that 40 lamps were repaired in Eastbrook. Councillor Fenwick thanked the team.'],
      MARCH,
    ),
  ];
  const confirmByApril = (
    corrections: { itemNumber: string; correctedText: string; replacedText?: string }[],
    attendanceCorrections?: string[],
  ): MeetingCommand => ({
    type: 'ConfirmMinutes',
    data: {
      meetingId: MARCH,
      confirmedBy: { meetingId: 'northshire-safety-board-2031-04-08', itemNumber: '3', bodyId: BODY, heldOn: '2031-04-08' },
      corrections,
      ...(attendanceCorrections && { attendanceCorrections }),
    },
  });
  const source = { meetingId: 'northshire-safety-board-2031-04-08', itemNumber: '3' };

  it('keeps the words a correction replaces beside what they should read', () => {
    given(...earlier)
      .when(confirmByApril([{ itemNumber: '6', replacedText: '40 lamps', correctedText: '14 lamps' }]))
      .then(
        {
          type: 'MinutesConfirmed',
          data: { meetingId: MARCH, confirmedBy: source, confirmedOn: '2031-04-08', subjectToCorrections: true },
        },
        {
          type: 'MinuteCorrected',
          data: {
            meetingId: MARCH,
            itemNumber: '6',
            correctedText: '14 lamps',
            replacedText: '40 lamps',
            source,
            correctedOn: '2031-04-08',
          },
        },
      );
  });

  it('replaces only words the minute holds', () => {
    given(...earlier)
      .when(confirmByApril([{ itemNumber: '6', replacedText: '400 lamps', correctedText: '14 lamps' }]))
      .thenFails('REPLACED_WORDS_NOT_IN_MINUTE');
  });

  it("replaces words in a numbered point only where that point holds them, not the minute's other text", () => {
    const withPoints = [
      ...earlier.slice(0, 2),
      event.minuteRecorded(
        '6',
        [
          { label: 'a', text: 'Twelve columns were replaced on the ring road.' },
          { label: 'b', text: 'The works at Eastbrook would end in May.' },
        ],
        ['The Board heard about lamps in Eastbrook and on the ring road.'],
        MARCH,
      ),
    ];
    const confirmPointB = (replacedText: string): MeetingCommand => {
      const command = confirmByApril([]);
      return {
        ...command,
        data: { ...command.data, corrections: [{ itemNumber: '6', point: 'b', replacedText, correctedText: 'June' }] },
      } as MeetingCommand;
    };
    given(...withPoints)
      .when(confirmPointB('May'))
      .then(
        {
          type: 'MinutesConfirmed',
          data: { meetingId: MARCH, confirmedBy: source, confirmedOn: '2031-04-08', subjectToCorrections: true },
        },
        {
          type: 'MinuteCorrected',
          data: {
            meetingId: MARCH,
            itemNumber: '6',
            point: 'b',
            correctedText: 'June',
            replacedText: 'May',
            source,
            correctedOn: '2031-04-08',
          },
        },
      );
    // Words of point (a), and of the paragraph, are not words of point (b).
    given(...withPoints)
      .when(confirmPointB('Twelve columns'))
      .thenFails('REPLACED_WORDS_NOT_IN_MINUTE');
    given(...withPoints)
      .when(confirmPointB('The Board heard'))
      .thenFails('REPLACED_WORDS_NOT_IN_MINUTE');
  });

  it('records an amendment of the attendance list as its own fact, which makes the confirmation one subject to corrections', () => {
    given(...earlier)
      .when(confirmByApril([], ['Councillor Okafor be added to those present']))
      .then(
        {
          type: 'MinutesConfirmed',
          data: { meetingId: MARCH, confirmedBy: source, confirmedOn: '2031-04-08', subjectToCorrections: true },
        },
        {
          type: 'AttendanceCorrected',
          data: { meetingId: MARCH, correctedText: 'Councillor Okafor be added to those present', source, correctedOn: '2031-04-08' },
        },
      );
  });

  it('refuses an empty amendment of the attendance list', () => {
    given(...earlier)
      .when(confirmByApril([], ['  ']))
      .thenFails('BLANK_VALUE');
  });
});

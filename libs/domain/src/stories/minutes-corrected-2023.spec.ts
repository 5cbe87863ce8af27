/**
 * The invented Northshire Safer Communities Board, 29 September 2023, item 2: the minutes of 30 June
 * 2023 "confirmed as a correct record of the meeting, however it was noted with regards to minute
 * 11(iii) that the whole family relationship service would be provided by the Northshire Family
 * Support Trust not the Youth Wellbeing Service". The board, its meetings and their minutes are invented.
 */
import type { MeetingCommand } from '../meeting/meeting.commands';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { ScheduledMeeting } from '../meeting/meeting.state';
import { NSCB } from '../testing/body.fixtures';
import { InMemoryLedger } from '../testing/in-memory-ledger';

const JUNE = 'northshire-scb-2023-06-30';
const SEPTEMBER = 'northshire-scb-2023-09-29';
const originalPoint = 'The whole family relationship service would be provided by the Youth Wellbeing Service.';

function schedule(ledger: InMemoryLedger, meetingId: string, startsAt: string) {
  ledger.execute({
    type: 'ScheduleMeeting',
    data: {
      meetingId,
      bodyId: NSCB,
      startsAt,
      location: { kind: 'online', platform: 'Microsoft Teams' },
      contactOfficer: { name: 'Imogen Fairweather' },
    },
  });
}

function twoMeetings(): InMemoryLedger {
  const ledger = new InMemoryLedger();
  schedule(ledger, JUNE, '2023-06-30T10:00:00+01:00');
  ledger.execute({
    type: 'AddAgendaItem',
    data: { meetingId: JUNE, item: { number: '9', minuteNumber: '11', title: 'Youth Wellbeing Service', kind: 'presentation' } },
  });
  ledger.execute({
    type: 'RecordMinuteText',
    data: {
      meetingId: JUNE,
      itemNumber: '9',
      paragraphs: ['The Board received a presentation regarding the Youth Wellbeing 11-19 Service.'],
      points: [
        { label: 'i', text: 'The website for the Youth Wellbeing Service had gone live.' },
        { label: 'ii', text: 'The Service covered Eastdale as well as Northshire.' },
        { label: 'iii', text: originalPoint },
      ],
      recordedAt: '2023-07-05T09:00:00+01:00',
    },
  });
  schedule(ledger, SEPTEMBER, '2023-09-29T10:00:00+01:00');
  ledger.execute({
    type: 'AddAgendaItem',
    data: { meetingId: SEPTEMBER, item: { number: '2', title: 'Minutes of previous meeting', kind: 'minutes-of-previous-meeting' } },
  });
  return ledger;
}

const correctedText =
  'The whole family relationship service would be provided by the Northshire Family Support Trust, not the Youth Wellbeing Service.';
const confirmWithCorrection: MeetingCommand = {
  type: 'ConfirmPreviousMinutes',
  data: {
    meetingId: SEPTEMBER,
    itemNumber: '2',
    previousMeetingId: JUNE,
    previousMeetingHeldOn: '2023-06-30',
    corrections: [{ itemNumber: '11', point: 'iii', correctedText }],
    recordedAt: '2023-09-29T10:05:00+01:00',
  },
};

describe('Minutes confirmed subject to a correction (29 September 2023, minute 11(iii) of 30 June 2023)', () => {
  it('lands the confirmation and the correction on the June meeting, citing September as the source', () => {
    const ledger = twoMeetings();
    ledger.executeWithEffects(confirmWithCorrection);

    expect(ledger.stream(`meeting-${JUNE}`).slice(-2) as MeetingEvent[]).toEqual([
      {
        type: 'MinutesConfirmed',
        data: {
          meetingId: JUNE,
          confirmedBy: { meetingId: SEPTEMBER, itemNumber: '2' },
          confirmedOn: '2023-09-29',
          subjectToCorrections: true,
        },
      },
      {
        type: 'MinuteCorrected',
        data: {
          meetingId: JUNE,
          itemNumber: '9',
          point: 'iii',
          correctedText,
          source: { meetingId: SEPTEMBER, itemNumber: '2' },
          correctedOn: '2023-09-29',
        },
      },
    ]);
  });

  it('keeps the original minute text; the correction sits beside it', () => {
    const ledger = twoMeetings();
    ledger.executeWithEffects(confirmWithCorrection);
    const june = ledger.stateOf<ScheduledMeeting>(`meeting-${JUNE}`);
    expect(june.minutes['9']!.points[2]!.text).toBe(originalPoint);
    expect(june.corrections).toHaveLength(1);
    expect(june.minutesConfirmedBy).toEqual({ meetingId: SEPTEMBER, itemNumber: '2' });
  });

  it('what the June minute said before the correction was recorded is a prefix of its stream', () => {
    const ledger = twoMeetings();
    const before = ledger.stream(`meeting-${JUNE}`).length;
    ledger.executeWithEffects(confirmWithCorrection);
    const asRecordedBefore = ledger.stream(`meeting-${JUNE}`).slice(0, before);
    expect(asRecordedBefore.some((event) => event.type === 'MinuteCorrected')).toBe(false);
  });
});

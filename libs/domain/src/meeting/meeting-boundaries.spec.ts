/**
 * The edges of the meeting's date and agenda rules, on both sides, for an invented board: minutes
 * are confirmed only by a meeting held on a later day, a meeting closes only after the instant it
 * started, and an item the press and public were excluded for stays on the agenda.
 */
import { RuleViolated } from '../shared/domain-error';
import type { DomainRuleCode } from '../shared/domain-error-codes';
import { specify, type Then } from '../testing/given-when-then';
import type { AgendaItem } from './agenda-item';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { MeetingEvent } from './meeting.events';

const { given } = specify(meetingDecider);

const BOARD = 'test-board';
/** A Tuesday evening meeting in summer time: 18.00 local is 17.00 UTC. */
const MAY = 'test-board-2031-05-13';
const MAY_STARTS = '2031-05-13T18:00:00+01:00';
const LATER_THAT_EVENING = '2031-05-13T20:00:00+01:00';
const NEXT_MORNING = '2031-05-14T09:00:00+01:00';

const agenda: Record<string, AgendaItem> = {
  minutes: { number: '1', title: 'Minutes of the last meeting', kind: 'minutes-of-previous-meeting' },
  lighting: { number: '2', title: 'Footpath lighting', kind: 'report' },
  exclusion: { number: '3', title: 'Exclusion of the press and public', kind: 'exclusion-of-press-and-public' },
  tender: { number: '4', title: 'Lighting tender', kind: 'report' },
  lease: { number: '5', title: 'Depot lease', kind: 'report' },
};

const scheduled = (meetingId = MAY, startsAt = MAY_STARTS): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, bodyId: BOARD, startsAt, location: { kind: 'venue', venue: 'Room 2, Fenwick House' } },
});
const scheduledForTheDay = (meetingId: string, heldOn: string): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, bodyId: BOARD, heldOn },
});
const itemAdded = (item: AgendaItem, meetingId = MAY): MeetingEvent => ({ type: 'AgendaItemAdded', data: { meetingId, item } });
const mayAgenda = (meetingId = MAY, startsAt = MAY_STARTS): MeetingEvent[] => [
  scheduled(meetingId, startsAt),
  ...Object.values(agenda).map((item) => itemAdded(item, meetingId)),
];

/** The refusal is a broken rule of the board's governance, with exactly this code. */
function refusedBy(then: Then<MeetingEvent>, code: DomainRuleCode): void {
  expect(then.thenFails(code)).toBeInstanceOf(RuleViolated);
}

describe('A meeting confirms only the minutes of a meeting held on an earlier day', () => {
  const confirmPrevious = (
    previousMeetingId: string,
    previousMeetingHeldOn: string,
    meetingId = MAY,
    recordedAt = NEXT_MORNING,
  ): MeetingCommand => ({
    type: 'ConfirmPreviousMinutes',
    data: { meetingId, itemNumber: '1', previousMeetingId, previousMeetingHeldOn, corrections: [], recordedAt },
  });
  const confirmed = (previousMeetingId: string, previousMeetingHeldOn: string, meetingId = MAY, heldOn = '2031-05-13'): MeetingEvent => ({
    type: 'PreviousMinutesConfirmed',
    data: { meetingId, bodyId: BOARD, heldOn, itemNumber: '1', previousMeetingId, previousMeetingHeldOn, corrections: [] },
  });

  it('confirms the minutes of a meeting held the day before', () => {
    given(...mayAgenda())
      .when(confirmPrevious('test-board-2031-05-12', '2031-05-12'))
      .then(confirmed('test-board-2031-05-12', '2031-05-12'));
  });

  it('does not confirm the minutes of another meeting held the same day, even one held earlier that day', () => {
    // The second meeting of the day (id suffix -2) cannot confirm the first's minutes: the rule is by day, not by hour.
    const second = 'test-board-2031-05-13-2';
    refusedBy(
      given(...mayAgenda(second, LATER_THAT_EVENING)).when(confirmPrevious(MAY, '2031-05-13', second)),
      'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING',
    );
  });

  it('does not confirm the minutes of a meeting held the day after', () => {
    refusedBy(
      given(...mayAgenda()).when(confirmPrevious('test-board-2031-05-14', '2031-05-14')),
      'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING',
    );
  });

  it('does not confirm its own minutes, whatever earlier day the command gives for them', () => {
    refusedBy(given(...mayAgenda()).when(confirmPrevious(MAY, '2031-05-12')), 'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });

  it('takes its own day as the local day of its start, not the UTC one', () => {
    // 00.30 on 13 May in summer time is still 12 May in UTC: the meeting of the 13th confirms the 12th's minutes.
    given(...mayAgenda(MAY, '2031-05-13T00:30:00+01:00'))
      .when(confirmPrevious('test-board-2031-05-12', '2031-05-12', MAY, '2031-05-13T01:00:00+01:00'))
      .then(confirmed('test-board-2031-05-12', '2031-05-12'));
  });
});

describe("The earlier meeting's minutes are confirmed only by a meeting of a later day", () => {
  const APRIL = 'test-board-2031-04-08';
  const april = [scheduled(APRIL, '2031-04-08T18:00:00+01:00'), itemAdded(agenda.lighting!, APRIL)];
  const confirmBy = (meetingId: string, heldOn: string): MeetingCommand => ({
    type: 'ConfirmMinutes',
    data: { meetingId: APRIL, confirmedBy: { meetingId, itemNumber: '1', bodyId: BOARD, heldOn }, corrections: [] },
  });

  it('is confirmed by a meeting held the next day', () => {
    given(...april)
      .when(confirmBy('test-board-2031-04-09', '2031-04-09'))
      .then({
        type: 'MinutesConfirmed',
        data: {
          meetingId: APRIL,
          confirmedBy: { meetingId: 'test-board-2031-04-09', itemNumber: '1' },
          confirmedOn: '2031-04-09',
          subjectToCorrections: false,
        },
      });
  });

  it('is not confirmed by a second meeting held the same day', () => {
    refusedBy(given(...april).when(confirmBy('test-board-2031-04-08-2', '2031-04-08')), 'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });

  it('is not confirmed by a meeting held the day before', () => {
    refusedBy(given(...april).when(confirmBy('test-board-2031-04-07', '2031-04-07')), 'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });

  it('is not confirmed by itself, whatever later day the command gives', () => {
    refusedBy(given(...april).when(confirmBy(APRIL, '2031-04-09')), 'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });

  it('with only its day known, is confirmed by the next day and not by the same day', () => {
    const dayOnly = [scheduledForTheDay(APRIL, '2031-04-08')];
    given(...dayOnly)
      .when(confirmBy('test-board-2031-04-09', '2031-04-09'))
      .then({
        type: 'MinutesConfirmed',
        data: {
          meetingId: APRIL,
          confirmedBy: { meetingId: 'test-board-2031-04-09', itemNumber: '1' },
          confirmedOn: '2031-04-09',
          subjectToCorrections: false,
        },
      });
    refusedBy(given(...dayOnly).when(confirmBy('test-board-2031-04-08-2', '2031-04-08')), 'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING');
  });
});

describe('A meeting closes only after the instant it started', () => {
  const close = (endedAt: string, meetingId = MAY, recordedAt = NEXT_MORNING): MeetingCommand => ({
    type: 'CloseMeeting',
    data: { meetingId, endedAt, recordedAt },
  });
  const closed = (endedAt: string, meetingId = MAY): MeetingEvent => ({ type: 'MeetingClosed', data: { meetingId, endedAt } });

  it('does not close at the very instant it started', () => {
    refusedBy(given(scheduled()).when(close(MAY_STARTS)), 'MEETING_ENDS_BEFORE_IT_STARTS');
  });

  it('does not close at its start written in another offset (17.00 UTC is 18.00 summer time)', () => {
    refusedBy(given(scheduled()).when(close('2031-05-13T17:00:00Z')), 'MEETING_ENDS_BEFORE_IT_STARTS');
  });

  it('does not close a millisecond, or a minute, before it started', () => {
    refusedBy(given(scheduled()).when(close('2031-05-13T17:59:59.999+01:00')), 'MEETING_ENDS_BEFORE_IT_STARTS');
    refusedBy(given(scheduled()).when(close('2031-05-13T17:59:00+01:00')), 'MEETING_ENDS_BEFORE_IT_STARTS');
  });

  it('closes a millisecond after it started', () => {
    given(scheduled()).when(close('2031-05-13T18:00:00.001+01:00')).then(closed('2031-05-13T18:00:00.001+01:00'));
  });

  it('closes a minute after it started', () => {
    given(scheduled()).when(close('2031-05-13T18:01:00+01:00')).then(closed('2031-05-13T18:01:00+01:00'));
  });

  it('compares instants, not the written times: 17.30 UTC is half an hour after an 18.00 summer-time start', () => {
    given(scheduled()).when(close('2031-05-13T17:30:00Z')).then(closed('2031-05-13T17:30:00Z'));
  });

  it('with only its day known, closes on that day and not the day before', () => {
    const dayOnly = 'test-board-2031-06-10';
    const recordedAt = '2031-06-11T09:00:00+01:00';
    given(scheduledForTheDay(dayOnly, '2031-06-10'))
      .when(close('2031-06-10T00:00:00+01:00', dayOnly, recordedAt))
      .then(closed('2031-06-10T00:00:00+01:00', dayOnly));
    refusedBy(
      given(scheduledForTheDay(dayOnly, '2031-06-10')).when(close('2031-06-09T23:59:00+01:00', dayOnly, recordedAt)),
      'MEETING_ENDS_BEFORE_IT_STARTS',
    );
  });
});

describe('An item the press and public were excluded for stays on the agenda', () => {
  const excluded = (forItemNumbers: string[]): MeetingEvent => ({
    type: 'PressAndPublicExcluded',
    data: { meetingId: MAY, itemNumber: '3', forItemNumbers, legalBasis: 'Section 100A of the Local Government Act 1972', paragraphs: [3] },
  });
  const withdraw = (itemNumber: string): MeetingCommand => ({
    type: 'WithdrawAgendaItem',
    data: { meetingId: MAY, itemNumber, reason: 'Taken at a later meeting' },
  });
  const withdrawn = (itemNumber: string): MeetingEvent => ({
    type: 'AgendaItemWithdrawn',
    data: { meetingId: MAY, itemNumber, reason: 'Taken at a later meeting' },
  });

  it('withdraws an exempt item before anyone was excluded for it', () => {
    given(...mayAgenda())
      .when(withdraw('4'))
      .then(withdrawn('4'));
  });

  it('does not withdraw an item once the press and public were excluded for it', () => {
    refusedBy(given(...mayAgenda(), excluded(['4'])).when(withdraw('4')), 'ITEM_HAS_BUSINESS');
  });

  it('does not withdraw any of several items the exclusion named, not only the first', () => {
    refusedBy(given(...mayAgenda(), excluded(['4', '5'])).when(withdraw('5')), 'ITEM_HAS_BUSINESS');
  });

  it('still withdraws an item the exclusion did not name', () => {
    given(...mayAgenda(), excluded(['4']))
      .when(withdraw('5'))
      .then(withdrawn('5'));
    given(...mayAgenda(), excluded(['4']))
      .when(withdraw('2'))
      .then(withdrawn('2'));
  });

  it('does not withdraw the item under which the press and public were excluded', () => {
    refusedBy(given(...mayAgenda(), excluded(['4'])).when(withdraw('3')), 'ITEM_HAS_BUSINESS');
  });
});

describe('An item with anything recorded under it stays on the agenda', () => {
  const withdraw = (itemNumber: string): MeetingCommand => ({
    type: 'WithdrawAgendaItem',
    data: { meetingId: MAY, itemNumber, reason: 'Taken at a later meeting' },
  });
  const presenters = (presentedBy: string[], unableToAttend: string[] = []): MeetingEvent => ({
    type: 'PresentersRecorded',
    data: {
      meetingId: MAY,
      itemNumber: '2',
      presentedBy: presentedBy.map((name) => ({ name })),
      unableToAttend: unableToAttend.map((name) => ({ name })),
    },
  });

  it('does not withdraw an item someone presented', () => {
    refusedBy(given(...mayAgenda(), presenters(['Ms R. Okafor'])).when(withdraw('2')), 'ITEM_HAS_BUSINESS');
  });

  it('still withdraws an item whose presenter could not attend', () => {
    given(...mayAgenda(), presenters([], ['Ms R. Okafor']))
      .when(withdraw('2'))
      .then({ type: 'AgendaItemWithdrawn', data: { meetingId: MAY, itemNumber: '2', reason: 'Taken at a later meeting' } });
  });

  it('does not withdraw the item under which declarations of interest were made', () => {
    const declared: MeetingEvent = {
      type: 'DeclarationOfInterestMade',
      data: { meetingId: MAY, itemNumber: '1', member: 'Cllr J. Penrose', concerning: 'all-items', nature: 'personal' },
    };
    refusedBy(given(...mayAgenda(), declared).when(withdraw('1')), 'ITEM_HAS_BUSINESS');
  });

  it('does not withdraw the item whose minute attests who chaired, nor the one a chair took over from', () => {
    const chair = (data: { fromItemNumber?: string; itemNumber?: string }): MeetingEvent => ({
      type: 'MeetingChairTaken',
      data: { meetingId: MAY, chair: 'Cllr J. Penrose', ...data },
    });
    refusedBy(given(...mayAgenda(), chair({ itemNumber: '2' })).when(withdraw('2')), 'ITEM_HAS_BUSINESS');
    refusedBy(given(...mayAgenda(), chair({ fromItemNumber: '2' })).when(withdraw('2')), 'ITEM_HAS_BUSINESS');
  });

  it('does not withdraw the item under which earlier minutes were confirmed', () => {
    const confirmed: MeetingEvent = {
      type: 'PreviousMinutesConfirmed',
      data: {
        meetingId: MAY,
        bodyId: BOARD,
        heldOn: '2031-05-13',
        itemNumber: '1',
        previousMeetingId: 'test-board-2031-03-11',
        previousMeetingHeldOn: '2031-03-11',
        corrections: [],
      },
    };
    refusedBy(given(...mayAgenda(), confirmed).when(withdraw('1')), 'ITEM_HAS_BUSINESS');
  });
});

import { specify } from '../testing/given-when-then';
import { DEC_2018, dec2018Scheduled, meetingCommand as command, meetingEvent as event } from '../testing/meeting.fixtures';
import { foldEvents } from '../shared/decider';
import { meetingDecider } from './meeting.decider';
import { agendaItem, type ScheduledMeeting } from './meeting.state';

const { given } = specify(meetingDecider);

describe('The press and public are excluded for exempt items (December 2018, County Lines)', () => {
  const exclusion = {
    type: 'PressAndPublicExcluded' as const,
    data: {
      meetingId: DEC_2018,
      itemNumber: '12',
      forItemNumbers: ['13'],
      legalBasis: 'Section 100A of the Local Government Act 1972',
      paragraphs: [3, 10],
    },
  };

  it('excludes them for the named items, citing paragraphs 3 and 10 of Schedule 12A', () => {
    given(...dec2018Scheduled())
      .when(command.exclude(['13'], [3, 10]))
      .then(exclusion);
  });

  it('marks the items as exempt', () => {
    const meeting = foldEvents(meetingDecider, [...dec2018Scheduled(), exclusion]) as ScheduledMeeting;
    expect(agendaItem(meeting, '13')?.exempt).toEqual({ paragraphs: [3, 10] });
  });

  it('needs at least one paragraph from 1 to 7, describing the exempt information', () => {
    given(...dec2018Scheduled())
      .when(command.exclude(['13'], []))
      .thenFails('EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH');
    given(...dec2018Scheduled())
      .when(command.exclude(['13'], [10]))
      .thenFails('EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH');
  });

  it('cites only paragraphs that Schedule 12A has', () => {
    given(...dec2018Scheduled())
      .when(command.exclude(['13'], [3, 11]))
      .thenFails('UNKNOWN_SCHEDULE_12A_PARAGRAPH');
    given(...dec2018Scheduled())
      .when(command.exclude(['13'], [0]))
      .thenFails('UNKNOWN_SCHEDULE_12A_PARAGRAPH');
  });

  it('excludes them for items on the agenda', () => {
    given(...dec2018Scheduled())
      .when(command.exclude(['99'], [3]))
      .thenFails('ITEM_NOT_ON_AGENDA');
    given(...dec2018Scheduled())
      .when(command.exclude([], [3]))
      .thenFails('ITEM_NOT_ON_AGENDA');
  });

  describe('for business the minutes name but do not record (a page showing only the exclusion)', () => {
    const forTheFollowing = (forItemNumbers: string[], forBusinessAsPrinted?: string) => {
      const excluding = command.exclude(forItemNumbers, [3]);
      return { ...excluding, data: { ...excluding.data, forBusinessAsPrinted } } as typeof excluding;
    };

    it('excludes them for "the following item of business", in the minutes\' words, marking no item exempt', () => {
      given(...dec2018Scheduled())
        .when(forTheFollowing([], '  the following item of business '))
        .then({
          ...exclusion,
          data: { ...exclusion.data, forItemNumbers: [], paragraphs: [3], forBusinessAsPrinted: 'the following item of business' },
        });
      const meeting = foldEvents(meetingDecider, [
        ...dec2018Scheduled(),
        { ...exclusion, data: { ...exclusion.data, forItemNumbers: [], forBusinessAsPrinted: 'the following item of business' } },
      ]) as ScheduledMeeting;
      expect(meeting.items.filter((item) => item.exempt)).toEqual([]);
    });

    it('needs words that say something', () => {
      given(...dec2018Scheduled())
        .when(forTheFollowing([], '  '))
        .thenFails('BLANK_VALUE');
    });

    it('is not given with named items, which are recorded', () => {
      given(...dec2018Scheduled())
        .when(forTheFollowing(['13'], 'the following item of business'))
        .thenFails('ITEM_NOT_ON_AGENDA');
    });
  });

  it('is resolved under the exclusion item', () => {
    given(...dec2018Scheduled())
      .when(command.exclude(['13'], [3], '11'))
      .thenFails('ITEM_KIND_MISMATCH');
  });

  it('cannot exclude anyone from a cancelled meeting', () => {
    given(event.scheduled(), event.cancelled())
      .when(command.exclude(['13'], [3]))
      .thenFails('MEETING_CANCELLED');
  });
});

import { specify } from '../testing/given-when-then';
import {
  dec2018Agenda as agenda,
  dec2018Scheduled,
  item,
  meetingCommand as command,
  meetingEvent as event,
  BEFORE_IT_STARTS,
} from '../testing/meeting.fixtures';
import { meetingDecider } from './meeting.decider';

const { given } = specify(meetingDecider);

describe('The agenda lists numbered items of known kinds', () => {
  it('adds an item with its report, size and presenter', () => {
    given(event.scheduled()).when(command.addItem(agenda.healthAndWellbeing)).then(event.itemAdded(agenda.healthAndWellbeing));
  });

  it('adds an exempt item citing its Schedule 12A paragraphs', () => {
    const exempt = { ...agenda.countyLines, exempt: { paragraphs: [3, 10] } };
    given(event.scheduled()).when(command.addItem(exempt)).then(event.itemAdded(exempt));
  });

  it('refuses an exempt item that cites no paragraph describing exempt information', () => {
    const exempt = { ...agenda.countyLines, exempt: { paragraphs: [10] } };
    given(event.scheduled()).when(command.addItem(exempt)).thenFails('EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH');
  });

  it('keeps item numbers unique within the meeting', () => {
    given(event.scheduled(), event.itemAdded(agenda.introductions))
      .when(command.addItem(item('1', 'Apologies', 'apologies')))
      .thenFails('ITEM_NUMBER_TAKEN');
  });

  it('keeps printed minute numbers unique too', () => {
    given(event.scheduled(), event.itemAdded(agenda.introductions))
      .when(command.addItem(item('1A', 'Apologies', 'apologies', { minuteNumber: '29' })))
      .thenFails('ITEM_NUMBER_TAKEN');
  });

  it('does not reuse the number of a withdrawn item', () => {
    given(event.scheduled(), event.itemAdded(agenda.performance), event.itemWithdrawn('6'))
      .when(command.addItem(item('6', 'Another report', 'report')))
      .thenFails('ITEM_NUMBER_TAKEN');
  });

  it('knows the kinds of item', () => {
    given(event.scheduled())
      .when(command.addItem(item('1', 'Prayers', 'prayers' as never)))
      .thenFails('UNKNOWN_CHOICE');
  });

  it('takes no items on a cancelled meeting', () => {
    given(event.scheduled(), event.cancelled()).when(command.addItem(agenda.introductions)).thenFails('MEETING_CANCELLED');
  });

  it('withdraws an item with a reason', () => {
    given(event.scheduled(), event.itemAdded(agenda.performance))
      .when(command.withdrawItem('6', 'Report not ready'))
      .then(event.itemWithdrawn('6', 'Report not ready'));
  });

  it('withdraws only items on the agenda', () => {
    given(event.scheduled()).when(command.withdrawItem('6')).thenFails('ITEM_NOT_ON_AGENDA');
  });

  it('does not withdraw an item twice', () => {
    given(event.scheduled(), event.itemAdded(agenda.performance), event.itemWithdrawn('6'))
      .when(command.withdrawItem('6'))
      .thenFails('ITEM_WITHDRAWN');
  });

  it('does not withdraw an item that already has its minute', () => {
    given(event.scheduled(), event.itemAdded(agenda.performance), event.minuteRecorded('6'))
      .when(command.withdrawItem('6'))
      .thenFails('ITEM_HAS_BUSINESS');
  });
});

describe('The order of business may be varied at the meeting', () => {
  const allNumbers = Object.values(agenda).map((entry) => entry.number);

  it('records the new order and the reason (a later item taken ahead of an earlier one)', () => {
    const order = [...allNumbers.slice(1), allNumbers[0]!];
    given(...dec2018Scheduled())
      .when(command.varyOrder(order, 'Presenter had to leave early'))
      .then({
        type: 'OrderOfBusinessVaried',
        data: { meetingId: 'northshire-scb-2018-12-10', order, reason: 'Presenter had to leave early' },
      });
  });

  it('names every item exactly once', () => {
    given(...dec2018Scheduled())
      .when(command.varyOrder(allNumbers.slice(1)))
      .thenFails('ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE');
    given(...dec2018Scheduled())
      .when(command.varyOrder([...allNumbers, '1']))
      .thenFails('ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE');
    given(...dec2018Scheduled())
      .when(command.varyOrder([...allNumbers.slice(1), '99']))
      .thenFails('ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE');
  });

  it('leaves out withdrawn items', () => {
    given(...dec2018Scheduled(), event.itemWithdrawn('6'))
      .when(command.varyOrder(allNumbers))
      .thenFails('ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE');
  });

  it('is varied at the meeting, not before it', () => {
    given(...dec2018Scheduled())
      .when(command.varyOrder(allNumbers, 'x', BEFORE_IT_STARTS))
      .thenFails('MEETING_NOT_YET_HELD');
  });

  it('is varied under an item about the order of business when one is named', () => {
    given(...dec2018Scheduled())
      .when({
        type: 'VaryOrderOfBusiness',
        data: {
          meetingId: 'northshire-scb-2018-12-10',
          order: allNumbers,
          reason: 'x',
          itemNumber: '3',
          recordedAt: '2018-12-10T14:00:00Z',
        },
      })
      .thenFails('ITEM_KIND_MISMATCH');
  });
});

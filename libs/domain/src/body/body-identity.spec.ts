import { bodyCommand as command, bodyEvent as event, decidedAt, NSCB, NSCB_NAME } from '../testing/body.fixtures';
import { specify } from '../testing/given-when-then';
import { bodyDecider } from './body.decider';

const { given } = specify(bodyDecider);

describe('A body is established once and renamed by decision', () => {
  it('is established with its name and short name', () => {
    given().when(command.establish()).then(event.established());
  });

  it('cannot be established twice', () => {
    given(event.established()).when(command.establish()).thenFails('AGGREGATE_ALREADY_EXISTS');
  });

  it('takes no other command before it is established', () => {
    const error = given()
      .when(command.rename('X', 'X', '2023-09-29'))
      .thenFails('AGGREGATE_NOT_FOUND');
    expect(error.message).toContain(NSCB);
  });

  it('refuses a blank name', () => {
    given().when(command.establish('  ', 'NSCB')).thenFails('BLANK_VALUE');
  });

  it('is renamed from a date, citing the decision', () => {
    const decision = decidedAt('northshire-scb-2023-09-29', '6', 'a');
    given(event.established())
      .when(command.rename('The Northshire and Eastdale Safer Communities Board', 'NESCB', '2023-09-29', decision))
      .then(event.renamed('The Northshire and Eastdale Safer Communities Board', 'NESCB', '2023-09-29', decision));
  });

  it('refuses a renaming that changes nothing', () => {
    given(event.established())
      .when(command.rename(NSCB_NAME, 'NSCB', '2023-09-29'))
      .thenFails('NAME_UNCHANGED');
  });

  it('refuses a name in force before the name it replaces', () => {
    given(event.established(), event.renamed('Second', 'S2', '2020-01-01'))
      .when(command.rename('Third', 'S3', '2019-12-31'))
      .thenFails('IN_FORCE_DATE_BEFORE_CURRENT_VERSION');
  });

  it('refuses a date that is not a calendar date', () => {
    given(event.established())
      .when(command.rename('Second', 'S2', '2023-02-30'))
      .thenFails('INVALID_DATE');
  });

  it('refuses a decision reference without its item', () => {
    given(event.established())
      .when(command.rename('Second', 'S2', '2023-09-29', { meetingId: 'northshire-scb-2023-09-29', itemNumber: '' }))
      .thenFails('BLANK_VALUE');
  });
});

describe('The schedule of future meetings is agreed by decision', () => {
  const decision = decidedAt('northshire-scb-2015-12-10', '11');

  it('records the agreed start times', () => {
    const times = ['2016-03-17T10:00:00Z', '2016-06-08T10:00:00+01:00'];
    given(event.established())
      .when(command.agreeDates(times, decision))
      .then({ type: 'FutureMeetingDatesAgreed', data: { bodyId: NSCB, startTimes: times, decision } });
  });

  it('needs at least one date', () => {
    given(event.established()).when(command.agreeDates([], decision)).thenFails('NO_MEETING_DATES');
  });

  it('names each date once', () => {
    const time = '2016-03-17T10:00:00Z';
    given(event.established())
      .when(command.agreeDates([time, time], decision))
      .thenFails('DUPLICATE_MEETING_DATES');
  });

  it('needs times with their offset, so the local meeting date is never guessed', () => {
    given(event.established())
      .when(command.agreeDates(['2016-03-17 10:00'], decision))
      .thenFails('INVALID_DATE_TIME');
  });
});

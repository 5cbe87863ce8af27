import { bodyCommand as command, bodyEvent as event } from '../testing/body.fixtures';
import { specify } from '../testing/given-when-then';
import { bodyDecider } from './body.decider';

const { given } = specify(bodyDecider);
const police = ['northshire-police', 'Northshire Police'] as const;

describe('Member organisations are admitted and withdrawn from a date', () => {
  it('admits an organisation from a date', () => {
    given(event.established())
      .when(command.admit(...police, '2015-06-08'))
      .then(event.memberAdmitted(...police, '2015-06-08'));
  });

  it('cannot admit a member twice while its membership is in force', () => {
    given(event.established(), event.memberAdmitted(...police))
      .when(command.admit(...police, '2016-01-01'))
      .thenFails('MEMBER_ALREADY_ADMITTED');
  });

  it('withdraws a current member from a date', () => {
    given(event.established(), event.memberAdmitted(...police, '2015-06-08'))
      .when(command.withdraw(police[0], '2020-04-01'))
      .then(event.memberWithdrawn(police[0], '2020-04-01'));
  });

  it('cannot withdraw an organisation that is not a member', () => {
    given(event.established()).when(command.withdraw(police[0], '2020-04-01')).thenFails('NOT_A_MEMBER');
  });

  it('cannot withdraw an organisation twice', () => {
    given(event.established(), event.memberAdmitted(...police), event.memberWithdrawn(police[0], '2020-04-01'))
      .when(command.withdraw(police[0], '2021-04-01'))
      .thenFails('NOT_A_MEMBER');
  });

  it('cannot end a membership before it began', () => {
    given(event.established(), event.memberAdmitted(...police, '2015-06-08'))
      .when(command.withdraw(police[0], '2015-01-01'))
      .thenFails('WITHDRAWAL_BEFORE_ADMISSION');
  });

  it('readmits a former member once its previous membership has ended', () => {
    given(event.established(), event.memberAdmitted(...police, '2015-06-08'), event.memberWithdrawn(police[0], '2020-04-01'))
      .when(command.admit(...police, '2021-04-01'))
      .then(event.memberAdmitted(...police, '2021-04-01'));
  });

  it('cannot readmit a former member into the time it was already a member', () => {
    given(event.established(), event.memberAdmitted(...police, '2015-06-08'), event.memberWithdrawn(police[0], '2020-04-01'))
      .when(command.admit(...police, '2019-04-01'))
      .thenFails('MEMBERSHIP_PERIODS_OVERLAP');
  });
});

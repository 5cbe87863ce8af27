import { bodyCommand as command, bodyEvent as event, decidedAt } from '../testing/body.fixtures';
import { specify } from '../testing/given-when-then';
import { bodyDecider } from './body.decider';

const { given } = specify(bodyDecider);
const june2019 = decidedAt('northshire-scb-2019-06-14', '1');

describe('Offices are held for a municipal year', () => {
  it('records an election to an office for a term, citing the decision', () => {
    given(event.established())
      .when(command.elect('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14', june2019))
      .then(event.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14', june2019));
  });

  it('records an appointment to an office by virtue of another post', () => {
    given(event.established())
      .when(command.appoint('chair', '2025/26', 'Mr C. Fellgate CC', '2025-05-22', 'Northshire County Council Cabinet'))
      .then(event.appointed('chair', '2025/26', 'Mr C. Fellgate CC', '2025-05-22', 'Northshire County Council Cabinet'));
  });

  it('cannot hold two people in one office for the same term at once', () => {
    given(event.established(), event.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .when(command.elect('chair', '2019/20', 'Someone Else', '2019-09-20'))
      .thenFails('OFFICE_ALREADY_HELD');
  });

  it('elects the same office for the next term', () => {
    given(event.established(), event.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .when(command.elect('chair', '2020/21', 'Mr P. J. Hallowell MBE CC', '2020-06-26'))
      .then(event.elected('chair', '2020/21', 'Mr P. J. Hallowell MBE CC', '2020-06-26'));
  });

  it('elects a successor once the holder has left office', () => {
    given(
      event.established(),
      event.appointed('chair', '2024/25', 'A. Holder', '2024-05-23', 'Cabinet'),
      event.leftOffice('chair', '2024/25', 'A. Holder', '2025-05-22', 'Cabinet portfolio changed'),
    )
      .when(command.appoint('chair', '2024/25', 'Mr C. Fellgate CC', '2025-05-22', 'Cabinet'))
      .then(event.appointed('chair', '2024/25', 'Mr C. Fellgate CC', '2025-05-22', 'Cabinet'));
  });

  it('cannot backdate a successor into the previous holder’s time', () => {
    given(
      event.established(),
      event.appointed('chair', '2024/25', 'A. Holder', '2024-05-23', 'Cabinet'),
      event.leftOffice('chair', '2024/25', 'A. Holder', '2025-05-22', 'Cabinet portfolio changed'),
    )
      .when(command.appoint('chair', '2024/25', 'Mr C. Fellgate CC', '2025-01-01', 'Cabinet'))
      .thenFails('OFFICE_ALREADY_HELD');
  });

  it('leaves an office vacant when nobody is nominated', () => {
    given(event.established())
      .when(command.leaveVacant('deputy-chair', '2019/20', '2019-06-14', 'No nominations were received', june2019))
      .then(event.leftVacant('deputy-chair', '2019/20', '2019-06-14', 'No nominations were received', june2019));
  });

  it('cannot leave an office vacant while someone holds it', () => {
    given(event.established(), event.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .when(command.leaveVacant('chair', '2019/20', '2019-09-20', 'No nominations'))
      .thenFails('OFFICE_ALREADY_HELD');
  });

  it('only the current holder can leave an office', () => {
    given(event.established(), event.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .when(command.recordLeaving('chair', '2019/20', 'Somebody Else', '2019-12-01', 'Resigned'))
      .thenFails('NOT_THE_OFFICEHOLDER');
  });

  it('cannot leave office before taking it', () => {
    given(event.established(), event.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .when(command.recordLeaving('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-01-01', 'Resigned'))
      .thenFails('LEAVING_BEFORE_TAKING_OFFICE');
  });

  it('needs a term written as a municipal year', () => {
    given(event.established())
      .when(command.elect('chair', '2019/21', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .thenFails('INVALID_TERM');
  });

  it('knows only the offices of chair and deputy chair', () => {
    given(event.established())
      .when(command.elect('treasurer' as never, '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'))
      .thenFails('UNKNOWN_CHOICE');
  });
});

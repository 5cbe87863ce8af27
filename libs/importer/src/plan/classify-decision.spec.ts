import { classifyDecision } from './classify-decision';

describe('the kind of a decision, from its wording only', () => {
  it.each([
    ['That the contents of the report be noted.', 'noted'],
    ['That the Board noted the 2015/16 Quarter 2 performance information.', 'noted'],
    ['That the Community Safety Agreement be approved and adopted.', 'approved'],
    ['That the proposed new Terms of Reference be approved, subject to the amendment that …', 'approved-subject-to-amendment'],
    ['That the proposed governance structure be supported.', 'endorsed'],
    ['That the Board endorses that Community Safety Partnerships:\ni. raise awareness', 'endorsed'],
    ['That officers be requested to provide a further report on County Lines for a future meeting of the Board.', 'requested'],
    ['That a further report on youth re-offending be brought to a future meeting of the Board.', 'requested'],
    ['That the Board receive a report at its meeting in June 2016 regarding the service.', 'requested'],
    ['That this agenda item be deferred until the next meeting of the Board.', 'deferred'],
    ['That Cllr. A. Brown be elected Chairman for 2023/24.', 'elected'],
    ['That the next meeting of the Board take place on 22 March 2019 at 10:00am.', 'agreed'],
    ['That the next meeting of the Board takes place on Thursday 25 September 2025 at 10.00am.', 'agreed'],
    ['It was proposed, seconded, and AGREED that Mr X be elected Chairman of the Board for 2019/20.', 'elected'],
    ['It was agreed that the Board would write to the Home Secretary.', 'agreed'],
    ['That the next meeting of the Board has agenda items on demand management and cyber-crime.', 'requested'],
    ['That under Section 100A of the Local Government Act 1972, the public be excluded for the following item of business.', 'agreed'],
    ['That the minutes of the meeting held on 5 September 2025 be confirmed as a correct record and signed by the Chair.', 'approved'],
    ['That the minutes of the meeting held on 10 April 2025 be signed as a correct record.', 'approved'],
    ['That the Panel supports the proposed precept.', 'endorsed'],
    ['That the Commissioner be asked to provide a written report to the June meeting.', 'requested'],
    ['That the Commissioner provide a report on rural crime to the next meeting of the Panel.', 'requested'],
    ['That ordinary meetings be held at 10.30 am on Monday 16 September 2019.', 'agreed'],
    ['The Minutes of the meetings of 5 January and 16 March 2022 were approved with minor amendments.', 'approved-subject-to-amendment'],
    ['approved the commissioning approach set out in section 3 of the report;', 'approved'],
    ['noted the outcome of the consultation;', 'noted'],
    ['approve the Pharmaceutical Needs Assessment for publication;', 'approved'],
    ['It was RESOLVED that meetings of the Full Council be held at 7.30 pm on 20th May and 17th June 2024.', 'agreed'],
    ['That the Community Safety Manager reports back to the Board on enforcement after six months.', 'requested'],
    ['That an action plan for the two priorities be presented to the next meeting of the Partnership.', 'requested'],
  ])('"%s" is %s', (text, kind) => {
    expect(classifyDecision(text)).toMatchObject({ kind });
  });

  it.each([
    ['That the Board continued to monitor performance trends.', 'no wording of a recognised kind of decision'],
    ['That officers be requested to agree a replacement indicator for future use.', 'no wording of a recognised kind of decision'],
    [
      'That accountability for the monitoring of the Strategy be held by the Senior Officer Group.',
      'no wording of a recognised kind of decision',
    ],
    ['That the report be noted and the recommendations be approved.', 'wording of more than one kind of decision (approved, noted)'],
  ])('"%s" is left unclassified', (text, reason) => {
    expect(classifyDecision(text)).toMatchObject({ unclassified: reason });
  });
});

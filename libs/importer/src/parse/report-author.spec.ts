import { reportAuthorIn } from './minute-people';

const passage = (text: string, from = 10) => ({ text, plain: text, lines: { from, to: from } });
const authorOf = (...texts: string[]) => reportAuthorIn(texts.map((text, index) => passage(text, 10 + index)))?.value;

describe("the author of an item's report, as the minute words it", () => {
  it('reads an office, cut where the account of the report begins', () => {
    expect(authorOf('The Panel considered a report of the Head of Neighbourhood Services which set out the year’s figures.')).toBe(
      'the Head of Neighbourhood Services',
    );
    expect(authorOf('Members considered a report by the Chief Fire Officer on the new inspection regime.')).toBe('the Chief Fire Officer');
    expect(
      authorOf(
        'The Board considered a joint report of the Borough Solicitor and the Treasurer, the purpose of which was to seek approval.',
      ),
    ).toBe('the Borough Solicitor and the Treasurer');
  });

  it('reads a person named with their role and organisation', () => {
    expect(
      authorOf('The Board considered a report of Priya Nandra, Youth Justice Manager, Ashcombe Borough Council, regarding knife crime.'),
    ).toBe('Priya Nandra, Youth Justice Manager, Ashcombe Borough Council');
    expect(authorOf('The Board considered a report from Tomasz Wiercinski that updated members on the hub.')).toBe('Tomasz Wiercinski');
  });

  it('gives the line of the paragraph that says so', () => {
    expect(reportAuthorIn([passage('The meeting opened.', 3), passage('The Board considered a report of the Town Planner.', 4)])).toEqual({
      value: 'the Town Planner',
      lines: { from: 4, to: 4 },
    });
  });

  it('reads nothing where the minute names no author, or names what is no person and no office', () => {
    expect(authorOf('The Board considered a report regarding the work of the safeguarding board.')).toBeUndefined();
    expect(authorOf('The Board considered a report, the purpose of which was to update members.')).toBeUndefined();
    expect(authorOf('The Board considered a report that set out the draft plan.')).toBeUndefined();
    expect(authorOf('The Board considered a report of Halden and Marsh Probation Company Limited which gave the figures.')).toBeUndefined();
    expect(authorOf('The Board received a report of the Director of Housing.')).toBeUndefined();
  });
});

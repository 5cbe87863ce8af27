import { ImportPlanError, MinutesFormatError } from '../errors';
import { NUMBERED_PAGE } from '../testing/invented-pages';
import { sampleDocument, sampleText } from '../testing/sample-minutes';
import { planImport } from './plan-import';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportPlanError || error instanceof MinutesFormatError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('planning an import of several documents', () => {
  it("establishes the body under the name given, else the name the minutes' text uses, with initials for its short name", () => {
    const named = planImport([sampleDocument(2018)], { bodyId: 'lscsb', bodyName: 'A Name Given' });
    expect(named.establishBody?.command).toEqual({
      type: 'EstablishBody',
      data: { bodyId: 'lscsb', name: 'A Name Given', shortName: 'ANG' },
    });
    // The 2018 page's title prints the board's present name (…and Rutland…); its text says what it was called then.
    const fromText = planImport([sampleDocument(2018)], { bodyId: 'lscsb' });
    expect(fromText.establishBody?.command.data).toMatchObject({
      name: 'Leicestershire Safer Communities Strategy Board',
      shortName: 'LSCSB',
    });
    expect(fromText.establishBody?.lines).toEqual({ from: 76, to: 76 });
    expect(fromText.notes[0]?.message).toContain('no evidence of its name then');
  });

  it("falls back on the title's name when the text names no body, and says so", () => {
    const plan = planImport([{ name: 'westmere.txt', text: NUMBERED_PAGE }], { bodyId: 'wcsp' });
    expect(plan.establishBody?.command.data).toMatchObject({ name: 'Westmere Community Safety Partnership' });
    expect(plan.notes[0]?.message).toContain('pass --body-name');
  });

  it("plans the five sample pages, the sample data's route and the CLI's alike, under the name of 2015", () => {
    const documents = ([2015, 2018, 2019, 2023, 2025] as const).map(sampleDocument);
    const plan = planImport(documents, { bodyId: 'lscsb', date: '2019-06-14' });
    expect(plan.establishBody?.command.data).toEqual({
      bodyId: 'lscsb',
      name: 'Leicestershire Safer Communities Strategy Board',
      shortName: 'LSCSB',
    });
  });

  it('cannot name a body from pages without a header, and says the body must exist', () => {
    const plan = planImport([sampleDocument(2019)], { bodyId: 'lscsb', date: '2019-06-14' });
    expect(plan.establishBody).toBeUndefined();
    expect(plan.notes[0]?.message).toContain('must already be in the ledger');
  });

  it('refuses a page without a header when no --date is given, naming the document', () => {
    expect(refusal(() => planImport([sampleDocument(2019)], { bodyId: 'lscsb' }))).toEqual({
      code: 'MEETING_DATE_REQUIRED',
      message:
        '2019-06-14-lscsb.txt: line 1: the page has no header with the meeting date: pass --date YYYY-MM-DD to say when the meeting was held',
    });
  });

  it('refuses a malformed document among good ones, so that nothing is recorded', () => {
    expect(refusal(() => planImport([sampleDocument(2015), { name: 'empty.txt', text: '\r\n' }], { bodyId: 'lscsb' }))).toMatchObject({
      code: 'EMPTY_DOCUMENT',
      message: expect.stringMatching(/^empty\.txt: line 1: /),
    });
  });

  it('refuses two documents of the same meeting, bad options, and no documents', () => {
    expect(refusal(() => planImport([sampleDocument(2015), { name: 'copy.txt', text: sampleText(2015) }], { bodyId: 'lscsb' })).code).toBe(
      'SAME_MEETING_TWICE',
    );
    expect(refusal(() => planImport([sampleDocument(2015)], { bodyId: 'LSCSB Board' })).code).toBe('INVALID_OPTION');
    expect(refusal(() => planImport([sampleDocument(2019)], { bodyId: 'lscsb', date: '14/06/2019' })).code).toBe('INVALID_OPTION');
    expect(refusal(() => planImport([], { bodyId: 'lscsb' })).code).toBe('NO_DOCUMENTS');
  });

  it('ignores --date for a page whose header gives the date, and says so', () => {
    const plan = planImport([{ name: 'westmere.txt', text: NUMBERED_PAGE }], { bodyId: 'wcsp', date: '2019-06-14' });
    expect(plan.meetings[0]?.meetingId).toBe('wcsp-2023-03-07');
    expect(plan.meetings[0]?.notes.map((note) => note.message)).toContain(
      "--date 2019-06-14 is ignored: the page's header gives the date 2023-03-07",
    );
  });
});

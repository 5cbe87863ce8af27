import { parseAtomFeed } from 'feedsmith';
import type { DecisionExport } from './decision-export';
import { atomEntryId, atomFeedId, decisionsAtom } from './decisions-atom';

const decision = (overrides: Partial<DecisionExport>): DecisionExport => ({
  citation: 'BHWB 16 May 2024, minute 41(b)',
  meetingDate: '2024-05-16',
  minuteNumber: '41',
  itemTitle: 'Joint Health & Wellbeing Strategy',
  decisionKind: 'APPROVED_SUBJECT_TO_AMENDMENT',
  text: 'That the strategy be approved, subject to <the> changes & "corrections" tabled.\nA second line.',
  decisionId: 'brackwater-hwb-2024-05-16/41/b',
  meetingPage: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150&Ver=4',
  exempt: false,
  ...overrides,
});

const feed = {
  bodyId: 'brackwater-hwb',
  bodyName: 'Brackwater Health & Wellbeing Board',
  bodyRecordedAt: new Date('2024-01-05T09:00:00Z'),
  decisions: [
    { decision: decision({}), recordedAt: new Date('2024-05-16T12:00:00Z') },
    {
      decision: decision({
        citation: 'BHWB 14 March 2024, minute 22',
        decisionId: 'brackwater-hwb-2024-03-14/22/resolution',
        decisionKind: 'NOTED',
        meetingPage: null,
        exempt: true,
        text: 'Noted.\u0007',
      }),
      recordedAt: new Date('2024-06-20T08:30:00Z'),
    },
  ],
};

describe('the decision register as an Atom feed', () => {
  it('parses back as Atom: ids from the stable ids, titles citing the decision, the times recorded, the text as content', () => {
    const parsed = parseAtomFeed(decisionsAtom(feed));
    expect(parsed.id).toBe(atomFeedId('brackwater-hwb'));
    expect(parsed.title).toEqual({ type: 'text', value: 'Brackwater Health & Wellbeing Board: decisions' });
    expect(parsed.updated).toBe('2024-06-20T08:30:00.000Z');
    expect(parsed.authors).toEqual([{ name: 'Brackwater Health & Wellbeing Board' }]);
    expect(parsed.links).toEqual([{ rel: 'self', type: 'application/atom+xml', href: 'decisions.atom' }]);
    expect(parsed.entries).toEqual([
      {
        id: atomEntryId('brackwater-hwb-2024-05-16/41/b'),
        title: { type: 'text', value: 'BHWB 16 May 2024, minute 41(b): Joint Health & Wellbeing Strategy (approved subject to amendment)' },
        updated: '2024-05-16T12:00:00.000Z',
        links: [{ rel: 'alternate', href: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150&Ver=4' }],
        categories: [{ term: 'APPROVED_SUBJECT_TO_AMENDMENT', label: 'approved subject to amendment' }],
        content: { type: 'text', value: 'That the strategy be approved, subject to <the> changes & "corrections" tabled.\nA second line.' },
      },
      {
        id: atomEntryId('brackwater-hwb-2024-03-14/22/resolution'),
        title: { type: 'text', value: 'BHWB 14 March 2024, minute 22: Joint Health & Wellbeing Strategy (noted)' },
        updated: '2024-06-20T08:30:00.000Z',
        categories: [
          { term: 'NOTED', label: 'noted' },
          { term: 'EXEMPT', label: 'exempt business, not for publication' },
        ],
        // XML cannot carry the bell character at all: it is left out rather than spoil the feed.
        content: { type: 'text', value: 'Noted.' },
      },
    ]);
  });

  it('gives each decision an id of its own that stays the same, as a urn:uuid', () => {
    expect(atomEntryId('brackwater-hwb-2024-05-16/41/b')).toBe(atomEntryId('brackwater-hwb-2024-05-16/41/b'));
    expect(atomEntryId('brackwater-hwb-2024-05-16/41/b')).not.toBe(atomEntryId('brackwater-hwb-2024-05-16/41/c'));
    expect(atomEntryId('brackwater-hwb-2024-05-16/41/b')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('is dated when the body was recorded while it has no entries', () => {
    const parsed = parseAtomFeed(decisionsAtom({ ...feed, decisions: [] }));
    expect(parsed.updated).toBe('2024-01-05T09:00:00.000Z');
    expect(parsed.entries).toBeUndefined();
  });
});

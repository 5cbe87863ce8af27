/**
 * The invented Northshire Safer Communities Board, 29 September 2023, item 6 ("Eastdale District
 * Council membership of the Northshire Safer Communities Board"): RESOLVED (a) that Eastdale District
 * Council's membership be approved and the Board renamed; (b) that the new Terms of Reference be
 * approved subject to two amendments. The board, its members, its clauses and its resolutions are invented.
 */
import type { BodyEvent } from '../body/body.events';
import { currentMembershipOf, currentName, termsOfReferenceInForce, type EstablishedBody } from '../body/body.state';
import type { Clause } from '../body/terms-of-reference';
import { commandsForResolution } from '../effects/follow-on-commands';
import type { ResolutionPassed } from '../meeting/meeting.events';
import type { ResolutionPart } from '../meeting/resolution';
import { bodyCommand, bodyEvent, NESCB_NAME, NSCB, tor2015 } from '../testing/body.fixtures';
import { InMemoryLedger } from '../testing/in-memory-ledger';

const MEETING = 'northshire-scb-2023-09-29';
const EASTDALE = 'eastdale-district-council';

const appendix1: Clause[] = [
  { id: '1', heading: 'Purpose', text: 'The Board provides strategic leadership for community safety in Northshire and Eastdale.' },
  {
    id: '3.5',
    heading: 'Eastdale representative',
    text: 'Eastdale District Council is represented by the Cabinet Lead Member for Community Safety.',
  },
  {
    id: '3.6',
    heading: 'Eastdale substitute',
    text: 'The Eastdale representative may be substituted by another elected member from that Authority.',
  },
  { id: '5', heading: 'Meetings', text: 'The Board meets quarterly.' },
];

const item6: ResolutionPart[] = [
  {
    label: 'a',
    kind: 'approved',
    text: "That Eastdale District Council's membership of the Board be approved and the name of the Board be amended to 'The Northshire and Eastdale Safer Communities Board';",
    effects: [
      { kind: 'admit-member-organisation', organisationId: EASTDALE, organisationName: 'Eastdale District Council' },
      { kind: 'rename-body', name: NESCB_NAME, shortName: 'NESCB' },
    ],
  },
  {
    label: 'b',
    kind: 'approved-subject-to-amendment',
    text: 'That the proposed new Terms of Reference as set out in Appendix 1 be approved, subject to the amendment that the Eastdale representative on the Board be referred to as “the Eastdale District Council Cabinet member with responsibility for Community Safety”, and the amendment that the substitute for the Eastdale representative be “another Cabinet member from that Authority”.',
    effects: [
      { kind: 'adopt-terms-of-reference', version: 2, clauses: appendix1 },
      {
        kind: 'amend-terms-of-reference',
        version: 3,
        amendments: [
          {
            change: 'replaced',
            clauseId: '3.5',
            text: 'Eastdale District Council is represented by the Eastdale District Council Cabinet member with responsibility for Community Safety.',
          },
          {
            change: 'replaced',
            clauseId: '3.6',
            text: 'The Eastdale representative may be substituted by another Cabinet member from that Authority.',
          },
        ],
      },
    ],
  },
];

function boardBeforeSeptember2023(): InMemoryLedger {
  const ledger = new InMemoryLedger();
  ledger.execute(bodyCommand.establish());
  ledger.execute(bodyCommand.adoptTor(1, tor2015, '2015-06-08'));
  ledger.execute(bodyCommand.admit('northshire-county-council', 'Northshire County Council', '2015-06-08'));
  ledger.execute({
    type: 'ScheduleMeeting',
    data: {
      meetingId: MEETING,
      bodyId: NSCB,
      startsAt: '2023-09-29T10:00:00+01:00',
      location: { kind: 'online', platform: 'Microsoft Teams' },
      contactOfficer: { name: 'Imogen Fairweather', telephone: '01632 960418' },
    },
  });
  ledger.execute({
    type: 'AddAgendaItem',
    data: {
      meetingId: MEETING,
      item: {
        number: '6',
        title: 'Eastdale District Council membership of the Northshire Safer Communities Board',
        kind: 'report',
        report: { title: 'Eastdale District Council membership', sizeKb: 175 },
        presenter: { name: 'Priya Halden', role: 'Community Safety Coordinator, Northshire County Council' },
      },
    },
  });
  return ledger;
}

const passItem6 = {
  type: 'PassResolution',
  data: { meetingId: MEETING, itemNumber: '6', parts: item6, recordedAt: '2023-10-02T09:00:00+01:00' },
} as const;

describe('Eastdale joins the board, which is renamed and takes new terms of reference (29 September 2023)', () => {
  it('records the resolution of item 6 with its typed effects', () => {
    const ledger = boardBeforeSeptember2023();
    const [passed] = ledger.execute(passItem6);
    expect(passed).toEqual({
      type: 'ResolutionPassed',
      data: { meetingId: MEETING, bodyId: NSCB, heldOn: '2023-09-29', itemNumber: '6', parts: item6 },
    });
  });

  it('turns the effects into commands on the body, each citing its resolution part, the same on every replay', () => {
    const passed = {
      meetingId: MEETING,
      bodyId: NSCB,
      heldOn: '2023-09-29',
      itemNumber: '6',
      parts: item6,
    } satisfies ResolutionPassed['data'];
    const commands = commandsForResolution(passed);
    expect(commands.map(({ commandKey, command }) => [commandKey, command.type])).toEqual([
      ['northshire-scb-2023-09-29:6:a:1', 'AdmitMemberOrganisation'],
      ['northshire-scb-2023-09-29:6:a:2', 'RenameBody'],
      ['northshire-scb-2023-09-29:6:b:1', 'AdoptTermsOfReference'],
      ['northshire-scb-2023-09-29:6:b:2', 'AmendTermsOfReference'],
    ]);
    expect(commandsForResolution(structuredClone(passed))).toEqual(commands);
  });

  it('leaves the body with Eastdale a member, the new name, and version 3 of the terms of reference, all from 29 September 2023', () => {
    const ledger = boardBeforeSeptember2023();
    ledger.executeWithEffects(passItem6);

    const partA = { meetingId: MEETING, itemNumber: '6', part: 'a' };
    const partB = { meetingId: MEETING, itemNumber: '6', part: 'b' };
    const bodyStream = ledger.stream('body-northshire-scb') as BodyEvent[];
    expect(bodyStream.slice(-4).map((event) => event.type)).toEqual([
      'MemberOrganisationAdmitted',
      'BodyRenamed',
      'TermsOfReferenceAdopted',
      'TermsOfReferenceAmended',
    ]);

    const body = ledger.stateOf<EstablishedBody>('body-northshire-scb');
    expect(currentMembershipOf(body, EASTDALE)).toEqual({ from: '2023-09-29', admittedBy: partA });
    expect(currentName(body)).toEqual({ name: NESCB_NAME, shortName: 'NESCB', inForceFrom: '2023-09-29', decision: partA });

    const inForce = termsOfReferenceInForce(body)!;
    expect(inForce).toMatchObject({ version: 3, inForceFrom: '2023-09-29', decision: partB });
    expect(inForce.clauses.find((c) => c.id === '3.5')?.text).toContain(
      'the Eastdale District Council Cabinet member with responsibility for Community Safety',
    );
    expect(inForce.clauses.find((c) => c.id === '3.6')?.text).toContain('another Cabinet member from that Authority');
    expect(inForce.amendments?.map((a) => a.change === 'replaced' && a.clauseId)).toEqual(['3.5', '3.6']);

    // Appendix 1 as proposed stays on record as version 2, so the amendments can be diffed clause by clause.
    expect(body.termsOfReference[1]!.clauses.find((c) => c.id === '3.5')?.text).toContain('the Cabinet Lead Member for Community Safety');
  });

  it('would refuse to admit Eastdale a second time while its membership is in force', () => {
    const ledger = boardBeforeSeptember2023();
    ledger.executeWithEffects(passItem6);
    expect(() => ledger.execute(bodyCommand.admit(EASTDALE, 'Eastdale District Council', '2024-01-01'))).toThrow(
      expect.objectContaining({ code: 'MEMBER_ALREADY_ADMITTED' }),
    );
  });

  it('would refuse the amendment if it named a clause Appendix 1 does not have', () => {
    const ledger = boardBeforeSeptember2023();
    ledger.executeWithEffects({ ...passItem6, data: { ...passItem6.data, parts: [item6[0]!] } });
    const history = ledger.stream('body-northshire-scb') as BodyEvent[];
    expect(history.at(-1)).toEqual(
      bodyEvent.renamed(NESCB_NAME, 'NESCB', '2023-09-29', { meetingId: MEETING, itemNumber: '6', part: 'a' }),
    );
    ledger.execute(bodyCommand.adoptTor(2, appendix1, '2023-09-29'));
    expect(() => ledger.execute(bodyCommand.amendTor(3, [{ change: 'replaced', clauseId: '4.2', text: 'x' }], '2023-09-29'))).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CLAUSE' }),
    );
  });
});

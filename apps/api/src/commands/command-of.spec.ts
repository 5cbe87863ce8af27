import { plainToInstance } from 'class-transformer';
import { AmendTermsOfReferenceInput } from '../body/amend-terms-of-reference.input';
import { toClauseAmendment } from '../body/to-clause-amendment';
import { commandOf } from './command-of';

describe('building a domain command from an input', () => {
  it('passes a matching input through without its absent fields', () => {
    const input = { bodyId: 'northshire-scb', name: 'Board', shortName: 'NSCB', establishedOn: null as unknown as undefined };
    expect(commandOf('EstablishBody', input)).toEqual({
      type: 'EstablishBody',
      data: { bodyId: 'northshire-scb', name: 'Board', shortName: 'NSCB' },
    });
  });

  it('maps after stripping, so a null the mapping gives a meaning to stays', () => {
    const clause = { id: '0', heading: 'Name', text: 'The Board is the NESCB.' };
    const input = plainToInstance(AmendTermsOfReferenceInput, {
      bodyId: 'nescb',
      version: 2,
      inForceFrom: '2023-09-29',
      decision: { meetingId: 'northshire-scb-2023-09-29', itemNumber: '6', part: null },
      amendments: [{ insert: { clause, afterClauseId: null }, remove: null }],
    });
    const command = commandOf('AmendTermsOfReference', input, (amend) => ({
      ...amend,
      amendments: amend.amendments.map(toClauseAmendment),
    }));
    expect(command).toEqual({
      type: 'AmendTermsOfReference',
      data: {
        bodyId: 'nescb',
        version: 2,
        inForceFrom: '2023-09-29',
        decision: { meetingId: 'northshire-scb-2023-09-29', itemNumber: '6' },
        amendments: [{ change: 'inserted', clause, afterClauseId: null }],
      },
    });
  });
});

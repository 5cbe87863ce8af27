import { plainToInstance } from 'class-transformer';
import { ResolutionPartInput } from './resolution-part.input';
import { toResolutionPart } from './to-resolution-part';

const part = (input: object) => toResolutionPart(plainToInstance(ResolutionPartInput, input));

describe('resolution part input to the domain', () => {
  it('gives a part without effects an empty list, as the domain expects', () => {
    expect(part({ kind: 'noted', text: 'That the report be noted.', label: null })).toEqual({
      kind: 'noted',
      text: 'That the report be noted.',
      effects: [],
    });
    expect(part({ label: 'a', kind: 'noted', text: 'Noted.', effects: null })).toEqual({
      label: 'a',
      kind: 'noted',
      text: 'Noted.',
      effects: [],
    });
  });

  it('maps each effect, keeping the null that puts an inserted clause first', () => {
    const clause = { id: '0', heading: 'Name', text: 'The Board is the NESCB.' };
    expect(
      part({
        label: 'b',
        kind: 'approved',
        text: 'That the amended terms of reference be approved.',
        effects: [{ amendTermsOfReference: { version: 2, inForceFrom: null, amendments: [{ insert: { clause, afterClauseId: null } }] } }],
      }),
    ).toEqual({
      label: 'b',
      kind: 'approved',
      text: 'That the amended terms of reference be approved.',
      effects: [{ kind: 'amend-terms-of-reference', version: 2, amendments: [{ change: 'inserted', clause, afterClauseId: null }] }],
    });
  });
});

import type { ResolutionPart } from '@ledger/domain';
import { withoutAbsentFields } from '../commands/without-absent-fields';
import { toDecisionEffect } from './effects/to-decision-effect';
import type { ResolutionPartInput } from './resolution-part.input';

/** The domain wants `effects` on every part; a client may leave it out of a part that changes nothing. */
export function toResolutionPart(input: ResolutionPartInput): ResolutionPart {
  const { effects, ...part } = withoutAbsentFields(input);
  return { ...part, effects: (effects ?? []).map(toDecisionEffect) };
}

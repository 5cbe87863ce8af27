import { isOffice } from '../body/office';
import { requireFollowUpDue } from '../follow-up/follow-up-due';
import { InvalidValue, violation } from '../shared/domain-error';
import { requireDate, requireDateTime, requireTerm, requireText, requireTextIfGiven } from '../shared/values';
import { DECISION_EFFECT_KINDS, type DecisionEffect, type DecisionEffectKind } from './decision-effects';
import { romanNumeral } from './meeting-parts';

/** The kinds of decision a lettered part of a resolution records. */
export const DECISION_KINDS = [
  'noted',
  'approved',
  'approved-subject-to-amendment',
  'agreed',
  'endorsed',
  'elected',
  'requested',
  'deferred',
  'unclassified',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface ResolutionPart {
  /** `a`, `b` …, `i`, `ii` … or `1`, `2` … as printed; absent when the resolution has a single unlabelled part. */
  readonly label?: string;
  /** `unclassified` when the wording does not settle the kind: the part is recorded, its kind is not guessed. */
  readonly kind: DecisionKind;
  readonly text: string;
  readonly effects: readonly DecisionEffect[];
  /** The source printed only the start of this part ("… view the full minutes text"): the text is what it showed. */
  readonly truncatedAtSource?: boolean;
}

const EVERYTHING_BUT_DEFERRAL: readonly DecisionEffectKind[] = DECISION_EFFECT_KINDS.filter(
  (kind) => kind !== 'defer-item' && kind !== 'leave-office-vacant',
);

/** Why: noting changes nothing, and only a deferral may push business to a later meeting. */
export const EFFECTS_ALLOWED_BY_DECISION: Readonly<Record<DecisionKind, readonly DecisionEffectKind[]>> = {
  noted: ['fulfil-follow-up'],
  approved: EVERYTHING_BUT_DEFERRAL,
  'approved-subject-to-amendment': EVERYTHING_BUT_DEFERRAL,
  agreed: EVERYTHING_BUT_DEFERRAL,
  endorsed: EVERYTHING_BUT_DEFERRAL,
  elected: ['elect-officeholder', 'fulfil-follow-up'],
  requested: ['request-follow-up', 'raise-action', 'fulfil-follow-up'],
  deferred: ['defer-item', 'leave-office-vacant', 'fulfil-follow-up'],
  // An effect comes only from wording that says what was decided.
  unclassified: [],
};

const EFFECT_REQUIRED_BY_DECISION: Partial<Record<DecisionKind, DecisionEffectKind>> = {
  elected: 'elect-officeholder',
  deferred: 'defer-item',
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The label of the part at `index` (from 0), in the style the first part's label sets: letters
 * (a), (b) …, roman numerals (i), (ii) … or numbers 1, 2 …, as the minutes print them.
 */
export function partLabelAt(index: number, firstLabel: string | undefined): string | undefined {
  if (firstLabel === 'i') return romanNumeral(index + 1);
  if (firstLabel === '1') return String(index + 1);
  return LETTERS[index];
}

export function validateResolutionParts(parts: readonly ResolutionPart[]): void {
  if (!Array.isArray(parts) || parts.length === 0) {
    throw violation('EMPTY_RESOLUTION', 'A resolution needs at least one part');
  }
  const loneUnlettered = parts.length === 1 && parts[0]!.label === undefined;
  parts.forEach((part, index) => {
    const expected = partLabelAt(index, parts[0]!.label);
    if (!loneUnlettered && part.label !== expected) {
      throw violation(
        'RESOLUTION_PARTS_OUT_OF_SEQUENCE',
        `Part ${index + 1} of the resolution should be labelled (${expected}), not (${part.label ?? 'unlabelled'})`,
        { expected, label: part.label },
      );
    }
    validatePart(part, `parts[${index}]`);
  });
}

function validatePart(part: ResolutionPart, field: string): void {
  if (!(DECISION_KINDS as readonly string[]).includes(part.kind)) {
    throw new InvalidValue('UNKNOWN_CHOICE', `${field}.kind`, `"${String(part.kind)}" is not a kind of decision`);
  }
  requireText(`${field}.text`, part.text);
  if (part.truncatedAtSource !== undefined && typeof part.truncatedAtSource !== 'boolean') {
    throw new InvalidValue('UNKNOWN_CHOICE', `${field}.truncatedAtSource`, 'truncatedAtSource is true or false');
  }
  const effects = Array.isArray(part.effects) ? part.effects : [];
  effects.forEach((effect, index) => {
    validateEffect(effect, `${field}.effects[${index}]`);
    if (!EFFECTS_ALLOWED_BY_DECISION[part.kind].includes(effect.kind)) {
      throw violation('EFFECT_NOT_ALLOWED_FOR_DECISION', `A decision that is ${part.kind} cannot have the effect ${effect.kind}`, {
        decision: part.kind,
        effect: effect.kind,
      });
    }
  });
  const required = EFFECT_REQUIRED_BY_DECISION[part.kind];
  if (required && !effects.some((effect) => effect.kind === required)) {
    throw violation('DECISION_NEEDS_EFFECT', `A decision that is ${part.kind} must say what it did with an effect of kind ${required}`, {
      decision: part.kind,
      effect: required,
    });
  }
}

function validateEffect(effect: DecisionEffect, field: string): void {
  const optionalDate = (value: string | undefined) => value === undefined || requireDate(`${field}.inForceFrom`, value);
  switch (effect?.kind) {
    case 'admit-member-organisation':
      requireText(`${field}.organisationId`, effect.organisationId);
      requireText(`${field}.organisationName`, effect.organisationName);
      optionalDate(effect.inForceFrom);
      return;
    case 'withdraw-member-organisation':
      requireText(`${field}.organisationId`, effect.organisationId);
      optionalDate(effect.inForceFrom);
      return;
    case 'rename-body':
      requireText(`${field}.name`, effect.name);
      requireText(`${field}.shortName`, effect.shortName);
      optionalDate(effect.inForceFrom);
      return;
    case 'adopt-terms-of-reference':
    case 'amend-terms-of-reference':
      if (!Number.isInteger(effect.version) || effect.version < 1) {
        throw new InvalidValue('UNKNOWN_CHOICE', `${field}.version`, 'A terms of reference version is a whole number from 1');
      }
      optionalDate(effect.inForceFrom);
      return;
    case 'elect-officeholder':
    case 'leave-office-vacant':
      if (!isOffice(effect.office)) {
        throw new InvalidValue('UNKNOWN_CHOICE', `${field}.office`, `"${String(effect.office)}" is not an office`);
      }
      requireTerm(`${field}.term`, effect.term);
      if (effect.kind === 'elect-officeholder') {
        requireText(`${field}.holder`, effect.holder);
        optionalDate(effect.inForceFrom);
      } else {
        requireText(`${field}.reason`, effect.reason);
      }
      return;
    case 'set-future-meeting-dates':
      (Array.isArray(effect.startTimes) ? effect.startTimes : []).forEach((time, index) =>
        requireDateTime(`${field}.startTimes[${index}]`, time),
      );
      return;
    case 'raise-action':
      requireText(`${field}.owner`, effect.owner);
      requireText(`${field}.description`, effect.description);
      if (effect.dueOn !== undefined) requireDate(`${field}.dueOn`, effect.dueOn);
      return;
    case 'request-follow-up':
      if (!['report', 'presentation', 'agenda-item'].includes(effect.request)) {
        throw new InvalidValue('UNKNOWN_CHOICE', `${field}.request`, `"${String(effect.request)}" is not something a board requests`);
      }
      requireText(`${field}.subject`, effect.subject);
      requireTextIfGiven(`${field}.askedOf`, effect.askedOf);
      requireFollowUpDue(`${field}.due`, effect.due);
      return;
    case 'defer-item':
      requireText(`${field}.subject`, effect.subject);
      requireFollowUpDue(`${field}.due`, effect.due);
      return;
    case 'fulfil-follow-up':
      requireText(`${field}.followUpId`, effect.followUpId);
      return;
    default: {
      const unknown: never = effect;
      const kind = (unknown as { kind?: unknown } | undefined)?.kind;
      throw new InvalidValue('UNKNOWN_CHOICE', `${field}.kind`, `"${String(kind)}" is not a kind of effect`);
    }
  }
}

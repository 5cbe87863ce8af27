import { requireText, requireTextIfGiven } from './values';

/**
 * Where a board decided something: the meeting, the item, and the lettered part of the resolution.
 * Carried by every change of a body that a board decided, so "which resolution made it so?" is data.
 */
export interface DecisionReference {
  readonly meetingId: string;
  readonly itemNumber: string;
  /** The letter of the resolution part, e.g. `b`; absent for an unlettered resolution. */
  readonly part?: string;
}

/** A place in the minutes: an item, and optionally one of its numbered points, e.g. 11(iii). */
export interface MinuteReference {
  readonly meetingId: string;
  readonly itemNumber: string;
  readonly point?: string;
}

/** An agenda item of a particular meeting, e.g. the item that fulfilled a follow-up. */
export interface ItemReference {
  readonly meetingId: string;
  readonly itemNumber: string;
}

export function requireDecisionReference(field: string, reference: DecisionReference): DecisionReference {
  requireText(`${field}.meetingId`, reference?.meetingId);
  requireText(`${field}.itemNumber`, reference?.itemNumber);
  requireTextIfGiven(`${field}.part`, reference.part);
  return reference;
}

export function requireItemReference(field: string, reference: ItemReference): ItemReference {
  requireText(`${field}.meetingId`, reference?.meetingId);
  requireText(`${field}.itemNumber`, reference?.itemNumber);
  return reference;
}

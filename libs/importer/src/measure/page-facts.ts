import type { FollowUpDue } from '@ledger/domain';
import type { MeetingPlan, PlannedEffect } from '../plan/import-plan';

/** A fact of a minutes page in the golden files' vocabulary (libs/importer/golden/README.md). */
export type PageFact = { readonly fact: string } & Readonly<Record<string, unknown>>;

const dueFact = (due: FollowUpDue): unknown => {
  switch (due.kind) {
    case 'next-meeting':
    case 'a-future-meeting':
      return due.kind;
    case 'meeting-in-month':
      return { month: due.month };
    case 'by-date':
      return { date: due.date };
  }
};

function effectFields(effect: PlannedEffect): Record<string, unknown> | undefined {
  if (!effect.effect) return {};
  const recorded = effect.effect;
  switch (recorded.kind) {
    case 'admit-member-organisation':
      return { organisation: recorded.organisationName };
    case 'rename-body':
      return { name: recorded.name };
    case 'elect-officeholder':
      return { office: recorded.office, holder: recorded.holder, term: recorded.term };
    case 'leave-office-vacant':
      return { office: recorded.office, term: recorded.term };
    case 'defer-item':
      return { due: dueFact(recorded.due) };
    case 'request-follow-up':
      return { request: recorded.request, due: dueFact(recorded.due) };
    case 'set-future-meeting-dates':
      return { startTimes: recorded.startTimes.map((time) => time.slice(0, 16)) };
    default:
      return {};
  }
}

/**
 * Every fact a plan states about its page, as the golden files list them. Effects the importer
 * recognised but holds back (terms of reference without their clauses) count as read.
 */
export function factsOfPlan(plan: MeetingPlan): PageFact[] {
  const facts: PageFact[] = [];
  const at = new Map(plan.items.map((item) => [item.number, item.positionOnPage]));
  const { meeting } = plan;
  if (meeting.dateFrom === 'header') facts.push({ fact: 'meeting-date', date: meeting.date });
  if (meeting.startsAt) facts.push({ fact: 'meeting-time', time: meeting.startsAt.slice(11, 16) });
  if (meeting.location) {
    facts.push({
      fact: 'location',
      kind: meeting.location.kind,
      name: meeting.location.kind === 'venue' ? meeting.location.venue : meeting.location.platform,
    });
  }
  if (meeting.contactOfficer) facts.push({ fact: 'contact-officer', name: meeting.contactOfficer.name });

  for (const item of plan.items) {
    const position = item.positionOnPage;
    if (item.titlePrinted) facts.push({ fact: 'item-title', at: position, title: item.title });
    if (item.printedNumber !== undefined) facts.push({ fact: 'minute-number', at: position, number: item.printedNumber });
    if (item.report) facts.push({ fact: 'paper', at: position, sizeKb: item.report.sizeKb });
    if (item.minute.recorded && item.minute.points.length > 0)
      facts.push({ fact: 'minute-points', at: position, count: item.minute.points.length });
    if (item.presenter) facts.push({ fact: 'presenter-listed', at: position, name: item.presenter.name });
    for (const person of item.presentedBy ?? []) facts.push({ fact: 'presented-by', at: position, name: person.name });
    for (const person of item.unableToAttend ?? []) facts.push({ fact: 'unable-to-attend', at: position, name: person.name });
    for (const part of item.resolution?.parts ?? []) {
      if (!part.recorded || part.kind === undefined) continue;
      facts.push({
        fact: 'resolution-part',
        at: position,
        part: part.label ?? null,
        kind: part.kind,
        truncated: part.truncatedAtSource === true,
      });
      for (const effect of part.effects)
        facts.push({ fact: 'effect', at: position, part: part.label ?? null, kind: effect.kind, ...effectFields(effect) });
    }
  }
  for (const declaration of plan.declarations) {
    const concerning = declaration.concerningItemNumber !== undefined ? at.get(declaration.concerningItemNumber) : declaration.concerning;
    facts.push({ fact: 'declaration', member: declaration.member, concerning, nature: declaration.nature });
  }
  if (plan.noDeclarations) facts.push({ fact: 'no-declarations', at: at.get(plan.noDeclarations.itemNumber) });
  for (const confirmation of plan.previousMinutes) {
    facts.push({ fact: 'minutes-confirmed', at: at.get(confirmation.itemNumber), heldOn: confirmation.previousMeetingHeldOn });
    for (const correction of confirmation.corrections) {
      facts.push({
        fact: 'correction',
        heldOn: confirmation.previousMeetingHeldOn,
        minute: correction.itemNumber,
        // The golden files give the point, or the paragraph the correction names, under one name.
        point: correction.point ?? (correction.paragraph !== undefined ? String(correction.paragraph) : null),
      });
    }
    for (const _ of confirmation.attendanceCorrections ?? [])
      facts.push({ fact: 'attendance-correction', heldOn: confirmation.previousMeetingHeldOn });
  }
  for (const exclusion of plan.exclusions) {
    facts.push({
      fact: 'exclusion',
      at: at.get(exclusion.itemNumber),
      forAt: exclusion.forItemNumbers.map((number) => at.get(number)),
      paragraphs: exclusion.paragraphs,
    });
  }
  for (const chair of plan.chairs) facts.push({ fact: 'chair-attested', name: chair.chair, at: at.get(chair.itemNumber) });
  const varied = plan.orderOfBusiness;
  if (varied?.positionOnPage !== undefined) {
    facts.push({ fact: 'order-of-business-varied', at: varied.positionOnPage });
    if (varied.itemNumber === undefined && varied.title) facts.push({ fact: 'item-title', at: varied.positionOnPage, title: varied.title });
  }
  return facts;
}

const RANK =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|County\s+Councillor|Supt|Superintendent|Chief|Detective|Inspector|Insp|Sergeant|Sgt|PC|PCSO|DC|DS|DI|DCI)\.?\s+)+/i;
const POST_NOMINALS = /(?:\s+(?:CC|OBE|MBE|CBE|JP|DL))+$/;

/** Names compared without ranks, honorifics and post-nominals; all text without typographic variants. */
function canonical(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    let text = value
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
    if (key === 'title') text = text.replace(/\.$/, '');
    if (key === 'name' || key === 'member' || key === 'holder')
      text = text.replace(RANK, '').replace(POST_NOMINALS, '').replace(/\.\s*/g, '.').trim();
    return text;
  }
  if (Array.isArray(value)) return value.map((entry) => canonical(entry));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([entryKey, entry]) => [entryKey, canonical(entry, entryKey)]),
    );
  }
  return value;
}

export function factKey(fact: PageFact): string {
  const { lines: _lines, ...rest } = fact as PageFact & { lines?: unknown };
  return JSON.stringify(canonical(rest));
}

export interface FactComparison {
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly missed: readonly string[];
  readonly invented: readonly string[];
}

/** Matches facts one for one, as multisets. */
export function compareFacts(expected: readonly PageFact[], found: readonly PageFact[]): FactComparison {
  const remaining = new Map<string, number>();
  for (const fact of expected) remaining.set(factKey(fact), (remaining.get(factKey(fact)) ?? 0) + 1);
  const invented: string[] = [];
  let matched = 0;
  for (const fact of found) {
    const key = factKey(fact);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched += 1;
    } else invented.push(key);
  }
  const missed = [...remaining.entries()].flatMap(([key, count]) => Array.from({ length: count }, () => key));
  return { expected: expected.length, found: found.length, matched, missed, invented };
}

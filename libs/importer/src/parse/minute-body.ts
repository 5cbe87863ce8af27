import { spanOf, type LineSpan, type Located } from '../text/span';
import { LISTS_AMENDMENTS_BELOW } from './minute-corrections';
import type { MinuteBody, Resolution, ResolutionPartText } from './minutes-document';
import { partLabelAt } from '@ledger/domain';
import { asLetterIfExpected, NUMBERED_PART, opensAsResolution, truncationIn, unitKind, type UnitKind } from './unit-kinds';
import type { Unit } from './units';

export interface MinuteReading {
  readonly minute: MinuteBody;
  readonly resolution?: Resolution;
  readonly chairTaken?: Located<string>;
  readonly truncated?: Located<'minute' | 'resolution'>;
}

/** "1. That …": the first part of a resolution whose label the page dropped, numbered as printed. */
/**
 * "(1) That …", "(1) the annual report as detailed in Appendix 1 to the report be agreed …": a first numbered
 * part in a resolution's words, its "be" bare (not "could be", "to be").
 */
const opensNumbered = (plain: string) => {
  const numbered = NUMBERED_PART.exec(plain);
  if (numbered === null || numbered[1] !== '1') return false;
  const rest = plain.slice(numbered[0].length);
  return opensAsResolution(rest) || (/^the\s/i.test(rest) && BARE_BE_IN_FIRST_CLAUSE.test(rest));
};
const BARE_BE_IN_FIRST_CLAUSE =
  /^[^.;:]*?(?<!\b(?:will|would|should|shall|could|can|may|might|must|to|not|cannot|also)\s)\bbe\s+(?:approved|noted|agreed|received|adopted|endorsed|deferred|confirmed|accepted|supported|ratified)\b/i;
/** A part ending "… to:" introduces points of its own. */
const INTRODUCES_POINTS = /:-?\s*$/;
const BULLETED = /^[\u00b7\u2022\u25aa\u25cf\u25e6-]\s/;
/** "That", "that the Board:": the opening words of a resolution whose parts follow, with no decision of their own. */
const LEAD_IN =
  /^(?:that(?:\s+(?:the\s+)?(?:board|committee|panel|council|cabinet|group|partnership|sub-committee|members|governors))?|the\s+(?:[\w-]+\s+){0,3}?(?:board|committee|panel|council|cabinet|group|partnership|sub-committee|authority)(?:\s+(?:unanimously\s+)?(?:resolved|agreed|decided)(?:\s+(?:that|to))?)?)\s*[:\u2013-]*$/i;
/** "…, Cabinet agreed the following:-": a decision told in the minute, its parts below. */
const AGREED_THE_FOLLOWING =
  /\b(?:cabinet|council|committee|board|panel|partnership|members|sub-committee)\s+(?:unanimously\s+)?(?:agreed|resolved|decided)\s+(?:the\s+following|as\s+follows)\s*:-?\s*$/i;
const DECISION_HEADING = /^decision\s*:$/i;
/** "Members did not resolve to …", "The motion was lost": what went before was proposed, not decided. */
export const NOT_RESOLVED =
  /\b(?:did\s+not\s+resolved?|(?:was|were)\s+not\s+(?:agreed|carried|resolved|passed|put\s+to\s+the\s+vote)|(?:motion|proposal|recommendation|amendment)s?\s+(?:was|were)\s+(?:lost|defeated|withdrawn))\b/i;
/** "The report … was noted.", "The Board noted the priorities …": a noting told in one sentence of its own. */
const NOTED_IN_PROSE =
  /^The\s+(?:(?:[\w'\u2019&-]+\s+){0,8}(?:report|update|work\s+programme|presentation|action\s+log|briefing|plan|strategy|performance\s+information)\b[^.;]{0,200}?\s+(?:was|were)\s+noted|(?:members(?:\s+of\s+the\s+[^.;]{3,80})?|board|committee|panel|council|cabinet|group|partnership|sub-committee)\s+noted\s+the\s+[^.;]{3,200})\.$/i;

function isLabelled(unit: Unit, kind: UnitKind): boolean {
  return kind.kind === 'lettered' || kind.kind === 'point' || NUMBERED_PART.test(unit.leadPlain);
}

/** A paragraph's plain text, as its unit gives it. */
function plainOf(units: readonly Unit[], paragraph: Located<string>): string {
  return units.find((unit) => unit.lines.from === paragraph.lines.from)?.plain ?? paragraph.value;
}

interface PartDraft {
  label?: string;
  texts: string[];
  plains: string[];
  lines: LineSpan;
}

/**
 * Reads a minute: its discussion paragraphs, its numbered points (i), (ii) …, and its resolution,
 * whether the page labels it "RESOLVED:" or (as older pages converted to text do) leaves the
 * label out, so that the resolution is found by its lettered parts and "That …" sentences.
 * `resolutionGap` is the gap in blank lines that marks a dropped label on unlabelled pages.
 */
export function readMinute(
  units: readonly Unit[],
  options: { labelledPage: boolean; resolutionGap: number; decisionRecord?: boolean },
): MinuteReading {
  const paragraphs: Located<string>[] = [];
  const points: Located<{ label: string; text: string }>[] = [];
  const afterResolution: Located<string>[] = [];
  const laterResolutions: Located<string>[] = [];
  const parts: PartDraft[] = [];
  let form: Resolution['form'] | undefined;
  let resolutionLines: LineSpan | undefined;
  let chairTaken: Located<string> | undefined;
  let truncated: Located<'minute' | 'resolution'> | undefined;
  let state: 'discussion' | 'resolution' | 'after' = 'discussion';
  let amendmentsListed = false;
  let underLetteredParagraph = false;

  const hasLabel = units.some((unit) => unitKind(unit).kind === 'resolved-label');
  // A decision record's "Decision:" heading over its account and a "RESOLVED:" below: the heading is no label.
  const isDecisionHeading = (unit: Unit) => DECISION_HEADING.test(unit.plain.trim());
  const decisionHeading = units.findIndex(isDecisionHeading);
  const headingOnly =
    decisionHeading >= 0 &&
    units.slice(decisionHeading + 2).some((unit) => unitKind(unit).kind === 'resolved-label' && !isDecisionHeading(unit)) &&
    unitKind(units[decisionHeading + 1] ?? units[decisionHeading]!).kind !== 'resolved-label'
      ? units[decisionHeading]
      : undefined;
  // "(a) That …": a lettered part opens an unlabelled resolution only in a resolution's words; "(a) performance
  // measuring. …" after "reference was made to:-" is the discussion's.
  const opensLettered = (kind: UnitKind) => kind.kind === 'lettered' && kind.label === 'a' && opensAsResolution(kind.rest.trim());
  const hasUnlabelledParts = units.some((unit) => {
    const kind = unitKind(unit);
    return kind.kind === 'that' || opensLettered(kind) || opensNumbered(unit.leadPlain);
  });

  const startPart = (unit: Unit, label: string | undefined, offset: number) => {
    parts.push({
      ...(label !== undefined && { label }),
      texts: [unit.text.slice(offset)],
      plains: [unit.plain.slice(offset)],
      lines: unit.lines,
    });
    resolutionLines = resolutionLines ? spanOf(resolutionLines, unit.lines) : unit.lines;
  };
  const extendPart = (unit: Unit) => {
    const part = parts[parts.length - 1]!;
    part.texts.push(unit.text);
    part.plains.push(unit.plain);
    part.lines = spanOf(part.lines, unit.lines);
    resolutionLines = spanOf(resolutionLines!, unit.lines);
  };
  // Parts are labelled in the style the first sets: (a), (b) …, (i), (ii) … or 1., 2. …
  const style = () => parts[0]?.label;
  const lettered = () => style() === undefined || !/^(?:i|1)$/.test(style()!);
  const expectedLabel = () =>
    parts.length === 0 || parts[parts.length - 1]!.label !== undefined ? partLabelAt(parts.length, style()) : undefined;
  const expectedLetter = () => (lettered() ? expectedLabel() : undefined);
  /** A part label in another style than letters: "(i)" as the first or the expected roman part, "1." likewise. */
  const otherStyleLabel = (unit: Unit, kind: UnitKind): { label: string; offset: number } | undefined => {
    const expected = parts.length === 0 ? undefined : expectedLabel();
    if (kind.kind === 'point' && (parts.length === 0 ? kind.label === 'i' : !lettered() && kind.label === expected)) {
      return { label: kind.label, offset: kind.restOffset };
    }
    const numbered = NUMBERED_PART.exec(unit.leadPlain);
    if (numbered && (parts.length === 0 ? numbered[1] === '1' : !lettered() && numbered[1] === expected)) {
      return { label: numbered[1]!, offset: numbered[0].length };
    }
    return undefined;
  };

  for (const original of units) {
    if (original === headingOnly) continue;
    let unit = original;
    const cut = truncationIn(unit.text);
    if (cut) {
      truncated = { value: state === 'discussion' && !startsResolution(unit) ? 'minute' : 'resolution', lines: unit.lines };
      unit = {
        ...unit,
        text: cut.kept,
        plain: truncationIn(unit.plain)?.kept ?? cut.kept,
        lead: cut.kept,
        leadPlain: truncationIn(unit.leadPlain)?.kept ?? cut.kept,
      };
      if (unit.text === '') continue;
    }
    const kind = asLetterIfExpected(unitKind(unit), state === 'resolution' ? expectedLetter() : undefined);
    const located = { value: unit.text, lines: unit.lines };

    if (kind.kind === 'chair') {
      chairTaken = { value: kind.chair, lines: unit.lines };
      continue;
    }
    if (state === 'discussion') {
      if (kind.kind === 'resolved-label') {
        state = 'resolution';
        form = 'labelled';
        resolutionLines = unit.lines;
        const restUnit = {
          ...unit,
          text: kind.rest,
          plain: unit.plain.slice(kind.restOffset),
          lead: kind.rest,
          leadPlain: unit.leadPlain.slice(kind.restOffset),
        };
        const rest = unitKind(restUnit);
        const other = otherStyleLabel(restUnit, rest);
        // "RESOLVED – That" over "a) … b) …": the words after the label only lead into the parts below.
        if (kind.rest.trim() === '' || LEAD_IN.test(kind.rest.trim())) continue;
        if (other) startPart(unit, other.label, kind.restOffset + other.offset);
        else
          startPart(
            unit,
            rest.kind === 'lettered' ? rest.label : undefined,
            kind.restOffset + (rest.kind === 'lettered' ? rest.restOffset : 0),
          );
        continue;
      }
      // Lettered paragraphs and "That …" sentences under "… subject to the following amendments" are the
      // amendments, not an unlabelled resolution.
      if (!hasLabel && !amendmentsListed && (opensLettered(kind) || kind.kind === 'that')) {
        state = 'resolution';
        form = 'unlabelled';
        startPart(unit, kind.kind === 'lettered' ? kind.label : undefined, kind.kind === 'lettered' ? kind.restOffset : 0);
        continue;
      }
      // "(i) That the amended terms of reference be approved." with no label above: a resolution's first part.
      if (!hasLabel && !amendmentsListed && kind.kind === 'point' && kind.label === 'i' && opensAsResolution(kind.rest.trim())) {
        state = 'resolution';
        form = 'unlabelled';
        startPart(unit, 'i', kind.restOffset);
        continue;
      }
      // A decision record without its "Decision:" label: "(i) To appoint …", "1. To adopt …" are its parts.
      const infinitivePart = options.decisionRecord && !hasLabel ? otherStyleLabel(unit, kind) : undefined;
      if (infinitivePart && /^To\s+[a-z]+\b/.test(unit.leadPlain.slice(infinitivePart.offset))) {
        state = 'resolution';
        form = 'unlabelled';
        startPart(unit, infinitivePart.label, infinitivePart.offset);
        continue;
      }
      // "…, Cabinet agreed the following:-" over "(i) To appoint …": the decision's parts follow.
      if (!hasLabel && form === undefined && AGREED_THE_FOLLOWING.test(unit.plain)) {
        paragraphs.push(located);
        state = 'resolution';
        form = 'agreed-in-minute';
        continue;
      }
      if (!hasLabel && !amendmentsListed && opensNumbered(unit.leadPlain)) {
        state = 'resolution';
        form = 'unlabelled';
        const numbered = NUMBERED_PART.exec(unit.leadPlain)!;
        startPart(unit, numbered[1], numbered[0].length);
        continue;
      }
      if (!hasLabel && !hasUnlabelledParts && kind.kind === 'agreed-that' && form === undefined) {
        state = 'resolution';
        form = 'agreed-in-minute';
        startPart(unit, undefined, 0);
        continue;
      }
      // "(a) Standard items include reports on:" over "(i) …", "(ii) …": the points are the lettered paragraph's own.
      if (kind.kind === 'point' && !underLetteredParagraph)
        points.push({ value: { label: kind.label, text: kind.rest.trim() }, lines: unit.lines });
      else paragraphs.push(located);
      if (kind.kind !== 'point') underLetteredParagraph = kind.kind === 'lettered' && INTRODUCES_POINTS.test(unit.plain.trim());
      amendmentsListed ||= LISTS_AMENDMENTS_BELOW.test(unit.plain);
      continue;
    }
    if (state === 'resolution') {
      // The paragraph after a bare "RESOLVED:" is the resolution, whatever its first words; "The Board
      // RESOLVED:" under a "Decision:" label only leads into its parts.
      const other = otherStyleLabel(unit, kind);
      // "Decision:" over "RESOLVED:": one label under another.
      if (parts.length === 0 && (LEAD_IN.test(unit.plain.trim()) || (kind.kind === 'resolved-label' && kind.rest.trim() === ''))) continue;
      if (parts.length === 0) {
        if (other) startPart(unit, other.label, other.offset);
        else startPart(unit, kind.kind === 'lettered' ? kind.label : undefined, kind.kind === 'lettered' ? kind.restOffset : 0);
        continue;
      }
      if (other) {
        startPart(unit, other.label, other.offset);
        continue;
      }
      if (kind.kind === 'lettered' && kind.label === expectedLetter()) {
        startPart(unit, kind.label, kind.restOffset);
        continue;
      }
      // "· the terms … be agreed" "· any further changes …": a resolution printed as bullets is one part,
      // as the domain records unlettered resolutions, with every bullet in it.
      if (
        BULLETED.test(parts[parts.length - 1]!.plains[0]!) &&
        BULLETED.test(unit.leadPlain) &&
        parts[parts.length - 1]!.label === undefined
      ) {
        extendPart(unit);
        continue;
      }
      // "(iii) To delegate authority to: (a) … (b) …": the points of a part that introduces them.
      if (INTRODUCES_POINTS.test(parts[parts.length - 1]!.plains[0]!) && isLabelled(unit, kind)) {
        extendPart(unit);
        continue;
      }
      // Two unlettered sentences are one unlettered resolution: the domain letters parts or has just one.
      if (kind.kind === 'that' && parts.length > 0 && parts[parts.length - 1]!.label === undefined) {
        extendPart(unit);
        continue;
      }
      state = 'after';
    }
    // A second resolution in one item: its heading is likely missing; it is kept as text, never attached here.
    if (kind.kind === 'resolved-label') laterResolutions.push(located);
    afterResolution.push(located);
  }

  // "The work programme was noted.": the minute's last paragraph, one sentence, records what the meeting decided.
  const lastParagraph = paragraphs[paragraphs.length - 1];
  if (
    form === undefined &&
    lastParagraph !== undefined &&
    units[units.length - 1] !== undefined &&
    lastParagraph.lines.to === units[units.length - 1]!.lines.to &&
    NOTED_IN_PROSE.test(lastParagraph.value.trim())
  ) {
    paragraphs.pop();
    form = 'agreed-in-minute';
    parts.push({ texts: [lastParagraph.value], plains: [plainOf(units, lastParagraph)], lines: lastParagraph.lines });
    resolutionLines = lastParagraph.lines;
  }

  // "That the public be excluded …" then "Members did not resolve to exclude the public": a proposal, not a decision.
  const notResolved: Located<string>[] = [];
  if (form === 'unlabelled' && [...paragraphs, ...afterResolution].some((paragraph) => NOT_RESOLVED.test(paragraph.value))) {
    for (const part of parts) notResolved.push({ value: part.texts.join('\n').trim(), lines: part.lines });
    parts.length = 0;
    form = undefined;
  }

  const resolutionLike: Located<string>[] = [];
  const last = paragraphs[paragraphs.length - 1];
  const lastUnit = units[units.length - 1];
  if (
    !options.labelledPage &&
    form === undefined &&
    points.length + paragraphs.length >= 2 &&
    last !== undefined &&
    lastUnit !== undefined &&
    last.lines.from === lastUnit.lines.from &&
    lastUnit.gapBefore >= options.resolutionGap
  ) {
    resolutionLike.push(paragraphs.pop()!);
  }

  const allLines = [...paragraphs, ...points, ...afterResolution, ...resolutionLike, ...notResolved].map((entry) => entry.lines);
  const minute: MinuteBody = {
    ...(allLines.length > 0 && { lines: spanOf(allLines[0]!, ...allLines) }),
    paragraphs,
    points,
    afterResolution,
    resolutionLike,
    laterResolutions,
    ...(notResolved.length > 0 && { notResolved }),
  };
  const resolution: Resolution | undefined =
    form !== undefined && parts.length > 0 ? { lines: resolutionLines!, form, parts: withInlineParts(parts.map(toPartText)) } : undefined;
  return {
    minute,
    ...(resolution && { resolution }),
    ...(chairTaken && { chairTaken }),
    ...(truncated && { truncated }),
  };
}

function startsResolution(unit: Unit): boolean {
  const kind = unitKind(unit).kind;
  return kind === 'resolved-label' || kind === 'lettered' || kind === 'that';
}

/**
 * "RESOLVED - (1) That the work programme be approved. (2) That the Commissioner be asked …": parts printed on
 * one line, each after its label, the labels in the sequence the first part's label sets.
 */
function withInlineParts(parts: readonly ResolutionPartText[]): ResolutionPartText[] {
  const first = parts[0]?.label;
  if (first === undefined) return [...parts];
  const read: ResolutionPartText[] = [];
  for (const part of parts) {
    // The plain text maps onto the printed one index for index, so one cut serves both.
    if (part.label !== partLabelAt(read.length, first) || part.text.length !== part.plain.length) {
      read.push(part);
      continue;
    }
    let rest = { text: part.text, plain: part.plain };
    let label = part.label;
    for (;;) {
      const next = partLabelAt(read.length + 1, first);
      const marker = next ? new RegExp(`[.;]\\s+\\(?${next}\\)\\s+(?=That\\s)`).exec(rest.plain) : null;
      if (!marker || !next) break;
      read.push({ ...part, label, text: rest.text.slice(0, marker.index + 1).trim(), plain: rest.plain.slice(0, marker.index + 1).trim() });
      const from = marker.index + marker[0].length;
      rest = { text: rest.text.slice(from), plain: rest.plain.slice(from) };
      label = next;
    }
    read.push({ ...part, label, text: rest.text.trim(), plain: rest.plain.trim() });
  }
  return read;
}

function toPartText(part: PartDraft): ResolutionPartText {
  return {
    lines: part.lines,
    ...(part.label !== undefined && { label: part.label }),
    text: part.texts.join('\n').trim(),
    plain: part.plains.join('\n').trim(),
  };
}

import { withoutFinalFullStop } from '../text/plain-text';
import { sentenceRanges } from '../text/sentences';
import { looksLikeName, nameAfterTitle } from './person-names';
import { withoutBullet } from './units';

/** ModernGov's list of an item's papers, printed between the agenda's text and the minute. */
export const ADDITIONAL_DOCUMENTS = /^additional\s+documents\s*:?$/i;
/** "Appendix A - Financial Plan, item 14. pdf icon PDF 1 MB": a document filed with the item, listed under it. */
export const FILED_DOCUMENT = /,\s*item\s+\d{1,4}[a-z]?\.?\s*(?:pdf\s+icon\s*)?PDF\s+[\d.]+\s*[KM]B\s*$/i;

/**
 * What an agenda says about an item before the meeting: who will present, that an oral update
 * will be given, that papers follow. Written in the future tense, unlike the minute.
 */
const AGENDA_LINE = [
  /\bwill\s+(?:attend\s+(?:the\s+meeting\s+)?to\s+)?(?:present|be\s+presenting|introduce)\b/i,
  /\bwill\s+(?:give|provide|deliver|make|lead)\b.{0,80}\b(?:presentation|update|report|overview|briefing)\b/i,
  /\b(?:presentation|report|update|overview|briefing)\b.{0,40}\bwill\s+be\s+(?:given|presented|provided|delivered|made|circulated)\b/i,
  ADDITIONAL_DOCUMENTS,
  FILED_DOCUMENT,
  // A decision record's fields and its purpose, printed above the decision.
  /^(?:decision\s+maker|decision\s+status|is\s+key\s+decision\??|is\s+subject\s+to\s+call[\s-]?in\??|purpose|wards?\s+affected|reason\s+key)\s*:/i,
  /^appendi(?:x|ces)\b.{0,40}\b(?:attached|to\s+follow)\b/i,
  /\bto\s+follow\.?$/i,
  // "The Commissioner & Chief Officers to be heard.": who the agenda says will speak.
  /^(?:the\s+)?[A-Z][\w&,' -]{2,80}?\s+to\s+be\s+heard\.?$/i,
  /\b(?:is|are)\s+scheduled\s+to\s+(?:take\s+place|be\s+held)\b/i,
  /\bwill\s+meet\s+(?:at|on)\b/i,
  /\b(?:press\s+and\s+)?public\s+(?:are|is)\s+likely\s+to\s+be\s+excluded\b/i,
  /^https?:\/\/\S+$/i,
  // Instructions to the meeting: "The Chairman to report apologies", "To receive the minutes …".
  /^(?:the\s+)?(?:chair(?:man|person)?|vice[\s-]chair(?:man)?|clerk|leader|monitoring\s+officer|(?:[A-Z][\w-]*\s+){0,3}(?:officer|director|manager|secretary))\s+to\s+(?:report|present|introduce|update|announce|move|give)\b/i,
  /^(?:\d{1,2}\.?\s+)?to\s+(?:receive|consider|note|approve|agree|confirm|elect|appoint|review|discuss|highlight|identify|determine|hear|answer|scrutinise|comment|endorse|disclose|declare|resolve)\b/i,
  // What the agenda asks of members or tells readers: "Members are invited to disclose …", "Please see note (a) …".
  /^members\s+are\s+(?:invited|asked|requested|reminded)\s+to\b/i,
  /^please\s+(?:see|note|refer)\b/i,
  /\bclosing\s+(?:date|time|date\/time)\s+for\s+(?:receipt|submission)\b/i,
  // Who presents or wrote the paper, as an agenda prints it: "Presenter: …", "(Report of the Director of Place)".
  /^(?:presenters?|presented\s+by|lead\s+(?:officer|member)|report\s+(?:author|of)|contact\s+officer)\s*:/i,
  /^\((?:report|paper|presentation|update)\s+(?:of|by|from)\b[^)]*\)\.?$/i,
  /^(?:joint\s+)?(?:report|paper|presentation)\s+(?:of|by|from)\s+(?:the\s+)?[^.]{3,100}\.?$/i,
  /^(?:an?\s+)?(?:oral|verbal)\s+(?:update|report)\s+(?:by|from)\s+[^.]{3,100}\.?$/i,
  // "Inspector Rob Hall, Neighbourhood Policing Team, to present.": who will present, as a line of its own.
  /^(?![^.]*\b(?:invited|asked|requested|was|were|had)\b)[A-Z][^.]{2,120}?,?\s+to\s+(?:present|introduce)\.?$/,
];

/** What a title never is: the agenda's instruction ("To confirm …", "(i) To receive …") or its future tense. */
export function isAgendaInstruction(plain: string): boolean {
  const lead = withoutBullet(plain.split('\n')[0]!);
  if (REPORT_BY.test(lead)) return false;
  return isAgendaLine(lead) || isAgendaLine(lead.replace(ENUMERATION, '')) || FUTURE_TENSE.test(lead);
}

/** "The panel will conduct a confirmation hearing …": what the agenda says will happen is no title. */
const FUTURE_TENSE = /^(?:the|this)\s+(?:[\w'\u2019-]+\s+){1,4}will\s+(?!be\s+held\b)[a-z]+\b.{20,}$/i;

/** "(i) ", "(a) ", "2. ": the number of an agenda's instruction. */
const ENUMERATION = /^(?:\(?[ivx]{1,4}\)|\(?[a-h]\)|\d{1,2}\.)\s+/i;

/** "Report from the Chair of the Planning Committee": an author's line, or on an item's page its title. */
const REPORT_BY = /^(?:joint\s+)?(?:report|paper|presentation)\s+(?:of|by|from)\b/i;

export function isAgendaLine(plain: string): boolean {
  const lead = withoutBullet(plain.split('\n')[0]!);
  return lead.length <= 400 && AGENDA_LINE.some((pattern) => pattern.test(lead));
}

/** "The Board considered a report …", "Jane Moore provided an oral update …": how a minute begins. */
const MINUTE_OPENER = [
  /^The\s+(?:Board|Committee|Panel|Partnership|Group|Forum|Sub-Committee|Cabinet|Council|Meeting)\b.{0,80}?\b(?:considered|received|noted|heard|welcomed|was\s+(?:informed|updated|advised|given))\b/i,
  /^[A-Z][^.]{0,80}?\b(?:provided|gave|introduced|presented|delivered)\s+(?:an?|the)\s+(?:(?:brief|short|further|oral|verbal|written)\s+)*(?:update|report|presentation|overview)\b/,
];

export function isMinuteOpener(plain: string): boolean {
  return MINUTE_OPENER.some((pattern) => pattern.test(plain));
}

/** "PDF 175 KB" after a title: the item has a published paper of that size. */
const REPORT_MARKER = /\s*\.?\s*(?:pdf\s+icon\s*)?\bPDF\s+([\d.]+)\s*(KB|MB)\s*$/i;

export function reportMarkerIn(plain: string): { readonly sizeKb: number; readonly at: number } | undefined {
  const match = REPORT_MARKER.exec(plain);
  if (!match) return undefined;
  const size = Number(match[1]);
  if (!Number.isFinite(size) || size <= 0) return undefined;
  return { sizeKb: match[2]!.toUpperCase() === 'MB' ? Math.round(size * 1024) : size, at: match.index };
}

export function titleWithoutMarkers(text: string, plain: string): string {
  const marker = reportMarkerIn(plain);
  const kept = marker ? text.slice(0, marker.at) : text.replace(/\s*pdf icon\s*$/i, '');
  return withoutFinalFullStop(kept.trim());
}

const PRESENTER_PHRASES = [
  /^(?:the|this)\s+(?:report|item|update|paper)\s+will\s+be\s+(?:presented|introduced|given)\s+by\s+(.+)$/i,
  /^an?\s+(?:oral|verbal|written)\s+(?:update|report)\s+will\s+be\s+(?:provided|given|presented)\s+by\s+(.+)$/i,
  /^an?\s+(?:presentation|update|briefing|overview)\s+will\s+be\s+(?:given|provided|delivered|made)\s+by\s+(.+)$/i,
  /^(.+?),?\s+will\s+(?:present|introduce)\s+(?:this|the)\s+(?:report|item|paper)\b/i,
  // "The Police and Crime Commissioner, Alun Pryce, will attend to present his proposal."
  /^(.+?),?\s+will\s+attend\s+(?:the\s+meeting\s+)?to\s+(?:present|introduce)\s+(?:this|the|his|her|their)\s+(?:report|item|paper|proposals?|plan|update)\b/i,
  /^(?:presenter|presented\s+by|presenting\s+officer)\s*:\s*(.+)$/i,
  /^(?:an?\s+)?(?:oral|verbal)\s+(?:update|report)\s+(?:by|from)\s+(.+)$/i,
  /^(.+?),?\s+will\s+(?:give|provide|deliver|make)\s+(?:an?|the)\s+(?:(?:brief|short|oral|verbal|further)\s+)*(?:presentation|update|report|overview|briefing)\b/i,
  // "Dr Helen Achebe, Consultant in Public Health, to present."
  /^(.+?),?\s+to\s+present\.?$/i,
];

/** Who the agenda says will present: a name, then the role after the first comma. */
export function presenterIn(text: string, plain: string): { readonly name: string; readonly role?: string } | undefined {
  const lead = withoutBullet(plain);
  // "Report of the Director of Place. Gareth Pryce, Head of Housing Finance, will present the report.": a sentence at a time.
  for (const { start, end } of sentenceRanges(lead)) {
    const found = presenterInSentence(text, lead.slice(start, end).trim(), plain.length - lead.length + start + leadingSpace(lead, start));
    if (found) return found;
  }
  return undefined;
}

const leadingSpace = (text: string, from: number) => /^\s*/.exec(text.slice(from))![0].length;

function presenterInSentence(text: string, lead: string, offset: number): { readonly name: string; readonly role?: string } | undefined {
  for (const phrase of PRESENTER_PHRASES) {
    const match = phrase.exec(lead);
    if (!match) continue;
    const start = offset + match.index + match[0].indexOf(match[1]!);
    let who = text.slice(start, start + match[1]!.length);
    // "… by Sajan Devshi, Officer, OPCC and Claire Trewartha will be introduced as …": only the presenter.
    who = who.replace(/\s+and\s+[A-Z][^,]*?\s+will\s+be\b.*$/, '').replace(/\s+(?:at|during)\s+the\s+meeting\.?$/i, '');
    who = withoutFinalFullStop(who.trim()).replace(/,$/, '').trim();
    if (who === '' || /^(?:the\s+meeting|officers?)$/i.test(who)) return undefined;
    return listedPerson(who);
  }
  return undefined;
}

/**
 * The person an agenda's presenter line names, with their role: "X, Role", "The Office, X", "Chief Fire Officer X".
 * Of two ("X, Role, and Y, Role"), the first: an agenda item lists one presenter.
 */
function listedPerson(who: string): { readonly name: string; readonly role?: string } | undefined {
  const [first] = who.split(/,\s+and\s+(?=(?:the\s+)?[A-Z][^,]*,)/);
  const officeFirst = /^The\s+([^,]+),\s+([^,]+)$/.exec(first!);
  if (officeFirst && looksLikeName(officeFirst[2]!.trim())) return { name: officeFirst[2]!.trim(), role: officeFirst[1]!.trim() };
  const [name, ...role] = first!.split(',');
  const roleText = role.join(',').trim();
  const titled = roleText === '' && !looksLikeName(name!.trim()) ? nameAfterTitle(name!) : undefined;
  if (titled) return titled;
  // "The Commissioner will present this item": an office, not a person the agenda names.
  if (/^the\s/i.test(name!.trim())) return undefined;
  return { name: name!.trim(), ...(roleText !== '' && { role: roleText }) };
}

/** "A copy of the report, marked 'Agenda Item 12', is filed with these minutes"; "(item 6 on the agenda filed with these minutes)". */
const MARKED_AGENDA_ITEM =
  /\bmarked\s*,?\s*['"]?\s*agenda\s+item\s+(\d{1,3})\b|\bitem\s+(\d{1,3})\s+on\s+the\s+agenda\s+filed\s+with\s+(?:these|the)\s+minutes\b/i;

export function citedAgendaNumberIn(plain: string): number | undefined {
  const match = MARKED_AGENDA_ITEM.exec(plain);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

import type { DecisionEffect, DecisionEffectKind, DecisionKind, ItemKind, Office } from '@ledger/domain';
import { isTerm } from '@ledger/domain';
import { CLOCK_TIME, datesIn, londonDateTime, sharedTimeIn, timeFromParts, type LocalTime } from '../text/dates';
import { capitaliseFirst, withoutFinalFullStop } from '../text/plain-text';
import { followUpDueIn } from './follow-up-due';

export interface EffectContext {
  readonly itemKind: ItemKind;
  readonly itemTitle: string;
  /** The item's discussion, for facts the resolution leaves implicit ("no nominations were received"). */
  readonly minuteText: string;
  /** The body's name as the page prints it, when it does: whether a report sent to a named body comes back to this one. */
  readonly bodyName?: string;
}

export interface RecognisedEffect {
  readonly effect: DecisionEffect;
  readonly summary: string;
}

/** An effect the wording shows, which the importer cannot record faithfully. */
export interface HeldBackEffect {
  readonly kind: DecisionEffectKind;
  readonly summary: string;
  readonly reason: string;
}

export interface EffectReading {
  readonly effects: readonly RecognisedEffect[];
  readonly heldBack: readonly HeldBackEffect[];
  /** Why a part whose kind needs an effect cannot be recorded with that kind. */
  readonly problem?: string;
  readonly notes: readonly string[];
}

const BODY = '(?:Board|Committee|Partnership|Panel|Group|Forum)';

/**
 * The effects a decision's wording makes certain. Only set phrases count: a membership "be
 * approved", a name "be amended to '…'", an election "for 2019/20", a report "to a future
 * meeting". Anything less certain is left out and the part is recorded without it.
 */
export function recogniseEffects(kind: DecisionKind, text: string, plain: string, context: EffectContext): EffectReading {
  switch (kind) {
    case 'approved':
    case 'approved-subject-to-amendment':
    case 'agreed':
    case 'endorsed':
      return bodyChanges(kind, text, plain);
    case 'elected':
      return election(text, plain, context);
    case 'deferred':
      return deferral(plain, context);
    case 'requested': {
      const elsewhere = destinationElsewhere(plain, context.bodyName);
      return elsewhere
        ? {
            effects: [],
            heldBack: [],
            notes: [],
            problem: `the report goes to ${elsewhere}, not back to this body, so no follow-up is raised here`,
          }
        : request(plain);
    }
    case 'noted':
    case 'unclassified':
      return { effects: [], heldBack: [], notes: [] };
  }
}

function bodyChanges(kind: DecisionKind, text: string, plain: string): EffectReading {
  const effects: RecognisedEffect[] = [];
  const heldBack: HeldBackEffect[] = [];
  const notes: string[] = [];
  const approvesChange = kind !== 'endorsed';

  const membership =
    new RegExp(
      `^(?:That\\s+)?(?:the\\s+)?(.+?)'s?\\s+membership\\s+of\\s+the\\s+${BODY}\\b[^;]*?\\bbe\\s+(?:approved|agreed)\\b`,
      'i',
    ).exec(plain) ??
    new RegExp(
      `^That\\s+(?:the\\s+)?(.+?)\\s+be\\s+(?:admitted|accepted)\\s+(?:as\\s+)?(?:an?\\s+)?members?\\s+of\\s+the\\s+${BODY}\\b`,
      'i',
    ).exec(plain);
  const admitted = membership ? [withoutFinalFullStop(membership[1]!.trim())] : admissionsIn(plain);
  if (approvesChange) {
    for (const organisationName of admitted) {
      if (organisationName.split(/\s+/).length > 8) continue;
      effects.push({
        effect: { kind: 'admit-member-organisation', organisationId: slug(organisationName), organisationName },
        summary: `admit ${organisationName} as a member`,
      });
    }
  }

  // "the name of the Board be changed to '…'", "to rename the Partnership the '…'", "the change of name of the
  // Partnership to "…" be approved".
  const rename = new RegExp(
    `\\b(?:name\\s+of\\s+the\\s+${BODY}\\s+be\\s+(?:amended|changed|altered)\\s+to\\s+(?:read\\s+)?|rename\\s+the\\s+${BODY}\\s+(?:to\\s+|as\\s+)?(?:the\\s+)?|change\\s+of\\s+(?:the\\s+)?name\\s+of\\s+the\\s+${BODY}\\s+to\\s+(?:the\\s+)?|change\\s+of\\s+the\\s+${BODY}'s\\s+name\\s+to\\s+(?:the\\s+)?|${BODY}'s\\s+name\\s+be\\s+(?:amended|changed|altered)\\s+to\\s+(?:the\\s+)?|${BODY}'s\\s+change\\s+of\\s+name\\s+to\\s+(?:the\\s+)?|the\\s+${BODY}\\s+be\\s+known\\s+as\\s+(?:the\\s+)?)(["'])(.+?)\\1(?=\\s*(?:[;,.]|and\\b|be\\b|with\\b|$))`,
    'id',
  ).exec(plain);
  if (approvesChange && rename) {
    const [nameStart, nameEnd] = rename.indices![2]!;
    const name = text.slice(nameStart, nameEnd).trim();
    const shortName = initialsOf(name);
    effects.push({
      effect: { kind: 'rename-body', name, shortName },
      summary: `rename the body "${name}" (${shortName}, initials of the new name)`,
    });
  }

  // Terms "for submission to the Court", "recommended to Council": another body adopts them, not this one.
  const sentElsewhere =
    /\bfor\s+(?:submission|approval|ratification|adoption|recommendation)\s+(?:to|by|at)\b|\brecommend(?:ed|s)?\s+to\b|\b(?:submitted|referred)\s+to\s+(?:the\s+)?(?:full\s+)?(?:county\s+)?(?:council|court|cabinet|executive)\b/i.test(
      plain,
    );
  if (approvesChange && !sentElsewhere && /\bterms\s+of\s+reference\b/i.test(plain)) {
    const reason =
      'terms of reference are recorded clause by clause with a version number; the minutes give neither the clauses (they are in an appendix to the report) nor the version';
    // "the amendments to the Terms of Reference … be approved", "the amended Terms of Reference": terms in force amended.
    const amended =
      /\bamend(?:ed|ments?\s+to)\s+(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s?\s+|its\s+|their\s+)?terms\s+of\s+reference\b|\bterms\s+of\s+reference\b.{0,120}?\bbe\s+amended\b/i.test(
        plain,
      );
    if (
      !amended &&
      /\bnew\s+terms\s+of\s+reference\b|\bterms\s+of\s+reference\b.{0,120}?\bbe\s+(?:approved|adopted|agreed)\b/i.test(plain)
    ) {
      heldBack.push({ kind: 'adopt-terms-of-reference', summary: 'adopt the terms of reference as proposed', reason });
    }
    // Approving proposed new terms "subject to" changes adopts the changed draft; it amends nothing in force.
    const newTerms = /\b(?:new|proposed|draft)\s+(?:\w+\s+){0,2}terms\s+of\s+reference\b/i.test(plain);
    if (!newTerms && (kind === 'approved-subject-to-amendment' || amended)) {
      heldBack.push({ kind: 'amend-terms-of-reference', summary: 'amend the terms of reference as the resolution says', reason });
    }
  }

  if (kind === 'agreed' && ((/\bmeetings?\b/i.test(plain) && /\btakes?\s+place\b|\bbe\s+held\b/i.test(plain)) || MEETS_AT.test(plain))) {
    const dates = meetingStartTimes(plain);
    if (dates.startTimes.length > 0) {
      effects.push({
        effect: { kind: 'set-future-meeting-dates', startTimes: dates.startTimes },
        summary: `set future meeting dates: ${dates.startTimes.join(', ')}`,
      });
    }
    if (dates.withoutTime > 0) notes.push('some meeting dates are printed without a time, so no meeting dates are recorded');
  }
  return { effects, heldBack, notes };
}

/**
 * "the admission of X as a member of the Board be approved", "To approve the admission of X and the Y as members
 * of the Partnership": the organisations admitted. Several are told apart only where the page does it plainly
 * (commas, "and the"); a name that may itself hold "and" is not split ("Fire and Rescue Service").
 */
function admissionsIn(plain: string): string[] {
  const admission = new RegExp(
    `\\b(?:admission\\s+of\\s+(?:the\\s+)?(.+?)\\s+as\\s+(an?\\s+member(?:\\s+(?:organisation|body|agency|authority))?|members|member\\s+(?:organisations|bodies|agencies))|application\\s+(?:of|from|by)\\s+(?:the\\s+)?(.+?)\\s+for\\s+(membership)|admission\\s+of\\s+(?:the\\s+)?(.+?)\\s+to\\s+(?:the\\s+)?(membership))\\s+of\\s+the\\s+${BODY}\\b`,
    'i',
  ).exec(plain);
  if (!admission) return [];
  // "the application of X for membership of the Partnership be approved": one applicant.
  if (admission[3] !== undefined) return [admission[3].trim()];
  // "the admission of X to membership of the Board": one organisation, as "as a member" names one.
  if (admission[5] !== undefined) return [admission[5].trim()];
  const listed = admission[1]!.trim();
  if (/^an?\s/i.test(admission[2]!)) return [listed];
  const names = listed.split(/\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+/i).map((name) => name.trim());
  if (names.length > 1) return names;
  // One " and " outside brackets between two names, and no other.
  const outside = listed.replace(/\([^)]*\)/g, (inner) => inner.replace(/\band\b/g, '&'));
  const parts = outside.split(/\s+and\s+/);
  return parts.length === 2 ? listed.split(/\s+and\s+(?![^(]*\))/).map((name) => name.trim()) : [];
}

/** "… meet at 10.00 am on 9 March 2026": a time printed before the dates it is for. */
function timeBefore(clause: string): LocalTime | undefined {
  const match = new RegExp(`\\bat\\s+${CLOCK_TIME}\\s+on\\b`, 'i').exec(clause);
  return match ? timeFromParts(match[1]!, match[2], match[3]!) : undefined;
}

function meetingStartTimes(plain: string): { startTimes: string[]; withoutTime: number } {
  const shared = sharedTimeIn(plain);
  // "… be held at 7.00 pm on A, B and C, and that the Annual Meeting be held at 6.00 pm on D": each clause its time.
  const byClause = plain.split(/,?\s+and\s+that\s+|;\s+|,?\s+and\s+(?=at\s+\d)/i).flatMap((clause) => {
    const own = sharedTimeIn(clause) ?? timeBefore(clause) ?? shared;
    return datesIn(clause).map((mention) => ({ date: mention.date, time: mention.time ?? own }));
  });
  const mentions = datesIn(plain);
  // A date whose year is printed only in a later clause is read with the whole text, at the time it shares.
  const timed =
    byClause.length === mentions.length ? byClause : mentions.map((mention) => ({ date: mention.date, time: mention.time ?? shared }));
  const withoutTime = timed.filter((mention) => mention.time === undefined).length;
  if (withoutTime > 0) return { startTimes: [], withoutTime };
  const startTimes = [...new Set(timed.map((mention) => londonDateTime(mention.date, mention.time!)))];
  return { startTimes, withoutTime };
}

/** "That the Committee meet at 2.00 pm on …": the body's own meetings. */
export const MEETS_AT =
  /\b(?:board|committee|panel|partnership|cabinet|council|sub-committee|group|authority|forum)\s+meets?\s+(?:at\s+\d|on\s+(?:[A-Z][a-z]+day,?\s+)?\d|on\s+the\s+following\s+dates)/i;

const OFFICE = '(Vice[\\s-]?Chair(?:man|person)?|Deputy\\s+Chair(?:man|person)?|Chair(?:man|person)?)';

function officeOf(printed: string): Office {
  return /^(?:vice|deputy)/i.test(printed) ? 'deputy-chair' : 'chair';
}

/** "2019/20" or "2019/2020", as a municipal year the domain accepts. */
export function termIn(plain: string): string | undefined {
  // "2019/20", "2019/2020", and the hyphen or dash some councils print ("2024-25").
  for (const match of plain.matchAll(/\b(\d{4})\s*[/\u2013-]\s*(\d{4}|\d{2})\b/g)) {
    const term = `${match[1]}/${match[2]!.slice(-2)}`;
    if (isTerm(term)) return term;
  }
  return undefined;
}

function election(text: string, plain: string, context: EffectContext): EffectReading {
  // "That X be elected Chairman …", "It was AGREED that X be appointed as Vice-Chair …", "That it be noted
  // that X is appointed Chair …", "There being no other nominations, X was appointed Chairman …".
  const elects = `\\s+(?:be|is|was)\\s+(?:duly\\s+|unanimously\\s+)?(?:re-)?(?:elected|appointed|nominated)\\s+(?:unanimously\\s+)?(?:as\\s+)?(?:the\\s+)?${OFFICE}\\b(.*)$`;
  const match =
    // "On the nomination of A, seconded by B, it was RESOLVED that X be elected …": X, after the decision's own words.
    new RegExp(`\\b(?:agreed|resolved),?\\s+that\\s+(.+?)${elects}`, 'isd').exec(plain) ??
    new RegExp(
      `(?:^That\\s+(?:it\\s+be\\s+noted\\s+that\\s+)?|\\bagreed,?\\s+that\\s+|\\bnominations?(?:(?:\\s+\\w+){0,4},|\\s+and)\\s+)(.+?)\\s+(?:be|is|was)\\s+(?:duly\\s+|unanimously\\s+)?(?:re-)?(?:elected|appointed|nominated)\\s+(?:unanimously\\s+)?(?:as\\s+)?(?:the\\s+)?${OFFICE}\\b(.*)$`,
      'isd',
    ).exec(plain) ??
    // "RESOLVED to elect X as Chairperson for 2024/25": the decision in the infinitive.
    new RegExp(`^To\\s+(?:re-)?(?:elect|appoint)\\s+(.+?)\\s+as\\s+(?:the\\s+)?${OFFICE}\\b(.*)$`, 'isd').exec(plain);
  if (!match)
    return { effects: [], heldBack: [], problem: 'it elects someone, but the importer cannot tell who or to which office', notes: [] };
  // "X be appointed Chair of the Audit and Governance Committee": the chair of another body, not this one's.
  const ofAnother =
    /^\s+of\s+(?:the\s+)?([A-Z][\w&'-]*\s+(?:(?:[A-Z][\w&'-]*|and|of|for|&)\s+)*(?:Committee|Board|Panel|Sub-Committee|Group|Forum|Partnership|Authority|Commission))\b/.exec(
      match[3]!,
    );
  if (ofAnother && !namesThisBody(ofAnother[1]!, context.bodyName))
    return { effects: [], heldBack: [], problem: `it names the chair of ${ofAnother[1]}, not of this body`, notes: [] };
  const [holderStart, holderEnd] = match.indices![1]!;
  // "Mrs P. Grainger (Coldharbour Parish Council)": the person, without the body they come from.
  const holder = text
    .slice(holderStart, holderEnd)
    .trim()
    .replace(/\s*\([^()]{2,80}\)$/, '');
  const office = officeOf(match[2]!);
  const term = termIn(match[3]!);
  if (!term) return { effects: [], heldBack: [], problem: 'it elects someone, but does not say for which municipal year', notes: [] };
  return {
    effects: [
      {
        effect: { kind: 'elect-officeholder', office, term, holder },
        summary: `elect ${holder} ${office === 'chair' ? 'Chair' : 'Deputy Chair'} for ${term}`,
      },
    ],
    heldBack: [],
    notes: [],
  };
}

function deferral(plain: string, context: EffectContext): EffectReading {
  const subjectMatch = /^(?:That\s+)?(.+?)\s+be\s+deferred\b/i.exec(plain);
  const printedSubject = subjectMatch?.[1]?.trim() ?? '';
  const termOfElection =
    context.itemKind === 'election-of-officeholder' ? termIn(`${plain} ${context.itemTitle} ${context.minuteText}`) : undefined;
  const refersToThisItem = printedSubject === '' || /^(?:this|the)\s+(?:agenda\s+)?item$/i.test(printedSubject);
  const subject = refersToThisItem
    ? `${context.itemTitle}${termOfElection && !context.itemTitle.includes(termOfElection) ? ` for ${termOfElection}` : ''}`
    : capitaliseFirst(printedSubject);
  const { due, stated } = followUpDueIn(plain);
  const effects: RecognisedEffect[] = [];
  const notes = stated ? [] : ['the deferral does not say to when; recorded as due at a future meeting'];

  const vacancy =
    /\bno\s+(?:nominations|candidates|nominees)\s+(?:were|was|had\s+been)\s+\w+/i.exec(context.minuteText) ??
    // "Nominations were sought for the position of Vice-Chair for 2025/26, but none were received."
    /\bnominations\s+were\s+(?:sought|invited|requested)\b[^]{0,120}?\bnone\s+(?:were|was)\s+(?:received|made|put\s+forward)/i.exec(
      context.minuteText,
    ) ??
    /\bno\s+(?:nominations|candidates|nominees)\s+having\s+been\s+\w+/i.exec(plain);
  // The office the deferred election is for: the one the part names, else the one the title names, if only one.
  const officesIn = (words: string) => [...words.matchAll(new RegExp(`\\b${OFFICE}\\b`, 'gi'))].map((match) => officeOf(match[1]!));
  const named = new Set(officesIn(plain));
  const titled = new Set(officesIn(context.itemTitle));
  const office = named.size === 1 ? [...named][0] : named.size === 0 && titled.size === 1 ? [...titled][0] : undefined;
  if (context.itemKind === 'election-of-officeholder' && vacancy && office && termOfElection) {
    const reason = capitaliseFirst(vacancy[0]);
    const officeName = office;
    effects.push({
      effect: { kind: 'leave-office-vacant', office: officeName, term: termOfElection, reason },
      summary: `leave the office of ${officeName === 'chair' ? 'Chair' : 'Deputy Chair'} for ${termOfElection} vacant (${reason})`,
    });
  }
  effects.push({ effect: { kind: 'defer-item', subject, due }, summary: `defer "${subject}" to ${describeDue(due)}` });
  return { effects, heldBack: [], notes };
}

/** "… be submitted to Council in February", "… be brought to the Overview and Scrutiny Committee": where a report is sent. */
const SENT_TO =
  /\b(?:brought|presented|provided|submitted|reported|referred|sent|considered|made|reports?)\s+(?:back\s+)?(?:to|at)\s+(?:the\s+|a\s+(?:future\s+)?meeting\s+of\s+(?:the\s+)?)?((?:(?:Full|County|City|Borough|District)\s+)?(?:Council|Court(?:\s+of\s+Common\s+Council)?|Cabinet|Executive)|[A-Z][\w&'\u2019-]*(?:\s+(?:and|of|for|&|[A-Z][\w&'\u2019-]*)){0,6}\s+(?:Committee|Board|Panel|Sub-Committee|Commission|Partnership|Authority|Forum|Group))\b/;

/**
 * The body a report is sent to, when the wording names one that is not this body: "Council" from a
 * cabinet's minutes, "the Overview and Scrutiny Committee" from a board's. Where the page does not
 * print this body's name, any named body is taken as another, since the follow-up cannot be placed.
 */
function destinationElsewhere(plain: string, bodyName: string | undefined): string | undefined {
  // "… to present the Annual Report to their own boards": to other bodies, whichever they are.
  const theirOwn = /\bto\s+(?:their|its)\s+own\s+([a-z]+(?:\s+and\s+[a-z]+)?(?:\s+[a-z]+)?)/i.exec(plain);
  if (theirOwn) return `their own ${theirOwn[1]}`;
  const sent = SENT_TO.exec(plain.replace(/\s+/g, ' '));
  if (!sent) return undefined;
  const named = sent[1]!.replace(/^(?:Full|County|City|Borough|District)\s+/i, '');
  return namesThisBody(named, bodyName) ? undefined : `"${named}"`;
}

/** "the Audit Committee" from the Audit and Governance Committee's own minutes: every word of it in this body's name. */
function namesThisBody(named: string, bodyName: string | undefined): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word !== '' && word !== 'and' && word !== 'of' && word !== 'the');
  const ours = new Set(words(bodyName ?? ''));
  return words(named).every((word) => ours.has(word));
}

const REQUEST_SUBJECT: readonly RegExp[] = [
  /\b(?:reports?|presentations?|updates?|summary|briefing)\s+(?:on|regarding|about|concerning|into)\s+(.+?)(?=\s+be\s|\s+for\s+(?:the|a)\s|\s+to\s+(?:the|a)\s|\s+at\s+(?:its|the|a)\s|\s*[.;]?$)/i,
  /\b(?:regarding|concerning|about)\s+(.+?)\s*[.;]?$/i,
  /\bmeeting\s+of\s+the\s+\w+\s+on\s+(.+?)\s*[.;]?$/i,
  /^That\s+(.+?)\s+be\s+(?:brought|presented|provided|submitted|given|made|circulated)\b/i,
];

function request(plain: string): EffectReading {
  const single = plain.replace(/\s+/g, ' ');
  // "… has agenda items on X", "That an item on X be added to the agenda for the March 2025 meeting".
  const agendaItems =
    /\b(?:has|have|include)\s+(?:an?\s+)?agenda\s+items?\s+on\s+(.+?)\s*[.;]?$/i.exec(single) ??
    /\b(?:an?\s+)?item\s+on\s+(.+?)\s+be\s+(?:added|included|placed)\s+(?:to|on)\s+the\s+agenda\b/i.exec(single);
  if (agendaItems) {
    const { due } = followUpDueIn(single);
    const subject = capitaliseFirst(withoutFinalFullStop(agendaItems[1]!.trim()));
    return {
      effects: [
        {
          effect: { kind: 'request-follow-up', request: 'agenda-item', subject, due },
          summary: `request agenda items on "${subject}" for ${describeDue(due)}`,
        },
      ],
      heldBack: [],
      notes: [],
    };
  }
  // "… be asked (or invited) to present the final Strategy to the September 2025 meeting": a presentation.
  const request = /\bpresentation\b|\bbe\s+(?:asked|invited|requested)\s+to\s+present\b/i.test(single)
    ? 'presentation'
    : /\b(?:reports?|updates?|summary|briefing|action\s+plan)\b/i.test(single)
      ? 'report'
      : undefined;
  // "That the final assessment be brought back to the Board in September": the business itself, to come back.
  const broughtBack = /^That\s+(.+?)\s+be\s+(?:brought|presented|submitted)\s+back\s+to\s+(?:the|this)\s/i.exec(single);
  if (!request && broughtBack) {
    const { due, stated } = followUpDueIn(single);
    const subject = capitaliseFirst(broughtBack[1]!.trim());
    return {
      effects: [
        {
          effect: { kind: 'request-follow-up', request: 'agenda-item', subject, due },
          summary: `request agenda items on "${subject}" for ${describeDue(due)}`,
        },
      ],
      heldBack: [],
      notes: stated ? [] : ['the request does not say when; recorded as due at a future meeting'],
    };
  }
  if (!request) {
    return {
      effects: [],
      heldBack: [],
      notes: ['the request is not for a report or presentation to the board, so no follow-up is raised'],
    };
  }
  const subjectMatch = REQUEST_SUBJECT.map((pattern) => pattern.exec(single)).find((match) => match !== null);
  const subject = capitaliseFirst(withoutFinalFullStop((subjectMatch?.[1] ?? single.replace(/^That\s+/i, '')).trim()));
  const askedOf = /^That\s+(officers|the\s+[A-Z][\w\s]{2,40}?|[A-Z][\w\s.]{2,40}?)\s+be\s+requested\b/.exec(single)?.[1];
  const { due, stated } = followUpDueIn(single);
  return {
    effects: [
      {
        effect: { kind: 'request-follow-up', request, subject, ...(askedOf && { askedOf }), due },
        summary: `request a ${request} on "${subject}"${askedOf ? ` from ${askedOf}` : ''} for ${describeDue(due)}`,
      },
    ],
    heldBack: [],
    notes: stated ? [] : ['the request does not say when; recorded as due at a future meeting'],
  };
}

export function describeDue(due: ReturnType<typeof followUpDueIn>['due']): string {
  switch (due.kind) {
    case 'next-meeting':
      return 'the next meeting';
    case 'a-future-meeting':
      return 'a future meeting';
    case 'meeting-in-month':
      return `the meeting in ${due.month}`;
    case 'by-date':
      return `by ${due.date}`;
  }
}

/** "Rutland County Council" → "rutland-county-council". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const NOT_INITIALLED = new Set(['the', 'and', 'of', 'for', 'in', 'on', 'to', '&']);

/** "The Leicestershire and Rutland Safer Communities Strategy Board" → "LRSCSB", as the board writes it. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word !== '' && !NOT_INITIALLED.has(word.toLowerCase()))
    .map((word) => word.replace(/^[^A-Za-z0-9]+/, '')[0]?.toUpperCase() ?? '')
    .join('');
}

import type { DecisionKind } from '@ledger/domain';
import { AGREED_THAT } from '../parse/unit-kinds';
import { MEETS_AT } from './recognise-effects';

export type Classification =
  { readonly kind: DecisionKind; readonly clauseOffset: number } | { readonly unclassified: string; readonly clauseOffset: number };

/**
 * Wording that settles a decision's kind. Each is the set phrase minutes use; a part matching
 * none, or phrases of two kinds, is left unclassified rather than guessed.
 */
/**
 * "subject to the following amendments", "subject to the amendment that …", "subject to minute 9 being amended": the
 * approval changes what was approved. A condition of another kind ("subject to consultation") does not.
 */
const SUBJECT_TO_CHANGES =
  '(?:subject\\s+to\\s*:|subject\\s+to\\s+(?:(?:the|an?|these|those|two|three|minor|following|further|agreed|proposed|said)\\s+)*(?:amendments?|changes?|corrections?|alterations?|modifications?|inclusion|addition|deletion|removal|insertion|wording|amended|(?:minute|item|paragraph|page)\\s+[^.]{0,60}?\\bbeing\\s+(?:amended|changed|corrected|altered))\\b)';

const WORDING: readonly (readonly [DecisionKind, RegExp])[] = [
  ['deferred', /\bbe\s+deferred\b|\bdefer(?:red)?\s+(?:until|to)\b|\bbe\s+adjourned\s+(?:to|until)\b/i],
  [
    'elected',
    /\bbe\s+(?:duly\s+)?(?:re-)?elected\b|\b(?:be|is|was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-)?(?:elected|appointed|nominated)\s+(?:unanimously\s+)?(?:as\s+)?(?:the\s+)?(?:Vice[\s-]?|Deputy\s+)?Chair(?:man|person|woman)?\b/i,
  ],
  [
    'approved-subject-to-amendment',
    new RegExp(
      `\\b(?:be\\s+)?(?:approved|agreed|confirmed|accepted)\\b[^.]*?\\b${SUBJECT_TO_CHANGES}|\\b(?:approved|agreed|confirmed|accepted)\\s+with\\s+(?:minor\\s+|the\\s+following\\s+)?amendments?\\b|\\b${SUBJECT_TO_CHANGES}[^.]*?\\bbe\\s+(?:approved|agreed|confirmed|accepted)\\b`,
      'i',
    ),
  ],
  [
    'approved',
    /\bbe\s+(?:approved|adopted|ratified)\b|\bapproves\b|^(?:That\s+)?approval\s+be\s+given\b|\bbe\s+(?:confirmed|signed)\s+as\s+(?:a\s+)?(?:correct|true|accurate)\s+records?\b/i,
  ],
  ['endorsed', /\bbe\s+(?:endorsed|supported)\b|\bendorses\b|\b(?:board|committee|panel|partnership|cabinet|council)\s+supports\b/i],
  [
    'requested',
    /\bbe\s+(?:requested|asked|invited)\s+to\s+(?:provide|bring|present|submit|produce|prepare|report|give|deliver|update\s+(?:the\s+)?(?:board|committee|panel|partnership|members|cabinet|council|group)\b)\b|\brequests?\s+that\b|\b(?:reports?|updates?|presentations?|summary|briefing|action\s+plan)\b.{0,200}?\bbe\s+(?:brought|presented|provided|submitted|given|made|circulated|reported)\b|\breports?\s+back\s+to\s+(?:the\s+)?(?:board|committee|panel|partnership|authority|group|cabinet|executive|council|forum)\b|\bbe\s+(?:brought|presented|submitted)\s+back\s+to\s+(?:the|this)\s+(?:board|committee|panel|partnership|authority|group|cabinet|executive|council|sub-committee|forum)\b|\bitem\s+on\s+.{3,200}?\s+be\s+(?:added|included|placed)\s+(?:to|on)\s+the\s+agenda\b|\breceives?\s+an?\s+(?:further\s+)?(?:report|update|presentation)\b|\b(?:has|have|include)\s+(?:an?\s+)?agenda\s+items?\s+on\b|\b(?:provide|bring|present|submit|give)\s+(?:an?\s+)?(?:further\s+|written\s+|progress\s+)?(?:report|update|presentation)\b[^.;]{0,150}?\b(?:to|at)\s+(?:the|a)\s+(?:next|future|subsequent)\s+meeting\b/i,
  ],
  [
    'noted',
    /\b(?:be|is|are|was|were)\s+noted\b|\b(?:report|update|minutes|presentation)\s+be\s+received\b|\b(?:board|committee|members|panel|partnership|cabinet|council)\s+note[sd]\b|^(?:That\s+)?(?:it\s+)?notes\s+the\b/i,
  ],
  [
    'agreed',
    /\bbe\s+agreed\b|\bbe\s+appointed\s+(?!(?:as\s+)?(?:the\s+)?(?:Vice[\s-]?|Deputy\s+)?Chair)(?:as\s+)?(?:the\s+)?[A-Za-z]|\b(?:press\s+and\s+)?public(?:,\s+including\s+the\s+press,)?\s+be\s+(?:excluded|asked\s+to\s+leave)\b|\b(?:board|committee|panel|members|group|partnership)\s+agree[sd]?\b|\btakes?\s+place\s+(?:on|at)\b|\bmeetings?\s+(?:of\s+the\s+[\w\s/-]{3,70}?\s+)?be\s+held\s+(?:on|at)\b/i,
  ],
  ['agreed', MEETS_AT],
  // "That from 1 September the Committee be known as the '…'": the body names itself.
  ['agreed', /\b(?:board|committee|partnership|panel|group|forum)\s+be\s+(?:known|renamed)\s+as\b/i],
];

/**
 * A decision record's parts in the infinitive, "(ii) To adopt the proposed terms …", or in the past tense under
 * "The Cabinet:", "(a) approved the commissioning approach …".
 */
const INFINITIVE: readonly (readonly [DecisionKind, RegExp])[] = [
  ['approved', /^(?:To\s+(?:approve|adopt|ratify)|approved|adopted|ratified)\b/i],
  ['noted', /^(?:To\s+note|noted)\b/i],
  ['endorsed', /^(?:To\s+(?:endorse|support)|endorsed|supported)\b/i],
  ['agreed', /^(?:To\s+(?:agree|appoint(?!\s+.{3,80}?\s+as\s+(?:the\s+)?(?:Vice[\s-]?|Deputy\s+)?Chair))|agreed)\b/i],
  // "to elect X as Chairperson for 2024/25", "To appoint X as Vice-Chair".
  ['elected', /^To\s+(?:re-)?(?:elect|appoint)\s+.{3,80}?\s+as\s+(?:the\s+)?(?:Vice[\s-]?|Deputy\s+)?Chair/i],
  // "to ask the Monitoring Officer to submit a report on … to the Committee in October 2024".
  [
    'requested',
    /^To\s+(?:ask|request|invite)\s+.{3,80}?\s+to\s+(?:provide|bring|present|submit|produce|prepare|give)\s+(?:an?\s+|the\s+)?(?:further\s+|written\s+|progress\s+)?(?:report|update|presentation|briefing)\b/i,
  ],
  ['deferred', /^(?:To\s+defer|deferred)\b/i],
  ['requested', /^(?:To\s+request|requested)\s+(?:an?\s+|the\s+)?(?:further\s+)?(?:report|update|presentation|briefing)\b/i],
  // "The Board RESOLVED to: a) approve the assessment …": the bare verb, in lower case.
  ['approved', /^(?:approve|adopt|ratify)\s/],
  ['noted', /^note\s/],
  ['endorsed', /^(?:endorse|support)\s/],
  ['deferred', /^defer\s/],
];

export function classifyDecision(plain: string): Classification {
  const leadIn = AGREED_THAT.exec(plain);
  const clauseOffset = leadIn ? leadIn[0].length : 0;
  const clause = plain.slice(clauseOffset);
  const kinds = new Set([...WORDING, ...INFINITIVE].filter(([, pattern]) => pattern.test(clause)).map(([kind]) => kind));
  if (kinds.has('approved-subject-to-amendment')) {
    kinds.delete('approved');
    kinds.delete('agreed');
  }
  // "That it be noted that X is appointed Chair for 2024/25": the noting wraps an election.
  if (kinds.has('elected') && /^(?:That\s+)?it\s+be\s+noted\s+that\b/i.test(clause)) kinds.delete('noted');
  if (kinds.size === 1) return { kind: [...kinds][0]!, clauseOffset };
  // "It was agreed that …" says the kind itself when the clause has no wording of its own.
  if (kinds.size === 0 && leadIn) return { kind: 'agreed', clauseOffset };
  if (kinds.size === 0) return { unclassified: 'no wording of a recognised kind of decision', clauseOffset };
  return { unclassified: `wording of more than one kind of decision (${[...kinds].join(', ')})`, clauseOffset };
}

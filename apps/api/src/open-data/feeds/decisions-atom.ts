import { uuidV5 } from '@ledger/write-side';
import { XMLBuilder } from 'fast-xml-parser';
import type { DecisionExport } from './decision-export';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
/**
 * The feed's own address, relative to where it was fetched (RFC 4287 takes IRI references): the Host
 * header is the client's to write, and a proxy may serve the API under a prefix of its own.
 */
const SELF = 'decisions.atom';

/** A decision of the register with when the ledger recorded it (the time of its ResolutionPassed event). */
export interface RecordedDecision {
  readonly decision: DecisionExport;
  readonly recordedAt: Date;
}

export interface DecisionFeed {
  readonly bodyId: string;
  /** The body's name in force now: the feed's title and author. */
  readonly bodyName: string;
  /** In the register's order: the newest meeting first. */
  readonly decisions: readonly RecordedDecision[];
  /** When the body was first recorded: the feed's `updated` while it has no entries. */
  readonly bodyRecordedAt: Date;
}

/** Ids that stay the same for a decision whatever the feed's address: a name-based UUID of its stable id. */
export const atomEntryId = (decisionId: string) => `urn:uuid:${uuidV5(`atom-entry:decision:${decisionId}`)}`;
export const atomFeedId = (bodyId: string) => `urn:uuid:${uuidV5(`atom-feed:decisions:${bodyId}`)}`;

// XML 1.0 cannot carry these characters at all, not even escaped, and one of them makes a reader
// refuse the whole feed; the CSV and JSON exports keep them.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

/** APPROVED_SUBJECT_TO_AMENDMENT → approved subject to amendment. */
const kindInWords = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

function entryOf({ decision, recordedAt }: RecordedDecision) {
  return {
    id: atomEntryId(decision.decisionId),
    title: { '@_type': 'text', '#text': xmlText(`${decision.citation}: ${decision.itemTitle} (${kindInWords(decision.decisionKind)})`) },
    updated: recordedAt.toISOString(),
    ...(decision.meetingPage && { link: { '@_rel': 'alternate', '@_href': xmlText(decision.meetingPage) } }),
    category: [
      { '@_term': decision.decisionKind, '@_label': kindInWords(decision.decisionKind) },
      ...(decision.exempt ? [{ '@_term': 'EXEMPT', '@_label': 'exempt business, not for publication' }] : []),
    ],
    content: { '@_type': 'text', '#text': xmlText(decision.text) },
  };
}

/** The newest time among the entries: when the feed last changed. */
function feedUpdated(feed: DecisionFeed): Date {
  const times = feed.decisions.map(({ recordedAt }) => recordedAt.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : feed.bodyRecordedAt;
}

/** The body's decision register as an Atom 1.0 feed (RFC 4287). */
export function decisionsAtom(feed: DecisionFeed): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': ATOM_NAMESPACE,
      id: atomFeedId(feed.bodyId),
      title: { '@_type': 'text', '#text': xmlText(`${feed.bodyName}: decisions`) },
      updated: feedUpdated(feed).toISOString(),
      link: { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': SELF },
      author: { name: xmlText(feed.bodyName) },
      ...(feed.decisions.length > 0 && { entry: feed.decisions.map(entryOf) }),
    },
  };
  return builder.build(document) as string;
}

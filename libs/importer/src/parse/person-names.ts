/** Reading people's names out of the minutes' sentences: a name, and the titles or ranks printed before it. */

/** Words of a job title, which end before the name in "by the new Chief Executive Officer Claire Trewartha". */
const ROLE_WORD =
  /^(?:Officer|Executive|Chief|Director|Manager|Head|Lead|Chair|Chairman|Coordinator|Co-ordinator|Advisor|Adviser|Commissioner|Inspector|Superintendent|Constable|Deputy|Assistant|Senior|Principal|Strategic|Service|Team|Partnership|CEO|OPCC|New)$/;
/** Words no name holds before its last two: "Deputy Chief Fire Officer Lena Rosslyn" is a title and a name. */
const JOB_WORD = /^(?:Officer|Executive|Director|Manager|Co-?ordinator|Advis[oe]r)$/;

/** A person's name: capitalised words and initials (with an honorific and post-nominals), nothing else. */
const NAME = /^(?:[A-Z][A-Za-z'\u2019-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][A-Za-z'\u2019-]*\.?|[A-Z]\.|O['\u2019][A-Z][a-z]+|de|van|von|da))*$/;

export function looksLikeName(candidate: string): boolean {
  const words = candidate.trim().split(/\s+/);
  if (words.length < 2 || words.length > 7 || !NAME.test(candidate.trim())) return false;
  // "The Board", "Leicestershire Police", "Community Safety Partnerships": not people.
  if (/^(?:The|A|An|This|That|Members?|Officers?|Board|Committee)\b/.test(candidate)) return false;
  if (
    /\b(?:Council|Police|Board|Service|Services|Team|Office|Partnership|Partnerships|Network|Commissioner|Department|Unit|Group|Trust|Authority|Government|Ministry|Society|Agency|Company|Centre)\b/.test(
      candidate,
    )
  )
    return false;
  return !words.slice(0, -2).some((word) => JOB_WORD.test(word));
}

/**
 * "Deputy Chief Fire Officer Lena Rosslyn", "the new OPCC Chief Executive Officer Claire Trewartha": the name
 * that ends a title, and the title before it. Undefined unless the last two or three words read as a name.
 */
export function nameAfterTitle(phrase: string): { readonly name: string; readonly role?: string } | undefined {
  const words = phrase.trim().split(/\s+/);
  const tail: string[] = [];
  for (let index = words.length - 1; index >= 0 && tail.length < 3; index--) {
    const word = words[index]!;
    if (!/^(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|O['\u2019][A-Z][a-z]+)$/.test(word) || ROLE_WORD.test(word)) break;
    tail.unshift(word);
  }
  const name = tail.join(' ');
  // The title ends on a word of one ("… Officer Lena Rosslyn"), not on any word ("a report from James Fox").
  const before = words[words.length - tail.length - 1];
  if (tail.length < 2 || !looksLikeName(name) || (before !== undefined && !ROLE_WORD.test(before))) return undefined;
  const role = words
    .slice(0, words.length - tail.length)
    .join(' ')
    .replace(/^(?:the|new)\s+/i, '')
    .trim();
  return { name, ...(role !== '' && { role }) };
}

/**
 * A fire service rank or a mayor's office printed before a name: "Group Manager", "Station Commander", "Mayor". Police ranks stay
 * with the name, as the minutes print them ("Inspector Kate Lowe").
 */
const RANK =
  /^(?:(?:(?:Assistant|Deputy|Temporary|Acting)\s+)?(?:Group|Station|Area|Watch|Crew)\s+(?:Manager|Commander)|(?:Deputy\s+)?Mayor)\s+/;

/** "Group Manager Sian Hale", "Chief Executive Jane Doe": the name, without the rank or title printed before it. */
export function withoutRank(candidate: string): string {
  const rest = candidate.replace(RANK, '');
  if (looksLikeName(rest)) return rest;
  return nameAfterTitle(candidate)?.name ?? candidate;
}

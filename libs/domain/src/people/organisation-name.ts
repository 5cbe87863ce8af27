/**
 * The key two printings of an organisation's name share when they name the same organisation:
 * case, spacing, "&" for "and", a leading "The" and a trailing full stop do not matter. Nothing
 * looser (no abbreviations, no dropped words): a representative is linked to a member organisation
 * only when the minutes print its name.
 */
export function organisationKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\.$/, '');
}

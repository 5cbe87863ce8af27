/** Environment values arrive as text: blank means unset, and surrounding spaces are a typing slip. */
export const blankToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

/** A number from the environment; blank means unset (so the default applies). */
export const toNumber = ({ value }: { value: unknown }) => {
  const trimmed = blankToUndefined({ value });
  return typeof trimmed === 'string' ? Number(trimmed) : trimmed;
};

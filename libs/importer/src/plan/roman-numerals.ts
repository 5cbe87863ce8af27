const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function romanNumeral(position: number): string {
  let remaining = position;
  let result = '';
  for (const [value, numeral] of NUMERALS) {
    while (remaining >= value) {
      result += numeral;
      remaining -= value;
    }
  }
  return result;
}

/** Whether labels run (i), (ii), (iii) … from the start, as the domain requires of a minute's points. */
export function romanSequence(labels: readonly string[]): boolean {
  return labels.every((label, index) => label === romanNumeral(index + 1));
}

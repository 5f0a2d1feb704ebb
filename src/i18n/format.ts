// Digits in the locale's own script (Arabic-Indic for `ar`, say), with no grouping.
const digits = (locale: string | undefined, minimumIntegerDigits = 1) =>
  new Intl.NumberFormat(locale, { minimumIntegerDigits, useGrouping: false });

/** "m:ss" in the locale's own digits. */
export function formatTimeLeft(totalSeconds: number, locale: string | undefined): string {
  return `${digits(locale).format(Math.floor(totalSeconds / 60))}:${digits(locale, 2).format(totalSeconds % 60)}`;
}

export function formatInteger(value: number, locale: string | undefined): string {
  return digits(locale).format(value);
}

/** "m:ss" in the locale's own digits (Arabic-Indic for `ar`, say). */
export function formatTimeLeft(totalSeconds: number, locale: string | undefined): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${new Intl.NumberFormat(locale, { useGrouping: false }).format(minutes)}:${twoDigits.format(seconds)}`;
}

export function formatInteger(value: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
}

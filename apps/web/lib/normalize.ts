/** Folds a string for matching only: case, Arabic letter variants, tatweel and diacritics, spacing. */
export function foldForMatch(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Arabic abbreviations written with a full stop that does not end the sentence: `د. ملحم`
 * (دكتور), `أ. د.` (أستاذ دكتور), `م.` (ميلادي / مهندس), `ص.` (صفحة), `هـ` (هجري). Written
 * without the stop. Any single Arabic letter before a stop is taken as an abbreviation by shape
 * (Arabic has no one-letter words that end a sentence), so this list holds the longer forms and
 * the common single letters for reference and for other stages. إلخ is left out: it often ends a
 * sentence, and Arabic has no lowercase to tell.
 */
export const AR_ABBREVIATIONS: readonly string[] = [
  'د', // دكتور
  'أ', // أستاذ
  'م', // ميلادي، مهندس
  'ص', // صفحة
  'ج', // جزء، جنيه
  'ط', // طبعة
  'ق', // قبل (ق.م)
  'ت', // توفي، تاريخ
  'هـ', // هجري
  'ه',
  'مج', // مجلد
  'تح', // تحقيق
];

/** Arabic abbreviations that stay inside a sentence only before a number: رقم. 5 (single letters are covered above). */
export const AR_NUMBER_ABBREVIATIONS: readonly string[] = ['رقم'];

/**
 * Era markers written after a year: هـ (هجري) and م (ميلادي). After a number they close the date
 * and, in most texts, the sentence ("توفي عام 193 هـ. وبعده…"), so there the stop may end it; before
 * a name the same letters are titles (م. خالد: مهندس). ق.م is "before Christ": ق stays an
 * abbreviation, the م after it is the era marker.
 */
export const AR_ERA_MARKERS: readonly string[] = ['ه', 'هـ', 'م'];

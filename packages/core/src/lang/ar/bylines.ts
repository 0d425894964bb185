/** Words that open an Arabic byline line: «كتب: فلان», «بقلم فلان», «إعداد: فلان». */
export const BYLINE_OPENERS_AR: readonly string[] = ['كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'تقرير', 'تحرير', 'كتبه', 'كتبته', 'متابعة', 'حوار'];

/** Words that open an English byline line: "By Jane Doe", "Written by …", "Reporting by …". */
export const BYLINE_OPENERS_EN: readonly string[] = ['by', 'written by', 'reporting by', 'words by', 'story by', 'report by'];

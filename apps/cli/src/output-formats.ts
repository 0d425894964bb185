/** What `maqal parse --format` writes. Apart from parse-command.ts so the reader's start does not load the serializers. */
export type OutputFormat = 'json' | 'md' | 'html' | 'text';
export const OUTPUT_FORMATS: OutputFormat[] = ['json', 'md', 'html', 'text'];

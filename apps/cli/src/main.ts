import { readFileSync } from 'node:fs';
import { primaryLanguage } from '@maqal/core/structure';
import { Command, InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';
import { runReader } from './reader/run.js';

// `maqal … | head`: when the reading end closes early, the output ends there, without a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('maqal')
  .description('Read news articles (Arabic and English) in the terminal, or parse them for scripts.')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

program
  .argument('[path]', 'an article file, a folder of articles, or - for standard input', 'samples')
  .addOption(new Option('--bidi <mode>', 'who reorders right-to-left text').choices(['auto', 'app', 'terminal', 'off']).default('auto'))
  .option('--shape', 'show Arabic in presentation forms (for terminals that do not shape)')
  .action(async (path: string, opts: { bidi: 'auto' | 'app' | 'terminal' | 'off'; shape?: boolean }) => {
    process.exitCode = await runReader(path, { bidi: opts.bidi, ...(opts.shape ? { shape: true } : {}) });
  });

program
  .command('parse')
  .description('parse articles and print them as JSON, Markdown, HTML or text')
  .argument('<files...>', 'article files (.txt, .md, .html); - reads standard input')
  .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
  .option('-o, --out-dir <dir>', 'write <dir>/<name>.<ext> for each input instead of printing')
  // NDJSON is its own output: asking for it with another format or a folder is a contradiction, not a preference.
  .addOption(new Option('--ndjson', 'print one JSON document per line').conflicts(['outDir']))
  .option('--lang <code>', 'the language of the articles (BCP 47), when detection should not decide', (value: string) => {
    if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(value)) throw new InvalidArgumentError('expected a language code such as ar or en');
    return primaryLanguage(value) as string;
  })
  .action(async (files: string[], opts: { format: OutputFormat; outDir?: string; ndjson?: boolean; lang?: string }, command: Command) => {
    if (opts.ndjson && command.getOptionValueSource('format') === 'cli' && opts.format !== 'json') {
      command.error(`error: option '--ndjson' cannot be used with '--format ${opts.format}'`, { exitCode: 2, code: 'commander.conflictingOption' });
    }
    // Loaded here, not at start: it needs the whole of @maqal/core, which the reader's first frame must not wait for.
    const { parseCommand } = await import('./parse-command.js');
    process.exitCode = await parseCommand(files, opts);
  });

try {
  await program.parseAsync();
} catch (error) {
  const code = (error as { code?: string; exitCode?: number }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exitCode = 0;
  else if (code?.startsWith('commander.')) process.exitCode = 2;
  else {
    process.stderr.write(`maqal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTemplate, generateReport, analyze } from '../app/useCases';
import { countBySeverity } from '../domain/findings/finding';
import { formatPeriod } from '../domain/periods/formatPeriod';
import { parsePeriod } from '../domain/periods/parsePeriod';
import type { Period } from '../domain/periods/period';
import { fill } from '../domain/report/reportTexts';
import type { Language } from '../domain/text/localText';
import { inLanguage } from '../domain/text/localText';
import { UnreadableWorkbookError } from '../xlsx/loadXlsx';
import { printCopy } from '../xlsx/printCopy';
import { XlsxHost } from '../xlsx/xlsxHost';
import type { CliIo } from './cliIo';
import { CLI_TEXT } from './cliTexts';
import { formatEvaluation } from './formatEvaluation';
import { evaluationJson } from './jsonOutput';

/** Exit codes: 0 done without errors in the data, 2 done but the data has errors, 1 could not be done. */
export const EXIT = { ok: 0, failed: 1, dataErrors: 2 } as const;

/** A problem that ends the command with one line on stderr and exit code 1. */
class CliFailure extends Error {}

/** Files larger than this get progress lines on stderr. */
const PROGRESS_BYTES = 1_000_000;

const OPTIONS = {
  period: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  example: { type: 'boolean' },
  force: { type: 'boolean' },
  pdf: { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

interface Context {
  readonly io: CliIo;
  readonly language: Language;
  readonly values: Values;
  readonly say: (text: { da: string; en: string }, values?: Record<string, string>) => string;
}

function requestedPeriod(ctx: Context): Period | null {
  const text = ctx.values.period;
  if (text === undefined) return null;
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new CliFailure(ctx.say(CLI_TEXT.badPeriod, { period: text }));
  return parsed.period;
}

async function readInput(
  ctx: Context,
  file: string | undefined,
): Promise<{ host: XlsxHost; path: string; size: number }> {
  if (file === undefined) throw new CliFailure(ctx.say(CLI_TEXT.missingFile));
  let data: Uint8Array;
  try {
    data = await ctx.io.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliFailure(ctx.say(CLI_TEXT.cannotRead, { file, reason }));
  }
  if (ctx.values.progress || data.length > PROGRESS_BYTES)
    ctx.io.stderr(`${ctx.say(CLI_TEXT.reading, { file })}\n`);
  return { host: new XlsxHost(data), path: file, size: data.length };
}

/** Runs a use case, turning an unreadable workbook into the one-line failure it is. */
async function guarded<T>(ctx: Context, file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) {
      throw new CliFailure(
        ctx.say(CLI_TEXT.cannotRead, { file, reason: ctx.say(CLI_TEXT.notXlsx) }),
      );
    }
    throw error;
  }
}

async function evaluate(ctx: Context, file: string | undefined): Promise<number> {
  const input = await readInput(ctx, file);
  const reportPeriod = requestedPeriod(ctx);
  const analysis = await guarded(ctx, input.path, () =>
    analyze(input.host, { today: ctx.io.today(), reportPeriod }),
  );
  if (ctx.values.json)
    ctx.io.stdout(`${JSON.stringify(evaluationJson(analysis, ctx.language), null, 2)}\n`);
  else ctx.io.stdout(formatEvaluation(analysis, ctx.language));
  return countBySeverity(analysis.findings).error > 0 ? EXIT.dataErrors : EXIT.ok;
}

async function report(ctx: Context, file: string | undefined): Promise<number> {
  const input = await readInput(ctx, file);
  const reportPeriod = requestedPeriod(ctx);
  const progress = ctx.values.progress === true || input.size > PROGRESS_BYTES;
  const {
    analysis,
    report: sheets,
    sheetNames,
  } = await guarded(ctx, input.path, () =>
    generateReport(input.host, { today: ctx.io.today(), reportPeriod, language: ctx.language }),
  );
  const period = formatPeriod(analysis.reportPeriod);
  const stem = basename(input.path).replace(/\.xlsx$/i, '');
  const out = ctx.values.out ?? join(dirname(input.path), `${stem}-status-${period}.xlsx`);
  if (await ctx.io.sameFile(out, input.path)) throw new CliFailure(ctx.say(CLI_TEXT.sameFile));
  if (progress) ctx.io.stderr(`${ctx.say(CLI_TEXT.writing, { file: out })}\n`);
  await write(ctx, out, input.host.data);
  ctx.io.stderr(
    `${ctx.say(CLI_TEXT.wroteReport, { file: out, sheets: sheetNames.map((n) => `'${n}'`).join(', ') })}\n`,
  );
  if (ctx.values.pdf) {
    const pdf = `${out.replace(/\.xlsx$/i, '')}.pdf`;
    if (!(await ctx.io.hasLibreOffice())) throw new CliFailure(ctx.say(CLI_TEXT.noLibreOffice));
    if (progress) ctx.io.stderr(`${ctx.say(CLI_TEXT.writing, { file: pdf })}\n`);
    const copy = await printCopy([sheets.status, sheets.charts]);
    await write(ctx, pdf, await ctx.io.convertToPdf(copy, ctx.language));
    ctx.io.stderr(`${ctx.say(CLI_TEXT.wrotePdf, { file: pdf })}\n`);
  }
  return countBySeverity(analysis.findings).error > 0 ? EXIT.dataErrors : EXIT.ok;
}

async function template(ctx: Context, file: string | undefined): Promise<number> {
  if (file === undefined) throw new CliFailure(ctx.say(CLI_TEXT.missingFile));
  if (!ctx.values.force && (await ctx.io.exists(file)))
    throw new CliFailure(ctx.say(CLI_TEXT.exists, { file }));
  const host = new XlsxHost(new Uint8Array());
  await createTemplate(host, { example: ctx.values.example === true });
  await write(ctx, file, host.data);
  ctx.io.stderr(`${ctx.say(CLI_TEXT.wroteTemplate, { file })}\n`);
  return EXIT.ok;
}

async function write(ctx: Context, file: string, data: Uint8Array): Promise<void> {
  try {
    await ctx.io.writeFile(file, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliFailure(ctx.say(CLI_TEXT.cannotWrite, { file, reason }));
  }
}

type OptionName = keyof typeof OPTIONS;

const COMMANDS: Record<
  string,
  {
    run: (ctx: Context, file: string | undefined) => Promise<number>;
    help: { da: string; en: string };
    options: readonly OptionName[];
  }
> = {
  evaluate: {
    run: evaluate,
    help: CLI_TEXT.evaluateHelp,
    options: ['period', 'json', 'lang', 'progress', 'help'],
  },
  report: {
    run: report,
    help: CLI_TEXT.reportHelp,
    options: ['period', 'out', 'lang', 'pdf', 'progress', 'help'],
  },
  template: {
    run: template,
    help: CLI_TEXT.templateHelp,
    options: ['example', 'force', 'lang', 'help'],
  },
};

/** The language asked for, read before the arguments are checked, so even their errors speak it. */
function languageOf(argv: readonly string[]): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'da';
}

/**
 * Runs the `planstatus` command line and returns its exit code. Problems the user can fix
 * (a bad argument, a file that is not a workbook) are one line on stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`${fill(inLanguage(CLI_TEXT.badArguments, languageOf(argv)), { detail })}\n`);
    return EXIT.failed;
  }
  const lang = values.lang ?? 'da';
  if (lang !== 'da' && lang !== 'en') {
    io.stderr(`${inLanguage(CLI_TEXT.badLanguage, languageOf(argv))}\n`);
    return EXIT.failed;
  }
  const say = (text: { da: string; en: string }, fillIn: Record<string, string> = {}): string =>
    fill(inLanguage(text, lang), fillIn);
  const ctx: Context = { io, language: lang, values, say };
  const [name, file, ...rest] = positionals;
  if (name === undefined) {
    (values.help ? io.stdout : io.stderr)(say(CLI_TEXT.usage));
    return values.help ? EXIT.ok : EXIT.failed;
  }
  // Own properties only: 'toString' or '__proto__' is no command.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`${say(CLI_TEXT.unknownCommand, { command: name })}\n${say(CLI_TEXT.usage)}`);
    return EXIT.failed;
  }
  if (values.help) {
    io.stdout(say(command.help));
    return EXIT.ok;
  }
  const foreign = (Object.keys(values) as OptionName[]).filter((o) => !command.options.includes(o));
  if (foreign.length > 0) {
    io.stderr(
      `${say(CLI_TEXT.badArguments, { detail: foreign.map((o) => `--${o}`).join(' ') })}\n`,
    );
    return EXIT.failed;
  }
  if (rest.length > 0) {
    io.stderr(`${say(CLI_TEXT.badArguments, { detail: rest.join(' ') })}\n`);
    return EXIT.failed;
  }
  try {
    return await command.run(ctx, file);
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}

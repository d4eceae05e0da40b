// `npm run bench`: measured figures for docs/PERFORMANCE.md. Prints, never asserts.
const { execFileSync } = require('node:child_process');
const {
  existsSync,
  mkdtempSync,
  writeFileSync,
  readFileSync,
  rmSync,
  statSync,
} = require('node:fs');
const { gzipSync } = require('node:zlib');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { generateLargePlan } = require('./generateLargePlan');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const RUNS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function timeCommand(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
    } catch (error) {
      // Exit code 2 (data errors) still completes the run; anything else is a failure.
      if (error.status !== 2) throw error;
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

async function phases(data) {
  const { loadXlsx } = require(join(root, 'dist/xlsx/loadXlsx'));
  const { findInputTables } = require(join(root, 'dist/xlsx/findInputTables'));
  const { analyzeWorkbook } = require(join(root, 'dist/domain/analyzeWorkbook'));
  const { buildReport } = require(join(root, 'dist/domain/report/buildReport'));
  const { writeReportPackage } = require(join(root, 'dist/xlsx/package/writeReportPackage'));
  const today = { year: 2016, month: 1, day: 15 };
  const t = [];
  let mark = process.hrtime.bigint();
  const lap = (name) => {
    const now = process.hrtime.bigint();
    t.push([name, Number(now - mark) / 1e6]);
    mark = now;
  };
  const { workbook, generatedSheets } = await loadXlsx(data);
  lap('load .xlsx (ExcelJS)');
  const { raw } = findInputTables(workbook, generatedSheets);
  lap('read tables');
  const analysis = analyzeWorkbook(raw, { today });
  lap('check + evaluate');
  const report = buildReport({ analysis, language: 'da', today });
  lap('build report model');
  const { data: out } = await writeReportPackage(data, [report.status, report.charts]);
  lap('write package');
  return { t, analysis, report, outBytes: out.length };
}

/** The JavaScript taskpane.html loads, raw and gzip-compressed (level 9), from the production build. */
function bundleSizes() {
  const web = join(root, 'dist', 'web');
  if (!existsSync(join(web, 'taskpane.html'))) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
  }
  const html = readFileSync(join(web, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  return scripts.map((src) => {
    const data = readFileSync(join(web, src));
    return { src, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'planstatus-bench-'));
  try {
    const goals = 2000;
    const periods = 24;
    const input = join(dir, 'large-plan.xlsx');
    writeFileSync(input, await generateLargePlan(goals, periods));
    const data = readFileSync(input);
    const { t, analysis, report, outBytes } = await phases(data);
    const lines = [];
    lines.push(
      `Plan: ${goals} goals, ${analysis.observations.length} follow-up rows (${periods} periods each, benchmark rows for every fifth goal); input ${kb(statSync(input).size)}`,
    );
    lines.push(
      `Findings: ${analysis.findings.length}; charts: ${report.charts.charts.length}; status rows: ${report.status.values.length}; output ${kb(outBytes)}`,
    );
    lines.push('', `Whole commands (median of ${RUNS} runs, including Node start-up):`);
    lines.push(
      `  planstatus evaluate --json   ${seconds(timeCommand(['evaluate', input, '--json']))}`,
    );
    lines.push(
      `  planstatus report            ${seconds(timeCommand(['report', input, '--out', join(dir, 'out.xlsx')]))}   (target: under 5 s)`,
    );
    lines.push('', 'Phases of one report run, in-process:');
    for (const [name, ms] of t) lines.push(`  ${name.padEnd(24)} ${seconds(ms)}`);
    lines.push(
      '',
      'JavaScript that taskpane.html loads (production build; office.js comes from the CDN):',
    );
    let raw = 0;
    let gzip = 0;
    for (const file of bundleSizes()) {
      raw += file.raw;
      gzip += file.gzip;
      lines.push(
        `  ${file.src.padEnd(28)} ${kb(file.raw).padStart(8)} raw  ${kb(file.gzip).padStart(8)} gzip`,
      );
    }
    lines.push(
      `  ${'total'.padEnd(28)} ${kb(raw).padStart(8)} raw  ${kb(gzip).padStart(8)} gzip   (budget: 350 KB gzip)`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});

import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Analysis } from '../../src/domain/analyzeWorkbook';
import { buildReport } from '../../src/domain/report/buildReport';
import type { SyncRecord } from '../fakes/excel';
import { PAYLOAD_LIMIT } from '../fakes/excel';
import { TODAY } from '../helpers/fixtures';
import type { Excel } from './harness';
import { exampleInExcel, openInExcel } from './harness';
import { largePlanWorkbook } from './largePlan';

/*
 * Round trips to Excel: how many syncs each action makes and how large each request and
 * response is, on the worked example and on a plan of 2,000 goals and 20,000 follow-up rows.
 * Excel on the web refuses a request or response over 5 MB. The figures are written to
 * test-results/office-syncs.json for the performance notes.
 */

const figures: Record<string, Record<string, { request: number; response: number }[]>> = {};

function record(plan: string, action: string, syncs: readonly SyncRecord[]): void {
  figures[plan] ??= {};
  (figures[plan] as Record<string, unknown>)[action] = syncs.map((s) => ({
    request: s.requestBytes,
    response: s.responseBytes,
  }));
}

afterAll(() => {
  const dir = join(__dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'office-syncs.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

const MB = 1024 * 1024;
const underLimit = (s: SyncRecord): boolean =>
  s.outcome === 'ok' && s.requestBytes < PAYLOAD_LIMIT && s.responseBytes < PAYLOAD_LIMIT;

describe('the worked example', () => {
  let excel: Excel;
  beforeAll(async () => {
    excel = await exampleInExcel();
  });
  afterAll(() => excel.uninstall());

  it('validates in 2 syncs, computes in 3 and reports in 3', async () => {
    await excel.actions.validate(null);
    const validate = excel.takeSyncs();
    await excel.actions.compute(null, 'da');
    const compute = excel.takeSyncs();
    await excel.actions.report(null, 'da');
    const report = excel.takeSyncs();
    record('worked example', 'validate', validate);
    record('worked example', 'compute', compute);
    record('worked example', 'report', report);
    expect([validate.length, compute.length, report.length]).toEqual([2, 3, 3]);
    expect([...validate, ...compute, ...report].every((s) => s.requestBytes < 0.5 * MB)).toBe(true);
  });
});

describe('a plan of 2,000 goals and 20,000 follow-up rows', () => {
  let excel: Excel;
  let analysis: Analysis;
  beforeAll(() => {
    excel = openInExcel(largePlanWorkbook(2000));
  });
  afterAll(() => excel.uninstall());

  it('validates in 2 syncs, reading everything in one response under 5 MB', async () => {
    analysis = await excel.actions.validate(null);
    const syncs = excel.takeSyncs();
    record('2,000 goals', 'validate', syncs);
    expect([analysis.goals.length, analysis.observations.length]).toEqual([2000, 20000]);
    expect(syncs).toHaveLength(2);
    expect(syncs.every(underLimit)).toBe(true);
    expect(syncs[1]?.responseBytes).toBeGreaterThan(2 * MB);
  });

  it('computes in 3 syncs, writing the results sheet in one request', async () => {
    await excel.actions.compute(null, 'da');
    const syncs = excel.takeSyncs();
    record('2,000 goals', 'compute', syncs);
    expect(syncs).toHaveLength(3);
    expect(syncs.every(underLimit)).toBe(true);
    expect(excel.workbook.table('PlanStatusBeregning').box.rows).toBe(2001);
  });

  it('reports in 3 syncs plus one per chunk of 2–5 MB, every request under 5 MB', async () => {
    const { sheetNames } = await excel.actions.report(null, 'da');
    const syncs = excel.takeSyncs();
    record('2,000 goals', 'report', syncs);
    expect(syncs.every(underLimit)).toBe(true);
    const [, , ...writes] = syncs;
    const chunks = writes.slice(0, -1);
    const total = writes.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(chunks.every((s) => s.requestBytes >= 2 * MB)).toBe(true);
    expect(syncs).toHaveLength(3 + chunks.length);
    expect(chunks).toHaveLength(9);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(total / (2 * MB)));
    const spec = buildReport({ analysis, language: 'da', today: TODAY });
    expect(sheetNames).toEqual([spec.status.name, spec.charts.name]);
    expect(excel.workbook.sheet(spec.charts.name).charts).toHaveLength(spec.charts.charts.length);
    expect(excel.workbook.sheet(spec.status.name).usedBox(true)?.rows).toBe(
      spec.status.values.length,
    );
    expect(excel.workbook.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
  });
});

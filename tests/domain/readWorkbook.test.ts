import type { RawWorkbook } from '../../src/domain/cells/rawTable';
import { readWorkbook } from '../../src/domain/readWorkbook';
import { exampleWorkbook, tableFromValues } from '../helpers/fixtures';

const plan = tableFromValues('Plan', [
  ['Id', 'Mål', 'Enhed', 'Måltype', 'Målværdi', 'Målperiode'],
  ['U1', 'Flere i job', 'personer', 'Minimum', 100, '2015'],
]);
const opfolgning = tableFromValues('Opfolgning', [
  ['MålId', 'Periode', 'Værdi'],
  ['U1', '2015M06', 40],
]);
const indstillinger = tableFromValues('Indstillinger', [
  ['Nøgle', 'Værdi'],
  ['Kommune', 'Ishøj'],
]);

describe('readWorkbook: a missing table is a finding, never an exception', () => {
  it('reports a missing Plan as a TABLE_MISSING error and reads no goals', () => {
    const content = readWorkbook({ plan: null, opfolgning, indstillinger });
    expect(content.goals).toEqual([]);
    expect(content.findings.filter((f) => f.table === 'Plan')).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'TABLE_MISSING',
        table: 'Plan',
        row: null,
        column: null,
        address: null,
        goalId: null,
      }),
    ]);
    expect(content.findings[0]?.message.da).toBe(
      "Tabellen 'Plan' findes ikke. Opret den med skabelonen, eller giv en tabel navnet 'Plan'.",
    );
  });

  it('reports a missing Opfolgning as a TABLE_MISSING error and reads no observations', () => {
    const content = readWorkbook({ plan, opfolgning: null, indstillinger });
    expect(content.goals.map((g) => g.id)).toEqual(['U1']);
    expect(content.observations).toEqual([]);
    expect(content.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'TABLE_MISSING',
        table: 'Opfolgning',
        row: null,
        address: null,
      }),
    ]);
  });

  it('warns about a missing Indstillinger and uses the default settings', () => {
    const content = readWorkbook({ plan, opfolgning, indstillinger: null });
    expect(content.settings).toEqual({
      municipality: null,
      planTitle: 'Beskæftigelsesplan',
      tolerance: 0.25,
      reportPeriod: null,
    });
    expect(content.findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'SETTINGS_MISSING'],
    ]);
  });

  it('reports all three tables missing, in table order, without throwing', () => {
    const empty: RawWorkbook = { plan: null, opfolgning: null, indstillinger: null };
    const content = readWorkbook(empty);
    expect(content.findings.map((f) => [f.code, f.table])).toEqual([
      ['TABLE_MISSING', 'Plan'],
      ['TABLE_MISSING', 'Opfolgning'],
      ['SETTINGS_MISSING', 'Indstillinger'],
    ]);
    expect(content.goals).toEqual([]);
    expect(content.observations).toEqual([]);
    expect(content.blocking.size).toBe(0);
  });

  it('reports a Plan without its required columns and reads the rest', () => {
    const content = readWorkbook({
      plan: tableFromValues('Plan', [
        ['Id', 'Mål'],
        ['U1', 'x'],
      ]),
      opfolgning,
      indstillinger,
    });
    expect(content.goals).toEqual([]);
    expect(content.settings.municipality).toBe('Ishøj');
    expect(content.findings.map((f) => [f.code, f.column])).toEqual([
      ['TABLE_MISSING_COLUMN', 'Måltype'],
      ['TABLE_MISSING_COLUMN', 'Målperiode'],
      ['OBS_UNKNOWN_GOAL', 'MålId'],
    ]);
  });
});

describe('readWorkbook: reading the tables together', () => {
  it('reads goals, observations and settings from well-formed tables without findings', () => {
    const content = readWorkbook({ plan, opfolgning, indstillinger });
    expect(content.findings).toEqual([]);
    expect(content.goals.map((g) => g.id)).toEqual(['U1']);
    expect(content.observations).toEqual([
      expect.objectContaining({ goalId: 'U1', value: 40, own: true }),
    ]);
    expect(content.settings.municipality).toBe('Ishøj');
  });

  it('drops a follow-up row with an unreadable cell and keeps the others', () => {
    const content = readWorkbook({
      plan,
      opfolgning: tableFromValues('Opfolgning', [
        ['MålId', 'Periode', 'Værdi'],
        ['U1', '2015M06', 40],
        ['U1', '2015M07', { error: '#N/A' }],
        ['U1', 'senere', 50],
      ]),
      indstillinger,
    });
    expect(content.observations.map((o) => o.origin.row)).toEqual([1]);
    expect(content.findings.map((f) => [f.code, f.row, f.address])).toEqual([
      ['CELL_ERROR_VALUE', 2, 'Opfolgning!C3'],
      ['PERIOD_UNREADABLE', 3, 'Opfolgning!B4'],
    ]);
  });

  it('reads the worked example from its CSV fixtures with one warning only', () => {
    const content = readWorkbook(exampleWorkbook());
    expect(content.findings.map((f) => [f.severity, f.code, f.address])).toEqual([
      ['warning', 'PLAN_END_VALUE_MISMATCH', 'Plan!O8'],
    ]);
    expect(content.settings.planTitle).toBe('Aktiveringsstrategi 2015');
  });
});

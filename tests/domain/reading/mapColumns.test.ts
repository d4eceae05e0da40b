import { OBSERVATION_COLUMNS, PLAN_COLUMNS } from '../../../src/domain/model/columns';
import { mapColumns } from '../../../src/domain/reading/mapColumns';
import { tableFromValues } from '../../helpers/fixtures';

describe('mapColumns: where each known column is', () => {
  it('maps Danish and English headers in any order to their 0-based index', () => {
    const table = tableFromValues('Opfolgning', [
      ['Kommentar', 'Noter', ' value ', 'MålId', 'PERIOD'],
    ]);
    const { map, findings } = mapColumns(table, 'Opfolgning', OBSERVATION_COLUMNS);
    expect(findings).toEqual([]);
    expect(map.index).toEqual({ comment: 0, value: 2, goalId: 3, period: 4 });
  });

  it('keeps each header as written, trimmed', () => {
    const table = tableFromValues('Opfolgning', [['  målid ', 'PERIOD', 'Værdi']]);
    const { map } = mapColumns(table, 'Opfolgning', OBSERVATION_COLUMNS);
    expect(map.headers).toEqual({ goalId: 'målid', period: 'PERIOD', value: 'Værdi' });
  });

  it('names every field: the header as written where it exists, else the Danish header', () => {
    const table = tableFromValues('Opfolgning', [['GoalId', 'Periode', 'Value']]);
    const { map } = mapColumns(table, 'Opfolgning', OBSERVATION_COLUMNS);
    expect(map.names).toEqual({
      goalId: 'GoalId',
      period: 'Periode',
      area: 'Område',
      value: 'Value',
      milestoneStatus: 'Milepælsstatus',
      comment: 'Kommentar',
    });
  });

  it('reports each missing required column with the Danish name, at the first header cell', () => {
    const table = tableFromValues('Plan', [['Tema', 'Id', 'Goal']]);
    const { map, findings } = mapColumns(table, 'Plan', PLAN_COLUMNS);
    expect(map.index).toEqual({ theme: 0, id: 1, text: 2 });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'TABLE_MISSING_COLUMN',
        table: 'Plan',
        row: null,
        column: 'Måltype',
        address: 'Plan!A1',
      }),
      expect.objectContaining({ code: 'TABLE_MISSING_COLUMN', column: 'Målperiode' }),
    ]);
    expect(findings[0]?.message).toEqual({
      da: "Tabellen 'Plan' mangler kolonnen 'Måltype'.",
      en: "The table 'Plan' has no column 'Måltype' (or 'Target type').",
    });
  });

  it('warns about a column that appears twice, also once in Danish and once in English', () => {
    const table = tableFromValues('Opfolgning', [['MålId', 'Periode', 'Værdi', 'Period']]);
    const { map, findings } = mapColumns(table, 'Opfolgning', OBSERVATION_COLUMNS);
    expect(map.index.period).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'TABLE_DUPLICATE_COLUMN',
        table: 'Opfolgning',
        row: null,
        column: 'Period',
        address: 'Opfolgning!D1',
      }),
    ]);
  });

  it('gives no address for a missing column in a table without header cells', () => {
    const table = tableFromValues('Opfolgning', []);
    const { findings } = mapColumns(table, 'Opfolgning', OBSERVATION_COLUMNS);
    expect(findings.map((f) => [f.column, f.address])).toEqual([
      ['MålId', null],
      ['Periode', null],
    ]);
  });
});

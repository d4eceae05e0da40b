import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import { parseCsv } from '../../src/domain/cells/parseCsv';
import { formatPeriod } from '../../src/domain/periods/formatPeriod';
import { asExpected, EXPECTED_RESULTS } from '../helpers/expectedResults';
import { exampleWorkbook, readFixture, TODAY } from '../helpers/fixtures';

describe('the worked example: Ishøj 2015, follow-up August 2015', () => {
  const analysis = analyzeWorkbook(exampleWorkbook(), { today: TODAY });

  it('reports on the period in Indstillinger, 2015M08', () => {
    expect(formatPeriod(analysis.reportPeriod)).toBe('2015M08');
    expect(analysis.reportPeriodSource).toBe('settings');
    expect(analysis.settings).toMatchObject({ municipality: 'Ishøj', tolerance: 0.25 });
  });

  it('gives one result per goal, in plan order', () => {
    expect(analysis.results.map((r) => r.id)).toEqual(EXPECTED_RESULTS.map((r) => r.id));
  });

  it.each(EXPECTED_RESULTS)('$id comes out $status as in expected.csv', (row) => {
    expect(asExpected(analysis.results).find((r) => r.id === row.id)).toEqual(row);
  });

  it('has exactly one finding: the warning that L1 states 388 where 15 % off 438 is 372', () => {
    expect(analysis.findings).toHaveLength(1);
    const [finding] = analysis.findings;
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'PLAN_END_VALUE_MISMATCH',
      table: 'Plan',
      row: 7,
      column: 'Slutværdi',
      address: 'Plan!O8',
      goalId: 'L1',
    });
    expect(finding?.message.da).toContain('388');
    expect(finding?.message.da).toContain('372,3');
  });

  it('matches findings.csv', () => {
    const [, ...rows] = parseCsv(readFixture('ishoj-2015', 'findings.csv'));
    expect(analysis.findings.map((f) => [f.severity, f.table, String(f.row)])).toEqual(rows);
  });
});

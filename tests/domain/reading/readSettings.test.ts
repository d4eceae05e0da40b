import type { RawTable, RawValue } from '../../../src/domain/cells/rawTable';
import { DEFAULT_SETTINGS } from '../../../src/domain/model/plan';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import { readSettings } from '../../../src/domain/reading/readSettings';
import { tableFromValues } from '../../helpers/fixtures';

/** An Indstillinger table of key/value rows; formats apply to the Værdi column. */
function settingsTable(rows: [RawValue, RawValue][], valueFormats: string[] = []): RawTable {
  return tableFromValues(
    'Indstillinger',
    [['Nøgle', 'Værdi'], ...rows.map(([key, value]) => [key, value])],
    [[], ...rows.map((_row, i) => ['General', valueFormats[i] ?? 'General'])],
  );
}

describe('readSettings: the four keys', () => {
  it('reads Kommune, Plantitel, Tolerance and Rapportperiode', () => {
    const { settings, findings } = readSettings(
      settingsTable([
        ['Kommune', 'Ishøj'],
        ['Plantitel', 'Aktiveringsstrategi 2015'],
        ['Tolerance', 0.2],
        ['Rapportperiode', '2015M08'],
      ]),
    );
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      municipality: 'Ishøj',
      planTitle: 'Aktiveringsstrategi 2015',
      tolerance: 0.2,
    });
    expect(settings.reportPeriod && formatPeriod(settings.reportPeriod)).toBe('2015M08');
  });

  it('reads the keys case-insensitively, by Danish name or English alias', () => {
    const { settings, findings } = readSettings(
      settingsTable([
        ['  municipality ', 'Brøndby'],
        ['PLAN TITLE', 'Beskæftigelsesplan 2016'],
        ['tolerance', 0.1],
        ['Report   period', '2016K2'],
      ]),
    );
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      municipality: 'Brøndby',
      planTitle: 'Beskæftigelsesplan 2016',
      tolerance: 0.1,
    });
    expect(settings.reportPeriod && formatPeriod(settings.reportPeriod)).toBe('2016K2');
  });

  it('accepts the English headers Key and Value', () => {
    const { settings, findings } = readSettings(
      tableFromValues('Settings', [
        ['Key', 'Value'],
        ['Kommune', 'Ishøj'],
      ]),
    );
    expect(findings).toEqual([]);
    expect(settings.municipality).toBe('Ishøj');
  });

  it('reads the columns in either order', () => {
    const { settings } = readSettings(
      tableFromValues('Indstillinger', [
        ['Værdi', 'Nøgle'],
        ['Ishøj', 'Kommune'],
      ]),
    );
    expect(settings.municipality).toBe('Ishøj');
  });

  it('keeps the defaults for keys that are not given', () => {
    const { settings } = readSettings(settingsTable([['Kommune', 'Ishøj']]));
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, municipality: 'Ishøj' });
  });

  it('uses the default plan title when Plantitel is empty', () => {
    const { settings, findings } = readSettings(settingsTable([['Plantitel', '  ']]));
    expect(settings.planTitle).toBe('Beskæftigelsesplan');
    expect(findings).toEqual([]);
  });

  it('reads a Rapportperiode given as a date as the month of the date', () => {
    const { settings } = readSettings(settingsTable([['Rapportperiode', 42217]], ['dd-mm-yyyy']));
    expect(settings.reportPeriod && formatPeriod(settings.reportPeriod)).toBe('2015M08');
  });

  it('reports an unreadable Rapportperiode and leaves it unset', () => {
    const { settings, findings } = readSettings(settingsTable([['Rapportperiode', 'august']]));
    expect(settings.reportPeriod).toBeNull();
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'PERIOD_UNREADABLE',
        table: 'Indstillinger',
        row: 1,
        column: 'Værdi',
        address: 'Indstillinger!B2',
      }),
    ]);
  });

  it('skips fully empty rows, still counting them in the row numbers', () => {
    const { settings, findings } = readSettings(
      settingsTable([
        ['Kommune', 'Ishøj'],
        [null, null],
        ['  ', ''],
        ['Farve', 'grøn'],
      ]),
    );
    expect(settings.municipality).toBe('Ishøj');
    expect(findings.map((f) => [f.code, f.row, f.address])).toEqual([
      ['SETTINGS_UNKNOWN_KEY', 4, 'Indstillinger!A5'],
    ]);
  });
});

describe('readSettings: Tolerance is a fraction or a percentage', () => {
  it.each<[string, RawValue, string, number]>([
    ['the fraction 0.25', 0.25, 'General', 0.25],
    ['the fraction 0.1', 0.1, 'General', 0.1],
    ['the whole number 25, meaning 25 %', 25, 'General', 0.25],
    ['the number 3, meaning 3 %', 3, 'General', 0.03],
    ['0.25 in a percent-formatted cell', 0.25, '0%', 0.25],
    ['0.3 in a cell formatted 0.0 %', 0.3, '0.0 %', 0.3],
    ['0 (no yellow band)', 0, 'General', 0],
    ['1 in a percent-formatted cell, meaning 1 %', 0.01, '0%', 0.01],
    ['the fraction 1 (the yellow band reaches zero)', 1, 'General', 1],
    ['the whole number 100, meaning 100 %', 100, 'General', 1],
    ['100 % in a percent-formatted cell', 1, '0%', 1],
  ])('reads %s as %d', (_name, value, format, tolerance) => {
    const { settings, findings } = readSettings(settingsTable([['Tolerance', value]], [format]));
    expect(findings).toEqual([]);
    expect(settings.tolerance).toBe(tolerance);
  });

  it.each<[RawValue, number]>([
    ['0,25', 0.25],
    ['25 %', 0.25],
    ['25%', 0.25],
    ['10', 0.1],
    ['0.25', 0.25],
  ])(
    'reads the text %j as %d, with a warning that it is a number stored as text',
    (text, tolerance) => {
      const { settings, findings } = readSettings(settingsTable([['Tolerance', text]]));
      expect(settings.tolerance).toBe(tolerance);
      expect(findings).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'CELL_NUMBER_AS_TEXT',
          table: 'Indstillinger',
          row: 1,
          column: 'Værdi',
          address: 'Indstillinger!B2',
        }),
      ]);
    },
  );

  it.each<[RawValue, string, string]>([
    [250, 'General', '250'],
    [-0.1, 'General', '-0.1'],
    [1.5, '0%', '150'],
    ['120 %', 'General', '120 %'],
  ])(
    'rejects the tolerance %j (format %s) with SETTINGS_BAD_TOLERANCE and uses 0.25',
    (value, format, shown) => {
      const { settings, findings } = readSettings(settingsTable([['Tolerance', value]], [format]));
      expect(settings.tolerance).toBe(0.25);
      const bad = findings.filter((f) => f.code === 'SETTINGS_BAD_TOLERANCE');
      expect(bad).toEqual([
        expect.objectContaining({
          severity: 'warning',
          table: 'Indstillinger',
          row: 1,
          column: 'Værdi',
          address: 'Indstillinger!B2',
        }),
      ]);
      expect(bad[0]?.message.da).toBe(
        `Tolerancen '${shown}' skal være en brøk fra 0 til 1 eller en procent (fx 0,25 eller 25 %); 25 % bruges.`,
      );
    },
  );

  it('reports a tolerance that is no number at its cell and uses 0.25', () => {
    const { settings, findings } = readSettings(settingsTable([['Tolerance', 'abc']]));
    expect(settings.tolerance).toBe(0.25);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'CELL_NOT_A_NUMBER',
        column: 'Værdi',
        address: 'Indstillinger!B2',
      }),
    ]);
  });

  it('reports an error value as tolerance at its cell and uses 0.25', () => {
    const { settings, findings } = readSettings(settingsTable([['Tolerance', { error: '#N/A' }]]));
    expect(settings.tolerance).toBe(0.25);
    expect(findings.map((f) => [f.code, f.address])).toEqual([
      ['CELL_ERROR_VALUE', 'Indstillinger!B2'],
    ]);
  });

  it('uses 0.25 without a finding when Tolerance is empty', () => {
    const { settings, findings } = readSettings(settingsTable([['Tolerance', null]]));
    expect(settings.tolerance).toBe(0.25);
    expect(findings).toEqual([]);
  });
});

describe('readSettings: keys that are unknown or repeated', () => {
  it('warns about an unknown key, naming it, and ignores it', () => {
    const { settings, findings } = readSettings(
      settingsTable([
        ['Kommune', 'Ishøj'],
        ['Farve', 'grøn'],
      ]),
    );
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, municipality: 'Ishøj' });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'SETTINGS_UNKNOWN_KEY',
        table: 'Indstillinger',
        row: 2,
        column: 'Nøgle',
        address: 'Indstillinger!A3',
      }),
    ]);
    expect(findings[0]?.message.da).toContain("'Farve'");
  });

  it('warns about a repeated key and keeps the first value', () => {
    const { settings, findings } = readSettings(
      settingsTable([
        ['Kommune', 'Ishøj'],
        ['kommune', 'Brøndby'],
      ]),
    );
    expect(settings.municipality).toBe('Ishøj');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'SETTINGS_DUPLICATE_KEY',
        row: 2,
        address: 'Indstillinger!A3',
      }),
    ]);
  });

  it('ignores a row with a value but no key', () => {
    const { settings, findings } = readSettings(settingsTable([[null, 'Ishøj']]));
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(findings).toEqual([]);
  });
});

describe('readSettings: a missing table or column', () => {
  it('warns SETTINGS_MISSING and uses the defaults when there is no Indstillinger table', () => {
    const { settings, findings } = readSettings(null);
    expect(settings).toEqual({
      municipality: null,
      planTitle: 'Beskæftigelsesplan',
      tolerance: 0.25,
      reportPeriod: null,
    });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'SETTINGS_MISSING',
        table: 'Indstillinger',
        row: null,
        column: null,
        address: null,
      }),
    ]);
  });

  it('reports a missing Værdi column and uses the defaults', () => {
    const { settings, findings } = readSettings(
      tableFromValues('Indstillinger', [['Nøgle'], ['Kommune']]),
    );
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'TABLE_MISSING_COLUMN',
        table: 'Indstillinger',
        column: 'Værdi',
        address: 'Indstillinger!A1',
      }),
    ]);
  });
});

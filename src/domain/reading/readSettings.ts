import { isPercentFormat } from '../cells/numberFormat';
import type { RawTable } from '../cells/rawTable';
import type { Finding } from '../findings/finding';
import { tablePlace } from '../findings/finding';
import { makeFinding } from '../findings/makeFinding';
import type { SettingKey } from '../model/columns';
import { headerMatches, SETTING_KEYS, SETTINGS_COLUMNS } from '../model/columns';
import type { Settings } from '../model/plan';
import { DEFAULT_SETTINGS } from '../model/plan';
import { mapColumns } from './mapColumns';
import { isEmptyRow, RowReader } from './rowReader';

/**
 * Reads `Indstillinger` (key/value rows). Unknown keys are warnings; a tolerance may be a
 * fraction (0,25) or a percentage (25 or 25 %). A missing table gives the defaults.
 */
export function readSettings(table: RawTable | null): { settings: Settings; findings: Finding[] } {
  if (!table) {
    return {
      settings: DEFAULT_SETTINGS,
      findings: [makeFinding('SETTINGS_MISSING', {}, tablePlace('Indstillinger'))],
    };
  }
  const { map, findings } = mapColumns(table, 'Indstillinger', SETTINGS_COLUMNS);
  if (findings.some((f) => f.severity === 'error')) return { settings: DEFAULT_SETTINGS, findings };
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  const seen = new Set<SettingKey>();
  table.rows.forEach((cells, i) => {
    if (isEmptyRow(cells)) return;
    const reader = new RowReader('Indstillinger', i + 1, cells, map);
    readSetting(reader, settings, seen);
    findings.push(...reader.findings);
  });
  return { settings, findings };
}

function readSetting(
  reader: RowReader<'key' | 'value'>,
  settings: { -readonly [K in keyof Settings]: Settings[K] },
  seen: Set<SettingKey>,
): void {
  const keyText = reader.text('key');
  if (keyText === null) return;
  const known = SETTING_KEYS.find((k) => headerMatches(keyText, k));
  if (!known) {
    reader.report(reader.finding('SETTINGS_UNKNOWN_KEY', 'key', { key: keyText }), 'key');
    return;
  }
  if (seen.has(known.key)) {
    reader.report(reader.finding('SETTINGS_DUPLICATE_KEY', 'key', { key: keyText }), 'key');
    return;
  }
  seen.add(known.key);
  switch (known.key) {
    case 'municipality':
      settings.municipality = reader.text('value');
      break;
    case 'planTitle':
      settings.planTitle = reader.text('value') ?? DEFAULT_SETTINGS.planTitle;
      break;
    case 'tolerance':
      settings.tolerance = readTolerance(reader) ?? DEFAULT_SETTINGS.tolerance;
      break;
    case 'reportPeriod':
      settings.reportPeriod = reader.period('value');
      break;
  }
}

function readTolerance(reader: RowReader<'key' | 'value'>): number | null {
  const cell = reader.cell('value');
  const value = reader.number('value');
  if (value === null) return null;
  // A percent-formatted cell or a text with % reads in percent units; a plain 25 means 25 % too.
  const percentUnits =
    (cell !== undefined && isPercentFormat(cell.format)) ||
    (typeof cell?.value === 'string' && cell.value.includes('%'));
  const fraction = percentUnits || value > 1 ? value / 100 : value;
  if (fraction >= 0 && fraction <= 1) return fraction;
  const shown = typeof cell?.value === 'string' ? cell.value.trim() : String(value);
  reader.report(reader.finding('SETTINGS_BAD_TOLERANCE', 'value', { shown }), 'value');
  return null;
}

import type { GoalResult } from '../model/goalResult';
import type { Goal } from '../model/plan';
import { statusInfo } from '../model/status';
import { TARGET_TYPE_RULES } from '../model/targetTypeRules';
import { choiceLabel, MILESTONE_STATUSES } from '../model/vocabulary';
import { labelPeriod } from '../periods/labelPeriod';
import type { Language } from '../text/localText';
import { inLanguage } from '../text/localText';
import { fill, REPORT_TEXT } from './reportTexts';
import type { CellValue } from './sheetSpec';
import {
  ATTAINMENT_FORMAT,
  CHANGE_FORMAT,
  differenceUnit,
  needsDecimals,
  signedFormat,
  unitFormat,
} from './valueFormats';

/** A cell's value and number format. */
export interface CellContent {
  readonly value: CellValue;
  readonly format: string;
}

const EMPTY: CellContent = { value: null, format: 'General' };
const text = (value: string): CellContent => ({ value, format: '@' });

/** The status sheet's columns, in order. */
export const STATUS_COLUMNS = [
  'goal',
  'baseline',
  'target',
  'latest',
  'expectedNow',
  'attainment',
  'status',
  'comment',
] as const;

export type StatusColumn = (typeof STATUS_COLUMNS)[number];

/**
 * The cells of one goal's row in the status sheet: numbers stay numbers, with their unit and
 * period in the number format (`444 (2013)`, `37,0 % (august 2015)`).
 */
export function goalRowCells(
  goal: Goal,
  result: GoalResult,
  language: Language,
): Record<StatusColumn, CellContent> {
  const t = (key: keyof typeof REPORT_TEXT): string => inLanguage(REPORT_TEXT[key], language);
  const label = (p: Parameters<typeof labelPeriod>[0]): string =>
    labelPeriod(p, language, { short: true });
  const number = (value: number | null, note: string | null, countUnit = false): CellContent => {
    if (value === null) return EMPTY;
    const options = { countUnit, ...(note === null ? {} : { note }) };
    return { value, format: unitFormat(goal.unit, needsDecimals([value]), language, options) };
  };
  const type = goal.targetType;
  const family = type === null ? null : TARGET_TYPE_RULES[type].family;
  const info = statusInfo(result.status);

  let target: CellContent = EMPTY;
  const deadline = goal.targetPeriod ? label(goal.targetPeriod) : null;
  if (type === 'milestone') target = text(deadline ? `${t('deadline')} ${deadline}` : '');
  else if (type === 'benchmark')
    target = text(fill(t('asGoodAs'), { area: goal.benchmarkArea ?? '' }));
  else if (type === 'direction') target = text(t('betterThanBaseline'));
  else if (result.target !== null) target = number(result.target, deadline, true);

  let latest: CellContent = EMPTY;
  if (type === 'milestone') {
    if (result.milestoneStatus !== null && result.actualPeriod) {
      const state = inLanguage(choiceLabel(MILESTONE_STATUSES, result.milestoneStatus), language);
      latest = text(`${state} (${label(result.actualPeriod)})`);
    }
  } else if (result.actual !== null && result.actualPeriod) {
    latest = number(result.actual, label(result.actualPeriod));
  }

  let expected: CellContent = EMPTY;
  if (result.expected !== null) {
    expected = number(result.expected, type === 'benchmark' ? (goal.benchmarkArea ?? null) : null);
  }

  let attainment: CellContent = EMPTY;
  if (result.status !== 'invalid' && result.status !== 'no_data') {
    if (type === 'benchmark' && result.deviation !== null) {
      const unit = differenceUnit(goal.unit);
      attainment = {
        value: result.deviation,
        format: signedFormat(unitFormat(unit, true, language)),
      };
    } else if (family === 'direction' && result.changeRatio !== null) {
      attainment = { value: result.changeRatio, format: CHANGE_FORMAT };
    } else if (family === 'direction' && result.change !== null) {
      attainment = {
        value: result.change,
        format: signedFormat(unitFormat(goal.unit, true, language)),
      };
    } else if (result.attainment !== null) {
      attainment = { value: result.attainment, format: ATTAINMENT_FORMAT };
    }
  }

  return {
    goal: text(`${goal.id}: ${goal.text}`),
    baseline:
      goal.baseline === null || type === 'benchmark' || type === 'milestone'
        ? EMPTY
        : number(goal.baseline, goal.baselinePeriod ? label(goal.baselinePeriod) : null),
    target,
    latest,
    expectedNow: expected,
    attainment,
    status: text(`${info.symbol} ${inLanguage(info.label, language)}`),
    comment: text(result.comment ?? inLanguage(result.explanation, language)),
  };
}

import type { GoalResult } from '../model/goalResult';
import { areaKey } from '../model/ownArea';
import type { Goal, Observation } from '../model/plan';
import { TARGET_TYPE_RULES } from '../model/targetTypeRules';
import { formatPeriod } from '../periods/formatPeriod';
import type { Period } from '../periods/period';
import { comparePeriods } from '../periods/period';
import type { Language } from '../text/localText';
import { inLanguage } from '../text/localText';
import { REPORT_TEXT } from './reportTexts';
import { needsDecimals, unitFormat } from './valueFormats';

export interface ChartSeriesData {
  readonly name: string;
  readonly kind: 'own' | 'target' | 'benchmark';
  /** One value per category; null where there is none. */
  readonly values: readonly (number | null)[];
}

/** The figures behind one goal's line chart. */
export interface LineChartData {
  readonly goal: Goal;
  readonly title: string;
  readonly categories: readonly Period[];
  readonly series: readonly ChartSeriesData[];
  readonly numberFormat: string;
  readonly minZero: boolean;
}

const TITLE_LENGTH = 60;

/** A chart title: the goal's Id and its text cut to 60 characters. */
export function chartTitle(goal: Goal): string {
  const text =
    goal.text.length > TITLE_LENGTH
      ? `${goal.text.slice(0, TITLE_LENGTH - 1).trimEnd()}…`
      : goal.text;
  return `${goal.id} ${text}`;
}

/** The target line's value at the end of a category (domain §6). */
function targetAt(goal: Goal, result: GoalResult, period: Period): number | null {
  const type = goal.targetType;
  if (type === null) return null;
  const family = TARGET_TYPE_RULES[type].family;
  if (family === 'direction') return goal.baseline;
  if (type === 'benchmark' || result.target === null) return null;
  if (family === 'level') return result.target;
  const b = goal.baseline;
  const t0 = goal.baselinePeriod?.end;
  const t1 = goal.targetPeriod?.end;
  if (b === null || t0 === undefined || t1 === undefined || period.end < t0) return null;
  const f = t1 <= t0 ? 1 : Math.min(1, (period.end - t0) / (t1 - t0));
  return b + (result.target - b) * f;
}

/**
 * The data for a goal's line chart, or null when the goal has fewer than two own figures up to
 * the report period (or is a milestone or invalid). Categories are the periods of the own and
 * benchmark figures, plus for the progress family the baseline and target periods, so that the
 * target line runs from B to T.
 */
export function lineChartData(
  goal: Goal,
  result: GoalResult,
  observations: readonly Observation[],
  reportEnd: number,
  municipality: string | null,
  language: Language,
): LineChartData | null {
  const type = goal.targetType;
  if (type === null || type === 'milestone' || result.status === 'invalid') return null;
  const usable = observations.filter((o) => o.value !== null && o.period.end <= reportEnd);
  const own = usable.filter((o) => o.own);
  if (own.length < 2) return null;

  const periods = new Map<string, Period>();
  const add = (p: Period | null): void => {
    if (p) periods.set(formatPeriod(p), p);
  };
  usable.forEach((o) => add(o.period));
  if (TARGET_TYPE_RULES[type].family === 'progress') {
    add(goal.baselinePeriod);
    add(goal.targetPeriod);
  }
  const categories = [...periods.values()].sort(comparePeriods);
  const column = (rows: readonly Observation[]): (number | null)[] =>
    categories.map(
      (p) => rows.find((o) => formatPeriod(o.period) === formatPeriod(p))?.value ?? null,
    );

  const series: ChartSeriesData[] = [
    {
      name: municipality ?? inLanguage(REPORT_TEXT.own, language),
      kind: 'own',
      values: column(own),
    },
  ];
  const target = categories.map((p) => targetAt(goal, result, p));
  if (target.some((v) => v !== null)) {
    const name =
      TARGET_TYPE_RULES[type].family === 'direction'
        ? REPORT_TEXT.baselineLine
        : REPORT_TEXT.targetLine;
    series.push({ name: inLanguage(name, language), kind: 'target', values: target });
  }
  const areas = new Map<string, Observation[]>();
  for (const o of usable) {
    if (o.own) continue;
    const key = areaKey(o.area, municipality);
    areas.set(key, [...(areas.get(key) ?? []), o]);
  }
  for (const rows of areas.values()) {
    series.push({ name: rows[0]?.area ?? '', kind: 'benchmark', values: column(rows) });
  }
  const all = series.flatMap((s) => s.values);
  return {
    goal,
    title: chartTitle(goal),
    categories,
    series,
    numberFormat: unitFormat(goal.unit, needsDecimals(all), language),
    minZero: all.every((v) => v === null || v >= 0),
  };
}

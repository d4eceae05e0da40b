import type { Finding } from '../findings/finding';
import { effectiveDirection, effectiveTarget } from '../model/effectiveTarget';
import type { GoalResult } from '../model/goalResult';
import { areaKey } from '../model/ownArea';
import type { Goal, Observation } from '../model/plan';
import { TARGET_TYPE_RULES } from '../model/targetTypeRules';
import type { Period } from '../periods/period';
import { samePeriod } from '../periods/period';
import { labelPeriod } from '../periods/labelPeriod';
import type { LocalText } from '../text/localText';
import type { Actual } from './findActual';
import { findActual } from './findActual';
import { judgeBenchmark, judgeLevel } from './judgeLevel';
import { judgeDirection } from './judgeDirection';
import { judgeMilestone } from './judgeMilestone';
import { judgeProgress } from './judgeProgress';
import type { Judgement } from './judgement';
import { bareJudgement } from './judgement';
import { timeFraction } from './timeFraction';

export interface EvaluationContext {
  /** R: the follow-up period reported on. Only figures ending no later than end(R) count. */
  readonly reportPeriod: Period;
  /** τ: the width of the yellow band, as a fraction. */
  readonly tolerance: number;
  /** The Kommune setting: its name in Område means an own figure. */
  readonly municipality: string | null;
}

const EMPTY: Omit<GoalResult, 'id' | 'row' | 'status' | 'explanation'> = {
  final: false,
  actual: null,
  actualPeriod: null,
  expected: null,
  attainment: null,
  q: null,
  deviation: null,
  benchmark: null,
  comment: null,
  target: null,
  timeFraction: null,
  change: null,
  changeRatio: null,
  milestoneStatus: null,
  blockedBy: [],
};

function invalidExplanation(blockedBy: readonly Finding[]): LocalText {
  const first = blockedBy[0];
  const more = blockedBy.length - 1;
  if (!first) {
    return { da: 'Målet kan ikke beregnes.', en: 'The goal cannot be computed.' };
  }
  return {
    da: `Kan ikke beregnes: ${first.message.da}${more > 0 ? ` (og ${more} fejl mere)` : ''}`,
    en: `Cannot be computed: ${first.message.en}${more > 0 ? ` (and ${more} more errors)` : ''}`,
  };
}

/** The benchmark area's figure for exactly A's period, if the goal names an area. */
function benchmarkFor(
  goal: Goal,
  others: readonly Observation[],
  actual: Actual,
  municipality: string | null,
): number | null {
  if (goal.benchmarkArea === null) return null;
  const key = areaKey(goal.benchmarkArea, municipality);
  const match = others.find(
    (o) =>
      o.value !== null &&
      areaKey(o.area, municipality) === key &&
      samePeriod(o.period, actual.period),
  );
  return match?.value ?? null;
}

/**
 * Evaluates one goal at the report period (domain §4): finds A and t, the time fraction f,
 * the expected value E, the attainment and the status, with a sentence saying how.
 * `observations` are the goal's valid follow-up rows; `blockedBy` the errors that make it
 * `invalid`. Never throws.
 */
export function evaluateGoal(
  goal: Goal,
  observations: readonly Observation[],
  blockedBy: readonly Finding[],
  context: EvaluationContext,
): GoalResult {
  const base = { ...EMPTY, id: goal.id, row: goal.origin.row };
  const type = goal.targetType;
  if (blockedBy.length > 0 || type === null || goal.targetPeriod === null) {
    return { ...base, status: 'invalid', explanation: invalidExplanation(blockedBy), blockedBy };
  }
  const reportEnd = context.reportPeriod.end;
  const own = observations.filter((o) => o.own);
  const R = {
    da: labelPeriod(context.reportPeriod, 'da'),
    en: labelPeriod(context.reportPeriod, 'en'),
  };

  if (type === 'milestone') {
    const m = judgeMilestone(goal, own, reportEnd);
    return {
      ...base,
      status: m.status,
      final: m.final,
      actualPeriod: m.observation?.period ?? null,
      comment: m.observation?.comment ?? null,
      milestoneStatus: m.observation?.milestoneStatus ?? null,
      explanation: m.explanation,
    };
  }

  const actual = findActual(goal, own, reportEnd);
  if (!actual) {
    const inTarget =
      goal.measure === 'cumulative'
        ? { da: ' i målperioden', en: ' in the target period' }
        : { da: '', en: '' };
    return {
      ...base,
      status: 'no_data',
      target: effectiveTarget(goal),
      explanation: {
        da: `Ingen opfølgningstal${inTarget.da} til og med ${R.da}.`,
        en: `No follow-up figures${inTarget.en} up to ${R.en}.`,
      },
    };
  }

  if (!Number.isFinite(actual.value)) {
    // Cumulative figures near the largest double can add up to more than a number can hold.
    return {
      ...base,
      status: 'invalid',
      explanation: {
        da: 'Kan ikke beregnes: opfølgningstallene lagt sammen er for store til at regne med.',
        en: 'Cannot be computed: the follow-up figures add up to more than can be computed.',
      },
    };
  }
  const f = timeFraction(goal, actual.month);
  const final = actual.month >= goal.targetPeriod.end;
  const benchmark = benchmarkFor(
    goal,
    observations.filter((o) => !o.own),
    actual,
    context.municipality,
  );
  const target = effectiveTarget(goal);
  const direction = effectiveDirection(goal);
  const rule = TARGET_TYPE_RULES[type];
  const withActual = {
    ...base,
    final,
    actual: actual.value,
    actualPeriod: actual.period,
    comment: actual.comment,
    benchmark,
    target,
    timeFraction: f,
  };

  let judgement: Judgement | null = null;
  if (rule.family === 'progress' && goal.baseline !== null && target !== null) {
    judgement = judgeProgress(goal, actual, goal.baseline, target, f, final, context.tolerance);
  } else if (type === 'benchmark' && direction !== null) {
    if (benchmark === null) {
      const when = { da: labelPeriod(actual.period, 'da'), en: labelPeriod(actual.period, 'en') };
      return {
        ...withActual,
        final: false,
        status: 'no_data',
        explanation: {
          da: `Ingen sammenligningstal for ${goal.benchmarkArea ?? ''} i ${when.da}.`,
          en: `No benchmark figures for ${goal.benchmarkArea ?? ''} in ${when.en}.`,
        },
      };
    }
    judgement = judgeBenchmark(goal, actual, benchmark, direction, final, context.tolerance);
  } else if (rule.family === 'level' && target !== null && direction !== null) {
    judgement = judgeLevel(goal, actual, target, direction, f, final, context.tolerance);
  } else if (rule.family === 'direction' && goal.baseline !== null && direction !== null) {
    judgement = judgeDirection(goal, actual, goal.baseline, direction, final);
  }
  if (!judgement) {
    judgement = bareJudgement('invalid', invalidExplanation([]));
    return { ...withActual, ...judgement, final: false };
  }
  return { ...withActual, ...judgement };
}

import { atLeast, atMost, sameNumber } from '../cells/roundNumber';
import type { LocalText } from '../text/localText';
import type { Goal, PlanField } from '../model/plan';
import { isPercentChange, TARGET_TYPE_RULES } from '../model/targetTypeRules';
import { choiceLabel, DIRECTIONS, TARGET_TYPES } from '../model/vocabulary';
import { labelPeriod } from '../periods/labelPeriod';
import type { RowReader } from '../reading/rowReader';
import { percentTarget } from '../model/effectiveTarget';

const needs = (type: LocalText, what: LocalText): LocalText => ({
  da: `måltypen '${type.da}' kræver ${what.da}`,
  en: `the target type '${type.en}' needs ${what.en}`,
});

/**
 * Checks one goal against the rules of its target type (domain §3): required fields, the
 * baseline on the right side of the target, a direction that agrees with the type, periods
 * in order, and the plan's stated end value. Findings go to the goal's row reader.
 */
export function checkGoal(goal: Goal, reader: RowReader<PlanField>): void {
  const type = goal.targetType;
  if (type === null) {
    reader.requireValue('targetType', false);
    return;
  }
  const rule = TARGET_TYPE_RULES[type];
  const typeLabel = choiceLabel(TARGET_TYPES, type);
  const { baseline, target } = goal;

  reader.requireValue('targetPeriod', goal.targetPeriod !== null);
  if (type !== 'milestone') {
    reader.requireValue(
      'unit',
      goal.unit !== null,
      needs(typeLabel, { da: 'en enhed', en: 'a unit' }),
    );
  }
  if (rule.needsBaseline) {
    reader.requireValue(
      'baseline',
      baseline !== null,
      needs(typeLabel, { da: 'en baseline', en: 'a baseline' }),
    );
  }
  if (rule.needsTarget) {
    reader.requireValue(
      'target',
      target !== null,
      needs(typeLabel, { da: 'en målværdi', en: 'a target' }),
    );
  }
  if (rule.needsDirection) {
    reader.requireValue(
      'direction',
      goal.direction !== null,
      needs(typeLabel, { da: 'en retning', en: 'a direction' }),
    );
  }
  if (rule.needsBenchmarkArea) {
    reader.requireValue(
      'benchmarkArea',
      goal.benchmarkArea !== null,
      needs(typeLabel, { da: 'et sammenligningsområde', en: 'a benchmark area' }),
    );
  }
  if (baseline !== null) {
    reader.requireValue('baselinePeriod', goal.baselinePeriod !== null, {
      da: 'der er en baseline, så den skal have en periode',
      en: 'there is a baseline, so it needs a period',
    });
  }

  if (
    rule.fixedDirection !== null &&
    goal.direction !== null &&
    goal.direction !== rule.fixedDirection
  ) {
    reader.report(
      reader.finding('PLAN_DIRECTION_CONFLICT', 'direction', {
        direction: choiceLabel(DIRECTIONS, goal.direction),
        type: typeLabel,
      }),
      'direction',
    );
  }

  if ((type === 'reduce_to' || type === 'increase_to') && baseline !== null && target !== null) {
    if (sameNumber(baseline, target)) {
      reader.report(
        reader.finding('PLAN_BASELINE_EQUALS_TARGET', 'target', { baseline, target }),
        'target',
      );
    } else if (type === 'reduce_to' ? baseline < target : baseline > target) {
      reader.report(
        reader.finding('PLAN_BASELINE_WRONG_SIDE', 'target', { baseline, target, type: typeLabel }),
        'target',
      );
    }
  }

  if (isPercentChange(type) && target !== null) {
    const fits = type === 'reduce_pct' ? target > 0 && target < 100 : target > 0;
    if (!fits) {
      const range: LocalText =
        type === 'reduce_pct'
          ? { da: 'over 0 og under 100', en: 'above 0 and below 100' }
          : { da: 'over 0', en: 'above 0' };
      reader.report(
        reader.finding('PLAN_PERCENT_OUT_OF_RANGE', 'target', { target, type: typeLabel, range }),
        'target',
      );
    }
  }
  if (isPercentChange(type) && baseline !== null && !(baseline > 0)) {
    reader.report(
      reader.finding('PLAN_BASELINE_NOT_POSITIVE', 'baseline', { baseline, type: typeLabel }),
      'baseline',
    );
  }

  if (goal.baselinePeriod && goal.targetPeriod && goal.targetPeriod.end < goal.baselinePeriod.end) {
    reader.report(
      reader.finding('PLAN_TARGET_BEFORE_BASELINE', 'targetPeriod', {
        target: {
          da: labelPeriod(goal.targetPeriod, 'da'),
          en: labelPeriod(goal.targetPeriod, 'en'),
        },
        baseline: {
          da: labelPeriod(goal.baselinePeriod, 'da'),
          en: labelPeriod(goal.baselinePeriod, 'en'),
        },
      }),
      'targetPeriod',
    );
  }

  if (isPercentChange(type) && baseline !== null && target !== null && goal.endValue !== null) {
    const computed = percentTarget(type, baseline, target);
    const endValue = goal.endValue;
    if (!(atLeast(endValue, computed - 0.5) && atMost(endValue, computed + 0.5))) {
      reader.report(
        reader.finding('PLAN_END_VALUE_MISMATCH', 'endValue', {
          endValue,
          computed,
          baseline,
          percent: target,
          rise: type === 'increase_pct',
        }),
        'endValue',
      );
    }
  }
}

import { sameNumber } from '../cells/roundNumber';
import type { Goal } from '../model/plan';
import type { Direction } from '../model/vocabulary';
import { labelPeriod } from '../periods/labelPeriod';
import { formatNumber } from '../text/formatNumber';
import type { LocalText } from '../text/localText';
import type { Actual } from './findActual';
import { valueText } from './formatValue';
import type { Grade } from './grade';
import { statusOfGrade } from './grade';
import type { Judgement } from './judgement';
import { finite, ratio } from './judgement';

/**
 * Retning: just move the right way from B. Better than B is good, equal is near, worse is bad.
 * There is no target, so no expected value and no percentage: the change A − B is reported.
 */
export function judgeDirection(
  goal: Goal,
  actual: Actual,
  baseline: number,
  direction: Direction,
  final: boolean,
): Judgement {
  const a = actual.value;
  const change = finite(a - baseline);
  let grade: Grade;
  if (sameNumber(a, baseline)) grade = 'near';
  else grade = a > baseline === (direction === 'higher') ? 'good' : 'bad';
  const changeRatio = change === null ? null : ratio(change, baseline);
  const u = goal.unit;
  const A = valueText(a, u);
  const B = valueText(baseline, u);
  const sign = (x: number, language: 'da' | 'en'): string =>
    `${x > 0 ? '+' : ''}${formatNumber(x, language, 1)}`;
  const delta: LocalText =
    change === null
      ? { da: '', en: '' }
      : {
          da: `${sign(change, 'da')}${changeRatio === null ? '' : ` (${sign(changeRatio * 100, 'da')} %)`}`,
          en: `${sign(change, 'en')}${changeRatio === null ? '' : ` (${sign(changeRatio * 100, 'en')} %)`}`,
        };
  const verdict: Record<Grade, LocalText> = {
    good: { da: 'i den rigtige retning', en: 'the right way' },
    near: { da: 'uændret', en: 'unchanged' },
    bad: { da: 'i den forkerte retning', en: 'the wrong way' },
  };
  const basePeriod = goal.baselinePeriod;
  const from: LocalText = basePeriod
    ? {
        da: `${B.da} (${labelPeriod(basePeriod, 'da')})`,
        en: `${B.en} (${labelPeriod(basePeriod, 'en')})`,
      }
    : B;
  return {
    status: statusOfGrade(grade, final),
    expected: null,
    attainment: null,
    q: null,
    deviation: null,
    change,
    changeRatio,
    explanation: {
      da: `Fra ${from.da} til ${A.da} (${labelPeriod(actual.period, 'da')}): ${delta.da}, ${verdict[grade].da}.`,
      en: `From ${from.en} to ${A.en} (${labelPeriod(actual.period, 'en')}): ${delta.en}, ${verdict[grade].en}.`,
    },
  };
}

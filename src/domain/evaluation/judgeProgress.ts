import { atLeast } from '../cells/roundNumber';
import type { Goal } from '../model/plan';
import { formatPercent } from '../text/formatNumber';
import type { Actual } from './findActual';
import { valueText } from './formatValue';
import type { Grade } from './grade';
import { statusOfGrade } from './grade';
import type { Judgement } from './judgement';
import { finite, ratio } from './judgement';
import { monthsElapsed } from './timeFraction';

/**
 * The progress family (Reduktion til, Stigning til, Reduktion pct, Stigning pct): how far A has
 * come from B towards T, P = (A − B)/(T − B), against the share of time passed f.
 */
export function judgeProgress(
  goal: Goal,
  actual: Actual,
  baseline: number,
  target: number,
  f: number,
  final: boolean,
  tolerance: number,
): Judgement {
  const a = actual.value;
  const progress = ratio(a - baseline, target - baseline);
  const expected = finite(baseline + (target - baseline) * f);
  let grade: Grade;
  if (progress === null) grade = 'bad';
  else if (f === 0) grade = atLeast(progress, 0) ? 'good' : 'bad';
  else if (atLeast(progress, f)) grade = 'good';
  else if (atLeast(progress, (1 - tolerance) * f)) grade = 'near';
  else grade = 'bad';

  const u = goal.unit;
  const A = valueText(a, u);
  const B = valueText(baseline, u);
  const T = valueText(target, u);
  const P =
    progress === null
      ? null
      : { da: formatPercent(progress, 'da'), en: formatPercent(progress, 'en') };
  const way = P
    ? {
        da: ` (${P.da} af vejen fra ${B.da} til ${T.da})`,
        en: ` (${P.en} of the way from ${B.en} to ${T.en})`,
      }
    : { da: '', en: '' };
  const months = monthsElapsed(goal, actual.month);
  let explanation;
  if (final) {
    explanation = {
      da: `Målperioden er slut: mål ${T.da}, faktisk ${A.da}${way.da}.`,
      en: `The target period is over: target ${T.en}, actual ${A.en}${way.en}.`,
    };
  } else if (f === 0 || expected === null) {
    explanation = {
      da: `Ingen tid er gået siden baseline: faktisk ${A.da} mod baseline ${B.da}.`,
      en: `No time has passed since the baseline: actual ${A.en} against baseline ${B.en}.`,
    };
  } else {
    const E = valueText(expected, u);
    const when = months
      ? {
          da: `${months.elapsed} af ${months.total} måneder: `,
          en: `${months.elapsed} of ${months.total} months: `,
        }
      : { da: '', en: '' };
    explanation = {
      da: `${when.da}forventet ${E.da}, faktisk ${A.da}${way.da}.`,
      en: `${when.en}expected ${E.en}, actual ${A.en}${way.en}.`,
    };
  }
  return {
    status: statusOfGrade(grade, final),
    expected,
    attainment: progress,
    q: progress !== null && f > 0 ? ratio(progress, f) : null,
    deviation: expected === null ? null : finite(a - expected),
    change: null,
    changeRatio: null,
    explanation,
  };
}

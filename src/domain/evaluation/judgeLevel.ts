import { atLeast, atMost } from '../cells/roundNumber';
import type { Goal } from '../model/plan';
import type { Direction } from '../model/vocabulary';
import { labelPeriod } from '../periods/labelPeriod';
import type { LocalText } from '../text/localText';
import type { Actual } from './findActual';
import { valueText } from './formatValue';
import type { Grade } from './grade';
import { statusOfGrade } from './grade';
import type { Judgement } from './judgement';
import { finite, ratio } from './judgement';
import { monthsElapsed } from './timeFraction';

/** Grades A against E for the level family, with the tolerance band τ. */
function gradeLevel(a: number, e: number, direction: Direction, tolerance: number): Grade {
  if (direction === 'higher') {
    if (atLeast(a, e)) return 'good';
    return atLeast(a, (1 - tolerance) * e) ? 'near' : 'bad';
  }
  if (atMost(a, e)) return 'good';
  return atMost(a, (1 + tolerance) * e) ? 'near' : 'bad';
}

/** q for the level family: A/E when higher is better, E/A when lower is (A = 0 is as expected or better). */
function levelQ(a: number, e: number, direction: Direction): number | null {
  if (direction === 'higher') return ratio(a, e);
  if (a === 0) return e >= 0 ? null : 0;
  return ratio(e, a);
}

/** Målopfyldelse for the level family: A/T, or for lower-is-better 1 if A ≤ T, else T/A. */
function levelAttainment(a: number, t: number, direction: Direction): number | null {
  if (direction === 'higher') return ratio(a, t);
  return atMost(a, t) ? 1 : ratio(t, a);
}

/**
 * The level family (Minimum, Maksimum, Fasthold with T := B): A against T, or for an
 * `Akkumuleret` count against the share T·f due by now. A cumulative count can only grow, so
 * a minimum already reached is `met` and a maximum already passed is `not_met`.
 */
export function judgeLevel(
  goal: Goal,
  actual: Actual,
  target: number,
  direction: Direction,
  f: number,
  final: boolean,
  tolerance: number,
): Judgement {
  const a = actual.value;
  const cumulative = goal.measure === 'cumulative';
  const expected = finite(cumulative ? target * f : target) ?? target;
  let status = statusOfGrade(gradeLevel(a, expected, direction, tolerance), final);
  let settled: 'reached' | 'exceeded' | null = null;
  if (cumulative && !final) {
    if (direction === 'higher' && atLeast(a, target)) {
      status = 'met';
      settled = 'reached';
    } else if (direction === 'lower' && !atMost(a, target)) {
      status = 'not_met';
      settled = 'exceeded';
    }
  }
  return {
    status,
    expected,
    attainment: levelAttainment(a, target, direction),
    q: levelQ(a, expected, direction),
    deviation: finite(a - expected),
    change: null,
    changeRatio: null,
    explanation: explainLevel(goal, actual, target, expected, direction, final, settled),
  };
}

function explainLevel(
  goal: Goal,
  actual: Actual,
  target: number,
  expected: number,
  direction: Direction,
  final: boolean,
  settled: 'reached' | 'exceeded' | null,
): LocalText {
  const u = goal.unit;
  const A = valueText(actual.value, u);
  const T = valueText(target, u);
  const bound =
    direction === 'higher'
      ? { da: `mindst ${T.da}`, en: `at least ${T.en}` }
      : { da: `højst ${T.da}`, en: `at most ${T.en}` };
  const when = { da: labelPeriod(actual.period, 'da'), en: labelPeriod(actual.period, 'en') };
  if (settled === 'reached') {
    return {
      da: `Målet på ${T.da} er allerede nået: faktisk ${A.da} (${when.da}).`,
      en: `The target of ${T.en} is already reached: actual ${A.en} (${when.en}).`,
    };
  }
  if (settled === 'exceeded') {
    return {
      da: `Loftet på ${T.da} er allerede overskredet: faktisk ${A.da} (${when.da}).`,
      en: `The ceiling of ${T.en} is already exceeded: actual ${A.en} (${when.en}).`,
    };
  }
  if (final) {
    return {
      da: `Målperioden er slut: mål ${bound.da}, faktisk ${A.da} (${when.da}).`,
      en: `The target period is over: target ${bound.en}, actual ${A.en} (${when.en}).`,
    };
  }
  const months = goal.measure === 'cumulative' ? monthsElapsed(goal, actual.month) : null;
  if (months) {
    const E = valueText(expected, u);
    return {
      da: `${months.elapsed} af ${months.total} måneder: forventet ${E.da} af ${T.da}, faktisk ${A.da}.`,
      en: `${months.elapsed} of ${months.total} months: expected ${E.en} of ${T.en}, actual ${A.en}.`,
    };
  }
  return {
    da: `Mål ${bound.da}: faktisk ${A.da} (${when.da}).`,
    en: `Target ${bound.en}: actual ${A.en} (${when.en}).`,
  };
}

/**
 * Benchmark: at least as good as the benchmark area in the same period. Graded like the level
 * family with T := the benchmark value; there is no percentage, only the difference A − E.
 */
export function judgeBenchmark(
  goal: Goal,
  actual: Actual,
  benchmark: number,
  direction: Direction,
  final: boolean,
  tolerance: number,
): Judgement {
  const a = actual.value;
  const diff = finite(a - benchmark);
  const u = goal.unit;
  const A = valueText(a, u);
  const E = valueText(benchmark, u);
  const D = valueText(Math.abs(diff ?? 0), u);
  const better = diff === null || diff === 0 ? null : diff > 0 === (direction === 'higher');
  const verdict: LocalText =
    better === null
      ? { da: 'lige så godt', en: 'just as good' }
      : better
        ? { da: `${D.da} bedre`, en: `${D.en} better` }
        : { da: `${D.da} dårligere`, en: `${D.en} worse` };
  const area = goal.benchmarkArea ?? '';
  const when = { da: labelPeriod(actual.period, 'da'), en: labelPeriod(actual.period, 'en') };
  return {
    status: statusOfGrade(gradeLevel(a, benchmark, direction, tolerance), final),
    expected: benchmark,
    attainment: null,
    q: levelQ(a, benchmark, direction),
    deviation: diff,
    change: null,
    changeRatio: null,
    explanation: {
      da: `${when.da}: ${area} ${E.da}, egen værdi ${A.da} – ${verdict.da}.`,
      en: `${when.en}: ${area} ${E.en}, own value ${A.en} – ${verdict.en}.`,
    },
  };
}

import type { LocalText } from '../text/localText';
import { foldHeader } from './columns';

/** One allowed value of a choice column: its code, its labels, and other accepted spellings. */
export interface Choice<C extends string> {
  readonly code: C;
  readonly label: LocalText;
  readonly aliases: readonly string[];
}

export type TargetType =
  | 'reduce_to'
  | 'increase_to'
  | 'reduce_pct'
  | 'increase_pct'
  | 'minimum'
  | 'maximum'
  | 'maintain'
  | 'benchmark'
  | 'direction'
  | 'milestone';

export type Direction = 'higher' | 'lower';
export type Measure = 'level' | 'cumulative';
export type GoalLevel = 'result' | 'effort';
export type Unit =
  | 'count'
  | 'persons'
  | 'full_year_persons'
  | 'full_time_persons'
  | 'courses'
  | 'percent'
  | 'percentage_points'
  | 'dkk';
export type MilestoneStatus = 'not_started' | 'started' | 'done' | 'delayed' | 'abandoned';

const choice = <C extends string>(
  code: C,
  da: string,
  en: string,
  ...aliases: string[]
): Choice<C> => ({ code, label: { da, en }, aliases });

export const TARGET_TYPES: readonly Choice<TargetType>[] = [
  choice('reduce_to', 'Reduktion til', 'Reduce to'),
  choice('increase_to', 'Stigning til', 'Increase to'),
  choice('reduce_pct', 'Reduktion pct', 'Reduce by pct', 'Reduktion procent', 'Reduce by percent'),
  choice(
    'increase_pct',
    'Stigning pct',
    'Increase by pct',
    'Stigning procent',
    'Increase by percent',
  ),
  choice('minimum', 'Minimum', 'Minimum', 'Mindst', 'At least'),
  choice('maximum', 'Maksimum', 'Maximum', 'Højst', 'At most'),
  choice('maintain', 'Fasthold', 'Maintain', 'Fastholde', 'Keep'),
  choice('benchmark', 'Benchmark', 'Benchmark', 'Sammenligning'),
  choice('direction', 'Retning', 'Direction'),
  choice('milestone', 'Milepæl', 'Milestone'),
];

export const DIRECTIONS: readonly Choice<Direction>[] = [
  choice('higher', 'Højere er bedre', 'Higher is better', 'op', 'higher', 'højere', 'stigende'),
  choice('lower', 'Lavere er bedre', 'Lower is better', 'ned', 'lower', 'lavere', 'faldende'),
];

export const MEASURES: readonly Choice<Measure>[] = [
  choice('level', 'Niveau', 'Level', 'Status', 'Point in time'),
  choice('cumulative', 'Akkumuleret', 'Cumulative', 'Akkumuleret antal', 'Accumulated'),
];

export const GOAL_LEVELS: readonly Choice<GoalLevel>[] = [
  choice('result', 'Resultatmål', 'Result goal', 'Result'),
  choice('effort', 'Indsatsmål', 'Effort goal', 'Effort', 'Activity goal'),
];

export const UNITS: readonly Choice<Unit>[] = [
  choice('count', 'antal', 'count', 'stk.', 'stk'),
  choice('persons', 'personer', 'persons', 'people'),
  choice('full_year_persons', 'helårspersoner', 'full-year persons', 'fuldtidsledige'),
  choice('full_time_persons', 'fuldtidspersoner', 'full-time persons'),
  choice('courses', 'forløb', 'courses', 'cases'),
  choice('percent', 'procent', 'percent', '%', 'pct', 'pct.'),
  choice('percentage_points', 'procentpoint', 'percentage points', 'pct.point', 'pp'),
  choice('dkk', 'kr.', 'DKK', 'kr', 'kroner'),
];

export const MILESTONE_STATUSES: readonly Choice<MilestoneStatus>[] = [
  choice('not_started', 'Ikke startet', 'Not started', 'Ikke igangsat'),
  choice('started', 'Igangsat', 'Started', 'I gang', 'In progress'),
  choice('done', 'Gennemført', 'Done', 'Færdig', 'Completed'),
  choice('delayed', 'Forsinket', 'Delayed'),
  choice('abandoned', 'Opgivet', 'Abandoned', 'Droppet'),
];

/** Units that count people or events: a value below zero is suspicious. */
export const COUNT_UNITS: ReadonlySet<Unit> = new Set([
  'count',
  'persons',
  'full_year_persons',
  'full_time_persons',
  'courses',
]);

/** Finds the choice a cell's text names, by Danish label, English label or alias. */
export function findChoice<C extends string>(
  choices: readonly Choice<C>[],
  text: string,
): Choice<C> | null {
  const wanted = foldHeader(text);
  return (
    choices.find(
      (c) =>
        foldHeader(c.label.da) === wanted ||
        foldHeader(c.label.en) === wanted ||
        c.aliases.some((a) => foldHeader(a) === wanted),
    ) ?? null
  );
}

/** The label of a code in its choice list. */
export function choiceLabel<C extends string>(choices: readonly Choice<C>[], code: C): LocalText {
  return choices.find((c) => c.code === code)?.label ?? { da: code, en: code };
}

/** The allowed values of a choice column, listed for a message: 'a', 'b' eller 'c'. */
export function listChoices<C extends string>(choices: readonly Choice<C>[]): LocalText {
  const list = (labels: string[], word: string): string => {
    const quoted = labels.map((l) => `'${l}'`);
    return quoted.length < 2
      ? quoted.join('')
      : `${quoted.slice(0, -1).join(', ')} ${word} ${quoted[quoted.length - 1] ?? ''}`;
  };
  return {
    da: list(
      choices.map((c) => c.label.da),
      'eller',
    ),
    en: list(
      choices.map((c) => c.label.en),
      'or',
    ),
  };
}

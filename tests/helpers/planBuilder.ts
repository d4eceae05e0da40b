import type { Analysis } from '../../src/domain/analyzeWorkbook';
import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import type { RawValue, RawWorkbook } from '../../src/domain/cells/rawTable';
import type { Finding } from '../../src/domain/findings/finding';
import type { FindingCode } from '../../src/domain/findings/messages';
import type { GoalResult } from '../../src/domain/model/goalResult';
import { parsePeriod } from '../../src/domain/periods/parsePeriod';
import type { Period } from '../../src/domain/periods/period';
import { tableFromValues, TODAY } from './fixtures';

/**
 * The `Plan` headers in template order, so each column has a fixed letter:
 * A Id, B Tema, C Niveau, D Overordnet, E Målgruppe, F Mål, G Indikator, H Enhed, I Måltype,
 * J Retning, K Baseline, L Baselineperiode, M Målværdi, N Målperiode, O Slutværdi,
 * P Opgørelse, Q Sammenligning, R Kilde, S Ansvarlig.
 */
export const PLAN_HEADERS = [
  'Id',
  'Tema',
  'Niveau',
  'Overordnet',
  'Målgruppe',
  'Mål',
  'Indikator',
  'Enhed',
  'Måltype',
  'Retning',
  'Baseline',
  'Baselineperiode',
  'Målværdi',
  'Målperiode',
  'Slutværdi',
  'Opgørelse',
  'Sammenligning',
  'Kilde',
  'Ansvarlig',
] as const;

/** The `Opfolgning` headers: A MålId, B Periode, C Område, D Værdi, E Milepælsstatus, F Kommentar. */
export const OBSERVATION_HEADERS = [
  'MålId',
  'Periode',
  'Område',
  'Værdi',
  'Milepælsstatus',
  'Kommentar',
] as const;

export type PlanHeader = (typeof PLAN_HEADERS)[number];
export type ObservationHeader = (typeof OBSERVATION_HEADERS)[number];

/** One `Plan` row by Danish header; a header left out is an empty cell (Mål defaults to a text). */
export type GoalSpec = Partial<Record<PlanHeader, RawValue>>;
/** One `Opfolgning` row by Danish header; a header left out is an empty cell. */
export type ObservationSpec = Partial<Record<ObservationHeader, RawValue>>;
export type SettingsSpec = Partial<
  Record<'Kommune' | 'Plantitel' | 'Tolerance' | 'Rapportperiode', RawValue>
>;

export interface PlanSpec {
  readonly goals: readonly GoalSpec[];
  readonly observations?: readonly ObservationSpec[];
  readonly settings?: SettingsSpec;
}

function goalRow(goal: GoalSpec): RawValue[] {
  const filled: GoalSpec = 'Mål' in goal ? goal : { ...goal, Mål: `Mål ${String(goal.Id)}` };
  return PLAN_HEADERS.map((header) => filled[header] ?? null);
}

/** A workbook with the three tables, each on its own sheet at A1, from a compact description. */
export function planWorkbook(spec: PlanSpec): RawWorkbook {
  const settingsRows: RawValue[][] = Object.entries(spec.settings ?? {}).map(([key, value]) => [
    key,
    value ?? null,
  ]);
  return {
    plan: tableFromValues('Plan', [[...PLAN_HEADERS], ...spec.goals.map(goalRow)]),
    opfolgning: tableFromValues('Opfolgning', [
      [...OBSERVATION_HEADERS],
      ...(spec.observations ?? []).map((o) => OBSERVATION_HEADERS.map((h) => o[h] ?? null)),
    ]),
    indstillinger: tableFromValues('Indstillinger', [['Nøgle', 'Værdi'], ...settingsRows]),
  };
}

/** A period from its text; fails loudly when the text is no period. */
export function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(`Not a period: ${text}`);
  return parsed.period;
}

/** Reads, checks and evaluates a described plan, at report period `reportPeriod` when given. */
export function analyzePlan(spec: PlanSpec, reportPeriod?: string): Analysis {
  return analyzeWorkbook(planWorkbook(spec), {
    today: TODAY,
    ...(reportPeriod === undefined ? {} : { reportPeriod: period(reportPeriod) }),
  });
}

/** The result of the goal with this Id; fails loudly when there is none. */
export function resultFor(analysis: Analysis, id: string): GoalResult {
  const result = analysis.results.find((r) => r.id === id);
  if (!result) throw new Error(`No result for goal ${id}`);
  return result;
}

/** Evaluates a plan and returns the result of its only (or first) goal. */
export function evaluateOne(spec: PlanSpec, reportPeriod?: string): GoalResult {
  const analysis = analyzePlan(spec, reportPeriod);
  const first = analysis.results[0];
  if (!first) throw new Error('The plan has no goals');
  return first;
}

/** The findings of one code. */
export function findingsWith(analysis: Analysis, code: FindingCode): Finding[] {
  return analysis.findings.filter((f) => f.code === code);
}

/** The only finding of a plan; fails loudly when there are none or several. */
export function onlyFinding(analysis: Analysis): Finding {
  const [first, ...rest] = analysis.findings;
  if (!first || rest.length > 0) {
    throw new Error(
      `Expected exactly one finding, got: ${analysis.findings.map((f) => f.code).join(', ') || 'none'}`,
    );
  }
  return first;
}

/** A valid goal of each target type, with every field its type needs. */
export const VALID_GOALS = {
  'Reduktion til': {
    Id: 'G1',
    Enhed: 'personer',
    Måltype: 'Reduktion til',
    Baseline: 444,
    Baselineperiode: 2013,
    Målværdi: 411,
    Målperiode: 'dec. 2015',
  },
  'Stigning til': {
    Id: 'G1',
    Enhed: 'procent',
    Måltype: 'Stigning til',
    Baseline: 7.7,
    Baselineperiode: 2014,
    Målværdi: 12,
    Målperiode: 2015,
  },
  'Reduktion pct': {
    Id: 'G1',
    Enhed: 'helårspersoner',
    Måltype: 'Reduktion pct',
    Baseline: 438,
    Baselineperiode: 2013,
    Målværdi: 15,
    Målperiode: 2015,
  },
  'Stigning pct': {
    Id: 'G1',
    Enhed: 'personer',
    Måltype: 'Stigning pct',
    Baseline: 200,
    Baselineperiode: 2014,
    Målværdi: 10,
    Målperiode: 2015,
  },
  Minimum: { Id: 'G1', Enhed: 'antal', Måltype: 'Minimum', Målværdi: 95, Målperiode: 2015 },
  Maksimum: { Id: 'G1', Enhed: 'forløb', Måltype: 'Maksimum', Målværdi: 67, Målperiode: 2015 },
  Fasthold: {
    Id: 'G1',
    Enhed: 'antal',
    Måltype: 'Fasthold',
    Retning: 'Højere er bedre',
    Baseline: 25,
    Baselineperiode: 2014,
    Målperiode: 2015,
  },
  Benchmark: {
    Id: 'G1',
    Enhed: 'procent',
    Måltype: 'Benchmark',
    Retning: 'Lavere er bedre',
    Målperiode: 2015,
    Sammenligning: 'Hele landet',
  },
  Retning: {
    Id: 'G1',
    Enhed: 'personer',
    Måltype: 'Retning',
    Retning: 'Lavere er bedre',
    Baseline: 120,
    Baselineperiode: 2014,
    Målperiode: 2015,
  },
  Milepæl: { Id: 'G1', Måltype: 'Milepæl', Målperiode: 'juni 2015' },
} as const satisfies Record<string, GoalSpec>;

export type TargetTypeName = keyof typeof VALID_GOALS;

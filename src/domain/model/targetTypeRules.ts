import type { Direction, TargetType } from './vocabulary';

/** How a target type is judged (domain §3–§4). */
export type Family = 'progress' | 'level' | 'direction' | 'milestone';

export interface TargetTypeRule {
  readonly family: Family;
  /** The direction the type implies, or null when it comes from the Retning column. */
  readonly fixedDirection: Direction | null;
  readonly needsBaseline: boolean;
  readonly needsTarget: boolean;
  readonly needsDirection: boolean;
  readonly needsBenchmarkArea: boolean;
}

const rule = (
  family: Family,
  fixedDirection: Direction | null,
  needs: { baseline?: boolean; target?: boolean; direction?: boolean; benchmarkArea?: boolean },
): TargetTypeRule => ({
  family,
  fixedDirection,
  needsBaseline: needs.baseline ?? false,
  needsTarget: needs.target ?? false,
  needsDirection: needs.direction ?? false,
  needsBenchmarkArea: needs.benchmarkArea ?? false,
});

export const TARGET_TYPE_RULES: Readonly<Record<TargetType, TargetTypeRule>> = {
  reduce_to: rule('progress', 'lower', { baseline: true, target: true }),
  increase_to: rule('progress', 'higher', { baseline: true, target: true }),
  reduce_pct: rule('progress', 'lower', { baseline: true, target: true }),
  increase_pct: rule('progress', 'higher', { baseline: true, target: true }),
  minimum: rule('level', 'higher', { target: true }),
  maximum: rule('level', 'lower', { target: true }),
  maintain: rule('level', null, { baseline: true, direction: true }),
  benchmark: rule('level', null, { direction: true, benchmarkArea: true }),
  direction: rule('direction', null, { baseline: true, direction: true }),
  milestone: rule('milestone', null, {}),
};

/** True for target types whose Målværdi is a percentage change of the baseline. */
export function isPercentChange(type: TargetType): boolean {
  return type === 'reduce_pct' || type === 'increase_pct';
}

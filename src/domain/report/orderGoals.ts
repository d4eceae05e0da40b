import type { Goal } from '../model/plan';

/** A goal in report order, with how deep it sits under its resultatmål. */
export interface OrderedGoal {
  readonly goal: Goal;
  readonly depth: number;
}

/** A theme and its goals in report order. */
export interface ThemeGroup {
  /** The theme as written, or null for goals without one ("Øvrige mål"). */
  readonly theme: string | null;
  readonly goals: readonly OrderedGoal[];
}

/**
 * Groups goals by theme in plan order (goals without a theme last, as "Øvrige mål"), and within
 * a theme puts each goal's children (indsatsmål naming it as Overordnet, in the same theme)
 * directly beneath it, one level deeper.
 */
export function orderGoals(goals: readonly Goal[]): ThemeGroup[] {
  const themes: (string | null)[] = [];
  for (const goal of goals) {
    if (goal.theme !== null && !themes.includes(goal.theme)) themes.push(goal.theme);
  }
  if (goals.some((g) => g.theme === null)) themes.push(null);

  return themes.map((theme) => {
    const members = goals.filter((g) => g.theme === theme);
    const ids = new Set(members.map((g) => g.id));
    const ordered: OrderedGoal[] = [];
    const placed = new Set<Goal>();
    const place = (goal: Goal, depth: number): void => {
      if (placed.has(goal)) return;
      placed.add(goal);
      ordered.push({ goal, depth });
      for (const child of members) {
        if (child.parent === goal.id && child !== goal) place(child, depth + 1);
      }
    };
    const isRoot = (g: Goal): boolean =>
      g.parent === null || !ids.has(g.parent) || g.parent === g.id;
    for (const goal of members) if (isRoot(goal)) place(goal, 0);
    // Goals caught in a cycle of parents have no root: list them at the top level.
    for (const goal of members) place(goal, 0);
    return { theme, goals: ordered };
  });
}

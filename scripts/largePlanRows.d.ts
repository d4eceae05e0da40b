export type LargePlanRow = (string | number | null)[];

export function largePlanRows(
  goals: number,
  options: { periods: number; benchmarkRows: 'extra' | 'within' },
): { plan: LargePlanRow[]; followUp: LargePlanRow[]; settings: LargePlanRow[] };

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AddinActions } from '../../app/addinActions';
import type { Analysis } from '../../domain/analyzeWorkbook';
import type { TableName } from '../../domain/findings/finding';
import { parsePeriod } from '../../domain/periods/parsePeriod';
import type { SettingValue } from '../../domain/ports';
import { userTextOf } from '../../domain/ports';
import type { Language, LocalText } from '../../domain/text/localText';
import { UI } from '../uiTexts';

export type Busy = 'check' | 'template' | 'validate' | 'compute' | 'report' | 'settings' | 'select';

export type Outcome =
  | { readonly kind: 'validated' }
  | { readonly kind: 'computed'; readonly sheet: string }
  | { readonly kind: 'reported'; readonly sheets: readonly string[] }
  | { readonly kind: 'settingsSaved' };

/** Where keyboard focus should go once an action is done. */
export type FocusTarget = 'work' | 'findings' | 'results' | 'problem' | 'settings';

export interface WorkflowState {
  /** Which input tables exist; null while the pane is still looking. */
  readonly tables: Record<TableName, boolean> | null;
  readonly busy: Busy | null;
  readonly problem: { readonly text: LocalText; readonly retry: (() => void) | null } | null;
  readonly analysis: Analysis | null;
  readonly outcome: Outcome | null;
  /** The chosen report period (canonical), or null for the settings' / latest. */
  readonly period: string | null;
  readonly focus: { readonly target: FocusTarget; readonly serial: number } | null;
}

export interface Workflow extends WorkflowState {
  readonly refreshTables: () => void;
  readonly createTemplate: (example: boolean) => void;
  readonly validate: () => void;
  readonly compute: () => void;
  readonly report: () => void;
  readonly selectCell: (address: string) => void;
  readonly saveSettings: (values: readonly SettingValue[]) => void;
  readonly choosePeriod: (period: string | null) => void;
  readonly dismissProblem: () => void;
}

const INITIAL: WorkflowState = {
  tables: null,
  // The pane looks for the tables as it opens, so it is busy from its first paint.
  busy: 'check',
  problem: null,
  analysis: null,
  outcome: null,
  period: null,
  focus: null,
};

/**
 * The task pane's workflow: one action at a time, each through the injected actions (never
 * Excel directly). A failure becomes words with a retry, never a stack trace.
 */
export function useWorkflow(actions: AddinActions, language: Language): Workflow {
  const [state, setState] = useState<WorkflowState>(INITIAL);
  const serial = useRef(0);
  const update = useCallback((patch: Partial<WorkflowState>, focus?: FocusTarget) => {
    setState((s) => ({
      ...s,
      ...patch,
      ...(focus ? { focus: { target: focus, serial: ++serial.current } } : {}),
    }));
  }, []);

  const run = useCallback(
    <T>(busy: Busy, work: () => Promise<T>, done: (result: T) => void, again: () => void) => {
      update({ busy, problem: null });
      work().then(
        (result) => {
          update({ busy: null });
          done(result);
        },
        (error: unknown) => {
          update(
            { busy: null, problem: { text: userTextOf(error) ?? UI.unexpected, retry: again } },
            'problem',
          );
        },
      );
    },
    [update],
  );

  const period = useCallback(() => {
    if (state.period === null) return null;
    const parsed = parsePeriod(state.period);
    return parsed.ok ? parsed.period : null;
  }, [state.period]);

  const refreshTables = useCallback(() => {
    run(
      'check',
      () => actions.findTables(),
      (tables) => update({ tables }),
      () => refreshTables(),
    );
  }, [actions, run, update]);

  // Looks for the tables once, when the pane opens.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    refreshTables();
  }, [refreshTables]);

  const createTemplate = useCallback(
    (example: boolean) => {
      run(
        'template',
        () => actions.createTemplate(example),
        (tables) => update({ tables, analysis: null, outcome: null }, 'work'),
        () => createTemplate(example),
      );
    },
    [actions, run, update],
  );

  const validate = useCallback(() => {
    run(
      'validate',
      () => actions.validate(period()),
      (analysis) => update({ analysis, outcome: { kind: 'validated' } }, 'findings'),
      () => validate(),
    );
  }, [actions, period, run, update]);

  const compute = useCallback(() => {
    run(
      'compute',
      () => actions.compute(period(), language),
      ({ analysis, sheetName }) =>
        update({ analysis, outcome: { kind: 'computed', sheet: sheetName } }, 'results'),
      () => compute(),
    );
  }, [actions, language, period, run, update]);

  const report = useCallback(() => {
    run(
      'report',
      () => actions.report(period(), language),
      ({ analysis, sheetNames }) =>
        update({ analysis, outcome: { kind: 'reported', sheets: sheetNames } }, 'results'),
      () => report(),
    );
  }, [actions, language, period, run, update]);

  const selectCell = useCallback(
    (address: string) => {
      run(
        'select',
        () => actions.selectCell(address),
        () => undefined,
        () => selectCell(address),
      );
    },
    [actions, run],
  );

  const saveSettings = useCallback(
    (values: readonly SettingValue[]) => {
      run(
        'settings',
        () => actions.saveSettings(values, period()),
        (analysis) => update({ analysis, outcome: { kind: 'settingsSaved' } }, 'settings'),
        () => saveSettings(values),
      );
    },
    [actions, period, run, update],
  );

  return {
    ...state,
    refreshTables,
    createTemplate,
    validate,
    compute,
    report,
    selectCell,
    saveSettings,
    choosePeriod: (p) => update({ period: p }),
    dismissProblem: () => update({ problem: null }, 'work'),
  };
}

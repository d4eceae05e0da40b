import type { Theme } from '@fluentui/react-components';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { AddinActions } from '../app/addinActions';
import { formatPeriod } from '../domain/periods/formatPeriod';
import { labelPeriod } from '../domain/periods/labelPeriod';
import type { Language } from '../domain/text/localText';
import { BusyIndicator } from './components/BusyIndicator';
import { FindingsList } from './components/FindingsList';
import { ProblemBar } from './components/ProblemBar';
import { ResultSummary } from './components/ResultSummary';
import { SettingsPanel } from './components/SettingsPanel';
import { StartScreen } from './components/StartScreen';
import { WorkPanel } from './components/WorkPanel';
import { I18nProvider, translator } from './i18n';
import type { Workflow } from './state/useWorkflow';
import { useWorkflow } from './state/useWorkflow';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  tagline: { color: tokens.colorNeutralForeground2 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly actions: AddinActions;
  readonly initialLanguage: Language;
  readonly theme: Theme;
  /** Remembers the user's language choice (the add-in keeps it in local storage). */
  readonly onLanguage?: (language: Language) => void;
}

/** The task pane: the analyst's whole workflow, Danish by default. */
export function App({ actions, initialLanguage, theme, onLanguage }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const workflow = useWorkflow(actions, language);
  const chooseLanguage = (next: Language) => {
    setLanguage(next);
    onLanguage?.(next);
  };
  return (
    <FluentProvider theme={theme} lang={language}>
      <I18nProvider language={language}>
        <Pane workflow={workflow} language={language} onLanguage={chooseLanguage} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Pane({
  workflow,
  language,
  onLanguage,
}: {
  workflow: Workflow;
  language: Language;
  onLanguage: (l: Language) => void;
}) {
  const styles = useStyles();
  const { t } = translator(language);
  const [tab, setTab] = useState<'status' | 'settings'>('status');
  const workRef = useRef<HTMLElement>(null);
  const startRef = useRef<HTMLHeadingElement>(null);
  const lookAgainRef = useRef<HTMLButtonElement>(null);
  const findingsRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const settingsRef = useRef<HTMLHeadingElement>(null);
  const { focus } = workflow;
  // When an action finishes, focus moves to what it produced (or to the problem's retry).
  useEffect(() => {
    if (!focus) return;
    const target = {
      work: workRef.current ?? startRef.current ?? lookAgainRef.current,
      findings: findingsRef.current,
      results: resultsRef.current ?? findingsRef.current,
      problem: problemRef.current,
      settings: settingsRef.current,
    }[focus.target];
    target?.focus();
  }, [focus]);

  const { tables, analysis, outcome, busy } = workflow;
  const ready = tables !== null && tables.Plan && tables.Opfolgning;
  const periods = analysis ? analysis.periods.map(formatPeriod) : [];
  const showResults =
    analysis !== null && (outcome?.kind === 'computed' || outcome?.kind === 'reported');
  const outcomeText = (() => {
    if (!outcome || !analysis) return null;
    const period = labelPeriod(analysis.reportPeriod, language);
    switch (outcome.kind) {
      case 'validated':
        return t('validatedFor', { period });
      case 'computed':
        return t('resultsSaved', { sheet: `'${outcome.sheet}'` });
      case 'reported':
        return t('reportSaved', { sheets: outcome.sheets.map((s) => `'${s}'`).join(', ') });
      case 'settingsSaved':
        return null;
    }
  })();

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <Text className={styles.tagline}>{t('tagline')}</Text>
      </header>
      {workflow.problem && (
        <ProblemBar
          text={workflow.problem.text}
          onRetry={workflow.problem.retry}
          onDismiss={workflow.dismissProblem}
          barRef={problemRef}
        />
      )}
      <BusyIndicator busy={busy} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'status' | 'settings')}>
        <Tab value="status" id="tab-status" aria-controls="tab-panel">
          {t('workHeading')}
        </Tab>
        <Tab value="settings" id="tab-settings" aria-controls="tab-panel">
          {t('settingsHeading')}
        </Tab>
      </TabList>
      <div role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {tab === 'status' && tables === null && busy === null && !workflow.problem && (
          // The lookup failed and its alert was closed: without this the pane would be empty.
          <div>
            <Button
              ref={(button: HTMLButtonElement | null) => {
                lookAgainRef.current = button;
              }}
              onClick={workflow.refreshTables}
            >
              {t('lookAgain')}
            </Button>
          </div>
        )}
        {tab === 'status' && tables !== null && !ready && (
          <StartScreen
            tables={tables}
            disabled={busy !== null}
            onCreate={workflow.createTemplate}
            headingRef={startRef}
          />
        )}
        {tab === 'status' && ready && (
          <>
            <WorkPanel
              periods={periods}
              period={workflow.period}
              disabled={busy !== null}
              onPeriod={workflow.choosePeriod}
              onValidate={workflow.validate}
              onCompute={workflow.compute}
              onReport={workflow.report}
              sectionRef={workRef}
            />
            {!tables.Indstillinger && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('settingsMissing')}</MessageBarBody>
                <MessageBarActions>
                  <Button
                    size="small"
                    disabled={busy !== null}
                    onClick={() => workflow.createTemplate(false)}
                  >
                    {t('createTemplate')}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {outcomeText && (
              <MessageBar intent="success" layout="multiline" role="status">
                <MessageBarBody>{outcomeText}</MessageBarBody>
              </MessageBar>
            )}
            {showResults && <ResultSummary analysis={analysis} headingRef={resultsRef} />}
            {analysis && (
              <FindingsList
                findings={analysis.findings}
                onSelect={workflow.selectCell}
                disabled={busy !== null}
                headingRef={findingsRef}
              />
            )}
          </>
        )}
        {tab === 'settings' && (
          <SettingsPanel
            settings={analysis?.settings ?? null}
            disabled={busy !== null}
            saved={outcome?.kind === 'settingsSaved'}
            language={language}
            onLanguage={onLanguage}
            onSave={workflow.saveSettings}
            headingRef={settingsRef}
          />
        )}
      </div>
    </main>
  );
}

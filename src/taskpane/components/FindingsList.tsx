import {
  Button,
  CounterBadge,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import { useEffect, useState } from 'react';
import type { Finding, Severity } from '../../domain/findings/finding';
import { countBySeverity } from '../../domain/findings/finding';
import { TABLE_LABELS } from '../../domain/model/tableLabels';
import { INPUT_TABLES } from '../../domain/reading/chooseInputTables';
import { useI18n } from '../i18n';
import { SectionHeading } from './SectionHeading';

type Filter = 'all' | Severity;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    textAlign: 'left',
    width: '100%',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  groupHeading: { marginTop: tokens.spacingVerticalS, marginBottom: 0 },
});

/**
 * The findings grouped by table, with severity in words and a symbol (never colour alone),
 * counts and a filter. Each finding with a cell is a button that selects that cell in Excel.
 */
export function FindingsList({
  findings,
  onSelect,
  disabled,
  headingRef,
}: {
  findings: readonly Finding[];
  onSelect: (address: string) => void;
  disabled: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  // A new validation shows all its findings again.
  useEffect(() => setFilter('all'), [findings]);
  const counts = countBySeverity(findings);
  const shown = findings.filter((f) => filter === 'all' || f.severity === filter);
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <div className={styles.heading}>
        <SectionHeading id="findings-heading" headingRef={headingRef}>
          {t('findingsHeading')}
        </SectionHeading>
        <CounterBadge count={findings.length} showZero appearance="ghost" aria-hidden />
      </div>
      {findings.length === 0 ? (
        <Text>{t('noFindings')}</Text>
      ) : (
        <>
          <Text>
            {[
              counts.error === 1
                ? t('errorCountOne')
                : t('errorCount', { n: String(counts.error) }),
              counts.warning === 1
                ? t('warningCountOne')
                : t('warningCount', { n: String(counts.warning) }),
            ].join(' · ')}
          </Text>
          <RadioGroup
            layout="horizontal"
            aria-label={t('filter')}
            value={filter}
            onChange={(_, data) => setFilter(data.value as Filter)}
          >
            <Radio value="all" label={`${t('filterAll')} (${findings.length})`} />
            <Radio value="error" label={`${t('filterErrors')} (${counts.error})`} />
            <Radio value="warning" label={`${t('filterWarnings')} (${counts.warning})`} />
          </RadioGroup>
          {INPUT_TABLES.map((table) => {
            const group = shown.filter((f) => f.table === table);
            if (group.length === 0) return null;
            return (
              <div key={table}>
                <SectionHeading level={3}>
                  {pick(TABLE_LABELS[table])} ({group.length})
                </SectionHeading>
                <ul className={styles.list}>
                  {group.map((f, i) => (
                    <li key={`${f.code}-${f.row ?? 0}-${f.column ?? ''}-${i}`}>
                      <FindingItem finding={f} onSelect={onSelect} disabled={disabled} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** One finding: severity in words and symbol, where it is, what is wrong; a button to its cell. */
function FindingItem({
  finding,
  onSelect,
  disabled,
}: {
  finding: Finding;
  onSelect: (address: string) => void;
  disabled: boolean;
}) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const severity = finding.severity === 'error' ? `✖ ${t('error')}` : `⚠ ${t('warning')}`;
  const where = [
    finding.row === null ? null : `${t('row')} ${finding.row}`,
    finding.column,
    finding.address,
  ]
    .filter((p): p is string => p !== null)
    .join(' · ');
  const body = (
    <>
      <span className={styles.where}>
        <span className={finding.severity === 'error' ? styles.error : styles.warning}>
          {severity}
        </span>
        {where ? ` · ${where}` : ''}
      </span>
      <span>{pick(finding.message)}</span>
    </>
  );
  if (!finding.address) return <Text className={styles.item}>{body}</Text>;
  const address = finding.address;
  // Messages end with a full stop already; the name should not read "372,3.. Gå til".
  const message = pick(finding.message).replace(/\.$/, '');
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      disabled={disabled}
      onClick={() => onSelect(address)}
      aria-label={`${severity}, ${where}: ${message}. ${t('goToCell', { address })}`}
    >
      {body}
    </Button>
  );
}

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Analysis } from '../../domain/analyzeWorkbook';
import { statusInfo } from '../../domain/model/status';
import { labelPeriod } from '../../domain/periods/labelPeriod';
import { statusCountLine } from '../../domain/report/buildStatusSheet';
import { useI18n } from '../i18n';
import { SectionHeading } from './SectionHeading';

const STATUS_INK = {
  green: tokens.colorPaletteGreenForeground1,
  yellow: tokens.colorPaletteMarigoldForeground1,
  red: tokens.colorPaletteRedForeground1,
  grey: tokens.colorNeutralForeground3,
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: 'grid', gridTemplateColumns: '3.2em 1fr', columnGap: tokens.spacingHorizontalS },
  id: { fontWeight: tokens.fontWeightSemibold },
  status: { fontWeight: tokens.fontWeightSemibold },
  goal: {
    gridColumnStart: 2,
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});

/** After Beregn: the count per status, and each goal's symbol and label (never colour alone). */
export function ResultSummary({
  analysis,
  headingRef,
}: {
  analysis: Analysis;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, pick, language } = useI18n();
  const styles = useStyles();
  const text = new Map(analysis.goals.map((g) => [g.origin.row, g.text]));
  return (
    <section className={styles.root} aria-labelledby="results-heading">
      <SectionHeading id="results-heading" headingRef={headingRef}>
        {t('resultsHeading', { period: labelPeriod(analysis.reportPeriod, language) })}
      </SectionHeading>
      <Text weight="semibold">{statusCountLine(analysis.results, language)}</Text>
      <ul className={styles.list}>
        {analysis.results.map((r) => {
          const info = statusInfo(r.status);
          return (
            <li key={r.row} className={styles.item} title={pick(r.explanation)}>
              <span className={styles.id}>{r.id}</span>
              <span className={styles.status} style={{ color: STATUS_INK[info.colour] }}>
                {info.symbol} {pick(info.label)}
              </span>
              <span className={styles.goal}>{text.get(r.row) ?? ''}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

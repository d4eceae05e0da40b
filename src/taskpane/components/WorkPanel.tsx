import { Button, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { parsePeriod } from '../../domain/periods/parsePeriod';
import { labelPeriod } from '../../domain/periods/labelPeriod';
import { useI18n } from '../i18n';

const AUTO = 'auto';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The period picker (periods in the data, latest first) and the three actions. */
export function WorkPanel({
  periods,
  period,
  disabled,
  onPeriod,
  onValidate,
  onCompute,
  onReport,
  sectionRef,
}: {
  periods: readonly string[];
  period: string | null;
  disabled: boolean;
  onPeriod: (period: string | null) => void;
  onValidate: () => void;
  onCompute: () => void;
  onReport: () => void;
  sectionRef: Ref<HTMLElement>;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const label = (canonical: string): string => {
    const parsed = parsePeriod(canonical);
    return parsed.ok ? `${labelPeriod(parsed.period, language)} (${canonical})` : canonical;
  };
  const selected = period ?? AUTO;
  return (
    <section className={styles.root} aria-label={t('workHeading')} ref={sectionRef} tabIndex={-1}>
      <Field label={t('period')} {...(periods.length === 0 ? { hint: t('periodHint') } : {})}>
        <Dropdown
          value={selected === AUTO ? t('periodAuto') : label(selected)}
          selectedOptions={[selected]}
          onOptionSelect={(_, data) =>
            onPeriod(data.optionValue === AUTO || !data.optionValue ? null : data.optionValue)
          }
          disabled={disabled}
        >
          <Option value={AUTO}>{t('periodAuto')}</Option>
          {periods.map((p) => (
            <Option key={p} value={p}>
              {label(p)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled} onClick={onValidate}>
          {t('validate')}
        </Button>
        <Button disabled={disabled} onClick={onCompute}>
          {t('compute')}
        </Button>
        <Button disabled={disabled} onClick={onReport}>
          {t('report')}
        </Button>
      </div>
    </section>
  );
}

import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { Busy } from '../state/useWorkflow';
import type { UiKey } from '../uiTexts';

const LABEL: Record<Busy, UiKey> = {
  check: 'checking',
  template: 'busyTemplate',
  validate: 'busyValidate',
  compute: 'busyCompute',
  report: 'busyReport',
  settings: 'busySettings',
  select: 'busySelect',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Shows that work is going on, in words, for eyes and screen readers alike. */
export function BusyIndicator({ busy }: { busy: Busy | null }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-label={t('progress')} className={styles.root}>
      {busy && (
        <>
          <Text>{t(LABEL[busy])}</Text>
          <ProgressBar thickness="medium" aria-hidden />
        </>
      )}
    </div>
  );
}

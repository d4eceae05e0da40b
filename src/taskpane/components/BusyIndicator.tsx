import { makeStyles, ProgressBar, Spinner, tokens } from '@fluentui/react-components';
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
    <div role="status" aria-live="polite" className={styles.root}>
      {busy && (
        <>
          <Spinner size="tiny" labelPosition="after" label={t(LABEL[busy])} />
          <ProgressBar thickness="medium" aria-label={t(LABEL[busy])} />
        </>
      )}
    </div>
  );
}

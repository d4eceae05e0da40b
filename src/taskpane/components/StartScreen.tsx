import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { TableName } from '../../domain/findings/finding';
import { TABLE_LABELS } from '../../domain/model/tableLabels';
import { useI18n } from '../i18n';
import { SectionHeading } from './SectionHeading';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The first screen when the workbook lacks the input tables: make them, or try the example. */
export function StartScreen({
  tables,
  disabled,
  onCreate,
  headingRef,
}: {
  tables: Record<TableName, boolean>;
  disabled: boolean;
  onCreate: (example: boolean) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const missing = (Object.keys(tables) as TableName[]).filter((name) => !tables[name]);
  const none = missing.length === 3;
  return (
    <section className={styles.root} aria-labelledby="start-heading">
      <SectionHeading id="start-heading" headingRef={headingRef}>
        {t('startHeading')}
      </SectionHeading>
      <Text>
        {none
          ? t('startText')
          : t('missingSome', {
              missing: missing.map((name) => pick(TABLE_LABELS[name])).join(', '),
            })}
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled} onClick={() => onCreate(false)}>
          {t('createTemplate')}
        </Button>
        {none && (
          <Button disabled={disabled} onClick={() => onCreate(true)}>
            {t('insertExample')}
          </Button>
        )}
      </div>
    </section>
  );
}

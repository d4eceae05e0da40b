import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import type { LocalText } from '../../domain/text/localText';
import { useI18n } from '../i18n';

/** A host error as a sentence the user can act on, with a retry. Never a stack trace. */
export function ProblemBar({
  text,
  onRetry,
  onDismiss,
  barRef,
}: {
  text: LocalText;
  onRetry: (() => void) | null;
  onDismiss: () => void;
  barRef: Ref<HTMLDivElement>;
}) {
  const { t, pick } = useI18n();
  return (
    <div ref={barRef} tabIndex={-1}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('problemTitle')}</MessageBarTitle> {pick(text)}
        </MessageBarBody>
        <MessageBarActions>
          {onRetry && (
            <Button appearance="primary" size="small" onClick={onRetry}>
              {t('retry')}
            </Button>
          )}
          <Button size="small" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

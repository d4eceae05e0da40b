import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { Language } from '../../src/domain/text/localText';
import type { FakeActions } from './fakeActions';

/**
 * Opens the task pane over the fake actions and waits until it has looked for the tables
 * (the status region is quiet again).
 */
export async function renderPane(
  actions: FakeActions,
  options: { language?: Language; onLanguage?: (language: Language) => void } = {},
) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <App
      actions={actions}
      initialLanguage={options.language ?? 'da'}
      theme={webLightTheme}
      {...(options.onLanguage ? { onLanguage: options.onLanguage } : {})}
    />,
  );
  await waitFor(() =>
    expect(screen.getByRole('status', { name: /^(Fremdrift|Progress)$/ }).textContent).toBe(''),
  );
  return { user, ...view };
}

/** The buttons of the work panel: Validér, Beregn, Lav statusark (in the pane's language). */
export function actionButtons(): HTMLButtonElement[] {
  const work = screen.getByRole('region', { name: 'Status' });
  return within(work)
    .getAllByRole('button')
    .filter((b): b is HTMLButtonElement => b instanceof HTMLButtonElement);
}

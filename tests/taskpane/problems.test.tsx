/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeActions, hostProblem } from './fakeActions';
import { emulateLayout } from './layout';
import { renderPane } from './renderPane';

emulateLayout();

const LOCKED = hostProblem(
  'Excel er ved at redigere en celle. Tryk Enter eller Esc i cellen, og prøv igen.',
  'Excel is editing a cell. Press Enter or Esc in the cell, and try again.',
);
const GENERIC = 'Noget gik galt i PlanStatus. Prøv igen; sker det igen, så luk og åbn opgaveruden.';

describe('when an action fails', () => {
  it('shows a host problem’s Danish sentence in an alert with Prøv igen and Luk, and moves focus there', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    actions.failNext('validate', LOCKED);

    await user.click(screen.getByRole('button', { name: 'Validér' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Det lykkedes ikke ${LOCKED.text.da}`);
    expect(alert.textContent).not.toContain(LOCKED.text.en);
    expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Prøv igen', 'Luk']);
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
    await user.tab();
    expect(document.activeElement).toBe(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(screen.queryByRole('region', { name: 'Fund' })).toBeNull();
  });

  it.each([
    ['Validér', 'validate', 'Fund'],
    ['Beregn', 'compute', 'Resultat for august 2015'],
    ['Lav statusark', 'report', 'Resultat for august 2015'],
  ] as const)(
    'runs %s again on Prøv igen, which succeeds once the workbook lets it',
    async (button, action, heading) => {
      const actions = FakeActions.withExample();
      const { user } = await renderPane(actions);
      actions.failNext(action, LOCKED);

      await user.click(screen.getByRole('button', { name: button }));
      const alert = await screen.findByRole('alert');
      await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(actions.callsOf(action)).toHaveLength(2);
    },
  );

  it('shows the new problem, with a retry again, when the retry fails too', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    actions.failNext('compute', LOCKED);
    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    const retry = within(await screen.findByRole('alert')).getByRole('button', {
      name: 'Prøv igen',
    });
    actions.failNext('compute', hostProblem('Projektmappen er skrivebeskyttet.', 'Read-only.'));

    await user.click(retry);

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Projektmappen er skrivebeskyttet.'),
    );
    expect(actions.callsOf('compute')).toHaveLength(2);
    expect(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Prøv igen' }),
    ).toBeTruthy();
  });

  it('shows the generic sentence for an unexpected error, never its message or stack', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    const error = new TypeError("Cannot read properties of undefined (reading 'values')");
    actions.failNext('report', error);

    await user.click(screen.getByRole('button', { name: 'Lav statusark' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(GENERIC);
    const page = document.body.textContent ?? '';
    expect(page).not.toContain('Cannot read properties');
    expect(page).not.toContain('TypeError');
    expect(page).not.toMatch(/\bat .*:\d+:\d+/);
    expect(error.stack).toMatch(/\bat .*:\d+:\d+/);
  });

  it('closes the alert on Luk and returns focus to the actions', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    actions.failNext('validate', LOCKED);
    await user.click(screen.getByRole('button', { name: 'Validér' }));
    const alert = await screen.findByRole('alert');

    await user.click(within(alert).getByRole('button', { name: 'Luk' }));

    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Status' })),
    );
    expect(actions.callsOf('validate')).toHaveLength(1);
  });

  it('retries looking for the tables when that fails as the pane opens', async () => {
    const actions = FakeActions.empty();
    actions.failNext('findTables', new Error('no context'));
    const { user } = await renderPane(actions);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(GENERIC);
    expect(screen.queryByRole('button', { name: 'Opret skabelon' })).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findByRole('button', { name: 'Indsæt eksempel' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to look for the tables again after the alert about the failed lookup is closed', async () => {
    const actions = FakeActions.withExample();
    actions.failNext('findTables', LOCKED);
    const { user } = await renderPane(actions);

    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Luk' }));

    const again = screen.getByRole('button', { name: 'Se efter tabellerne igen' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    await user.click(again);

    expect(await screen.findByRole('button', { name: 'Validér' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Se efter tabellerne igen' })).toBeNull();
    expect(actions.callsOf('findTables')).toHaveLength(2);
  });

  it('saves the same settings again on Prøv igen after saving failed', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    await user.click(screen.getByRole('button', { name: 'Validér' }));
    await screen.findByRole('region', { name: 'Fund' });
    await user.click(screen.getByRole('tab', { name: 'Indstillinger' }));
    await user.clear(screen.getByLabelText('Kommune'));
    await user.type(screen.getByLabelText('Kommune'), 'Vallensbæk');
    actions.failNext('saveSettings', LOCKED);

    await user.click(screen.getByRole('button', { name: 'Gem indstillinger' }));
    await user.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Prøv igen' }),
    );

    expect(
      await screen.findByText('Indstillingerne er gemt i tabellen Indstillinger.'),
    ).toBeTruthy();
    const [first, second] = actions.callsOf('saveSettings');
    expect(second).toEqual(first);
    expect(first?.values[0]).toEqual({ key: 'municipality', value: 'Vallensbæk' });
    expect(actions.setting('Kommune')).toBe('Vallensbæk');
  });

  it('retries inserting the example, not an empty template, after that failed', async () => {
    const actions = FakeActions.empty();
    const { user } = await renderPane(actions);
    actions.failNext('createTemplate', LOCKED);

    await user.click(screen.getByRole('button', { name: 'Indsæt eksempel' }));
    await user.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Prøv igen' }),
    );

    expect(await screen.findByRole('button', { name: 'Validér' })).toBeTruthy();
    expect(actions.callsOf('createTemplate')).toEqual([
      { action: 'createTemplate', example: true },
      { action: 'createTemplate', example: true },
    ]);
    expect(actions.tables.get('Plan')?.values).toHaveLength(25);
  });
});

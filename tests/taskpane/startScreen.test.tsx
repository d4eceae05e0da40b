/** @jest-environment jsdom */
import { webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeActions } from './fakeActions';
import { actionButtons, renderPane } from './renderPane';

describe('the first screen', () => {
  it('says it is looking for the tables, and offers nothing yet, until it knows', async () => {
    const actions = FakeActions.empty();
    const gate = actions.holdNext('findTables');

    render(<App actions={actions} initialLanguage="da" theme={webLightTheme} />);

    const status = screen.getByRole('status', { name: 'Fremdrift' });
    expect(status.textContent).toBe('Ser efter tabellerne …');
    const panel = screen.getByRole('tabpanel', { name: 'Status' });
    expect(within(panel).queryAllByRole('button')).toEqual([]);
    gate.release();
    expect(await screen.findByRole('button', { name: 'Indsæt eksempel' })).toBeTruthy();
    await waitFor(() => expect(status.textContent).toBe(''));
  });

  it('offers an empty template and the worked example when the workbook has none of the tables', async () => {
    await renderPane(FakeActions.empty());

    const start = screen.getByRole('region', { name: 'Kom i gang' });
    expect(
      within(start).getByText(/har ikke tabellerne Plan, Opfølgning og Indstillinger/),
    ).toBeTruthy();
    expect(
      within(start)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Opret skabelon', 'Indsæt eksempel']);
    expect(screen.queryByRole('button', { name: 'Validér' })).toBeNull();
  });

  it('creates the example tables on Indsæt eksempel and then shows the three actions and the period picker', async () => {
    const actions = FakeActions.empty();
    const { user } = await renderPane(actions);

    await user.click(screen.getByRole('button', { name: 'Indsæt eksempel' }));

    expect(await screen.findByRole('button', { name: 'Validér' })).toBeTruthy();
    expect(actionButtons().map((b) => b.textContent)).toEqual([
      'Validér',
      'Beregn',
      'Lav statusark',
    ]);
    expect(screen.getByRole('combobox', { name: 'Rapportperiode' }).textContent).toBe(
      'Fra Indstillinger / seneste',
    );
    expect(screen.getByText('Perioderne vises, når du har valideret.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Kom i gang' })).toBeNull();
    expect(actions.callsOf('createTemplate')).toEqual([
      { action: 'createTemplate', example: true },
    ]);
    expect([...actions.tables.keys()]).toEqual(['Plan', 'Opfolgning', 'Indstillinger']);
    expect(actions.tables.get('Plan')?.values).toHaveLength(25);
  });

  it('creates an empty template on Opret skabelon', async () => {
    const actions = FakeActions.empty();
    const { user } = await renderPane(actions);

    await user.click(screen.getByRole('button', { name: 'Opret skabelon' }));

    expect(await screen.findByRole('button', { name: 'Validér' })).toBeTruthy();
    expect(actions.callsOf('createTemplate')).toEqual([
      { action: 'createTemplate', example: false },
    ]);
    expect(actions.tables.get('Plan')?.values).toHaveLength(1);
  });

  it('offers only Opret skabelon and names the missing tables when some are missing', async () => {
    const actions = FakeActions.withOnly(['Plan']);
    const { user } = await renderPane(actions);

    const start = screen.getByRole('region', { name: 'Kom i gang' });
    expect(
      within(start).getByText(
        'Tabellerne mangler delvist: Opfølgning, Indstillinger. Opret skabelon tilføjer dem, der mangler.',
      ),
    ).toBeTruthy();
    expect(
      within(start)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Opret skabelon']);

    await user.click(within(start).getByRole('button', { name: 'Opret skabelon' }));

    expect(await screen.findByRole('button', { name: 'Validér' })).toBeTruthy();
    expect(actions.callsOf('createTemplate')).toEqual([
      { action: 'createTemplate', example: false },
    ]);
    expect([...actions.tables.keys()]).toEqual(['Plan', 'Opfolgning', 'Indstillinger']);
  });

  it('goes straight to the actions when the workbook already has the tables', async () => {
    await renderPane(FakeActions.withExample());

    expect(actionButtons().map((b) => b.textContent)).toEqual([
      'Validér',
      'Beregn',
      'Lav statusark',
    ]);
    expect(screen.queryByRole('region', { name: 'Kom i gang' })).toBeNull();
  });
});

/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeActions } from './fakeActions';
import { emulateLayout } from './layout';
import { renderPane } from './renderPane';

emulateLayout();

const focused = () => document.activeElement;
const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('the pane by keyboard alone', () => {
  it('inserts the example, validates, picks a period, computes and makes the status sheet', async () => {
    const actions = FakeActions.empty();
    const { user } = await renderPane(actions);

    await user.tab();
    expect(focused()).toBe(screen.getByRole('tab', { name: 'Status' }));
    await user.tab();
    expect(focused()).toBe(button('Opret skabelon'));
    await user.tab();
    expect(focused()).toBe(button('Indsæt eksempel'));
    await user.keyboard('{Enter}');

    const work = await screen.findByRole('region', { name: 'Status' });
    await waitFor(() => expect(focused()).toBe(work));
    await user.tab();
    const picker = screen.getByRole('combobox', { name: 'Rapportperiode' });
    expect(focused()).toBe(picker);
    await user.tab();
    expect(focused()).toBe(button('Validér'));
    await user.keyboard('{Enter}');

    const findingsHeading = await screen.findByRole('heading', { name: 'Fund' });
    await waitFor(() => expect(focused()).toBe(findingsHeading));
    await user.tab();
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Alle (1)' }));
    await user.tab();
    expect(focused()).toBe(button(/Gå til Plan!O8/));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(actions.callsOf('selectCell')).toEqual([{ action: 'selectCell', address: 'Plan!O8' }]),
    );

    await user.tab({ shift: true });
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Alle (1)' }));
    await user.tab({ shift: true });
    expect(focused()).toBe(button('Lav statusark'));
    await user.tab({ shift: true });
    expect(focused()).toBe(button('Beregn'));
    await user.keyboard('{Enter}');

    const resultsHeading = await screen.findByRole('heading', { name: 'Resultat for august 2015' });
    await waitFor(() => expect(focused()).toBe(resultsHeading));
    expect(screen.getByText("Resultaterne står på arket 'Beregning'.")).toBeTruthy();

    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(focused()).toBe(picker);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('listbox', { name: 'Rapportperiode' })).toBeTruthy();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(picker.textContent).toBe('august 2015 (2015M08)');

    await user.tab();
    await user.tab();
    await user.tab();
    expect(focused()).toBe(button('Lav statusark'));
    await user.keyboard(' ');

    expect(
      await screen.findByText(
        "Statusarket og graferne står på arkene 'Status 2015M08', 'Grafer 2015M08'.",
      ),
    ).toBeTruthy();
    expect(
      actions.calls
        .filter((c) => c.action !== 'findTables')
        .map((c) => ('period' in c ? `${c.action} ${c.period ?? 'auto'}` : c.action)),
    ).toEqual(['createTemplate', 'validate auto', 'selectCell', 'compute auto', 'report 2015M08']);
  });

  it('reaches the settings with the arrow keys in the tab list and saves them with Enter', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(focused()).toBe(button('Validér'));
    await user.keyboard('{Enter}');
    const findingsHeading = await screen.findByRole('heading', { name: 'Fund' });
    await waitFor(() => expect(focused()).toBe(findingsHeading));
    for (let i = 0; i < 5; i++) await user.tab({ shift: true });
    expect(focused()).toBe(screen.getByRole('tab', { name: 'Status' }));
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(screen.getByRole('tab', { name: 'Indstillinger' }));
    await user.keyboard('{Enter}');

    const settings = await screen.findByRole('region', { name: 'Indstillinger' });
    await user.tab();
    expect(focused()).toBe(within(settings).getByRole('textbox', { name: 'Kommune' }));
    await user.tab();
    expect(focused()).toBe(within(settings).getByRole('textbox', { name: 'Plantitel' }));
    await user.tab();
    expect(focused()).toBe(within(settings).getByRole('textbox', { name: 'Tolerance (%)' }));
    await user.keyboard('{Control>}a{/Control}10');
    await user.tab();
    expect(focused()).toBe(within(settings).getByRole('button', { name: 'Gem indstillinger' }));
    await user.keyboard('{Enter}');

    expect(
      await screen.findByText('Indstillingerne er gemt i tabellen Indstillinger.'),
    ).toBeTruthy();
    expect(actions.callsOf('saveSettings')).toEqual([
      {
        action: 'saveSettings',
        values: [
          { key: 'municipality', value: 'Ishøj' },
          { key: 'planTitle', value: 'Aktiveringsstrategi 2015' },
          { key: 'tolerance', value: 0.1 },
        ],
      },
    ]);
  });
});

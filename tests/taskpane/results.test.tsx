/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeActions } from './fakeActions';
import { actionButtons, renderPane } from './renderPane';

const COUNT_LINE =
  '✔ 6 opfyldt · ▲ 4 på rette vej · ● 1 i risiko · ▼ 4 ikke på rette vej · ○ 1 ikke startet · – 8 ingen data';

/** Each goal of the results list as Id, then status with symbol. */
function goalRows(results: HTMLElement): [string, string][] {
  return within(results)
    .getAllByRole('listitem')
    .map((li) => {
      const [id, status] = Array.from(li.children).map((c) => c.textContent ?? '');
      return [id ?? '', status ?? ''];
    });
}

describe('Beregn', () => {
  it('shows the count per status and each goal’s Id, symbol and label', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);

    await user.click(screen.getByRole('button', { name: 'Beregn' }));

    const results = await screen.findByRole('region', { name: 'Resultat for august 2015' });
    expect(within(results).getByText(COUNT_LINE)).toBeTruthy();
    const rows = goalRows(results);
    expect(rows).toHaveLength(24);
    expect(rows).toContainEqual(['V5', '● I risiko']);
    expect(rows).toContainEqual(['U3', '▼ Ikke på rette vej']);
    expect(rows).toContainEqual(['L3', '✔ Opfyldt']);
    expect(rows).toContainEqual(['L4', '○ Ikke startet']);
    expect(rows).toContainEqual(['L2', '▲ På rette vej']);
    expect(rows[0]).toEqual(['U1', '– Ingen data']);
    expect(actions.callsOf('compute')).toEqual([
      { action: 'compute', period: null, language: 'da' },
    ]);
    expect(actions.writtenSheets.map((w) => [w.role, w.name, w.reportPeriod])).toEqual([
      ['results', 'Beregning', '2015M08'],
    ]);
  });

  it('moves focus to the results heading and names the Beregning sheet', async () => {
    const { user } = await renderPane(FakeActions.withExample());

    await user.click(screen.getByRole('button', { name: 'Beregn' }));

    const heading = await screen.findByRole('heading', { name: 'Resultat for august 2015' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText("Resultaterne står på arket 'Beregning'.")).toBeTruthy();
  });

  it('still lists the findings under the results', async () => {
    const { user } = await renderPane(FakeActions.withExample());

    await user.click(screen.getByRole('button', { name: 'Beregn' }));

    await screen.findByRole('region', { name: 'Resultat for august 2015' });
    const findings = screen.getByRole('region', { name: 'Fund' });
    expect(within(findings).getByText('0 fejl · 1 advarsel')).toBeTruthy();
  });
});

describe('Lav statusark', () => {
  it('names the status and chart sheets it made, and shows the results', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);

    await user.click(screen.getByRole('button', { name: 'Lav statusark' }));

    expect(
      await screen.findByText(
        "Statusarket og graferne står på arkene 'Status 2015M08', 'Grafer 2015M08'.",
      ),
    ).toBeTruthy();
    const heading = screen.getByRole('heading', { name: 'Resultat for august 2015' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(actions.writtenSheets.map((w) => [w.role, w.name, w.reportPeriod])).toEqual([
      ['status', 'Status 2015M08', '2015M08'],
      ['charts', 'Grafer 2015M08', '2015M08'],
    ]);
    expect(actions.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
  });

  it('names the suffixed sheet when a sheet of the user has the name already', async () => {
    const actions = FakeActions.withExample();
    actions.sheets.push({ name: 'Status 2015M08', generated: false });
    const { user } = await renderPane(actions);

    await user.click(screen.getByRole('button', { name: 'Lav statusark' }));

    expect(
      await screen.findByText(
        "Statusarket og graferne står på arkene 'Status 2015M08 (2)', 'Grafer 2015M08'.",
      ),
    ).toBeTruthy();
  });
});

describe('while an action runs', () => {
  it.each([
    ['Validér', 'validate', 'Validerer …', 'Fund'],
    ['Beregn', 'compute', 'Beregner …', 'Resultat for august 2015'],
    ['Lav statusark', 'report', 'Laver statusark og grafer …', 'Resultat for august 2015'],
  ] as const)(
    '%s says what it is doing in a status region and disables the actions',
    async (button, action, busyText, doneHeading) => {
      const actions = FakeActions.withExample();
      const { user } = await renderPane(actions);
      const gate = actions.holdNext(action);

      await user.click(screen.getByRole('button', { name: button }));

      const status = screen.getByRole('status', { name: 'Fremdrift' });
      expect(status.textContent).toBe(busyText);
      expect(actionButtons().map((b) => b.disabled)).toEqual([true, true, true]);
      expect(
        screen.getByRole('combobox', { name: 'Rapportperiode' }).hasAttribute('disabled'),
      ).toBe(true);

      gate.release();

      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('heading', { name: doneHeading })),
      );
      expect(status.textContent).toBe('');
      expect(actionButtons().map((b) => b.disabled)).toEqual([false, false, false]);
    },
  );

  it('disables the findings while a cell is being selected', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    await user.click(screen.getByRole('button', { name: 'Validér' }));
    const finding = await screen.findByRole('button', { name: /Gå til Plan!O8/ });
    const gate = actions.holdNext('selectCell');

    await user.click(finding);

    const status = screen.getByRole('status', { name: 'Fremdrift' });
    expect(status.textContent).toBe('Går til cellen …');
    expect((finding as HTMLButtonElement).disabled).toBe(true);
    gate.release();
    await waitFor(() => expect(status.textContent).toBe(''));
    expect((finding as HTMLButtonElement).disabled).toBe(false);
    expect(actions.callsOf('selectCell')).toEqual([{ action: 'selectCell', address: 'Plan!O8' }]);
  });
});

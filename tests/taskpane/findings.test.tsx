/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeActions } from './fakeActions';
import { renderPane } from './renderPane';

const L1_WARNING =
  'Slutværdien 388 passer ikke til målet: 15 % mindre end 438 er 372,3. Beregningen bruger 372,3.';

/** A workbook with the example plus a goal whose Id is missing: one error, one warning. */
function exampleWithAnError(): FakeActions {
  const actions = FakeActions.withExample();
  const plan = actions.tables.get('Plan');
  const u1 = plan?.values[1];
  if (!plan || !u1) throw new Error('the example has no U1');
  plan.values.push([null, ...u1.slice(1)]);
  return actions;
}

async function validated(actions: FakeActions) {
  const pane = await renderPane(actions);
  await pane.user.click(screen.getByRole('button', { name: 'Validér' }));
  const findings = await screen.findByRole('region', { name: 'Fund' });
  return { ...pane, findings };
}

describe('Validér', () => {
  it('shows the worked example’s single warning, grouped under Plan, with counts', async () => {
    const { findings } = await validated(FakeActions.withExample());

    expect(within(findings).getByText('0 fejl · 1 advarsel')).toBeTruthy();
    expect(
      within(findings)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Plan (1)']);
    expect(within(findings).getByRole('radio', { name: 'Alle (1)' })).toBeTruthy();
    expect(within(findings).getByRole('radio', { name: 'Fejl (0)' })).toBeTruthy();
    expect(within(findings).getByRole('radio', { name: 'Advarsler (1)' })).toBeTruthy();
    expect(screen.getByText('Valideret for august 2015.')).toBeTruthy();
  });

  it('gives the severity in words and a symbol, where the finding is, and its message', async () => {
    const { findings } = await validated(FakeActions.withExample());

    const item = within(findings).getByRole('button', {
      name: `⚠ Advarsel, datarække 7 · Slutværdi · Plan!O8: ${L1_WARNING} Gå til Plan!O8`,
    });
    expect(item.textContent).toBe(`⚠ Advarsel · datarække 7 · Slutværdi · Plan!O8${L1_WARNING}`);
    expect(within(item).getByText('⚠ Advarsel')).toBeTruthy();
    expect(within(item).getByText(L1_WARNING)).toBeTruthy();
  });

  it('selects the finding’s cell in Excel when the finding is clicked', async () => {
    const actions = FakeActions.withExample();
    const { user, findings } = await validated(actions);

    await user.click(within(findings).getByRole('button', { name: /Gå til Plan!O8/ }));

    expect(actions.callsOf('selectCell')).toEqual([{ action: 'selectCell', address: 'Plan!O8' }]);
  });

  it('moves keyboard focus to the findings heading once validation is done', async () => {
    await validated(FakeActions.withExample());

    const heading = screen.getByRole('heading', { name: 'Fund', level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('groups errors and warnings by table and filters them by severity', async () => {
    const { user, findings } = await validated(exampleWithAnError());
    const shownItems = () =>
      within(findings)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' · ')[0]);

    expect(within(findings).getByText('1 fejl · 1 advarsel')).toBeTruthy();
    expect(
      within(findings)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Plan (2)']);
    expect(shownItems()).toEqual(['⚠ Advarsel', '✖ Fejl']);
    const filter = within(findings).getByRole('radiogroup', { name: 'Vis' });

    await user.click(within(filter).getByRole('radio', { name: 'Fejl (1)' }));
    expect(shownItems()).toEqual(['✖ Fejl']);
    expect(within(findings).getByRole('heading', { level: 3 }).textContent).toBe('Plan (1)');
    expect(within(findings).getByText(/Plan!A26/)).toBeTruthy();

    await user.click(within(filter).getByRole('radio', { name: 'Advarsler (1)' }));
    expect(shownItems()).toEqual(['⚠ Advarsel']);
    expect(within(findings).getByText(L1_WARNING)).toBeTruthy();

    await user.click(within(filter).getByRole('radio', { name: 'Alle (2)' }));
    expect(shownItems()).toEqual(['⚠ Advarsel', '✖ Fejl']);
  });

  it('says that the tables are in order when there are no findings', async () => {
    const actions = FakeActions.withExample();
    const plan = actions.tables.get('Plan');
    const l1 = plan?.values[7];
    if (!l1 || l1[0] !== 'L1') throw new Error('row 7 of the example is not L1');
    l1[14] = null;

    const { findings } = await validated(actions);

    expect(
      within(findings).getByText('Ingen fejl eller advarsler. Tabellerne er i orden.'),
    ).toBeTruthy();
    expect(within(findings).queryByRole('radiogroup')).toBeNull();
  });
});

describe('the period picker', () => {
  it('lists the automatic choice and then the periods in the data, latest first, once validated', async () => {
    const { user } = await validated(FakeActions.withExample());

    await user.click(screen.getByRole('combobox', { name: 'Rapportperiode' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');

    expect(options.map((o) => o.textContent)).toEqual([
      'Fra Indstillinger / seneste',
      'august 2015 (2015M08)',
      '1. halvår 2015 (2015H1)',
      '2014 (2014)',
    ]);
  });

  it('makes the next Beregn and Validér use the chosen period, and the automatic choice again after that', async () => {
    const actions = FakeActions.withExample();
    const { user } = await validated(actions);
    const picker = screen.getByRole('combobox', { name: 'Rapportperiode' });

    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: '1. halvår 2015 (2015H1)' }));
    expect(picker.textContent).toBe('1. halvår 2015 (2015H1)');

    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    expect(
      await screen.findByRole('heading', { name: 'Resultat for 1. halvår 2015' }),
    ).toBeTruthy();
    expect(actions.writtenSheets.map((w) => w.reportPeriod)).toEqual(['2015H1']);
    await user.click(screen.getByRole('button', { name: 'Validér' }));
    expect(await screen.findByText('Valideret for 1. halvår 2015.')).toBeTruthy();

    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Fra Indstillinger / seneste' }));
    await user.click(screen.getByRole('button', { name: 'Validér' }));
    expect(await screen.findByText('Valideret for august 2015.')).toBeTruthy();

    expect(
      actions.calls
        .filter((c) => c.action !== 'findTables')
        .map((c) => ('period' in c ? [c.action, c.period] : [c.action])),
    ).toEqual([
      ['validate', null],
      ['compute', '2015H1'],
      ['validate', '2015H1'],
      ['validate', null],
    ]);
  });
});

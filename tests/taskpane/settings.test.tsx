/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeActions } from './fakeActions';
import { renderPane } from './renderPane';

async function settingsAfterValidation() {
  const actions = FakeActions.withExample();
  const pane = await renderPane(actions);
  await pane.user.click(screen.getByRole('button', { name: 'Validér' }));
  await screen.findByRole('region', { name: 'Fund' });
  await pane.user.click(screen.getByRole('tab', { name: 'Indstillinger' }));
  const settings = await screen.findByRole('region', { name: 'Indstillinger' });
  return { ...pane, actions, settings };
}

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const saveButton = () =>
  screen.getByRole<HTMLButtonElement>('button', { name: 'Gem indstillinger' });

describe('the settings tab', () => {
  it('labels every field', async () => {
    await settingsAfterValidation();

    expect(input('Kommune').tagName).toBe('INPUT');
    expect(input('Plantitel').tagName).toBe('INPUT');
    expect(input('Tolerance (%)').tagName).toBe('INPUT');
    expect(screen.getByRole('radiogroup', { name: 'Sprog' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Dansk' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'English' })).toBeTruthy();
    expect(
      screen.getByRole('textbox', {
        name: 'Tolerance (%)',
        description:
          'Bredden af det gule bånd: hvor langt under det forventede et mål må være og stadig kaldes i risiko.',
      }),
    ).toBeTruthy();
  });

  it('fills the fields from the last validation', async () => {
    await settingsAfterValidation();

    expect(input('Kommune').value).toBe('Ishøj');
    expect(input('Plantitel').value).toBe('Aktiveringsstrategi 2015');
    expect(input('Tolerance (%)').value).toBe('25');
    expect(saveButton().disabled).toBe(false);
  });

  it('asks to validate first and keeps the fields disabled before any validation', async () => {
    const { user } = await renderPane(FakeActions.withExample());

    await user.click(screen.getByRole('tab', { name: 'Indstillinger' }));

    expect(screen.getByText('Validér først, så hentes indstillingerne fra tabellen.')).toBeTruthy();
    expect(
      [input('Kommune'), input('Plantitel'), input('Tolerance (%)')].map((i) => i.disabled),
    ).toEqual([true, true, true]);
    expect(saveButton().disabled).toBe(true);
  });

  it('saves the edited values as key/value pairs, the tolerance as a fraction, and confirms', async () => {
    const { user, actions } = await settingsAfterValidation();

    await user.clear(input('Kommune'));
    await user.type(input('Kommune'), 'Vallensbæk');
    await user.clear(input('Plantitel'));
    await user.type(input('Plantitel'), '  Beskæftigelsesplan 2016 ');
    await user.clear(input('Tolerance (%)'));
    await user.type(input('Tolerance (%)'), '30');
    await user.click(saveButton());

    expect(
      await screen.findByText('Indstillingerne er gemt i tabellen Indstillinger.'),
    ).toBeTruthy();
    expect(actions.callsOf('saveSettings')).toEqual([
      {
        action: 'saveSettings',
        values: [
          { key: 'municipality', value: 'Vallensbæk' },
          { key: 'planTitle', value: 'Beskæftigelsesplan 2016' },
          { key: 'tolerance', value: 0.3 },
        ],
      },
    ]);
    expect(actions.setting('Tolerance')).toBe(0.3);
    expect(actions.setting('Kommune')).toBe('Vallensbæk');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Indstillinger', level: 2 }),
      ),
    );
    await waitFor(() => expect(input('Kommune').value).toBe('Vallensbæk'));
    expect(input('Tolerance (%)').value).toBe('30');
    // Saving validates again in the same action: no separate validate call.
    expect(actions.callsOf('validate')).toHaveLength(1);
  });

  it('reads the tolerance written the Danish or the English way, with or without %', async () => {
    const { user, actions } = await settingsAfterValidation();
    const saved: unknown[] = [];

    for (const typed of ['12,5', '12.5', '0', '100 %']) {
      await user.clear(input('Tolerance (%)'));
      await user.type(input('Tolerance (%)'), typed);
      await user.click(saveButton());
      await waitFor(() => expect(actions.callsOf('saveSettings')).toHaveLength(saved.length + 1));
      saved.push(
        actions
          .callsOf('saveSettings')
          .at(-1)
          ?.values.find((v) => v.key === 'tolerance'),
      );
      await waitFor(() => expect(saveButton().disabled).toBe(false));
    }

    expect(saved).toEqual([
      { key: 'tolerance', value: 0.125 },
      { key: 'tolerance', value: 0.125 },
      { key: 'tolerance', value: 0 },
      { key: 'tolerance', value: 1 },
    ]);
  });

  it('clears a setting that is left empty', async () => {
    const { user, actions } = await settingsAfterValidation();

    await user.clear(input('Kommune'));
    await user.click(saveButton());

    await screen.findByText('Indstillingerne er gemt i tabellen Indstillinger.');
    expect(actions.callsOf('saveSettings')[0]?.values[0]).toEqual({
      key: 'municipality',
      value: null,
    });
  });

  it('rejects a tolerance that is not a number from 0 to 100, with a message, and does not save', async () => {
    const { user, actions, settings } = await settingsAfterValidation();

    for (const typed of ['abc', '150', '-5']) {
      await user.clear(input('Tolerance (%)'));
      await user.type(input('Tolerance (%)'), typed);

      expect(within(settings).getByText('Skriv et tal fra 0 til 100.')).toBeTruthy();
      expect(
        screen.getByRole('textbox', {
          name: 'Tolerance (%)',
          description: /Skriv et tal fra 0 til 100\./,
        }),
      ).toBe(input('Tolerance (%)'));
      expect(input('Tolerance (%)').getAttribute('aria-invalid')).toBe('true');
      expect(saveButton().disabled).toBe(true);
      await user.click(saveButton());
    }
    expect(actions.callsOf('saveSettings')).toEqual([]);

    await user.clear(input('Tolerance (%)'));
    await user.type(input('Tolerance (%)'), '20');
    expect(within(settings).queryByText('Skriv et tal fra 0 til 100.')).toBeNull();
    expect(input('Tolerance (%)').getAttribute('aria-invalid')).toBeNull();
    expect(saveButton().disabled).toBe(false);
  });
});

describe('the language', () => {
  it('switches the whole pane to English and remembers the choice', async () => {
    const languages: string[] = [];
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions, { onLanguage: (l) => languages.push(l) });
    await user.click(screen.getByRole('tab', { name: 'Indstillinger' }));

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(languages).toEqual(['en']);
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeTruthy();
    expect(
      screen.getByText('Validate first, so the settings are read from the table.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Municipality')).toBeTruthy();
    expect(screen.getByLabelText('Plan title')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeTruthy();
    expect(document.querySelector('[lang="en"].fui-FluentProvider')).not.toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Status' }));
    const work = screen.getByRole('region', { name: 'Status' });
    expect(
      within(work)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Validate', 'Compute', 'Make status sheet']);
    expect(screen.getByRole('combobox', { name: 'Report period' }).textContent).toBe(
      'From settings / latest',
    );
  });

  it('computes in English: results, statuses, findings and the sheet message', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions, { language: 'en' });

    await user.click(screen.getByRole('button', { name: 'Compute' }));

    const results = await screen.findByRole('region', { name: 'Results for August 2015' });
    expect(
      within(results).getByText(
        '✔ 6 met · ▲ 4 on track · ● 1 at risk · ▼ 4 off track · ○ 1 not started · – 8 no data',
      ),
    ).toBeTruthy();
    const v5 = within(results)
      .getAllByRole('listitem')
      .find((li) => li.firstElementChild?.textContent === 'V5');
    expect(v5?.children[1]?.textContent).toBe('● At risk');
    expect(screen.getByText("The results are on the sheet 'Beregning'.")).toBeTruthy();
    expect(actions.callsOf('compute')).toEqual([
      { action: 'compute', period: null, language: 'en' },
    ]);
    const findings = screen.getByRole('region', { name: 'Findings' });
    expect(within(findings).getByText('0 errors · 1 warning')).toBeTruthy();
    expect(within(findings).getByText('⚠ Warning')).toBeTruthy();
    expect(
      within(findings).getByText(
        'The end value 388 does not match the target: 15 % less than 438 is 372.3. The computation uses 372.3.',
      ),
    ).toBeTruthy();
    expect(within(findings).getByRole('radiogroup', { name: 'Show' })).toBeTruthy();
  });

  it('switches results already shown to English, and makes the next sheet in English', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions);
    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    await screen.findByRole('region', { name: 'Resultat for august 2015' });

    await user.click(screen.getByRole('tab', { name: 'Indstillinger' }));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('tab', { name: 'Status' }));

    const results = screen.getByRole('region', { name: 'Results for August 2015' });
    expect(within(results).getByText(/^✔ 6 met · ▲ 4 on track/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Make status sheet' }));
    expect(
      await screen.findByText(
        "The status sheet and charts are on the sheets 'Status 2015M08', 'Grafer 2015M08'.",
      ),
    ).toBeTruthy();
    expect(actions.callsOf('report')).toEqual([{ action: 'report', period: null, language: 'en' }]);
  });

  it('shows a host problem in English when the pane is in English', async () => {
    const actions = FakeActions.withExample();
    const { user } = await renderPane(actions, { language: 'en' });
    actions.failNext('validate', {
      text: { da: 'Projektmappen er skrivebeskyttet.', en: 'The workbook is read-only.' },
    });

    await user.click(screen.getByRole('button', { name: 'Validate' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That did not work The workbook is read-only.');
    expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Try again', 'Close']);
  });

  it('starts in English with initialLanguage en, first screen included', async () => {
    await renderPane(FakeActions.empty(), { language: 'en' });

    expect(screen.getByRole('heading', { name: 'Get started' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create template' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert example' })).toBeTruthy();
    expect(
      screen.getByText('Check the employment plan and make the committee status.'),
    ).toBeTruthy();
  });
});

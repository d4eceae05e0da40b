import type { Server } from 'http';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import {
  bundleFakeOffice,
  ensureWebBuild,
  launchChromium,
  SCREENSHOTS,
  serveWeb,
} from './browserHarness';

jest.setTimeout(180_000);

interface FakeView {
  snapshot(): {
    sheets: string[];
    tables: { name: string; sheet: string }[];
    active: string | null;
    selection: {
      sheet: string;
      box: { row: number; col: number; rows: number; cols: number };
    } | null;
    syncs: number;
  };
  cell(
    sheet: string,
    address: string,
  ): { value: unknown; formula: string | null; numberFormat: string };
  charts(sheet: string): { type: string; title: string; series: number }[];
  pageLayout(sheet: string): Record<string, unknown>;
}

type FakeWindow = Window & { planstatusFake: FakeView };

/** The task pane, built for production, in Chromium, with office.js replaced by the fake Excel. */
describe('the task pane in Chromium, against the fake Excel', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const requests: string[] = [];

  const fake = <T>(read: (view: FakeView) => T): Promise<T> =>
    page.evaluate((source) => {
      const view = (window as unknown as FakeWindow).planstatusFake;
      return (new Function('view', `return (${source})(view);`) as (v: FakeView) => T)(view);
    }, read.toString());

  const shot = (name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    ensureWebBuild();
    const [office, served] = await Promise.all([bundleFakeOffice(), serveWeb()]);
    server = served.server;
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 320, height: 900 },
      locale: 'da-DK',
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: office }),
    );
    await page.goto(`${served.url}/taskpane.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('opens on the first screen when the workbook has no tables', async () => {
    await page.getByRole('heading', { name: 'Kom i gang' }).waitFor();
    await shot('01-start');
    expect(
      await page.getByRole('button', { name: 'Opret skabelon', exact: true }).isEnabled(),
    ).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Indsæt eksempel', exact: true }).isEnabled(),
    ).toBe(true);
    expect((await fake((v) => v.snapshot())).tables).toEqual([]);
  });

  it('inserts the worked example as the three named tables', async () => {
    await page.getByRole('button', { name: 'Indsæt eksempel', exact: true }).click();
    await page.getByRole('button', { name: 'Validér', exact: true }).waitFor();
    const { tables, sheets } = await fake((v) => v.snapshot());
    expect(tables.map((t) => t.name).sort()).toEqual(['Indstillinger', 'Opfolgning', 'Plan']);
    expect(sheets).toEqual(expect.arrayContaining(['Plan', 'Opfølgning', 'Indstillinger']));
    expect(await fake((v) => v.cell('Plan', 'A2').value)).toBe('U1');
  });

  it('validates, lists the L1 warning and takes the user to its cell', async () => {
    await page.getByRole('button', { name: 'Validér', exact: true }).click();
    await page.getByRole('heading', { name: 'Fund' }).waitFor();
    await shot('02-findings');
    const finding = page.getByRole('button', { name: /Slutværdien 388/ });
    expect(await finding.count()).toBe(1);
    await finding.click();
    await page.waitForFunction(
      () => (window as unknown as FakeWindow).planstatusFake.snapshot().selection !== null,
    );
    const { selection, active } = await fake((v) => v.snapshot());
    expect(active).toBe('Plan');
    expect(selection).toEqual({ sheet: 'Plan', box: { row: 7, col: 14, rows: 1, cols: 1 } });
  });

  it('computes: the status of every goal, and the results on a generated Beregning sheet', async () => {
    await page.getByRole('button', { name: 'Beregn', exact: true }).click();
    await page.getByRole('heading', { name: 'Resultat for august 2015' }).waitFor();
    await shot('03-results');
    expect(
      await page.getByText('✔ 6 opfyldt · ▲ 4 på rette vej', { exact: false }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText('● I risiko').count()).toBe(1);
    const { sheets, tables } = await fake((v) => v.snapshot());
    expect(sheets).toContain('Beregning');
    expect(tables).toContainEqual({ name: 'PlanStatusBeregning', sheet: 'Beregning' });
    expect(await fake((v) => v.cell('Beregning', 'A2').value)).toBe('U1');
  });

  it('makes the status sheet and the chart sheet with native charts and print setup', async () => {
    await page.getByRole('button', { name: 'Lav statusark', exact: true }).click();
    await page.getByText(/'Status 2015M08', 'Grafer 2015M08'/).waitFor();
    await shot('04-report');
    const { sheets } = await fake((v) => v.snapshot());
    expect(sheets).toEqual(expect.arrayContaining(['Status 2015M08', 'Grafer 2015M08']));
    expect(await fake((v) => v.cell('Status 2015M08', 'A1').value)).toBe(
      'Status på mål – Aktiveringsstrategi 2015',
    );
    const charts = await fake((v) => v.charts('Grafer 2015M08'));
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ['BarStacked', 'Status pr. tema'],
      ['Line', 'V3 Samarbejde om jobrotation: niveauet fra 2014 fastholdes'],
    ]);
    const layout = await fake((v) => v.pageLayout('Status 2015M08'));
    expect(layout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
  });

  it('shows the settings read from Indstillinger', async () => {
    await page.getByRole('tab', { name: 'Indstillinger' }).click();
    await page.getByRole('heading', { name: 'Indstillinger' }).waitFor();
    await shot('05-settings');
    expect(await page.getByLabel('Kommune').inputValue()).toBe('Ishøj');
    expect(await page.getByLabel('Plantitel').inputValue()).toBe('Aktiveringsstrategi 2015');
  });

  it('made no request outside the page and the office.js stand-in', async () => {
    const outside = requests.filter(
      (url) =>
        !url.startsWith('http://127.0.0.1') &&
        !url.startsWith('https://appsforoffice.microsoft.com/'),
    );
    expect(outside).toEqual([]);
  });
});

import { identifyTable } from '../../../src/domain/reading/identifyTable';

describe('identifyTable: a table is recognised by its required headers', () => {
  it.each<[string, unknown[], string]>([
    [
      'the full Danish Plan header',
      ['Id', 'Tema', 'Niveau', 'Mål', 'Enhed', 'Måltype', 'Baseline', 'Målværdi', 'Målperiode'],
      'Plan',
    ],
    ['only the required Plan columns', ['Id', 'Mål', 'Måltype', 'Målperiode'], 'Plan'],
    ['the Plan columns in English', ['Target period', 'Goal', 'Target type', 'Id'], 'Plan'],
    [
      'the Plan columns in any case and with spaces',
      [' ID', 'mål ', 'MÅLTYPE', 'Målperiode', 'Noter'],
      'Plan',
    ],
    [
      'the Danish Opfolgning header',
      ['MålId', 'Periode', 'Område', 'Værdi', 'Milepælsstatus', 'Kommentar'],
      'Opfolgning',
    ],
    ['the Opfolgning columns in English', ['GoalId', 'Period', 'Value'], 'Opfolgning'],
    ['the Opfolgning columns in another order', ['Værdi', 'MålId', 'Periode'], 'Opfolgning'],
    ['the Danish Indstillinger header', ['Nøgle', 'Værdi'], 'Indstillinger'],
    ['the Indstillinger header in English', ['Key', 'Value'], 'Indstillinger'],
    ['headers with other cells that are not text', [null, 'Nøgle', 3, 'Værdi'], 'Indstillinger'],
  ])('recognises %s', (_name, headers, table) => {
    expect(identifyTable(headers)).toBe(table);
  });

  it.each<[string, unknown[]]>([
    ['no headers', []],
    ['an unrelated table', ['Navn', 'Adresse', 'Telefon']],
    ['a Plan header without Målperiode', ['Id', 'Mål', 'Måltype']],
    ['an Opfolgning header without Periode', ['MålId', 'Område', 'Værdi']],
    ['only Værdi', ['Værdi']],
    ['headers that are not text', [1, 2, true, null]],
  ])('recognises nothing in %s', (_name, headers) => {
    expect(identifyTable(headers)).toBeNull();
  });
});

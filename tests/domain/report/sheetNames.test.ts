import {
  cleanSheetName,
  generatedSheetName,
  placeGeneratedSheet,
} from '../../../src/domain/report/sheetNames';

describe('cleanSheetName: a name Excel accepts', () => {
  it('keeps a valid name as it is', () => {
    expect(cleanSheetName('Status 2015M08')).toBe('Status 2015M08');
  });

  it.each([
    ['Status 2015:08', 'Status 2015-08'],
    ['Plan/Status', 'Plan-Status'],
    ['Plan\\Status', 'Plan-Status'],
    ['Hvad?', 'Hvad-'],
    ['Alle*', 'Alle-'],
    ['[Status]', '-Status-'],
  ])('replaces the characters Excel forbids: %s → %s', (name, cleaned) => {
    expect(cleanSheetName(name)).toBe(cleaned);
  });

  it('removes apostrophes at the start and end, which Excel does not allow there', () => {
    expect(cleanSheetName("'Status'")).toBe('Status');
    expect(cleanSheetName("Kommunens 'status' nu")).toBe("Kommunens 'status' nu");
  });

  it('cuts a name to 31 characters', () => {
    const long = 'Status på mål for beskæftigelsesplanen 2015M08';
    expect(cleanSheetName(long)).toBe(long.slice(0, 31));
    expect(cleanSheetName(long)).toHaveLength(31);
  });

  it("gives an empty or all-forbidden name the name 'Ark' rather than nothing", () => {
    expect(cleanSheetName('')).toBe('Ark');
    expect(cleanSheetName("''")).toBe('Ark');
    expect(cleanSheetName('   ')).toBe('Ark');
  });
});

describe('generatedSheetName', () => {
  it('joins the prefix and the canonical period', () => {
    expect(generatedSheetName('Status', '2015M08')).toBe('Status 2015M08');
    expect(generatedSheetName('Grafer', '2015M01-2015M07')).toBe('Grafer 2015M01-2015M07');
  });

  it('stays within 31 characters for a long span', () => {
    const name = generatedSheetName('Status', '2015M01-2016M12 og lidt mere tekst');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.startsWith('Status 2015M01-2016M12')).toBe(true);
  });
});

describe('placeGeneratedSheet: where a generated sheet goes', () => {
  it('takes the wanted name when no sheet has it', () => {
    expect(placeGeneratedSheet('Status 2015M08', [{ name: 'Plan', generated: false }])).toEqual({
      name: 'Status 2015M08',
      replaces: null,
    });
  });

  it('replaces a generated sheet of the same name', () => {
    expect(
      placeGeneratedSheet('Status 2015M08', [
        { name: 'Plan', generated: false },
        { name: 'Status 2015M08', generated: true },
      ]),
    ).toEqual({ name: 'Status 2015M08', replaces: 'Status 2015M08' });
  });

  it("never takes a user's sheet of that name: the new sheet gets the suffix ' (2)'", () => {
    expect(
      placeGeneratedSheet('Status 2015M08', [{ name: 'Status 2015M08', generated: false }]),
    ).toEqual({ name: 'Status 2015M08 (2)', replaces: null });
  });

  it('compares names case-insensitively, as Excel does', () => {
    expect(
      placeGeneratedSheet('Status 2015M08', [{ name: 'STATUS 2015m08', generated: false }]),
    ).toEqual({ name: 'Status 2015M08 (2)', replaces: null });
    expect(
      placeGeneratedSheet('Status 2015M08', [{ name: 'status 2015m08', generated: true }]),
    ).toEqual({ name: 'status 2015m08', replaces: 'status 2015m08' });
  });

  it("replaces the earlier generated ' (2)' when the user's sheet still holds the name", () => {
    expect(
      placeGeneratedSheet('Status 2015M08', [
        { name: 'Status 2015M08', generated: false },
        { name: 'Status 2015M08 (2)', generated: true },
      ]),
    ).toEqual({ name: 'Status 2015M08 (2)', replaces: 'Status 2015M08 (2)' });
  });

  it("counts on to ' (3)' when the user also has ' (2)'", () => {
    expect(
      placeGeneratedSheet('Status 2015M08', [
        { name: 'Status 2015M08', generated: false },
        { name: 'Status 2015M08 (2)', generated: false },
      ]),
    ).toEqual({ name: 'Status 2015M08 (3)', replaces: null });
  });

  it('keeps a suffixed name within 31 characters by shortening the base', () => {
    const wanted = 'Status 2015M01-2015M07 ekstra x';
    expect(wanted).toHaveLength(31);
    const placed = placeGeneratedSheet(wanted, [{ name: wanted, generated: false }]);
    expect(placed.name).toBe(`${wanted.slice(0, 27)} (2)`);
    expect(placed.name).toHaveLength(31);
    expect(placed.replaces).toBeNull();
  });

  it('cleans the wanted name before placing it', () => {
    expect(placeGeneratedSheet('Status 2015:08', [])).toEqual({
      name: 'Status 2015-08',
      replaces: null,
    });
  });
});

import { buildRawTable } from '../../../src/domain/cells/buildRawTable';

describe('buildRawTable: every cell carries its value, format and address', () => {
  const table = buildRawTable({
    name: 'Plan',
    sheet: 'Min plan',
    top: 3,
    left: 2,
    values: [
      ['Id', 'Baseline'],
      ['U1', 0.37],
      ['U2', null],
    ],
    formats: [[], ['General', '0%']],
  });

  it('takes the first row as the header, with addresses from the top-left corner', () => {
    expect(table.name).toBe('Plan');
    expect(table.sheet).toBe('Min plan');
    expect(table.header).toEqual([
      { value: 'Id', format: 'General', address: "'Min plan'!B3" },
      { value: 'Baseline', format: 'General', address: "'Min plan'!C3" },
    ]);
  });

  it('gives the data rows below the header their own addresses and formats', () => {
    expect(table.rows).toEqual([
      [
        { value: 'U1', format: 'General', address: "'Min plan'!B4" },
        { value: 0.37, format: '0%', address: "'Min plan'!C4" },
      ],
      [
        { value: 'U2', format: 'General', address: "'Min plan'!B5" },
        { value: null, format: 'General', address: "'Min plan'!C5" },
      ],
    ]);
  });

  it('gives an empty header and no rows for no values', () => {
    expect(buildRawTable({ name: 'T', sheet: 'T', top: 1, left: 1, values: [] })).toEqual({
      name: 'T',
      sheet: 'T',
      header: [],
      rows: [],
    });
  });
});

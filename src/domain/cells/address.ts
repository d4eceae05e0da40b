/** Converts a 1-based column number to its letters: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Quotes a sheet name for use in an address when Excel would: a name of letters (any
 * alphabet), digits, `_` and `.` that starts with a letter or `_` and does not look like a cell
 * reference stays as it is (`Opfølgning!A1`); others are quoted (`'Min plan'!A1`, `'Ark1'!A1`).
 */
export function quoteSheetName(sheet: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$|^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The A1 address of a cell with its sheet: `cellAddress('Plan', 3, 2) === 'Plan!B3'`. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(column)}${row}`;
}

/** Splits `'Min plan'!B3` into sheet and local address; null when it is not of that form. */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
    address,
  );
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
  return { sheet, cell: (match[3] ?? '').replace(/\$/g, '') };
}

/** Year and month (1–12) of an Excel date serial in the 1900 date system. */
export function monthOfSerial(serial: number): { year: number; month: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  // Excel counts 1900-02-29 (serial 60), a day that did not exist: from 60 on, serials are one
  // day ahead, and 60 itself falls in February.
  const days = Math.floor(serial) - (serial >= 60 ? 1 : 0);
  const epoch = Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The Excel serial of the first day of a month (1900 date system). */
export function serialOfMonth(year: number, month: number): number {
  const days = (Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 31)) / 86_400_000;
  return days + (days >= 60 ? 1 : 0);
}

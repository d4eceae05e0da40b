import type { TableName } from '../findings/finding';
import type { LocalText } from '../text/localText';

/** How each input table is named to a reader (the Excel table `Opfolgning` is "Opfølgning"). */
export const TABLE_LABELS: Readonly<Record<TableName, LocalText>> = {
  Plan: { da: 'Plan', en: 'Plan' },
  Opfolgning: { da: 'Opfølgning', en: 'Follow-up' },
  Indstillinger: { da: 'Indstillinger', en: 'Settings' },
};

import type { Language } from '../text/localText';
import { inLanguage } from '../text/localText';
import { REPORT_TEXT } from './reportTexts';
import type { PageLayout, RangeRef } from './sheetSpec';

/** A4 landscape, one page wide, footer "Side x af y": how every generated sheet prints. */
export function landscapeLayout(
  printArea: RangeRef,
  repeatRows: PageLayout['repeatRows'],
  language: Language,
  left: string,
): PageLayout {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToPagesWide: 1,
    repeatRows,
    printArea,
    footer: {
      left: left.replace(/&/g, '&&'),
      center: inLanguage(REPORT_TEXT.footer, language),
      right: '',
    },
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
  };
}

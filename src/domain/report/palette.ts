import type { StatusCode, StatusColour } from '../model/status';
import type { CellStyle } from './sheetSpec';

/** The report's colours. Status fills are Excel's own Good / Neutral / Bad cell styles. */
export const COLOURS = {
  ink: '#1F1F1F',
  muted: '#595959',
  headerFill: '#1F4E79',
  headerInk: '#FFFFFF',
  themeFill: '#DDEBF7',
  rule: '#BFBFBF',
  faintRule: '#D9D9D9',
  dataBar: '#9BC2E6',
  own: '#1F4E79',
  target: '#7F7F7F',
} as const;

/** Benchmark series colours, in order of appearance. */
export const BENCHMARK_COLOURS = ['#ED7D31', '#70AD47', '#7030A0', '#FFC000', '#4472C4', '#A5A5A5'];

const STATUS_STYLE: Record<StatusColour, { fill: string; ink: string }> = {
  green: { fill: '#C6EFCE', ink: '#006100' },
  yellow: { fill: '#FFEB9C', ink: '#7F5F00' },
  red: { fill: '#FFC7CE', ink: '#9C0006' },
  grey: { fill: '#EDEDED', ink: '#404040' },
};

/** The fill and font of a status cell. */
export function statusCellStyle(colour: StatusColour): CellStyle {
  const { fill, ink } = STATUS_STYLE[colour];
  return { fill, fontColor: ink, bold: true };
}

/** Bar colours per status in the chart of status by theme: strong for settled, light for on the way. */
export const STATUS_CHART_COLOURS: Record<StatusCode, string> = {
  met: '#548235',
  on_track: '#A9D08E',
  at_risk: '#FFD966',
  partly_met: '#F4B183',
  off_track: '#F8696B',
  not_met: '#C00000',
  not_started: '#BDD7EE',
  no_data: '#D9D9D9',
  invalid: '#7F7F7F',
};

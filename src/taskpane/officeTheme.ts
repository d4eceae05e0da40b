import type { Theme } from '@fluentui/react-components';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Relative luminance of a `#RRGGBB` colour, 0 (black) to 1 (white). */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The Fluent theme that matches Office's: dark for the dark and black Office themes, light for
 * white and colourful (the task pane's body stays light there too), light when Office says nothing.
 */
export function themeForOffice(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  const lum = background ? luminance(background) : null;
  return lum !== null && lum < 0.4 ? webDarkTheme : webLightTheme;
}

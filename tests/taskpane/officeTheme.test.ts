import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeForOffice } from '../../src/taskpane/officeTheme';

describe('themeForOffice', () => {
  it.each([
    ['Dark Gray', '#262626'],
    ['Black', '#000000'],
    ['near-black, written without #', '0a0a0a'],
  ])('gives the dark theme for a %s body (%s)', (_, bodyBackgroundColor) => {
    expect(themeForOffice({ bodyBackgroundColor })).toBe(webDarkTheme);
  });

  it.each([
    ['White', '#FFFFFF'],
    ['Colorful', '#F3F2F1'],
    ['light grey, in lower case', '#e6e6e6'],
  ])('gives the light theme for a %s body (%s)', (_, bodyBackgroundColor) => {
    expect(themeForOffice({ bodyBackgroundColor })).toBe(webLightTheme);
  });

  it('gives the light theme when Office says nothing about its theme', () => {
    expect(themeForOffice(undefined)).toBe(webLightTheme);
    expect(themeForOffice({})).toBe(webLightTheme);
  });

  it('gives the light theme for a colour it cannot read', () => {
    expect(themeForOffice({ bodyBackgroundColor: 'black' })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: '' })).toBe(webLightTheme);
  });

  it('takes greys below about 40 % luminance for dark', () => {
    expect(themeForOffice({ bodyBackgroundColor: '#5E5E5E' })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: '#707070' })).toBe(webLightTheme);
  });
});

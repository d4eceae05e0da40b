import { createRoot } from 'react-dom/client';
import { createAddinActions } from '../app/addinActions';
import type { Language } from '../domain/text/localText';
import { detectApiSupport } from '../office/apiSupport';
import { excelHostRunner } from '../office/excelHostRunner';
import { App } from './App';
import { themeForOffice } from './officeTheme';

const LANGUAGE_KEY = 'planstatus.language';

/** Danish unless the user chose otherwise, or Office's display language is English. */
function initialLanguage(): Language {
  const stored = window.localStorage.getItem(LANGUAGE_KEY);
  if (stored === 'da' || stored === 'en') return stored;
  return Office.context.displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

function today() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The composition root: waits for Office once, then wires Excel into the pane's actions. */
async function start(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById('root');
  if (!container) return;
  const actions = createAddinActions(excelHostRunner(detectApiSupport()), today);
  createRoot(container).render(
    <App
      actions={actions}
      initialLanguage={initialLanguage()}
      theme={themeForOffice(Office.context.officeTheme)}
      onLanguage={(language) => window.localStorage.setItem(LANGUAGE_KEY, language)}
    />,
  );
}

void start();

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A LibreOffice profile that formats numbers the Danish way (1.234,5) whatever the machine's locale. */
const DANISH_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item>
</oor:items>
`;

const TIMEOUT_MS = 180_000;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: TIMEOUT_MS }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** True when LibreOffice's `soffice` can be started. */
export async function hasLibreOffice(): Promise<boolean> {
  return run('soffice', ['--version']).then(
    () => true,
    () => false,
  );
}

/**
 * Converts an .xlsx workbook to PDF with LibreOffice (headless), formatting numbers the Danish
 * way when `language` is `da`. Returns the PDF's bytes.
 */
export async function convertToPdf(xlsx: Uint8Array, language: 'da' | 'en'): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'planstatus-pdf-'));
  try {
    const profile = join(dir, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    if (language === 'da')
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), DANISH_PROFILE);
    const input = join(dir, 'report.xlsx');
    await writeFile(input, xlsx);
    await run('soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ]);
    return await readFile(join(dir, 'report.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

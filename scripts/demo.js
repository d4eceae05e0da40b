// The README's main command: the worked example (Ishøj 2015) through the command line, from a
// fresh template to the committee's status workbook, and a PDF beside it when LibreOffice is here.
const { execFileSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const out = join(root, 'examples', 'output');
const cli = join(root, 'dist', 'cli', 'main.js');
mkdirSync(out, { recursive: true });

const planstatus = (...args) =>
  execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
const hasLibreOffice = () => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const input = join(out, 'ishoj-2015.xlsx');
const report = join(out, 'status-2015M08.xlsx');
planstatus('template', input, '--example', '--force');
planstatus(
  'report',
  input,
  '--period',
  '2015M08',
  '--out',
  report,
  ...(hasLibreOffice() ? ['--pdf'] : []),
);

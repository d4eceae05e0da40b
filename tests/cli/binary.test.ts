import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');

/** The newest modification time of the files under a folder (0 when there is none). */
function newest(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(folder, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** The folders the command line is compiled from. */
const SOURCES = ['cli', 'app', 'domain', 'xlsx'].map((f) => join(ROOT, 'src', f));

let dir: string;

beforeAll(() => {
  // npm test builds the binary first; build it here too when it is missing or older than src.
  const built = existsSync(MAIN) ? newest(join(ROOT, 'dist')) : 0;
  if (built < Math.max(...SOURCES.map(newest))) {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
      { cwd: ROOT, stdio: 'pipe' },
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'planstatus-cli-'));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const planstatus = (...args: string[]) =>
  spawnSync(process.execPath, [MAIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

describe('the built planstatus binary', () => {
  it('writes the example template and evaluates it to JSON with exit code 0', () => {
    const template = planstatus('template', 'eksempel.xlsx', '--example');
    expect(template.stderr).toBe("Skrev skabelonen 'eksempel.xlsx'.\n");
    expect(template.status).toBe(0);

    const evaluated = planstatus('evaluate', join(dir, 'eksempel.xlsx'), '--json');
    expect(evaluated.stderr).toBe('');
    expect(evaluated.status).toBe(0);
    const out = JSON.parse(evaluated.stdout) as {
      reportPeriod: string;
      results: { id: string; status: string; attainment: number | null }[];
      findings: { code: string }[];
    };
    expect(out.reportPeriod).toBe('2015M08');
    expect(out.results).toHaveLength(24);
    expect(out.results.find((r) => r.id === 'U3')).toMatchObject({
      status: 'off_track',
      attainment: 0.617,
    });
    expect(out.findings.map((f) => f.code)).toEqual(['PLAN_END_VALUE_MISMATCH']);
  });
});

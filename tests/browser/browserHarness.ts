import { execFileSync } from 'child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'fs';
import { createServer } from 'http';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve } from 'path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import webpack from 'webpack';

const ROOT = resolve(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** The flags Chromium runs with here: headless, and nothing that reaches for the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The newest modification time of the files under a folder. */
function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds the add-in (dist/web) when it is missing or older than its sources, so the browser
 * test never runs an old bundle; `npm test` has just built it.
 */
export function ensureWebBuild(): void {
  const page = join(WEB, 'taskpane.html');
  const sources = ['src', 'webpack.config.js', 'tsconfig.web.json', 'manifest.xml'].map((p) =>
    newest(join(ROOT, p)),
  );
  if (existsSync(page) && statSync(page).mtimeMs >= Math.max(...sources)) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
}

/** Bundles the fake Excel for the browser: the script served in place of office.js. */
export async function bundleFakeOffice(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'planstatus-fake-office-'));
  try {
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      target: 'web',
      entry: join(__dirname, 'fakeOfficeEntry.ts'),
      output: { path: out, filename: 'office.js' },
      resolve: { extensions: ['.ts', '.js'] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: {
              loader: 'ts-loader',
              options: {
                configFile: join(ROOT, 'tsconfig.web.json'),
                transpileOnly: true,
                onlyCompileBundledFiles: true,
              },
            },
          },
        ],
      },
    });
    await new Promise<void>((done, fail) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      }),
    );
    return readFileSync(join(out, 'office.js'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Serves dist/web on a free port of 127.0.0.1. */
export async function serveWeb(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
    ).replace(/^([/\\])+/, '');
    const file = join(WEB, path);
    if (!file.startsWith(WEB) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Debian's Chromium, started the way this project's tests start it. Never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}; install it with: apt-get install -y chromium`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

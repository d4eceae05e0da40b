// @ts-check
// The add-in's web part: the task pane and the ribbon's function file, built into dist/web.
// `npm run build` makes the production files; `npm start` serves them on https://localhost:3000
// with a development certificate from office-addin-dev-certs.
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_PORT = 3000;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * The pages' Content-Security-Policy: scripts only from this origin and Office's CDN. Inline
 * styles are allowed because Office.js and Fluent UI insert style elements at run time; the dev
 * server's live-reload socket is allowed in development only.
 */
const contentSecurityPolicy = (development) =>
  [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${development ? ` wss://localhost:${DEV_PORT}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** How to trust the development CA by hand on this platform. */
function trustByHand(ca) {
  switch (process.platform) {
    case 'win32':
      return `import ${ca} into "Trusted Root Certification Authorities" (certmgr.msc)`;
    case 'darwin':
      return `add ${ca} to the login keychain and set it to "Always Trust"`;
    default: {
      const dir = '/usr/local/share/ca-certificates/office-addin-dev-certs';
      return `as root: mkdir -p ${dir} && cp ${ca} ${dir}/ && update-ca-certificates`;
    }
  }
}

/** The dev server's certificate; where it cannot be installed, one message and exit code 1. */
async function httpsServerOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    const ca = path.join(os.homedir(), '.office-addin-dev-certs', 'ca.crt');
    console.error(
      [
        '',
        `The development server needs a trusted certificate for https://localhost:${DEV_PORT}, and it could not be installed: ${reason}`,
        'To fix it, run `npx office-addin-dev-certs install` as a user who may add certificates (it uses sudo on macOS and Linux),',
        `or trust the certificate yourself (${trustByHand(ca)}). Then run \`npm start\` again.`,
      ].join('\n'),
    );
    process.exit(1);
  }
}

module.exports = async (env, argv) => {
  const development = argv.mode !== 'production';
  const page = (name, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [name],
      csp: contentSecurityPolicy(development),
    });

  /** @type {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }} */
  const config = {
    mode: development ? 'development' : 'production',
    // No eval-based source maps: the pages' CSP does not allow eval.
    devtool: development ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: development ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm test` (tsc); the build only transpiles.
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.web.json'),
              transpileOnly: true,
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html'),
      page('commands', './src/commands/commands.html'),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/*.png' }, { from: 'manifest.xml' }],
      }),
    ],
    performance: { hints: false },
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      host: 'localhost',
      port: DEV_PORT,
      server: { type: 'https', options: await httpsServerOptions() },
      static: false,
      hot: true,
    };
  }
  return config;
};

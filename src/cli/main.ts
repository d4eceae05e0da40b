#!/usr/bin/env node
import { fill } from '../domain/report/reportTexts';
import { CLI_TEXT } from './cliTexts';
import { nodeIo } from './nodeIo';
import { EXIT, runCli } from './runCli';

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A defect, not a user error: say so in one line; the stack is there for a bug report.
    const text = fill(`${CLI_TEXT.unexpected.da} / ${CLI_TEXT.unexpected.en}`, {
      detail: error instanceof Error ? error.message : String(error),
    });
    process.stderr.write(`planstatus: ${text}\n`);
    if (process.env.PLANSTATUS_DEBUG)
      process.stderr.write(`${error instanceof Error ? (error.stack ?? '') : ''}\n`);
    process.exitCode = EXIT.failed;
  },
);

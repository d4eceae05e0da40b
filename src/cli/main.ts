#!/usr/bin/env node
import { nodeIo } from './nodeIo';
import { EXIT, runCli } from './runCli';

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A defect, not a user error: say so in one line; the stack is there for a bug report.
    process.stderr.write(
      `planstatus: uventet fejl / unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.PLANSTATUS_DEBUG)
      process.stderr.write(`${error instanceof Error ? (error.stack ?? '') : ''}\n`);
    process.exitCode = EXIT.failed;
  },
);

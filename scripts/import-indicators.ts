// `npm run import:indicators -- <file> --plan <id> [--document <id>] [--base-year yyyy] [--target-year yyyy] [--force] [--dry-run]`
import { runImportIndicators } from '../src/lib/plans/run-import-indicators.ts';

process.exitCode = await runImportIndicators(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

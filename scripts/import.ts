// `npm run import -- <file> --org <id> --year <yyyy> [--kind …] [--end-year yyyy] [--title …] [--force] [--dry-run]`
import { runImport } from '../src/lib/reports/import/run-import.ts';

process.exitCode = await runImport(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

// `npm run new -- report --org <id> --year <yyyy> [--kind …] [--end-year yyyy] [--force]`
import { runNew } from '../src/lib/reports/import/run-new.ts';

process.exitCode = runNew(process.argv.slice(2), {
  root: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

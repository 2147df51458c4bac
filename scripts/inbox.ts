// `npm run inbox [-- --published-on yyyy-mm-dd] [--report file] [--force] [--dry-run]`: imports every document in
// inbox/<org>/<year>-<kind>.<ext> (see src/lib/reports/import/run-inbox.ts).
import { runInbox } from '../src/lib/reports/import/run-inbox.ts';

process.exitCode = await runInbox(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

// `npm run check [-- <path>…] [-- --changes-for <org> --base <git-ref>]`: validates what officials commit and
// prints every problem in one format; with --changes-for, also that the changes since <git-ref> touch only that
// organisation's files (for git hosts that do not enforce CODEOWNERS).
import { runCheck } from '../src/lib/check/run-check.ts';

process.exitCode = runCheck(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

// `npm run codeowners [-- --check]`: writes CODEOWNERS from the maintainers named in data/site.yaml and
// data/orgs/*.yaml; --check fails when the committed file is out of date.
import { runCodeowners } from '../src/lib/check/run-codeowners.ts';

process.exitCode = runCodeowners(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

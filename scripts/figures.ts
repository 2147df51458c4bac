// `npm run figures -- <file> [--json] [--draft <dataset-id> [--org …] [--year …] [--topic …] [--force]]`
import { runFigures } from '../src/lib/datasets/run-figures.ts';

process.exitCode = await runFigures(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

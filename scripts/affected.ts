// `npm run affected -- --base <ref> --shards <N> [--json | --shard <hub|k/N>]`: the shards a change needs
// (src/lib/check/run-affected.ts, docs/scaling.md §2).
import { runAffected } from '../src/lib/check/run-affected.ts';

process.exitCode = runAffected(process.argv.slice(2), {
  root: process.cwd(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

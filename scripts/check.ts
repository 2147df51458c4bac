// `npm run check [-- <path>…]`: validates what officials commit and prints every problem in one format.
import { checkSite } from '../src/lib/check/check-site.ts';
import { formatProblem } from '../src/lib/core/problem.ts';

const root = process.cwd();
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { problems, fileCount } = checkSite(root, only.length ? only : undefined);

for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n检查未通过：发现 ${problems.length} 个问题。请按每行“—”后面的提示修改后，再运行 npm run check。`);
  process.exit(1);
}
console.log(
  `检查通过：已检查 ${fileCount} 个文件${only.length ? `（报告范围：${only.join('、')}）` : ''}，没有发现问题。`,
);

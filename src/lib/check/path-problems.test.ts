import { describe, expect, it } from 'vitest';
import { pathProblems } from './path-problems.ts';

const problem = (file: string) => pathProblems(file).map((p) => `${p.field} ${p.problem}`);

describe('pathProblems', () => {
  it('names Windows reserved names in files and folders, with any extension and case', () => {
    for (const file of [
      'data/orgs/con.yaml',
      'data/orgs/PRN.yaml',
      'data/orgs/aux',
      'data/orgs/Com1.yaml',
      'data/orgs/lpt9.tar.gz',
    ]) {
      expect(problem(file)[0], file).toMatch(/^（文件名） 文件名“.+”用了 Windows 保留的名字/);
    }
    expect(problem('content/reports/NUL/2023-summary.md')[0]).toMatch(
      /^（文件夹名） 文件夹名“NUL”用了 Windows 保留的名字/,
    );
    for (const file of [
      'data/orgs/console.yaml',
      'data/orgs/com0.yaml',
      'data/orgs/com10.yaml',
      'data/orgs/auxiliary.yaml',
      'data/orgs/lishui.yaml',
    ]) {
      expect(problem(file), file).toEqual([]);
    }
  });

  it('calls office lock files temporary files, before the name check would call them badly named', () => {
    expect(pathProblems('content/reports/demo/~$23-summary.docx')[0]).toMatchObject({
      problem: '这是用 Word、WPS 或 Excel 打开文档时留下的临时文件（锁定文件），不是内容',
      fix: '关闭 Word、WPS 或 Excel 后删除这个文件，不要提交它',
    });
    // A Chinese name would otherwise get "文件名含有空格、中文" and a rename that keeps the junk.
    expect(problem('content/guides/~$疾人证申领.docx')).toEqual([
      '（整个文件） 这是用 Word、WPS 或 Excel 打开文档时留下的临时文件（锁定文件），不是内容',
    ]);
    expect(problem('data/datasets/.~lock.x.csv#')).toEqual([
      '（整个文件） 这是用 LibreOffice 打开文档时留下的临时文件（锁定文件），不是内容',
    ]);
    // Only the exact shapes: a `#` without the `.~lock.` prefix, or a `~` not followed by `$`, is another mistake.
    expect(problem('data/datasets/x.csv#')).toEqual([]);
    expect(problem('data/orgs/~demo.yaml')).toEqual([]);
  });
});

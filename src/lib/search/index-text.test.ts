import { describe, expect, it } from 'vitest';
import { separateBlocks } from './index-text.ts';

describe('separateBlocks', () => {
  it('puts a space after term list and table cells, so label and value stay apart in the index', () => {
    expect(separateBlocks('<dl><dt>单位</dt><dd>%</dd><dt>分类</dt><dd>康复</dd></dl><p>下</p>')).toBe(
      '<dl><dt>单位</dt> <dd>%</dd> <dt>分类</dt> <dd>康复</dd> </dl> <p>下</p>',
    );
    expect(separateBlocks('<table><tr><th>年份</th><th>数值</th></tr></table>')).toBe(
      '<table><tr><th>年份</th> <th>数值</th> </tr> </table> ',
    );
  });
  it('leaves inline elements, attributes, comments and scripts as they are', () => {
    const html =
      '<p><span>暂无</span><b>数据</b></p><!-- </dt> --><a title="</dd>">x</a><script>"</th>"</script><style>/*</tr>*/</style>';
    expect(separateBlocks(html)).toBe(html);
  });
});

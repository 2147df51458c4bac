import { describe, expect, it } from 'vitest';
import { transformTables } from './rehype-tables.ts';

const el = (tagName: string, children: object[] = [], properties = {}) => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text', value });

describe('transformTables', () => {
  it('moves a bold title above a table into its caption and wraps the table in a labelled region', () => {
    const tree = el('root', [el('p', [el('strong', [text('主要指标')])]), text('\n'), el('table', [el('tbody')])]);
    transformTables(tree as never);
    expect(tree.children).toHaveLength(2);
    const wrapper = tree.children[1] as ReturnType<typeof el>;
    expect(wrapper.properties).toEqual({
      className: ['table-scroll'],
      role: 'region',
      tabIndex: 0,
      ariaLabelledBy: 'table-1',
    });
    const table = wrapper.children[0] as ReturnType<typeof el>;
    expect(table.children[0]).toEqual(el('caption', [text('主要指标')], { id: 'table-1' }));
  });

  it('names an untitled table by its number', () => {
    const tree = el('root', [el('p', [text('正文')]), el('table')]);
    transformTables(tree as never);
    expect((tree.children[1] as ReturnType<typeof el>).properties).toMatchObject({ ariaLabel: '表格 1' });
    expect(tree.children[0]).toEqual(el('p', [text('正文')]));
  });
});

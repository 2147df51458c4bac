import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseQuestion } from './dialogs.ts';

describe('chineseQuestion', () => {
  it("rewrites Decap's English replace question, keeping the file name", () => {
    expect(chineseQuestion('huzhou-2024-rehabilitation.csv already exists. Do you want to replace it?')).toBe(
      '媒体库中已经有名为“huzhou-2024-rehabilitation.csv”的文件。要用刚选的文件替换它吗？',
    );
  });

  it('leaves questions from the Chinese locale unchanged', () => {
    expect(chineseQuestion('确定要删除这篇已发布的文章吗？')).toBe('确定要删除这篇已发布的文章吗？');
  });

  it('matches the question as the installed Decap writes it', () => {
    // When Decap changes the wording, this fails instead of the editor falling back to English unnoticed.
    const bundle = readFileSync('node_modules/decap-cms/dist/decap-cms.js', 'utf8');
    const written = /confirm\(`\$\{[a-z]+\.name\}( already exists\. Do you want to replace it\?)`\)/.exec(bundle);
    expect(written, 'the replace question in decap-cms.js').not.toBeNull();
    expect(chineseQuestion(`x.csv${written![1]}`)).toMatch(/^媒体库中已经有/);
  });
});

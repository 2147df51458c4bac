import { WHOLE_FILE, type Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** A markdown file split into its front matter (with line lookup) and body. */
export interface MarkdownSource extends YamlSource {
  /** The markdown after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

/**
 * Splits a markdown file into YAML front matter and body and parses the front matter with line numbers.
 * A file without front matter yields a problem that says how to add it.
 */
export function parseMarkdownSource(text: string, file: string): MarkdownSource {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      data: undefined,
      lineOf: () => 1,
      body: src,
      bodyLine: 1,
      problems: [
        {
          file,
          line: 1,
          field: WHOLE_FILE,
          problem: '文件开头缺少前置信息（front matter）',
          fix: '在第一行写 ---，接着写标题、机构等字段，再用一行 --- 结束；可用 npm run new 生成模板',
        },
      ],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    return {
      data: undefined,
      lineOf: () => 1,
      body: '',
      bodyLine: lines.length,
      problems: [
        {
          file,
          line: 1,
          field: WHOLE_FILE,
          problem: '前置信息没有结束标记',
          fix: '在前置信息最后一个字段之后加一行 ---',
        },
      ],
    };
  }
  const yaml = parseYamlSource(lines.slice(1, end).join('\n'), file, 1);
  const problems: Problem[] = [...yaml.problems];
  return { ...yaml, problems, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

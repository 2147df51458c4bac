import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentError } from './document-error.ts';
import { findSoffice } from './soffice.ts';
import type { DocBlock } from './types.ts';
import { readWordFile } from './word-file.ts';

// Fixtures in tests/fixtures/import/word/: lo-report.fodt is the source, written by hand (a Title paragraph,
// headings 1–2 with Chinese outline numbering, a numbered list, a picture with alt text and one without, a table
// with merged cells, a footnote, a text box); LibreOffice 7.4 made the other two from it:
//   soffice -env:UserInstallation=file:///tmp/lo-profile --headless --convert-to docx:"MS Word 2007 XML" lo-report.fodt
//   soffice -env:UserInstallation=file:///tmp/lo-profile --headless --convert-to doc:"MS Word 97" lo-report.fodt
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import/word');
const tmp = mkdtempSync(join(tmpdir(), 'word-file-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const outline = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text}`] : []));
const EXPECTED_OUTLINE = [
  '1 一、总体情况',
  '2 （一）康复服务',
  '2 （二）就业服务',
  '1 二、下一步工作',
  '2 （一）加强基层组织建设',
];

async function problemOf(p: Promise<unknown>) {
  const e = await p.catch((err: unknown) => err);
  expect(e).toBeInstanceOf(DocumentError);
  return e as DocumentError;
}

describe('readWordFile', () => {
  it('reads a .docx written by LibreOffice: its outline numbering (taiwaneseCountingThousand), list, table, note, text box', async () => {
    const doc = await readWordFile(join(FIXTURES, 'lo-report.docx'), 'lo-report.docx');
    expect(doc.meta.title).toBe('某区残疾人联合会2024年工作总结');
    expect(outline(doc.blocks)).toEqual(EXPECTED_OUTLINE);
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ type: 'paragraph', text: '1. 为残疾儿童提供康复救助48人；' }),
    );
    expect(doc.blocks).toContainEqual(expect.objectContaining({ type: 'figure', alt: '训练室里的康复器材' }));
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({
        type: 'table',
        rows: [
          ['类别', '项目', '人数'],
          ['就业', '按比例就业', '96'],
          ['就业', '公益性岗位', '24'],
          ['合计', '合计', '120'],
        ],
      }),
    );
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ type: 'note', label: '1', text: '数据截至2024年12月31日。' }),
    );
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ type: 'paragraph', text: '专栏：全年组织助残志愿活动12场。' }),
    );
    expect(doc.removed).toEqual([{ kind: 'figure', text: '图片（图像2）', line: 8 }]);
  });

  it('a LibreOffice .docx whose centred title is broken by a line break: one title, joined without a space', async () => {
    // lo-brief.fodt: a typed title 某区残疾人联合会↵2024年第一季度工作简报, headings 1–4 on the outline numbering,
    // a footnote, a frame, a table with both spans, a picture with svg:desc; converted as lo-report.fodt above.
    const doc = await readWordFile(join(FIXTURES, 'lo-brief.docx'), 'lo-brief.docx');
    expect(doc.meta.title).toBe('某区残疾人联合会2024年第一季度工作简报');
    expect(doc.blocks[0]).toEqual({ type: 'paragraph', text: '某区残疾人联合会2024年第一季度工作简报', line: 1 });
    expect(doc.blocks[1]).toMatchObject({ type: 'heading', level: 1, text: '一、重点工作进展' });
    expect(outline(doc.blocks)).toEqual([
      '1 一、重点工作进展',
      '2 （一）残疾人两项补贴',
      '3 1.资格复核',
      '4 (1)入户走访',
      '4 (2)数据比对',
      '2 （二）无障碍环境建设',
      '1 二、下季度安排',
    ]);
    expect(doc.blocks).toContainEqual(expect.objectContaining({ type: 'figure', alt: '改造后的无障碍坡道' }));
  });

  it('LibreOffice is installed (needed for .doc and .wps; CI installs libreoffice-writer-nogui)', () => {
    expect(findSoffice(), 'soffice not found: apt-get install libreoffice-writer-nogui').toBeDefined();
  });

  it('converts a Word 97 .doc with LibreOffice and reads it', { timeout: 120_000 }, async () => {
    const doc = await readWordFile(join(FIXTURES, 'lo-report.doc'), 'lo-report.doc');
    expect(doc.format).toBe('Word 文件（标题样式）（.doc 由 LibreOffice 转为 .docx 后读取）');
    expect(doc.notes[0]?.text).toContain('.doc 文件已由 LibreOffice 转为 .docx 后读取');
    expect(outline(doc.blocks)).toEqual(EXPECTED_OUTLINE);
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ type: 'paragraph', text: '全区持证残疾人达到2,468人，比上年增加37人。' }),
    );
    expect(doc.blocks).toContainEqual(expect.objectContaining({ type: 'note', text: '数据截至2024年12月31日。' }));
    // LibreOffice's .doc keeps no alt text: both pictures are listed as left out.
    expect(doc.removed.map((r) => r.kind)).toEqual(['figure', 'figure']);
  });

  it(
    'converts a .wps (WPS saves the Word 97 format under that name), with parallel runs not colliding',
    { timeout: 120_000 },
    async () => {
      const a = join(tmp, '工作总结.wps');
      const b = join(tmp, 'copy.doc');
      copyFileSync(join(FIXTURES, 'lo-report.doc'), a);
      copyFileSync(join(FIXTURES, 'lo-report.doc'), b);
      const [wps, doc] = await Promise.all([readWordFile(a, '工作总结.wps'), readWordFile(b, 'copy.doc')]);
      expect(outline(wps.blocks)).toEqual(EXPECTED_OUTLINE);
      expect(outline(doc.blocks)).toEqual(EXPECTED_OUTLINE);
    },
  );

  it('reads a .doc that is really a .docx directly', async () => {
    const p = join(tmp, 'renamed.doc');
    copyFileSync(join(FIXTURES, 'lo-report.docx'), p);
    const doc = await readWordFile(p, 'renamed.doc', { SOFFICE: '/nonexistent/soffice' });
    expect(outline(doc.blocks)).toEqual(EXPECTED_OUTLINE);
  });

  it('says how to install LibreOffice when soffice is missing', async () => {
    const p = await problemOf(
      readWordFile(join(FIXTURES, 'lo-report.doc'), 'old.doc', { SOFFICE: '/nonexistent/soffice' }),
    );
    expect(p.file).toBe('old.doc');
    expect(p.problem).toContain('没有安装 LibreOffice');
    expect(p.fix).toContain('apt-get install libreoffice-writer-nogui');
    expect(p.fix).toContain('另存为” .docx');
  });

  it('refuses a .doc whose bytes are not a Word file instead of importing them as text', async () => {
    const p = join(tmp, 'bad.doc');
    writeFileSync(p, 'not a word file');
    expect((await problemOf(readWordFile(p, 'bad.doc'))).problem).toContain('不是 Word 或 WPS 文档');
  });
});

import { CONTENT_EXTENSIONS } from '../core/file-glob.ts';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';

/**
 * Names Windows keeps for devices, with any extension and in any case (`con.yaml`, `Aux.md`, `LPT1.csv`): git
 * for Windows cannot check such a file out, so every official on Windows would get a broken copy of the site.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * Lock files an office program writes next to a document while it is open: Word and WPS `~$报告.docx`,
 * LibreOffice `.~lock.报告.docx#`. Committed by mistake with the folder; the fix is to close the program, not to
 * convert anything.
 */
function lockFileProblem(file: string, name: string): Problem | undefined {
  const program = name.startsWith('~$')
    ? 'Word、WPS 或 Excel'
    : /^\.~lock\..*#$/.test(name)
      ? 'LibreOffice'
      : undefined;
  if (!program) return undefined;
  return {
    file,
    field: WHOLE_FILE,
    problem: `这是用 ${program} 打开文档时留下的临时文件（锁定文件），不是内容`,
    fix: `关闭 ${program} 后删除这个文件，不要提交它`,
  };
}

/** A file name of the right form for the kind of file `name` is, to show in a fix. */
function exampleName(name: string): string {
  return /\.ya?ml$/i.test(name) ? 'lishui.yaml' : /\.csv$/i.test(name) ? 'actuals.csv' : '2023-summary.md';
}

/** Problems with where a file is or how it is named, before its content is read. */
export function pathProblems(file: string): Problem[] {
  const name = file.replace(/^.*\//, '');
  const lock = lockFileProblem(file, name);
  if (lock) return [lock];
  const reserved = file.split('/').find((seg) => WINDOWS_RESERVED.test(seg));
  if (reserved !== undefined) {
    const isFile = reserved === name;
    return [
      {
        file,
        field: isFile ? '（文件名）' : '（文件夹名）',
        problem: `${isFile ? '文件名' : '文件夹名'}“${reserved}”用了 Windows 保留的名字（CON、PRN、AUX、NUL、COM1 至 COM9、LPT1 至 LPT9），在 Windows 电脑上无法取出这个文件`,
        fix: isFile
          ? `换一个文件名，例如 ${exampleName(name)}；这些名字加上扩展名也不能用`
          : '换一个文件夹名：机构的文件夹用机构编号，例如 content/reports/lishui/',
      },
    ];
  }
  if (/\.mdx$/i.test(name)) {
    return [
      {
        file,
        field: WHOLE_FILE,
        problem: '内容文件不能用 .mdx 格式（MDX 可以运行代码，只用于网站自身的页面）',
        fix: '把扩展名改为 .md；正文中不要写 import、export 或 {…} 表达式',
      },
    ];
  }
  // Windows hides extensions and keeps whatever case a tool wrote (DEMO.YAML); the site's loaders match the
  // lower-case extension only, so such a file would be silently left out.
  const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
  if (ext !== ext.toLowerCase() && CONTENT_EXTENSIONS.includes(ext.toLowerCase())) {
    return [
      {
        file,
        field: '（文件名）',
        problem: `扩展名“${ext}”用了大写字母，网站不会读取这个文件`,
        fix: `把文件改名为 ${name.slice(0, -ext.length)}${ext.toLowerCase()}（扩展名只用小写字母）`,
      },
    ];
  }
  if (/[^\x21-\x7e]/.test(name)) {
    const example = exampleName(name);
    return [
      {
        file,
        field: '（文件名）',
        problem: '文件名含有空格、中文或其他非英文字符',
        fix: `文件名只用小写英文字母、数字、短横线和扩展名，例如 ${example}`,
      },
    ];
  }
  // Folder names become parts of addresses and ids too (content/reports/<机构>/…).
  const folder = file
    .split('/')
    .slice(0, -1)
    .find((seg) => /[^\x21-\x7e]/.test(seg));
  if (folder !== undefined) {
    return [
      {
        file,
        field: '（文件夹名）',
        problem: `文件夹名“${folder}”含有空格、中文或其他非英文字符`,
        fix: '文件夹名只用小写英文字母、数字和短横线；机构的文件夹用机构编号，例如 content/reports/lishui/',
      },
    ];
  }
  return [];
}

import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentError } from './document-error.ts';

/** Longest a conversion may take before it is given up (a large .doc takes a few seconds). */
export const CONVERT_TIMEOUT_MS = 120_000;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The LibreOffice command: `$SOFFICE` when set, else `soffice` or `libreoffice` on the PATH, else Debian's
 * `/usr/bin/soffice`. `undefined` when LibreOffice is not installed.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SOFFICE) return executable(env.SOFFICE) ? env.SOFFICE : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) if (executable(join(dir, name))) return join(dir, name);
  }
  return executable('/usr/bin/soffice') ? '/usr/bin/soffice' : undefined;
}

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: CONVERT_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

/**
 * Converts an old Word (.doc) or WPS (.wps) file to .docx with LibreOffice in headless mode and returns the .docx
 * bytes. `ext` is the file's extension (`.doc`). The bytes are written into a private temporary folder under a plain name, converted there with a private
 * LibreOffice profile (`-env:UserInstallation`) so that parallel runs and a LibreOffice the user has open do not
 * collide, and the folder is removed afterwards. `shown` is the file as named in messages; `soffice` is the command
 * ({@link findSoffice}). Throws {@link DocumentError} when LibreOffice is missing or cannot convert the file.
 */
export async function convertToDocx(
  bytes: Uint8Array,
  ext: string,
  shown: string,
  soffice: string | undefined,
): Promise<Uint8Array> {
  if (!soffice) {
    throw new DocumentError(
      `${ext} 是旧版 Word/WPS 格式，要用 LibreOffice 转换后才能导入，但这台电脑没有安装 LibreOffice（找不到 soffice 命令）`,
      '安装 LibreOffice：sudo apt-get install libreoffice-writer-nogui（Debian/Ubuntu）；或者用 Word 或 WPS 打开这个文件，“另存为” .docx 后再导入',
      shown,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'canlian-soffice-'));
  try {
    const input = join(work, `source${ext}`);
    const outDir = join(work, 'out');
    mkdirSync(outDir);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(work, 'profile')).href;
    const { code, output } = await run(soffice, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      outDir,
      input,
    ]);
    const out = join(outDir, 'source.docx');
    if (code !== 0 || !existsSync(out)) {
      throw new DocumentError(
        `LibreOffice 没能把这个 ${ext} 文件转换为 .docx${output ? `（${output.split('\n').at(-1)}）` : ''}`,
        '确认文件没有损坏、没有设置打开密码；用 Word 或 WPS 打开它，“另存为” .docx 后再导入',
        shown,
      );
    }
    return readFileSync(out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

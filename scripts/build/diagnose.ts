// Why a build step failed, in one short Chinese message for the official or technician who ran it. The tools
// themselves say it in English, or not at all: Astro prints nothing useful on a full disk, pagefind an English
// Rust panic ("No space left on device (os error 28)"), and Astro logs a page it could not render as
// `[ERROR] [glob-loader] Error rendering huzhou/2020-summary-and-plan.md: …` and exits 0.
import { existsSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import type { StepResult } from './run-step.ts';

/** Folders a content collection's file names are relative to (src/content.config.ts). */
const COLLECTION_BASES = ['content/reports', 'content/guides', 'data/orgs'];

/** True when a tool's message says the disk is full (Node's ENOSPC, the OS's text, Rust's os error 28). */
export function isDiskFull(text: string): boolean {
  return /ENOSPC|No space left on device|os error 28/i.test(text);
}

/** Free space of the filesystem holding `dir`, in MB, or undefined when it cannot be read. */
export function freeMegabytes(dir: string): number | undefined {
  try {
    const st = statfsSync(dir);
    return Math.floor((st.bavail * st.bsize) / 1024 / 1024);
  } catch {
    return undefined;
  }
}

/** The project file an Astro error line is about (`content/reports/huzhou/…md`), when it names one. */
export function fileOfError(line: string, root = '.'): string | undefined {
  const named = /(?:rendering|loading|parsing|in|file)\s+["“]?([^\s"”:]+\.(?:md|mdx|ya?ml|csv|json))/i.exec(line)?.[1];
  if (!named) return undefined;
  if (/^(content|data)\//.test(named)) return named;
  return COLLECTION_BASES.map((base) => `${base}/${named}`).find((p) => existsSync(join(root, p))) ?? named;
}

/** Message for a step that exited 0 but logged errors: each page named, and why nothing was published. */
export function loggedErrorMessage(errors: string[], root = '.'): string {
  const lines = errors.slice(0, 10).map((line) => {
    const file = fileOfError(line, root);
    const why = line.replace(/^.*?\[ERROR\]\s*(\[[^\]]*\]\s*)?/, '');
    return file ? `  ${file}：${why}` : `  ${why}`;
  });
  if (errors.length > 10) lines.push(`  ……另有 ${errors.length - 10} 条`);
  return [
    `构建失败：构建中报告了 ${errors.length} 个错误，相关页面会是空白或不完整的，因此没有发布：`,
    ...lines,
    '先运行 npm run check 检查这些文件；如果检查通过而构建仍然报错，请把以上信息发给网站的技术人员。',
  ].join('\n');
}

/** Message for a step that failed (non-zero exit or killed). `step` is its Chinese name. */
export function failedStepMessage(step: string, result: StepResult, root = '.'): string {
  const free = freeMegabytes(root);
  if (isDiskFull(result.output) || (free !== undefined && free < 20)) {
    return `构建失败：磁盘空间不足（${step}无法写入文件${free !== undefined ? `，剩余 ${free} MB` : ''}）。请删除不需要的文件（例如旧的构建输出、日志）腾出空间，再重新运行 npm run build。`;
  }
  if (result.signal === 'SIGKILL')
    return `构建失败：${step}的进程被系统终止，多半是内存不足。请关闭其他程序后重试，或在内存更大的机器上构建。`;
  if (result.signal) return `构建失败：${step}收到信号 ${result.signal} 而停止。`;
  return `构建失败：${step}未成功（退出码 ${result.status}），原因见上方的输出。`;
}

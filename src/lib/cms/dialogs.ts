// Decap CMS asks a few questions with the browser's own confirmation box. All but one come from its Chinese locale
// file; the question before an upload replaces a file of the same name is written in English in Decap's code
// (decap-cms 3, media library). The editor page passes every question through here before showing it.

const REPLACE = /^(.+) already exists\. Do you want to replace it\?$/s;

/** The question in Chinese: Decap's English replace question rewritten, any other question unchanged. */
export function chineseQuestion(message: string): string {
  const replace = REPLACE.exec(message);
  if (replace) return `媒体库中已经有名为“${replace[1]}”的文件。要用刚选的文件替换它吗？`;
  return message;
}

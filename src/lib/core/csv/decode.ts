/** Encodings a dataset CSV may be committed in. */
export const CSV_ENCODINGS = ['utf-8', 'gb18030'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Decoded CSV text and how it was read. */
export interface DecodedCsv {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding actually used. */
  encoding: CsvEncoding;
  /** True when the file started with a UTF-8 byte-order mark (Excel's “CSV UTF-8” writes one). */
  bom: boolean;
}

/** A decoding failure, phrased for the official (problem + fix). */
export interface DecodeError {
  problem: string;
  fix: string;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of a CSV file. Excel on Chinese Windows saves “CSV (逗号分隔)” in GBK (read here as its
 * superset GB18030) and “CSV UTF-8” with a byte-order mark; both are accepted. Without a declared encoding,
 * bytes that are not valid UTF-8 are read as GB18030. A declared `gb18030` wins over detection because short
 * GB18030 files can happen to be valid UTF-8 — except when the file starts with a UTF-8 BOM, which settles it.
 */
export function decodeCsvBytes(bytes: Uint8Array, declared?: CsvEncoding): DecodedCsv | DecodeError {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      problem: '文件是 UTF-16 编码（Excel“Unicode 文本”格式），不是 CSV',
      fix: '在 Excel 中选择“另存为”，文件类型选“CSV UTF-8（逗号分隔）”',
    };
  }
  if (hasUtf8Bom(bytes)) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === undefined) {
      return {
        problem: '文件开头标明是 UTF-8，但内容有不是 UTF-8 的字节',
        fix: '用 Excel 或 WPS 重新“另存为”CSV UTF-8（逗号分隔）',
      };
    }
    if (declared === 'gb18030') {
      return {
        problem: '元数据写明 encoding: gb18030，但文件是带 BOM 的 UTF-8',
        fix: '删除元数据中的 encoding 一行（UTF-8 是默认编码）',
      };
    }
    return { text, encoding: 'utf-8', bom: true };
  }
  if (declared !== 'gb18030') {
    const text = tryDecode('utf-8', bytes);
    if (text !== undefined) return { text, encoding: 'utf-8', bom: false };
  }
  const text = tryDecode('gb18030', bytes);
  if (text === undefined) {
    return {
      problem:
        declared === 'gb18030' ? '文件不是 GB18030/GBK 编码' : '无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）',
      fix: '用 Excel 或 WPS 打开后“另存为”CSV UTF-8（逗号分隔）',
    };
  }
  return { text, encoding: 'gb18030', bom: false };
}

/** True when `decodeCsvBytes` failed. */
export function isDecodeError(d: DecodedCsv | DecodeError): d is DecodeError {
  return 'problem' in d;
}

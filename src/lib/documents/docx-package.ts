import JSZip from 'jszip';
import { attr, childrenOf, parseXml } from './docx-xml.ts';

/** The XML parts of a .docx the reader uses, found through the package's relationships as Word links them. */
export interface DocxParts {
  document: Document;
  styles?: Document;
  numbering?: Document;
  footnotes?: Document;
  endnotes?: Document;
  comments?: Document;
  settings?: Document;
  /** Headers and footers, in the order the document's relationships list them. */
  headersFooters: Document[];
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

/** Resolves a relationship target against the folder of the part that owns it (`word/` for document.xml). */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Finds a zip entry by name, ignoring case (some tools write `Word/Document.xml`). */
function entry(zip: JSZip, path: string): JSZip.JSZipObject | undefined {
  const lower = path.toLowerCase();
  return zip.file(path) ?? Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase() === lower);
}

async function readRels(zip: JSZip, part: string): Promise<Rel[]> {
  const f = entry(zip, relsPathOf(part));
  if (!f) return [];
  const doc = parseXml(await f.async('string'), relsPathOf(part));
  const dir = part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '';
  return childrenOf(doc.documentElement, 'rel', 'Relationship').map((r) => {
    const external = attr(r, undefined, 'TargetMode') === 'External';
    const target = attr(r, undefined, 'Target') ?? '';
    return { type: attr(r, undefined, 'Type') ?? '', target: external ? target : resolvePath(dir, target), external };
  });
}

/** The last segment of a relationship type URI: `…/relationships/styles` → `styles`. */
const kindOf = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/**
 * Opens a .docx (a zip package) and parses the parts the reader needs. Throws when the bytes are not a zip or
 * the main document part is missing or not well-formed XML.
 */
export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const root = await readRels(zip, '');
  const main = root.find((r) => kindOf(r.type) === 'officeDocument' && !r.external)?.target ?? 'word/document.xml';
  const mainFile = entry(zip, main);
  if (!mainFile) throw new Error(`missing ${main}`);
  const document = parseXml(await mainFile.async('string'), main);
  const rels = await readRels(zip, main);
  const load = async (kind: string): Promise<Document[]> => {
    const out: Document[] = [];
    for (const r of rels.filter((x) => kindOf(x.type) === kind && !x.external)) {
      const f = entry(zip, r.target);
      if (f) out.push(parseXml(await f.async('string'), r.target));
    }
    return out;
  };
  const one = async (kind: string) => (await load(kind))[0];
  return {
    document,
    styles: await one('styles'),
    numbering: await one('numbering'),
    footnotes: await one('footnotes'),
    endnotes: await one('endnotes'),
    comments: await one('comments'),
    settings: await one('settings'),
    headersFooters: [...(await load('header')), ...(await load('footer'))],
  };
}

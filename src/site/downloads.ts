// The long-form downloads (issue 18): every indicator observation and every dataset figure with its ids, names,
// unit and source, and the data package describing the bulk files. Worked out once per build and root.
import { checkSite } from '../lib/check/check-site.ts';
import { dataPackage } from '../lib/core/data-package.ts';
import { documentLabel } from '../lib/core/source-text.ts';
import { DOWNLOAD_FILES, SECTION_URLS } from '../lib/core/urls.ts';
import { allDatasetObservations, DATASET_LONG_TABLE, type DatasetObservation } from '../lib/datasets/long-form.ts';
import { orgLabel } from '../lib/orgs/display.ts';
import { allIndicatorObservations, INDICATOR_TABLE, type IndicatorObservation } from '../lib/plans/long-form.ts';
import { licenceRecord } from '../lib/settings/licence.ts';
import { siteConfig } from './config.ts';
import { loadDatasets } from './datasets.ts';
import { loadPlans } from './plans.ts';
import { allSourceDocuments, sourceDocument } from './sources.ts';

interface Downloads {
  indicators: IndicatorObservation[];
  datasets: DatasetObservation[];
}

const cache = new Map<string, Downloads>();
const namesCache = new Map<string, (id: string) => string>();

/**
 * The title a download gives a source document: its title in the register (data/sources/), or “文件003” for a
 * document the register does not hold (the check rejects a citation of one, so this is a last resort).
 */
export function documentTitle(id: string, root: string = process.cwd()): string {
  return sourceDocument(id, root)?.title ?? documentLabel(id);
}

/** Organisation id → full name as pages show it (anonymised names marked), for the downloads. */
export function orgNameOf(root: string = process.cwd()): (id: string) => string {
  let hit = namesCache.get(root);
  if (!hit) {
    const { index } = checkSite(root, ['data/orgs']);
    const names = new Map(index.byKind('org').map((o) => [o.id, orgLabel(o.data)]));
    hit = (id) => names.get(id) ?? id;
    namesCache.set(root, hit);
  }
  return hit;
}

/** Every indicator observation and every dataset figure of the site at `root`, in page order. */
export function loadDownloads(root: string = process.cwd()): Downloads {
  const hit = cache.get(root);
  if (hit) return hit;
  const titleOf = (id: string) => documentTitle(id, root);
  const result = {
    indicators: allIndicatorObservations(loadPlans(root), titleOf),
    datasets: allDatasetObservations(loadDatasets(root).datasets, titleOf, orgNameOf(root)),
  };
  cache.set(root, result);
  return result;
}

/** The datapackage.json of the bulk downloads, with absolute addresses under the site's public address. */
export function downloadsPackage(root: string = process.cwd()) {
  const config = siteConfig(root);
  const abs = (path: string) => new URL(path, config.url).href;
  const { indicators, datasets } = loadDownloads(root);
  const sources = new Map(
    allSourceDocuments(root).map((d) => [d.id, { title: `${documentLabel(d.id)}：${d.title}`, path: abs(d.href) }]),
  );
  return dataPackage({
    name: 'canlian-open-data',
    title: `${config.name}：规划指标和统计数据`,
    description:
      '本站全部规划指标（基期值、实际值、目标值）和全部统计数据集（长表，每行一个数字），每行写明机构、规划或数据集、单位、来源文件和原文。',
    licence: { ...licenceRecord(config.dataLicence), statement: config.licence },
    homepage: abs(SECTION_URLS.api),
    sources,
    tables: [
      {
        table: INDICATOR_TABLE,
        csv: DOWNLOAD_FILES.indicatorsCsv,
        json: DOWNLOAD_FILES.indicatorsJson,
        documents: indicators.map((o) => o.row.source.document),
      },
      {
        table: DATASET_LONG_TABLE,
        csv: DOWNLOAD_FILES.datasetsCsv,
        json: DOWNLOAD_FILES.datasetsJson,
        documents: datasets.map((o) => o.row.document),
      },
    ],
  });
}

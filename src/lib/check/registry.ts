import { guideKind, guideMentionsExist, guideOrgsExist, guideRelatedExist } from '../guides/kind.ts';
import { orgKind } from '../orgs/kind.ts';
import { orgParentsValid } from '../orgs/tree.ts';
import { reportKind } from '../reports/kind.ts';
import { planKind } from '../plans/plan-kind.ts';
import { indicatorsKind } from '../plans/indicators-kind.ts';
import { actualsKind } from '../plans/actuals-kind.ts';
import { actualIndicatorExists, planFilesMatch, planOrgExists } from '../plans/plan-checks.ts';
import { actualFigures, targetInPeriod } from '../plans/actual-checks.ts';
import { siteKind } from '../settings/kind.ts';
import { datasetCsvKind, datasetKind } from '../datasets/kind.ts';
import { datasetContent, datasetFilesPaired, datasetOrgExists } from '../datasets/dataset-checks.ts';
import { reportInItsPlace, reportOrgExists, uniqueIds } from '../reports/cross-checks.ts';
import { sourceKind } from '../sources/kind.ts';
import { citedSourcesRegistered, sourceFilesExist, sourcePublisherExists } from '../sources/checks.ts';
import { datasetCitations } from '../datasets/citations.ts';
import { actualCitations, indicatorCitations, planCitations } from '../plans/citations.ts';
import { guideCitations } from '../guides/citations.ts';
import { orgCitations } from '../orgs/citations.ts';
import type { Citer } from '../core/source-ref.ts';
import type { CrossCheck, FileKind } from '../core/file-kind.ts';

/**
 * Every kind of file officials commit. A new kind adds one entry here and a `kind.ts` in its feature folder (see
 * docs/architecture.md); `npm run check`, the build and the tests pick it up.
 */
export const FILE_KINDS: FileKind[] = [
  siteKind,
  orgKind,
  reportKind,
  guideKind,
  planKind,
  indicatorsKind,
  actualsKind,
  datasetKind,
  datasetCsvKind,
  sourceKind,
];

/** Every kind that names source documents, with where (a new kind that cites documents adds its citer here). */
export const CITERS: Citer[] = [
  orgCitations,
  guideCitations,
  planCitations,
  indicatorCitations,
  actualCitations,
  datasetCitations,
];

/** Checks across files. */
export const CROSS_CHECKS: CrossCheck[] = [
  uniqueIds,
  orgParentsValid,
  reportOrgExists,
  reportInItsPlace,
  guideOrgsExist,
  guideRelatedExist,
  guideMentionsExist,
  planOrgExists,
  planFilesMatch,
  actualIndicatorExists,
  actualFigures,
  targetInPeriod,
  datasetFilesPaired,
  datasetOrgExists,
  datasetContent,
  sourceFilesExist,
  sourcePublisherExists,
  citedSourcesRegistered(CITERS),
];

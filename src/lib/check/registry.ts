import { guideKind, guideMentionsExist, guideOrgsExist, guideRelatedExist } from '../guides/kind.ts';
import { orgKind } from '../orgs/kind.ts';
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
];

/** Checks across files. */
export const CROSS_CHECKS: CrossCheck[] = [
  uniqueIds,
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
];

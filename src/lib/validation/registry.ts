import { guideKind, guideMentionsExist, guideOrgsExist, guideRelatedExist } from './kinds/guide.ts';
import { orgKind } from './kinds/org.ts';
import { reportKind } from './kinds/report.ts';
import { planKind } from './kinds/plan.ts';
import { indicatorsKind } from './kinds/indicators.ts';
import { actualsKind } from './kinds/actuals.ts';
import { actualIndicatorExists, planFilesMatch, planOrgExists } from './kinds/plan-checks.ts';
import { siteKind } from './kinds/site.ts';
import { datasetCsvKind, datasetKind } from './kinds/dataset.ts';
import { datasetContent, datasetFilesPaired, datasetOrgExists } from './kinds/dataset-checks.ts';
import { reportOrgExists, uniqueIds } from './kinds/cross-checks.ts';
import type { CrossCheck, FileKind } from './kinds/types.ts';

/**
 * Every kind of file officials commit. A new kind (plans, datasets, guides) adds one entry here and one file in
 * `kinds/`; `npm run check`, the build and the tests pick it up.
 */
export const FILE_KINDS: FileKind[] = [siteKind, orgKind, reportKind, guideKind, planKind, indicatorsKind, actualsKind, datasetKind, datasetCsvKind];

/** Checks across files. */
export const CROSS_CHECKS: CrossCheck[] = [uniqueIds, reportOrgExists, guideOrgsExist, guideRelatedExist, guideMentionsExist, planOrgExists, planFilesMatch, actualIndicatorExists, datasetFilesPaired, datasetOrgExists, datasetContent];

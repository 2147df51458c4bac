// Starts the browser editor (/admin/): registers the actuals CSV as an editable list, then loads the configuration
// the build generated (config.yml beside this page).
import { actualsFromCsv, actualsToCsv, type ActualRow } from '../lib/cms/actuals-format.ts';

interface DecapCms {
  registerCustomFormat(
    name: string,
    extension: string,
    methods: { fromFile(text: string): unknown; toFile(data: { rows?: ActualRow[] }): string },
  ): void;
  init(options?: object): void;
}

const cms = (window as unknown as { CMS?: DecapCms }).CMS;
if (cms) {
  cms.registerCustomFormat('actuals-csv', 'csv', { fromFile: actualsFromCsv, toFile: actualsToCsv });
  cms.init();
}

// Starts the browser editor (/admin/): asks Decap's questions in Chinese, registers the actuals CSV as an editable
// list and YAML that keeps its comments, then loads the configuration the build generated (config.yml beside this page).
import { actualsFromCsv, actualsToCsv } from '../lib/cms/actuals-format.ts';
import { chineseQuestion } from '../lib/cms/dialogs.ts';
import { YAML_KEEP, yamlFromFile, yamlToFile } from '../lib/cms/yaml-keep.ts';

interface DecapCms {
  registerCustomFormat(
    name: string,
    extension: string,
    methods: { fromFile(text: string): unknown; toFile(data: never): string },
  ): void;
  init(options?: object): void;
}

// Decap asks before replacing an uploaded file in English; every question is shown in Chinese.
const confirmInBrowser = window.confirm.bind(window);
window.confirm = (message?: string) => confirmInBrowser(chineseQuestion(String(message ?? '')));

const cms = (window as unknown as { CMS?: DecapCms }).CMS;
if (cms) {
  cms.registerCustomFormat('actuals-csv', 'csv', { fromFile: actualsFromCsv, toFile: actualsToCsv });
  cms.registerCustomFormat(YAML_KEEP, 'yaml', { fromFile: yamlFromFile, toFile: yamlToFile });
  cms.init();
}

import type { AstroIntegration } from 'astro';
import { checkSite } from '../lib/check/check-site.ts';
import { formatProblem } from '../lib/core/problem.ts';
import { isPlaceholderAddress } from '../lib/settings/public-address.ts';

/**
 * Runs the same validation as `npm run check` before every build and dev start, and stops with the same
 * messages, so a broken file can never produce a half-right site.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'canlian:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Unit tests load the Astro config as a dev server; they test the check directly. A build is always checked.
        if (process.env.VITEST && command === 'dev') return;
        const root = decodeURIComponent(new URL(config.root).pathname);
        const { problems } = checkSite(root);
        if (problems.length === 0) {
          // Not an error: a demonstration or staging build may keep the reserved address. It is said on every
          // build so nobody publishes feeds and citations that point nowhere without being told.
          if (command === 'build' && config.site && isPlaceholderAddress(config.site)) {
            logger.warn(
              `网站地址仍是示范地址 ${config.site}：订阅源、数据接口、引用和嵌入代码里的网址都指向它。正式发布前，在 data/site.yaml 的 url 中填写网站的正式地址。`,
            );
          }
          return;
        }
        const text = problems.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.warn(`\n${text}\n（开发预览继续运行，但发布构建会失败。）`);
          return;
        }
        // Said once, in Chinese, and the build stops: a thrown error would add Astro's English "unhandled error"
        // banner and a stack trace under the official's message.
        logger.error(
          `内容检查未通过，构建已停止，没有发布任何内容：\n${text}\n共 ${problems.length} 个问题，请修改后重新构建。`,
        );
        process.exit(1);
      },
    },
  };
}

// The site's own Markdown renderer for tests: the processor configured in astro.config.mjs (Sätteri with the
// sanitiser and tables plugins), created the way Astro creates it, so a test cannot drift from the site.
import config from '../../astro.config.mjs';

interface Renderer {
  render(content: string, opts?: object): Promise<{ code: string }>;
}

let renderer: Promise<Renderer> | undefined;

/** Renders a report or guide body to HTML exactly as the site does. */
export async function renderBody(body: string): Promise<string> {
  const markdown = config.markdown as unknown as { processor: { createRenderer(shared: object): Promise<Renderer> } };
  renderer ??= markdown.processor.createRenderer({ ...config.markdown });
  return (await (await renderer).render(body, {})).code;
}

/**
 * Serves `/host-page?…`: a plain clinic page that loads the CDN file the way
 * an embed box pastes it, for test/host/embed.test.ts. The page is written
 * here, on the server, because where and how a parser meets a <script> tag
 * (head or body, classic or module, defer or async) is what is under test;
 * a script added from JavaScript would always run as if async.
 *
 *   scripts  comma-separated loads, in order, each `where:type[:attr]`:
 *            where head|end, type classic|module, attr defer|async.
 *            `head:classic,end:module` loads the file twice.
 *
 * The page notes every error and console warning in `window.hostLog`, from
 * before any script of ours runs.
 */
const LOGGER = `<script>
  window.hostLog = { errors: [], warnings: [] };
  // Capture phase: a script, style sheet or image that fails to load reports here too.
  addEventListener('error', (e) => hostLog.errors.push(e.target === window ? String(e.message) : \`\${e.target.localName} failed to load: \${e.target.src || e.target.href}\`), true);
  addEventListener('unhandledrejection', (e) => hostLog.errors.push(String(e.reason)));
  const warn = console.warn;
  console.warn = (...args) => { hostLog.warnings.push(args.join(' ')); warn.apply(console, args); };
  console.error = (...args) => hostLog.errors.push(args.join(' '));
</script>`;

function scriptTag(spec) {
  const [where, type, attr] = spec.split(':');
  if (!['head', 'end'].includes(where) || !['classic', 'module'].includes(type) || ![undefined, 'defer', 'async'].includes(attr)) {
    throw new Error(`bad script spec "${spec}"`);
  }
  const typeAttr = type === 'module' ? ' type="module"' : '';
  return { where, tag: `<script${typeAttr}${attr ? ` ${attr}` : ''} src="/dist/spasm-widgets.js"></script>` };
}

export function hostPagesPlugin() {
  return {
    name: 'host-pages',
    // The demo pages, with the same logger first in <head>, for test/host/demo.test.ts.
    transform(context) {
      if (!/^\/demo\/[^/]+\.html$/.test(context.path) || !context.URL.searchParams.has('log')) return undefined;
      return { body: context.body.replace(/<head>/i, `<head>${LOGGER}`) };
    },
    serve(context) {
      if (context.path !== '/host-page') return undefined;
      const tags = (context.URL.searchParams.get('scripts') ?? '').split(',').filter(Boolean).map(scriptTag);
      const at = (where) => tags.filter((t) => t.where === where).map((t) => t.tag).join('\n');
      return {
        type: 'html',
        body: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Clinic page</title>
${LOGGER}
${at('head')}
</head>
<body>
<h1>Riverside Family Clinic</h1>
<red-flag-list></red-flag-list>
<spasm-triage emergency-number="911"></spasm-triage>
${at('end')}
</body>
</html>`,
      };
    },
  };
}

// A small rollup plugin: squeezes the white space out of the static parts of
// our own css`` and html`` templates, which terser leaves alone. It finds the
// templates with TypeScript's parser, so nesting and expressions are safe;
// only white space and CSS comments change, so what renders is the same.
import ts from 'typescript';

function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

const squeezeHtml = (text) => text.replace(/\s+/g, ' ');

/** [start, end, replacement] for each static chunk of each css``/html`` template. */
function edits(source) {
  const file = ts.createSourceFile('x.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const out = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(css|html)$/.test(node.tag.text)) {
      const squeeze = node.tag.text === 'css' ? squeezeCss : squeezeHtml;
      const t = node.template;
      const chunks = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const chunk of chunks) {
        const start = chunk.getStart(file);
        const raw = source.slice(start, chunk.getEnd());
        // Keep the delimiters (` ${ } `) and squeeze what lies between them.
        const open = raw.startsWith('`') ? 1 : 1; // "`" or "}"
        const close = raw.endsWith('${') ? 2 : 1; // "${" or "`"
        out.push([start + open, chunk.getEnd() - close, squeeze(raw.slice(open, raw.length - close))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html)\s*`/.test(code)) return null;
      let result = code;
      for (const [start, end, text] of edits(code).sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

// The manifest is generated from JSDoc (@summary @slot @csspart @cssproperty @fires ...), so
// Storybook's docs and controls come from the code and cannot drift from it.

/** Teach the analyzer our idempotent `@defineElement('arki-x')` decorator. */
function defineElementPlugin() {
  return {
    name: 'arki-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decorators = (ts.canHaveDecorators?.(node) ? ts.getDecorators(node) : node.decorators) ?? [];
      for (const d of decorators) {
        const call = d.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'defineElement') continue;
        const tag = call.arguments[0]?.text;
        const decl = moduleDoc.declarations?.find((x) => x.name === node.name.getText());
        if (!tag || !decl) continue;
        decl.tagName = tag;
        decl.customElement = true;
        moduleDoc.exports = [...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: moduleDoc.path } }];
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [defineElementPlugin()],
};

// The manifest is generated from JSDoc (@summary @slot @csspart @cssproperty @fires ...), so
// Storybook's docs and controls come from the code and cannot drift from it.

/**
 * Teach the analyzer our idempotent `defineElement('arki-x', ArkiX)` call (it only knows
 * `customElements.define`). Calls are collected while a module is analysed and applied once
 * the module is complete, so the class declaration exists whatever the order.
 */
function defineElementPlugin() {
  const calls = new Map(); // module path -> [{ tag, className }]
  return {
    name: 'arki-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExpressionStatement(node) || !ts.isCallExpression(node.expression)) return;
      const call = node.expression;
      if (call.expression.getText() !== 'defineElement') return;
      const [tag, cls] = call.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !cls || !ts.isIdentifier(cls)) return;
      const list = calls.get(moduleDoc.path) ?? [];
      list.push({ tag: tag.text, className: cls.text });
      calls.set(moduleDoc.path, list);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const { tag, className } of calls.get(moduleDoc.path) ?? []) {
        const decl = moduleDoc.declarations?.find((x) => x.name === className);
        if (!decl) continue;
        decl.tagName = tag;
        decl.customElement = true;
        moduleDoc.exports = [...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: moduleDoc.path } }];
      }
    },
  };
}

/**
 * `static properties = { x: { state: true } }` is internal reactive state, not an attribute;
 * the analyzer lists it as one. Drop those attributes (before inheritance copies them down).
 */
function internalStatePlugin() {
  const states = new Map(); // "module path#class" -> Set of property names
  return {
    name: 'arki-internal-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const m of node.members) {
        const isStatic = ts.getModifiers?.(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(m) || m.name.getText() !== 'properties') continue;
        if (!m.initializer || !ts.isObjectLiteralExpression(m.initializer)) continue;
        const names = new Set();
        for (const p of m.initializer.properties) {
          if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
          const state = p.initializer.properties.some((o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword);
          if (state) names.add(p.name.getText());
        }
        if (names.size) states.set(`${moduleDoc.path}#${node.name.getText()}`, names);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        const names = states.get(`${moduleDoc.path}#${decl.name}`);
        if (!names) continue;
        decl.attributes = decl.attributes?.filter((a) => !names.has(a.fieldName));
        if (decl.attributes?.length === 0) delete decl.attributes;
        for (const m of decl.members ?? []) if (names.has(m.name)) delete m.attribute;
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
  plugins: [defineElementPlugin(), internalStatePlugin()],
};

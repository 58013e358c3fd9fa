// Lint: TypeScript rules plus the Lit and web-component rule sets.
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'custom-elements.json', 'src/generated/', 'tokens/build/', '**/*.min.js'] },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our idempotent defineElement() replaces customElements.define, which wc rules look for.
      'wc/no-constructor-attributes': 'error',
      // Reactive properties are `static properties` + `declare` fields with defaults set in the
      // constructor: a class field would shadow Lit's accessor. No decorators (they cost every
      // component entry tslib's helper and one call per property).
      'lit/no-classfield-shadowing': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/decorators.js', message: 'Use static properties and defineElement(tag, Class); see docs/adding-a-component.md.' }], patterns: [{ group: ['lit/decorators/*'], message: 'Use static properties and defineElement(tag, Class).' }] }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly' } },
  },
);

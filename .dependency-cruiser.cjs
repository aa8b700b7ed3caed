// The cycle check (npm run lint:cycles, part of npm run lint): no module may
// reach itself through its imports, anywhere in the repository. Type-only
// imports count (tsPreCompilationDeps): a cycle of types is still two files
// that cannot be understood, or moved, one without the other. Which folder may
// import which is eslint.config.mjs's job; this file holds only the cycle rule.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports must run one way. Move what both sides need (a type, a port) to a module both can import.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.vite|\\.tools|\\.tmp|out|dist|test-results|playwright-report)/' },
  },
};

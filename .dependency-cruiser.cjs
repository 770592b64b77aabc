/**
 * Import rules of the server, checked by `npm run deps:check` in `npm test`.
 * Entities may refer to each other in loops (relations); nothing else may. Features stand side by
 * side on the kernel and meet only at their faces (index.ts).
 */
const KERNEL = '(common|register|auth|audit|notifications|graphql|http)';
const FEATURES = '(matters|meetings|votes|stats|service-centre|evaluation|conventions|grid|joint)';
const DOMAINS = '(register|auth|audit|notifications|matters|meetings|votes|stats|service-centre|evaluation|conventions|grid|joint)';

module.exports = {
  forbidden: [
    {
      name: 'features-meet-at-their-faces',
      comment: "A folder of the kernel or a feature uses another only through that one's index.ts.",
      severity: 'error',
      from: { path: `^server/src/${DOMAINS}/`, pathNot: '\\.entity\\.ts$' },
      to: { path: `^server/src/${DOMAINS}/(?!index\\.ts$)`, pathNot: '^server/src/$1/' },
    },
    {
      name: 'entities-name-entities-or-faces',
      comment: "An entity's relations name another folder's entities directly; anything else of it through its index.ts.",
      severity: 'error',
      from: { path: `^server/src/${DOMAINS}/.+\\.entity\\.ts$` },
      to: { path: `^server/src/${DOMAINS}/(?!index\\.ts$)`, pathNot: ['^server/src/$1/', '\\.entity\\.ts$'] },
    },
    {
      name: 'the-kernel-knows-no-feature',
      comment:
        'common/, register/, auth/, audit/, notifications/, graphql/ and http/ are below every feature: features plug in through ports and their declarations.',
      severity: 'error',
      from: { path: `^server/src/${KERNEL}/` },
      to: { path: `^server/src/${FEATURES}/` },
    },
    {
      name: 'no-cycles-outside-entities',
      comment: 'An import cycle through a service, resolver, the context or any other module; only entity relations may loop.',
      severity: 'error',
      from: { path: '^server/src' },
      to: { circular: true, viaSomeNot: ['\\.entity\\.ts$', '/enums\\.ts$'] },
    },
    {
      name: 'services-know-nothing-of-graphql',
      comment: 'Services take (em, actor) and ids; the GraphQL context, resolvers and schema stay at the edge.',
      severity: 'error',
      from: { path: '(\\.service|/queries|/staff-transitions|/timeline|/electorate|/receipts)\\.ts$' },
      to: { path: ['^server/src/graphql/', '\\.resolver\\.ts$', '\\.types\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'common-depends-on-no-feature',
      comment: 'common/ is what every feature shares; it imports none of them (types of the actor aside).',
      severity: 'error',
      from: { path: '^server/src/common/' },
      to: { path: '^server/src/(?!common/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-tests-in-code',
      severity: 'error',
      from: { path: '^server/src', pathNot: '(\\.test\\.ts|/test/.+)$' },
      to: { path: '(\\.test\\.ts|/test/.+)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^build/|node_modules|/migrations/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};

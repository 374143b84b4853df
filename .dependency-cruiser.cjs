// The direction of the code, checked by `npm run lint:deps` (part of `npm test`); docs/architecture.md explains
// it. Top level: test → client, server; client and server never import each other (the client learns the schema
// through generated types); seed/ and cypher/ hold data and statements, no code.
// Inside server/, each layer may import only the layers below it, never a sibling or anything above.
const SERVER_LAYERS = [
  ['cli'],
  ['app'],
  ['http'],
  ['graphql'],
  ['drawing'],
  ['analysis'],
  ['auth'],
  ['admin'],
  ['import', 'export'],
  ['validate'],
  ['parse', 'store'],
  ['audit'],
  ['db', 'neo4j-local'],
  ['config'],
  ['domain', 'errors', 'logging'],
];

const layerRules = SERVER_LAYERS.flatMap((layer, rank) => {
  const notBelow = SERVER_LAYERS.slice(0, rank + 1).flat();
  return layer.map((folder) => ({
    name: `server-layers:${folder}`,
    comment: `server/${folder} may import only the layers below it.`,
    severity: 'error',
    from: { path: `^server/${folder}/` },
    to: { path: `^server/(?:(?:${notBelow.filter((f) => f !== folder).join('|')})/|[^/]+\\.ts$)` },
  }));
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that need each other are one module in two files, or a missing layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'client-stays-client',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(?:server|seed|test)/' },
    },
    {
      name: 'server-stays-server',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(?:client|seed|test)/' },
    },
    {
      name: 'server-folders-known',
      comment: 'A new folder in server/ needs its place in SERVER_LAYERS.',
      severity: 'error',
      from: {
        path: '^server/',
        pathNot: `^server/(?:${SERVER_LAYERS.flat().join('|')})/|^server/[^/]+\\.ts$`,
      },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:node_modules|client/dist|\\.local)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};

// `npm start`'s entry. graphql-js decides once, when it is first loaded, whether NODE_ENV is production: outside
// it, every type test also checks for a second copy of graphql (a development aid that cost a fifth of the time of
// building a national network answer, docs/performance.md). So the server defaults to production before anything
// loads graphql; an operator's own NODE_ENV wins. The server itself is in app/serve.ts.
process.env.NODE_ENV ??= 'production';
await import('./app/serve.ts');

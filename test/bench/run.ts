// `npm run bench`'s entry: NODE_ENV production before graphql-js loads, as server/main.ts does for the server,
// so the response building measured in this process runs as it does in the server. The benchmark is bench.ts.
process.env.NODE_ENV ??= 'production';
await import('./bench.ts');

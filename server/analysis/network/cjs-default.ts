// graphology's plugins are CommonJS (`module.exports = fn`) with types written as `export default fn`. Under
// NodeNext TypeScript types their default import as the module object, while Node (and Vite) hand over the
// function itself. This takes whichever the loader gave, typed as the package declares it.
export function cjsDefault<T>(imported: { default: T } | T): T {
  return typeof imported === 'function' ? imported : (imported as { default: T }).default;
}

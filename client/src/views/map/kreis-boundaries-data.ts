// A stand-in: at build time the Vite plugin kreis-boundaries-plugin.ts replaces this module's content with the
// Kreis boundaries prepared from the npm package (a KreisTopology, kreis-topology.ts). The type checker and the
// dependency rules see this file; the bundle never does.
const topology: unknown = null;
export default topology;

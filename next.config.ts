import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files, pg has optional native bits: load both from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "shiki", "pyodide", "esbuild"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;

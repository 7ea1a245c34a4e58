import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files, pg has optional native bits: load both from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "shiki", "pyodide", "esbuild"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() and unauthorized() in the admin pages answer 403 and 401 with their own pages.
  experimental: { authInterrupts: true },
};

export default nextConfig;

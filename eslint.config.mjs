import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "data/**", "tmp/**", "next-env.d.ts", "src/db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // The domain stays framework-free: no UI, no ORM, no database driver (see ARCHITECTURE.md).
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "react/*"], message: "src/core is framework-free: no UI imports." },
            { group: ["drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*"], message: "src/core imports no ORM or database driver; put queries in src/db." },
            { group: ["**/db/**", "**/app/**", "**/cli/**"], message: "src/core must not depend on outer layers." },
          ],
        },
      ],
    },
  },
);

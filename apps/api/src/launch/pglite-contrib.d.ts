// PGlite ships its contrib extensions behind a package "exports" subpath, which this repository's
// "node" module resolution does not read; the runtime resolves it. The type is the package's own.
declare module '@electric-sql/pglite/contrib/btree_gist' {
  import type { Extension } from '@electric-sql/pglite';
  export const btree_gist: Extension;
}

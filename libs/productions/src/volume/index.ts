export * from './bates';
export * from './load-files';
export * from './pdf-source';
export * from './slip-sheet';
export * from './stamp';
export * from './stamped-pages';
export * from './volume-writer';

export * from './certificate-of-service';
export * from './dates';
export * from './hash-paper';
export * from './paper-document';
export * from './people';
export * from './printed-paper';
export * from './render-paper';

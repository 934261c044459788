export * from './certificate-of-service';
export * from './dates';
export * from './paper-document';
export * from './people';
export * from './render-paper';

export * from './pdfs';
export * from './readers';

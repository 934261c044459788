export * from './access.policy';
export * from './capability';
export * from './subject-definition';
export * from './visibility';

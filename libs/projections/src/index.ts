export * from './aggregate-documents';
export * from './decision-rows';
export * from './project-batch';
export * from './projection-runner';
export * from './read-model-schema';
export * from './read-model-statistics';
export * from './rebuild';
export * from './verify';

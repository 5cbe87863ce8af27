export * from './ledger-config';
export * from './auth-config';
export * from './cors-config';

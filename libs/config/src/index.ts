export * from './ledger-config';
export * from './auth-config';

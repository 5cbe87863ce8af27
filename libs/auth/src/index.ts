export * from './roles';
export * from './token-issuer';
export * from './token-keys';
export * from './token-verifier';

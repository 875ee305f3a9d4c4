export * from './accountId';
export * from './commands';
export * from './events';
export * from './state';
export * from './errors';
export { decideAccount } from './decide';
export { evolveAccount } from './evolve';
export { accountDecider } from './decider';
export { decodeAccountEvent } from './codec';

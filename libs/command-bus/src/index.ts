export * from './command-origin';
export * from './command-outcome.events';
export * from './execute-domain-command.command';
export * from './command-sender.service';
export * from './command-bus.module';

import { Module } from '@nestjs/common';
import { CommandsModule } from './commands.module';
import { CommandMutations } from './command-mutations.resolver';

@Module({ imports: [CommandsModule], providers: [CommandMutations] })
export class MutationsModule {}

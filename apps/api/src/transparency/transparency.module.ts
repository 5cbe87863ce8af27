import { Module } from '@nestjs/common';
import { TransparencyController } from './transparency.controller';
import { TransparencyResolver } from './transparency.resolver';
import { TransparencyService } from './transparency.service';

@Module({ controllers: [TransparencyController], providers: [TransparencyService, TransparencyResolver] })
export class TransparencyModule {}

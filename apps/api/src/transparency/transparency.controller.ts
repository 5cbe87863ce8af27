import { BadRequestException, Controller, Get, Header, Query } from '@nestjs/common';
import { ProofRequestError, TransparencyService } from './transparency.service';

const refused = (error: unknown): never => {
  if (error instanceof ProofRequestError)
    throw new BadRequestException({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
  throw error;
};

const sizeParameter = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value)) refused(new ProofRequestError(`${name} must be a whole number`));
  return Number(value);
};

/** The same heads and proofs as the GraphQL queries, over plain HTTP for auditors' scripts. */
@Controller('transparency')
export class TransparencyController {
  constructor(private readonly transparency: TransparencyService) {}

  @Get('tree-head')
  treeHead() {
    return this.transparency.treeHead();
  }

  @Get('public-key')
  @Header('content-type', 'application/x-pem-file')
  async publicKey() {
    return (await this.transparency.publicKeyPem()).pem;
  }

  @Get('inclusion-proof')
  async inclusionProof(@Query('eventId') eventId: string | undefined, @Query('treeSize') treeSize: string | undefined) {
    if (!eventId) refused(new ProofRequestError('eventId is required'));
    const proof = await this.transparency.inclusionProof(eventId!, sizeParameter(treeSize, 'treeSize')).catch(refused);
    return { ...proof, position: proof.position.toString() };
  }

  @Get('consistency-proof')
  consistencyProof(@Query('from') from: string | undefined, @Query('to') to: string | undefined) {
    const fromSize = sizeParameter(from, 'from');
    if (fromSize === undefined) refused(new ProofRequestError('from is required'));
    return this.transparency.consistencyProof(fromSize!, sizeParameter(to, 'to')).catch(refused);
  }
}

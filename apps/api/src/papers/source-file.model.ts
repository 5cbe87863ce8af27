import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A page a meeting was imported from: every event read from it carries its SHA-256 and the lines it came from, so each fact links back to it.',
})
export class SourceFile {
  @Field({ description: "SHA-256 of the page's text, hex: the page the events cite, byte for byte." }) sha256: string;
  @Field({ nullable: true, description: 'The name the page was imported under (its file name).' }) name?: string;
  @Field({ nullable: true, description: 'The media type of the page, e.g. text/plain.' }) mediaType?: string;
  @Field({ nullable: true, description: "The page's public address, when the importer was given it; null when it was not." }) url?: string;
}

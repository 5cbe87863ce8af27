import { Transform } from 'class-transformer';
import { IsArray, IsNotEmpty, IsString, MaxLength, type ValidationArguments } from 'class-validator';

const trim = (value: unknown) => (typeof value === 'string' ? value.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '') : value);

/** `paragraphs[1]`: the first entry of a list that fails a test, so the client knows which one. */
function firstFailing(args: ValidationArguments, fails: (entry: unknown) => boolean): string {
  const entries = Array.isArray(args.value) ? args.value : [];
  return `${args.property}[${Math.max(0, entries.findIndex(fails))}]`;
}

/** A list of texts (paragraphs, item numbers): each trimmed, none blank, each bounded. */
export function IsTextList(maxLength: number): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (Array.isArray(value) ? value.map(trim) : value))(target, key);
    IsArray()(target, key);
    IsString({ each: true })(target, key);
    IsNotEmpty({
      each: true,
      message: (args: ValidationArguments) => `${firstFailing(args, (entry) => entry === '')} must not be blank`,
    })(target, key);
    MaxLength(maxLength, {
      each: true,
      message: (args: ValidationArguments) =>
        `${firstFailing(args, (entry) => typeof entry === 'string' && entry.length > maxLength)} must be at most ${maxLength} characters`,
    })(target, key);
  };
}

/**
 * GraphQL gives a resolver `null` for a nullable field the client sent as null, and class-transformer
 * leaves a declared but unset field as an own `undefined` property. The domain expects such fields to
 * be absent, and its events copy command data as it is, so this returns plain data without either.
 */
export function withoutAbsentFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutAbsentFields(item)) as T;
  if (value !== null && typeof value === 'object') {
    const present = Object.entries(value).filter(([, field]) => field !== null && field !== undefined);
    return Object.fromEntries(present.map(([key, field]) => [key, withoutAbsentFields(field)])) as T;
  }
  return value;
}

export interface Answered {
  /** The Cache-Control the route set itself, if any. */
  readonly routeCacheControl: string | undefined;
  /** A 200 answer without errors, which carries an entity tag. */
  readonly tagged: boolean;
  /** The request carried an Authorization header: the answer is the caller's own. */
  readonly personal: boolean;
}

/**
 * The Cache-Control of a GET answer. A tagged answer may be kept but is checked again before each use
 * (the ledger moves on, and a 304 costs the server no query); an untagged one (an error) is not kept.
 * A caller's own answer is never shared: `private`, whatever the route said.
 */
export function cacheControlFor({ routeCacheControl, tagged, personal }: Answered): string {
  const chosen = routeCacheControl ?? (tagged ? 'no-cache' : 'no-store');
  if (!personal) return chosen;
  const directives = chosen
    .split(',')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(public|private|s-maxage=.*)$/i.test(directive));
  return directives.some((directive) => directive.toLowerCase() === 'no-store')
    ? directives.join(', ')
    : ['private', ...directives].join(', ');
}

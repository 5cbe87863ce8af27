/** Which web pages, by origin, may call the GraphQL endpoint from a browser. */
export interface CorsSettings {
  /** Exact origins (`https://council.example.org`), as browsers send them in the Origin header. None by default. */
  readonly allowedOrigins: readonly string[];
}

const EXAMPLE = 'https://council.example.org';

/**
 * Reads CORS_ORIGINS, a comma-separated list of origins. Each must be written as a browser writes an
 * Origin header (scheme, host in lower case, port only when not the scheme's default, nothing after),
 * since the header is compared with it character for character: anything else would never match.
 */
export function readCorsSettings(env: Record<string, string | undefined>): { cors?: CorsSettings; problems: string[] } {
  const entries = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const problems = entries.flatMap((entry) => {
    const problem = problemWithOrigin(entry);
    return problem ? [`CORS_ORIGINS: ${problem}`] : [];
  });
  if (problems.length > 0) return { problems };
  return { cors: { allowedOrigins: [...new Set(entries)] }, problems };
}

function problemWithOrigin(entry: string): string | undefined {
  if (entry === '*' || entry === 'null') {
    return `"${entry}" is not allowed; list the exact origins of the sites that may call the API, such as ${EXAMPLE}`;
  }
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `"${entry}" is not an origin; write the scheme and host, such as ${EXAMPLE}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `"${entry}" must be an http:// or https:// origin, such as ${EXAMPLE}`;
  if (url.origin !== entry) {
    return `"${entry}" is not an origin as browsers send it; write "${url.origin}" (scheme, host in lower case and a port other than the default, with no path, query or trailing slash)`;
  }
  return undefined;
}

import { ConfigurationError, loadLedgerConfig } from './ledger-config';

describe('CORS_ORIGINS', () => {
  it('lets no other site call the API from a browser when unset or blank', () => {
    expect(loadLedgerConfig({}).cors).toEqual({ allowedOrigins: [] });
    expect(loadLedgerConfig({ CORS_ORIGINS: '  ' }).cors).toEqual({ allowedOrigins: [] });
  });

  it('reads a comma-separated list of origins, ignoring spaces, empty entries and repeats', () => {
    const config = loadLedgerConfig({
      CORS_ORIGINS: ' https://council.example.org, http://localhost:8080,,https://council.example.org ,https://[::1]:4000',
    });
    expect(config.cors).toEqual({ allowedOrigins: ['https://council.example.org', 'http://localhost:8080', 'https://[::1]:4000'] });
  });

  it.each([
    ['https://council.example.org/', 'write "https://council.example.org"'],
    ['https://council.example.org/graphql', 'write "https://council.example.org"'],
    ['https://Council.Example.org', 'write "https://council.example.org"'],
    ['https://council.example.org:443', 'write "https://council.example.org"'],
    ['https://clerk:secret@council.example.org', 'write "https://council.example.org"'],
    ['council.example.org', 'is not an origin; write the scheme and host'],
    ['ftp://council.example.org', 'must be an http:// or https:// origin'],
    ['*', '"*" is not allowed'],
    ['null', '"null" is not allowed'],
  ])('refuses %s, saying what to write instead', (entry, explanation) => {
    const message = (errorOf(() => loadLedgerConfig({ CORS_ORIGINS: `https://ok.example.org,${entry}` })) as Error).message;
    expect(message).toContain(`CORS_ORIGINS: "${entry}" `);
    expect(message).toContain(explanation);
    expect(message).not.toContain('ok.example.org');
  });

  it('names each bad origin beside the other problems of the configuration', () => {
    const error = errorOf(() => loadLedgerConfig({ CORS_ORIGINS: 'https://a.example.org/x, b.example.org', PORT: 'eighty' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems.filter((problem) => problem.startsWith('CORS_ORIGINS: '))).toEqual([
      expect.stringContaining('"https://a.example.org/x"'),
      expect.stringContaining('"b.example.org"'),
    ]);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('PORT')]));
  });
});

function errorOf(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  throw new Error('the configuration was accepted');
}

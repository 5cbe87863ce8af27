import { type Command, InvalidArgumentError, Option } from 'commander';
import { issueToken, ROLES, type Role } from '@ledger/auth';
import { loadLedgerConfig } from '@ledger/config';

export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('issue a bearer token the API accepts (signed with AUTH_JWT_SECRET, or the development secret in DATA_DIR)')
    .addOption(
      new Option('--role <role>', 'the role the token grants').choices(ROLES.filter((role) => role !== 'public')).makeOptionMandatory(),
    )
    .option('--body <id...>', 'for a clerk: the bodies they may record for (every body when omitted)')
    .option('--subject <id>', 'who the token names; recorded as recorded-by on every event they write', `dev-${process.env.USER ?? 'user'}`)
    .option(
      '--expires <duration>',
      'how long it lasts, e.g. 30m or 8h; the API refuses tokens that last longer than AUTH_MAX_TOKEN_HOURS (24 by default)',
      parseDuration,
      '8h',
    )
    .addHelpText(
      'after',
      '\nExample:\n  TOKEN=$(npm run --silent cli -- token --role clerk --body lscsb)\n  curl -H "Authorization: Bearer $TOKEN" …',
    )
    .action(async (options: { role: Exclude<Role, 'public'>; body?: string[]; subject: string; expires: string }) => {
      const config = loadLedgerConfig(process.env);
      const token = await issueToken(config.auth, {
        subject: options.subject,
        role: options.role,
        ...(options.body && { bodies: options.body }),
        expiresIn: options.expires,
      });
      process.stdout.write(`${token}\n`);
    });
}

function parseDuration(value: string): string {
  if (!/^\d+[smhd]$/.test(value)) throw new InvalidArgumentError('a duration such as 30m, 8h or 7d');
  return value;
}

import type { Command } from 'commander';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { keyIdOf, publicKeyFromPem, verifyConsistency, verifyInclusion, verifyTreeHead, type SignedTreeHead } from '@ledger/transparency';
import { readProofFile, readTreeHeadFile } from '../support/transparency-files';

const bytes = (hex: string) => Buffer.from(hex, 'hex');

async function pinnedKey(file: string): Promise<KeyObject> {
  const pem = await readFile(file, 'utf8').catch(() => {
    throw new Error(`Cannot read the public key ${file}`);
  });
  return publicKeyFromPem(pem);
}

function requireSigned(head: SignedTreeHead, key: KeyObject, name: string): void {
  if (head.keyId !== keyIdOf(key)) throw new Error(`${name} was signed by key ${head.keyId}, not the key given (${keyIdOf(key)})`);
  if (!verifyTreeHead(head, key)) throw new Error(`${name}'s signature does not verify: it is not the head the log signed`);
}

export function registerTreeHeadCommands(program: Command): void {
  program
    .command('tree-head')
    .description("fetch the API's signed tree head of the log, check its signature, and keep it in a file")
    .requiredOption('--url <url>', 'the API, e.g. http://127.0.0.1:3000')
    .requiredOption('--out <file>', 'where to keep the head (JSON)')
    .option(
      '--public-key <file>',
      "the log's public key (PEM) to check the head against; without it, the key the API serves is used and printed",
    )
    .action(async (options: { url: string; out: string; publicKey?: string }) => {
      const base = options.url.replace(/\/+$/, '');
      const response = await fetch(`${base}/transparency/tree-head`);
      if (!response.ok) throw new Error(`${base}/transparency/tree-head answered HTTP ${response.status}`);
      const head = (await response.json()) as SignedTreeHead;
      const key = options.publicKey
        ? await pinnedKey(options.publicKey)
        : createPublicKey(await (await fetch(`${base}/transparency/public-key`)).text());
      requireSigned(head, key, 'The head');
      await writeFile(options.out, `${JSON.stringify(head, null, 2)}\n`);
      process.stdout.write(
        `Kept the tree head of ${head.treeSize} events (root ${head.rootHash}, signed ${head.timestamp}) in ${options.out}.\n`,
      );
      if (!options.publicKey)
        process.stdout.write(`Checked with the key the API serves (key id ${keyIdOf(key)}); pin it with --public-key.\n`);
    });

  program
    .command('verify-proof')
    .description('check, offline, an inclusion proof against a tree head, or a consistency proof between two heads')
    .requiredOption('--public-key <file>', "the log's public key (PEM)")
    .requiredOption('--head <file>', 'the tree head the proof is against (for a consistency proof, the later one)')
    .requiredOption('--proof <file>', 'the proof, as the API answers it')
    .option('--old-head <file>', 'for a consistency proof: the earlier head, kept before')
    .addHelpText('after', '\nExits with status 1 when the proof does not hold. README.md gives the rules, to check without this tool.')
    .action(async (options: { publicKey: string; head: string; proof: string; oldHead?: string }) => {
      const key = await pinnedKey(options.publicKey);
      const head = await readTreeHeadFile(options.head);
      requireSigned(head, key, 'The head');
      const proof = await readProofFile(options.proof);
      let holds: boolean;
      let told: string;
      if (options.oldHead) {
        const old = await readTreeHeadFile(options.oldHead);
        requireSigned(old, key, 'The earlier head');
        if (proof.fromSize !== old.treeSize || proof.toSize !== head.treeSize || !proof.path)
          throw new Error('The proof is not a consistency proof between these two heads');
        holds = verifyConsistency(old.treeSize, head.treeSize, bytes(old.rootHash), bytes(head.rootHash), proof.path.map(bytes));
        told = `the ${old.treeSize} events of the earlier head ${holds ? 'still begin' : 'do NOT begin'} the log of ${head.treeSize}`;
      } else {
        if (proof.treeSize !== head.treeSize || proof.leafIndex === undefined || !proof.leafHash || !proof.auditPath) {
          throw new Error('The proof is not an inclusion proof against this head');
        }
        holds = verifyInclusion(bytes(proof.leafHash), proof.leafIndex, head.treeSize, proof.auditPath.map(bytes), bytes(head.rootHash));
        told = `leaf ${proof.leafIndex} ${holds ? 'is' : 'is NOT'} in the log of ${head.treeSize} events`;
      }
      process.stdout.write(`${holds ? 'Proof holds' : 'PROOF FAILS'}: ${told}.\n`);
      if (!holds) process.exitCode = 1;
    });
}

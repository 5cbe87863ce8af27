#!/usr/bin/env node
// Adds to package-lock.json the platform-specific optional packages that npm could not record.
//
// The registry mirror some machines install from serves only the native packages of its own
// platform, so `npm install` there leaves the other platforms' variants (darwin, win32, ...) out of
// the lock, and `npm ci` then refuses the lock as out of sync on every machine. Each missing
// variant is added with its version and the os, cpu and libc its name declares, so npm skips it on
// other platforms and fetches it by name and version on its own.
//
// Usage: node scripts/complete-lockfile.mjs   (after `npm install` changes dependencies)
import { readFileSync, writeFileSync } from 'node:fs';

const OPERATING_SYSTEMS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const at = parts.findIndex((part) => OPERATING_SYSTEMS.includes(part));
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const platform = { os: [parts[at]], cpu: [parts[at + 1]] };
  const libc = LIBC[parts[at + 2]];
  if (platform.os[0] === 'linux' && libc) platform.libc = [libc];
  return platform;
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    lock.packages[hoisted] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform packages: ${added.join(', ')}` : 'lock already complete');

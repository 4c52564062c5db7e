/**
 * The key under which buildCopy.ts keeps a build of changed data: a hash of
 * everything the build reads (the data file texts it was given, the app's
 * code, the build scripts and config, the static files, the installed
 * package versions). Any change to one of them is a new key, so a kept build
 * is never stale. The code part is hashed once per process.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build reads besides the data (relative to the project root). */
const BUILD_INPUTS = [
  'data',
  'src',
  'scripts',
  'static',
  'index.html',
  'embed.html',
  'vite.config.ts',
  'tsconfig.json',
  'package-lock.json',
];

/** How many kept builds to leave in the cache folder (the oldest go first). */
const KEEP = 24;

let codeHash: string | undefined;

function hashTree(hash: ReturnType<typeof createHash>, root: string, rel: string): void {
  const full = path.join(root, rel);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, root, path.join(rel, name));
  } else {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(full));
  }
}

export function buildKey(texts: Record<string, string>, root: string): string {
  if (!codeHash) {
    const code = createHash('sha256');
    for (const input of BUILD_INPUTS) hashTree(code, root, input);
    codeHash = code.digest('hex');
  }
  const hash = createHash('sha256').update(codeHash);
  for (const name of Object.keys(texts).sort()) hash.update(`${name}\0${texts[name]}\0`);
  return hash.digest('hex').slice(0, 24);
}

/** Removes the oldest kept builds beyond KEEP, so the cache does not grow without end. */
export function pruneBuildCache(work: string): void {
  const kept = readdirSync(work)
    .filter((name) => name.startsWith('kept-'))
    .map((name) => ({ name, time: statSync(path.join(work, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of kept.slice(KEEP - 1)) {
    rmSync(path.join(work, old.name), { recursive: true, force: true });
  }
}

// SPEC 2.11: files at rest are private. The data folder holds Argon2id hashes, client addresses,
// the audit log and the server key: it is created 0700, the database (with its -wal and -shm) and
// the key file 0600. At start, any of them found open to others (from an earlier release, a
// restore, a copy) is narrowed to these modes, and each change is reported once.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export interface ModeChange {
  path: string;
  /** The permission bits found, e.g. 0o644. */
  from: number;
  to: number;
  /** Set when the mode could not be changed (a file of another owner, a read-only mount). */
  failed?: string;
}

/** The files Gatehouse keeps in the data folder, and a SQLite database wherever it is. */
export function privateFiles(dataDir: string, sqlitePath: string | null): string[] {
  const database = sqlitePath === null || sqlitePath === ':memory:' ? [] : [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`];
  return [join(dataDir, 'secret.key'), ...database];
}

/** Creates the data folder 0700 if missing, and narrows it and the files that exist to their modes. */
export function makeDataPrivate(dataDir: string, sqlitePath: string | null): ModeChange[] {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const changes = [narrow(dataDir, PRIVATE_FOLDER_MODE)];
  for (const path of privateFiles(dataDir, sqlitePath)) if (existsSync(path)) changes.push(narrow(path, PRIVATE_FILE_MODE));
  return changes.filter((change): change is ModeChange => change !== null);
}

/** Only bits for group and others are taken away; the owner's are left as they are. */
function narrow(path: string, mode: number): ModeChange | null {
  const found = statSync(path).mode & 0o777;
  if ((found & 0o077) === 0) return null;
  try {
    chmodSync(path, mode);
    return { path, from: found, to: mode };
  } catch (error) {
    return { path, from: found, to: mode, failed: (error as Error).message };
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DomainException } from '../common/errors/domain.exception';

/**
 * Where message photos' bytes live. The default keeps them on local disk under PHOTO_STORAGE_DIR; a deployment that
 * wants them elsewhere (an object store, a shared volume) provides another implementation under IMAGE_STORAGE.
 * Keys are the BFF's own random names, never anything a citizen sent.
 */
export interface ImageStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** null when nothing is kept under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removing a missing key is no error. */
  delete(key: string): Promise<void>;
}

export const IMAGE_STORAGE = 'IMAGE_STORAGE';

const KEY = /^[a-f0-9]{32}$/;

/** A new random storage key: 128 bits, hex. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Files under `root`, two levels of folders by the key's first characters, written whole (temporary file, then rename). */
export class LocalDiskImageStorage implements ImageStorage {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await writeFile(partial, bytes, { flag: 'wx' });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error('invalid image storage key');
    return join(this.root, key.slice(0, 2), key.slice(2, 4), `${key}.jpg`);
  }
}

/** The kept bytes of a photo the caller may see; no row, or a row whose file is gone, is 404 alike. */
export async function readKeptImage(storage: ImageStorage, image: { storageKey: string } | null): Promise<Buffer> {
  const bytes = image && (await storage.get(image.storageKey));
  if (!bytes) throw DomainException.notFound('图片');
  return bytes;
}

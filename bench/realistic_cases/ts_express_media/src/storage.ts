import { promises as fs } from 'fs';
import path from 'path';

export const MEDIA_ROOT = path.resolve(process.env.MEDIA_ROOT ?? '/srv/media');

export async function readMedia(relative: string): Promise<Buffer> {
  return fs.readFile(path.join(MEDIA_ROOT, relative));
}

export async function readMediaChecked(relative: string): Promise<Buffer> {
  const full = path.resolve(MEDIA_ROOT, relative);
  if (!full.startsWith(MEDIA_ROOT + path.sep)) {
    throw new Error('path escapes media root');
  }
  return fs.readFile(full);
}

export async function listAlbum(album: string): Promise<string[]> {
  if (!/^[a-z0-9-]{1,40}$/.test(album)) {
    throw new Error('bad album');
  }
  return fs.readdir(path.join(MEDIA_ROOT, album));
}

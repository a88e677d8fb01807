import express, { NextFunction, Request, Response } from 'express';
import { createHash } from 'crypto';
import { listAlbum, MEDIA_ROOT, readMedia, readMediaChecked } from './storage';
import { probe, transcode } from './transcode';
import { requireToken } from './auth';

const app = express();
app.use(express.json());

app.get('/media/raw', requireToken, async (req: Request, res: Response) => {
  const data = await readMedia(String(req.query.path));
  res.type('application/octet-stream').send(data);
});

app.get('/media', requireToken, async (req: Request, res: Response, next: NextFunction) => {
  try {
    res.send(await readMediaChecked(String(req.query.path)));
  } catch (e) {
    next(e);
  }
});

app.get('/albums/:album', requireToken, async (req: Request, res: Response) => {
  res.json(await listAlbum(req.params.album));
});

app.get('/albums/:album/title', requireToken, (req: Request, res: Response) => {
  res.send('<html><body><h2>' + req.params.album + '</h2></body></html>');
});

app.post('/probe', requireToken, async (req: Request, res: Response) => {
  res.type('json').send(await probe(`${MEDIA_ROOT}/${req.body.file}`));
});

app.post('/transcode', requireToken, async (req: Request, res: Response) => {
  const code = await transcode(`${MEDIA_ROOT}/in.wav`, `${MEDIA_ROOT}/out.mp3`, Number(req.body.bitrate));
  res.json({ code });
});

app.get('/etag', requireToken, (req: Request, res: Response) => {
  res.json({ etag: createHash('sha1').update(String(req.query.v)).digest('hex') });
});

app.get('/login/callback', (req: Request, res: Response) => {
  const dest = req.query.redirect_uri as string;
  res.redirect(302, dest);
});

app.get('/login/done', (req: Request, res: Response) => {
  const allowed = ['/home', '/albums', '/settings'];
  const dest = String(req.query.to);
  res.redirect(allowed.includes(dest) ? dest : '/home');
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error('media error', err);
  res.status(500).json({ error: err.message });
});

app.listen(7000);

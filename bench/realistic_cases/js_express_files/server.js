const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');
const helmet = require('helmet');
const { thumbnail, thumbnailSafe, diskFree, UPLOADS } = require('./lib/convert');
const { importRemote, importPartner } = require('./lib/fetcher');
const { requireApiKey } = require('./lib/apikey');

const app = express();
app.use(helmet());
app.use(express.json());
const upload = multer({ dest: UPLOADS, limits: { fileSize: 5 * 1024 * 1024 } });

app.post('/files', requireApiKey, upload.single('file'), (req, res) => {
  res.status(201).json({ id: req.file.filename });
});

app.get('/files/:name', requireApiKey, (req, res) => {
  res.sendFile(req.params.name, { root: UPLOADS });
});

app.get('/download', requireApiKey, (req, res) => {
  const file = path.join(UPLOADS, req.query.file);
  fs.createReadStream(file).pipe(res);
});

app.delete('/files/:name', requireApiKey, (req, res) => {
  const target = path.resolve(UPLOADS, req.params.name);
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.status(400).json({ error: 'bad name' });
  }
  fs.unlink(target, (err) => res.status(err ? 404 : 204).end());
  return undefined;
});

app.post('/thumbs', requireApiKey, (req, res) => {
  thumbnail(req.body.file, req.body.size, (err) => {
    if (err) return res.status(500).json({ error: 'conversion failed' });
    return res.json({ ok: true });
  });
});

app.post('/thumbs/safe', requireApiKey, async (req, res) => {
  await thumbnailSafe(req.body.file, req.body.size);
  res.json({ ok: true });
});

app.post('/import', requireApiKey, async (req, res) => {
  const data = await importRemote(req.body.url);
  res.json({ bytes: data.length });
});

app.post('/import/partner', requireApiKey, async (req, res) => {
  try {
    const data = await importPartner(req.body.url);
    res.json({ bytes: data.length });
  } catch (e) {
    res.status(400).json({ error: 'import refused' });
  }
});

app.get('/health/disk', (req, res) => {
  diskFree((err, out) => res.type('text').send(err ? 'unknown' : out));
});

app.listen(8081);

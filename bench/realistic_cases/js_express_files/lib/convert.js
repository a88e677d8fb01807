const { exec, execFile } = require('child_process');
const path = require('path');
const util = require('util');

const execFileAsync = util.promisify(execFile);
const UPLOADS = path.resolve(process.env.UPLOADS || './uploads');

function thumbnail(fileName, size, cb) {
  exec(`convert ${UPLOADS}/${fileName} -resize ${size} ${UPLOADS}/thumb-${fileName}`, cb);
}

async function thumbnailSafe(fileName, size) {
  const src = path.join(UPLOADS, path.basename(fileName));
  const dims = /^\d{1,4}x\d{1,4}$/.test(size) ? size : '128x128';
  await execFileAsync('convert', [src, '-resize', dims, `${src}.thumb.png`]);
}

function diskFree(cb) {
  exec('df -h /', cb);
}

module.exports = { thumbnail, thumbnailSafe, diskFree, UPLOADS };

const axios = require('axios');

const ALLOWED_HOSTS = new Set(['images.partner.example', 'cdn.partner.example']);

async function importRemote(url) {
  const res = await axios.get(url, { responseType: 'arraybuffer' });
  return Buffer.from(res.data);
}

async function importPartner(rawUrl) {
  const url = new URL(rawUrl);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
    throw new Error('host not allowed');
  }
  const res = await axios.get(url.toString(), { responseType: 'arraybuffer', timeout: 5000, maxContentLength: 10e6 });
  return Buffer.from(res.data);
}

module.exports = { importRemote, importPartner };

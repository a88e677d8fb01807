const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync(`${__dirname}/../data/staff.xml`, 'utf8'), 'text/xml');

function staffByName(name) {
  return xpath.select(`//staff[name='${name}']/email/text()`, doc).map(String);
}

function staffByDept(dept) {
  const safe = String(dept).replace(/[^A-Za-z ]/g, '');
  return xpath.select(`//staff[dept='${safe}']/name/text()`, doc).map(String);
}

module.exports = { staffByName, staffByDept };

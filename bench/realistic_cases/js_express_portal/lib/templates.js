const ejs = require('ejs');
const Handlebars = require('handlebars');

const greeting = Handlebars.compile('<p>Welcome back, {{name}}</p>');

function renderCustom(templateText, data) {
  return ejs.render(templateText, data);
}

function renderGreeting(name) {
  return greeting({ name });
}

function renderBanner(message) {
  const tpl = Handlebars.compile('<div class="banner">{{{message}}}</div>');
  return tpl({ message });
}

module.exports = { renderCustom, renderGreeting, renderBanner };

const express = require('express');
const cookieSession = require('cookie-session');
const helmet = require('helmet');
const { renderCustom, renderGreeting, renderBanner } = require('./lib/templates');
const { staffByName, staffByDept } = require('./lib/xmlsearch');
const audit = require('./lib/audit');
const { checkPassword } = require('./lib/users');

const app = express();
app.use(helmet());
app.use(express.urlencoded({ extended: false, limit: '32kb' }));
app.use(cookieSession({
  name: 'portal',
  keys: ['portal-cookie-key-2f8a6d1c9e3b7f40'],
  secure: false,
  httpOnly: true,
  maxAge: 8 * 3600 * 1000,
}));

function requireLogin(req, res, next) {
  if (!req.session.user) return res.redirect('/login');
  return next();
}

app.post('/login', async (req, res) => {
  const user = await checkPassword(req.body.name, req.body.password);
  if (!user) {
    audit.loginFailed(req.body.name, req.body.password);
    return res.redirect('/login?error=1');
  }
  req.session.user = user;
  audit.loginSucceeded(user);
  audit.sessionIssued(user, req.get('cookie'));
  return res.redirect('/welcome');
});

app.get('/welcome', requireLogin, (req, res) => {
  res.send(renderGreeting(req.session.user.name));
});

app.post('/preview', requireLogin, (req, res) => {
  res.send(renderCustom(req.body.template, { user: req.session.user }));
});

app.get('/banner', requireLogin, (req, res) => {
  res.send(renderBanner(req.query.msg || ''));
});

app.get('/staff', requireLogin, (req, res) => {
  res.json(staffByName(req.query.name || ''));
});

app.get('/staff/dept', requireLogin, (req, res) => {
  res.json(staffByDept(req.query.dept || ''));
});

app.get('/profile', requireLogin, (req, res) => {
  res.render('profile', { user: req.session.user, tab: req.query.tab });
});

app.get('/debug/env', (req, res) => {
  res.json(process.env);
});

app.set('view engine', 'ejs');
app.listen(3003, '127.0.0.1');

const express = require('express');
const session = require('express-session');
const posts = require('./routes/posts');
const { sign } = require('./auth');

const app = express();
app.use(express.json({ limit: '100kb' }));
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
app.set('view engine', 'pug');
app.use('/posts', posts);

app.post('/login', async (req, res) => {
  const user = { id: 1, role: 'reader' };
  req.session.userId = user.id;
  res.json({ token: sign(user) });
});

app.get('/continue', (req, res) => {
  res.redirect(req.query.returnTo || '/');
});

app.get('/continue/safe', (req, res) => {
  const target = req.query.returnTo;
  if (typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')) {
    return res.redirect(target);
  }
  return res.redirect('/');
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(500).send(err.stack);
});

app.listen(process.env.PORT || 3000);

'use strict';

const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const CustomStrategy = require('passport-custom').Strategy;
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const db = require('./db');

passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  try {
    const user = await db('users').where({ email, active: true }).first();
    if (!user || !(await bcrypt.compare(password, user.password_hash))) return done(null, false);
    return done(null, user);
  } catch (err) {
    return done(err);
  }
}));

passport.use('api', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.API_JWT_SECRET,
  algorithms: ['HS256'],
  issuer: 'brightminds-tutoring',
}, async (payload, done) => {
  const user = await db('users').where({ id: payload.sub, active: true }).first();
  return done(null, user || false);
}));

passport.use('parent-link', new CustomStrategy(async (req, done) => {
  const token = req.query.t || req.get('x-parent-link');
  if (!token) return done(null, false);
  const claims = jwt.decode(token);
  if (!claims || !claims.parentId) return done(null, false);
  const parent = await db('users').where({ id: claims.parentId, role: 'parent' }).first();
  return done(null, parent || false);
}));

passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser(async (id, done) => {
  try {
    done(null, await db('users').where({ id }).first());
  } catch (err) {
    done(err);
  }
});

function ensureAuth(req, res, next) {
  if (req.isAuthenticated()) return next();
  return res.status(401).json({ error: 'login required' });
}

function requireRole(...roles) {
  return (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).json({ error: 'forbidden' }));
}

module.exports = { passport, ensureAuth, requireRole };

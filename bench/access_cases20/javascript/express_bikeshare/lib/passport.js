'use strict';
const bcrypt = require('bcrypt');
const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const { Rider } = require('../models');

passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  try {
    const rider = await Rider.findOne({ where: { email: email.toLowerCase() } });
    if (!rider || rider.suspended || !(await bcrypt.compare(password, rider.passwordHash))) {
      return done(null, false);
    }
    return done(null, rider);
  } catch (err) {
    return done(err);
  }
}));

passport.serializeUser((rider, done) => done(null, rider.id));
passport.deserializeUser((id, done) => {
  Rider.findByPk(id).then((rider) => done(null, rider || false), done);
});

module.exports = passport;

'use strict';

const express = require('express');
const session = require('express-session');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const { MongoClient } = require('mongodb');

const { attachPartner, bearerOf, requireUser, verifiedUser } = require('./auth');
const { typeDefs, resolvers } = require('./graphql');
const pages = require('./pages');

async function main() {
  const client = await MongoClient.connect(process.env.MONGO_URL);
  const db = client.db('allotment');
  const app = express();
  app.locals.db = db;
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));
  app.use(session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: true },
  }));

  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  app.use('/graphql', expressMiddleware(apollo, {
    context: async ({ req }) => {
      const token = bearerOf(req);
      let user = null;
      if (token) {
        try { user = verifiedUser(token); } catch (err) { user = null; }
      }
      return { user, db };
    },
  }));

  app.use('/', pages);

  app.get('/api/me/plots', requireUser, async (req, res) => {
    res.json(await db.collection('plots').find({ ownerId: req.user.id }).toArray());
  });

  app.get('/partner/plots', attachPartner, async (req, res) => {
    res.json(await db.collection('plots').find({ partnerId: req.partner.id }).toArray());
  });

  app.listen(3000);
}

main();

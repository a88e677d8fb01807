'use strict';

const { GraphQLError } = require('graphql');
const { ObjectId } = require('mongodb');

const typeDefs = `#graphql
  type Plot { id: ID! name: String! size: Int ownerId: ID }
  type Query { plot(id: ID!): Plot, myPlots: [Plot!]! }
  type Mutation {
    setMemberRole(memberId: ID!, role: String!): Boolean
    renamePlot(id: ID!, name: String!): Boolean
    banMember(memberId: ID!): Boolean
  }
`;

function signedIn(user) {
  if (!user) {
    throw new GraphQLError('login required', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  return user;
}

const resolvers = {
  Query: {
    plot: async (_parent, { id }, { db }) => db.collection('plots').findOne({ _id: new ObjectId(id) }),
    myPlots: async (_parent, _args, { user, db }) => {
      const me = signedIn(user);
      return db.collection('plots').find({ ownerId: me.id }).toArray();
    },
  },
  Mutation: {
    setMemberRole: async (_parent, { memberId, role }, { db }) => {
      await db.collection('members').updateOne({ _id: new ObjectId(memberId) }, { $set: { role } });
      return true;
    },
    renamePlot: async (_parent, { id, name }, { user, db }) => {
      const me = signedIn(user);
      const result = await db.collection('plots').updateOne(
        { _id: new ObjectId(id), ownerId: me.id },
        { $set: { name } },
      );
      return result.matchedCount === 1;
    },
    banMember: async (_parent, { memberId }, { user, db }) => {
      const me = signedIn(user);
      if (me.role !== 'committee') {
        throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } });
      }
      await db.collection('members').updateOne({ _id: new ObjectId(memberId) }, { $set: { banned: true } });
      return true;
    },
  },
};

module.exports = { typeDefs, resolvers };

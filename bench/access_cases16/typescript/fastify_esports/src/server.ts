import path from 'node:path';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyJwt from '@fastify/jwt';
import fastifyStatic from '@fastify/static';

import authPlugin from './plugins/auth';
import { db } from './db';
import adminRoutes from './routes/admin';
import matchRoutes from './routes/matches';
import playerRoutes from './routes/players';
import refereeRoutes from './routes/referee';
import teamRoutes from './routes/teams';

const app = Fastify({ logger: true });

app.register(fastifyCookie);
app.register(fastifyCsrf, { sessionPlugin: '@fastify/cookie' });
app.register(fastifyJwt, {
  secret: process.env.LEAGUE_JWT_SECRET as string,
  cookie: { cookieName: 'league_session', signed: false },
  verify: { algorithms: ['HS256'], allowedIss: 'northern-esports-league' },
});
app.register(authPlugin);

app.register(fastifyStatic, { root: path.join(__dirname, '../public'), prefix: '/', list: false });
app.register(fastifyStatic, {
  root: path.join(__dirname, '../storage/id-checks'),
  prefix: '/id-checks/',
  decorateReply: false,
  list: true,
});

app.register(teamRoutes, { prefix: '/teams' });
app.register(playerRoutes, { prefix: '/players' });
app.register(matchRoutes, { prefix: '/matches' });
app.register(adminRoutes, { prefix: '/admin' });
app.register(refereeRoutes, { prefix: '/referee' });

app.get('/standings', async () => {
  return db.selectFrom('standings').selectAll().orderBy('points', 'desc').execute();
});

app.post('/internal/seasons/:seasonId/reset-standings', async (request) => {
  const { seasonId } = request.params as { seasonId: string };
  await db.deleteFrom('standings').where('season_id', '=', Number(seasonId)).execute();
  await db.updateTable('matches').set({ result: null, confirmed: false }).where('season_id', '=', Number(seasonId)).execute();
  return { reset: seasonId };
});

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });

import { Hono } from 'hono';
import { db } from './db';
import { requireInstructor, instructorFromDesk, requestIdOf } from './auth';

export const classes = new Hono();

classes.get('/schedule', async (c) => {
  const rows = await db.session.findMany({ where: { published: true } });
  return c.json(rows, 200, { 'x-request-id': requestIdOf(c) });
});

classes.get('/desk/roster', async (c) => {
  const instructorId = instructorFromDesk(c);
  return c.json(await db.session.findMany({ where: { instructorId } }));
});

classes.post('/sessions', requireInstructor, async (c) => {
  const me = c.get('user');
  const body = await c.req.json();
  const created = await db.session.create({
    data: { title: body.title, startsAt: body.startsAt, instructorId: me.sub },
  });
  return c.json(created, 201);
});

classes.get('/trainee/plan', async (c) => {
  const traineeId = c.req.header('x-trainee-id');
  if (traineeId === undefined) {
    return c.json({ error: 'missing' }, 401);
  }
  return c.json(await db.plan.findFirst({ where: { traineeId: Number(traineeId) } }));
});

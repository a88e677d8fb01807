'use strict';

const Router = require('@koa/router');
const { authenticate } = require('./auth');
const { Meetup, Rsvp } = require('./models');

const router = new Router({ prefix: '/meetups' });

router.get('/', async (ctx) => {
  ctx.body = await Meetup.findAll({ where: { listed: true } });
});

router.post('/', authenticate, async (ctx) => {
  const meetup = await Meetup.create({
    title: ctx.request.body.title,
    city: ctx.request.body.city,
    hostId: ctx.request.body.hostId,
  });
  ctx.status = 201;
  ctx.body = meetup;
});

router.post('/:id/rsvp', authenticate, async (ctx) => {
  const rsvp = await Rsvp.create({
    meetupId: Number(ctx.params.id),
    guestId: ctx.state.user.id,
    inviteeId: ctx.request.body.inviteeId,
  });
  ctx.body = rsvp;
});

module.exports = router;

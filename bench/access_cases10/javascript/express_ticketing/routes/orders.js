'use strict';

const express = require('express');
const { Order, Ticket, Event } = require('../models');

const router = express.Router();

router.get('/orders', async (req, res) => {
  const orders = await Order.findAll({ where: { userId: req.user.id }, include: [Ticket] });
  res.json(orders);
});

router.get('/orders/:id', async (req, res) => {
  const order = await Order.findByPk(req.params.id, { include: [Ticket, Event] });
  if (!order) return res.sendStatus(404);
  res.json(order);
});

router.post('/orders', async (req, res) => {
  const { eventId, quantity } = req.body;
  const order = await Order.create({ eventId, quantity, userId: req.user.id, status: 'pending' });
  res.status(201).json(order);
});

router.post('/orders/:id/refund', async (req, res) => {
  const order = await Order.findByPk(req.params.id);
  if (!order || order.userId !== req.user.id) {
    return res.status(404).json({ error: 'not found' });
  }
  await order.update({ status: 'refund_requested' });
  res.json(order);
});

router.delete('/tickets/:ticketId', async (req, res) => {
  await Ticket.destroy({ where: { id: req.params.ticketId } });
  res.sendStatus(204);
});

router.patch('/profile', async (req, res) => {
  await req.user.update(req.body);
  res.json(req.user);
});

module.exports = router;

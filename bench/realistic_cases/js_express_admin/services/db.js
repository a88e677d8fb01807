const { Sequelize, DataTypes, QueryTypes, Op } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Ticket = sequelize.define('Ticket', {
  title: DataTypes.STRING,
  status: DataTypes.STRING,
  assignee: DataTypes.STRING,
  body: DataTypes.TEXT,
});

async function ticketsByStatus(status, sort) {
  return sequelize.query(`SELECT * FROM "Tickets" WHERE status = '${status}' ORDER BY ${sort}`, { type: QueryTypes.SELECT });
}

async function ticketsByAssignee(assignee) {
  return sequelize.query('SELECT * FROM "Tickets" WHERE assignee = :assignee', {
    replacements: { assignee },
    type: QueryTypes.SELECT,
  });
}

async function searchTickets(term) {
  return Ticket.findAll({ where: { title: { [Op.iLike]: `%${term}%` } }, limit: 50 });
}

module.exports = { sequelize, Ticket, ticketsByStatus, ticketsByAssignee, searchTickets };

'use strict';
const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Rider = sequelize.define('Rider', {
  email: { type: DataTypes.STRING, unique: true, allowNull: false },
  passwordHash: { type: DataTypes.STRING, allowNull: false },
  name: DataTypes.STRING,
  phone: DataTypes.STRING,
  role: { type: DataTypes.STRING, defaultValue: 'rider' }, // rider, mechanic, ops
  balanceCents: { type: DataTypes.INTEGER, defaultValue: 0 },
  plan: { type: DataTypes.STRING, defaultValue: 'payg' },
  suspended: { type: DataTypes.BOOLEAN, defaultValue: false },
});

const Dock = sequelize.define('Dock', {
  stationName: DataTypes.STRING,
  lat: DataTypes.FLOAT,
  lng: DataTypes.FLOAT,
  bikesAvailable: DataTypes.INTEGER,
  locked: { type: DataTypes.BOOLEAN, defaultValue: true },
});

const Ride = sequelize.define('Ride', {
  riderId: { type: DataTypes.INTEGER, allowNull: false },
  bikeId: DataTypes.STRING,
  startedAt: DataTypes.DATE,
  endedAt: DataTypes.DATE,
  route: DataTypes.JSON, // GPS trace
  chargeCents: DataTypes.INTEGER,
});

Ride.belongsTo(Rider, { foreignKey: 'riderId' });

module.exports = { sequelize, Rider, Dock, Ride };

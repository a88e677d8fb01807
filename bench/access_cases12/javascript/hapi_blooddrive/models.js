'use strict';

const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Donor = sequelize.define('Donor', {
  name: DataTypes.STRING,
  email: { type: DataTypes.STRING, unique: true },
  passwordHash: DataTypes.STRING,
  bloodType: DataTypes.STRING,
  eligibleFrom: DataTypes.DATEONLY,
  verified: { type: DataTypes.BOOLEAN, defaultValue: false },
  role: { type: DataTypes.STRING, defaultValue: 'donor' },
  disabled: { type: DataTypes.BOOLEAN, defaultValue: false },
});

const StaffMember = sequelize.define('StaffMember', {
  name: DataTypes.STRING,
  role: DataTypes.STRING,
  disabled: DataTypes.BOOLEAN,
});

const Donation = sequelize.define('Donation', {
  donorId: DataTypes.INTEGER,
  takenAt: DataTypes.DATE,
  volumeMl: DataTypes.INTEGER,
  haemoglobin: DataTypes.FLOAT,
  screeningResult: DataTypes.STRING,
});

const Unit = sequelize.define('Unit', {
  donationId: DataTypes.INTEGER,
  bloodType: DataTypes.STRING,
  expiresAt: DataTypes.DATE,
  discarded: { type: DataTypes.BOOLEAN, defaultValue: false },
});

module.exports = { sequelize, Donor, StaffMember, Donation, Unit };

import { drizzle } from 'drizzle-orm/node-postgres';
import { boolean, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import pg from 'pg';

export const volunteers = pgTable('volunteers', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  name: text('name').notNull(),
  phone: text('phone'),
  role: text('role').notNull().default('volunteer'), // volunteer, coordinator, trustee
  dbsChecked: boolean('dbs_checked').notNull().default(false),
  canDrive: boolean('can_drive').notNull().default(false),
  updatedAt: timestamp('updated_at').defaultNow(),
});

export const households = pgTable('households', {
  id: serial('id').primaryKey(),
  surname: text('surname').notNull(),
  address: text('address').notNull(),
  dietary: text('dietary'),
  referralAgency: text('referral_agency'),
  caseworkerId: integer('caseworker_id').references(() => volunteers.id),
});

export const referrals = pgTable('referrals', {
  id: serial('id').primaryKey(),
  householdId: integer('household_id').references(() => households.id).notNull(),
  reason: text('reason').notNull(), // benefits delay, debt, domestic abuse, ...
  status: text('status').notNull().default('pending'),
  decidedBy: integer('decided_by').references(() => volunteers.id),
});

export const parcels = pgTable('parcels', {
  id: serial('id').primaryKey(),
  householdId: integer('household_id').references(() => households.id).notNull(),
  driverId: integer('driver_id').references(() => volunteers.id),
  deliverOn: timestamp('deliver_on').notNull(),
  delivered: boolean('delivered').notNull().default(false),
});

export const shifts = pgTable('shifts', {
  id: serial('id').primaryKey(),
  volunteerId: integer('volunteer_id').references(() => volunteers.id).notNull(),
  checkedInAt: timestamp('checked_in_at'),
});

export const db = drizzle(new pg.Pool({ connectionString: process.env.DATABASE_URL }));

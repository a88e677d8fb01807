import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

export interface Player {
  id: number;
  handle: string;
  email: string;
  display_name: string;
  bio: string | null;
  role: 'player' | 'organiser' | 'referee';
  prize_balance_cents: number;
  id_verified: boolean;
  banned_until: Date | null;
}

export interface Team { id: number; name: string; captain_id: number; verified: boolean; }
export interface Membership { team_id: number; player_id: number; }
export interface ScrimNote { id: number; team_id: number; body: string; created_at: Date; }
export interface Match { id: number; season_id: number; home_id: number; away_id: number; result: string | null; confirmed: boolean; }
export interface Standing { team_id: number; season_id: number; points: number; }

interface Schema {
  players: Player;
  teams: Team;
  memberships: Membership;
  scrim_notes: ScrimNote;
  matches: Match;
  standings: Standing;
}

export const db = new Kysely<Schema>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});

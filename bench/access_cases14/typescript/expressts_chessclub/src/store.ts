import { DataSource, Entity, PrimaryGeneratedColumn, Column, ManyToOne } from "typeorm";

@Entity()
export class Member {
  @PrimaryGeneratedColumn() id!: number;
  @Column() name!: string;
  @Column({ unique: true }) email!: string;
  @Column() passwordHash!: string;
  @Column({ default: 1200 }) rating!: number;
  @Column({ default: "player" }) role!: "player" | "arbiter" | "secretary";
}

@Entity()
export class Game {
  @PrimaryGeneratedColumn() id!: number;
  @ManyToOne(() => Member) white!: Member;
  @ManyToOne(() => Member) black!: Member;
  @Column() whiteId!: number;
  @Column() blackId!: number;
  @Column({ type: "text" }) pgn!: string;
  @Column({ type: "text", default: "" }) privateNotes!: string;
  @Column({ nullable: true }) result!: string;
}

@Entity()
export class Entry {
  @PrimaryGeneratedColumn() id!: number;
  @Column() tournamentId!: number;
  @Column() memberId!: number;
  @Column({ default: 0 }) seed!: number;
  @Column({ default: false }) feePaid!: boolean;
  @Column({ default: false }) withdrawn!: boolean;
}

export const dataSource = new DataSource({
  type: "postgres",
  url: process.env.DATABASE_URL,
  entities: [Member, Game, Entry],
});

export const members = () => dataSource.getRepository(Member);
export const games = () => dataSource.getRepository(Game);
export const entries = () => dataSource.getRepository(Entry);

import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Member {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ unique: true }) email!: string;
  @Column() name!: string;
  @Column({ default: 'member' }) role!: 'member' | 'captain' | 'coach';
  @Column({ nullable: true }) emergencyContact?: string;
  @Column({ nullable: true }) medicalNotes?: string;
  @Column({ default: false }) swimTestPassed!: boolean;
}

@Entity()
export class Boat {
  @PrimaryGeneratedColumn() id!: number;
  @Column() name!: string;
  @Column() seats!: number;
  @Column({ default: false }) outOfService!: boolean;
}

@Entity()
export class Booking {
  @PrimaryGeneratedColumn() id!: number;
  @ManyToOne(() => Boat) boat!: Boat;
  @ManyToOne(() => Member) member!: Member;
  @Column() startsAt!: Date;
}

@Entity()
export class Outing {
  @PrimaryGeneratedColumn() id!: number;
  @ManyToOne(() => Boat) boat!: Boat;
  @Column() startsAt!: Date;
  @Column({ default: 'planned' }) status!: string;
}

@Entity()
export class OutingCrew {
  @PrimaryGeneratedColumn() id!: number;
  @ManyToOne(() => Outing) outing!: Outing;
  @ManyToOne(() => Member) member!: Member;
  @Column({ nullable: true }) signedInAt?: Date;
}

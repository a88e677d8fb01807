import { Column, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Owner {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) email: string;
  @Column() passwordHash: string;
  @Column() fullName: string;
  @Column({ nullable: true }) phone: string;
  @Column({ nullable: true }) address: string;
  @Column({ default: 'client' }) role: 'client' | 'nurse' | 'vet' | 'practice_manager';
  @Column({ default: 0 }) accountCreditPence: number;
  @Column({ default: false }) onPaymentPlan: boolean;
  @OneToMany(() => Pet, (pet) => pet.owner) pets: Pet[];
}

@Entity()
export class Pet {
  @PrimaryGeneratedColumn() id: number;
  @Column() name: string;
  @Column() species: string;
  @Column({ nullable: true }) microchip: string;
  @ManyToOne(() => Owner, (owner) => owner.pets) owner: Owner;
}

@Entity()
export class ClinicalRecord {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => Pet) pet: Pet;
  @Column('text') notes: string;
  @Column({ nullable: true }) drug: string;
  @Column({ default: false }) controlled: boolean;
  @Column() createdBy: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

@Entity()
export class Appointment {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => Pet) pet: Pet;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ default: 'booked' }) status: string;
}

@Entity()
export class Prescription {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => Pet) pet: Pet;
  @Column() drug: string;
  @Column({ default: 0 }) refillsLeft: number;
}

import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  policyholderId!: string;

  @Column()
  policyNumber!: string;

  @Column('text')
  description!: string;

  @Column({ default: 'submitted' })
  status!: 'submitted' | 'approved' | 'rejected' | 'paid';

  @Column('int', { default: 0 })
  approvedAmountCents!: number;

  @Column({ nullable: true })
  adjusterId?: string;
}

@Entity()
export class ClaimDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Claim)
  claim!: Claim;

  @Column()
  storageKey!: string;

  @Column()
  kind!: 'photo' | 'invoice' | 'medical-report';
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity()
export class Policy {
  @PrimaryColumn()
  number!: string;

  @Column()
  holderId!: string;

  @Column({ nullable: true })
  brokerId?: string;

  @Column({ default: false })
  cancelled!: boolean;
}

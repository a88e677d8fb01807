import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, type Repository } from 'typeorm';
import type { Context } from './context';

@Entity()
@ObjectType()
export class Prescription {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column()
  @Field()
  patientId!: string;

  @Column()
  @Field()
  medication!: string;

  @Column({ default: false })
  @Field()
  dispensed!: boolean;
}

@Resolver(() => Prescription)
export class PrescriptionResolver {
  constructor(private readonly repo: Repository<Prescription>) {}

  @Query(() => Prescription, { nullable: true })
  async prescription(@Arg('id', () => ID) id: string): Promise<Prescription | null> {
    return this.repo.findOne({ where: { id } });
  }

  @Authorized()
  @Query(() => [Prescription])
  async myPrescriptions(@Ctx() { user }: Context): Promise<Prescription[]> {
    return this.repo.find({ where: { patientId: user!.sub } });
  }

  @Authorized('pharmacist')
  @Mutation(() => Boolean)
  async dispense(@Arg('id', () => ID) id: string): Promise<boolean> {
    await this.repo.update({ id }, { dispensed: true });
    return true;
  }
}

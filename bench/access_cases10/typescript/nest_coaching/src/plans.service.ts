import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TrainingPlan } from './entities';

@Injectable()
export class PlansService {
  constructor(@InjectRepository(TrainingPlan) private readonly plans: Repository<TrainingPlan>) {}

  listFor(athleteId: number) {
    return this.plans.find({ where: { athlete: { id: athleteId } }, order: { startsOn: 'DESC' } });
  }

  async findOwned(id: number, athleteId: number) {
    const plan = await this.plans.findOne({ where: { id, athlete: { id: athleteId } } });
    if (!plan) throw new NotFoundException();
    return plan;
  }

  async findById(id: number) {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw new NotFoundException();
    return plan;
  }

  create(data: Partial<TrainingPlan>) {
    return this.plans.save(this.plans.create(data));
  }

  remove(id: number) {
    return this.plans.delete({ id });
  }
}

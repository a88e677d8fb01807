import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Repository } from 'typeorm';

@Entity()
export class Learner {
  @PrimaryGeneratedColumn() id!: number;
  @Column() name!: string;
  @Column() phone!: string;
  @Column({ default: 0 }) prepaidLessons!: number;
  @Column({ default: false }) testPassed!: boolean;
  @Column({ default: 'learner' }) role!: string;
}

@Entity()
export class Lesson {
  @PrimaryGeneratedColumn() id!: number;
  @ManyToOne(() => Learner) learner!: Learner;
  @Column() instructorId!: number;
  @Column() startsAt!: Date;
  @Column({ default: '' }) instructorNotes!: string;
  @Column({ default: false }) paid!: boolean;
}

@Entity()
export class ExamResult {
  @PrimaryGeneratedColumn() id!: number;
  @Column() learnerId!: number;
  @Column() passed!: boolean;
  @Column() faults!: string;
}

@Injectable()
export class LessonsService {
  constructor(
    @InjectRepository(Lesson) private readonly lessons: Repository<Lesson>,
    @InjectRepository(Learner) readonly learners: Repository<Learner>,
    @InjectRepository(ExamResult) readonly results: Repository<ExamResult>,
  ) {}

  forLearner(learnerId: number) {
    return this.lessons.find({ where: { learner: { id: learnerId } }, order: { startsAt: 'ASC' } });
  }

  async findOne(id: number) {
    const lesson = await this.lessons.findOne({ where: { id }, relations: { learner: true } });
    if (!lesson) throw new NotFoundException();
    return lesson;
  }

  async findOwned(id: number, learnerId: number) {
    const lesson = await this.lessons.findOne({ where: { id, learner: { id: learnerId } } });
    if (!lesson) throw new NotFoundException();
    return lesson;
  }

  reschedule(id: number, startsAt: Date) {
    return this.lessons.update({ id }, { startsAt });
  }

  remove(id: number) {
    return this.lessons.delete({ id });
  }
}

import {
  Body,
  Controller,
  Get,
  Headers,
  NotFoundException,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { CurrentUser, Principal } from './auth';
import { renderCertificate } from './certificates';
import { Course, Enrollment, Submission } from './entities';

@Controller('enrollments')
export class EnrollmentsController {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
  ) {}

  @Get()
  mine(@CurrentUser() user: Principal) {
    return this.enrollments.find({
      where: { student: { id: user.id } },
      relations: { course: true },
      order: { enrolledAt: 'DESC' },
    });
  }

  @Post(':courseId')
  async enroll(@Param('courseId', ParseIntPipe) courseId: number, @CurrentUser() user: Principal) {
    const course = await this.courses.findOneBy({ id: courseId, published: true });
    if (!course) throw new NotFoundException();
    const enrollment = this.enrollments.create({
      course,
      student: { id: user.id },
      progress: 0,
      status: 'active',
    });
    return this.enrollments.save(enrollment);
  }

  @Get(':id')
  async one(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: Principal) {
    const enrollment = await this.enrollments.findOne({
      where: { id, student: { id: user.id } },
      relations: { course: true },
    });
    if (!enrollment) throw new NotFoundException();
    return enrollment;
  }

  @Patch(':id')
  async updateProgress(
    @Param('id', ParseIntPipe) id: number,
    @Body() changes: Partial<Enrollment>,
    @CurrentUser() user: Principal,
  ) {
    const enrollment = await this.enrollments.findOne({ where: { id, student: { id: user.id } } });
    if (!enrollment) throw new NotFoundException();
    this.enrollments.merge(enrollment, changes);
    return this.enrollments.save(enrollment);
  }

  @Get(':id/certificate')
  async certificate(@Param('id', ParseIntPipe) id: number) {
    const enrollment = await this.enrollments.findOne({
      where: { id },
      relations: { course: true, student: true },
    });
    if (!enrollment || enrollment.status !== 'completed') throw new NotFoundException();
    return new StreamableFile(await renderCertificate(enrollment));
  }

  @Get('history/submissions')
  history(@Headers('x-student-id') studentId: string) {
    return this.submissions.find({
      where: { studentId: Number(studentId) },
      order: { submittedAt: 'DESC' },
      take: 100,
    });
  }

  @Post(':id/submissions')
  async submit(
    @Param('id', ParseIntPipe) id: number,
    @Body('content') content: string,
    @CurrentUser() user: Principal,
  ) {
    const enrollment = await this.enrollments
      .createQueryBuilder('e')
      .innerJoin('e.student', 's', 's.id = :uid', { uid: user.id })
      .leftJoinAndSelect('e.course', 'c')
      .where('e.id = :id', { id })
      .getOne();
    if (!enrollment) throw new NotFoundException();
    const submission = this.submissions.create({
      courseId: enrollment.course.id,
      studentId: user.id,
      content: String(content ?? '').slice(0, 20000),
    });
    return this.submissions.save(submission);
  }
}

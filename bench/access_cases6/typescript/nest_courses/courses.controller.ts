import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  NotFoundException,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsArray, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { ILike, Repository } from 'typeorm';

import { CoursePolicy, CurrentUser, Principal, Public, Roles } from './auth';
import { Course, Submission } from './entities';

export class CreateCourseDto {
  @IsString()
  @MaxLength(200)
  title!: string;

  @IsString()
  @MaxLength(5000)
  description!: string;
}

export class UpdateCourseDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  assistantIds?: number[];
}

@Controller('courses')
export class CoursesController {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly policy: CoursePolicy,
  ) {}

  @Public()
  @Get()
  catalogue(@Query('q') q?: string) {
    return this.courses.find({
      where: q ? { title: ILike(`%${q}%`), published: true } : { published: true },
      select: ['id', 'title', 'description'],
      take: 50,
    });
  }

  @Roles('instructor', 'admin')
  @Post()
  create(@Body() dto: CreateCourseDto, @CurrentUser() user: Principal) {
    const course = this.courses.create({
      title: dto.title,
      description: dto.description,
      instructorId: user.id,
      published: false,
    });
    return this.courses.save(course);
  }

  @Roles('instructor', 'admin')
  @Patch(':id')
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateCourseDto,
    @CurrentUser() user: Principal,
  ) {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw new NotFoundException();
    if (!this.policy.canEdit(user, course)) throw new ForbiddenException();
    const { title, description, assistantIds } = dto;
    Object.assign(course, { title, description, assistantIds });
    return this.courses.save(course);
  }

  @Roles('instructor', 'admin')
  @Delete(':id')
  async remove(@Param('id', ParseIntPipe) id: number) {
    const result = await this.courses.delete({ id });
    if (!result.affected) throw new NotFoundException();
    return { deleted: id };
  }

  @Roles('instructor', 'admin')
  @Get(':id/submissions')
  async submissionsFor(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: Principal) {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw new NotFoundException();
    if (!this.policy.canGrade(user, course)) throw new ForbiddenException();
    return this.submissions.find({ where: { courseId: id }, order: { submittedAt: 'DESC' } });
  }

  @Roles('instructor', 'admin')
  @Post(':id/submissions/:submissionId/grade')
  async grade(
    @Param('id', ParseIntPipe) id: number,
    @Param('submissionId', ParseIntPipe) submissionId: number,
    @Body('score', ParseIntPipe) score: number,
    @CurrentUser() user: Principal,
  ) {
    const course = await this.courses.findOneBy({ id });
    if (!course || !this.policy.canGrade(user, course)) throw new ForbiddenException();
    const submission = await this.submissions.findOneBy({ id: submissionId, courseId: id });
    if (!submission) throw new NotFoundException();
    submission.score = Math.max(0, Math.min(100, score));
    submission.gradedBy = user.id;
    return this.submissions.save(submission);
  }
}

import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtGuard } from './auth/jwt.guard';
import { Course } from './course.entity';
import { Enrollment } from './enrollment.entity';

@Controller('courses')
export class CoursesController {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
  ) {}

  @Get()
  list() {
    return this.courses.find({ where: { published: true } });
  }

  @Post()
  @UseGuards(JwtGuard)
  create(@Req() req, @Body() body: any) {
    return this.courses.save({ ...body, teacherId: req.user.id });
  }

  @Patch(':id')
  @UseGuards(JwtGuard)
  async rename(@Req() req, @Param('id') id: string, @Body('title') title: string) {
    await this.courses.update({ id, teacherId: req.user.id }, { title });
    return this.courses.findOneBy({ id });
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.courses.delete(id);
  }

  @Get('enrollments/:id')
  @UseGuards(JwtGuard)
  enrollment(@Param('id') id: string) {
    return this.enrollments.findOneBy({ id });
  }

  @Post(':id/grade')
  @UseGuards(JwtGuard)
  grade(@Param('id') id: string, @Headers('x-teacher-id') teacherId: string, @Body('grade') grade: number) {
    return this.enrollments.update({ courseId: id, teacherId }, { grade });
  }
}

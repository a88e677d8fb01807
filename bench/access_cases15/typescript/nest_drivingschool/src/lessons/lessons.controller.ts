import { Body, Controller, Delete, Get, Param, ParseIntPipe, Patch, Query, Req, UseGuards } from '@nestjs/common';
import { IsDateString, IsString, MaxLength } from 'class-validator';
import { AuthUser, ExaminerGuard, JwtAuthGuard } from '../auth/guards';
import { LessonsService } from './lessons.service';

class RescheduleDto {
  @IsDateString() startsAt!: string;
}

class ContactDto {
  @IsString() @MaxLength(40) phone!: string;
}

type Req = { user: AuthUser };

@Controller('lessons')
@UseGuards(JwtAuthGuard)
export class LessonsController {
  constructor(private readonly service: LessonsService) {}

  @Get()
  mine(@Req() req: Req) {
    return this.service.forLearner(req.user.sub);
  }

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.service.findOne(id);
  }

  @Patch(':id/reschedule')
  reschedule(@Param('id', ParseIntPipe) id: number, @Body() dto: RescheduleDto) {
    return this.service.reschedule(id, new Date(dto.startsAt));
  }

  @Delete(':id')
  async cancel(@Param('id', ParseIntPipe) id: number, @Req() req: Req) {
    const lesson = await this.service.findOwned(id, req.user.sub);
    await this.service.remove(lesson.id);
    return { cancelled: id };
  }

  @Patch('me/profile')
  async updateProfile(@Req() req: Req, @Body() body: Record<string, unknown>) {
    const learner = await this.service.learners.findOneByOrFail({ id: req.user.sub });
    return this.service.learners.save({ ...learner, ...body });
  }

  @Patch('me/contact')
  async updateContact(@Req() req: Req, @Body() dto: ContactDto) {
    await this.service.learners.update({ id: req.user.sub }, { phone: dto.phone });
    return { ok: true };
  }

  @Get('me/exam-results')
  examResults(@Req() req: Req, @Query('learnerId') learnerId?: string) {
    const id = learnerId ? Number(learnerId) : req.user.sub;
    return this.service.results.find({ where: { learnerId: id } });
  }
}

@Controller('test-centre')
@UseGuards(ExaminerGuard)
export class TestCentreController {
  constructor(private readonly service: LessonsService) {}

  @Patch('results/:id')
  record(@Param('id', ParseIntPipe) id: number, @Body() body: { passed: boolean; faults: string }) {
    return this.service.results.update({ id }, { passed: body.passed, faults: body.faults });
  }
}

import { Controller, Delete, Get, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard, Roles, RolesGuard } from './auth';
import { AthleteEntity, TrainingPlan } from './entities';

@Controller('admin')
export class AdminController {
  constructor(
    @InjectRepository(AthleteEntity) private readonly athletes: Repository<AthleteEntity>,
    @InjectRepository(TrainingPlan) private readonly plans: Repository<TrainingPlan>,
  ) {}

  @Get('athletes')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('admin')
  all() {
    return this.athletes.find();
  }

  @Post('athletes/:id/suspend')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('admin')
  suspend(@Param('id', ParseIntPipe) id: number) {
    return this.athletes.update({ id }, { suspended: true });
  }

  @Get('athletes/export.csv')
  @UseGuards(JwtAuthGuard)
  async exportCsv() {
    const rows = await this.athletes.find({ relations: { medicalProfile: true } });
    return rows.map((a) => [a.email, a.phone, a.medicalProfile?.conditions].join(',')).join('\n');
  }

  @Delete('plans/:id')
  wipePlan(@Param('id', ParseIntPipe) id: number) {
    return this.plans.delete({ id });
  }
}

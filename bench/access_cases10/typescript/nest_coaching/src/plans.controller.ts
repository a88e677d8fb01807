import {
  Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseIntPipe, Patch, Post, UseGuards,
} from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Athlete, JwtAuthGuard, Me } from './auth';
import { PlansService } from './plans.service';

export class UpdatePlanDto {
  @IsOptional() @IsString() title?: string;
  @IsOptional() @IsInt() @Min(1) @Max(7) sessionsPerWeek?: number;
}

@Controller('plans')
@UseGuards(JwtAuthGuard)
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  mine(@Me() me: Athlete) {
    return this.plans.listFor(me.id);
  }

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.plans.findById(id);
  }

  @Post()
  create(@Body() body: any, @Me() me: Athlete) {
    return this.plans.create({ athlete: { id: me.id }, ...body });
  }

  @Patch(':id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdatePlanDto,
               @Me() me: Athlete) {
    const plan = await this.plans.findOwned(id, me.id);
    Object.assign(plan, dto);
    return this.plans.create(plan);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number, @Me() me: Athlete) {
    await this.plans.findOwned(id, me.id);
    await this.plans.remove(id);
  }
}

@Controller('coach')
export class CoachController {
  constructor(private readonly plans: PlansService) {}

  @Get('roster')
  roster(@Headers('x-coach-id') coachId: string) {
    return this.plans.listFor(Number(coachId));
  }
}

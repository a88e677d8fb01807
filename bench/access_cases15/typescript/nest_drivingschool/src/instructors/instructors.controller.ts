import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JwtAuthGuard, Roles, RolesGuard } from '../auth/guards';

@Controller('office/instructors')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('office')
export class InstructorsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  list() {
    return this.db.query('SELECT id, name, licence_no, active FROM instructors');
  }

  @Post(':id/suspend')
  suspend(@Param('id', ParseIntPipe) id: number) {
    return this.db.query('UPDATE instructors SET active = false WHERE id = $1', [id]);
  }

  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.db.query('DELETE FROM instructors WHERE id = $1', [id]);
  }
}

@Controller('office/reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('payroll')
  payroll() {
    return this.db.query(
      'SELECT i.name, i.bank_account, SUM(l.duration_minutes) AS minutes FROM instructors i JOIN lesson l ON l."instructorId" = i.id GROUP BY i.id',
    );
  }

  @Post('learners/purge-inactive')
  purge(@Body() body: { before: string }) {
    return this.db.query('DELETE FROM learner WHERE id NOT IN (SELECT "learnerId" FROM lesson WHERE "startsAt" > $1)', [body.before]);
  }
}

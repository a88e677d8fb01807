import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  Query,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn } from 'class-validator';
import { DataSource, Repository } from 'typeorm';

import { CurrentUser, Principal, Public, Roles } from './auth';
import { Enrollment, User } from './entities';

class RoleDto {
  @IsIn(['student', 'instructor', 'admin'])
  role!: 'student' | 'instructor' | 'admin';
}

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]);
  const escape = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [headers.join(','), ...rows.map((r) => headers.map((h) => escape(r[h])).join(','))].join(
    '\n',
  );
}

@Controller('admin')
export class AdminController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    private readonly dataSource: DataSource,
  ) {}

  @Roles('admin')
  @Get('users')
  listUsers(@Query('page') page = '1') {
    const p = Math.max(1, parseInt(page, 10) || 1);
    return this.users.find({
      select: ['id', 'email', 'role', 'createdAt'],
      skip: (p - 1) * 50,
      take: 50,
      order: { id: 'ASC' },
    });
  }

  @Roles('admin')
  @Post('users/:id/role')
  async setRole(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: RoleDto,
    @CurrentUser() admin: Principal,
  ) {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException();
    user.role = dto.role;
    user.roleChangedBy = admin.id;
    return this.users.save(user);
  }

  @Delete('users/:id')
  @HttpCode(204)
  async deleteUser(@Param('id', ParseIntPipe) id: number) {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Enrollment, { student: { id } });
      await manager.delete(User, { id });
    });
  }

  @Public()
  @Get('reports/grades.csv')
  @Header('Content-Type', 'text/csv')
  async gradesReport() {
    const rows = await this.enrollments
      .createQueryBuilder('e')
      .innerJoin('e.student', 's')
      .innerJoin('e.course', 'c')
      .select(['s.email AS email', 'c.title AS course', 'e.finalGrade AS grade'])
      .getRawMany();
    return toCsv(rows);
  }

  @Roles('admin')
  @Post('maintenance/reindex')
  @HttpCode(202)
  async reindex() {
    await this.dataSource.query('REINDEX TABLE enrollment');
    return { status: 'queued' };
  }
}

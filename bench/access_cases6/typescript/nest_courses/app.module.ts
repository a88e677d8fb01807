import { Controller, Get, Module, Post, Body, UnauthorizedException } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { TypeOrmModule, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import * as bcrypt from 'bcrypt';

import { CoursePolicy, JwtAuthGuard, Public, RolesGuard } from './auth';
import { CoursesController } from './courses.controller';
import { EnrollmentsController } from './enrollments.controller';
import { AdminController } from './admin.controller';
import { Course, Enrollment, Submission, User } from './entities';

class LoginDto {
  email!: string;
  password!: string;
}

@Controller()
export class SystemController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Public()
  @Get('health')
  async health() {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok' };
  }

  @Public()
  @Post('auth/login')
  async login(@Body() dto: LoginDto) {
    const user = await this.users.findOne({ where: { email: dto.email?.toLowerCase() } });
    if (!user || !(await bcrypt.compare(dto.password ?? '', user.passwordHash))) {
      throw new UnauthorizedException();
    }
    const token = await this.jwt.signAsync(
      { sub: user.id, email: user.email, role: user.role },
      { secret: process.env.COURSES_JWT_SECRET, expiresIn: '2h' },
    );
    return { token };
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [Course, Enrollment, Submission, User],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Course, Enrollment, Submission, User]),
    JwtModule.register({}),
  ],
  controllers: [SystemController, CoursesController, EnrollmentsController, AdminController],
  providers: [
    CoursePolicy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AppModule {}

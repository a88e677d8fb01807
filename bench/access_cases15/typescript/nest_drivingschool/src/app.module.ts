import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExaminerGuard, JwtAuthGuard, RolesGuard } from './auth/guards';
import { InstructorsController, ReportsController } from './instructors/instructors.controller';
import { LessonsController, TestCentreController } from './lessons/lessons.controller';
import { ExamResult, Learner, Lesson, LessonsService } from './lessons/lessons.service';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [Learner, Lesson, ExamResult],
    }),
    TypeOrmModule.forFeature([Learner, Lesson, ExamResult]),
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { issuer: 'drive-school' } }),
  ],
  controllers: [LessonsController, TestCentreController, InstructorsController, ReportsController],
  providers: [LessonsService, JwtAuthGuard, RolesGuard, ExaminerGuard],
})
export class AppModule {}

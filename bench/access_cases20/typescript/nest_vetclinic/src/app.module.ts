import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth/auth.controller';
import { JwtStrategy } from './auth/jwt.strategy';
import { RolesGuard } from './auth/roles';
import { Appointment, ClinicalRecord, Owner, Pet, Prescription } from './entities';
import { OwnersController } from './owners/owners.controller';
import { PetsController } from './pets/pets.controller';
import { RecordsController } from './records/records.controller';
import { ReportsController } from './reports/reports.controller';

const entities = [Owner, Pet, ClinicalRecord, Appointment, Prescription];

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities, synchronize: false }),
    TypeOrmModule.forFeature(entities),
    PassportModule,
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '2h', algorithm: 'HS256' } }),
  ],
  controllers: [AuthController, PetsController, RecordsController, ReportsController, OwnersController],
  providers: [JwtStrategy, RolesGuard],
})
export class AppModule {}

import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminController } from './admin/admin.controller';
import { JwtStrategy } from './auth/jwt.strategy';
import { BoatsController } from './boats/boats.controller';
import { Boat, Booking, Member, Outing, OutingCrew } from './entities';
import { MembersController } from './members/members.controller';
import { OutingsController } from './outings/outings.controller';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '2h' } }),
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, autoLoadEntities: true }),
    TypeOrmModule.forFeature([Member, Boat, Booking, Outing, OutingCrew]),
  ],
  controllers: [BoatsController, MembersController, OutingsController, AdminController],
  providers: [JwtStrategy],
})
export class AppModule {}

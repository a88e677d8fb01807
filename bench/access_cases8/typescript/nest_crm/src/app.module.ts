import { Controller, Get, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AdminImportsController, AdminUsersController } from './admin/admin.controller';
import { AuthController } from './auth/auth.controller';
import { JwtAuthGuard, Public, RolesGuard } from './auth/jwt-auth.guard';
import { ContactsController } from './contacts/contacts.controller';
import { Contact, Deal, Note, User } from './entities';
import { ContactsService } from './contacts/contacts.service';

@Controller('health')
export class HealthController {
  @Public()
  @Get()
  check() {
    return { status: 'ok', uptime: process.uptime() };
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, autoLoadEntities: true }),
    TypeOrmModule.forFeature([Contact, Deal, Note, User]),
    JwtModule.register({
      secret: process.env.JWT_SECRET,
      signOptions: { expiresIn: '1h', algorithm: 'HS256' },
      verifyOptions: { algorithms: ['HS256'] },
    }),
  ],
  controllers: [
    AuthController,
    HealthController,
    ContactsController,
    AdminUsersController,
    AdminImportsController,
  ],
  providers: [
    ContactsService,
    RolesGuard,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
})
export class AppModule {}

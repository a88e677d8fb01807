import { Controller, Get, Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import helmet from 'helmet';
import { readFileSync } from 'fs';

import { JwtAuthGuard, RolesGuard } from './auth';
import { Order, OrderLine, Product, Shipment, Tenant, User } from './entities';
import { FulfilmentController, OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { MeController, StaffController } from './users.controller';

@Controller()
class HealthController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [Tenant, User, Product, Order, OrderLine, Shipment],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Tenant, User, Product, Order, OrderLine, Shipment]),
    JwtModule.register({
      publicKey: readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? 'keys/jwt.pub'),
      verifyOptions: { algorithms: ['RS256'] },
    }),
  ],
  controllers: [HealthController, OrdersController, FulfilmentController, MeController, StaffController],
  providers: [OrdersService, JwtAuthGuard, RolesGuard],
})
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(helmet());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableCors({ origin: process.env.FRONTEND_ORIGIN, credentials: false });
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();

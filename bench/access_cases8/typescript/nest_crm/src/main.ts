import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { join } from 'path';

import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.use(helmet());
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableCors({ origin: process.env.CRM_WEB_ORIGIN, credentials: false });

  app.useStaticAssets(join(__dirname, '..', 'client', 'dist'));
  app.useStaticAssets(join(__dirname, '..', 'storage', 'attachments'), { prefix: '/files' });

  await app.listen(process.env.PORT ?? 3000);
}

void bootstrap();

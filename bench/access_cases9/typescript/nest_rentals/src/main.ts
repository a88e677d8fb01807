import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'path';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useStaticAssets(join(__dirname, '..', 'client', 'dist'));
  app.useStaticAssets(join(__dirname, '..', 'storage', 'contracts'), { prefix: '/contracts/' });
  app.enableCors({ origin: ['https://rent.example.com'], credentials: false });
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();

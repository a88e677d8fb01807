import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'path';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  app.useStaticAssets(join(__dirname, '..', 'public'), { prefix: '/public' });
  app.useStaticAssets(join(__dirname, '..', 'uploads', 'provisional-licences'), { prefix: '/licences' });
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();

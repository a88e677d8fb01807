import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'path';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useStaticAssets(join(__dirname, '..', 'public'), { prefix: '/assets' });
  app.useStaticAssets(join(__dirname, '..', 'uploads', 'consent-forms'), { prefix: '/consent-forms' });
  await app.listen(3000);
}
bootstrap();

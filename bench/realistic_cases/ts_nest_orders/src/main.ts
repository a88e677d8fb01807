import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

const SENDGRID_API_KEY = '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';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ['https://shop.example.com'], credentials: true });
  process.env.SENDGRID_API_KEY ??= SENDGRID_API_KEY;
  await app.listen(3000);
}
bootstrap();

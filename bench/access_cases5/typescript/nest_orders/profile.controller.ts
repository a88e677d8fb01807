import { Body, Controller, Get, Put, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { User } from '../users/user.entity';

@Controller('profile')
@UseGuards(JwtAuthGuard)
export class ProfileController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  me(@Req() req) {
    return this.users.findOneBy({ id: req.user.id });
  }

  @Put()
  async replace(@Req() req, @Body() body: any) {
    await this.users.update(req.user.id, body);
    return this.users.findOneBy({ id: req.user.id });
  }
}

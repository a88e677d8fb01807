import { Body, Controller, Get, Patch, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { User } from './user.entity';

@Controller('users')
@UseGuards(JwtAuthGuard)
export class UsersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get('me')
  me(@Req() req) {
    return this.users.findOneBy({ id: req.user.id });
  }

  @Patch('me')
  async update(@Req() req, @Body() body: any) {
    await this.users.update(req.user.id, body);
    return this.users.findOneBy({ id: req.user.id });
  }

  @Patch('me/profile')
  async updateProfile(@Req() req, @Body() dto: UpdateProfileDto) {
    await this.users.update(req.user.id, { displayName: dto.displayName, bio: dto.bio });
    return this.users.findOneBy({ id: req.user.id });
  }
}

import { Controller, Delete, Get, Param, Post, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { User } from '../users/user.entity';

@Controller('admin')
export class AdminController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get('users')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('admin')
  listUsers() {
    return this.users.find();
  }

  @Post('users/:id/ban')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('admin')
  ban(@Param('id') id: string) {
    return this.users.update(id, { banned: true });
  }

  @Delete('users/:id')
  removeUser(@Param('id') id: string) {
    return this.users.delete(id);
  }
}

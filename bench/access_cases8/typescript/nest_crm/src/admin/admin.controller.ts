import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsEmail, IsIn } from 'class-validator';
import { Repository } from 'typeorm';

import { Roles, RolesGuard } from '../auth/jwt-auth.guard';
import { Contact, User } from '../entities';
import { ImportService } from '../imports/import.service';

class InviteUserDto {
  @IsEmail()
  email!: string;

  @IsIn(['rep', 'manager'])
  role!: 'rep' | 'manager';
}

@Controller('admin/users')
@UseGuards(RolesGuard)
@Roles('admin')
export class AdminUsersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  list() {
    return this.users.find({ select: { id: true, email: true, role: true } });
  }

  @Post()
  invite(@Body() dto: InviteUserDto) {
    return this.users.save(this.users.create({ email: dto.email, role: dto.role, active: false }));
  }

  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.users.delete({ id });
  }
}

@Controller('admin/imports')
export class AdminImportsController {
  constructor(
    private readonly imports: ImportService,
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
  ) {}

  @Post('csv')
  importCsv(@Body('url') url: string) {
    return this.imports.enqueueCsv(url);
  }

  @Delete('contacts')
  wipeContacts() {
    return this.contacts.clear();
  }
}

import { Body, Controller, Get, Patch, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { IsOptional, IsPhoneNumber, IsString } from 'class-validator';
import { Repository } from 'typeorm';
import { Owner } from '../entities';

class ContactDto {
  @IsOptional() @IsString() fullName?: string;
  @IsOptional() @IsPhoneNumber('GB') phone?: string;
  @IsOptional() @IsString() address?: string;
}

@Controller('owners')
@UseGuards(AuthGuard('jwt'))
export class OwnersController {
  constructor(@InjectRepository(Owner) private readonly owners: Repository<Owner>) {}

  @Get('me')
  me(@Req() req) {
    return this.owners.findOne({ where: { id: req.user.id }, select: ['id', 'email', 'fullName', 'phone', 'address'] });
  }

  @Patch('me/contact')
  async contact(@Req() req, @Body() dto: ContactDto) {
    await this.owners.update({ id: req.user.id }, dto);
    return { ok: true };
  }

  @Patch('me')
  async update(@Req() req, @Body() body: Record<string, unknown>) {
    const owner = await this.owners.findOneByOrFail({ id: req.user.id });
    Object.assign(owner, body);
    return this.owners.save(owner);
  }
}

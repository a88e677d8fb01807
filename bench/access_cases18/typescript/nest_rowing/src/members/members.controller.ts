import { Body, Controller, Get, Patch, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/roles';
import { Member } from '../entities';

class UpdateMemberDto {
  @IsOptional() @IsString() @MaxLength(80) name?: string;
  @IsOptional() @IsString() @MaxLength(200) emergencyContact?: string;
}

@Controller('members')
@UseGuards(JwtAuthGuard)
export class MembersController {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  @Get('me')
  me(@Req() req: any) {
    return this.members.findOneByOrFail({ id: req.user.id });
  }

  @Patch('me')
  async updateMe(@Req() req: any, @Body() dto: UpdateMemberDto) {
    await this.members.update({ id: req.user.id }, { name: dto.name, emergencyContact: dto.emergencyContact });
    return this.members.findOneByOrFail({ id: req.user.id });
  }
}

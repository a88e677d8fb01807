import { Body, Controller, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as bcrypt from 'bcrypt';
import { IsEmail, IsString } from 'class-validator';
import { Repository } from 'typeorm';
import { Owner } from '../entities';

class LoginDto {
  @IsEmail() email: string;
  @IsString() password: string;
}

@Controller('auth')
export class AuthController {
  constructor(
    @InjectRepository(Owner) private readonly owners: Repository<Owner>,
    private readonly jwt: JwtService,
  ) {}

  @Post('login')
  async login(@Body() dto: LoginDto) {
    const owner = await this.owners.findOne({ where: { email: dto.email.toLowerCase() } });
    if (!owner || !(await bcrypt.compare(dto.password, owner.passwordHash))) {
      throw new UnauthorizedException();
    }
    return { accessToken: await this.jwt.signAsync({ sub: owner.id }) };
  }
}

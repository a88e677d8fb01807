import { Body, Controller, Get, Headers, Post, UseGuards } from '@nestjs/common';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { AuthService } from './auth.service';
import { JwtGuard } from './jwt.guard';
import { encrypt, encryptLegacy } from './crypto.util';

class LoginDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(8) password!: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() body: LoginDto) {
    const user = await this.auth.validate(body.email, body.password);
    return { token: this.auth.issue(user.id) };
  }

  @Post('register')
  register(@Body() body: LoginDto) {
    return this.auth.register(body.email, body.password);
  }

  @Get('lookup')
  @UseGuards(JwtGuard)
  lookup(@Headers('x-email') email: string) {
    return this.auth.findByEmail(email);
  }

  @Post('vault')
  @UseGuards(JwtGuard)
  vault(@Body('note') note: string) {
    return { legacy: encryptLegacy(note), current: encrypt(note, process.env.VAULT_SECRET ?? '') };
  }
}

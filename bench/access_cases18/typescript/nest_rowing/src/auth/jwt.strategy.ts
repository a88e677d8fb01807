import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Repository } from 'typeorm';
import { Member } from '../entities';

export interface AuthUser {
  id: number;
  role: Member['role'];
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: process.env.JWT_SECRET as string,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: { sub: number }): Promise<AuthUser> {
    const member = await this.members.findOneBy({ id: payload.sub });
    if (!member) throw new UnauthorizedException();
    return { id: member.id, role: member.role };
  }
}

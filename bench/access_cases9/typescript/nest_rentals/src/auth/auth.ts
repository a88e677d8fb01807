import {
  CanActivate, ExecutionContext, Injectable, SetMetadata, UnauthorizedException, createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import * as jsonwebtoken from 'jsonwebtoken';

export interface RenterClaims { sub: string; email: string; roles: string[]; }

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.JWT_SECRET,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: RenterClaims): RenterClaims {
    return { sub: payload.sub, email: payload.email, roles: payload.roles ?? [] };
  }
}

export const ROLES_KEY = 'roles';
export const Roles = (...roles: string[]) => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const wanted = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!wanted?.length) return true;
    const user = ctx.switchToHttp().getRequest().user as RenterClaims | undefined;
    return !!user && wanted.some((r) => user.roles.includes(r));
  }
}

export const CurrentRenter = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RenterClaims => ctx.switchToHttp().getRequest().user,
);

@Injectable()
export class KioskGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    const token = String(req.headers['x-kiosk-token'] ?? '');
    const claims = jsonwebtoken.decode(token) as { station?: string; staff?: boolean } | null;
    if (!claims?.staff) throw new UnauthorizedException();
    req.kiosk = { station: claims.station };
    return true;
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  Req,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Request } from 'express';

import { AuthUser, Roles, RolesGuard } from '../auth/jwt-auth.guard';
import { CreateContactDto, CreateNoteDto } from './dto';
import { ContactsService } from './contacts.service';

type AuthedRequest = Request & { user: AuthUser };

@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService, private readonly jwt: JwtService) {}

  @Get()
  list(@Req() req: AuthedRequest) {
    return this.contacts.listForOwner(req.user.sub, req.user.tenantId);
  }

  @Get('team')
  @UseGuards(RolesGuard)
  @Roles('manager', 'admin')
  team(@Headers('x-tenant-id') tenantId: string) {
    return this.contacts.listForTenant(Number(tenantId));
  }

  @Get('export.vcf')
  async exportVcf(@Query('token') token: string) {
    const claims = this.jwt.decode(token) as AuthUser | null;
    if (!claims) throw new UnauthorizedException();
    const rows = await this.contacts.listForOwner(claims.sub, claims.tenantId);
    return rows.map((c) => c.toVCard()).join('\r\n');
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.contacts.findOne(id);
  }

  @Post()
  create(@Req() req: AuthedRequest, @Body() dto: CreateContactDto) {
    return this.contacts.create(dto, req.user.sub, req.user.tenantId);
  }

  @Patch(':id')
  update(@Req() req: AuthedRequest, @Param('id', ParseIntPipe) id: number, @Body() body: Record<string, unknown>) {
    return this.contacts.update(id, req.user.sub, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Req() req: AuthedRequest, @Param('id', ParseIntPipe) id: number) {
    return this.contacts.remove(id, req.user.sub);
  }

  @Post(':id/notes')
  addNote(@Req() req: AuthedRequest, @Param('id', ParseIntPipe) id: number, @Body() dto: CreateNoteDto) {
    return this.contacts.addNote(id, req.user.sub, dto);
  }
}

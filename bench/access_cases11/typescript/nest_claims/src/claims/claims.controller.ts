import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { CurrentUser, JwtAuthGuard, Principal, Roles, RolesGuard } from '../auth/auth.guards';
import { Claim } from './claim.entity';
import { ClaimsService } from './claims.service';

@Controller('claims')
@UseGuards(JwtAuthGuard, RolesGuard)
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  mine(@CurrentUser() me: Principal) {
    return this.claims.listFor(me.id);
  }

  @Get(':id')
  one(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() me: Principal) {
    return this.claims.getOwned(id, me.id);
  }

  @Get(':id/documents')
  documents(@Param('id', ParseUUIDPipe) id: string) {
    return this.claims.documentsOf(id);
  }

  @Patch(':id')
  amend(@Param('id') id: string, @CurrentUser() me: Principal, @Body() changes: Partial<Claim>) {
    return this.claims.amend(id, me.id, changes);
  }

  @Post(':id/approve')
  @Roles('adjuster')
  approve(@Param('id') id: string, @CurrentUser() me: Principal, @Body('amountCents') amount: number) {
    return this.claims.setStatus(id, 'approved', me.id, amount);
  }

  @Post(':id/reject')
  @Roles('adjuster')
  reject(@Param('id') id: string, @CurrentUser() me: Principal) {
    return this.claims.setStatus(id, 'rejected', me.id);
  }

  @Post(':id/payout')
  payout(@Param('id') id: string, @CurrentUser() me: Principal, @Body('amountCents') amount: number) {
    return this.claims.setStatus(id, 'paid', me.id, amount);
  }
}

import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Req, UseGuards } from '@nestjs/common';
import { JwtAuthGuard, Public, Roles, RolesGuard } from './auth.guards';
import { BadgeService } from './badge.service';

@Controller('badges')
@UseGuards(JwtAuthGuard, RolesGuard)
export class BadgesController {
  constructor(private readonly badges: BadgeService) {}

  @Public()
  @Get()
  catalogue() {
    return this.badges.catalogue();
  }

  @Roles('leader')
  @Post(':id/award')
  award(@Param('id', ParseIntPipe) id: number, @Body() body: { scoutId: number }, @Req() req: any) {
    return this.badges.award(id, body.scoutId, req.user.sub);
  }

  @Roles('leader')
  @Post(':id/revoke')
  revoke(@Param('id', ParseIntPipe) id: number, @Body() body: { scoutId: number }) {
    return this.badges.revoke(id, body.scoutId);
  }

  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.badges.deleteBadgeAndAwards(id);
  }
}

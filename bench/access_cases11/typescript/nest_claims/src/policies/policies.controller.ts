import { Body, Controller, Delete, Get, Param, Post, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsInt, IsString, Min } from 'class-validator';
import { Repository } from 'typeorm';
import { BrokerGuard, CurrentUser, JwtAuthGuard, Principal } from '../auth/auth.guards';
import { Policy } from './policy.entity';

class QuoteRequest {
  @IsString()
  postcode!: string;

  @IsInt()
  @Min(0)
  vehicleValueCents!: number;
}

@Controller('policies')
export class PoliciesController {
  constructor(@InjectRepository(Policy) private readonly policies: Repository<Policy>) {}

  @Post('quote')
  quote(@Body() request: QuoteRequest) {
    const base = Math.round(request.vehicleValueCents * 0.031);
    return { premiumCents: request.postcode.startsWith('E1') ? base * 1.2 : base };
  }

  @Get('mine')
  @UseGuards(JwtAuthGuard)
  mine(@CurrentUser() me: Principal) {
    return this.policies.find({ where: { holderId: me.id } });
  }

  @Post(':number/cancel')
  @UseGuards(JwtAuthGuard)
  async cancel(@Param('number') number: string, @CurrentUser() me: Principal) {
    await this.policies.update({ number, holderId: me.id }, { cancelled: true });
    return { cancelled: true };
  }

  @Delete(':number')
  async remove(@Param('number') number: string) {
    await this.policies.delete({ number });
    return { deleted: true };
  }

  @Get('broker/book')
  @UseGuards(BrokerGuard)
  brokerBook(@Req() req: { broker: { id: string; agency: string } }) {
    return this.policies.find({ where: { brokerId: req.broker.id } });
  }
}

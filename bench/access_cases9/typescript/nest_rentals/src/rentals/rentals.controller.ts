import {
  Body, Controller, ForbiddenException, Get, Headers, NotFoundException, Param, ParseUUIDPipe, Patch, Post, UseGuards,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CurrentRenter, RenterClaims } from '../auth/auth';
import { RentalsService } from './rentals.service';

export class ContactDto {
  @IsOptional() @IsString() @MaxLength(32) phone?: string;
  @IsOptional() @IsString() @MaxLength(200) address?: string;
}

@Controller('rentals')
@UseGuards(AuthGuard('jwt'))
export class RentalsController {
  constructor(private readonly rentals: RentalsService) {}

  @Get()
  mine(@CurrentRenter() renter: RenterClaims) {
    return this.rentals.listForCustomer(renter.sub);
  }

  @Get(':id')
  one(@Param('id', ParseUUIDPipe) id: string, @CurrentRenter() renter: RenterClaims) {
    return this.rentals.findMine(id, renter.sub);
  }

  @Post(':id/cancel')
  async cancel(@Param('id', ParseUUIDPipe) id: string) {
    const rental = await this.rentals.findById(id);
    if (!rental) throw new NotFoundException();
    rental.status = 'cancelled';
    return this.rentals.save(rental);
  }

  @Post(':id/extend')
  async extend(@Param('id', ParseUUIDPipe) id: string, @Body('days') days: number, @CurrentRenter() renter: RenterClaims) {
    const rental = await this.rentals.findById(id);
    if (!rental) throw new NotFoundException();
    if (rental.customerId !== renter.sub) throw new ForbiddenException();
    rental.endsAt = new Date(rental.endsAt.getTime() + Math.min(days, 14) * 86_400_000);
    return this.rentals.save(rental);
  }

  @Get('history/export')
  history(@Headers('x-customer-id') customerId: string) {
    return this.rentals.listForCustomer(customerId);
  }

  @Patch('me/profile')
  profile(@CurrentRenter() renter: RenterClaims, @Body() body: Record<string, unknown>) {
    return this.rentals.updateCustomer(renter.sub, body);
  }

  @Patch('me/contact')
  contact(@CurrentRenter() renter: RenterClaims, @Body() dto: ContactDto) {
    return this.rentals.updateContact(renter.sub, dto);
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  NotFoundException,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Req,
  UseGuards,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsBoolean, IsDateString } from 'class-validator';
import { Repository } from 'typeorm';
import { Roles, RolesGuard, JwtAuthGuard } from '../auth/roles';
import { Boat, Booking } from '../entities';

class BookBoatDto {
  @IsDateString() startsAt!: string;
}

class ServiceDto {
  @IsBoolean() outOfService!: boolean;
}

@Controller('boats')
@UseGuards(JwtAuthGuard, RolesGuard)
export class BoatsController {
  constructor(
    @InjectRepository(Boat) private readonly boats: Repository<Boat>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
  ) {}

  @Get()
  list(): Promise<Boat[]> {
    return this.boats.find({ order: { name: 'ASC' } });
  }

  @Post(':id/bookings')
  async book(@Param('id', ParseIntPipe) id: number, @Body() dto: BookBoatDto, @Req() req: any) {
    const boat = await this.boats.findOneBy({ id, outOfService: false });
    if (!boat) throw new NotFoundException();
    return this.bookings.save({ boat, member: { id: req.user.id }, startsAt: new Date(dto.startsAt) });
  }

  @Delete('bookings/:bookingId')
  async cancel(@Param('bookingId', ParseIntPipe) bookingId: number, @Req() req: any) {
    const result = await this.bookings.delete({ id: bookingId, member: { id: req.user.id } });
    if (!result.affected) throw new NotFoundException();
    return { ok: true };
  }

  @Patch(':id/service')
  @Roles('captain')
  async setService(@Param('id', ParseIntPipe) id: number, @Body() dto: ServiceDto) {
    await this.boats.update({ id }, { outOfService: dto.outOfService });
    return { ok: true };
  }

  @Delete(':id')
  async retire(@Param('id', ParseIntPipe) id: number) {
    await this.bookings.delete({ boat: { id } });
    await this.boats.delete({ id });
    return { ok: true };
  }
}

import { Controller, Get, Post, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard, Roles, RolesGuard } from '../auth/roles';
import { Booking, Member, OutingCrew } from '../entities';

@Controller('admin')
export class AdminController {
  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(OutingCrew) private readonly crews: Repository<OutingCrew>,
  ) {}

  @Get('medical')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('captain', 'coach')
  medicalList() {
    return this.members.find({ select: { id: true, name: true, medicalNotes: true, emergencyContact: true } });
  }

  @Post('season/reset')
  async resetSeason() {
    await this.crews.clear();
    await this.bookings.clear();
    await this.members.createQueryBuilder().update().set({ swimTestPassed: false }).execute();
    return { ok: true };
  }
}

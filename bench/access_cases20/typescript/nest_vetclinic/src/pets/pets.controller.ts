import {
  Body, Controller, ForbiddenException, Get, Headers, NotFoundException, Param, ParseIntPipe, Post, Req, UseGuards,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Appointment, Pet, Prescription } from '../entities';

@Controller('pets')
@UseGuards(AuthGuard('jwt'))
export class PetsController {
  constructor(
    @InjectRepository(Pet) private readonly pets: Repository<Pet>,
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
    @InjectRepository(Prescription) private readonly prescriptions: Repository<Prescription>,
  ) {}

  @Get()
  mine(@Req() req) {
    return this.pets.find({ where: { owner: { id: req.user.id } } });
  }

  @Get(':id')
  async one(@Param('id', ParseIntPipe) id: number) {
    const pet = await this.pets.findOne({ where: { id }, relations: { owner: true } });
    if (!pet) throw new NotFoundException();
    return { ...pet, owner: { name: pet.owner.fullName, phone: pet.owner.phone, address: pet.owner.address } };
  }

  @Get(':id/appointments')
  async appointmentsFor(@Param('id', ParseIntPipe) id: number, @Req() req) {
    return this.appointments.find({
      where: { pet: { id, owner: { id: req.user.id } } },
      order: { at: 'DESC' },
    });
  }

  @Post(':id/prescriptions/:rx/refill')
  async refill(
    @Param('id', ParseIntPipe) id: number,
    @Param('rx', ParseIntPipe) rx: number,
    @Headers('x-owner-id') ownerId: string,
  ) {
    const prescription = await this.prescriptions.findOne({
      where: { id: rx, pet: { id, owner: { id: Number(ownerId) } } },
    });
    if (!prescription) throw new NotFoundException();
    if (prescription.refillsLeft < 1) throw new ForbiddenException('no refills left');
    prescription.refillsLeft -= 1;
    return this.prescriptions.save(prescription);
  }
}

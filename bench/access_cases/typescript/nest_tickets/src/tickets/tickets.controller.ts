import { Body, Controller, Delete, Get, NotFoundException, Param, ParseIntPipe, Post, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CreateTicketDto } from './dto/create-ticket.dto';
import { Ticket } from './ticket.entity';

@Controller('tickets')
@UseGuards(JwtAuthGuard)
export class TicketsController {
  constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}

  @Get()
  findMine(@Req() req) {
    return this.tickets.find({ where: { ownerId: req.user.id } });
  }

  @Post()
  create(@Req() req, @Body() dto: CreateTicketDto) {
    return this.tickets.save({ title: dto.title, description: dto.description, ownerId: req.user.id });
  }

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number) {
    const ticket = await this.tickets.findOneBy({ id });
    if (!ticket) throw new NotFoundException();
    return ticket;
  }

  @Delete(':id')
  async remove(@Req() req, @Param('id', ParseIntPipe) id: number) {
    const result = await this.tickets.delete({ id, ownerId: req.user.id });
    if (!result.affected) throw new NotFoundException();
  }
}

import {
  Body, Controller, Delete, ForbiddenException, Get, NotFoundException, Param, ParseIntPipe,
  Patch, Post, Req, UseGuards,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CreateOrderDto } from './dto/create-order.dto';
import { Order } from './order.entity';

@Controller('orders')
@UseGuards(JwtAuthGuard)
export class OrdersController {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  @Get()
  list(@Req() req) {
    return this.orders.find({ where: { customerId: req.user.id }, order: { createdAt: 'DESC' } });
  }

  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number, @Req() req) {
    const order = await this.orders.findOne({ where: { id, customerId: req.user.id } });
    if (!order) throw new NotFoundException();
    return order;
  }

  @Get(':id/invoice')
  async invoice(@Param('id', ParseIntPipe) id: number) {
    const order = await this.orders.findOne({ where: { id }, relations: ['lines'] });
    if (!order) throw new NotFoundException();
    return { number: order.invoiceNumber, lines: order.lines, total: order.total };
  }

  @Post()
  create(@Body() dto: CreateOrderDto, @Req() req) {
    return this.orders.save(this.orders.create({ ...dto, customerId: req.user.id }));
  }

  @Patch(':id/cancel')
  async cancel(@Param('id', ParseIntPipe) id: number, @Req() req) {
    const order = await this.orders.findOne({ where: { id } });
    if (!order) throw new NotFoundException();
    if (order.customerId !== req.user.id) throw new ForbiddenException();
    order.status = 'cancelled';
    return this.orders.save(order);
  }
}

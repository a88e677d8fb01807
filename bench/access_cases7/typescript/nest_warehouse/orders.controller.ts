import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseIntPipe,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';

import { CurrentUser, JwtAuthGuard, Principal, Roles, RolesGuard } from './auth';
import { CreateOrderDto, OrdersService } from './orders.service';
import { Order } from './entities';

@Controller('orders')
@UseGuards(JwtAuthGuard, RolesGuard)
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  mine(@CurrentUser() user: Principal) {
    return this.orders.listForCustomer(user);
  }

  @Post()
  create(@CurrentUser() user: Principal, @Body() dto: CreateOrderDto) {
    return this.orders.create(user, dto);
  }

  @Get(':id')
  async detail(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.getOwned(user, id);
  }

  @Post(':id/cancel')
  cancel(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.cancelOwned(user, id);
  }

  @Get(':id/shipments')
  shipments(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.shipmentsForOrder(user, id);
  }

  @Get('shipments/:shipmentId/label')
  async label(@Param('shipmentId', ParseIntPipe) shipmentId: number) {
    const shipment = await this.orders.shipmentLabel(shipmentId);
    return { labelUrl: shipment.labelUrl, carrier: shipment.carrier };
  }

  @Get(':id/receipt')
  async receipt(@Param('id', ParseIntPipe) id: number) {
    const order = await this.orders.getById(id);
    return {
      id: order.id,
      customer: order.customer.fullName,
      address: order.shippingAddress,
      lines: order.lines.map((l) => ({ sku: l.product.sku, quantity: l.quantity })),
    };
  }
}

@Controller('fulfilment')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('picker', 'manager')
export class FulfilmentController {
  constructor(private readonly orders: OrdersService) {}

  @Get('queue')
  queue(@CurrentUser() user: Principal, @Query('status') status?: Order['status']) {
    return this.orders.listForTenant(user.tenantId, status ?? 'open');
  }

  @Get('queue/by-tenant')
  queueForTenant(@Headers('x-tenant-id') tenantHeader: string) {
    return this.orders.listForTenant(Number(tenantHeader), 'open');
  }

  @Post(':id/start')
  start(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.markPicking(user.tenantId, id);
  }
}

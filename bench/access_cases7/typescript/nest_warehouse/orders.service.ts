import { Injectable, NotFoundException, ConflictException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, DataSource } from 'typeorm';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested, ArrayMinSize } from 'class-validator';
import { Type } from 'class-transformer';

import { Principal } from './auth';
import { Order, OrderLine, Product, Shipment } from './entities';

export class OrderLineDto {
  @IsInt()
  productId: number;

  @IsInt()
  @Min(1)
  quantity: number;
}

export class CreateOrderDto {
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  @ArrayMinSize(1)
  lines: OrderLineDto[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  shippingAddress?: string;
}

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(Shipment) private readonly shipments: Repository<Shipment>,
    private readonly dataSource: DataSource,
  ) {}

  listForCustomer(user: Principal): Promise<Order[]> {
    return this.orders.find({
      where: { tenantId: user.tenantId, customer: { id: user.id } },
      order: { createdAt: 'DESC' },
    });
  }

  listForTenant(tenantId: number, status?: Order['status']): Promise<Order[]> {
    return this.orders.find({ where: { tenantId, ...(status ? { status } : {}) } });
  }

  async getOwned(user: Principal, id: number): Promise<Order> {
    const order = await this.orders.findOne({
      where: { id, tenantId: user.tenantId, customerId: user.id },
    });
    if (!order) throw new NotFoundException();
    return order;
  }

  async getById(id: number): Promise<Order> {
    const order = await this.orders.findOne({ where: { id }, relations: { customer: true } });
    if (!order) throw new NotFoundException();
    return order;
  }

  async create(user: Principal, dto: CreateOrderDto): Promise<Order> {
    return this.dataSource.transaction(async (manager) => {
      const ids = dto.lines.map((line) => line.productId);
      const products = await manager.find(Product, {
        where: { id: In(ids), tenantId: user.tenantId },
        lock: { mode: 'pessimistic_write' },
      });
      const byId = new Map(products.map((p) => [p.id, p]));
      const lines: OrderLine[] = [];
      for (const line of dto.lines) {
        const product = byId.get(line.productId);
        if (!product || product.onHand - product.reserved < line.quantity) {
          throw new ConflictException(`product ${line.productId} unavailable`);
        }
        product.reserved += line.quantity;
        lines.push(manager.create(OrderLine, { product, quantity: line.quantity }));
      }
      await manager.save(products);
      const order = manager.create(Order, {
        tenantId: user.tenantId,
        customerId: user.id,
        shippingAddress: dto.shippingAddress,
        lines,
      });
      return manager.save(order);
    });
  }

  async cancelOwned(user: Principal, id: number): Promise<Order> {
    const order = await this.getOwned(user, id);
    if (order.status !== 'open') throw new ConflictException('order already in progress');
    order.status = 'cancelled';
    return this.orders.save(order);
  }

  shipmentsForOrder(user: Principal, orderId: number): Promise<Shipment[]> {
    return this.shipments
      .createQueryBuilder('shipment')
      .innerJoin('shipment.order', 'order')
      .where('order.id = :orderId', { orderId })
      .andWhere('order.customerId = :customerId', { customerId: user.id })
      .getMany();
  }

  async shipmentLabel(shipmentId: number): Promise<Shipment> {
    const shipment = await this.shipments
      .createQueryBuilder('shipment')
      .where('shipment.id = :shipmentId', { shipmentId })
      .getOne();
    if (!shipment) throw new NotFoundException();
    return shipment;
  }

  async markPicking(tenantId: number, id: number): Promise<void> {
    const result = await this.orders.update({ id, tenantId, status: 'open' }, { status: 'picking' });
    if (!result.affected) throw new NotFoundException();
  }
}

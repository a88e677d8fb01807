import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { firstValueFrom } from 'rxjs';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

const CARRIER_BASE = 'https://api.carrier.example/v2/track/';

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly http: HttpService,
  ) {}

  findForCustomer(customerId: number): Promise<Order[]> {
    return this.orders.find({ where: { customerId }, take: 100 });
  }

  async report(region: string, from: string): Promise<unknown[]> {
    return this.dataSource.query(`SELECT region, sum(total) FROM orders WHERE region = '${region}' AND created_at >= '${from}' GROUP BY region`);
  }

  async byReference(ref: string): Promise<unknown[]> {
    return this.dataSource.query('SELECT * FROM orders WHERE reference = $1', [ref]);
  }

  async byStatus(status: string): Promise<Order[]> {
    return this.orders.createQueryBuilder('o').where('o.status = :status', { status }).getMany();
  }

  async track(trackingNumber: string): Promise<unknown> {
    const res = await firstValueFrom(this.http.get(CARRIER_BASE + encodeURIComponent(trackingNumber)));
    return res.data;
  }

  async pushStatus(callbackUrl: string, order: Order): Promise<void> {
    this.logger.log(`pushing order ${order.id} to ${callbackUrl}`);
    await firstValueFrom(this.http.post(callbackUrl, { id: order.id, status: order.status }));
  }

  remove(id: number): Promise<unknown> {
    return this.orders.delete(id);
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Rental } from './rental.entity';
import { Customer } from './customer.entity';

@Injectable()
export class RentalsService {
  constructor(
    @InjectRepository(Rental) private readonly rentals: Repository<Rental>,
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
  ) {}

  listForCustomer(customerId: string) {
    return this.rentals.find({ where: { customer: { id: customerId } }, order: { startsAt: 'DESC' } });
  }

  async findMine(id: string, customerId: string) {
    const rental = await this.rentals.findOne({ where: { id, customer: { id: customerId } }, relations: ['items'] });
    if (!rental) throw new NotFoundException();
    return rental;
  }

  findById(id: string) {
    return this.rentals.findOneBy({ id });
  }

  save(rental: Rental) {
    return this.rentals.save(rental);
  }

  async updateCustomer(customerId: string, changes: any) {
    const customer = await this.customers.findOneByOrFail({ id: customerId });
    this.customers.merge(customer, changes);
    return this.customers.save(customer);
  }

  async updateContact(customerId: string, dto: { phone?: string; address?: string }) {
    await this.customers.update({ id: customerId }, { phone: dto.phone, address: dto.address });
  }

  listOverdue() {
    return this.rentals.createQueryBuilder('r').where('r.endsAt < now()').andWhere("r.status = 'out'").getMany();
  }
}

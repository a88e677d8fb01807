import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity()
export class Tenant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  slug: string;

  @Column()
  name: string;
}

@Entity()
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Tenant, { nullable: false })
  tenant: Tenant;

  @Column()
  tenantId: number;

  @Column({ unique: true })
  email: string;

  @Column()
  fullName: string;

  @Column({ default: 'customer' })
  role: 'customer' | 'picker' | 'manager';

  @Column({ nullable: true })
  phone?: string;

  @Column({ select: false })
  passwordHash: string;

  @Column({ default: true })
  active: boolean;
}

@Entity()
export class Product {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  tenantId: number;

  @Column()
  sku: string;

  @Column()
  name: string;

  @Column('int', { default: 0 })
  onHand: number;

  @Column('int', { default: 0 })
  reserved: number;

  @Column({ nullable: true })
  binLocation?: string;
}

@Entity()
export class Order {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  tenantId: number;

  @ManyToOne(() => User, { nullable: false })
  customer: User;

  @Column()
  customerId: number;

  @Column({ default: 'open' })
  status: 'open' | 'picking' | 'shipped' | 'cancelled';

  @Column({ nullable: true })
  shippingAddress?: string;

  @OneToMany(() => OrderLine, (line) => line.order, { cascade: true, eager: true })
  lines: OrderLine[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

@Entity()
export class OrderLine {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Order, (order) => order.lines, { onDelete: 'CASCADE' })
  order: Order;

  @ManyToOne(() => Product, { eager: true })
  product: Product;

  @Column('int')
  quantity: number;
}

@Entity()
export class Shipment {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Order, { nullable: false })
  order: Order;

  @Column()
  orderId: number;

  @Column()
  carrier: string;

  @Column()
  trackingNumber: string;

  @Column({ nullable: true })
  labelUrl?: string;

  @CreateDateColumn()
  createdAt: Date;
}

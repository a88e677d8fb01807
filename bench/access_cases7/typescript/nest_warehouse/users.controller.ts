import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  UseGuards,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Repository } from 'typeorm';

import { CurrentUser, JwtAuthGuard, Principal, Roles, RolesGuard } from './auth';
import { Product, User } from './entities';

export class UpdateContactDto {
  @IsOptional()
  @IsString()
  @MaxLength(120)
  fullName?: string;

  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string;
}

export class ChangeRoleDto {
  @IsIn(['customer', 'picker', 'manager'])
  role: 'customer' | 'picker' | 'manager';
}

@Controller('me')
@UseGuards(JwtAuthGuard)
export class MeController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  async profile(@CurrentUser() user: Principal) {
    return this.users.findOneByOrFail({ id: user.id, tenantId: user.tenantId });
  }

  @Patch('contact')
  async updateContact(@CurrentUser() user: Principal, @Body() dto: UpdateContactDto) {
    const entity = await this.users.findOneByOrFail({ id: user.id });
    this.users.merge(entity, dto);
    return this.users.save(entity);
  }

  @Patch()
  async update(@CurrentUser() user: Principal, @Body() body: Partial<User>) {
    const entity = await this.users.findOneByOrFail({ id: user.id });
    this.users.merge(entity, body);
    return this.users.save(entity);
  }
}

@Controller('staff')
export class StaffController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
  ) {}

  @Get('users')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('manager')
  list(@CurrentUser() user: Principal) {
    return this.users.find({ where: { tenantId: user.tenantId }, order: { fullName: 'ASC' } });
  }

  @Patch('users/:id/role')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('manager')
  async changeRole(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ChangeRoleDto,
  ) {
    if (id === user.id) throw new ForbiddenException('cannot change your own role');
    const result = await this.users.update({ id, tenantId: user.tenantId }, { role: dto.role });
    if (!result.affected) throw new NotFoundException();
    return { id, role: dto.role };
  }

  @Delete('users/:id')
  @HttpCode(204)
  async deactivate(@Param('id', ParseIntPipe) id: number) {
    const result = await this.users.update({ id }, { active: false });
    if (!result.affected) throw new NotFoundException();
  }

  @Post('products/:id/adjust')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('picker', 'manager')
  async adjust(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body('delta', ParseIntPipe) delta: number,
  ) {
    const product = await this.products.findOneBy({ id, tenantId: user.tenantId });
    if (!product) throw new NotFoundException();
    product.onHand = Math.max(0, product.onHand + delta);
    return this.products.save(product);
  }
}

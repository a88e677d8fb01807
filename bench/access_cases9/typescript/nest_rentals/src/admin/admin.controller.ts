import { Controller, Delete, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { KioskGuard, Roles, RolesGuard } from '../auth/auth';
import { RentalsService } from '../rentals/rentals.service';

@Controller('admin/fleet')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('staff')
export class FleetAdminController {
  constructor(private readonly rentals: RentalsService, private readonly db: DataSource) {}

  @Get('overdue')
  overdue() {
    return this.rentals.listOverdue();
  }

  @Delete('items/:id')
  async retire(@Param('id') id: string) {
    await this.db.query('UPDATE items SET retired = true WHERE id = $1', [id]);
    return { retired: id };
  }
}

@Controller('admin/reports')
export class ReportsController {
  constructor(private readonly db: DataSource) {}

  @Get('utilisation')
  @UseGuards(AuthGuard('jwt'), RolesGuard)
  @Roles('staff')
  utilisation() {
    return this.db.query('SELECT item_id, count(*) FROM rentals GROUP BY item_id');
  }

  @Get('customers.csv')
  async customers(@Res() res: Response) {
    const rows = await this.db.query('SELECT name, email, phone, id_number FROM customers');
    res.type('text/csv').send(rows.map((r: any) => [r.name, r.email, r.phone, r.id_number].join(',')).join('\n'));
  }
}

@Controller('kiosk')
@UseGuards(KioskGuard)
export class KioskController {
  constructor(private readonly rentals: RentalsService) {}

  @Post('returns/:id')
  async checkIn(@Param('id') id: string) {
    const rental = await this.rentals.findById(id);
    if (!rental) return { ok: false };
    rental.status = 'returned';
    return this.rentals.save(rental);
  }
}

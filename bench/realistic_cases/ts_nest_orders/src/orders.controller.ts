import { Body, Controller, Delete, Get, HttpException, Param, ParseIntPipe, Post, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { OrdersService } from './orders.service';
import { RolesGuard, Roles } from './roles.guard';

class CallbackDto {
  url!: string;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly service: OrdersService) {}

  @Get()
  @UseGuards(AuthGuard('jwt'))
  mine(@Req() req: { user: { id: number } }) {
    return this.service.findForCustomer(req.user.id);
  }

  @Get('report')
  @UseGuards(AuthGuard('jwt'), RolesGuard)
  @Roles('analyst')
  report(@Query('region') region: string, @Query('from') from: string) {
    return this.service.report(region, from);
  }

  @Get('ref/:ref')
  @UseGuards(AuthGuard('jwt'))
  byRef(@Param('ref') ref: string) {
    return this.service.byReference(ref);
  }

  @Get('status/:status')
  @UseGuards(AuthGuard('jwt'))
  byStatus(@Param('status') status: string) {
    return this.service.byStatus(status);
  }

  @Get('track/:number')
  @UseGuards(AuthGuard('jwt'))
  track(@Param('number') n: string) {
    return this.service.track(n);
  }

  @Post(':id/callback')
  @UseGuards(AuthGuard('jwt'))
  async callback(@Param('id', ParseIntPipe) id: number, @Body() body: CallbackDto) {
    const [order] = await this.service.findForCustomer(id);
    try {
      await this.service.pushStatus(body.url, order);
    } catch (err) {
      throw new HttpException({ message: 'callback failed', detail: (err as Error).stack }, 502);
    }
    return { ok: true };
  }

  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.service.remove(id);
  }
}

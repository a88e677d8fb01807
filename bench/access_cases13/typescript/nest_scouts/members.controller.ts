import { Body, Controller, Get, Headers, NotFoundException, Param, ParseIntPipe, Patch, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JwtAuthGuard } from './auth.guards';
import { Scout } from './scout.entity';

class ContactDto {
  phone?: string;
  guardianEmail?: string;
}

@Controller('scouts')
@UseGuards(JwtAuthGuard)
export class MembersController {
  constructor(@InjectRepository(Scout) private readonly scouts: Repository<Scout>) {}

  @Get('me')
  me(@Req() req: any) {
    return this.scouts.findOne({ where: { id: req.user.sub } });
  }

  @Get(':id/medical')
  async medical(@Param('id', ParseIntPipe) id: number) {
    const scout = await this.scouts.findOne({ where: { id }, relations: ['medicalNotes'] });
    if (!scout) throw new NotFoundException();
    return scout.medicalNotes;
  }

  @Get(':id/camps')
  async camps(@Param('id', ParseIntPipe) id: number, @Req() req: any) {
    const scout = await this.scouts.findOne({ where: { id, guardian: { id: req.user.sub } }, relations: ['camps'] });
    if (!scout) throw new NotFoundException();
    return scout.camps;
  }

  @Patch(':id/dietary')
  async dietary(@Param('id', ParseIntPipe) id: number, @Body() body: { dietary: string }) {
    await this.scouts.update({ id }, { dietary: body.dietary });
    return { ok: true };
  }

  @Get('me/patrol')
  async patrol(@Headers('x-scout-id') scoutId: string) {
    const scout = await this.scouts.findOne({ where: { id: Number(scoutId) }, relations: ['patrol', 'patrol.members'] });
    return scout?.patrol;
  }

  @Patch('me')
  async update(@Req() req: any, @Body() body: any) {
    const scout = await this.scouts.findOneByOrFail({ id: req.user.sub });
    Object.assign(scout, body);
    return this.scouts.save(scout);
  }

  @Patch('me/contact')
  async contact(@Req() req: any, @Body() body: ContactDto) {
    await this.scouts.update({ id: req.user.sub }, { phone: body.phone, guardianEmail: body.guardianEmail });
    return { ok: true };
  }
}

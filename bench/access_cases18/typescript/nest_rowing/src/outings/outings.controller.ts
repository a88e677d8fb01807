import {
  Controller,
  ForbiddenException,
  Get,
  Headers,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  UseGuards,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { JwtAuthGuard } from '../auth/roles';
import { Member, Outing, OutingCrew } from '../entities';

@Controller('outings')
export class OutingsController {
  constructor(
    @InjectRepository(Outing) private readonly outings: Repository<Outing>,
    @InjectRepository(OutingCrew) private readonly crews: Repository<OutingCrew>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
  ) {}

  @Get('upcoming')
  upcoming() {
    return this.outings.find({
      where: { startsAt: MoreThan(new Date()), status: 'planned' },
      relations: { boat: true },
      select: { id: true, startsAt: true, boat: { name: true } },
    });
  }

  @Post(':id/sign-in')
  async signIn(@Param('id', ParseIntPipe) id: number, @Headers('x-member-id') memberId: string) {
    const member = await this.members.findOneBy({ id: Number(memberId) });
    if (!member) throw new NotFoundException('unknown member');
    if (!member.swimTestPassed) throw new ForbiddenException('swim test required');
    const seat = await this.crews.findOne({
      where: { outing: { id }, member: { id: member.id }, signedInAt: IsNull() },
    });
    if (!seat) throw new NotFoundException('not on this crew');
    seat.signedInAt = new Date();
    await this.crews.save(seat);
    return { ok: true, name: member.name };
  }

  @Get(':id/crew')
  @UseGuards(JwtAuthGuard)
  crew(@Param('id', ParseIntPipe) id: number) {
    return this.crews.find({
      where: { outing: { id } },
      relations: { member: true },
      select: { id: true, signedInAt: true, member: { id: true, name: true } },
    });
  }
}

import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { Repository } from 'typeorm';
import { Roles, RolesGuard } from '../auth/roles';
import { ClinicalRecord } from '../entities';

class NoteDto {
  @IsString() notes: string;
  @IsOptional() @IsString() drug?: string;
  @IsOptional() @IsBoolean() controlled?: boolean;
}

@Controller('records')
@UseGuards(AuthGuard('jwt'), RolesGuard)
export class RecordsController {
  constructor(@InjectRepository(ClinicalRecord) private readonly records: Repository<ClinicalRecord>) {}

  @Get('pet/:petId')
  @Roles('vet', 'nurse')
  forPet(@Param('petId', ParseIntPipe) petId: number) {
    return this.records.find({ where: { pet: { id: petId } }, order: { createdAt: 'DESC' } });
  }

  @Post('pet/:petId')
  @Roles('vet')
  add(@Param('petId', ParseIntPipe) petId: number, @Body() dto: NoteDto, @Req() req) {
    return this.records.save(this.records.create({ ...dto, pet: { id: petId }, createdBy: req.user.id }));
  }

  @Delete(':id')
  async remove(@Param('id', ParseIntPipe) id: number) {
    await this.records.delete({ id });
    return { deleted: id };
  }
}

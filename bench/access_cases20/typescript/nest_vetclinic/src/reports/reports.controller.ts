import { Controller, Get, Header } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ClinicalRecord } from '../entities';

@Controller('reports')
export class ReportsController {
  constructor(@InjectRepository(ClinicalRecord) private readonly records: Repository<ClinicalRecord>) {}

  @Get('controlled-drugs.csv')
  @Header('Content-Type', 'text/csv')
  async controlledDrugs() {
    const rows = await this.records.find({ where: { controlled: true }, relations: { pet: { owner: true } } });
    const lines = rows.map((r) =>
      [r.createdAt.toISOString(), r.drug, r.pet.name, r.pet.owner.fullName, r.pet.owner.address, r.createdBy].join(','),
    );
    return ['date,drug,pet,owner,address,vet', ...lines].join('\n');
  }
}

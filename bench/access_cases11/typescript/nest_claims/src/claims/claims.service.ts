import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Claim, ClaimDocument } from './claim.entity';

@Injectable()
export class ClaimsService {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(ClaimDocument) private readonly docs: Repository<ClaimDocument>,
  ) {}

  listFor(policyholderId: string): Promise<Claim[]> {
    return this.claims.find({ where: { policyholderId }, order: { id: 'DESC' } });
  }

  async getOwned(id: string, policyholderId: string): Promise<Claim> {
    const claim = await this.claims.findOne({ where: { id, policyholderId } });
    if (!claim) {
      throw new NotFoundException();
    }
    return claim;
  }

  documentsOf(claimId: string): Promise<ClaimDocument[]> {
    return this.docs.find({ where: { claim: { id: claimId } } });
  }

  async amend(id: string, policyholderId: string, changes: Partial<Claim>): Promise<Claim> {
    const claim = await this.getOwned(id, policyholderId);
    Object.assign(claim, changes);
    return this.claims.save(claim);
  }

  async setStatus(id: string, status: Claim['status'], adjusterId: string, amount = 0) {
    await this.claims.update({ id }, { status, adjusterId, approvedAmountCents: amount });
  }
}

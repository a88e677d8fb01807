import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Contact, Note } from '../entities';
import { CreateContactDto, CreateNoteDto } from './dto';

@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    @InjectRepository(Note) private readonly notes: Repository<Note>,
  ) {}

  listForOwner(ownerId: number, tenantId: number): Promise<Contact[]> {
    return this.contacts.find({ where: { ownerId, tenantId }, order: { lastName: 'ASC' } });
  }

  listForTenant(tenantId: number): Promise<Contact[]> {
    return this.contacts.find({ where: { tenantId }, order: { lastName: 'ASC' } });
  }

  async findOwned(id: number, ownerId: number): Promise<Contact> {
    const contact = await this.contacts.findOneBy({ id, ownerId });
    if (!contact) throw new NotFoundException();
    return contact;
  }

  async findOne(id: number): Promise<Contact> {
    const contact = await this.contacts.findOne({ where: { id }, relations: { notes: true, deals: true } });
    if (!contact) throw new NotFoundException();
    return contact;
  }

  create(dto: CreateContactDto, ownerId: number, tenantId: number): Promise<Contact> {
    return this.contacts.save(this.contacts.create({ ...dto, ownerId, tenantId }));
  }

  async update(id: number, ownerId: number, changes: Partial<Contact>): Promise<void> {
    const res = await this.contacts.update({ id, ownerId }, changes);
    if (!res.affected) throw new NotFoundException();
  }

  async remove(id: number, ownerId: number): Promise<void> {
    await this.contacts
      .createQueryBuilder()
      .delete()
      .where('id = :id AND owner_id = :ownerId', { id, ownerId })
      .execute();
  }

  async addNote(contactId: number, authorId: number, dto: CreateNoteDto): Promise<Note> {
    const contact = await this.findOwned(contactId, authorId);
    return this.notes.save(this.notes.create({ body: dto.body, contactId: contact.id, authorId }));
  }
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A citizen known by their WeChat openid (or, in development, a pretend one). Nothing else identifies them. */
@Entity('citizen')
export class Citizen {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  openid: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  /** Bound through getPhoneNumber's code flow; AES-256-GCM ciphertext. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  phoneEncrypted: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;
}

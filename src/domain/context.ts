import type { Db } from '../db/client.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Viewer } from './viewer.ts';

/** What every domain service needs: the database, who acts, and the secrets key. */
export interface ServiceContext {
  db: Db;
  viewer: Viewer;
  secrets: SecretBox;
}

/** What the pages choose when they ask for an export. */
import { z } from 'zod';

export const ExportPurpose = z.enum(['share', 'backup']);
export type ExportPurpose = z.infer<typeof ExportPurpose>;

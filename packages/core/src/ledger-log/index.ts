/**
 * The ledger as it travels through the CRM (docs/ledger-transport.md): one log per author per
 * plan, split into chunks that fit a HubSpot note once sealed, under opaque names; and the
 * reader's rule for a fetched copy (union, verified heads, `fork` refused as a whole).
 */
export { acceptLogCopy, type LogCopy, type LogCopyResult } from './accept-copy.js';
export {
  LOG_CHUNK_FORMAT,
  LOG_CHUNK_VERSION,
  LogChunk,
  type LogChunkParse,
  parseLogChunk,
} from './log-chunk.js';
export { logAdditionalData, logName } from './log-name.js';
export {
  formatSealedBlob,
  GCM_TAG_BYTES,
  IV_BYTES,
  maxPlaintextBytes,
  NOTE_BODY_LIMIT,
  parseSealedBlob,
  parseSealedFile,
  SEALED_FILE_FORMAT,
  SEALED_PREFIX,
  SealedBlob,
  SealedFile,
  type SealedParse,
} from './sealed-blob.js';
export { LogChunkTooLargeError, type LogToSplit, splitLog } from './split.js';

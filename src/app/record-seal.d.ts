/** This build's record seal (scripts/record-seal.ts), set by vite.config.ts and vitest.config.ts. */
declare const __RECORD_SEAL__: string;

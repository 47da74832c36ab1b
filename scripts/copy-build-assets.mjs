// tsc compiles TypeScript only; the SQL migrations travel beside the compiled db/ code.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('build/node/db/migrations', { recursive: true });
cpSync('db/migrations', 'build/node/db/migrations', { recursive: true });

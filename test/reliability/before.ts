/** Run by tap before the reliability suite (`--before`): starts the figures table afresh. */
import { rmSync } from 'node:fs';
import { figuresFile } from './lib/figures.js';

rmSync(figuresFile, { force: true });

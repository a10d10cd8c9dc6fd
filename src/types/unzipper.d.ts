// The part of unzipper (exceljs's own zip reader) the XLSX import uses; it ships no types.
declare module 'unzipper' {
  import type { Duplex, Readable } from 'node:stream';
  export interface Entry extends Readable {
    path: string;
    autodrain(): void;
  }
  export function Parse(options?: { forceStream?: boolean }): Duplex;
  const unzipper: { Parse: typeof Parse };
  export default unzipper;
}

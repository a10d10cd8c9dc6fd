import type ExcelJSModule from 'exceljs';
import type { Parse } from 'unzipper';

/**
 * Packages only some requests need, loaded on first use instead of at start: exceljs and
 * unzipper alone cost ~1 s of CPU to load on the 2-core machine, a third of a warm `npm start`,
 * for the XLSX exports, the import template and XLSX imports. Each is loaded once.
 */
let excel: Promise<typeof ExcelJSModule> | undefined;
let unzip: Promise<{ Parse: typeof Parse }> | undefined;

/** exceljs is CommonJS: its namespace comes as the default export. */
export const loadExcelJs = (): Promise<typeof ExcelJSModule> => {
  excel ??= import('exceljs').then((module) => ((module as { default?: typeof ExcelJSModule }).default ?? module) as typeof ExcelJSModule);
  return excel;
};

export const loadUnzipper = (): Promise<{ Parse: typeof Parse }> => {
  unzip ??= import('unzipper').then((module) => module.default ?? module);
  return unzip;
};

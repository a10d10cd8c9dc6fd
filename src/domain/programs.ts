/** Segments and the programs each may carry (docs/domain.md §4). */

export const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Every enrollment carries work-accident (JKK) and death (JKM) cover. */
export const MANDATORY_PROGRAMS: readonly Program[] = ['JKK', 'JKM'];

export const ALLOWED_PROGRAMS: Record<Segment, ReadonlySet<Program>> = {
  PU: new Set(['JKK', 'JKM', 'JHT', 'JP', 'JKP']),
  BPU: new Set(['JKK', 'JKM', 'JHT']),
  JAKON: new Set(['JKK', 'JKM']),
  PMI: new Set(['JKK', 'JKM', 'JHT']),
};

/** Programs are stored as a bit set: compact, and counted per program with one bit test. */
export const PROGRAM_BITS: Record<Program, number> = { JKK: 1, JKM: 2, JHT: 4, JP: 8, JKP: 16 };

export function programsToBits(programs: readonly Program[]): number {
  let bits = 0;
  for (const program of programs) bits |= PROGRAM_BITS[program];
  return bits;
}

export function bitsToPrograms(bits: number): Program[] {
  return PROGRAMS.filter((program) => (bits & PROGRAM_BITS[program]) !== 0);
}

export const isSegment = (value: unknown): value is Segment => SEGMENTS.includes(value as Segment);
export const isProgram = (value: unknown): value is Program => PROGRAMS.includes(value as Program);

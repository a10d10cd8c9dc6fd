import { z } from 'zod';
import { containsNik } from '../../domain/nik-text.js';
import { AgencyCode, freeText, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';

const example = {
  code: 'dinkes',
  name: 'Dinas Kesehatan Provinsi DKI Jakarta',
  shortName: 'Dinkes',
  description: 'Health workers, puskesmas and hospital contract staff.',
  createdAt: '2024-10-23T03:00:00.000Z',
  updatedAt: '2024-10-23T03:00:00.000Z',
};

export const AgencySchema = z
  .object({
    code: AgencyCode,
    name: z.string(),
    shortName: z.string().nullable(),
    description: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Agency', examples: [example] });

export const AgencyCreateSchema = z
  .strictObject({
    // A code is stored, returned and written into paths and tokens: no NIK may become one.
    code: AgencyCode.refine((code) => !containsNik(code), 'may not contain a number of 16 or more digits'),
    name: freeText(z.string().trim().min(2).max(200)),
    shortName: freeText(z.string().trim().min(1).max(50)).optional(),
    description: freeText(z.string().trim().max(2000)).optional(),
  })
  .meta({
    id: 'AgencyCreate',
    examples: [{ code: 'bapenda', name: 'Badan Pendapatan Daerah Provinsi DKI Jakarta', shortName: 'Bapenda' }],
  });

export const AgencyPatchSchema = z
  .strictObject({
    name: freeText(z.string().trim().min(2).max(200)).optional(),
    shortName: freeText(z.string().trim().min(1).max(50)).nullable().optional(),
    description: freeText(z.string().trim().max(2000)).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'AgencyPatch', examples: [{ description: 'Also covers Pasukan Oranye street cleaners.' }] });

export const AgencyParams = z.object({ code: AgencyCode });
export const AgencyListQuery = PageQuery;
export const AgencyPageSchema = pageOf(AgencySchema, 'sorted by code').meta({ id: 'AgencyPage' });

export type Agency = z.infer<typeof AgencySchema>;
export type AgencyCreate = z.infer<typeof AgencyCreateSchema>;
export type AgencyPatch = z.infer<typeof AgencyPatchSchema>;

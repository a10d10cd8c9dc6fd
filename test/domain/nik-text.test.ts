import fc from 'fast-check';
import t from 'tap';
import { containsNik, findNikRuns, maskNiks, maskNiksInJson } from '../../src/domain/nik-text.js';
import { DIGIT_SCRIPTS, nikInTextArb, render, SEPARATORS, type WrittenForm, writeDigit } from '../fixtures/nik-forms.js';

const NIK = '3171014501900077';

/** The NIK's digits, read back from text the way the detector reads them (ASCII only). */
const plainForm: WrittenForm = { digits: ['ascii'], between: [''], leadingZeros: 0, before: '', after: '' };

t.test('a NIK is found in every written form the review listed', async (t) => {
  const forms = {
    plain: NIK,
    dashes: '3171-0145-0190-0077',
    spaces: '3171 0145 0190 0077',
    dots: '3171.0145.0190.0077',
    'no-break spaces': '3171\u00a00145\u00a00190\u00a00077',
    'zero-width space inside': `31710\u200b14501900077`,
    'soft hyphen and word joiner': `3171\u00ad0145\u20600190\ufeff0077`,
    'Arabic-Indic digits': [...NIK].map((d) => writeDigit(Number(d), 'arabicIndic')).join(''),
    'extended Arabic-Indic digits': [...NIK].map((d) => writeDigit(Number(d), 'extendedArabicIndic')).join(''),
    'fullwidth digits': [...NIK].map((d) => writeDigit(Number(d), 'fullwidth')).join(''),
    'mixed scripts': [...NIK].map((d, i) => writeDigit(Number(d), DIGIT_SCRIPTS[i % DIGIT_SCRIPTS.length] as never)).join(''),
    'a leading zero': `0${NIK}`,
    'inside a longer run of digits': `99${NIK}12`,
    'percent-encoded': `%33%31${NIK.slice(2)}`,
    'percent-encoded fullwidth': `%EF%BC%93${NIK.slice(1)}`,
    'doubly percent-encoded fullwidth': `${[...NIK].map((d) => encodeURIComponent(encodeURIComponent(writeDigit(Number(d), 'fullwidth')))).join('')}`,
    'a JSON escape': `\\u0033${NIK.slice(1)}`,
    'in a sentence': `Pekerja dengan NIK ${NIK.slice(0, 6)} ${NIK.slice(6)} sudah terdaftar`,
  };
  for (const [name, text] of Object.entries(forms)) {
    t.ok(containsNik(text), name);
    t.notOk(containsNik(maskNiks(text)), `${name}: masked`);
  }
});

t.test('text without 16 digits in a row is left alone, whatever digits it has', async (t) => {
  const harmless = [
    'Jakarta Selatan',
    'Call 021-3822968 or 08123456789012',
    'Pergub 12/2024 tanggal 2024-10-23',
    'Rp 2.200.000.000 untuk 470.000 pekerja',
    '2,2 juta pekerja (51%) per Oktober 2024; target 2,7 juta (65%)',
    '317101450190007',
    'KPJ 12345678901; NPWP 01.234.567.8-901.000 x',
    '٣١٧١٠١٤٥٠١٩٠٠٠ (fifteen Arabic-Indic digits)',
  ];
  for (const text of harmless) {
    t.notOk(containsNik(text), text);
    t.equal(maskNiks(text), text, `${text}: unchanged`);
  }
});

t.test('a letter or an arithmetic sign ends a run; a NIK split by any punctuation mark is one', async (t) => {
  t.notOk(containsNik('31710145 x 01900077'));
  t.notOk(containsNik('31710145 dan 01900077'));
  t.ok(containsNik('31710145 - 01900077'), 'a dash between spaces is still a separator');
  for (const mark of [';', '|', '*', '#', '"', '(', ']', '{', '!', '?', '@', '^', '&', '«', '§', '【', '、', '+', '`']) {
    t.ok(containsNik(`3171${mark}0145${mark}0190${mark}0077`), `groups split by ${mark}`);
  }
  // Arithmetic between published figures is not one number.
  for (const note of ['2,700,000 ÷ 0.65 = 4,153,846', '2.291.409 ÷ 3.951.828 ≈ 58,0', '4,153,846 × 0.65 ~ 2,700,000', '2,200,000 < 2,700,000 > 470,000', 'Rp 2.200.000.000 $ 1.400.000']) {
    t.notOk(containsNik(note), note);
  }
  t.ok(containsNik('&#51;&#49;&#55;&#49;&#48;&#49;&#52;&#53;'), 'HTML numeric entities carry 16 digits or more: refused');
});

t.test('masking replaces each run, from its first digit to its last, and keeps the text around it', async (t) => {
  t.equal(maskNiks(`NIK 3171-0145-0190-0077, kota Bekasi`), 'NIK [NIK], kota Bekasi');
  t.equal(maskNiks(`${NIK} dan ${NIK}`), '[NIK] dan [NIK]');
  t.same(findNikRuns(`ab ${NIK} c`), [{ start: 3, end: 19 }]);
});

t.test('a serialized JSON document stays JSON when masked', async (t) => {
  const doc = {
    url: `/v1/agencies/%33${NIK.slice(1)}`,
    asNumber: Number(NIK),
    asBigFloat: Number(NIK) * 1e10,
    responseTime: Number('3.1234567890123456'),
    time: 1_733_050_000_000,
    nested: [{ text: `NIK ${NIK.slice(0, 8)}\u200b${NIK.slice(8)}` }],
  };
  const masked = JSON.parse(maskNiksInJson(JSON.stringify(doc)));
  t.same(masked, {
    url: '/v1/agencies/[NIK]',
    asNumber: '[NIK]',
    asBigFloat: '[NIK]',
    responseTime: doc.responseTime,
    time: doc.time,
    nested: [{ text: 'NIK [NIK]' }],
  });
  t.equal(maskNiksInJson('not json 3171 0145 0190 0077'), 'not json [NIK]', 'other text is masked as text');
});

t.test('property: a valid NIK in any written form is found, and masking leaves none', async () => {
  fc.assert(
    fc.property(nikInTextArb(), ({ nik, text }) => {
      if (!containsNik(text)) return false;
      const masked = maskNiks(text);
      const json = maskNiksInJson(JSON.stringify({ field: text, url: `/v1/x/${encodeURIComponent(text)}` }));
      JSON.parse(json);
      return !containsNik(masked) && !containsNik(json) && !masked.includes(nik) && !json.includes(nik);
    }),
    { numRuns: 2_000 },
  );
});

t.test('property: fewer than 16 digits, in any written form and between letters, are never taken for a NIK', async () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^[0-9]{1,15}$/),
      fc.array(fc.constantFrom(...DIGIT_SCRIPTS), { minLength: 15, maxLength: 15 }),
      fc.array(fc.constantFrom('', ...SEPARATORS), { minLength: 15, maxLength: 15 }),
      (digits, scripts, between) => {
        const text = `a ${render(digits, { ...plainForm, digits: scripts, between })} b`;
        return !containsNik(text) && maskNiks(text) === text;
      },
    ),
    { numRuns: 1_000 },
  );
});

t.test('the privacy scans find a NIK in any written form, and only the NIKs they look for', async (t) => {
  const { findNiks, niksIn } = await import('../fixtures/privacy-scan.js');
  const dump = `COPY agencies (code, description) FROM stdin;\ndinkes\tKontak ３１７１-０１４５-０１９０-００７７\nx\t%33171014501900001\n\\.\n`;
  t.same(findNiks([NIK, '3171014501900001', '3171014501900002'], [dump]).sort(), ['3171014501900001', NIK]);
  t.same(findNiks([NIK], [Buffer.from(NIK).toString('hex')]), [NIK], 'and the hex of its bytes');
  t.same(niksIn(`ref 0${NIK} and 9007199254740993`), [NIK], 'niksIn keeps well-formed NIKs only');
});

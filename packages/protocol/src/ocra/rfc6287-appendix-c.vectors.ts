/**
 * RFC 6287 Appendix C, every table, typed in from the RFC. Keys (Appendix C, "standard" seeds):
 * the ASCII digits `1234567890…` cut to 20, 32 and 64 bytes. PIN `1234`, hashed with SHA-1.
 * `T = 132d0b6` is a count of minutes (0x132d0b6 = 20107446, i.e. 25 March 2008, 12:06 UTC).
 * Numeric questions are given as the RFC prints them (decimal); the code converts them (§5.1).
 */
export const KEY20 = '3132333435363738393031323334353637383930';
export const KEY32 = '3132333435363738393031323334353637383930313233343536373839303132';
export const KEY64 =
  '31323334353637383930313233343536373839303132333435363738393031323334353637383930' +
  '313233343536373839303132333435363738393031323334';
export const PIN = '1234';
export const PIN_SHA1 = '7110eda4d09e062aa5e4a390b0a572ac0d2c0220';
export const T_132D0B6 = 0x132d0b6;

export interface Rfc6287Vector {
  readonly section: string;
  readonly suite: string;
  readonly key: string;
  readonly counter?: number;
  readonly question: string;
  readonly password?: true;
  readonly timestamp?: number;
  readonly response: string;
}

function table(
  section: string,
  suite: string,
  key: string,
  rows: ReadonlyArray<readonly [question: string, response: string, counter?: number]>,
  extra: { password?: true; timestamp?: number } = {},
): Rfc6287Vector[] {
  return rows.map(([question, response, counter]) => ({
    section,
    suite,
    key,
    question,
    response,
    ...(counter === undefined ? {} : { counter }),
    ...extra,
  }));
}

export const RFC6287_VECTORS: readonly Rfc6287Vector[] = [
  // C.1 One-Way Challenge Response
  ...table('C.1', 'OCRA-1:HOTP-SHA1-6:QN08', KEY20, [
    ['00000000', '237653'],
    ['11111111', '243178'],
    ['22222222', '653583'],
    ['33333333', '740991'],
    ['44444444', '608993'],
    ['55555555', '388898'],
    ['66666666', '816933'],
    ['77777777', '224598'],
    ['88888888', '750600'],
    ['99999999', '294470'],
  ]),
  ...table(
    'C.1',
    'OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1',
    KEY32,
    [
      ['12345678', '65347737', 0],
      ['12345678', '86775851', 1],
      ['12345678', '78192410', 2],
      ['12345678', '71565254', 3],
      ['12345678', '10104329', 4],
      ['12345678', '65983500', 5],
      ['12345678', '70069104', 6],
      ['12345678', '91771096', 7],
      ['12345678', '75011558', 8],
      ['12345678', '08522129', 9],
    ],
    { password: true },
  ),
  ...table(
    'C.1',
    'OCRA-1:HOTP-SHA256-8:QN08-PSHA1',
    KEY32,
    [
      ['00000000', '83238735'],
      ['11111111', '01501458'],
      ['22222222', '17957585'],
      ['33333333', '86776967'],
      ['44444444', '86807031'],
    ],
    { password: true },
  ),
  ...table('C.1', 'OCRA-1:HOTP-SHA512-8:C-QN08', KEY64, [
    ['00000000', '07016083', 0],
    ['11111111', '63947962', 1],
    ['22222222', '70123924', 2],
    ['33333333', '25341727', 3],
    ['44444444', '33203315', 4],
    ['55555555', '34205738', 5],
    ['66666666', '44343969', 6],
    ['77777777', '51946085', 7],
    ['88888888', '20403879', 8],
    ['99999999', '31409299', 9],
  ]),
  ...table(
    'C.1',
    'OCRA-1:HOTP-SHA512-8:QN08-T1M',
    KEY64,
    [
      ['00000000', '95209754'],
      ['11111111', '55907591'],
      ['22222222', '22048402'],
      ['33333333', '24218844'],
      ['44444444', '36209546'],
    ],
    { timestamp: T_132D0B6 },
  ),

  // C.2 Mutual Challenge-Response: server computation (Q = client challenge | server challenge)…
  ...table('C.2 server', 'OCRA-1:HOTP-SHA256-8:QA08', KEY32, [
    ['CLI22220SRV11110', '28247970'],
    ['CLI22221SRV11111', '01984843'],
    ['CLI22222SRV11112', '65387857'],
    ['CLI22223SRV11113', '03351211'],
    ['CLI22224SRV11114', '83412541'],
  ]),
  // … and client computation (Q = server challenge | client challenge).
  ...table('C.2 client', 'OCRA-1:HOTP-SHA256-8:QA08', KEY32, [
    ['SRV11110CLI22220', '15510767'],
    ['SRV11111CLI22221', '90175646'],
    ['SRV11112CLI22222', '33777207'],
    ['SRV11113CLI22223', '95285278'],
    ['SRV11114CLI22224', '28934924'],
  ]),
  ...table('C.2 server', 'OCRA-1:HOTP-SHA512-8:QA08', KEY64, [
    ['CLI22220SRV11110', '79496648'],
    ['CLI22221SRV11111', '76831980'],
    ['CLI22222SRV11112', '12250499'],
    ['CLI22223SRV11113', '90856481'],
    ['CLI22224SRV11114', '12761449'],
  ]),
  ...table(
    'C.2 client',
    'OCRA-1:HOTP-SHA512-8:QA08-PSHA1',
    KEY64,
    [
      ['SRV11110CLI22220', '18806276'],
      ['SRV11111CLI22221', '70020315'],
      ['SRV11112CLI22222', '01600026'],
      ['SRV11113CLI22223', '18951020'],
      ['SRV11114CLI22224', '32528969'],
    ],
    { password: true },
  ),

  // C.3 Plain Signature
  ...table('C.3', 'OCRA-1:HOTP-SHA256-8:QA08', KEY32, [
    ['SIG10000', '53095496'],
    ['SIG11000', '04110475'],
    ['SIG12000', '31331128'],
    ['SIG13000', '76028668'],
    ['SIG14000', '46554205'],
  ]),
  ...table(
    'C.3',
    'OCRA-1:HOTP-SHA512-8:QA10-T1M',
    KEY64,
    [
      ['SIG1000000', '77537423'],
      ['SIG1100000', '31970405'],
      ['SIG1200000', '10235557'],
      ['SIG1300000', '95213541'],
      ['SIG1400000', '65360607'],
    ],
    { timestamp: T_132D0B6 },
  ),
];

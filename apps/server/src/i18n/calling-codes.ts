/**
 * The countries of E.164 calling codes, for SMS_COUNTRY_NOT_ACCEPTED's `{countries}` (docs/adr/0059):
 * each code as its countries' names in the reader's language (Intl.DisplayNames, full ICU) with
 * the code, "France (+33)", in the language's alphabetical order and list style. A code not in
 * this table is shown as it is, "+998".
 */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  '1': ['US', 'CA'],
  '7': ['RU', 'KZ'],
  '30': ['GR'],
  '31': ['NL'],
  '32': ['BE'],
  '33': ['FR'],
  '34': ['ES'],
  '36': ['HU'],
  '39': ['IT'],
  '40': ['RO'],
  '41': ['CH'],
  '43': ['AT'],
  '44': ['GB'],
  '45': ['DK'],
  '46': ['SE'],
  '47': ['NO'],
  '48': ['PL'],
  '49': ['DE'],
  '262': ['RE', 'YT'],
  '350': ['GI'],
  '351': ['PT'],
  '352': ['LU'],
  '353': ['IE'],
  '354': ['IS'],
  '355': ['AL'],
  '356': ['MT'],
  '357': ['CY'],
  '358': ['FI'],
  '359': ['BG'],
  '370': ['LT'],
  '371': ['LV'],
  '372': ['EE'],
  '373': ['MD'],
  '376': ['AD'],
  '377': ['MC'],
  '378': ['SM'],
  '380': ['UA'],
  '381': ['RS'],
  '382': ['ME'],
  '385': ['HR'],
  '386': ['SI'],
  '387': ['BA'],
  '389': ['MK'],
  '420': ['CZ'],
  '421': ['SK'],
  '423': ['LI'],
  '590': ['GP', 'MF'],
  '594': ['GF'],
  '596': ['MQ'],
};

/** "Austria (+43), Belgium (+32) and France (+33)" in `locale` (a BCP 47 tag: the catalogue's timeLocale). */
export function callingCodeCountries(codes: readonly string[], locale: string): string {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const entries = codes.map((code) => {
    const regions = REGIONS[code] ?? [];
    const label = regions.map((region) => names.of(region) ?? region).join(' / ');
    return { sortKey: label || `+${code}`, text: label ? `${label} (+${code})` : `+${code}` };
  });
  const collator = new Intl.Collator([locale]);
  entries.sort((a, b) => collator.compare(a.sortKey, b.sortKey));
  return new Intl.ListFormat([locale], { type: 'conjunction' }).format(entries.map((entry) => entry.text));
}

// Countries as the story format has them: ISO 3166-1 alpha-2 codes. Intl.DisplayNames also names
// codes that are not countries or not ISO's (UK, EU, UN, EZ, XK, pseudo-locales), and asked
// every pair of letters it answers "United Kingdom" for both GB and UK: the list decides.

/** The 249 officially assigned ISO 3166-1 alpha-2 codes. */
const iso = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
    'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
    'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
    'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
    'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' ')
);

// Module state, because the table is the same for every command of the process: built once.
let names: Map<string, string> | undefined;

/** Every English name Intl gives an ISO country (narrow, short and long), to its code. */
function countryNames() {
  names = new Map();
  for (const style of ['narrow', 'short', 'long'] as const) {
    const display = new Intl.DisplayNames('en', {type: 'region', style, fallback: 'none'});
    for (const code of iso) names.set(display.of(code)!.toLowerCase(), code);
  }
  return names;
}

/**
 * The ISO 3166-1 code of a country the page names in English (`United States` → `US`), or gives
 * as its code (`US`); `undefined` for anything else, `UK` and `European Union` included.
 */
export function countryCode(name: string): string | undefined {
  const trimmed = name.trim();
  if (iso.has(trimmed)) return trimmed;
  return (names ?? countryNames()).get(trimmed.toLowerCase());
}

/** For a code that is not ISO's, the one that is, by name: `UK` → `GB`. */
export function isoCodeFor(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = new Intl.DisplayNames('en', {type: 'region', fallback: 'none'}).of(code);
  return name ? countryCode(name) : undefined;
}

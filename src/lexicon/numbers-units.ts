/**
 * Currencies and units of measure, as data (issue 5). Policy: keys as written
 * (symbols and codes keep their case, words are lowercase), sorted; values are
 * ISO 4217 codes or the unit's short form.
 */

/** Currency signs glued to or written before the digits ("US$5", "£5m", "€40 million"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['HK$', 'HKD'], ['NZ$', 'NZD'],
  ['R$', 'BRL'], ['Rs', 'INR'], ['Rs.', 'INR'], ['S$', 'SGD'], ['US$', 'USD'], ['£', 'GBP'], ['¥', 'JPY'],
  ['₩', 'KRW'], ['€', 'EUR'], ['₹', 'INR'], ['₽', 'RUB'],
]);

/** ISO codes of the currencies news mostly reports; only these are read as money. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'EUR', 'GBP', 'HKD', 'INR', 'JPY', 'KRW', 'MXN', 'NZD', 'RMB', 'RUB',
  'SAR', 'SGD', 'TRY', 'UAH', 'USD', 'ZAR',
]);

/** Currency words after the number ("40 dollars", "5bn yuan", "2.4 trillion won", "5 million US dollars"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['australian dollars', 'AUD'], ['baht', 'THB'], ['british pounds', 'GBP'], ['canadian dollars', 'CAD'],
  ['cent', 'USD'], ['cents', 'USD'], ['chinese yuan', 'CNY'], ['dirhams', 'AED'], ['dollar', 'USD'],
  ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['french francs', 'FRF'], ['hryvnias', 'UAH'],
  ['indian rupees', 'INR'], ['japanese yen', 'JPY'], ['korean won', 'KRW'], ['lira', 'TRY'],
  ['naira', 'NGN'], ['pence', 'GBP'], ['pesos', 'MXN'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'], ['rand', 'ZAR'], ['renminbi', 'CNY'], ['ringgit', 'MYR'], ['riyals', 'SAR'],
  ['roubles', 'RUB'], ['rubles', 'RUB'], ['rupees', 'INR'], ['rupiah', 'IDR'], ['shekels', 'ILS'],
  ['swiss francs', 'CHF'], ['taka', 'BDT'], ['u.s. dollars', 'USD'], ['us dollars', 'USD'], ['won', 'KRW'],
  ['yen', 'JPY'], ['yuan', 'CNY'],
]);

/** Units of measure after the number, one or two words ("12 km", "700 square miles"). */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['acre', 'acres'], ['acres', 'acres'], ['barrels', 'barrels'], ['c', 'C'], ['calories', 'kcal'],
  ['celsius', 'C'], ['centimeters', 'cm'], ['centimetres', 'cm'], ['cm', 'cm'], ['cu ft/s', 'cu ft/s'],
  ['cubic feet', 'cu ft'], ['cubic meters', 'm3'], ['cubic metres', 'm3'], ['degrees', 'degrees'],
  ['degrees celsius', 'C'], ['degrees fahrenheit', 'F'], ['f', 'F'], ['fahrenheit', 'F'], ['feet', 'ft'],
  ['foot', 'ft'], ['ft', 'ft'], ['gallons', 'gallons'], ['gb', 'GB'], ['ghz', 'GHz'], ['gigawatts', 'GW'],
  ['grams', 'g'], ['gw', 'GW'], ['hectares', 'ha'], ['hz', 'Hz'], ['inch', 'in'], ['inches', 'in'],
  ['kb', 'kB'], ['kcal', 'kcal'], ['kg', 'kg'], ['khz', 'kHz'], ['kilogram', 'kg'], ['kilograms', 'kg'],
  ['kilometer', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['km', 'km'],
  ['km/h', 'km/h'], ['kmh', 'km/h'], ['knots', 'kn'], ['kph', 'km/h'], ['kw', 'kW'], ['kwh', 'kWh'],
  ['lb', 'lb'], ['lbs', 'lb'], ['liter', 'l'], ['liters', 'l'], ['litre', 'l'], ['litres', 'l'], ['m', 'm'],
  ['m/s', 'm/s'], ['m3', 'm3'], ['m3/s', 'm3/s'], ['mb', 'MB'], ['megawatts', 'MW'], ['meter', 'm'],
  ['meters', 'm'], ['metre', 'm'], ['metres', 'm'], ['mhz', 'MHz'], ['mi', 'mi'], ['mile', 'mi'],
  ['miles', 'mi'], ['millimetres', 'mm'], ['ml', 'ml'], ['mm', 'mm'], ['mph', 'mph'], ['mw', 'MW'],
  ['nautical miles', 'nmi'], ['ounces', 'oz'], ['sq km', 'km2'], ['sq mi', 'mi2'], ['square feet', 'ft2'],
  ['square kilometers', 'km2'], ['square kilometres', 'km2'], ['square meters', 'm2'],
  ['square metres', 'm2'], ['square miles', 'mi2'], ['tb', 'TB'], ['ton', 't'], ['tonne', 't'],
  ['tonnes', 't'], ['tons', 't'], ['volts', 'V'], ['watts', 'W'], ['yards', 'yd'], ['°c', 'C'], ['°f', 'F'],
]);

/** Units of time: a number with one is a duration, reported as a measure. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['day', 'days'], ['days', 'days'], ['decade', 'decades'], ['decades', 'decades'], ['hour', 'hours'],
  ['hours', 'hours'], ['minute', 'minutes'], ['minutes', 'minutes'], ['month', 'months'],
  ['months', 'months'], ['second', 'seconds'], ['seconds', 'seconds'], ['week', 'weeks'], ['weeks', 'weeks'],
  ['year', 'years'], ['years', 'years'],
]);

/** Suffixes glued to the digits that make a measure ("20C", "12km", "5kg"). */
export const GLUED_UNITS: ReadonlyMap<string, string> = new Map([
  ['c', 'C'], ['cm', 'cm'], ['f', 'F'], ['ft', 'ft'], ['gw', 'GW'], ['kg', 'kg'], ['km', 'km'], ['kw', 'kW'],
  ['kwh', 'kWh'], ['lb', 'lb'], ['lbs', 'lb'], ['mm', 'mm'], ['mph', 'mph'], ['mw', 'MW'], ['°c', 'C'],
  ['°f', 'F'],
]);

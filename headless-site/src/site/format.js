// Dates as the FreeMarker site prints them, in the site's zone: "10 November 2017, 14:05"
// ("d MMMM yyyy, HH:mm"), short "16 Dec 2016" ("d MMM yyyy"); Russian month names in the genitive.

export function formatDate(iso, site, { time = true, short = false } = {}) {
  if (!iso) return '';
  const locale = site.language === 'ru' ? 'ru-RU' : 'en-US';
  const parts = Object.fromEntries(new Intl.DateTimeFormat(locale, {
    timeZone: site.timeZone, day: 'numeric', month: short ? 'short' : 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  const date = parts.day + ' ' + parts.month + ' ' + parts.year;
  return time ? date + ', ' + parts.hour + ':' + parts.minute : date;
}

export function countryName(code, language) {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}

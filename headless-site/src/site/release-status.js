// A publication's releases as a reader sees them today — the rule of the module's ReleaseStatus:
// "available"/"preorder" dated today or earlier (or undated) → available; "preorder" in the future →
// pre-order; "announced", or "available" in the future → coming. The reader's country first, then
// available before pre-order before coming, then by date, then by country code.

const ORDER = { available: 0, preorder: 1, announced: 2 };

export function releaseLines(publication, today, readerCountry, timeZone) {
  const reader = (readerCountry || '').toUpperCase();
  const lines = [];
  for (const name of publication['@nodes'] || []) {
    const release = publication[name];
    if (!name.startsWith('releases') || !release || typeof release !== 'object' || !release.country) continue;
    const country = String(release.country).trim().toUpperCase();
    // the release day on the site's clock, as the module reads it (a date stored at midnight elsewhere)
    const date = release.date ? todayIn(timeZone, new Date(release.date)) : null;
    lines.push({ country, state: state(release.status, date, today), date, readersCountry: country === reader });
  }
  return lines.sort((a, b) => (b.readersCountry - a.readersCountry)
    || (ORDER[a.state] - ORDER[b.state])
    || (a.date || '9999').localeCompare(b.date || '9999')
    || a.country.localeCompare(b.country));
}

function state(status, date, today) {
  const happened = date === null || date <= today;
  switch ((status || '').trim().toLowerCase()) {
    case 'available': return happened ? 'available' : 'announced';
    case 'preorder': return happened ? 'available' : 'preorder';
    default: return 'announced';
  }
}

/** The reader's country: a CDN's CF-IPCountry, else the region of the preferred language, else the page language's (ru → RU). */
export function readerCountry(countryHeader, acceptLanguage, language) {
  const header = (countryHeader || '').trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(header)) return header;
  const first = (acceptLanguage || '').split(',')[0].split(';')[0].trim();
  const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})$/i.exec(first);
  if (region) return region[1].toUpperCase();
  return language === 'en' ? null : language.toUpperCase();
}

/** A date (yyyy-MM-dd) in a time zone: "today" on the site's clock. */
export function todayIn(timeZone, now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

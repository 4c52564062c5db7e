import { MONTHS, parseFuzzyDate } from '../lib/model/fuzzyDate.ts';

/** Why a date is not real, in words: "February 2025 has 28 days". */
export function explainDate(text: string): { why: string; suggestion?: string } {
  const single = (part: string): { why: string; suggestion?: string } | undefined => {
    const ymd = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
    if (ymd) {
      const year = Number(ymd[1]);
      const month = ymd[2] === undefined ? undefined : Number(ymd[2]);
      const day = ymd[3] === undefined ? undefined : Number(ymd[3]);
      if (year < 1900 || year > 2200)
        return { why: `the year ${year} is outside the years allowed, 1900–2200` };
      if (month !== undefined && (month < 1 || month > 12))
        return { why: `there is no month ${ymd[2]}` };
      if (month !== undefined && day !== undefined) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (day < 1 || day > days) {
          return { why: `${MONTHS[month - 1]} ${year} has ${days} days` };
        }
      }
      return undefined;
    }
    const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(part);
    if (dmy) {
      const iso = `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
      return {
        why: 'it is not written year first',
        ...(parseFuzzyDate(iso) ? { suggestion: iso } : {}),
      };
    }
    return { why: 'it is not written as YYYY-MM-DD, YYYY-MM or YYYY' };
  };
  const parts = text.split('/');
  if (parts.length === 2 && parts.every((p) => /^\d{4}/.test(p))) {
    for (const part of parts) {
      const problem = single(part);
      if (problem) return problem;
    }
    return { why: 'the range ends before it starts' };
  }
  return single(text) ?? { why: 'it is not a calendar date' };
}

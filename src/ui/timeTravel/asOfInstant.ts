/**
 * The instant a datetime-local value stands for, read in the reader's time zone, or NaN if it names none.
 *
 * The field shows whole seconds while events carry milliseconds, so a value means the END of the second it
 * names: "10:00:05" takes in an event recorded at 10:00:05.734, the time the Event log shows for it.
 * Browsers drop zero seconds from the value (a field showing 10:00:00 reads "10:00"); that is still second
 * 00, not the whole minute. A value with a fraction names an exact millisecond.
 *
 * In the hour that comes twice when the clocks go back, a value names the first of the two (as `Date`
 * reads local times): the field holds no offset to tell them apart.
 */
export function asOfInstant(value: string): number {
  if (value === '') return Number.NaN;
  const start = new Date(value).getTime();
  return value.includes('.') ? start : start + 999;
}

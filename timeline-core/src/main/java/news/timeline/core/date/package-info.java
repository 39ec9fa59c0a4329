/** Dates as newsrooms know them: to a precision, possibly approximate, possibly a range, possibly BCE. */
package news.timeline.core.date;

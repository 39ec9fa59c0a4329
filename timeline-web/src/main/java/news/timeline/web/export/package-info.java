/** Timelines in other tools' formats: iCalendar, Atom, CSV, and TimelineJS's JSON and spreadsheet. */
package news.timeline.web.export;

/** The time-expression tagger: finds dates, times, durations and sets in text and resolves them against a publication date. */
package news.timeline.importer.time;

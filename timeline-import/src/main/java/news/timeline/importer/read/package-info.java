/** Readers that turn article files, feeds and TimelineJS timelines into articles and timelines, reporting bad input per file, row or item. */
package news.timeline.importer.read;

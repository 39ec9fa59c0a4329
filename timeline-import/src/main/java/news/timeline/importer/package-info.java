/** Turning news articles into dated milestones: readers, the time tagger, extraction, the CLI. */
package news.timeline.importer;

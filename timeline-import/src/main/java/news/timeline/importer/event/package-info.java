/** Milestone extraction: event triggers, status cues and headline templates read from data files, and the importer that turns articles into candidate milestones with their sources. */
package news.timeline.importer.event;

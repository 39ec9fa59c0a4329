/** Timelines: a story's milestones in order, with the eras that frame them. */
package news.timeline.core.timeline;

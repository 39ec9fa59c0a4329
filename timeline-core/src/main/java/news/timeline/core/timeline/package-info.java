/** Timelines: a story's milestones in order, the eras that frame them, and how the story is published. */
package news.timeline.core.timeline;

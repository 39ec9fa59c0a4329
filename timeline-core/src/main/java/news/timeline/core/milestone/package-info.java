/** Milestones: what happened (or is planned), when, who and where, and the sources that say so. */
package news.timeline.core.milestone;
